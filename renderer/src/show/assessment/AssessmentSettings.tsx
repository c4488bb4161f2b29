import { App, Button, Card, Form, InputNumber, Space, Table, Typography, type FormRule } from 'antd'
import { useEffect, useState } from 'react'
import { ASSESSOR_LABELS, ASSESSORS, DEFAULT_ASSESSMENT_CONFIG, type AssessmentConfig } from '@shared/show/model'
import { configProblem } from '@shared/rules/pledge-assessment'
import { weightTotal } from '@shared/rules/weighted-score'
import { api } from '../../api/client'
import { useCall, useLoad } from '../../api/useCall'
import { LimitedInput } from '../../components/LimitedText'
import { textRules, type TextLimit } from '../../components/text-limit'
import { useUnsavedGuard } from '../../components/unsaved'

const LEVEL_LABEL: TextLimit = { label: '等次名称', max: 6, required: true }

/** A number typed out of 0–100 stays as typed and is named, never quietly clamped to the nearest end. */
const percentRules = (what: string): FormRule[] => [
  { required: true, message: `请填写${what}` },
  { type: 'number', min: 0, max: 100, message: `${what}应在0至100之间` }
]

/**
 * 评诺等次与权重: the grade scale and how self, organisation and public grades are weighted. The
 * weights are percentages that add up to 100 (shared/rules/weighted-score.ts). Results already
 * final keep the settings they were computed with; a change here applies to the others.
 */
export function AssessmentSettings({ onSaved }: { onSaved: () => void }) {
  const call = useCall()
  const { message } = App.useApp()
  const settings = useLoad(() => api.show.settings())
  const [form] = Form.useForm<AssessmentConfig>()
  const [saving, setSaving] = useState(false)
  // Joins the page's scope: leaving the page through the menu asks while the form is unsaved.
  useUnsavedGuard(form, settings.data?.assessment)
  const [problem, setProblem] = useState<string | null>(null)
  const weights = Form.useWatch('weights', form) as AssessmentConfig['weights'] | undefined
  const total = weights ? weightTotal(weights) : null

  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data.assessment)
  }, [settings.data, form])

  const save = async () => {
    if (!settings.data) return
    const assessment = await form.validateFields().then(
      () => form.getFieldsValue(true) as AssessmentConfig,
      () => undefined
    )
    if (!assessment) return
    const why = configProblem(assessment)
    setProblem(why)
    if (why) return
    setSaving(true)
    const saved = await call(api.show.settingsSave({ ...settings.data, assessment }))
    const final = saved ? (await call(api.show.assessments()))?.filter((a) => a.basis !== null).length : 0
    setSaving(false)
    if (!saved) return
    void message.success(final ? `评诺等次与权重已保存；已定稿的${final}条评诺结果仍按原设置计算，需要时可在该承诺的评诺中“重新计算”` : '评诺等次与权重已保存')
    settings.setData(saved)
    onSaved()
  }

  return (
    <Card size="small" title="评诺等次与权重" loading={settings.loading}>
      <Form form={form} layout="inline" onValuesChange={() => setProblem(null)}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Form.List name="levels">
            {(fields) => (
              <Table
                size="small"
                pagination={false}
                rowKey="key"
                dataSource={fields}
                style={{ maxWidth: 560 }}
                columns={[
                  {
                    title: '等次（从好到差）',
                    key: 'label',
                    render: (_: unknown, f) => (
                      <Form.Item name={[f.name, 'label']} rules={textRules(LEVEL_LABEL)}>
                        <LimitedInput limit={LEVEL_LABEL} style={{ width: 120 }} aria-label={`等次${f.name + 1}名称`} />
                      </Form.Item>
                    )
                  },
                  {
                    title: '折合分值',
                    key: 'score',
                    render: (_: unknown, f) => (
                      <Form.Item name={[f.name, 'score']} rules={percentRules('分值')}>
                        <InputNumber style={{ width: 90 }} aria-label={`等次${f.name + 1}分值`} />
                      </Form.Item>
                    )
                  },
                  {
                    title: '综合得分达到',
                    key: 'threshold',
                    render: (_: unknown, f) => (
                      <Form.Item name={[f.name, 'threshold']} rules={percentRules('最低分')}>
                        <InputNumber style={{ width: 90 }} aria-label={`等次${f.name + 1}最低分`} />
                      </Form.Item>
                    )
                  }
                ]}
              />
            )}
          </Form.List>
          <Space wrap align="start">
            {ASSESSORS.map((source) => (
              <Form.Item key={source} label={`${ASSESSOR_LABELS[source]}权重`} name={['weights', source]} rules={percentRules('权重')}>
                <InputNumber suffix="%" style={{ width: 100 }} aria-label={`${ASSESSOR_LABELS[source]}权重`} />
              </Form.Item>
            ))}
            {total !== null && (
              <Typography.Text type={total === 100 ? 'secondary' : 'danger'} data-testid="weight-total" style={{ lineHeight: '32px' }}>
                合计{total}%{total === 100 ? '' : '，应为100%'}
              </Typography.Text>
            )}
          </Space>
          {problem && (
            <Typography.Text type="danger" role="alert">
              {problem}
            </Typography.Text>
          )}
          <Typography.Text type="secondary">
            {'每项承诺的得分按各方评价的等次分值加权平均；某一方未评时，其权重按比例分给其他方。综合得分决定等次。' +
              '已完成评诺（已定稿）的结果保留定稿时的等次与权重，不随这里的修改而变。'}
          </Typography.Text>
          <Space>
            <Button type="primary" onClick={save} loading={saving}>
              保存等次与权重
            </Button>
            <Button onClick={() => form.setFieldsValue(DEFAULT_ASSESSMENT_CONFIG)}>恢复默认值</Button>
          </Space>
        </Space>
      </Form>
    </Card>
  )
}
