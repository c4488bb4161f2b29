import { Alert, App, Button, DatePicker, Form, Input, Popconfirm, Space } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useMemo, useState } from 'react'
import type { ContestView } from '@shared/compete/contests/contract'
import { noticeEnd } from '@shared/rules/working-days'
import { api } from '../../api/client'
import { useCall } from '../../api/useCall'
import { CancelButton, GuardedModal, useUnsavedGuard } from '../../components/unsaved'

/*
 * 草稿 → 成绩公示 → 定稿, and back: each step asks first and says afterwards what it did. What
 * still stands in the way of the notice is listed instead of a button that does nothing.
 */

interface Props {
  contest: ContestView
  onChanged: (view: ContestView) => void
}

export function LifecycleBar({ contest, onChanged }: Props) {
  const call = useCall()
  const { message } = App.useApp()
  const [asking, setAsking] = useState<'publish' | 'reopen' | null>(null)
  const done = (view: ContestView | undefined, said: string) => {
    if (!view) return
    setAsking(null)
    void message.success(said)
    onChanged(view)
  }
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {contest.status === 'draft' && contest.blockers.length > 0 && (
        <Alert type="warning" showIcon title="还不能成绩公示" description={<ul style={{ margin: 0, paddingInlineStart: 20 }}>{contest.blockers.map((b) => <li key={b}>{b}</li>)}</ul>} />
      )}
      <Space wrap>
        {contest.status === 'draft' && (
          <Button type="primary" disabled={contest.blockers.length > 0} onClick={() => setAsking('publish')}>
            成绩公示…
          </Button>
        )}
        {contest.status === 'notice' && (
          <>
            <Popconfirm title="撤回成绩公示？" description="回到草稿，可以再修改成绩；公示期作废。" okText="撤回" cancelText="不撤回" onConfirm={async () => done(await call(api.compete.contestWithdraw({ id: contest.id })), '已撤回成绩公示，回到草稿')}>
              <Button>撤回公示</Button>
            </Popconfirm>
            <Popconfirm title="成绩定稿？" description="定稿后成绩锁定，不能再修改；确需修改时要填写原因重新打开。" okText="定稿" cancelText="暂不" onConfirm={async () => done(await call(api.compete.contestFinalize({ id: contest.id })), `「${contest.name}」已定稿，成绩已锁定`)}>
              <Button type="primary">定稿</Button>
            </Popconfirm>
          </>
        )}
        {contest.status === 'final' && <Button onClick={() => setAsking('reopen')}>重新打开…</Button>}
      </Space>
      {asking === 'publish' && <PublishModal contest={contest} onCancel={() => setAsking(null)} onDone={(view) => done(view, `已开始成绩公示：${view.noticeFrom} 至 ${view.noticeTo}`)} />}
      {asking === 'reopen' && <ReopenModal contest={contest} onCancel={() => setAsking(null)} onDone={(view) => done(view, '已重新打开，原结果和原因已记录；改完后请重新公示、定稿')} />}
    </Space>
  )
}

function PublishModal({ contest, onCancel, onDone }: { contest: ContestView; onCancel: () => void; onDone: (view: ContestView) => void }) {
  const [form] = Form.useForm<{ from: Dayjs; to: Dayjs }>()
  const call = useCall()
  const loaded = useMemo(() => {
    const from = dayjs()
    return { from, to: dayjs(noticeEnd(from.format('YYYY-MM-DD'), 5)) }
  }, [])
  const guard = useUnsavedGuard(form, loaded)
  const submit = async () => {
    const { from, to } = await form.validateFields()
    const view = await call(api.compete.contestPublish({ id: contest.id, from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') }))
    if (view) onDone(view)
  }
  return (
    <GuardedModal open guard={guard} onCancel={onCancel} title={`成绩公示 · ${contest.name}`} footer={<Space><CancelButton /><Button type="primary" onClick={submit}>开始公示</Button></Space>}>
      <Form form={form} layout="vertical" initialValues={loaded} requiredMark={false}>
        <Form.Item label="公示开始日期" name="from" rules={[{ required: true, message: '请选择公示开始日期' }]}>
          <DatePicker onChange={(d) => d && form.setFieldValue('to', dayjs(noticeEnd(d.format('YYYY-MM-DD'), 5)))} />
        </Form.Item>
        <Form.Item label="公示截止日期" name="to" extra="默认5个工作日（周一至周五；遇节假日请顺延）" rules={[{ required: true, message: '请选择公示截止日期' }]}>
          <DatePicker />
        </Form.Item>
      </Form>
    </GuardedModal>
  )
}

function ReopenModal({ contest, onCancel, onDone }: { contest: ContestView; onCancel: () => void; onDone: (view: ContestView) => void }) {
  const [form] = Form.useForm<{ reason: string }>()
  const call = useCall()
  const loaded = useMemo(() => ({ reason: '' }), [])
  const guard = useUnsavedGuard(form, loaded)
  const submit = async () => {
    const { reason } = await form.validateFields()
    const view = await call(api.compete.contestReopen({ id: contest.id, reason }))
    if (view) onDone(view)
  }
  return (
    <GuardedModal open guard={guard} onCancel={onCancel} title={`重新打开 · ${contest.name}`} footer={<Space><CancelButton /><Button type="primary" danger onClick={submit}>重新打开</Button></Space>}>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title="重新打开后回到草稿，可以修改成绩；现在的名次和奖项会与原因一起保存，重新定稿时再记下新的结果。" />
      <Form form={form} layout="vertical" initialValues={loaded} requiredMark={false}>
        <Form.Item label="原因" name="reason" rules={[{ required: true, whitespace: true, message: '请填写重新打开的原因' }, { max: 300, message: '原因不超过300个字' }]}>
          <Input.TextArea rows={3} placeholder="例如：评委张卫东的评分表实操一栏抄错" />
        </Form.Item>
      </Form>
    </GuardedModal>
  )
}
