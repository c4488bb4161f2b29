import { Alert, Checkbox, Form } from 'antd'
import { useEffect, useMemo, useState } from 'react'
import type { LeaderReview } from '@shared/evaluate/leader/model'
import { api, errorMessage, unwrap } from '../../api/client'
import { LimitedTextArea } from '../../components/LimitedText'
import { textRules, type TextLimit } from '../../components/text-limit'
import { GuardedModal, useUnsavedGuard } from '../../components/unsaved'
import { DayPicker } from '../reviews/DayPicker'

const TEXT: TextLimit = { label: '回应及整改落实情况', max: 1000, required: true }

interface Values {
  text: string
  respondedOn: string | null
  fixedProblemIds: string[]
}

/** The reviewed team's answer (回应 / 整改落实), with the problems it reports fixed. */
export function ResponseModal({ review, onClose, onSaved }: { review: LeaderReview | null; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<Values>()
  const [refusal, setRefusal] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const loaded = useMemo<Values | undefined>(
    () => (review ? { text: review.response?.text ?? '', respondedOn: review.response?.respondedOn ?? null, fixedProblemIds: review.response?.fixedProblemIds ?? [] } : undefined),
    [review]
  )
  const guard = useUnsavedGuard(form, loaded, { active: review !== null })
  useEffect(() => {
    if (loaded) {
      form.resetFields()
      form.setFieldsValue(loaded)
      setRefusal(null)
    }
  }, [loaded, form])

  const save = async () => {
    const v = await form.validateFields().catch(() => undefined)
    if (!v || !review) return
    setSaving(true)
    try {
      await unwrap(api.evaluate.leaderReviewRespond({ id: review.id, response: { text: v.text.trim(), respondedOn: v.respondedOn ?? '', fixedProblemIds: v.fixedProblemIds ?? [] } }))
      onSaved()
    } catch (error) {
      setRefusal(errorMessage(error))
    } finally {
      setSaving(false)
    }
  }

  return (
    <GuardedModal open={review !== null} guard={guard} onCancel={onClose} onOk={save} confirmLoading={saving} okText="保存" cancelText="取消" title="记录回应及整改落实" destroyOnHidden forceRender>
      <Form form={form} layout="vertical" onValuesChange={() => setRefusal(null)}>
        {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 12 }} />}
        <Form.Item label="回应及整改落实情况" name="text" rules={textRules(TEXT)}>
          <LimitedTextArea limit={TEXT} rows={4} />
        </Form.Item>
        <Form.Item label="回应日期" name="respondedOn" rules={[{ required: true, message: '请选择回应日期' }]}>
          <DayPicker />
        </Form.Item>
        <Form.Item label="已整改的问题" name="fixedProblemIds">
          <Checkbox.Group options={(review?.problems ?? []).map((p, n) => ({ value: p.id, label: `${n + 1}.${p.text}` }))} style={{ display: 'flex', flexDirection: 'column' }} />
        </Form.Item>
      </Form>
    </GuardedModal>
  )
}
