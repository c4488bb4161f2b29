import { App, Form, InputNumber, Radio, Switch } from 'antd'
import { useEffect, useMemo, useState } from 'react'
import { NOMINEE_KIND_LABELS, NOMINEE_KINDS, type SelectionTitle } from '@shared/compete/selections/model'
import { api } from '../../api/client'
import { useCall } from '../../api/useCall'
import { LimitedInput, LimitedTextArea } from '../../components/LimitedText'
import { textRules, type TextLimit } from '../../components/text-limit'
import { GuardedModal, useUnsavedGuard } from '../../components/unsaved'

type Values = Pick<SelectionTitle, 'name' | 'nominee' | 'membersOnly' | 'quota' | 'criteria'>

const NAME: TextLimit = { label: '称号名称', max: 20, required: true }
const CRITERIA: TextLimit = { label: '评选条件', max: 500 }

/** Adds a title or changes one (the built-in titles too). */
export function TitleForm({ editing, onClose, onSaved }: { editing: Partial<SelectionTitle> | null; onClose: () => void; onSaved: () => void }) {
  const call = useCall()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const [saving, setSaving] = useState(false)
  const loaded = useMemo<Values | undefined>(
    () => (editing ? { name: editing.name ?? '', nominee: editing.nominee ?? 'person', membersOnly: editing.membersOnly ?? false, quota: editing.quota ?? 1, criteria: editing.criteria ?? '' } : undefined),
    [editing]
  )
  const guard = useUnsavedGuard(form, loaded, { active: editing !== null })
  const nominee = Form.useWatch('nominee', form)

  useEffect(() => {
    if (loaded) form.setFieldsValue(loaded)
  }, [loaded, form])

  const save = async () => {
    const values = await form.validateFields().catch(() => undefined)
    if (!values || !editing) return
    setSaving(true)
    const saved = await call(api.compete.selectionTitleSave({ ...values, id: editing.id, membersOnly: values.nominee === 'person' && values.membersOnly }))
    setSaving(false)
    if (saved) {
      void message.success(`称号“${saved.name}”已保存`)
      onSaved()
    }
  }

  return (
    <GuardedModal open={editing !== null} title={editing?.id ? '编辑称号' : '新增称号'} okText="保存" cancelText="取消" confirmLoading={saving} onOk={save} guard={guard} onCancel={onClose} destroyOnHidden forceRender>
      <Form form={form} layout="vertical">
        <Form.Item label="称号名称" name="name" rules={textRules(NAME)}>
          <LimitedInput limit={NAME} autoFocus />
        </Form.Item>
        <Form.Item label="评选对象" name="nominee">
          <Radio.Group options={NOMINEE_KINDS.map((kind) => ({ value: kind, label: NOMINEE_KIND_LABELS[kind] }))} />
        </Form.Item>
        {nominee === 'person' && (
          <Form.Item label="仅限党员" name="membersOnly" valuePropName="checked" extra="如党员示范岗：只能推荐正式党员和预备党员">
            <Switch />
          </Form.Item>
        )}
        <Form.Item label="名额" name="quota" rules={[{ required: true, message: '请填写名额' }]} extra="每次评选最多当选的人数；测评票上印“同意人数不得超过N名”">
          <InputNumber min={1} max={99} precision={0} suffix="名" style={{ width: 120 }} />
        </Form.Item>
        <Form.Item label="评选条件" name="criteria" rules={textRules(CRITERIA)}>
          <LimitedTextArea limit={CRITERIA} rows={4} />
        </Form.Item>
      </Form>
    </GuardedModal>
  )
}
