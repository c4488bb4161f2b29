import { App, Button, Popconfirm, Space, Table, Tag } from 'antd'
import { useState } from 'react'
import type { ReviewMember } from '@shared/evaluate/reviews/contract'
import type { ReviewRound, SelfReview } from '@shared/evaluate/reviews/model'
import { api } from '../../api/client'
import { useCall } from '../../api/useCall'
import { SelfReviewDrawer, type SelfReviewTarget } from './SelfReviewDrawer'

interface Row extends SelfReviewTarget {
  key: string
  teamName: string
}

/** Who has written the round's self-review: every member (五带头), then each team and the branch (五个好); 填写 opens the form. */
export function SelfReviewList({ round, members, teams, reviews, tracked, onChanged }: { round: ReviewRound; members: ReviewMember[]; teams: { id: string; name: string }[]; reviews: SelfReview[]; tracked: Set<string>; onChanged: () => void }) {
  const call = useCall()
  const { message } = App.useApp()
  const [target, setTarget] = useState<SelfReviewTarget | null>(null)
  const of = (kind: string, id: string | null) => reviews.find((s) => s.subject.kind === kind && (kind === 'branch' || s.subject.id === id)) ?? null
  const rows: Row[] = [
    ...members.map((m) => ({ key: m.personId, subject: { kind: 'person' as const, id: m.personId }, name: m.name, teamName: m.teamName, review: of('person', m.personId) })),
    ...teams.map((t) => ({ key: t.id, subject: { kind: 'team' as const, id: t.id }, name: `${t.name}（五个好）`, teamName: '', review: of('team', t.id) })),
    { key: 'branch', subject: { kind: 'branch' as const, id: null }, name: '党支部（五个好）', teamName: '', review: of('branch', null) }
  ]
  const remove = async (row: Row) => {
    const done = row.review && (await call(api.evaluate.selfReviewDelete({ id: row.review.id })))
    if (done) {
      void message.success(done.message)
      onChanged()
    }
  }
  const membersWritten = rows.filter((r) => r.subject.kind === 'person' && r.review).length
  const groupsWritten = rows.filter((r) => r.subject.kind !== 'person' && r.review).length
  return (
    <>
      <Table<Row>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={rows}
        title={() => `党员已填写 ${membersWritten} / ${members.length} 人；班组、支部自评 ${groupsWritten} 份`}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 150 },
          { title: '所在班组', dataIndex: 'teamName', width: 140 },
          {
            title: '自评得分',
            key: 'score',
            width: 100,
            render: (_: unknown, row: Row) => (row.review ? row.review.entries.reduce((sum, e) => sum + (e.score ?? 0), 0) : <Tag>未填写</Tag>)
          },
          {
            title: '存在不足',
            key: 'lines',
            render: (_: unknown, row: Row) =>
              row.review?.shortcomings.length ? (
                <Space size={4} wrap>
                  {row.review.shortcomings.length}条{row.review.shortcomings.every((s) => tracked.has(s.id)) && <Tag color="green">已记入整改跟踪</Tag>}
                </Space>
              ) : (
                '—'
              )
          },
          {
            title: '操作',
            key: 'op',
            width: 150,
            render: (_: unknown, row: Row) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setTarget(row)}>
                  {round.closedOn ? '查看' : row.review ? '修改' : '填写'}
                </Button>
                {row.review && !round.closedOn && (
                  <Popconfirm title={`删除${row.name}的自评？`} description="其中的存在不足也不再列入整改跟踪；互评结果不变。" okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => remove(row)}>
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
      <SelfReviewDrawer
        round={round}
        target={target}
        tracked={tracked}
        onClose={() => setTarget(null)}
        onSaved={() => {
          void message.success(`${target?.name ?? ''}的自评已保存`)
          setTarget(null)
          onChanged()
        }}
      />
    </>
  )
}
