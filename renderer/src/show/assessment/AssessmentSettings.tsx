import { App, Button, Card, Form, Input, InputNumber, Space, Table, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { ASSESSOR_LABELS, ASSESSORS, DEFAULT_ASSESSMENT_CONFIG, type AssessmentConfig } from '@shared/show/model'
import { api } from '../../api/client'
import { useCall, useLoad } from '../../api/useCall'
import { useUnsavedGuard } from '../../components/unsaved'

/** 评诺等次与权重: the grade scale and how self, organisation and public grades are weighted. */
export function AssessmentSettings({ onSaved }: { onSaved: () => void }) {
  const call = useCall()
  const { message } = App.useApp()
  const settings = useLoad(() => api.show.settings())
  const [form] = Form.useForm<AssessmentConfig>()
  const [saving, setSaving] = useState(false)
  // Joins the page's scope: leaving the page through the menu asks while the form is unsaved.
  useUnsavedGuard(form, settings.data?.assessment)

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
    setSaving(true)
    const saved = await call(api.show.settingsSave({ ...settings.data, assessment }))
    setSaving(false)
    if (!saved) return
    void message.success('评诺等次与权重已保存')
    settings.setData(saved)
    onSaved()
  }

  return (
    <Card size="small" title="评诺等次与权重" loading={settings.loading}>
      <Form form={form} layout="inline">
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Form.List name="levels">
            {(fields) => (
              <Table
                size="small"
                pagination={false}
                rowKey="key"
                dataSource={fields}
                style={{ maxWidth: 520 }}
                columns={[
                  {
                    title: '等次（从好到差）',
                    key: 'label',
                    render: (_: unknown, f) => (
                      <Form.Item name={[f.name, 'label']} rules={[{ required: true, whitespace: true, message: '请填写等次名称' }, { max: 6, message: '不超过6个字' }]}>
                        <Input style={{ width: 100 }} aria-label={`等次${f.name + 1}名称`} />
                      </Form.Item>
                    )
                  },
                  {
                    title: '折合分值',
                    key: 'score',
                    render: (_: unknown, f) => (
                      <Form.Item name={[f.name, 'score']} rules={[{ required: true, message: '请填写分值' }]}>
                        <InputNumber min={0} max={100} style={{ width: 90 }} aria-label={`等次${f.name + 1}分值`} />
                      </Form.Item>
                    )
                  },
                  {
                    title: '综合得分达到',
                    key: 'threshold',
                    render: (_: unknown, f) => (
                      <Form.Item name={[f.name, 'threshold']} rules={[{ required: true, message: '请填写最低分' }]}>
                        <InputNumber min={0} max={100} style={{ width: 90 }} aria-label={`等次${f.name + 1}最低分`} />
                      </Form.Item>
                    )
                  }
                ]}
              />
            )}
          </Form.List>
          <Space wrap>
            {ASSESSORS.map((source) => (
              <Form.Item key={source} label={`${ASSESSOR_LABELS[source]}权重`} name={['weights', source]} rules={[{ required: true, message: '请填写权重' }]}>
                <InputNumber min={0} max={100} suffix="%" style={{ width: 100 }} />
              </Form.Item>
            ))}
          </Space>
          <Typography.Text type="secondary">
            每项承诺的得分按各方评价的等次分值加权平均；某一方未评时，其权重按比例分给其他方。综合得分决定等次。
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
