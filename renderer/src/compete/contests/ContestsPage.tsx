import { Button, Card, InputNumber, Space, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import type { ContestListEntry, ContestView } from '@shared/compete/contests/contract'
import { CONTEST_KIND_LABELS, CONTEST_STATUS_LABELS } from '@shared/compete/contests/model'
import { localDay } from '@shared/rules/dates'
import { api } from '../../api/client'
import { useCall, useLoad } from '../../api/useCall'
import { useRosterChoices } from '../../components/useRosterChoices'
import { ContestDetail } from './ContestDetail'
import { ContestForm } from './ContestForm'

const STATUS_COLORS = { draft: 'default', notice: 'processing', final: 'success' } as const

/** 比武竞赛: the year's contests; one opened shows its sheets, results and documents. */
export function ContestsPage() {
  const call = useCall()
  const roster = useRosterChoices()
  const settings = useLoad(() => api.settings.get())
  const [year, setYear] = useState<number | null>(null)
  const shownYear = year ?? settings.data?.year ?? new Date().getFullYear()
  const list = useLoad(() => api.compete.contests({ year: shownYear }), [shownYear])
  const [open, setOpen] = useState<ContestView | null>(null)
  const [form, setForm] = useState<{ editing: ContestView | null } | null>(null)

  const show = async (id: string) => {
    const view = await call(api.compete.contest({ id }))
    if (view) setOpen(view)
  }
  const changed = (view: ContestView) => {
    setOpen(view)
    list.reload()
  }

  const editor = (
    <ContestForm
      open={!!form}
      editing={form?.editing ?? null}
      year={shownYear}
      today={localDay()}
      roster={roster}
      onClose={() => setForm(null)}
      onSaved={(view) => {
        setForm(null)
        changed(view)
      }}
    />
  )

  if (open) {
    return (
      <>
        <ContestDetail
          key={open.id}
          contest={open}
          onBack={() => setOpen(null)}
          onEdit={() => setForm({ editing: open })}
          onChanged={changed}
          onDeleted={() => {
            setOpen(null)
            list.reload()
          }}
        />
        {editor}
      </>
    )
  }
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space>
          <span>年度</span>
          <InputNumber aria-label="年度" min={2000} max={2100} precision={0} value={shownYear} onChange={(v) => v && setYear(v)} style={{ width: 96 }} />
          <Button type="primary" onClick={() => setForm({ editing: null })}>
            新增比武竞赛
          </Button>
        </Space>
      </Card>
      <Card size="small" title={`${shownYear}年度比武竞赛`}>
        <Table<ContestListEntry>
          size="small"
          rowKey="id"
          loading={list.loading}
          dataSource={list.data ?? []}
          pagination={false}
          locale={{ emptyText: '还没有比武竞赛，点“新增比武竞赛”开始' }}
          columns={[
            { key: 'name', title: '名称', render: (_, c) => <Button type="link" onClick={() => show(c.id)} style={{ padding: 0 }}>{c.name}</Button> },
            { key: 'kind', title: '类别', render: (_, c) => CONTEST_KIND_LABELS[c.kind] },
            { key: 'date', title: '日期', dataIndex: 'date' },
            { key: 'entrants', title: '参赛', render: (_, c) => `${c.entrants}${c.entrantKind === 'team' ? '个班组' : '人'}` },
            { key: 'sheets', title: '评分表', render: (_, c) => <Typography.Text type={c.sheetsDone < c.sheetsWanted ? 'warning' : undefined}>{`${c.sheetsDone}/${c.sheetsWanted}`}</Typography.Text> },
            { key: 'status', title: '状态', render: (_, c) => <Tag color={STATUS_COLORS[c.status]}>{CONTEST_STATUS_LABELS[c.status]}{c.status === 'notice' && c.noticeTo ? `（至${c.noticeTo}）` : ''}</Tag> }
          ]}
        />
      </Card>
      {editor}
    </Space>
  )
}
