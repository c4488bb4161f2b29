import { Table, Tag, Typography } from 'antd'
import type { SheetSummary as Summary } from '@shared/compete/contests/contract'
import { SHEET_STATE_LABELS } from '@shared/rules/contest-sheets'

const STATE_COLORS: Record<Summary['state'], string> = { missing: 'default', partial: 'red', gaps: 'orange', complete: 'green' }

/** Which judges' sheets of a round are in, which are incomplete, and whether a second keying agrees. */
export function SheetSummary({ sheets, onOpen }: { sheets: Summary[]; onOpen: (judgeId: string) => void }) {
  return (
    <Table<Summary>
      size="small"
      rowKey="judgeId"
      pagination={false}
      dataSource={sheets}
      onRow={(s) => ({ onClick: () => onOpen(s.judgeId), style: { cursor: 'pointer' } })}
      columns={[
        { key: 'judge', title: '评委', dataIndex: 'judgeName' },
        { key: 'state', title: '录入情况', render: (_, s) => <Tag color={STATE_COLORS[s.state]}>{SHEET_STATE_LABELS[s.state]}</Tag> },
        {
          key: 'detail',
          title: '说明',
          render: (_, s) => (
            <Typography.Text type="secondary">
              {[s.partialNames.length ? `未填完：${s.partialNames.join('、')}` : '', s.blankNames.length && s.state !== 'missing' ? `未评分：${s.blankNames.join('、')}` : ''].filter(Boolean).join('；')}
            </Typography.Text>
          )
        },
        {
          key: 'second',
          title: '第二次录入',
          render: (_, s) => (s.secondKeying === 'none' ? '—' : s.secondKeying === 'agrees' ? <Tag color="green">一致</Tag> : <Tag color="orange">{s.differences}处不一致</Tag>)
        }
      ]}
    />
  )
}
