import { Button, Form, Select, Space, type FormInstance } from 'antd'
import { useEffect, useState, type ReactNode } from 'react'
import { DEFAULT_DIMENSIONS, DEFAULT_SCALE } from '@shared/evaluate/public/model'
import { CancelButton, GuardedDrawer, useUnsavedGuard } from '../../components/unsaved'

/*
 * The drawer every channel log is edited in: the form loaded when it opens, guarded while it
 * differs, saved by the caller's `save` (which answers whether it saved).
 */
export function LogDrawer<V extends object>({
  title,
  loaded,
  form,
  save,
  onClose,
  children
}: {
  title: string
  loaded: V | undefined
  form: FormInstance<V>
  save: (values: V) => Promise<boolean>
  onClose: () => void
  children: ReactNode
}) {
  const [saving, setSaving] = useState(false)
  const guard = useUnsavedGuard(form, loaded, { active: loaded !== undefined })
  useEffect(() => {
    if (loaded) form.setFieldsValue(loaded as never)
  }, [loaded, form])
  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined)
    if (!values) return
    setSaving(true)
    await save(values)
    setSaving(false)
  }
  return (
    <GuardedDrawer
      open={loaded !== undefined}
      title={title}
      size="large"
      onClose={onClose}
      guard={guard}
      destroyOnHidden
      forceRender
      extra={
        <Space>
          <CancelButton />
          <Button type="primary" loading={saving} onClick={submit}>
            保存
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical">
        {children}
      </Form>
    </GuardedDrawer>
  )
}

/** 分项评价 on the four default levels, one select per dimension ('' = 未评). */
export function RatingFields() {
  return (
    <Form.Item label="分项评价（可只评部分项目）">
      <Space wrap>
        {DEFAULT_DIMENSIONS.map((d) => (
          <Form.Item key={d} name={['ratings', d]} label={d} style={{ marginBottom: 4 }}>
            <Select style={{ width: 110 }} allowClear placeholder="未评" options={DEFAULT_SCALE.map((s, i) => ({ value: i, label: s }))} />
          </Form.Item>
        ))}
      </Space>
    </Form.Item>
  )
}

export type RatingValues = Record<string, number | undefined | null>
export const ratingsIn = (list: { dimension: string; level: number }[]): RatingValues => Object.fromEntries(list.map((r) => [r.dimension, r.level]))
export const ratingsOut = (values: RatingValues | undefined) =>
  Object.entries(values ?? {})
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
    .map(([dimension, level]) => ({ dimension, level }))
