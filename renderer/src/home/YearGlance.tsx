import { App, Card, Col, List, Row, Space, Statistic, Tag, Typography } from 'antd'
import { useEffect, useState } from 'react'
import type { OutputOf } from '@shared/contract'
import { daysBetween } from '@shared/rules/dates'
import { api } from '../api/client'
import { useLoad } from '../api/useCall'
import { GlanceChart } from './GlanceChart'

type Glance = OutputOf<'home:glance'>
const TONES = { normal: undefined, good: '#389e0d', warn: '#d46b08', bad: '#c8161d' } as const
const go = (path: string | null) => () => path && (window.location.hash = path)

/** 本年度概览: each stage's done and due (each figure opens the list it counts), then the year's key dates. */
export function YearGlance({ year }: { year?: number }) {
  const glance = useLoad(() => api.home.glance(year ? { year } : undefined), [year])
  useStartReminder(glance.data)
  if (!glance.data) return <Card size="small" loading title="本年度概览" />
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Row gutter={[16, 16]}>
        {glance.data.stages.map((stage) => (
          <Col key={stage.stage} xs={24} md={12} xl={8}>
            <Card size="small" title={stage.label} extra={<Typography.Link onClick={go(stage.path)}>进入</Typography.Link>} data-testid={`glance-${stage.stage}`}>
              <Row gutter={[12, 12]}>
                {stage.figures.map((figure) => (
                  <Col key={figure.label} flex="1 0 120px">
                    <div role={figure.path ? 'link' : undefined} tabIndex={figure.path ? 0 : undefined} onClick={go(figure.path)} onKeyDown={(e) => e.key === 'Enter' && go(figure.path)()} style={{ cursor: figure.path ? 'pointer' : undefined }}>
                      <Statistic title={figure.label} value={figure.value} suffix={figure.unit} styles={{ content: { color: TONES[figure.tone], fontSize: 22 } }} />
                    </div>
                  </Col>
                ))}
              </Row>
              {stage.charts.map((chart) => (
                <GlanceChart key={chart.id} chart={chart} />
              ))}
            </Card>
          </Col>
        ))}
      </Row>
      <KeyDates glance={glance.data} />
    </Space>
  )
}

function when(today: string, day: string): { text: string; colour: string | undefined } {
  const days = daysBetween(today, day)
  if (days === 0) return { text: '今天', colour: 'red' }
  if (days < 0) return { text: `已过${-days}天`, colour: undefined }
  return { text: `${days}天后`, colour: days <= 7 ? 'orange' : 'blue' }
}

/** The last few dates of the past month and the next ones; the whole year on asking. */
const RECENT_DAYS = 30
const PAST_DATES = 3
const NEXT_DATES = 10

function KeyDates({ glance }: { glance: Glance }) {
  const [whole, setWhole] = useState(false)
  const past = glance.keyDates.filter((d) => d.day < glance.today && daysBetween(d.day, glance.today) <= RECENT_DAYS).slice(-PAST_DATES)
  const recent = [...past, ...glance.keyDates.filter((d) => d.day >= glance.today).slice(0, NEXT_DATES)]
  const shown = whole ? glance.keyDates : recent
  return (
    <Card
      size="small"
      title={`${glance.year}年度日程`}
      extra={
        <Space>
          {shown.length < glance.keyDates.length && <Typography.Link onClick={() => setWhole(true)}>显示全年 {glance.keyDates.length} 项</Typography.Link>}
          <Typography.Link onClick={go('/appraisal/schedule')}>编辑日程</Typography.Link>
        </Space>
      }
    >
      <List
        size="small"
        dataSource={shown}
        locale={{ emptyText: '本年度没有日程' }}
        renderItem={(date) => {
          const { text, colour } = when(glance.today, date.day)
          const past = date.day < glance.today
          return (
            <List.Item onClick={go(date.path)} style={{ cursor: date.path ? 'pointer' : undefined, opacity: past ? 0.55 : 1 }}>
              <Space>
                <Typography.Text style={{ width: 96, display: 'inline-block' }}>{date.day}</Typography.Text>
                <Tag color={colour}>{text}</Tag>
                <Typography.Text>{date.label}</Typography.Text>
                <Typography.Text type="secondary">{date.stageLabel}</Typography.Text>
              </Space>
            </List.Item>
          )
        }}
      />
    </Card>
  )
}

/** Once per start of the app: the dates of the coming week (and today's), as a notice the officer can close. */
function useStartReminder(glance: Glance | undefined) {
  const { notification } = App.useApp()
  useEffect(() => {
    if (!glance || sessionStorage.getItem('lbp-start-reminder')) return
    const soon = glance.keyDates.filter((d) => {
      const days = daysBetween(glance.today, d.day)
      return days >= 0 && days <= 7
    })
    sessionStorage.setItem('lbp-start-reminder', '1')
    if (!soon.length) return
    notification.info({
      message: '近期日程',
      description: soon.map((d) => `${d.day}（${when(glance.today, d.day).text}）${d.label}`).join('\n'),
      duration: 0,
      style: { whiteSpace: 'pre-line' }
    })
  }, [glance, notification])
}
