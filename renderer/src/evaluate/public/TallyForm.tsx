import { App, Form, Input, InputNumber, Table } from 'antd'
import { useEffect, useMemo, useState } from 'react'
import type { PublicTally, Questionnaire } from '@shared/evaluate/public/model'
import { api } from '../../api/client'
import { useCall } from '../../api/useCall'
import { GuardedModal, useUnsavedGuard } from '../../components/unsaved'

interface Values {
  returned: number | null
  counts: (number | null)[][]
  kinds: (number | null)[]
  note: string
}

/**
 * A batch of paper counted by hand: per dimension how many ticked each level; the rest of 收回份数
 * is invalid. With `tally`, that batch is corrected in place.
 */
export function TallyForm({ questionnaire: q, tally, open, onClose, onSaved }: { questionnaire: Questionnaire; tally?: PublicTally; open: boolean; onClose: () => void; onSaved: (said: string) => void }) {
  const call = useCall()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const [saving, setSaving] = useState(false)
  const loaded = useMemo<Values | undefined>(() => {
    if (!open) return undefined
    if (tally) return { returned: tally.returned, counts: q.dimensions.map((_, d) => q.scale.map((_, l) => tally.counts[d]?.[l] ?? 0)), kinds: q.respondentKinds.map((_, k) => tally.kinds[k] ?? null), note: tally.note }
    return { returned: null, counts: q.dimensions.map(() => q.scale.map(() => null)), kinds: q.respondentKinds.map(() => null), note: '' }
  }, [open, q, tally])
  const guard = useUnsavedGuard(form, loaded, { active: open })
  useEffect(() => {
    if (loaded) form.setFieldsValue(loaded)
  }, [loaded, form])

  const save = async () => {
    const v = await form.validateFields().catch(() => undefined)
    if (!v) return
    setSaving(true)
    const saved = await call(
      api.evaluate.publicTallySave({
        id: tally?.id,
        questionnaireId: q.id,
        returned: v.returned ?? 0,
        counts: v.counts.map((row) => row.map((n) => n ?? 0)),
        kinds: v.kinds.some((n) => n !== null) ? v.kinds.map((n) => n ?? 0) : [],
        note: v.note ?? ''
      })
    )
    setSaving(false)
    if (saved) {
      const said = tally ? `已修改这批汇总：收回${saved.returned}份` : `已录入一批汇总：${saved.returned}份`
      void message.success(said)
      onSaved(said)
    }
  }

  return (
    <GuardedModal open={open} title={`${tally ? '修改汇总' : '按项目汇总录入'} · ${q.title}`} width={760} okText="保存" cancelText="取消" confirmLoading={saving} onOk={save} onCancel={onClose} guard={guard} destroyOnHidden forceRender>
      <Form form={form} layout="vertical">
        <Form.Item label="收回份数" name="returned" rules={[{ required: true, message: '请填写收回份数' }]} extra="每个项目各等级份数之和不能超过收回份数，不足部分计为该项无效">
          <InputNumber min={1} max={100000} precision={0} />
        </Form.Item>
        <Table
          size="small"
          pagination={false}
          rowKey="name"
          dataSource={q.dimensions.map((name, d) => ({ name, d }))}
          columns={[
            { title: '评议项目', dataIndex: 'name', width: 100 },
            ...q.scale.map((level, l) => ({
              title: level,
              key: level,
              render: (_: unknown, row: { d: number }) => (
                <Form.Item name={['counts', row.d, l]} noStyle>
                  <InputNumber aria-label={`${q.dimensions[row.d]}${level}`} min={0} max={100000} precision={0} style={{ width: 80 }} />
                </Form.Item>
              )
            }))
          ]}
        />
        {q.respondentKinds.length > 0 && (
          <Form.Item label="各类答卷人份数（可不填）" style={{ marginTop: 12 }}>
            {q.respondentKinds.map((kind, k) => (
              <Form.Item key={kind} name={['kinds', k]} noStyle>
                <InputNumber aria-label={kind} addonBefore={kind} min={0} max={100000} precision={0} style={{ width: 150, marginRight: 8 }} />
              </Form.Item>
            ))}
          </Form.Item>
        )}
        <Form.Item label="备注" name="note" rules={[{ max: 200, message: '备注不超过200个字' }]}>
          <Input />
        </Form.Item>
      </Form>
    </GuardedModal>
  )
}
