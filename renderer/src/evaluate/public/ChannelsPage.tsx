import { App, Button, Empty, Popconfirm, Space, Table, Tabs, Tag } from 'antd'
import { useState, type ReactNode } from 'react'
import type { Result } from '@shared/contract'
import type { BoxEntryView } from '@shared/evaluate/public/contract'
import { BOX_LABELS, BOX_STATUS_LABELS, DEFAULT_SCALE, type Forum, type PhoneCheck, type SupervisorVisit } from '@shared/evaluate/public/model'
import { api } from '../../api/client'
import { useCall, useLoad } from '../../api/useCall'
import { useRosterChoices } from '../../components/useRosterChoices'
import { BoxEntryForm, ForumForm, PhoneCheckForm, VisitForm } from './ChannelForms'
import { RoundPicker } from './RoundPicker'
import { useRounds } from './useRounds'

type Said = Promise<Result<{ said: string }>>

/** A delete that asks first and says afterwards what it removed and what it kept. */
function DeleteButton({ what, remove, onDone }: { what: string; remove: () => Said; onDone: () => void }) {
  const call = useCall()
  const { message } = App.useApp()
  return (
    <Popconfirm
      title={`删除这条${what}？`}
      okText="删除"
      cancelText="取消"
      okButtonProps={{ danger: true }}
      onConfirm={async () => {
        const done = await call(remove())
        if (done) {
          void message.success(done.said)
          onDone()
        }
      }}
    >
      <Button type="link" size="small" danger>
        删除
      </Button>
    </Popconfirm>
  )
}

const level = (n: number | null) => (n === null ? '—' : DEFAULT_SCALE[n])

/** 群众评议 · 其他渠道: 电话随机抽访, 座谈会, 特约监督员, 意见箱和举报箱, each a dated log of the round. */
export function ChannelsPage() {
  const rounds = useRounds()
  const round = rounds.round
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <RoundPicker rounds={rounds} />
      {!round ? (
        <Empty description="先新建一轮群众评议" />
      ) : (
        <Tabs
          items={[
            { key: 'phone', label: '电话随机抽访', children: <PhoneChecks round={round} /> },
            { key: 'forums', label: '座谈会', children: <Forums round={round} /> },
            { key: 'visits', label: '特约监督员', children: <Visits round={round} /> },
            { key: 'boxes', label: '意见箱、举报箱', children: <Boxes round={round} /> }
          ]}
        />
      )}
    </Space>
  )
}

type RoundDates = { id: string; startOn: string; endOn: string }

function Toolbar({ add, children }: { add: () => void; children: ReactNode }) {
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Button type="primary" size="small" onClick={add}>
        新增
      </Button>
      {children}
    </Space>
  )
}

function PhoneChecks({ round }: { round: RoundDates }) {
  const list = useLoad(() => api.evaluate.phoneChecks({ roundId: round.id }), [round.id])
  const roster = useRosterChoices()
  const [editing, setEditing] = useState<Partial<PhoneCheck> | null>(null)
  return (
    <Toolbar add={() => setEditing({})}>
      <Table<PhoneCheck>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data ?? []}
        locale={{ emptyText: '还没有电话抽访记录' }}
        columns={[
          { title: '日期', dataIndex: 'date', width: 110 },
          { title: '抽访人', key: 'caller', width: 90, render: (_, r) => roster.person(r.callerId)?.name ?? '—' },
          { title: '被访人', dataIndex: 'callee', width: 90 },
          { title: '回访情况', dataIndex: 'answers' },
          { title: '总体', key: 'sat', width: 90, render: (_, r) => (r.satisfaction === 3 ? <Tag color="red">不满意</Tag> : level(r.satisfaction)) },
          {
            title: '',
            key: 'op',
            width: 110,
            render: (_, r) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing(r)}>
                  编辑
                </Button>
                <DeleteButton what="电话抽访记录" remove={() => api.evaluate.phoneCheckDelete({ id: r.id })} onDone={list.reload} />
              </Space>
            )
          }
        ]}
      />
      <PhoneCheckForm round={round} editing={editing} onClose={() => setEditing(null)} onSaved={() => {
          setEditing(null)
          list.reload()
        }} />
    </Toolbar>
  )
}

function Forums({ round }: { round: RoundDates }) {
  const list = useLoad(() => api.evaluate.forums({ roundId: round.id }), [round.id])
  const [editing, setEditing] = useState<Partial<Forum> | null>(null)
  return (
    <Toolbar add={() => setEditing({})}>
      <Table<Forum>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data ?? []}
        locale={{ emptyText: '还没有座谈会记录' }}
        columns={[
          { title: '日期', dataIndex: 'date', width: 110 },
          { title: '地点', dataIndex: 'place', width: 140 },
          { title: '参加', key: 'who', render: (_, r) => `${r.attendeeCount}人：${r.attendees}` },
          { title: '意见', key: 'points', render: (_, r) => r.points.map((p) => (p.isProblem ? `【需整改】${p.text}` : p.text)).join('；') },
          {
            title: '',
            key: 'op',
            width: 110,
            render: (_, r) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing(r)}>
                  编辑
                </Button>
                <DeleteButton what="座谈会记录" remove={() => api.evaluate.forumDelete({ id: r.id })} onDone={list.reload} />
              </Space>
            )
          }
        ]}
      />
      <ForumForm round={round} editing={editing} onClose={() => setEditing(null)} onSaved={() => {
          setEditing(null)
          list.reload()
        }} />
    </Toolbar>
  )
}

function Visits({ round }: { round: RoundDates }) {
  const list = useLoad(() => api.evaluate.supervisorVisits({ roundId: round.id }), [round.id])
  const supervisors = useLoad(() => api.evaluate.supervisors())
  const [editing, setEditing] = useState<Partial<SupervisorVisit> | null>(null)
  const name = (id: string) => supervisors.data?.find((s) => s.id === id)?.name ?? '（已不是特约监督员）'
  return (
    <Toolbar add={() => setEditing({})}>
      <Table<SupervisorVisit>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data ?? []}
        locale={{ emptyText: '还没有监督记录' }}
        columns={[
          { title: '日期', dataIndex: 'date', width: 110 },
          { title: '特约监督员', key: 's', width: 110, render: (_, r) => name(r.supervisorId) },
          { title: '监督内容', dataIndex: 'purpose' },
          { title: '意见', key: 'o', render: (_, r) => r.opinions.map((o) => o.text).join('；') },
          {
            title: '',
            key: 'op',
            width: 110,
            render: (_, r) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing(r)}>
                  编辑
                </Button>
                <DeleteButton what="监督记录" remove={() => api.evaluate.supervisorVisitDelete({ id: r.id })} onDone={list.reload} />
              </Space>
            )
          }
        ]}
      />
      <VisitForm round={round} editing={editing} supervisors={supervisors.data ?? []} onClose={() => setEditing(null)} onSaved={() => {
          setEditing(null)
          list.reload()
        }} />
    </Toolbar>
  )
}

/** 举报 are listed hidden; showing them takes a confirmation, and they hide again on leaving the tab. */
function Boxes({ round }: { round: RoundDates }) {
  const { modal } = App.useApp()
  const [showReports, setShowReports] = useState(false)
  const list = useLoad(() => api.evaluate.boxEntries({ roundId: round.id, showReports }), [round.id, showReports])
  const [editing, setEditing] = useState<Partial<BoxEntryView> | null>(null)
  const hidden = (list.data ?? []).filter((e) => e.hidden).length
  const askToShow = () =>
    modal.confirm({
      title: '查看举报内容？',
      content: '举报内容涉及举报人和被举报人，只应由经办人查看。请确认周围无他人、不投屏，再继续。举报不会出现在任何打印的公开材料中。',
      okText: '我是经办人，显示举报内容',
      cancelText: '取消',
      onOk: () => setShowReports(true)
    })
  return (
    <Toolbar add={() => setEditing({})}>
      <Space>
        {hidden > 0 && <Button onClick={askToShow}>显示{hidden}件举报的内容…</Button>}
        {showReports && <Button onClick={() => setShowReports(false)}>隐藏举报内容</Button>}
      </Space>
      <Table<BoxEntryView>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data ?? []}
        locale={{ emptyText: '还没有来信' }}
        columns={[
          { title: '信箱', key: 'box', width: 80, render: (_, r) => (r.box === 'report' ? <Tag color="red">{BOX_LABELS[r.box]}</Tag> : BOX_LABELS[r.box]) },
          { title: '收到', dataIndex: 'receivedOn', width: 110 },
          { title: '内容', dataIndex: 'content' },
          { title: '办理情况', dataIndex: 'handling' },
          { title: '状态', key: 'status', width: 90, render: (_, r) => BOX_STATUS_LABELS[r.status] },
          {
            title: '',
            key: 'op',
            width: 110,
            render: (_, r) =>
              r.hidden ? (
                '—'
              ) : (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => setEditing(r)}>
                    编辑
                  </Button>
                  <DeleteButton what="来信" remove={() => api.evaluate.boxEntryDelete({ id: r.id })} onDone={list.reload} />
                </Space>
              )
          }
        ]}
      />
      <BoxEntryForm round={round} editing={editing} onClose={() => setEditing(null)} onSaved={() => {
          setEditing(null)
          list.reload()
        }} />
    </Toolbar>
  )
}
