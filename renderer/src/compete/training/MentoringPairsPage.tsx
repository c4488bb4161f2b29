import { App, Button, Card, InputNumber, Segmented, Space, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import type { MentoringPairView } from '@shared/compete/training/contract'
import { PAIR_KIND_LABELS, PAIR_STATUS_LABELS, type PairKind, type PairStatus } from '@shared/compete/training/model'
import { api } from '../../api/client'
import { useCall, useLoad } from '../../api/useCall'
import { useRosterChoices } from '../../components/useRosterChoices'
import { PrintDialog } from '../../print/PrintDialog'
import { MentoringPairForm } from './MentoringPairForm'
import { RowActions } from './parts'

/** 比作风 · 四帮四促: the year's pairs, each with its help records, edited in a drawer. */
export function MentoringPairsPage() {
  const call = useCall()
  const { message } = App.useApp()
  const roster = useRosterChoices()
  const settings = useLoad(() => api.settings.get())
  const [year, setYear] = useState<number | null>(null)
  const shownYear = year ?? settings.data?.year ?? new Date().getFullYear()
  const pairs = useLoad(() => api.compete.mentoringPairs({ year: shownYear }), [shownYear])
  const [kind, setKind] = useState<PairKind | 'all'>('all')
  const [form, setForm] = useState<{ pairId: string | null } | null>(null)
  const [printing, setPrinting] = useState(false)
  const shown = (pairs.data ?? []).filter((p) => kind === 'all' || p.kind === kind)
  const editing = form?.pairId ? (pairs.data ?? []).find((p) => p.id === form.pairId) ?? null : null

  const remove = async (pair: MentoringPairView) => {
    const done = await call(api.compete.mentoringPairDelete({ id: pair.id }))
    if (!done) return
    void message.success(done.message)
    pairs.reload()
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <div data-toolbar="pair-filters" style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
          <span>年度</span>
          <InputNumber aria-label="年度" min={2000} max={2100} precision={0} value={shownYear} onChange={(v) => v && setYear(v)} style={{ width: 96 }} />
          <Segmented<PairKind | 'all'>
            value={kind}
            onChange={setKind}
            options={[
              { value: 'all', label: '全部' },
              { value: 'person', label: PAIR_KIND_LABELS.person },
              { value: 'team', label: PAIR_KIND_LABELS.team }
            ]}
          />
          <Space style={{ marginInlineStart: 'auto' }}>
            <Button onClick={() => setPrinting(true)}>打印结对名单</Button>
            <Button type="primary" onClick={() => setForm({ pairId: null })}>
              新增结对
            </Button>
          </Space>
        </div>
      </Card>

      <Card size="small" title={`${shownYear}年度四帮四促结对（${shown.length} 对）`}>
        <Table<MentoringPairView>
          rowKey="id"
          size="small"
          loading={pairs.loading}
          dataSource={shown}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: pairs.data?.length ? '没有符合筛选条件的结对' : '本年度还没有四帮四促结对。点“新增结对”开始。' }}
          columns={[
            {
              title: '帮扶人',
              dataIndex: 'helperName',
              width: 100,
              render: (name: string, p) => (
                <Button type="link" size="small" autoInsertSpace={false} style={{ padding: 0 }} data-testid={`pair-helper-${p.id}`} onClick={() => setForm({ pairId: p.id })}>
                  {name}
                </Button>
              )
            },
            { title: '结对方式', dataIndex: 'kind', width: 120, render: (k: PairKind) => PAIR_KIND_LABELS[k] },
            { title: '帮扶对象', dataIndex: 'helpedName', width: 130 },
            { title: '帮扶目标', dataIndex: 'goals', ellipsis: { showTitle: true } },
            { title: '结对日期', dataIndex: 'startOn', width: 110 },
            {
              title: '帮扶记录',
              key: 'records',
              width: 150,
              render: (_: unknown, p) => (p.records.length ? `${p.records.length}次，最近${p.records[p.records.length - 1].date}` : <Typography.Text type="secondary">暂无</Typography.Text>)
            },
            { title: '状态', dataIndex: 'status', width: 90, render: (s: PairStatus) => <Tag color={s === 'active' ? 'processing' : 'success'}>{PAIR_STATUS_LABELS[s]}</Tag> },
            {
              title: '操作',
              key: 'actions',
              width: 120,
              render: (_: unknown, p) => (
                <RowActions title="删除这对结对？" lines={p.records.length} linesWhat="帮扶记录" onEdit={() => setForm({ pairId: p.id })} onDelete={() => remove(p)} />
              )
            }
          ]}
        />
      </Card>

      <MentoringPairForm
        open={form !== null}
        pair={editing}
        year={shownYear}
        roster={roster}
        onClose={() => setForm(null)}
        onSaved={(saved, close) => {
          pairs.reload()
          setForm(close ? null : { pairId: saved.id })
        }}
      />
      {printing && <PrintDialog open document="mentoring-pairs" preset={{ year: shownYear }} onClose={() => setPrinting(false)} />}
    </Space>
  )
}
