import { Button, Card, Space, Tag, theme, Typography } from 'antd'
import { useState } from 'react'
import type { Reminder } from '@shared/model/reminder'
import { api } from '../api/client'
import { useLoad } from '../api/useCall'
import { openReminder } from './reminder-link'

/** How far ahead the card looks; the channel's own default. */
const WITHIN_DAYS = 7
const FIRST_LINES = 12

/**
 * 待办与到期提醒: what every stage has overdue (red) or due within the week (orange), most overdue
 * first. Each line is a link: Tab reaches it, Enter opens the screen that deals with it.
 */
export function RemindersCard() {
  const reminders = useLoad(() => api.home.reminders({ withinDays: WITHIN_DAYS }))
  const [showing, setShowing] = useState<'first' | 'all' | 'soon'>('first')
  const list = reminders.data ?? []
  const overdue = list.filter((r) => r.daysOverdue > 0).length
  // A long list starts with its first lines; the soon due can be asked for apart, since the most overdue come first.
  const shown = showing === 'all' ? list : showing === 'soon' ? list.filter((r) => r.daysOverdue <= 0) : list.slice(0, FIRST_LINES)
  return (
    <Card
      size="small"
      loading={reminders.loading}
      title={
        <Space>
          待办与到期提醒
          {overdue > 0 && <Tag color="red">逾期 {overdue} 项</Tag>}
          {list.length > overdue && (
            <Tag.CheckableTag checked={showing === 'soon'} onChange={(on) => setShowing(on ? 'soon' : 'first')} style={{ border: '1px solid #ffd591', color: '#d46b08' }}>
              {WITHIN_DAYS}天内到期 {list.length - overdue} 项
            </Tag.CheckableTag>
          )}
        </Space>
      }
    >
      {list.length === 0 ? (
        <Typography.Text type="secondary">没有逾期或{WITHIN_DAYS}天内到期的事项</Typography.Text>
      ) : (
        <ul data-testid="reminders" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {shown.map((r) => (
            <ReminderLine key={r.key} reminder={r} />
          ))}
        </ul>
      )}
      {showing !== 'all' && shown.length < list.length && (
        <Button type="link" size="small" onClick={() => setShowing('all')} style={{ paddingLeft: 0 }}>
          显示全部 {list.length} 项
        </Button>
      )}
    </Card>
  )
}

function ReminderLine({ reminder: r }: { reminder: Reminder }) {
  const { token } = theme.useToken()
  const late = r.daysOverdue > 0
  const color = late ? token.colorError : token.colorWarning
  return (
    <li style={{ padding: '4px 0', borderBottom: `1px solid ${token.colorBorderSecondary}` }}>
      <a
        href={`#${r.path}`}
        data-reminder={r.key}
        onClick={(event) => {
          event.preventDefault()
          openReminder(r)
        }}
        style={{ display: 'flex', gap: 8, alignItems: 'baseline', color: token.colorText }}
      >
        <Tag color={late ? 'red' : 'orange'} style={{ minWidth: 76, textAlign: 'center' }}>
          {late ? `逾期${r.daysOverdue}天` : r.daysOverdue === 0 ? '今天到期' : `还有${-r.daysOverdue}天`}
        </Tag>
        <Typography.Text type="secondary" style={{ flex: 'none' }}>
          {r.kind}
        </Typography.Text>
        <span style={{ flex: 'none', fontWeight: 500 }}>{r.ownerName}</span>
        <Typography.Text ellipsis style={{ flex: 1, minWidth: 0 }}>
          {r.title}
        </Typography.Text>
        <span style={{ flex: 'none', color }}>期限 {r.dueOn}</span>
      </a>
    </li>
  )
}
