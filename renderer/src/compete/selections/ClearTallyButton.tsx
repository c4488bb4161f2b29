import { App, Button, Form, Typography } from 'antd'
import { useState } from 'react'
import type { SelectionView } from '@shared/compete/selections/contract'
import { api } from '../../api/client'
import { useCall } from '../../api/useCall'
import { LimitedTextArea } from '../../components/LimitedText'
import { textRules, type TextLimit } from '../../components/text-limit'
import { GuardedModal, useUnsavedGuard } from '../../components/unsaved'

const REASON: TextLimit = { label: '清除原因', max: 300, required: true }

/** 清除计票: asks why first (kept in the selection's history), and says afterwards what went and what stayed. */
export function ClearTallyButton({ selection, onCleared }: { selection: SelectionView; onCleared: (view: SelectionView) => void }) {
  const call = useCall()
  const { message } = App.useApp()
  const [open, setOpen] = useState(false)
  const [form] = Form.useForm<{ reason: string }>()
  const guard = useUnsavedGuard(form, open ? { reason: '' } : undefined, { active: open })
  const decided = selection.nominations.some((n) => n.decision)

  const clear = async () => {
    const values = await form.validateFields().catch(() => undefined)
    if (!values) return
    const cleared = await call(api.compete.selectionTallyClear({ id: selection.id, reason: values.reason.trim() }))
    if (!cleared) return
    setOpen(false)
    void message.success(`已清除计票${decided ? '和会议决定' : ''}；推荐、推荐理由和事迹材料保留`)
    onCleared(cleared)
  }

  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        清除计票…
      </Button>
      <GuardedModal open={open} title="清除计票" okText="清除" okButtonProps={{ danger: true }} cancelText="取消" onOk={clear} guard={guard} onCancel={() => setOpen(false)} destroyOnHidden>
        <Typography.Paragraph>
          将清除发出、收回、有效、废票数和每人的得票{decided ? '，以及据此记录的会议决定' : ''}。推荐和事迹材料保留。原因会记入本评选的记录。
        </Typography.Paragraph>
        <Form form={form} layout="vertical" initialValues={{ reason: '' }}>
          <Form.Item label="清除原因" name="reason" rules={textRules(REASON)}>
            <LimitedTextArea limit={REASON} rows={2} autoFocus />
          </Form.Item>
        </Form>
      </GuardedModal>
    </>
  )
}
