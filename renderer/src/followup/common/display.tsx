import { Tag } from 'antd'
import { RECTIFICATION_STATUS_LABELS, type RectificationStatus } from '@shared/followup/ledger'

const STATUS_COLORS: Record<RectificationStatus, string> = { pending: 'default', inProgress: 'processing', awaitingCheck: 'warning', closed: 'success' }

export function RectificationStatusTag({ status }: { status: RectificationStatus }) {
  return <Tag color={STATUS_COLORS[status]}>{RECTIFICATION_STATUS_LABELS[status]}</Tag>
}

/** 逾期N天 in red, or 还剩N天 when within the warning window; nothing otherwise. */
export function DeadlineTag({ overdue, daysPastDeadline, within = 7 }: { overdue: boolean; daysPastDeadline: number; within?: number }) {
  if (overdue) return <Tag color="red">逾期{daysPastDeadline}天</Tag>
  if (daysPastDeadline <= 0 && -daysPastDeadline <= within) return <Tag color="orange">{daysPastDeadline === 0 ? '今天到期' : `还剩${-daysPastDeadline}天`}</Tag>
  return null
}

/** 12345 分 typed as 123.45 元 and back. */
export const fenToYuan = (fen: number) => fen / 100
export const yuanToFen = (yuan: number) => Math.round(yuan * 100)
