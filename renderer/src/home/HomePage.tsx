import { Alert, Button, Card, Col, Row, Space, Statistic } from 'antd'
import { useState } from 'react'
import { PLEDGE_STATUS_LABELS, PLEDGE_STATUSES } from '@shared/show/model'
import { api } from '../api/client'
import { useLoad } from '../api/useCall'
import { useRosterChoices } from '../components/useRosterChoices'
import { DemoDataCard } from './DemoDataCard'
import { YearGlance } from './YearGlance'
import { RemindersCard } from './RemindersCard'

const go = (path: string) => () => (window.location.hash = path)

/** 首页: what needs doing now — missing setup, every stage's reminders (overdue pledge items among them), the year at a glance, where the pledges stand. */
export function HomePage() {
  const settings = useLoad(() => api.settings.get())
  const roster = useRosterChoices()
  const year = settings.data?.year
  const pledges = useLoad(() => (year ? api.show.pledges({ year }) : Promise.resolve({ ok: true as const, value: [] })), [year])
  // The demo brings reminders too: the card loads again with everything else.
  const [reloads, setReloads] = useState(0)
  const reloadAll = () => {
    setReloads((n) => n + 1)
    settings.reload()
    roster.reload()
    pledges.reload()
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

    </Space>
  )
}
