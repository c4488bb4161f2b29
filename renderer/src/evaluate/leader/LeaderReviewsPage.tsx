import { App, Button, Card, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { LEADER_GRADE_LABELS, type LeaderReview } from '@shared/evaluate/leader/model'
import { HALF_LABELS, HALVES, halfOf, type Half } from '@shared/rules/review-dates'
import { localDay } from '@shared/rules/dates'
import { api } from '../../api/client'
import { useCall, useLoad } from '../../api/useCall'
import { useRosterChoices } from '../../components/useRosterChoices'
import { PrintDialog } from '../../print/PrintDialog'
import { LeaderReviewDrawer, type LeaderReviewStart } from './LeaderReviewDrawer'
import { ResponseModal } from './ResponseModal'

/** 领导点评 of a half year: who reviewed whom, the problems (in the 整改 ledger), the teams' answers. */
export function LeaderReviewsPage() {
  const call = useCall()
  const { message } = App.useApp()
  const roster = useRosterChoices()
  const settings = useLoad(() => api.settings.get())
  const year = settings.data?.year ?? new Date().getFullYear()
  const all = useLoad(() => api.evaluate.leaderReviews({ year }), [year])
  const [chosen, setHalf] = useState<Half | null>(null)
  // Until one is chosen: the half of the latest review (the demo's completed 上半年), else the current one.
  const half = chosen ?? all.data?.[0]?.half ?? halfOf(localDay())
  const shown = all.data?.filter((r) => r.half === half) ?? []
  const findings = useLoad(() => api.evaluate.reviewFindings({ year }), [year])
  const tracked = useMemo(() => new Set((findings.data ?? []).map((f) => f.source.itemId ?? '')), [findings.data])
  const [start, setStart] = useState<LeaderReviewStart | null>(null)
  const [answering, setAnswering] = useState<LeaderReview | null>(null)
  const [printing, setPrinting] = useState(false)
  const reload = () => {
    all.reload()
    findings.reload()
  }
  const subjectName = (r: LeaderReview) => (r.subject.kind === 'team' ? roster.teamName(r.subject.id) : (roster.person(r.subject.id)?.name ?? ''))

  const remove = async (review: LeaderReview) => {
    const done = await call(api.evaluate.leaderReviewDelete({ id: review.id }))
    if (done) {
      void message.success(done.message)
      reload()
    }
  }

  return (
    <Card
      size="small"
      title={
        <Space>
          领导点评
          <Select aria-label="半年" value={half} onChange={setHalf} style={{ width: 150 }} options={HALVES.map((h) => ({ value: h, label: `${year}年${HALF_LABELS[h]}` }))} />
        </Space>
      }
      extra={
        <Space>
          <Button type="primary" size="small" onClick={() => setStart({ review: null, year, half })}>
            新增点评
          </Button>
          <Button size="small" onClick={() => setPrinting(true)}>
            打印领导点评表
          </Button>
        </Space>
      }
    >
      <Table<LeaderReview>
        rowKey="id"
        size="small"
        loading={all.loading || roster.loading}
        pagination={false}
        dataSource={shown}
        locale={{ emptyText: '这半年还没有领导点评：点“新增点评”，或在“点评计划”中查看哪些班组待点评' }}
        columns={[
          { title: '点评日期', dataIndex: 'reviewedOn', width: 110 },
          { title: '点评领导', key: 'leader', width: 90, render: (_: unknown, r) => roster.person(r.leaderId)?.name ?? '' },
          { title: '被点评', key: 'subject', width: 140, render: (_: unknown, r) => subjectName(r) },
          {
            title: '存在问题',
            key: 'problems',
            render: (_: unknown, r) => (
              <Space orientation="vertical" size={0}>
                {r.problems.map((p, n) => (
                  <span key={p.id}>
                    {n + 1}.{p.text}
                    {r.response?.fixedProblemIds.includes(p.id) && <Tag color="green" style={{ marginLeft: 4 }}>已整改</Tag>}
                  </span>
                ))}
                {r.problems.length > 0 && r.problems.every((p) => tracked.has(p.id)) && <Typography.Text type="success">已记入整改跟踪</Typography.Text>}
              </Space>
            )
          },
          { title: '评定等次', key: 'grade', width: 90, render: (_: unknown, r) => (r.grade ? LEADER_GRADE_LABELS[r.grade] : <Typography.Text type="secondary">未评定</Typography.Text>) },
          { title: '回应', key: 'response', width: 110, render: (_: unknown, r) => (r.response ? `已回应（${r.response.respondedOn}）` : <Tag>未回应</Tag>) },
          {
            title: '操作',
            key: 'op',
            width: 190,
            render: (_: unknown, r) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setStart({ review: r, year: r.year, half: r.half })}>
                  修改
                </Button>
                <Button type="link" size="small" onClick={() => setAnswering(r)}>
                  记录回应
                </Button>
                <Popconfirm title="删除这份点评？" description="其中的存在问题不再列入整改跟踪；其他点评不受影响。" okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => remove(r)}>
                  <Button type="link" size="small" danger>
                    删除
                  </Button>
                </Popconfirm>
              </Space>
            )
          }
        ]}
      />
      <LeaderReviewDrawer
        start={start}
        roster={roster}
        tracked={tracked}
        onClose={() => setStart(null)}
        onSaved={(saved) => {
          void message.success(saved.problems.length ? `点评已保存，${saved.problems.length}条存在问题已记入整改跟踪` : '点评已保存')
          setStart(null)
          setHalf(saved.half)
          reload()
        }}
      />
      <ResponseModal
        review={answering}
        onClose={() => setAnswering(null)}
        onSaved={() => {
          void message.success('回应已保存')
          setAnswering(null)
          reload()
        }}
      />
      {printing && <PrintDialog open document="leader-review-form" preset={{ year }} onClose={() => setPrinting(false)} />}
    </Card>
  )
}
