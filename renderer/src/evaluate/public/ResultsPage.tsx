import { Button, Card, Col, Empty, Row, Space, Table, Tabs, Tag, Typography } from 'antd'
import { useMemo, useState } from 'react'
import type { ObjectResult, RoundResults } from '@shared/evaluate/public/contract'
import { levelsChart, objectsChart, ratesChart, ratesSummary } from '@shared/evaluate/public/charts'
import { OBJECT_KIND_LABELS } from '@shared/evaluate/public/model'
import { BAND_LABELS, percent, type Band } from '@shared/rules/satisfaction'
import { CHANNEL_LABELS, CHANNELS } from '@shared/rules/satisfaction-channels'
import { api } from '../../api/client'
import { useLoad } from '../../api/useCall'
import { EChart, SCREEN_CHART_FONT } from '../../components/charts/EChart'
import { PrintDialog } from '../../print/PrintDialog'
import { RoundPicker } from './RoundPicker'
import { useRounds } from './useRounds'

const LOOK = { fontFamily: SCREEN_CHART_FONT }
const BAND_COLOURS: Record<Band, string> = { good: 'green', fair: 'gold', rework: 'red', insufficient: 'default' }
const change = (value: number | null) => (value === null ? '—' : `${value >= 0 ? '+' : '−'}${Math.abs(Math.round(value * 10) / 10).toFixed(1)}`)

/** 群众评议 · 结果: the objects side by side, then per object (a tab each) the figures and two charts, and the channels crossed. */
export function ResultsPage() {
  const rounds = useRounds()
  const roundId = rounds.round?.id
  const results = useLoad(() => (roundId ? api.evaluate.publicResults({ roundId }) : Promise.resolve({ ok: true as const, value: undefined })), [roundId])
  const [printing, setPrinting] = useState(false)
  const data = results.data

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <RoundPicker rounds={rounds} />
        <Button disabled={!data?.objects.length} onClick={() => setPrinting(true)}>
          打印群众评议结果
        </Button>
      </Space>
      {!data || !data.objects.length ? <Empty description="这一轮还没有问卷或答卷" /> : <Results data={data} />}
      {printing && <PrintDialog open document="public-results" preset={{ year: rounds.round?.year }} onClose={() => setPrinting(false)} />}
    </Space>
  )
}

function Results({ data }: { data: RoundResults }) {
  const overview = useMemo(() => objectsChart(data.objects, LOOK, data.previousRoundName), [data])
  return (
    <>
      <Card size="small" title={`${data.roundName}总体情况${data.previousRoundName ? `（与${data.previousRoundName}比较）` : ''}`}>
        <EChart option={overview} height={240} label={`各评议对象综合满意率：${data.objects.map((o) => `${o.questionnaire.object.name}${percent(o.overall.rate)}`).join('，')}`} />
      </Card>
      {/* One object at a time: its table and two charts read together, and only the open tab is drawn. */}
      <Tabs
        type="card"
        items={data.objects.map((object) => ({
          key: object.questionnaire.id,
          label: `${object.questionnaire.object.name}${object.dimensions.some((d) => d.band === 'rework') ? '（需整改）' : ''}`,
          children: <ObjectCard object={object} previousName={data.previousRoundName} />
        }))}
      />
      <Card size="small" title="各渠道满意率对照">
        <Table
          size="small"
          pagination={false}
          rowKey="dimension"
          dataSource={data.cross}
          columns={[
            { title: '评议项目', dataIndex: 'dimension' },
            ...CHANNELS.map((c) => ({
              title: c === 'box' ? `${CHANNEL_LABELS[c]}（件）` : CHANNEL_LABELS[c],
              key: c,
              render: (_: unknown, row: RoundResults['cross'][number]) => (c === 'box' ? row.cells.box.count : row.cells[c].count ? `${percent(row.cells[c].rate)}（${row.cells[c].count}）` : '—')
            }))
          ]}
        />
        <Typography.Text type="secondary">
          本轮电话抽访{data.logs.phoneChecks}次、座谈会{data.logs.forums}次、特约监督员监督{data.logs.supervisorVisits}次、意见箱来信{data.logs.suggestions}件。
        </Typography.Text>
      </Card>
    </>
  )
}

function ObjectCard({ object, previousName }: { object: ObjectResult; previousName: string | null }) {
  const q = object.questionnaire
  const rates = useMemo(() => ratesChart(object, LOOK, previousName), [object, previousName])
  const levels = useMemo(() => levelsChart(object, LOOK), [object])
  const rows = [...object.dimensions, object.overall]
  return (
    <Card size="small" title={`${OBJECT_KIND_LABELS[q.object.kind]}：${q.object.name}`} extra={`收回${object.returned}份，无效问卷${object.voided}份`}>
      <Table
        size="small"
        pagination={false}
        rowKey="name"
        dataSource={rows}
        columns={[
          { title: '评议项目', dataIndex: 'name' },
          ...q.scale.map((level, l) => ({ title: level, key: level, render: (_: unknown, d: (typeof rows)[number]) => d.counts[l] })),
          { title: '无效', dataIndex: 'invalid' },
          { title: '满意率', key: 'rate', render: (_: unknown, d: (typeof rows)[number]) => percent(d.rate) },
          { title: `${q.scale[0]}占比`, key: 'top', render: (_: unknown, d: (typeof rows)[number]) => percent(d.topShare) },
          { title: '不满意率', key: 'un', render: (_: unknown, d: (typeof rows)[number]) => percent(d.unsatisfied) },
          { title: '档次', key: 'band', render: (_: unknown, d: (typeof rows)[number]) => <Tag color={BAND_COLOURS[d.band]}>{BAND_LABELS[d.band]}</Tag> },
          { title: '上轮', key: 'prev', render: (_: unknown, d: (typeof rows)[number]) => percent(d.previous) },
          { title: '增减', key: 'change', render: (_: unknown, d: (typeof rows)[number]) => change(d.change) }
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ margin: '6px 0' }}>
        {object.formula}；≥{q.bands.good}%为好，{q.bands.fair}%–{q.bands.good}%为一般，低于{q.bands.fair}%需整改；有效份数少于{q.minResponses}份为样本不足。
      </Typography.Paragraph>
      <Row gutter={16}>
        <Col span={12}>
          <EChart option={rates} height={260} label={`满意率：${ratesSummary(object)}`} />
        </Col>
        <Col span={12}>
          <EChart option={levels} height={260} label={`各等级占比：${q.dimensions.join('、')}`} />
        </Col>
      </Row>
    </Card>
  )
}
