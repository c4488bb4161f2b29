import { App, Col, DatePicker, Divider, Form, InputNumber, Row, Select, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useEffect, useMemo, useState } from 'react'
import type { TrainingPlanView } from '@shared/compete/training/contract'
import { OPEN_TRAINING_STATUSES, TRAINING_STATUS_LABELS, TRAINING_STATUSES, trainingPlanDraftSchema, type TrainingPlanDraft, type TrainingStatus } from '@shared/compete/training/model'
import { api } from '../../api/client'
import { useCall } from '../../api/useCall'
import { LimitedInput, LimitedTextArea } from '../../components/LimitedText'
import { PersonPicker } from '../../components/PersonPicker'
import { textRules, type TextLimit } from '../../components/text-limit'
import type { RosterChoices } from '../../components/useRosterChoices'
import { useUnsavedGuard } from '../../components/unsaved'
import { DatedLines } from './DatedLines'
import { withKeptPerson } from './kept-choices'
import { FormDrawer } from './parts'
import { checkedDraft } from './zod-fields'

/** The limits of main's plan schema (shared/compete/training/model.ts). */
const TARGET: TextLimit = { label: '培养目标', max: 100, required: true }
const MEASURES: TextLimit = { label: '培养措施', max: 500 }
const RESULT: TextLimit = { label: '培养结果', max: 300 }
const NOTE: TextLimit = { label: '进展情况', max: 300, required: true }

interface PlanValues {
  year: number
  personId: string | null
  target: string
  measures: string
  mentorId: string | null
  startOn: Dayjs | null
  dueOn: Dayjs | null
  status: TrainingStatus
  result: string
  finishedOn: Dayjs | null
}

const day = (value: string | null) => (value ? dayjs(value) : null)
const text = (value: Dayjs | null) => value?.format('YYYY-MM-DD') ?? ''

function startValues(plan: TrainingPlanView | null, year: number): PlanValues {
  if (!plan) return { year, personId: null, target: '', measures: '', mentorId: null, startOn: null, dueOn: null, status: 'planned', result: '', finishedOn: null }
  return { ...plan, startOn: day(plan.startOn), dueOn: day(plan.dueOn), finishedOn: day(plan.finishedOn) }
}

function toDraft(values: PlanValues, id?: string): TrainingPlanDraft {
  const open = OPEN_TRAINING_STATUSES.includes(values.status)
  return {
    id,
    year: values.year,
    personId: values.personId ?? '',
    target: values.target?.trim() ?? '',
    measures: values.measures?.trim() ?? '',
    mentorId: values.mentorId ?? null,
    startOn: text(values.startOn),
    dueOn: text(values.dueOn),
    status: values.status,
    result: values.result?.trim() ?? '',
    finishedOn: open ? null : text(values.finishedOn) || null
  }
}

interface Props {
  open: boolean
  /** The plan being edited (its notes below the form), or null for a new one. */
  plan: TrainingPlanView | null
  year: number
  roster: RosterChoices
  onClose(): void
  /** After a save or a note: the plan as main now has it. */
  onSaved(plan: TrainingPlanView, close: boolean): void
}

/** 人才培养计划: who, aiming at what, how, with which mentor, by when; then how it went. */
export function TrainingPlanForm({ open, plan, year, roster, onClose, onSaved }: Props) {
  const [form] = Form.useForm<PlanValues>()
  const call = useCall()
  const { message } = App.useApp()
  const [saving, setSaving] = useState(false)
  // The same plan reloaded after a note keeps what is typed in the form: only another plan refills it.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const loaded = useMemo(() => startValues(plan, year), [open, plan?.id])
  const guard = useUnsavedGuard(form, loaded, { active: open })
  const status = (Form.useWatch('status', form) as TrainingStatus | undefined) ?? loaded.status
  const personId = Form.useWatch('personId', form) as string | null | undefined
  const closed = !OPEN_TRAINING_STATUSES.includes(status)
  const staff = withKeptPerson(roster.people.filter((p) => !p.isOutsider), plan?.personId, plan?.personName)
  const mentors = withKeptPerson(roster.people, plan?.mentorId, plan?.mentorName)

  useEffect(() => {
    if (open) form.setFieldsValue(loaded)
  }, [open, loaded, form])

  /** A note may move the plan on (计划中 → 进行中): the status field follows unless the user changed it. */
  const noted = (saved: TrainingPlanView) => {
    if (plan && form.getFieldValue('status') === plan.status && saved.status !== plan.status) {
      form.setFieldValue('status', saved.status)
      guard.accept({ status: saved.status })
    }
    onSaved(saved, false)
  }

  const save = async () => {
    const draft = await checkedDraft(form, trainingPlanDraftSchema, (values: PlanValues) => toDraft(values, plan?.id))
    if (!draft) return
    setSaving(true)
    const saved = await call(api.compete.trainingPlanSave(draft))
    setSaving(false)
    if (!saved) return
    void message.success(plan ? '培养计划已修改' : '培养计划已保存')
    guard.accept()
    onSaved(saved, true)
  }

  return (
    <FormDrawer open={open} guard={guard} onClose={onClose} title={plan ? `培养计划 · ${plan.personName}` : '新增培养计划'} saving={saving} onSave={save}>
      <Form form={form} layout="vertical" requiredMark={false} initialValues={loaded}>
        <Row gutter={16}>
          <Col span={10}>
            <Form.Item label="培养对象" name="personId" rules={[{ required: true, message: '请选择培养对象' }]}>
              <PersonPicker people={staff} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item label="导师" name="mentorId" extra="师带徒的师傅或负责指导的人，可不填">
              <PersonPicker
                people={mentors}
                unavailable={personId ? new Map([[personId, '培养对象本人']]) : undefined}
                placeholder="选择导师"
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item label="年度" name="year" rules={[{ required: true, message: '请填写年度' }]}>
              <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="培养目标" name="target" rules={textRules(TARGET)} extra="要掌握的技能或取得的资格，例如：取得政务服务办事员（四级）职业技能等级证书">
          <LimitedInput limit={TARGET} />
        </Form.Item>
        <Form.Item label="培养措施" name="measures" rules={textRules(MEASURES)}>
          <LimitedTextArea limit={MEASURES} rows={2} placeholder="例如：师带徒结对，每周跟岗学习两个半天；每月参加业务培训" />
        </Form.Item>
        <Row gutter={16}>
          <Col span={6}>
            <Form.Item label="开始日期" name="startOn" rules={[{ required: true, message: '请选择开始日期' }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="完成期限" name="dueOn" rules={[{ required: true, message: '请选择完成期限' }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="状态" name="status">
              <Select aria-label="状态" options={TRAINING_STATUSES.map((s) => ({ value: s, label: TRAINING_STATUS_LABELS[s] }))} />
            </Form.Item>
          </Col>
          {closed && (
            <Col span={6}>
              <Form.Item label="结束日期" name="finishedOn" rules={[{ required: true, message: '请选择结束日期' }]}>
                <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
              </Form.Item>
            </Col>
          )}
        </Row>
        {closed && (
          <Form.Item label="培养结果" name="result" rules={textRules({ ...RESULT, required: true })}>
            <LimitedTextArea limit={RESULT} rows={2} placeholder="例如：已取得证书，能独立承担待遇审核岗位" />
          </Form.Item>
        )}
      </Form>
      {plan && (
        <>
          <Divider titlePlacement="start">进展记录</Divider>
          <Typography.Paragraph type="secondary">计划中的计划记下第一条进展后转为“进行中”。</Typography.Paragraph>
          <DatedLines
            what="进展记录"
            content={NOTE}
            placeholder="例如：参加业务培训2天，考核合格"
            lines={plan.notes}
            from={plan.startOn}
            onSave={async (line) => {
              const saved = await call(api.compete.trainingNoteSave({ planId: plan.id, ...line }))
              if (saved) noted(saved)
              return !!saved
            }}
            onDelete={async (line) => {
              const saved = await call(api.compete.trainingNoteDelete({ planId: plan.id, id: line.id }))
              if (saved) onSaved(saved, false)
              return !!saved
            }}
          />
        </>
      )}
    </FormDrawer>
  )
}
