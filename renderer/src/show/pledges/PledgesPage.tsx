import { Alert, Button, Card, Input, InputNumber, Popconfirm, Segmented, Select, Space, Table, Tag, Typography, App } from 'antd'
import { useMemo, useState } from 'react'
import type { PledgeView } from '@shared/show/contract'
import { PLEDGE_ACTION_LABELS, PLEDGE_STATUS_LABELS, PLEDGE_STATUSES, type PledgeAction, type PledgeScope, type PledgeStatus } from '@shared/show/model'
import { isEditable, isPublic } from '@shared/rules/pledge-workflow'
import { api } from '../../api/client'
import { useCall, useLoad } from '../../api/useCall'
import { TeamPicker } from '../../components/PersonPicker'
import { useRosterChoices } from '../../components/useRosterChoices'
import { PrintDialog } from '../../print/PrintDialog'
import type { PrintPreset } from '../../print/print-request'
import { ClearSelection, selectableTable } from '../selectable-table'
import { OwnerLink, ownerName, pledgeTeamId, ScopeTag, StatusTag } from '../pledge-display'
import { PledgeDetailDrawer } from './PledgeDetailDrawer'
import { PledgeForm, type PledgeFormDefaults } from './PledgeForm'
import { commonActions, usePledgeWorkflow } from './usePledgeWorkflow'

const DELETABLE: readonly PledgeStatus[] = ['draft', 'returned', 'submitted']

interface Row extends PledgeView {
  owner: string
  teamName: string
}

/** 亮承诺: every pledge of the year, by member, team and branch, moved through the workflow here. */
export function PledgesPage() {
  const call = useCall()
  const { message } = App.useApp()
  const roster = useRosterChoices()
  const settings = useLoad(() => api.settings.get())
  const [year, setYear] = useState<number | null>(null)
  const shownYear = year ?? settings.data?.year ?? new Date().getFullYear()
  const pledges = useLoad(() => api.show.pledges({ year: shownYear }), [shownYear])
  const [status, setStatus] = useState<PledgeStatus | 'all'>('all')
  const [scope, setScope] = useState<PledgeScope | 'all'>('all')
  const [teamId, setTeamId] = useState<string | null>(null)
  const [search, setSearch] = useState('')
  const [selected, setSelected] = useState<string[]>([])
  const [form, setForm] = useState<{ editing: PledgeView | null; defaults: PledgeFormDefaults } | null>(null)
  const [detailId, setDetailId] = useState<string | null>(null)
  const [printing, setPrinting] = useState<PrintPreset | null>(null)
  const branchName = settings.data?.branchName ?? ''

  const refresh = () => {
    pledges.reload()
    setSelected([])
  }
  const workflow = usePledgeWorkflow(refresh)

  const rows: Row[] = useMemo(
    () =>
      (pledges.data ?? []).map((p) => ({
        ...p,
        owner: ownerName(p, roster, branchName),
        teamName: roster.teamName(pledgeTeamId(p, roster))
      })),
    [pledges.data, roster, branchName]
  )
  const shown = rows.filter(
    (p) =>
      (status === 'all' || p.status === status) &&
      (scope === 'all' || p.scope === scope) &&
      (!teamId || pledgeTeamId(p, roster) === teamId) &&
      (!search.trim() || p.owner.includes(search.trim()) || (roster.person(p.personId)?.initials ?? '').startsWith(search.trim().toLowerCase()))
  )
  const chosen = rows.filter((p) => selected.includes(p.id))
  const batchActions = commonActions(chosen)
  const pledged = new Set(rows.filter((p) => p.scope === 'person').map((p) => p.personId))
  const missing = roster.members.filter((m) => !pledged.has(m.id))
  const detail = rows.find((p) => p.id === detailId) ?? null

  const remove = async (pledge: PledgeView) => {
    if ((await call(api.show.pledgeDelete({ id: pledge.id }))) !== undefined) {
      void message.success('承诺已删除')
      refresh()
    }
  }

  const printCards = (ids: string[]) => {
    const people = rows.filter((p) => ids.includes(p.id) && p.scope === 'person' && isPublic(p.status)).map((p) => p.personId!)
    if (!people.length) {
      void message.warning('所选承诺中没有审核通过的党员承诺，无法打印承诺卡')
      return
    }
    setPrinting({ year: shownYear, personIds: people })
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <div data-toolbar="pledge-filters" style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
          <span>年度</span>
          <InputNumber aria-label="年度" min={2000} max={2100} precision={0} value={shownYear} onChange={(v) => v && setYear(v)} style={{ width: 96 }} />
          <Segmented<PledgeScope | 'all'>
            value={scope}
            onChange={setScope}
            options={[
              { value: 'all', label: '全部' },
              { value: 'person', label: '党员承诺' },
              { value: 'team', label: '班组承诺' },
              { value: 'branch', label: '支部承诺' }
            ]}
          />
          <Select<PledgeStatus | 'all'>
            aria-label="状态"
            value={status}
            onChange={setStatus}
            style={{ width: 160 }}
            popupMatchSelectWidth={false}
            options={[{ value: 'all', label: '全部状态' }, ...PLEDGE_STATUSES.map((s) => ({ value: s, label: `${PLEDGE_STATUS_LABELS[s]}（${rows.filter((p) => p.status === s).length} 条）` }))]}
          />
          <TeamPicker teams={roster.teams} value={teamId} onChange={(v) => setTeamId(v ?? null)} placeholder="全部班组" />
          <Input allowClear aria-label="搜索承诺人" placeholder="姓名或拼音首字母" onChange={(e) => setSearch(e.target.value)} style={{ width: 180 }} />
          {/* Right-aligned, on the last line when the window is narrow. */}
          <Button type="primary" style={{ marginInlineStart: 'auto' }} onClick={() => setForm({ editing: null, defaults: { year: shownYear } })}>
            新增承诺
          </Button>
        </div>
      </Card>

      {missing.length > 0 && roster.members.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={`还有 ${missing.length} 名党员没有${shownYear}年度承诺`}
          description={
            <Space wrap size={4}>
              {missing.slice(0, 20).map((m) => (
                <Button key={m.id} size="small" autoInsertSpace={false} onClick={() => setForm({ editing: null, defaults: { year: shownYear, scope: 'person', personId: m.id } })}>
                  {m.name}
                </Button>
              ))}
              {missing.length > 20 && <Typography.Text type="secondary">等</Typography.Text>}
            </Space>
          }
        />
      )}

      <Card
        size="small"
        title={selected.length ? `已选 ${selected.length} 条` : `${shownYear}年度承诺（${shown.length} 条）`}
        extra={
          selected.length > 0 && (
            <Space wrap data-toolbar="pledge-batch">
              {batchActions.map((action) => (
                <Button key={action} size="small" disabled={workflow.busy} onClick={() => workflow.run(selected, action)}>
                  {batchLabel(action)}
                </Button>
              ))}
              {batchActions.length === 0 && <Typography.Text type="secondary">所选承诺状态不同，没有可一起进行的操作</Typography.Text>}
              <Button size="small" onClick={() => printCards(selected)}>
                打印承诺卡
              </Button>
              <ClearSelection onClear={() => setSelected([])} />
            </Space>
          )
        }
      >
        <Table<Row>
          {...selectableTable(selected, setSelected)}
          loading={pledges.loading || roster.loading}
          dataSource={shown}
          locale={{ emptyText: emptyText(rows.length > 0, roster.members.length > 0) }}
          columns={[
            {
              title: '承诺人',
              dataIndex: 'owner',
              width: 130,
              render: (owner: string, p) => (
                <OwnerLink name={owner} onOpen={() => setDetailId(p.id)} testId={`pledge-owner-${p.id}`} />
              )
            },
            // In a window under 1200 px these two give their room to the pledge's contents (the filters above still choose by them).
            { title: '班组', dataIndex: 'teamName', width: 120, responsive: ['xl'] },
            { title: '类型', dataIndex: 'scope', width: 90, responsive: ['xl'], render: (s: PledgeScope) => <ScopeTag scope={s} /> },
            {
              title: '状态',
              dataIndex: 'status',
              width: 160,
              render: (s: PledgeStatus, p) => (
                <Space size={4}>
                  <StatusTag status={s} />
                  {p.overdueItemIds.length > 0 && <Tag color="red">逾期{p.overdueItemIds.length}项</Tag>}
                </Space>
              )
            },
            {
              title: '承诺事项',
              dataIndex: 'items',
              ellipsis: true,
              render: (_: unknown, p) => (
                <Typography.Text ellipsis={{ tooltip: p.items.map((i, n) => `${n + 1}. ${i.content}`).join('\n') }}>
                  {p.items.length}项：{p.summary || p.items[0]?.content}
                </Typography.Text>
              )
            },
            {
              title: '操作',
              key: 'actions',
              width: 260,
              render: (_: unknown, p) => (
                <Space size={0} wrap>
                  {isEditable(p.status) && (
                    <Button type="link" size="small" onClick={() => setForm({ editing: p, defaults: { year: p.year } })}>
                      编辑
                    </Button>
                  )}
                  {p.allowedActions.map((action) => (
                    <Button key={action} type="link" size="small" disabled={workflow.busy} onClick={() => workflow.run([p.id], action)}>
                      {PLEDGE_ACTION_LABELS[action]}
                    </Button>
                  ))}
                  <Button type="link" size="small" onClick={() => setDetailId(p.id)}>
                    {p.status === 'published' || p.status === 'fulfilling' ? '践诺·评诺' : '详情'}
                  </Button>
                  {DELETABLE.includes(p.status) && (
                    <Popconfirm title="删除这条承诺？" description="删除后无法恢复。" okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => remove(p)}>
                      <Button type="link" size="small" danger>
                        删除
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              )
            }
          ]}
        />
      </Card>

      {workflow.reasonModal}
      <PledgeForm
        open={form !== null}
        editing={form?.editing ?? null}
        defaults={form?.defaults ?? { year: shownYear }}
        roster={roster}
        onClose={() => setForm(null)}
        onSaved={() => {
          setForm(null)
          refresh()
        }}
      />
      <PledgeDetailDrawer
        pledge={detail}
        owner={detail?.owner ?? ''}
        roster={roster}
        onClose={() => setDetailId(null)}
        onChanged={refresh}
        onAction={(action) => detail && workflow.run([detail.id], action)}
        onPrintCard={() => detail && printCards([detail.id])}
      />
      {printing && <PrintDialog open document="pledge-cards" preset={printing} onClose={() => setPrinting(null)} />}
    </Space>
  )
}

function emptyText(hasPledges: boolean, hasMembers: boolean) {
  if (hasPledges) return '没有符合筛选条件的承诺'
  if (!hasMembers) return '花名册中还没有党员。请先到“花名册”录入或导入人员，也可以在首页载入示例数据。'
  return '本年度还没有承诺。点“新增承诺”开始，或在上方点尚未承诺的党员姓名。'
}

function batchLabel(action: PledgeAction) {
  return `全部${PLEDGE_ACTION_LABELS[action]}`
}
