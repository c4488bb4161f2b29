import { App, Alert, Button, Card, Input, InputNumber, Modal, Select, Space, Statistic, Table, Tabs, Tag, Tooltip, Typography } from 'antd'
import { useState } from 'react'
import type { AppraisalOverview, AppraisalRowView } from '@shared/appraisal/contract'
import { GRADE_LABELS, GRADES, type Grade } from '@shared/appraisal/model'
import { APPRAISAL_COMPONENT_LABELS, COUNTED_COMPONENTS, SCORED_COMPONENTS } from '@shared/model/appraisal-figure'
import { api } from '../api/client'
import { useCall, useLoad } from '../api/useCall'
import { AppraisalRules } from './AppraisalRules'
import { FiveGoods } from './FiveGoods'
import { FigureCell } from './FigureCell'

const GRADE_COLOURS: Record<Grade, string> = { excellent: 'green', qualified: 'blue', basic: 'orange', unqualified: 'red' }

/**
 * 年终评优: every member's figures from the four stages, the composite and rank, the suggested
 * grade with what the meeting must look at (ties at the quota's edge), and the branch's decision
 * beside it, with the 优秀 counter live against the quota. Votes and scores inform; the meeting decides.
 */
export function AppraisalPage() {
  const call = useCall()
  const { message, modal } = App.useApp()
  const settings = useLoad(() => api.settings.get())
  const [year, setYear] = useState<number | null>(null)
  const shownYear = year ?? settings.data?.year
  const loaded = useLoad(() => (shownYear ? api.appraisal.overview({ year: shownYear }) : Promise.resolve({ ok: true as const, value: undefined })), [shownYear])
  const overview = loaded.data
  const [reopening, setReopening] = useState(false)
  const [reason, setReason] = useState('')

  const decide = async (row: AppraisalRowView, grade: Grade | null) => {
    if (!overview) return
    const next = await call(api.appraisal.decide({ year: overview.year, personId: row.personId, grade, note: row.decision?.note ?? '' }))
    if (next) loaded.setData(next)
  }

  const finalise = () => {
    if (!overview) return
    modal.confirm({
      title: `${overview.year}年度年终评优定稿？`,
      content: '定稿后保存此时每人的各项得分、综合得分和评定等次，之后录入或修改的承诺、比武、评议等记录不再改变这些结果；确需修改时可重新打开（须说明原因）。',
      okText: '定稿',
      cancelText: '取消',
      onOk: async () => {
        const next = await call(api.appraisal.finalise({ year: overview.year }))
        if (!next) return
        loaded.setData(next)
        void message.success(`已定稿：${next.rows.length}人的得分与${next.graded}人的评定等次已保存`)
      }
    })
  }

  const reopen = async () => {
    if (!overview) return
    const next = await call(api.appraisal.reopen({ year: overview.year, reason }))
    if (!next) return
    setReopening(false)
    setReason('')
    loaded.setData(next)
    void message.success('已重新打开：评定等次保留，得分按现有记录重新计算；原因已记录')
  }

  const exportWorkbook = async () => {
    if (!overview) return
    const saved = await call(api.appraisal.exportWorkbook({ year: overview.year, nameOrder: 'strokes' }))
    if (saved && !saved.canceled) void message.success(`已导出：${saved.value}`)
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        size="small"
        title={
          <Space>
            年终评优
            <InputNumber aria-label="活动年度" value={shownYear} min={2000} max={2100} onChange={(v) => v && setYear(v)} style={{ width: 96 }} suffix="年" />
            {overview && <Tag color={overview.status === 'final' ? 'green' : 'default'}>{overview.status === 'final' ? '已定稿' : '未定稿'}</Tag>}
          </Space>
        }
        extra={
          <Space>
            <Button onClick={exportWorkbook} disabled={!overview?.rows.length}>
              导出工作簿（Excel）
            </Button>
            <Button onClick={() => (window.location.hash = '/print')}>打印公示和通知</Button>
            {overview?.status === 'final' ? (
              <Button onClick={() => setReopening(true)}>重新打开…</Button>
            ) : (
              <Button type="primary" onClick={finalise} disabled={!overview || overview.undecided > 0}>
                定稿…
              </Button>
            )}
          </Space>
        }
        loading={loaded.loading}
      >
        {overview && <Counters overview={overview} />}
      </Card>

      {overview && (
        <Tabs
          items={[
            { key: 'grades', label: '评定等次', children: <GradeTable overview={overview} onDecide={decide} /> },
            { key: 'rules', label: '规则与权重', children: <AppraisalRules overview={overview} onSaved={loaded.setData} /> },
            { key: 'fiveGoods', label: '支部对照“五个好”', children: <FiveGoods year={overview.year} /> }
          ]}
        />
      )}

      <Modal open={reopening} title="重新打开已定稿的年终评优" okText="重新打开" cancelText="取消" onOk={reopen} onCancel={() => setReopening(false)} okButtonProps={{ disabled: reason.trim().length < 2 }}>
        <Typography.Paragraph>重新打开后，得分按现有记录重新计算，已评定的等次保留。原因会和时间一起记录。</Typography.Paragraph>
        <Input.TextArea aria-label="原因" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={200} showCount rows={3} placeholder="如：支部大会复议后调整一人的等次" />
      </Modal>
    </Space>
  )
}

function Counters({ overview }: { overview: AppraisalOverview }) {
  const full = overview.decidedExcellent >= overview.quota
  return (
    <Space size="large" wrap>
      <Statistic title="参加评议" value={overview.rows.length} suffix="人" />
      <Statistic title="评定等次（正式党员）" value={overview.graded} suffix="人" />
      <Statistic
        title={`已评优秀 / 名额（${overview.config.excellentShare.numerator}/${overview.config.excellentShare.denominator}，向下取整）`}
        value={overview.decidedExcellent}
        suffix={`/ ${overview.quota}`}
        styles={{ content: full ? { color: '#c8161d' } : undefined }}
        data-testid="excellent-counter"
      />
      <Statistic title="尚未评定" value={overview.undecided} suffix="人" />
      {overview.status === 'open' && overview.undecided > 0 && <Typography.Text type="warning">{`还有${overview.undecided}人未评定等次，全部评定后才能定稿`}</Typography.Text>}
      {overview.reopenings.length > 0 && (
        <Typography.Text type="secondary">
          曾重新打开{overview.reopenings.length}次，最近一次原因：{overview.reopenings[overview.reopenings.length - 1].reason}
        </Typography.Text>
      )}
    </Space>
  )
}

function GradeTable({ overview, onDecide }: { overview: AppraisalOverview; onDecide: (row: AppraisalRowView, grade: Grade | null) => void }) {
  const locked = overview.status === 'final'
  if (!overview.rows.length) return <Alert type="info" showIcon title="没有参加评议的党员：请先在花名册中录入党员" />
  return (
    <Table<AppraisalRowView>
      rowKey="personId"
      size="small"
      dataSource={overview.rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: '姓名', dataIndex: 'name', width: 90, fixed: 'left' },
        { title: '班组', dataIndex: 'teamName', width: 120, ellipsis: true },
        { title: '综合得分', dataIndex: 'composite', width: 80, align: 'center', render: (v: number | null) => <strong>{v ?? '—'}</strong> },
        { title: '排名', dataIndex: 'rank', width: 60, align: 'center', render: (v: number | null) => v ?? '—' },
        {
          title: '建议等次',
          key: 'suggestion',
          width: 130,
          render: (_: unknown, row) => (
            <Space size={4}>
              {row.suggestion ? <Tag color={GRADE_COLOURS[row.suggestion]}>{GRADE_LABELS[row.suggestion]}</Tag> : <Typography.Text type="secondary">—</Typography.Text>}
              {row.flag && (
                <Tooltip title={row.flagText}>
                  <Tag color={row.flag === 'tieAtQuota' ? 'red' : 'default'} tabIndex={0}>
                    {row.flag === 'tieAtQuota' ? '并列待定' : row.flag === 'overQuota' ? '超名额' : row.flag === 'probationary' ? '预备党员' : '无评分'}
                  </Tag>
                </Tooltip>
              )}
            </Space>
          )
        },
        ...SCORED_COMPONENTS.map((c) => ({
          title: APPRAISAL_COMPONENT_LABELS[c],
          key: c,
          width: 76,
          align: 'center' as const,
          render: (_: unknown, row: AppraisalRowView) => <FigureCell value={row.scores[c]} component={c} figures={row.figures} name={row.name} />
        })),
        ...COUNTED_COMPONENTS.map((c) => ({
          title: APPRAISAL_COMPONENT_LABELS[c],
          key: c,
          width: 64,
          align: 'center' as const,
          render: (_: unknown, row: AppraisalRowView) => <FigureCell value={row.counts[c]} component={c} figures={row.figures} name={row.name} />
        })),
        { title: '加减分', dataIndex: 'points', width: 70, align: 'center' },
        {
          title: '支部评定',
          key: 'decision',
          width: 130,
          fixed: 'right',
          render: (_: unknown, row) =>
            row.graded ? (
              <Select<Grade>
                aria-label={`${row.name}的评定等次`}
                value={row.decision?.grade}
                placeholder="评定"
                allowClear
                disabled={locked}
                style={{ width: 110 }}
                onChange={(grade) => onDecide(row, grade ?? null)}
                options={GRADES.map((g) => ({ value: g, label: GRADE_LABELS[g] }))}
              />
            ) : (
              <Typography.Text type="secondary">不评定</Typography.Text>
            )
        }
      ]}
    />
  )
}
