import { App, Button, Card, InputNumber, Popconfirm, Space, Table, Tag } from 'antd'
import { useState } from 'react'
import { SELECTION_STATUS_LABELS, type SelectionStatus, type SelectionView } from '@shared/compete/selections/contract'
import { api } from '../../api/client'
import { useCall, useLoad } from '../../api/useCall'
import { useRosterChoices } from '../../components/useRosterChoices'
import { PrintDialog } from '../../print/PrintDialog'
import { SelectionDetail } from './SelectionDetail'
import { SelectionForm } from './SelectionForm'

const STATUS_COLORS: Record<SelectionStatus, string> = { nominating: 'default', voted: 'processing', decided: 'warning', published: 'success', closed: 'green' }

/** 比业绩 · 评选: the year's selections, and the one chosen, from nominations to the 公示. */
export function SelectionsPage() {
  const call = useCall()
  const { message } = App.useApp()
  const roster = useRosterChoices()
  const settings = useLoad(() => api.settings.get())
  const [year, setYear] = useState<number | null>(null)
  const shownYear = year ?? settings.data?.year ?? new Date().getFullYear()
  const selections = useLoad(() => api.compete.selections({ year: shownYear }), [shownYear])
  const titles = useLoad(() => api.compete.selectionTitles())
  const [openId, setOpenId] = useState<string | null>(null)
  const [editing, setEditing] = useState<SelectionView | 'new' | null>(null)
  const [printing, setPrinting] = useState<string | null>(null)
  const list = selections.data ?? []
  const open = list.find((s) => s.id === openId) ?? null

  const changed = (view: SelectionView) => {
    selections.setData(list.some((s) => s.id === view.id) ? list.map((s) => (s.id === view.id ? view : s)) : [...list, view])
    setOpenId(view.id)
  }
  const remove = async (s: SelectionView) => {
    const done = await call(api.compete.selectionDelete({ id: s.id }))
    if (!done) return
    void message.success(done.message)
    if (openId === s.id) setOpenId(null)
    selections.reload()
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        size="small"
        title="评选"
        extra={
          <Space>
            <InputNumber aria-label="年度" min={2000} max={2100} precision={0} value={shownYear} onChange={(v) => v && setYear(v)} suffix="年度" style={{ width: 120 }} />
            <Button type="primary" size="small" onClick={() => setEditing('new')}>
              新建评选
            </Button>
          </Space>
        }
      >
        <Table<SelectionView>
          rowKey="id"
          size="small"
          loading={selections.loading}
          pagination={false}
          dataSource={list}
          rowClassName={(s) => (s.id === openId ? 'ant-table-row-selected' : '')}
          onRow={(s) => ({ onClick: () => setOpenId(s.id) })}
          locale={{ emptyText: '本年度还没有评选，点“新建评选”开始' }}
          columns={[
            {
              title: '称号',
              dataIndex: 'titleName',
              width: 120,
              // A button, so Tab reaches it and Enter opens the selection.
              render: (name: string, s) => (
                <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setOpenId(s.id)}>
                  {name}
                </Button>
              )
            },
            { title: '名额', dataIndex: 'quota', width: 60, render: (n: number) => `${n}名` },
            { title: '会议', key: 'meeting', width: 200, render: (_: unknown, s) => `${s.meeting}${s.meetingDate ? ` · ${s.meetingDate}` : ''}` },
            { title: '推荐', key: 'nominated', width: 70, render: (_: unknown, s) => `${s.nominations.length}人` },
            { title: '当选', key: 'elected', render: (_: unknown, s) => s.nominations.filter((n) => n.decision === 'elected').map((n) => n.nomineeName).join('、') || '—' },
            { title: '状态', dataIndex: 'status', width: 100, render: (st: SelectionStatus) => <Tag color={STATUS_COLORS[st]}>{SELECTION_STATUS_LABELS[st]}</Tag> },
            {
              title: '操作',
              key: 'op',
              width: 120,
              render: (_: unknown, s) => (
                <Space size={0} onClick={(e) => e.stopPropagation()}>
                  <Button type="link" size="small" disabled={Boolean(s.noticeFrom)} onClick={() => setEditing(s)}>
                    设置
                  </Button>
                  <Popconfirm
                    title={`删除${s.year}年度${s.titleName}评选？`}
                    description={`将一并删除${s.nominations.length}条推荐${s.tally ? '、计票和会议决定' : ''}；称号和花名册保留。`}
                    okText="删除"
                    cancelText="取消"
                    okButtonProps={{ danger: true }}
                    onConfirm={() => remove(s)}
                  >
                    <Button type="link" size="small" danger disabled={Boolean(s.noticeFrom)}>
                      删除
                    </Button>
                  </Popconfirm>
                </Space>
              )
            }
          ]}
        />
      </Card>
      {open && <SelectionDetail key={open.id} selection={open} roster={roster} onChanged={changed} onPrint={setPrinting} />}
      <SelectionForm
        editing={editing}
        year={shownYear}
        titles={titles.data ?? []}
        onClose={() => setEditing(null)}
        onSaved={(view) => {
          setEditing(null)
          changed(view)
        }}
      />
      {printing && <PrintDialog open document={printing} preset={{ year: shownYear }} onClose={() => setPrinting(null)} />}
    </Space>
  )
}
