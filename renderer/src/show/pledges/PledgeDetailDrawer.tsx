import { Alert, Button, Descriptions, Empty, Space, Table, Tabs, Tag, Timeline } from 'antd'
import type { PledgeView } from '@shared/show/contract'
import { PLEDGE_ACTION_LABELS, PLEDGE_CATEGORY_LABELS, PLEDGE_STATUS_LABELS, type PledgeAction, type PledgeItem } from '@shared/show/model'
import { isPublic } from '@shared/rules/pledge-workflow'
import type { RosterChoices } from '../../components/useRosterChoices'
import { GuardedDrawer } from '../../components/unsaved'
import { AssessmentPanel } from '../assessment/AssessmentPanel'
import { FulfilmentPanel } from '../fulfilment/FulfilmentPanel'
import { ScopeTag, StatusTag } from '../pledge-display'
import { deadlineLabel } from './deadline-label'

interface Props {
  pledge: PledgeView | null
  owner: string
  roster: RosterChoices
  initialTab?: 'items' | 'fulfilment' | 'assessment' | 'history'
  onClose: () => void
  onChanged: () => void
  onAction: (action: PledgeAction) => void
  onPrintCard?: () => void
}

/** One pledge: its items, 践诺记录, 评诺 and the workflow's history; closing asks while a record or an assessment is typed but not saved. */
export function PledgeDetailDrawer({ pledge, owner, roster, initialTab = 'items', onClose, onChanged, onAction, onPrintCard }: Props) {
  return (
    <GuardedDrawer
      open={pledge !== null}
      onClose={onClose}
      size={900}
      destroyOnHidden
      title={
        pledge && (
          <Space>
            {owner} · {pledge.year}年度
            <ScopeTag scope={pledge.scope} />
            <StatusTag status={pledge.status} />
          </Space>
        )
      }
      extra={
        pledge && (
          <Space>
            {pledge.allowedActions.map((action) => (
              <Button key={action} onClick={() => onAction(action)} type={action === 'approve' || action === 'publish' ? 'primary' : 'default'}>
                {PLEDGE_ACTION_LABELS[action]}
              </Button>
            ))}
            {onPrintCard && pledge.scope === 'person' && isPublic(pledge.status) && <Button onClick={onPrintCard}>打印承诺卡</Button>}
          </Space>
        )
      }
    >
      {pledge && (
        <Tabs
          defaultActiveKey={initialTab}
          items={[
            { key: 'items', label: '承诺事项', children: <ItemsTab pledge={pledge} roster={roster} /> },
            { key: 'fulfilment', label: '践诺记录', children: <FulfilmentPanel pledge={pledge} onChanged={onChanged} /> },
            { key: 'assessment', label: '评诺', children: <AssessmentPanel pledge={pledge} onChanged={onChanged} /> },
            { key: 'history', label: '流转记录', children: <HistoryTab pledge={pledge} /> }
          ]}
        />
      )}
    </GuardedDrawer>
  )
}

function ItemsTab({ pledge, roster }: { pledge: PledgeView; roster: RosterChoices }) {
  const group = pledge.scope !== 'person'
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {pledge.status === 'returned' && pledge.returnReason && <Alert type="warning" showIcon title="支部退回修改" description={pledge.returnReason} />}
      {pledge.summary && (
        <Descriptions size="small" column={1} items={[{ key: 'summary', label: '承诺摘要', children: pledge.summary }]} />
      )}
      <Table<PledgeItem>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={pledge.items}
        columns={[
          { title: '序号', key: 'n', width: 56, render: (_: unknown, _item, n) => n + 1 },
          { title: '类别', dataIndex: 'category', width: 90, render: (c: PledgeItem['category']) => PLEDGE_CATEGORY_LABELS[c] },
          { title: '承诺内容', dataIndex: 'content' },
          { title: '衡量标准', dataIndex: 'standard', width: 200 },
          ...(group
            ? [
                { title: '措施', dataIndex: 'actions', width: 160 },
                { title: '责任人', dataIndex: 'responsibleId', width: 80, render: (id: string | null) => roster.person(id)?.name ?? '' }
              ]
            : []),
          {
            title: '完成时限',
            dataIndex: 'deadline',
            width: 130,
            render: (d: string, item) => {
              const done = pledge.doneItems.find((i) => i.itemId === item.id)
              return (
                <Space size={4} orientation="vertical">
                  {deadlineLabel(d)}
                  {done && <Tag color="green">已完成（{shortDay(done.on)}）</Tag>}
                  {pledge.overdueItemIds.includes(item.id) && <Tag color="red">已逾期</Tag>}
                </Space>
              )
            }
          }
        ]}
      />
    </Space>
  )
}

/** `2026-06-20` → 6月20日. */
const shortDay = (day: string) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`

function HistoryTab({ pledge }: { pledge: PledgeView }) {
  if (!pledge.history.length) return <Empty description="还没有流转记录" />
  return (
    <Timeline
      items={[...pledge.history].reverse().map((h) => ({
        key: `${h.at}-${h.action}`,
        content: (
          <div>
            <div>
              {new Date(h.at).toLocaleString('zh-CN')} · {PLEDGE_ACTION_LABELS[h.action]}：{PLEDGE_STATUS_LABELS[h.from]} → {PLEDGE_STATUS_LABELS[h.to]}
            </div>
            {h.note && <div style={{ color: '#888' }}>说明：{h.note}</div>}
          </div>
        )
      }))}
    />
  )
}
