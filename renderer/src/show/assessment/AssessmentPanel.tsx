import { Alert, App, Button, DatePicker, Input, Popconfirm, Segmented, Select, Space, Spin, Table, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useEffect, useMemo, useState } from 'react'
import type { AssessmentView, PledgeView } from '@shared/show/contract'
import { ASSESSMENT_PERIOD_LABELS, ASSESSOR_LABELS, ASSESSORS, type AssessmentPeriod, type Assessor, type ItemGrades, type PledgeItem } from '@shared/show/model'
import { assessmentResult } from '@shared/rules/pledge-assessment'
import { isActive } from '@shared/rules/pledge-workflow'
import { api } from '../../api/client'
import { useCall, useLoad } from '../../api/useCall'
import { ResultText } from './ResultText'
import { useConfirmDiscard, useUnsavedValue } from '../../components/unsaved'

const SWITCH_WORDING = {
  title: '有未保存的评诺，确定切换？',
  content: '切换后，刚才选择的等次和填写的评语不会保存。',
  okText: '放弃修改并切换',
  cancelText: '继续编辑'
}

/** Mid-year until August, then the year-end assessment. */
export const currentPeriod = (): AssessmentPeriod => (new Date().getMonth() < 8 ? 'midYear' : 'yearEnd')

const emptyGrades = (pledge: PledgeView, saved?: AssessmentView): ItemGrades[] =>
  pledge.items.map((item) => saved?.grades.find((g) => g.itemId === item.id) ?? { itemId: item.id, self: null, organisation: null, public: null })

/**
 * 评诺 of one pledge for one period: a grade per item from the member, the organisation and the
 * public; the combined result is worked out as the grades are chosen (the same rule main applies).
 */
export function AssessmentPanel({ pledge, onChanged }: { pledge: PledgeView; onChanged: () => void }) {
  const call = useCall()
  const { message } = App.useApp()
  const settings = useLoad(() => api.show.settings())
  const assessments = useLoad(() => api.show.assessments({ year: pledge.year }), [pledge.id])
  const [period, setPeriod] = useState<AssessmentPeriod>(currentPeriod)
  const saved = assessments.data?.find((a) => a.pledgeId === pledge.id && a.period === period)
  const [grades, setGrades] = useState<ItemGrades[]>([])
  const [comment, setComment] = useState('')
  const [assessedOn, setAssessedOn] = useState<Dayjs>(dayjs())
  const [saving, setSaving] = useState(false)
  // What the period's form starts from (the saved assessment, or nothing graded yet); the guard
  // compares with it. Another period starts afresh: grades typed for 年中 never become 年终's.
  const loaded = useMemo(
    () => ({ grades: emptyGrades(pledge, saved), comment: saved?.comment ?? '', assessedOn: saved ? dayjs(saved.assessedOn) : dayjs() }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [saved, pledge, period]
  )
  const ready = isActive(pledge.status) && Boolean(settings.data) && !assessments.loading
  const guard = useUnsavedValue({ grades, comment, assessedOn }, loaded, { active: ready })
  const askFirst = useConfirmDiscard(guard, SWITCH_WORDING)

  useEffect(() => {
    setGrades(loaded.grades)
    setComment(loaded.comment)
    setAssessedOn(loaded.assessedOn)
  }, [loaded])

  if (!isActive(pledge.status)) return <Alert type="info" showIcon title="承诺公开后才能评诺" />
  if (!settings.data || assessments.loading) return <Spin description="正在载入…"><div style={{ height: 80 }} /></Spin>
  const config = settings.data.assessment
  const live = assessmentResult(config, pledge, { grades })
  const levelOptions = config.levels.map((l) => ({ value: l.id, label: l.label }))
  const setGrade = (itemId: string, source: Assessor, level: string | null) =>
    setGrades((all) => all.map((g) => (g.itemId === itemId ? { ...g, [source]: level ?? null } : g)))

  const save = async () => {
    setSaving(true)
    const result = await call(api.show.assessmentSave({ pledgeId: pledge.id, period, grades, comment: comment.trim(), assessedOn: assessedOn.format('YYYY-MM-DD') }))
    setSaving(false)
    if (!result) return
    void message.success(`${ASSESSMENT_PERIOD_LABELS[period]}已保存：${result.result.level ? `${result.result.level.label}（${result.result.score}分）` : '尚未评分'}`)
    guard.accept()
    assessments.reload()
    onChanged()
  }

  const remove = async () => {
    if (saved && (await call(api.show.assessmentDelete({ id: saved.id }))) !== undefined) {
      void message.success('已删除该次评诺')
      assessments.reload()
      onChanged()
    }
  }

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Space>
        <Segmented<AssessmentPeriod> value={period} onChange={(next) => askFirst(() => setPeriod(next))} options={(['midYear', 'yearEnd'] as const).map((p) => ({ value: p, label: ASSESSMENT_PERIOD_LABELS[p] }))} />
        <Typography.Text type="secondary">
          权重：{ASSESSORS.map((s) => `${ASSESSOR_LABELS[s]}${config.weights[s]}%`).join('、')}
        </Typography.Text>
      </Space>
      <Table<PledgeItem>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={pledge.items}
        columns={[
          { title: '承诺事项', dataIndex: 'content', render: (c: string, _item, n) => `${n + 1}. ${c}` },
          ...ASSESSORS.map((source) => ({
            title: ASSESSOR_LABELS[source],
            key: source,
            width: 110,
            render: (_: unknown, item: PledgeItem, n: number) => (
              <Select
                aria-label={`第${n + 1}项${ASSESSOR_LABELS[source]}`}
                allowClear
                placeholder={config.weights[source] > 0 ? '未评' : '不计分'}
                disabled={config.weights[source] <= 0}
                style={{ width: 96 }}
                value={grades.find((g) => g.itemId === item.id)?.[source] ?? undefined}
                onChange={(v: string | undefined) => setGrade(item.id, source, v ?? null)}
                options={levelOptions}
              />
            )
          })),
          {
            title: '得分',
            key: 'score',
            width: 70,
            render: (_: unknown, item: PledgeItem) => live.items.find((i) => i.itemId === item.id)?.score ?? '—'
          }
        ]}
      />
      <div data-testid="assessment-result">
        <ResultText result={live} />
      </div>
      <Space align="start" wrap>
        <span>评诺日期</span>
        <DatePicker value={assessedOn} onChange={(d) => d && setAssessedOn(d)} disabledDate={(d) => d.isAfter(dayjs(), 'day')} allowClear={false} />
      </Space>
      <Input.TextArea aria-label="评语" rows={2} maxLength={300} showCount value={comment} onChange={(e) => setComment(e.target.value)} placeholder="评语或存在的问题，会印在践诺情况公示上" />
      <Space>
        <Button type="primary" onClick={save} loading={saving}>
          保存评诺
        </Button>
        {saved && (
          <Popconfirm title={`删除本条承诺的${ASSESSMENT_PERIOD_LABELS[period]}？`} description="删除后无法恢复。" okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={remove}>
            <Button danger>删除本次评诺</Button>
          </Popconfirm>
        )}
      </Space>
    </Space>
  )
}
