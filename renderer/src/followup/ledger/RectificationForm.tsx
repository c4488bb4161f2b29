import { App, Button, Form, InputNumber, Select, Space } from 'antd'
import { useEffect, useMemo, useState } from 'react'
import type { RectificationView } from '@shared/followup/contract'
import { FINDING_KIND_LABELS, FINDING_KINDS, type FindingKind } from '@shared/model/finding'
import { api } from '../../api/client'
import { useCall } from '../../api/useCall'
import { LimitedInput, LimitedTextArea } from '../../components/LimitedText'
import { PersonPicker } from '../../components/PersonPicker'
import { textRules, type TextLimit } from '../../components/text-limit'
import type { RosterChoices } from '../../components/useRosterChoices'
import { CancelButton, GuardedDrawer, useUnsavedGuard } from '../../components/unsaved'
import { DayInput } from '../common/DayInput'
import { HolderInput, holderRule, type HolderValue } from '../common/HolderInput'

/** The limits of main's draft schema (shared/followup/ledger.ts). */
const PROBLEM: TextLimit = { label: '存在问题', max: 300, required: true }
const SOURCE: TextLimit = { label: '问题来源', max: 100 }
const MEASURES: TextLimit = { label: '整改措施', max: 500 }

interface Values {
  year: number
  kind: FindingKind
  sourceTitle: string
  problem: string
  owner: HolderValue
  leaderId: string | null
  measures: string
  deadline: string | null
}

interface Props {
  open: boolean
  editing: RectificationView | null
  year: number
  roster: RosterChoices
  onClose: () => void
  onSaved: (item: RectificationView) => void
}

/** 整改事项 entered by hand, or the words of one from a finding (its source stays as it came). */
export function RectificationForm({ open, editing, year, roster, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>()
  const call = useCall()
  const { message } = App.useApp()
  const [saving, setSaving] = useState(false)
  const loaded = useMemo<Values>(
    () =>
      editing
        ? { year: editing.year, kind: editing.kind, sourceTitle: editing.sourceTitle, problem: editing.problem, owner: editing.owner, leaderId: editing.leaderId, measures: editing.measures, deadline: editing.deadline }
        : { year, kind: 'manual', sourceTitle: '', problem: '', owner: { kind: 'team', id: null }, leaderId: null, measures: '', deadline: null },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [open, editing]
  )
  const guard = useUnsavedGuard(form, open ? loaded : undefined, { active: open })
  useEffect(() => {
    if (open) form.setFieldsValue(loaded)
  }, [open, loaded, form])

  const save = async () => {
    const ok = await form.validateFields().then(
      () => true,
      () => false
    )
    if (!ok) return
    const v = form.getFieldsValue(true) as Values
    setSaving(true)
    const saved = await call(
      api.followup.rectificationSave({
        id: editing?.id,
        year: v.year,
        kind: v.kind,
        sourceTitle: v.sourceTitle?.trim() ?? '',
        problem: v.problem?.trim() ?? '',
        owner: v.owner,
        leaderId: v.leaderId ?? null,
        measures: v.measures?.trim() ?? '',
        deadline: v.deadline ?? ''
      })
    )
    setSaving(false)
    if (!saved) return
    guard.accept()
    void message.success(editing ? '整改事项已保存' : '已列入整改台账')
    onSaved(saved)
  }

  const fromFinding = Boolean(editing?.findingKey)
  return (
    <GuardedDrawer
      open={open}
      guard={guard}
      onClose={onClose}
      title={editing ? '修改整改事项' : '手工录入整改事项'}
      size={620}
      destroyOnHidden
      extra={
        <Space>
          <CancelButton />
          <Button type="primary" loading={saving} onClick={save}>
            保存
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" initialValues={loaded}>
        <Space size="large" wrap>
          <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]}>
            <InputNumber min={2000} max={2100} precision={0} style={{ width: 100 }} />
          </Form.Item>
          <Form.Item name="kind" label="来源类别" extra={fromFinding ? '从发现的问题列入，来源不可改' : undefined}>
            <Select disabled={fromFinding} style={{ width: 160 }} options={FINDING_KINDS.map((k) => ({ value: k, label: FINDING_KIND_LABELS[k] }))} />
          </Form.Item>
        </Space>
        <Form.Item name="sourceTitle" label="问题来源" rules={textRules(SOURCE)}>
          <LimitedInput limit={SOURCE} placeholder="如：第二季度意见箱开箱、特约监督员张德厚反映" />
        </Form.Item>
        <Form.Item name="problem" label="存在问题" rules={textRules(PROBLEM)}>
          <LimitedTextArea limit={PROBLEM} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        <Form.Item name="measures" label="整改措施" rules={textRules(MEASURES)}>
          <LimitedTextArea limit={MEASURES} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item name="owner" label="整改责任人" rules={[holderRule('整改责任人')]}>
          <HolderInput roster={roster} withUnit />
        </Form.Item>
        <Space size="large" wrap>
          <Form.Item name="leaderId" label="督导领导">
            <PersonPicker people={roster.people.filter((p) => p.isLeader)} placeholder="选择领导" style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="deadline" label="整改时限" rules={[{ required: true, message: '请选择整改时限' }]}>
            <DayInput />
          </Form.Item>
        </Space>
      </Form>
    </GuardedDrawer>
  )
}
