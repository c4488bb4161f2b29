import { Alert, Button, Col, Form, Input, Radio, Row, Select, Space, Tag, Typography } from 'antd'
import { useEffect, useMemo, useState } from 'react'
import { LEADER_ASPECT_LABELS, LEADER_ASPECTS, LEADER_GRADE_LABELS, LEADER_GRADE_POINTS, LEADER_GRADES, type LeaderAspect, type LeaderGrade, type LeaderReview, type LeaderSubjectKind } from '@shared/evaluate/leader/model'
import { HALF_LABELS, HALVES, halfOf, type Half } from '@shared/rules/review-dates'
import { api, errorMessage, unwrap } from '../../api/client'
import { LimitedInput, LimitedTextArea } from '../../components/LimitedText'
import { textRules, type TextLimit } from '../../components/text-limit'
import type { RosterChoices } from '../../components/useRosterChoices'
import { CancelButton, GuardedDrawer, useUnsavedGuard } from '../../components/unsaved'
import { DayPicker } from '../reviews/DayPicker'

const LONG = (label: string): TextLimit => ({ label, max: 1000 })
const ASPECT = (label: string): TextLimit => ({ label, max: 300 })
const PROBLEM: TextLimit = { label: '存在问题', max: 200, required: true }

interface Values {
  year: number
  half: Half
  leaderId: string | null
  subjectKind: LeaderSubjectKind
  subjectId: string | null
  reviewedOn: string | null
  aspects: Record<LeaderAspect, string>
  achievements: string
  problems: { id?: string; text: string; dueOn: string | null }[]
  advice: string
  direction: string
  /** 'none' while the leader gives no grade: a radio needs a value to show as chosen. */
  grade: LeaderGrade | 'none'
}

const GRADE_OPTIONS = [{ value: 'none', label: '不评定' }, ...LEADER_GRADES.map((g) => ({ value: g, label: LEADER_GRADE_LABELS[g] }))]
const GRADE_RULE = `党员的评定等次计入年终评优“领导点评”：${LEADER_GRADES.map((g) => `${LEADER_GRADE_LABELS[g]}${LEADER_GRADE_POINTS[g]}分`).join('、')}`

/** What a new review starts from: the plan's leader and team when opened from it. */
export interface LeaderReviewStart {
  review: LeaderReview | null
  year: number
  half: Half
  leaderId?: string
  teamId?: string
}

function startValues(start: LeaderReviewStart): Values {
  const r = start.review
  if (r) return { year: r.year, half: r.half, leaderId: r.leaderId, subjectKind: r.subject.kind, subjectId: r.subject.id, reviewedOn: r.reviewedOn, aspects: { ...r.aspects }, achievements: r.achievements, problems: r.problems.map((p) => ({ ...p })), advice: r.advice, direction: r.direction, grade: r.grade ?? 'none' }
  return {
    year: start.year,
    half: start.half,
    leaderId: start.leaderId ?? null,
    subjectKind: 'team',
    subjectId: start.teamId ?? null,
    reviewedOn: null,
    aspects: { thinking: '', execution: '', performance: '', integrity: '', service: '' },
    achievements: '',
    problems: [],
    advice: '',
    direction: '',
    grade: 'none'
  }
}

/** 领导点评: the leader, whom and when, the form's rows, and 存在问题 one line each (each becomes a rectification). */
export function LeaderReviewDrawer({ start, roster, tracked, onClose, onSaved }: { start: LeaderReviewStart | null; roster: RosterChoices; tracked: Set<string>; onClose: () => void; onSaved: (review: LeaderReview) => void }) {
  const [form] = Form.useForm<Values>()
  const [saving, setSaving] = useState(false)
  const [refusal, setRefusal] = useState<string | null>(null)
  const loaded = useMemo(() => (start ? startValues(start) : undefined), [start])
  const guard = useUnsavedGuard(form, loaded, { active: start !== null })
  const kind = Form.useWatch('subjectKind', form) ?? 'team'
  useEffect(() => {
    if (loaded) {
      form.resetFields()
      form.setFieldsValue(loaded)
      setRefusal(null)
    }
  }, [loaded, form])

  const leaders = roster.people.filter((p) => p.isLeader || roster.teams.some((t) => t.leaderId === p.id))
  const save = async () => {
    if (!start || !(await form.validateFields().catch(() => undefined))) return
    // With the problem lines' ids, which no field shows.
    const v = form.getFieldsValue(true) as Values
    setSaving(true)
    try {
      const saved = await unwrap(
        api.evaluate.leaderReviewSave({
          id: start.review?.id,
          year: v.year,
          half: v.half,
          leaderId: v.leaderId ?? '',
          subject: { kind: v.subjectKind, id: v.subjectId ?? '' },
          reviewedOn: v.reviewedOn ?? '',
          aspects: v.aspects,
          achievements: v.achievements?.trim() ?? '',
          problems: v.problems.map((p) => ({ id: p.id, text: p.text.trim(), dueOn: p.dueOn ?? null })),
          advice: v.advice?.trim() ?? '',
          direction: v.direction?.trim() ?? '',
          grade: v.grade === 'none' ? null : v.grade
        })
      )
      onSaved(saved)
    } catch (error) {
      setRefusal(errorMessage(error))
    } finally {
      setSaving(false)
    }
  }

  return (
    <GuardedDrawer
      open={start !== null}
      guard={guard}
      onClose={onClose}
      size={780}
      title={start?.review ? '修改领导点评' : '新增领导点评'}
      destroyOnHidden
      forceRender
      extra={
        <Space>
          <CancelButton />
          <Button type="primary" loading={saving} onClick={save}>
            保存
          </Button>
        </Space>
      }
    >
      <Form
        form={form}
        layout="vertical"
        onValuesChange={(changed: Partial<Values>) => {
          setRefusal(null)
          // The half follows the date picked: a review of 7月 belongs to 下半年.
          if (changed.reviewedOn) form.setFieldsValue({ year: Number(changed.reviewedOn.slice(0, 4)), half: halfOf(changed.reviewedOn) })
        }}
      >
        {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 12 }} />}
        <Row gutter={12}>
          <Col span={6}>
            <Form.Item label="点评领导" name="leaderId" rules={[{ required: true, message: '请选择点评的领导' }]}>
              <Select showSearch optionFilterProp="label" options={leaders.map((p) => ({ value: p.id, label: p.name }))} aria-label="点评领导" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="点评对象" name="subjectKind">
              <Radio.Group options={[{ value: 'team', label: '班组' }, { value: 'person', label: '党员' }]} onChange={() => form.setFieldsValue({ subjectId: null })} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label={kind === 'team' ? '被点评班组' : '被点评人员'} name="subjectId" rules={[{ required: true, message: kind === 'team' ? '请选择被点评的班组' : '请选择被点评的人员' }]}>
              <Select
                showSearch
                optionFilterProp="label"
                aria-label="被点评对象"
                options={kind === 'team' ? roster.teams.map((t) => ({ value: t.id, label: t.name })) : roster.members.map((p) => ({ value: p.id, label: p.name }))}
              />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="点评日期" name="reviewedOn" rules={[{ required: true, message: '请选择点评日期' }]}>
              <DayPicker />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={6}>
            <Form.Item label="年度" name="year">
              <Input disabled />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="半年" name="half">
              <Select disabled options={HALVES.map((h) => ({ value: h, label: HALF_LABELS[h] }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="评定等次" name="grade" extra={kind === 'person' ? GRADE_RULE : '班组的评定等次只记在点评表上'}>
              <Radio.Group optionType="button" options={GRADE_OPTIONS} aria-label="评定等次" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          {LEADER_ASPECTS.map((a) => (
            <Col span={12} key={a}>
              <Form.Item label={LEADER_ASPECT_LABELS[a]} name={['aspects', a]} rules={textRules(ASPECT(LEADER_ASPECT_LABELS[a]))}>
                <LimitedTextArea limit={ASPECT(LEADER_ASPECT_LABELS[a])} rows={1} autoSize={{ minRows: 1, maxRows: 4 }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Form.Item label="肯定成绩" name="achievements" rules={textRules(LONG('肯定成绩'))}>
          <LimitedTextArea limit={LONG('肯定成绩')} rows={2} />
        </Form.Item>
        <Form.List name="problems">
          {(fields, { add, remove }) => (
            <Space orientation="vertical" style={{ width: '100%' }} size={4}>
              <Typography.Text strong>存在问题（每条一行，记入整改跟踪）</Typography.Text>
              {fields.map((field, n) => {
                const id = form.getFieldValue(['problems', field.name, 'id']) as string | undefined
                return (
                  <Row key={field.key} gutter={8} align="top">
                    <Col span={1} style={{ paddingTop: 6 }}>
                      {n + 1}.
                    </Col>
                    <Col span={14}>
                      <Form.Item name={[field.name, 'text']} rules={textRules(PROBLEM)} style={{ marginBottom: 4 }}>
                        <LimitedInput limit={PROBLEM} aria-label={`第${n + 1}条存在问题`} />
                      </Form.Item>
                      {id && tracked.has(id) && <Tag color="green">已记入整改跟踪</Tag>}
                    </Col>
                    <Col span={6}>
                      <Form.Item name={[field.name, 'dueOn']} style={{ marginBottom: 4 }}>
                        <DayPicker placeholder="整改时限" />
                      </Form.Item>
                    </Col>
                    <Col span={3}>
                      <Button type="link" danger size="small" onClick={() => remove(field.name)}>
                        删除
                      </Button>
                    </Col>
                  </Row>
                )
              })}
              <Button size="small" onClick={() => add({ text: '', dueOn: null })}>
                添加一条存在问题
              </Button>
            </Space>
          )}
        </Form.List>
        <Form.Item label="改进意见" name="advice" rules={textRules(LONG('改进意见'))} style={{ marginTop: 12 }}>
          <LimitedTextArea limit={LONG('改进意见')} rows={2} />
        </Form.Item>
        <Form.Item label="努力方向" name="direction" rules={textRules(LONG('努力方向'))}>
          <LimitedTextArea limit={LONG('努力方向')} rows={2} />
        </Form.Item>
      </Form>
    </GuardedDrawer>
  )
}
