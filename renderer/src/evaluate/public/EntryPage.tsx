import { App, Button, Card, Empty, Popconfirm, Select, Space, Table, Tag } from 'antd'
import { memo, useCallback, useEffect, useState } from 'react'
import type { PublicResponse, Questionnaire } from '@shared/evaluate/public/model'
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
  const [tallying, setTallying] = useState(false)

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
              <Button size="small" onClick={() => setTallying(true)}>
                按项目汇总录入…
              </Button>
            }
          >
            <KeyingRow key={q.id} questionnaire={q} onSave={save} />
          </Card>
          <KeyedList questionnaire={q} responses={responses.data ?? []} onDelete={remove} />
          <TallyForm
            questionnaire={q}
            open={tallying}
            onClose={() => setTallying(false)}
            onSaved={() => {
              setTallying(false)
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
