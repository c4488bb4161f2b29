import { Button, Card, InputNumber, Space, Table, Tag, Typography } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import type { ChaseSubject } from '@shared/followup/ledger'
import type { Reminder } from '@shared/model/reminder'
import type { OverdueEntry } from '@shared/show/contract'
import { api } from '../../api/client'
import { useLoad } from '../../api/useCall'
import { ChaseHistory } from './ChaseHistory'
import { ChaseModal } from './ChaseModal'
import { ChasePrintModal } from './ChasePrintModal'

const subjectOf = ({ key, stage, kind, title, ownerName, dueOn }: Reminder): ChaseSubject => ({ key, stage, kind, title, ownerName, dueOn })

/** 三亮's overdue pledge items in the reminders' shape (三亮 lists them on its own channel), keyed as its findings are. */
const pledgeReminder = (o: OverdueEntry): Reminder => ({
  key: `pledges/${o.pledgeId}/${o.itemId}`,
  stage: 'show',
  kind: '承诺事项',
  title: o.content,
  ownerName: o.ownerName,
  dueOn: o.dueOn,
  daysOverdue: o.daysOverdue,
  path: '/show/pledges'
})

/**
 * 检查催办: everything overdue or due soon across the stages (整改事项 and 目标检查, 培养计划, 点评 … as
 * the home page's reminders list them, and 三亮's overdue pledge items): 催办单 printed singly or for
 * the ticked rows, each chase recorded, its history beside it.
 */
export function ChasePage() {
  const [withinDays, setWithinDays] = useState(7)
  const reminders = useLoad(() => api.home.reminders({ withinDays }), [withinDays])
  const pledges = useLoad(() => api.show.overdue())
  const chases = useLoad(() => api.followup.chases())
  const [selected, setSelected] = useState<string[]>([])
  const [chasing, setChasing] = useState<ChaseSubject | null>(null)
  const [printing, setPrinting] = useState<ChaseSubject[] | null>(null)
  const seen = new Set((reminders.data ?? []).map((r) => r.key))
  const rows = [...(reminders.data ?? []), ...(pledges.data ?? []).map(pledgeReminder).filter((r) => !seen.has(r.key))].sort((a, b) => b.daysOverdue - a.daysOverdue)
  const history = (key: string) => (chases.data ?? []).filter((c) => c.subject.key === key)

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap>
          <span>逾期及</span>
          <InputNumber aria-label="提前提醒天数" min={0} max={90} precision={0} value={withinDays} onChange={(v) => v !== null && setWithinDays(v)} style={{ width: 80 }} />
          <span>天内到期的事项</span>
          <Button disabled={!selected.length} onClick={() => setPrinting(rows.filter((r) => selected.includes(r.key)).map(subjectOf))}>
            批量打印催办单{selected.length ? `（${selected.length}）` : ''}
          </Button>
        </Space>
      </Card>
      <Card size="small" title={`需要催办的事项（${rows.length} 项）`}>
        <Table<Reminder>
          rowKey="key"
          loading={reminders.loading || pledges.loading}
          dataSource={rows}
          rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }}
          expandable={{ expandedRowRender: (r) => <ChaseHistory chases={history(r.key)} />, rowExpandable: (r) => history(r.key).length > 0 }}
          onRow={(r) => ({ style: r.daysOverdue > 0 ? { background: '#FFF1F0' } : undefined })}
          locale={{ emptyText: '没有逾期或即将到期的事项' }}
          columns={[
            { title: '事项', dataIndex: 'title', render: (t: string, r) => <span style={{ color: r.daysOverdue > 0 ? '#C8161D' : undefined }}>{t}</span> },
            { title: '类别', dataIndex: 'kind', width: 110 },
            { title: '责任人', dataIndex: 'ownerName', width: 130 },
            { title: '时限', dataIndex: 'dueOn', width: 110 },
            {
              title: '逾期',
              dataIndex: 'daysOverdue',
              width: 100,
              render: (n: number) => (n > 0 ? <Tag color="red">逾期{n}天</Tag> : <Tag color="orange">{n === 0 ? '今天到期' : `还剩${-n}天`}</Tag>)
            },
            { title: '已催办', width: 80, align: 'center', render: (_: unknown, r) => (history(r.key).length ? `${history(r.key).length}次` : '') },
            {
              title: '操作',
              width: 200,
              render: (_: unknown, r) => (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => setPrinting([subjectOf(r)])}>
                    打印催办单
                  </Button>
                  <Button type="link" size="small" onClick={() => setChasing(subjectOf(r))}>
                    记录催办
                  </Button>
                </Space>
              )
            }
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          点行首的箭头查看该事项的催办记录。
        </Typography.Paragraph>
      </Card>
      <ChaseModal subject={chasing} onClose={() => setChasing(null)} onSaved={chases.reload} />
      <ChasePrintModal subjects={printing} year={dayjs().year()} onClose={() => setPrinting(null)} />
    </Space>
  )
}
