import { App, Form, Radio } from 'antd'
import { CHASE_WAY_LABELS, CHASE_WAYS, type ChaseSubject, type ChaseWay } from '@shared/followup/ledger'
import { api } from '../../api/client'
import { useCall } from '../../api/useCall'
import { LimitedInput, LimitedTextArea } from '../../components/LimitedText'
import { textRules, type TextLimit } from '../../components/text-limit'
import { ActionModal } from '../common/ActionModal'
import { DayInput, todayDay } from '../common/DayInput'

const TO_WHOM: TextLimit = { label: '催办对象', max: 40, required: true }
const ASKED: TextLimit = { label: '催办要求', max: 300 }
const REPLY: TextLimit = { label: '回复情况', max: 300 }

interface Values {
  on: string | null
  way: ChaseWay
  toWhom: string
  asked: string
  reply: string
  repliedOn: string | null
}

interface Props {
  subject: ChaseSubject | null
  onClose: () => void
  onSaved: () => void
}

/** 记录催办: when, how (通知单/电话/当面/会议), to whom, what was asked and what they answered. */
export function ChaseModal({ subject, onClose, onSaved }: Props) {
  const call = useCall()
  const { message } = App.useApp()
  const submit = async (v: Values) => {
    if (!subject) return false
    const saved = await call(
      api.followup.chaseSave({ subject, on: v.on ?? '', way: v.way, toWhom: v.toWhom?.trim() ?? '', asked: v.asked?.trim() ?? '', reply: v.reply?.trim() ?? '', repliedOn: v.repliedOn ?? null })
    )
    if (!saved) return false
    void message.success(`已记录${saved.on}的催办（${CHASE_WAY_LABELS[saved.way]}）`)
    onSaved()
    return true
  }
  return (
    <ActionModal<Values>
      open={subject !== null}
      title={`记录催办 · ${subject?.title ?? ''}`}
      initialValues={{ on: todayDay(), way: 'notice', toWhom: subject?.ownerName ?? '', asked: '', reply: '', repliedOn: null }}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item name="on" label="催办日期" rules={[{ required: true, message: '请选择催办日期' }]}>
        <DayInput />
      </Form.Item>
      <Form.Item name="way" label="催办方式">
        <Radio.Group optionType="button" options={CHASE_WAYS.map((w) => ({ value: w, label: CHASE_WAY_LABELS[w] }))} />
      </Form.Item>
      <Form.Item name="toWhom" label="催办对象" rules={textRules(TO_WHOM)}>
        <LimitedInput limit={TO_WHOM} />
      </Form.Item>
      <Form.Item name="asked" label="催办要求" rules={textRules(ASKED)}>
        <LimitedTextArea limit={ASKED} autoSize={{ minRows: 2 }} />
      </Form.Item>
      <Form.Item name="reply" label="回复情况" rules={textRules(REPLY)}>
        <LimitedTextArea limit={REPLY} autoSize={{ minRows: 2 }} placeholder="尚未回复可不填" />
      </Form.Item>
      <Form.Item name="repliedOn" label="回复日期">
        <DayInput placeholder="尚未回复" />
      </Form.Item>
    </ActionModal>
  )
}
