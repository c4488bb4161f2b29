import { App, Button, Card, Input, InputNumber, Segmented, Select, Space, Table, Typography } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import { takeReminderKey } from '../../home/reminder-link'
import type { RectificationView } from '@shared/followup/contract'
import { RECTIFICATION_STATUS_LABELS, RECTIFICATION_STATUSES, type RectificationStatus } from '@shared/followup/ledger'
import { isDueSoon } from '@shared/followup/rectification-rules'
import { FINDING_KIND_LABELS, FINDING_KINDS, type FindingKind } from '@shared/model/finding'
import { api } from '../../api/client'
import { useLoad } from '../../api/useCall'
import { useRosterChoices } from '../../components/useRosterChoices'
import { PrintDialog } from '../../print/PrintDialog'
import { holderLabel } from '../common/HolderInput'
import { DeadlineTag, RectificationStatusTag } from '../common/display'
import { FindingsPanel } from './FindingsPanel'
import { LedgerTally } from './LedgerTally'
import { RectificationDrawer } from './RectificationDrawer'
import { RectificationForm } from './RectificationForm'

type Due = 'all' | 'overdue' | 'soon'

/** 整改台账: every item of the year, overdue ones in red, with the findings still to be put on it and the counts per source. */
export function LedgerPage() {
  const roster = useRosterChoices()
  const { modal } = App.useApp()
  const settings = useLoad(() => api.settings.get())
  const [year, setYear] = useState<number | null>(null)
  const shownYear = year ?? settings.data?.year ?? dayjs().year()
  const items = useLoad(() => api.followup.rectifications({ year: shownYear }), [shownYear])
  const findings = useLoad(() => api.followup.findings({ year: shownYear }), [shownYear])
  const [status, setStatus] = useState<RectificationStatus | 'all'>('all')
  const [kind, setKind] = useState<FindingKind | 'all'>('all')
  const [due, setDue] = useState<Due>('all')
  const [withinDays, setWithinDays] = useState(7)
  const [search, setSearch] = useState('')
  // Opened from a 首页 reminder (key followup/rectifications/<id>): that item's drawer.
  const [openId, setOpenId] = useState<string | null>(() => takeReminderKey()?.match(/^followup\/rectifications\/(.+)$/)?.[1] ?? null)
  const [form, setForm] = useState<{ editing: RectificationView | null } | null>(null)
  const [printing, setPrinting] = useState(false)
  const branchName = settings.data?.branchName || '党支部'
  const today = dayjs().format('YYYY-MM-DD')

  const all = items.data ?? []
  const shown = all.filter(
    (i) =>
      (status === 'all' || i.status === status) &&
      (kind === 'all' || i.kind === kind) &&
      (due === 'all' || (due === 'overdue' ? i.overdue : isDueSoon(i, today, withinDays))) &&
      (!search.trim() || (!i.confidential && i.problem.includes(search.trim())) || holderLabel(i.owner, roster, branchName).includes(search.trim()))
  )
  const reload = () => {
    items.reload()
    findings.reload()
  }
  const opened = all.find((i) => i.id === openId) ?? null
  /** A 举报 item's words are shown only after the officer confirms (they stay off every printed list). */
  const open = async (item: RectificationView) => {
    if (item.confidential && !(await modal.confirm({ title: '这是举报事项', content: '举报内容不公开，只供经办人查看。确定打开？', okText: '打开', cancelText: '取消' }))) return
    setOpenId(item.id)
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <div data-toolbar="ledger-filters" style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
          <span>年度</span>
          <InputNumber aria-label="年度" min={2000} max={2100} precision={0} value={shownYear} onChange={(v) => v && setYear(v)} style={{ width: 96 }} />
          <Segmented<Due>
            value={due}
            onChange={setDue}
            options={[
              { value: 'all', label: '全部' },
              { value: 'overdue', label: `逾期（${all.filter((i) => i.overdue).length}）` },
              { value: 'soon', label: `${withinDays}天内到期（${all.filter((i) => isDueSoon(i, today, withinDays)).length}）` }
            ]}
          />
          {due === 'soon' && <InputNumber aria-label="到期天数" min={1} max={90} precision={0} value={withinDays} onChange={(v) => v && setWithinDays(v)} addonAfter="天内" style={{ width: 120 }} />}
          <Select<RectificationStatus | 'all'>
            aria-label="状态"
            value={status}
            onChange={setStatus}
            style={{ width: 150 }}
            options={[{ value: 'all', label: '全部状态' }, ...RECTIFICATION_STATUSES.map((s) => ({ value: s, label: RECTIFICATION_STATUS_LABELS[s] }))]}
          />
          <Select<FindingKind | 'all'>
            aria-label="来源"
            value={kind}
            onChange={setKind}
            style={{ width: 140 }}
            options={[{ value: 'all', label: '全部来源' }, ...FINDING_KINDS.map((k) => ({ value: k, label: FINDING_KIND_LABELS[k] }))]}
          />
          <Input allowClear aria-label="搜索整改事项" placeholder="问题或责任人" onChange={(e) => setSearch(e.target.value)} style={{ width: 160 }} />
          <Space style={{ marginInlineStart: 'auto' }}>
            <Button onClick={() => setPrinting(true)}>打印整改台账</Button>
            <Button type="primary" onClick={() => setForm({ editing: null })}>
              手工录入
            </Button>
          </Space>
        </div>
      </Card>

      <FindingsPanel findings={findings.data ?? []} onTaken={(id) => (reload(), setOpenId(id))} />

      <Card size="small" title={`${shownYear}年度整改事项（${shown.length} 项）`}>
        <Table<RectificationView>
          rowKey="id"
          size="middle"
          loading={items.loading || roster.loading}
          dataSource={shown}
          onRow={(i) => ({ style: i.overdue ? { background: '#FFF1F0' } : undefined, 'data-testid': `rectification-${i.id}` }) as React.HTMLAttributes<HTMLElement>}
          locale={{ emptyText: all.length ? '没有符合筛选条件的整改事项' : '本年度还没有整改事项。可从上方“各阶段发现的问题”一键列入，或点“手工录入”。' }}
          columns={[
            {
              title: '存在问题',
              dataIndex: 'problem',
              render: (text: string, i) => (
                <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left', color: i.overdue ? '#C8161D' : undefined }} onClick={() => open(i)}>
                  {i.confidential ? '（举报事项，点击后确认查看）' : text}
                </Button>
              )
            },
            { title: '来源', dataIndex: 'kind', width: 110, render: (k: FindingKind) => FINDING_KIND_LABELS[k] },
            { title: '责任人', width: 130, render: (_: unknown, i) => holderLabel(i.owner, roster, branchName) },
            { title: '督导领导', width: 90, responsive: ['xl'], render: (_: unknown, i) => roster.person(i.leaderId)?.name ?? '' },
            {
              title: '整改时限',
              dataIndex: 'deadline',
              width: 190,
              render: (d: string, i) => (
                <Space size={4}>
                  <span style={{ color: i.overdue ? '#C8161D' : undefined }}>{d}</span>
                  <DeadlineTag overdue={i.overdue} daysPastDeadline={i.daysPastDeadline} within={withinDays} />
                </Space>
              )
            },
            { title: '状态', dataIndex: 'status', width: 120, render: (s: RectificationStatus) => <RectificationStatusTag status={s} /> },
            { title: '催办', dataIndex: 'chaseCount', width: 70, align: 'center', render: (n: number) => (n ? `${n}次` : '') }
          ]}
        />
      </Card>

      <Card size="small" title="整改情况统计">
        <LedgerTally items={all} today={today} />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          已整改：已验收销号；整改中（含部分整改）：已开始整改或已完成待验收；未整改：尚未开始。逾期按今天计算，从不保存。
        </Typography.Paragraph>
      </Card>

      <RectificationDrawer item={opened} roster={roster} branchName={branchName} onClose={() => setOpenId(null)} onChanged={reload} onEdit={(i) => setForm({ editing: i })} />
      <RectificationForm
        open={form !== null}
        editing={form?.editing ?? null}
        year={shownYear}
        roster={roster}
        onClose={() => setForm(null)}
        onSaved={(saved) => {
          setForm(null)
          reload()
          setOpenId(saved.id)
        }}
      />
      {printing && <PrintDialog open document="rectification-ledger" preset={{ year: shownYear }} onClose={() => setPrinting(false)} />}
    </Space>
  )
}
