import { Tag } from 'antd'
import type { TrainingPlanView } from '@shared/compete/training/contract'
import { isOpen } from '@shared/compete/training/rules'

/** How many days a plan under way has left, for the eye: red once overdue, orange in its last week. */
const SOON_DAYS = 7

export function DueTag({ plan }: { plan: Pick<TrainingPlanView, 'status' | 'overdue' | 'daysOverdue'> }) {
  if (plan.overdue) return <Tag color="red">逾期{plan.daysOverdue}天</Tag>
  if (!isOpen(plan)) return null
  if (plan.daysOverdue === 0) return <Tag color="orange">今天到期</Tag>
  if (-plan.daysOverdue <= SOON_DAYS) return <Tag color="orange">还有{-plan.daysOverdue}天</Tag>
  return null
}
