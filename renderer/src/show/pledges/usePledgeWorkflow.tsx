import { App, Form } from 'antd'
import { useState } from 'react'
import type { PledgeView } from '@shared/show/contract'
import { PLEDGE_ACTION_LABELS, type PledgeAction } from '@shared/show/model'
import { api } from '../../api/client'
import { useCall } from '../../api/useCall'
import { LimitedTextArea } from '../../components/LimitedText'
import { textRules, type TextLimit } from '../../components/text-limit'
import { GuardedModal, useUnsavedGuard } from '../../components/unsaved'

const NO_REASON = { reason: '' }
const REASON: TextLimit = { label: '退回原因', max: 300, required: true }

/** The moves every chosen pledge allows, in the workflow's order: what a batch may do. */
export function commonActions(pledges: readonly Pick<PledgeView, 'allowedActions'>[]): PledgeAction[] {
  if (!pledges.length) return []
  const [first, ...rest] = pledges
  return first.allowedActions.filter((action) => rest.every((p) => p.allowedActions.includes(action)))
}

/**
 * Moves pledges along 草拟 → 审核 → 公开 → 践诺 → 评诺. 退回 asks for the reason first; main checks
 * every move again and applies a batch all or nothing.
 */
export function usePledgeWorkflow(onChanged: (moved: PledgeView[]) => void) {
  const call = useCall()
  const { message } = App.useApp()
  const [returning, setReturning] = useState<string[] | null>(null)
  const [busy, setBusy] = useState(false)
  const [form] = Form.useForm<{ reason: string }>()
  const guard = useUnsavedGuard(form, NO_REASON, { active: returning !== null })

  const apply = async (ids: string[], action: PledgeAction, reason = '') => {
    setBusy(true)
    const moved = ids.length === 1 ? await call(api.show.pledgeTransition({ id: ids[0], action, reason })).then((p) => p && [p]) : await call(api.show.pledgeTransitionMany({ ids, action, reason }))
    setBusy(false)
    if (!moved) return false
    void message.success(ids.length === 1 ? `已${PLEDGE_ACTION_LABELS[action]}` : `已${PLEDGE_ACTION_LABELS[action]} ${moved.length} 条承诺`)
    onChanged(moved)
    return true
  }

  const run = (ids: string[], action: PledgeAction) => {
    if (action === 'return') {
      form.resetFields()
      setReturning(ids)
      return
    }
    void apply(ids, action)
  }

  const reasonModal = (
    <GuardedModal
      open={returning !== null}
      title={returning && returning.length > 1 ? `退回 ${returning.length} 条承诺` : '退回修改'}
      okText="退回"
      cancelText="取消"
      confirmLoading={busy}
      destroyOnHidden
      guard={guard}
      onCancel={() => setReturning(null)}
      onOk={async () => {
        const values = await form.validateFields().catch(() => undefined)
        if (values && returning && (await apply(returning, 'return', values.reason.trim()))) setReturning(null)
      }}
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item label="退回原因" name="reason" rules={textRules(REASON)} extra="原因会显示给承诺人，便于修改">
          <LimitedTextArea limit={REASON} rows={3} placeholder="例如：承诺内容较笼统，请写明可衡量的标准" />
        </Form.Item>
      </Form>
    </GuardedModal>
  )

  return { run, busy, reasonModal }
}
