import { Alert, App, Button, DatePicker, Popconfirm, Segmented, Select, Space, Spin, Table, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useEffect, useMemo, useState } from 'react'
import type { AssessmentView, PledgeView } from '@shared/show/contract'
import { ASSESSMENT_PERIOD_LABELS, ASSESSOR_LABELS, ASSESSORS, type AssessmentPeriod, type Assessor, type ItemGrades, type PledgeItem } from '@shared/show/model'
import { assessmentProblem, assessmentResult } from '@shared/rules/pledge-assessment'
import { basisText } from '@shared/rules/pledge-assessment-basis'
import { isActive } from '@shared/rules/pledge-workflow'
import { api } from '../../api/client'
import { useCall, useLoad } from '../../api/useCall'
import { LimitedTextArea } from '../../components/LimitedText'
import { textProblem, type TextLimit } from '../../components/text-limit'
import { RecomputeChange, resultWords } from './RecomputeChange'
import { ResultText } from './ResultText'
import { useConfirmDiscard, useUnsavedValue } from '../../components/unsaved'

const SWITCH_WORDING = {
  title: '有未保存的评诺，确定切换？',
  content: '切换后，刚才选择的等次和填写的评语不会保存。',
  okText: '放弃修改并切换',
  cancelText: '继续编辑'
}

const RECOMPUTE_WORDING = {
  title: '有未保存的评诺，确定重新计算？',
  content: '重新计算按已保存的等次进行，刚才选择的等次和填写的评语不会保存。',
  okText: '放弃修改并重新计算',
  cancelText: '继续编辑'
}

/** Mid-year until August, then the year-end assessment. */
export const currentPeriod = (): AssessmentPeriod => (new Date().getMonth() < 8 ? 'midYear' : 'yearEnd')

const COMMENT: TextLimit = { label: '评语', max: 300 }

const emptyGrades = (pledge: PledgeView, saved?: AssessmentView): ItemGrades[] =>
  pledge.items.map((item) => saved?.grades.find((g) => g.itemId === item.id) ?? { itemId: item.id, self: null, organisation: null, public: null })

/**
 * 评诺 of one pledge for one period: a grade per item from the member, the organisation and the
 * public; the combined result is worked out as the grades are chosen (the same rule main applies),
 * on the scale and weights it is computed with: its own once final (定稿), else the current ones.
 */
export function AssessmentPanel({ pledge, onChanged }: { pledge: PledgeView; onChanged: () => void }) {
  const call = useCall()
  const { message, modal } = App.useApp()
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
  const askRecompute = useConfirmDiscard(guard, RECOMPUTE_WORDING)

  useEffect(() => {
    setGrades(loaded.grades)
    setComment(loaded.comment)
    setAssessedOn(loaded.assessedOn)
  }, [loaded])

  if (!isActive(pledge.status)) return <Alert type="info" showIcon title="承诺公开后才能评诺" />
  if (!settings.data || assessments.loading) return <Spin description="正在载入…"><div style={{ height: 80 }} /></Spin>
  const current = settings.data.assessment
  // The grades are level ids of the scale the result is computed with.
  const config = saved?.config ?? current
  const live = assessmentResult(config, pledge, { grades })
  const levelOptions = config.levels.map((l) => ({ value: l.id, label: l.label }))
  const setGrade = (itemId: string, source: Assessor, level: string | null) =>
    setGrades((all) => all.map((g) => (g.itemId === itemId ? { ...g, [source]: level ?? null } : g)))

  const save = async () => {
    const problem = assessmentProblem(config, pledge, grades) ?? textProblem(COMMENT, comment)
    if (problem) {
      void message.error(problem)
      return
    }
    setSaving(true)
    const result = await call(api.show.assessmentSave({ pledgeId: pledge.id, period, grades, comment: comment.trim(), assessedOn: assessedOn.format('YYYY-MM-DD') }))
    setSaving(false)
    if (!result) return
    void message.success(`${ASSESSMENT_PERIOD_LABELS[period]}已保存：${resultWords(result.result)}`)
    guard.accept()
    assessments.reload()
    onChanged()
  }

  /**
   * Shows what the current settings would make of the saved result, and writes only when the user
   * agrees. It works from the saved grades, and the reload after it puts them back in the form: grades
   * or a comment changed and not saved are asked about first, never dropped without a word.
   */
  const recompute = () => askRecompute(async () => {
    if (!saved) return
    const preview = await call(api.show.assessmentRecomputePreview({ id: saved.id }))
    if (!preview) return
    const confirmed = await modal.confirm({
      title: '按当前评诺设置重新计算？',
      width: 520,
      content: <RecomputeChange preview={preview} />,
      okText: '重新计算',
      cancelText: '保持原结果'
    })
    if (!confirmed) return
    const recomputed = await call(api.show.assessmentRecompute({ id: saved.id, config: preview.after.config }))
    if (!recomputed) return
    void message.success(`已按当前设置重新计算：${resultWords(preview.before)} → ${resultWords(recomputed.result)}`)
    assessments.reload()
    onChanged()
  })

  const remove = async () => {
    if (saved && (await call(api.show.assessmentDelete({ id: saved.id }))) !== undefined) {
      void message.success(`已删除本条承诺的${ASSESSMENT_PERIOD_LABELS[period]}`)
      assessments.reload()
      onChanged()
    }
  }

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Space wrap>
        <Segmented<AssessmentPeriod> value={period} onChange={(next) => askFirst(() => setPeriod(next))} options={(['midYear', 'yearEnd'] as const).map((p) => ({ value: p, label: ASSESSMENT_PERIOD_LABELS[p] }))} />
        <Typography.Text type="secondary" data-testid="assessment-basis">
          {basisText(saved ?? { basis: null }, current)}
        </Typography.Text>
        {saved?.basis && (
          <Button size="small" onClick={recompute}>
            重新计算
          </Button>
        )}
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
      <LimitedTextArea aria-label="评语" limit={COMMENT} rows={2} value={comment} onChange={(e) => setComment(e.target.value)} placeholder="评语或存在的问题，会印在践诺情况公示上" />
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
