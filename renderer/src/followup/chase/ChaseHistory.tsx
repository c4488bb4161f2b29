import { Empty, Timeline, Typography } from 'antd'
import { CHASE_WAY_LABELS, type Chase } from '@shared/followup/ledger'

/** An item's chases, oldest first: when, how, to whom, what was asked and answered. */
export function ChaseHistory({ chases }: { chases: Chase[] }) {
  if (!chases.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有催办记录" />
  return (
    <Timeline
      items={chases.map((c) => ({
        key: c.id,
        content: (
          <div data-testid="chase-entry">
            <Typography.Text strong>
              {c.on} · {CHASE_WAY_LABELS[c.way]} · {c.toWhom}
            </Typography.Text>
            {c.asked && <div>要求：{c.asked}</div>}
            <div>{c.reply ? `回复（${c.repliedOn ?? '日期未记'}）：${c.reply}` : <Typography.Text type="secondary">尚未回复</Typography.Text>}</div>
          </div>
        )
      }))}
    />
  )
}
