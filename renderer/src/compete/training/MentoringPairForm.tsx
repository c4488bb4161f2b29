import { App, Col, DatePicker, Divider, Form, InputNumber, Radio, Row, Select } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useEffect, useMemo, useState } from 'react'
import type { MentoringPairView } from '@shared/compete/training/contract'
import {
  FOUR_HELPS,
  mentoringPairDraftSchema,
  PAIR_KIND_LABELS,
  PAIR_KINDS,
  PAIR_STATUS_LABELS,
  PAIR_STATUSES,
  type MentoringPairDraft,
  type PairKind,
  type PairStatus
} from '@shared/compete/training/model'
import { api } from '../../api/client'
import { useCall } from '../../api/useCall'
import { LimitedTextArea } from '../../components/LimitedText'
import { PersonPicker, TeamPicker } from '../../components/PersonPicker'
import { textRules, type TextLimit } from '../../components/text-limit'
import type { RosterChoices } from '../../components/useRosterChoices'
import { useUnsavedGuard } from '../../components/unsaved'
import { DatedLines } from './DatedLines'
import { withKeptPerson, withKeptTeam } from './kept-choices'
import { FormDrawer } from './parts'
import { checkedDraft } from './zod-fields'

/** The limits of main's pair schema (shared/compete/training/model.ts). */
const GOALS: TextLimit = { label: '帮扶目标', max: 500, required: true }
const OUTCOME: TextLimit = { label: '帮扶成效', max: 500 }
const RECORD: TextLimit = { label: '帮扶内容', max: 300, required: true }

interface PairValues {
  year: number
  kind: PairKind
  helperId: string | null
  helpedPersonId: string | null
  helpedTeamId: string | null
  goals: string
  startOn: Dayjs | null
  status: PairStatus
  outcome: string
}

function startValues(pair: MentoringPairView | null, year: number): PairValues {
  if (!pair) return { year, kind: 'person', helperId: null, helpedPersonId: null, helpedTeamId: null, goals: `${FOUR_HELPS}：`, startOn: dayjs(), status: 'active', outcome: '' }
  return { ...pair, startOn: dayjs(pair.startOn) }
}

function toDraft(values: PairValues, id?: string): MentoringPairDraft {
  return {
    id,
    year: values.year,
    kind: values.kind,
    helperId: values.helperId ?? '',
    helpedPersonId: values.kind === 'person' ? (values.helpedPersonId ?? null) : null,
    helpedTeamId: values.kind === 'team' ? (values.helpedTeamId ?? null) : null,
    goals: values.goals?.trim() ?? '',
    startOn: values.startOn?.format('YYYY-MM-DD') ?? '',
    status: values.status,
    outcome: values.outcome?.trim() ?? ''
  }
}

interface Props {
  open: boolean
  pair: MentoringPairView | null
  year: number
  roster: RosterChoices
  onClose(): void
  onSaved(pair: MentoringPairView, close: boolean): void
}

/** 四帮四促结对: a helper and the person helped, or a leader and the team linked to; goals, help records, outcome. */
export function MentoringPairForm({ open, pair, year, roster, onClose, onSaved }: Props) {
  const [form] = Form.useForm<PairValues>()
  const call = useCall()
  const { message } = App.useApp()
  const [saving, setSaving] = useState(false)
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const loaded = useMemo(() => startValues(pair, year), [open, pair?.id])
  const guard = useUnsavedGuard(form, loaded, { active: open })
  const kind = (Form.useWatch('kind', form) as PairKind | undefined) ?? loaded.kind
  const status = (Form.useWatch('status', form) as PairStatus | undefined) ?? loaded.status
  const helperId = Form.useWatch('helperId', form) as string | null | undefined
  // A team is linked to a leader; a roster with no one marked 领导干部 offers everyone.
  const leaders = roster.people.filter((p) => p.isLeader)
  const helpers = withKeptPerson(kind === 'team' && leaders.length ? leaders : roster.people, pair?.helperId, pair?.helperName)
  const helped = withKeptPerson(roster.people, pair?.helpedPersonId, pair?.helpedName)
  const teams = withKeptTeam(roster.teams, pair?.helpedTeamId, pair?.helpedName)

  useEffect(() => {
    if (open) form.setFieldsValue(loaded)
  }, [open, loaded, form])

  const save = async () => {
    const draft = await checkedDraft(form, mentoringPairDraftSchema, (values: PairValues) => toDraft(values, pair?.id))
    if (!draft) return
    setSaving(true)
    const saved = await call(api.compete.mentoringPairSave(draft))
    setSaving(false)
    if (!saved) return
    void message.success(pair ? '结对已修改' : '结对已保存')
    guard.accept()
    onSaved(saved, true)
  }

  return (
    <FormDrawer open={open} guard={guard} onClose={onClose} title={pair ? `四帮四促结对 · ${pair.helperName} → ${pair.helpedName}` : '新增四帮四促结对'} saving={saving} onSave={save}>
      <Form form={form} layout="vertical" requiredMark={false} initialValues={loaded}>
        <Row gutter={16}>
          <Col span={14}>
            <Form.Item label="结对方式" name="kind">
              <Radio.Group optionType="button" options={PAIR_KINDS.map((k) => ({ value: k, label: PAIR_KIND_LABELS[k] }))} />
            </Form.Item>
          </Col>
          <Col span={5}>
            <Form.Item label="年度" name="year" rules={[{ required: true, message: '请填写年度' }]}>
              <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={5}>
            <Form.Item label="结对日期" name="startOn" rules={[{ required: true, message: '请选择结对日期' }]}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item label={kind === 'team' ? '联系领导' : '帮扶人'} name="helperId" rules={[{ required: true, message: '请选择帮扶人' }]}>
              <PersonPicker people={helpers} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            {kind === 'person' ? (
              <Form.Item label="帮扶对象" name="helpedPersonId" rules={[{ required: true, message: '请选择帮扶对象' }]}>
                <PersonPicker people={helped} unavailable={helperId ? new Map([[helperId, '帮扶人本人']]) : undefined} style={{ width: '100%' }} />
              </Form.Item>
            ) : (
              <Form.Item label="联系班组" name="helpedTeamId" rules={[{ required: true, message: '请选择联系班组' }]}>
                <TeamPicker teams={teams} />
              </Form.Item>
            )}
          </Col>
        </Row>
        <Form.Item label="帮扶目标" name="goals" rules={textRules(GOALS)}>
          <LimitedTextArea limit={GOALS} rows={3} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={6}>
            <Form.Item label="状态" name="status">
              <Select aria-label="结对状态" options={PAIR_STATUSES.map((s) => ({ value: s, label: PAIR_STATUS_LABELS[s] }))} />
            </Form.Item>
          </Col>
          <Col span={18}>
            <Form.Item label="帮扶成效" name="outcome" rules={textRules({ ...OUTCOME, required: status === 'finished' })} extra={status === 'finished' ? undefined : '结对结束时必填'}>
              <LimitedTextArea limit={OUTCOME} rows={2} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {pair && (
        <>
          <Divider titlePlacement="start">帮扶记录</Divider>
          <DatedLines
            what="帮扶记录"
            content={RECORD}
            placeholder="例如：谈心谈话一次，讲解窗口服务规范"
            lines={pair.records}
            from={pair.startOn}
            onSave={async (line) => {
              const saved = await call(api.compete.mentoringRecordSave({ pairId: pair.id, ...line }))
              if (saved) onSaved(saved, false)
              return !!saved
            }}
            onDelete={async (line) => {
              const saved = await call(api.compete.mentoringRecordDelete({ pairId: pair.id, id: line.id }))
              if (saved) onSaved(saved, false)
              return !!saved
            }}
          />
        </>
      )}
    </FormDrawer>
  )
}
