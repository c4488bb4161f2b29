import { App, Form, Select } from 'antd'
import { useEffect, useMemo, useState } from 'react'
import { PHRASE_CATEGORIES, PHRASE_CATEGORY_LABELS, type TipPhrase } from '@shared/show/model'
import { api } from '../../api/client'
import { useCall } from '../../api/useCall'
import { LimitedInput, LimitedTextArea } from '../../components/LimitedText'
import { textRules, type TextLimit } from '../../components/text-limit'
import { GuardedModal, useUnsavedGuard } from '../../components/unsaved'

type Values = Pick<TipPhrase, 'category' | 'text' | 'source'>

const TEXT: TextLimit = { label: '提示语', max: 80, required: true }
const SOURCE: TextLimit = { label: '出处', max: 30 }

/** Adds a phrase or changes one (built-in phrases too; 恢复默认 brings those back). */
export function PhraseForm({ editing, onClose, onSaved }: { editing: Partial<TipPhrase> | null; onClose: () => void; onSaved: () => void }) {
  const call = useCall()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const [saving, setSaving] = useState(false)
  const loaded = useMemo<Values | undefined>(() => editing ? { category: editing.category ?? 'motto', text: editing.text ?? '', source: editing.source ?? '' } : undefined, [editing])
  const guard = useUnsavedGuard(form, loaded, { active: editing !== null })

  useEffect(() => {
    if (loaded) form.setFieldsValue(loaded)
  }, [loaded, form])

  const save = async () => {
    const values = await form.validateFields().catch(() => undefined)
    if (!values || !editing) return
    setSaving(true)
    const saved = await call(api.show.phraseSave({ id: editing.id, category: values.category, text: values.text.trim(), source: values.source?.trim() ?? '' }))
    setSaving(false)
    if (saved) {
      void message.success('提示语已保存')
      onSaved()
    }
  }

  return (
    <GuardedModal
      open={editing !== null}
      title={editing?.id ? '编辑提示语' : '新增提示语'}
      okText="保存"
      cancelText="取消"
      confirmLoading={saving}
      onOk={save}
      guard={guard}
      onCancel={onClose}
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical">
        <Form.Item label="类别" name="category" rules={[{ required: true, message: '请选择类别' }]}>
          <Select options={PHRASE_CATEGORIES.map((c) => ({ value: c, label: PHRASE_CATEGORY_LABELS[c] }))} />
        </Form.Item>
        <Form.Item label="提示语" name="text" rules={textRules(TEXT)}>
          <LimitedTextArea limit={TEXT} rows={2} />
        </Form.Item>
        <Form.Item label="出处" name="source" rules={textRules(SOURCE)} extra="格言警句可注明出处，印在提示语下方">
          <LimitedInput limit={SOURCE} />
        </Form.Item>
      </Form>
    </GuardedModal>
  )
}
