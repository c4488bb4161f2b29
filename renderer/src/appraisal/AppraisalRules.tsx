import { App, Button, Card, Form, InputNumber, Space, Typography } from 'antd'
import { useEffect, useState } from 'react'
import type { AppraisalOverview } from '@shared/appraisal/contract'
import type { AppraisalConfig } from '@shared/appraisal/model'
import { APPRAISAL_COMPONENT_LABELS, APPRAISAL_COMPONENT_STAGE, COUNTED_COMPONENTS, SCORED_COMPONENTS } from '@shared/model/appraisal-figure'
import { weightTotal } from '@shared/rules/weighted-score'
import { api } from '../api/client'
import { useCall } from '../api/useCall'
import { useUnsavedGuard } from '../components/unsaved'

const number = (what: string, max = 100) => [
  { required: true, message: `请填写${what}` },
  { type: 'number' as const, min: 0, max, message: `${what}应在0至${max}之间` }
]

/** 评优规则: weights (percent, together 100), points per title / reward / penalty, grade lines and the 优秀 share. */
export function AppraisalRules({ overview, onSaved }: { overview: AppraisalOverview; onSaved: (next: AppraisalOverview) => void }) {
  const call = useCall()
  const { message } = App.useApp()
  const [form] = Form.useForm<AppraisalConfig>()
  const [saving, setSaving] = useState(false)
  const guard = useUnsavedGuard(form, overview.config)
  const weights = Form.useWatch('weights', form) as AppraisalConfig['weights'] | undefined
  const total = weights ? weightTotal(weights) : null
  const locked = overview.status === 'final'

  useEffect(() => form.setFieldsValue(overview.config), [overview.config, form])

  const save = async () => {
    const config = await form.validateFields().then(
      () => form.getFieldsValue(true) as AppraisalConfig,
      () => undefined
    )
    if (!config) return
    setSaving(true)
    const saved = await call(api.appraisal.configSave({ year: overview.year, config }))
    setSaving(false)
    if (!saved) return
    guard.accept()
    void message.success('评优规则已保存，综合得分和建议等次已按新规则重新计算；已评定的等次未改动')
    onSaved(saved)
  }

  return (
    <Card size="small" title={`${overview.year}年度评优规则`} extra={locked && <Typography.Text type="secondary">已定稿，不能修改</Typography.Text>}>
      <Form form={form} layout="vertical" disabled={locked}>
        <Space align="start" size="large" wrap>
          <div>
            <Typography.Title level={5}>各项权重（%）</Typography.Title>
            {SCORED_COMPONENTS.map((c) => (
              <Form.Item key={c} name={['weights', c]} label={`${APPRAISAL_COMPONENT_LABELS[c]}（${APPRAISAL_COMPONENT_STAGE[c]}）`} rules={number(`${APPRAISAL_COMPONENT_LABELS[c]}的权重`)}>
                <InputNumber min={0} max={100} suffix="%" style={{ width: 120 }} />
              </Form.Item>
            ))}
            <Typography.Text type={total === 100 ? 'secondary' : 'danger'} data-testid="weight-total">
              合计 {total ?? '—'}%{total !== 100 && '，应为100%'}
            </Typography.Text>
          </div>
          <div>
            <Typography.Title level={5}>加减分（每项）</Typography.Title>
            {COUNTED_COMPONENTS.map((c) => (
              <Form.Item key={c} name={['points', c]} label={c === 'penalty' ? `${APPRAISAL_COMPONENT_LABELS[c]}（每次减）` : `${APPRAISAL_COMPONENT_LABELS[c]}（每项加）`} rules={number('分值', 20)}>
                <InputNumber min={0} max={20} suffix="分" style={{ width: 120 }} />
              </Form.Item>
            ))}
          </div>
          <div>
            <Typography.Title level={5}>等次分数线</Typography.Title>
            <Form.Item name={['lines', 'excellent']} label="优秀" rules={number('优秀分数线')}>
              <InputNumber min={0} max={100} suffix="分" style={{ width: 120 }} />
            </Form.Item>
            <Form.Item name={['lines', 'qualified']} label="合格" rules={number('合格分数线')}>
              <InputNumber min={0} max={100} suffix="分" style={{ width: 120 }} />
            </Form.Item>
            <Form.Item name={['lines', 'basic']} label="基本合格" rules={number('基本合格分数线')}>
              <InputNumber min={0} max={100} suffix="分" style={{ width: 120 }} />
            </Form.Item>
            <Typography.Title level={5}>优秀比例（向下取整）</Typography.Title>
            <Space>
              <Form.Item name={['excellentShare', 'numerator']} noStyle rules={number('分子', 10)}>
                <InputNumber min={0} max={10} style={{ width: 64 }} aria-label="优秀比例分子" />
              </Form.Item>
              /
              <Form.Item name={['excellentShare', 'denominator']} noStyle rules={number('分母', 10)}>
                <InputNumber min={1} max={10} style={{ width: 64 }} aria-label="优秀比例分母" />
              </Form.Item>
            </Space>
          </div>
        </Space>
        <div style={{ marginTop: 16 }}>
          <Button type="primary" onClick={save} loading={saving} disabled={locked}>
            保存规则
          </Button>
        </div>
      </Form>
    </Card>
  )
}
