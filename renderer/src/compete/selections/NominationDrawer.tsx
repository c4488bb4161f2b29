import { App, Button, Form, Space, Typography } from 'antd'
import { useEffect, useMemo, useState } from 'react'
import type { NominationView, SelectionView } from '@shared/compete/selections/contract'
import { DEEDS_MAX, REASONS_MAX } from '@shared/compete/selections/model'
import { api } from '../../api/client'
import { useCall } from '../../api/useCall'
import { LimitedInput, LimitedTextArea } from '../../components/LimitedText'
import { PersonPicker, TeamPicker } from '../../components/PersonPicker'
import { textRules, type TextLimit } from '../../components/text-limit'
import { CancelButton, GuardedDrawer, useUnsavedGuard } from '../../components/unsaved'
import type { RosterChoices } from '../../components/useRosterChoices'

interface Values {
  nomineeId: string | undefined
  recommendedBy: string
  reasons: string
  deeds: string
}

const RECOMMENDED_BY: TextLimit = { label: '推荐单位', max: 30 }
const REASONS: TextLimit = { label: '推荐理由', max: REASONS_MAX, required: true }
const DEEDS: TextLimit = { label: '事迹材料', max: DEEDS_MAX }

/** One nomination: who, put forward by whom, why, and the 事迹材料 printed on the 推荐审批表. */
export function NominationDrawer({
  selection,
  editing,
  roster,
  onClose,
  onSaved
}: {
  selection: SelectionView
  editing: NominationView | 'new' | null
  roster: RosterChoices
  onClose: () => void
  onSaved: (view: SelectionView) => void
}) {
  const call = useCall()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const [saving, setSaving] = useState(false)
  const existing = editing && editing !== 'new' ? editing : null
  const loaded = useMemo<Values | undefined>(
    () => (editing ? { nomineeId: existing?.nomineeId, recommendedBy: existing?.recommendedBy ?? '', reasons: existing?.reasons ?? '', deeds: existing?.deeds ?? '' } : undefined),
    [editing, existing]
  )
  const guard = useUnsavedGuard(form, loaded, { active: editing !== null })
  const locked = Boolean(selection.tally)

  useEffect(() => {
    if (loaded) form.setFieldsValue(loaded)
  }, [loaded, form])

  /** Who cannot be put forward, and why, beside the name. */
  const unavailable = useMemo(() => {
    const why = new Map<string, string>()
    for (const n of selection.nominations) if (n.id !== existing?.id) why.set(n.nomineeId, '已被推荐')
    for (const p of roster.people) {
      if (why.has(p.id)) continue
      if (p.isOutsider) why.set(p.id, '单位外人员')
      else if (selection.membersOnly && p.politicalStatus !== 'member' && p.politicalStatus !== 'probationary') why.set(p.id, '不是党员')
    }
    return why
  }, [selection, roster.people, existing])

  const save = async (another: boolean) => {
    const values = await form.validateFields().catch(() => undefined)
    if (!values?.nomineeId) return
    setSaving(true)
    const saved = await call(api.compete.nominationSave({ id: existing?.id, selectionId: selection.id, nomineeId: values.nomineeId, recommendedBy: values.recommendedBy.trim(), reasons: values.reasons.trim(), deeds: values.deeds.trim() }))
    setSaving(false)
    if (!saved) return
    void message.success('推荐已保存')
    if (another) {
      form.setFieldsValue({ nomineeId: undefined, reasons: '', deeds: '' })
      guard.accept({ nomineeId: undefined, reasons: '', deeds: '' })
    }
    onSaved(saved)
    if (!another) onClose()
  }

  return (
    <GuardedDrawer
      open={editing !== null}
      title={existing ? `修改推荐 · ${existing.nomineeName}` : `推荐 · ${selection.titleName}`}
      size={640}
      guard={guard}
      onClose={onClose}
      destroyOnHidden
      forceRender
      extra={
        <Space>
          <CancelButton />
          {!existing && (
            <Button loading={saving} onClick={() => save(true)}>
              保存并推荐下一位
            </Button>
          )}
          <Button type="primary" loading={saving} onClick={() => save(false)}>
            保存
          </Button>
        </Space>
      }
    >
      {selection.criteria && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 16 }}>
          评选条件：{selection.criteria}
        </Typography.Paragraph>
      )}
      <Form form={form} layout="vertical">
        <Form.Item
          label={selection.nomineeKind === 'team' ? '被推荐集体' : '被推荐人'}
          name="nomineeId"
          rules={[{ required: true, message: selection.nomineeKind === 'team' ? '请选择被推荐的班组或窗口' : '请选择被推荐人' }]}
          extra={locked && existing ? '已录入计票，被推荐人不能更换' : undefined}
        >
          {selection.nomineeKind === 'team' ? (
            <TeamPicker teams={roster.teams} unavailable={unavailable} placeholder="选择班组或窗口" />
          ) : (
            <PersonPicker people={roster.people.filter((p) => !p.deletedAt)} unavailable={unavailable} disabled={locked} />
          )}
        </Form.Item>
        <Form.Item label="推荐单位" name="recommendedBy" rules={textRules(RECOMMENDED_BY)} extra="如：综合受理窗口、党小组、职工代表联名">
          <LimitedInput limit={RECOMMENDED_BY} />
        </Form.Item>
        <Form.Item label="推荐理由" name="reasons" rules={textRules(REASONS)}>
          <LimitedTextArea limit={REASONS} rows={3} />
        </Form.Item>
        <Form.Item label="事迹材料" name="deeds" rules={textRules(DEEDS)} extra="一般600至1500字，印在推荐审批表上">
          <LimitedTextArea limit={DEEDS} rows={12} />
        </Form.Item>
      </Form>
    </GuardedDrawer>
  )
}
