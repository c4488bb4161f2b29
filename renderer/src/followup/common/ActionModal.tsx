import { Form } from 'antd'
import { useEffect, useState, type ReactNode } from 'react'
import { GuardedModal, useUnsavedGuard } from '../../components/unsaved'

interface Props<V extends object> {
  open: boolean
  title: string
  okText?: string
  /** What the form starts with; a new object each opening is fine (compared by value). */
  initialValues: V
  /** Saves; true closes the dialog (false: main refused, the form stays as typed). */
  onSubmit: (values: V) => Promise<boolean>
  onClose: () => void
  children: ReactNode
  width?: number
}

/**
 * A small form in a dialog (记录进展, 验收销号, 记录催办 …): asks before closing with unsaved input,
 * validates, and closes itself only when main accepted.
 */
export function ActionModal<V extends object>({ open, title, okText = '保存', initialValues, onSubmit, onClose, children, width = 560 }: Props<V>) {
  const [form] = Form.useForm<V>()
  const [saving, setSaving] = useState(false)
  const guard = useUnsavedGuard(form, open ? initialValues : undefined, { active: open })
  useEffect(() => {
    if (open) {
      form.resetFields()
      form.setFieldsValue(initialValues as never)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open])

  const submit = async () => {
    const ok = await form.validateFields().then(
      () => true,
      () => false
    )
    if (!ok) return
    setSaving(true)
    const done = await onSubmit({ ...initialValues, ...form.getFieldsValue(true) })
    setSaving(false)
    if (done) {
      guard.accept()
      onClose()
    }
  }

  return (
    <GuardedModal open={open} guard={guard} title={title} okText={okText} cancelText="取消" onOk={submit} confirmLoading={saving} onCancel={onClose} width={width} destroyOnHidden>
      <Form form={form} layout="horizontal" labelCol={{ flex: '96px' }} initialValues={initialValues} onFinish={submit}>
        {children}
      </Form>
    </GuardedModal>
  )
}
