import { App, Button, Card, Select, Space, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import { PLAN_STATE_LABELS, type LeaderPlan } from '@shared/evaluate/leader/contract'
import { HALF_LABELS, HALVES, halfOf, type Half } from '@shared/rules/review-dates'
import { localDay } from '@shared/rules/dates'
import { api } from '../../api/client'
import { useLoad } from '../../api/useCall'
import { useRosterChoices } from '../../components/useRosterChoices'
import { LeaderReviewDrawer, type LeaderReviewStart } from './LeaderReviewDrawer'

type Row = LeaderPlan['rows'][number]
const STATE_COLORS = { done: 'green', due: 'blue', late: 'red' } as const

/** 点评计划: each 分管领导's teams in a half year, reviewed or not, and who is late; 去点评 opens the form for that pair. */
export function LeaderPlanPage() {
  const { message } = App.useApp()
  const roster = useRosterChoices()
  const settings = useLoad(() => api.settings.get())
  const year = settings.data?.year ?? new Date().getFullYear()
  const [half, setHalf] = useState<Half>(halfOf(localDay()))
  const plan = useLoad(() => api.evaluate.leaderPlan({ year, half }), [year, half])
  const [start, setStart] = useState<LeaderReviewStart | null>(null)
  const rows = plan.data?.rows ?? []
  const late = rows.filter((r) => r.state === 'late')
  return (
    <Card
      size="small"
      title={
        <Space>
          点评计划
          <Select aria-label="半年" value={half} onChange={setHalf} style={{ width: 150 }} options={HALVES.map((h) => ({ value: h, label: `${year}年${HALF_LABELS[h]}` }))} />
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        每个班组由其分管领导（花名册“班组”中设定）在本半年内点评一次，{plan.data?.dueOn ?? ''} 前完成。已点评 {rows.filter((r) => r.state === 'done').length} / {rows.length}
        {late.length > 0 && `，逾期 ${late.length} 个：${late.map((r) => `${r.leaderName}→${r.teamName}`).join('、')}`}。
      </Typography.Paragraph>
      <Table<Row>
        rowKey={(r) => `${r.leaderId}/${r.teamId}`}
        size="small"
        loading={plan.loading}
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: '还没有设定分管领导的班组：请在“花名册 → 班组”中为班组选择分管领导' }}
        columns={[
          { title: '分管领导', dataIndex: 'leaderName', width: 110 },
          { title: '班组', dataIndex: 'teamName', width: 160 },
          { title: '状态', key: 'state', width: 120, render: (_: unknown, r) => <Tag color={STATE_COLORS[r.state]}>{PLAN_STATE_LABELS[r.state]}</Tag> },
          { title: '点评日期', key: 'on', width: 120, render: (_: unknown, r) => r.reviewedOn ?? '—' },
          {
            title: '操作',
            key: 'op',
            render: (_: unknown, r) =>
              r.state !== 'done' && (
                <Button type="link" size="small" onClick={() => setStart({ review: null, year, half, leaderId: r.leaderId, teamId: r.teamId })}>
                  去点评
                </Button>
              )
          }
        ]}
      />
      <LeaderReviewDrawer
        start={start}
        roster={roster}
        tracked={new Set()}
        onClose={() => setStart(null)}
        onSaved={() => {
          void message.success('点评已保存')
          setStart(null)
          plan.reload()
        }}
      />
    </Card>
  )
}
