import { Alert, Button, Card, Col, Row, Space, Statistic, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import type { OverdueEntry } from '@shared/show/contract'
import { PLEDGE_STATUS_LABELS, PLEDGE_STATUSES } from '@shared/show/model'
import { api } from '../api/client'
import { useLoad } from '../api/useCall'
import { useRosterChoices } from '../components/useRosterChoices'
import { DemoDataCard } from './DemoDataCard'
import { YearGlance } from './YearGlance'
import { RemindersCard } from './RemindersCard'

const go = (path: string) => () => (window.location.hash = path)

/** 首页: what needs doing now — missing setup, every stage's reminders, overdue pledge items, where the pledges stand. */
export function HomePage() {
  const settings = useLoad(() => api.settings.get())
  const roster = useRosterChoices()
  const year = settings.data?.year
  const pledges = useLoad(() => (year ? api.show.pledges({ year }) : Promise.resolve({ ok: true as const, value: [] })), [year])
  const overdue = useLoad(() => api.show.overdue())
  // The demo brings reminders too: the card loads again with everything else.
  const [reloads, setReloads] = useState(0)
  const reloadAll = () => {
    setReloads((n) => n + 1)
    settings.reload()
    roster.reload()
    pledges.reload()
    overdue.reload()
  }
  const rosterEmpty = !roster.loading && roster.people.length === 0 && roster.teams.length === 0
  const counts = PLEDGE_STATUSES.map((s) => ({ status: s, count: (pledges.data ?? []).filter((p) => p.status === s).length }))
  const pledged = new Set((pledges.data ?? []).filter((p) => p.scope === 'person').map((p) => p.personId))
  const withoutPledge = roster.members.filter((m) => !pledged.has(m.id)).length

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {settings.data && !settings.data.unitName && (
        <Alert
          type="warning"
          showIcon
          title="还没有填写单位信息"
          description="单位名称、党组织名称和落款会印在岗位牌、承诺卡和各类公示上。"
          action={
            <Button size="small" onClick={go('/settings')}>
              去设置
            </Button>
          }
        />
      )}
      {rosterEmpty && <DemoDataCard onLoaded={reloadAll} />}
      <RemindersCard key={reloads} />
      {!rosterEmpty && year && <YearGlance key={`${year}-${reloads}`} year={year} />}

      <Card
        size="small"
        title={`${year ?? ''}年度承诺情况`}
        extra={
          <Space data-toolbar="home-links">
            <Button size="small" onClick={go('/show/pledges')}>
              承诺管理
            </Button>
            <Button size="small" onClick={go('/print')}>
              打印中心
            </Button>
          </Space>
        }
        loading={pledges.loading}
      >
        <Row gutter={[16, 16]}>
          {counts.map(({ status, count }) => (
            <Col key={status} flex="1 0 110px">
              <Statistic title={PLEDGE_STATUS_LABELS[status]} value={count} suffix="条" data-testid={`count-${status}`} />
            </Col>
          ))}
          <Col flex="1 0 110px">
            <Statistic title="未作承诺的党员" value={withoutPledge} suffix="人" styles={{ content: withoutPledge ? { color: '#c8161d' } : undefined }} />
          </Col>
        </Row>
      </Card>

      <Card size="small" title={<OverdueTitle count={overdue.data?.length ?? 0} />} loading={overdue.loading}>
        <Table<OverdueEntry>
          rowKey={(e) => `${e.pledgeId}/${e.itemId}`}
          size="small"
          dataSource={overdue.data ?? []}
          pagination={{ pageSize: 8, showSizeChanger: false, hideOnSinglePage: true }}
          locale={{ emptyText: '没有逾期的承诺事项' }}
          onRow={() => ({ onClick: go('/show/pledges'), style: { cursor: 'pointer' } })}
          columns={[
            { title: '承诺人', dataIndex: 'ownerName', width: 140 },
            { title: '承诺事项', dataIndex: 'content', ellipsis: true },
            { title: '完成时限', dataIndex: 'dueOn', width: 120 },
            { title: '逾期', dataIndex: 'daysOverdue', width: 100, render: (d: number) => <Tag color={d > 30 ? 'red' : 'orange'}>{d} 天</Tag> }
          ]}
        />
      </Card>
    </Space>
  )
}

function OverdueTitle({ count }: { count: number }) {
  return (
    <Space>
      逾期未完成的承诺事项
      {count > 0 ? <Tag color="red">{count} 项</Tag> : <Typography.Text type="secondary">（无）</Typography.Text>}
    </Space>
  )
}
