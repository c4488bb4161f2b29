import { App, Button, Card, Empty, Popconfirm, Select, Space, Table, Tag } from 'antd'
import { memo, useCallback, useEffect, useState } from 'react'
import type { PublicResponse, PublicTally, Questionnaire } from '@shared/evaluate/public/model'
import { api } from '../../api/client'
import { useCall, useLoad } from '../../api/useCall'
import { KeyingRow, markText, type KeyedResponse } from './KeyingRow'
import { RoundPicker } from './RoundPicker'
import { TallyForm } from './TallyForm'
import { useRounds } from './useRounds'

/** 群众评议 · 录入: paper questionnaires keyed one per row by digits, or counted by hand per dimension. */
export function EntryPage() {
  const call = useCall()
  const { message } = App.useApp()
  const rounds = useRounds()
  const roundId = rounds.round?.id
  const questionnaires = useLoad(() => api.evaluate.questionnaires(roundId ? { roundId } : undefined), [roundId])
  const [chosen, setChosen] = useState<string | undefined>(undefined)
  const list = questionnaires.data ?? []
  const q = list.find((x) => x.id === chosen)
  useEffect(() => {
    if (list.length && !list.some((x) => x.id === chosen)) setChosen(list[0].id)
  }, [list, chosen])
  const responses = useLoad(() => (chosen ? api.evaluate.publicResponses({ questionnaireId: chosen }) : Promise.resolve({ ok: true as const, value: [] })), [chosen])
  const tallies = useLoad(() => (chosen ? api.evaluate.publicTallies({ questionnaireId: chosen }) : Promise.resolve({ ok: true as const, value: [] })), [chosen])
  /** The batch being corrected, or null for a new one; undefined while the form is closed. */
  const [tallying, setTallying] = useState<PublicTally | null | undefined>(undefined)

  const save = useCallback(
    async (response: KeyedResponse) => {
      if (!q) return false
      const saved = await call(api.evaluate.publicResponseSave({ questionnaireId: q.id, ...response }))
      if (!saved) return false
      responses.setData((before) => [...(before ?? []), saved])
      return true
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [q, call]
  )
  const removeTally = async (id: string) => {
    const done = await call(api.evaluate.publicTallyDelete({ id }))
    if (done) {
      void message.success(done.said)
      tallies.reload()
      questionnaires.reload()
    }
  }
  const remove = async (id: string) => {
    const done = await call(api.evaluate.publicResponseDelete({ id }))
    if (done) {
      void message.success(done.said)
      responses.setData((before) => (before ?? []).filter((r) => r.id !== id))
    }
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <RoundPicker rounds={rounds} />
        <span>问卷</span>
        <Select aria-label="问卷" style={{ width: 320 }} value={chosen} onChange={setChosen} placeholder="这一轮还没有问卷" options={list.map((x) => ({ value: x.id, label: `${x.object.name} · ${x.title}` }))} />
      </Space>
      {!q ? (
        <Empty description="先在“群众评议 · 问卷”中建立问卷" />
      ) : (
        <>
          <Card
            size="small"
            title={`逐份录入 · 已录入${responses.data?.length ?? 0}份${q.distributed !== null ? `（发放${q.distributed}份）` : ''}`}
            extra={
              <Button size="small" onClick={() => setTallying(null)}>
                按项目汇总录入…
              </Button>
            }
          >
            <KeyingRow key={q.id} questionnaire={q} onSave={save} />
          </Card>
          <KeyedList questionnaire={q} responses={responses.data ?? []} onDelete={remove} />
          {(tallies.data?.length ?? 0) > 0 && <TallyList questionnaire={q} tallies={tallies.data!} onEdit={setTallying} onDelete={removeTally} />}
          <TallyForm
            questionnaire={q}
            tally={tallying ?? undefined}
            open={tallying !== undefined}
            onClose={() => setTallying(undefined)}
            onSaved={() => {
              setTallying(undefined)
              tallies.reload()
              questionnaires.reload()
            }}
          />
        </>
      )}
    </Space>
  )
}

type Numbered = PublicResponse & { n: number }

/** The papers keyed so far, newest first; memoised so keying a row does not redraw it. */
const KeyedList = memo(function KeyedList({ questionnaire: q, responses, onDelete }: { questionnaire: Questionnaire; responses: PublicResponse[]; onDelete: (id: string) => void }) {
  const numbered: Numbered[] = responses.map((r, n) => ({ ...r, n: n + 1 })).reverse()
  return (
    <Table<Numbered>
      size="small"
      rowKey="id"
      dataSource={numbered}
      pagination={{ pageSize: 20, showSizeChanger: false }}
      columns={[
        { title: '序号', dataIndex: 'n', width: 60 },
        ...(q.respondentKinds.length ? [{ title: '身份', key: 'kind', width: 80, render: (_: unknown, r: Numbered) => (r.kind === null ? '未填' : q.respondentKinds[r.kind]) }] : []),
        ...q.dimensions.map((d, i) => ({
          title: d,
          key: d,
          render: (_: unknown, r: Numbered) => {
            const mark = r.marks[i]
            return typeof mark === 'number' ? markText(q, mark) : <Tag color="orange">{markText(q, mark)}</Tag>
          }
        })),
        { title: '意见建议', key: 'answers', render: (_: unknown, r: Numbered) => r.answers.filter(Boolean).join('；') },
        {
          title: '',
          key: 'op',
          width: 60,
          render: (_: unknown, r: Numbered) => (
            <Popconfirm title={`删除第${r.n}份答卷？`} okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => onDelete(r.id)}>
              <Button type="link" size="small" danger>
                删除
              </Button>
            </Popconfirm>
          )
        }
      ]}
    />
  )
})

/** The batches counted by hand, each with what it holds per dimension, to correct or delete one. */
function TallyList({ questionnaire: q, tallies, onEdit, onDelete }: { questionnaire: Questionnaire; tallies: PublicTally[]; onEdit: (tally: PublicTally) => void; onDelete: (id: string) => void }) {
  const numbered = tallies.map((t, n) => ({ ...t, n: n + 1 }))
  const total = tallies.reduce((sum, t) => sum + t.returned, 0)
  return (
    <Card size="small" title={`按项目汇总录入 · ${tallies.length}批，共${total}份`}>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={numbered}
        columns={[
          { title: '批次', dataIndex: 'n', width: 60 },
          { title: '收回份数', dataIndex: 'returned', width: 90 },
          ...q.dimensions.map((d, i) => ({
            title: d,
            key: d,
            // The level counts in scale order (满意/比较满意/基本满意/不满意), as on the form.
            render: (_: unknown, t: PublicTally) => (t.counts[i] ?? []).join(' / ')
          })),
          { title: '备注', dataIndex: 'note' },
          {
            title: '',
            key: 'op',
            width: 110,
            render: (_: unknown, t: PublicTally & { n: number }) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => onEdit(t)}>
                  修改
                </Button>
                <Popconfirm title={`删除第${t.n}批汇总（${t.returned}份）？`} description="逐份录入的答卷和其他批次不受影响。" okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => onDelete(t.id)}>
                  <Button type="link" size="small" danger>
                    删除
                  </Button>
                </Popconfirm>
              </Space>
            )
          }
        ]}
      />
    </Card>
  )
}
