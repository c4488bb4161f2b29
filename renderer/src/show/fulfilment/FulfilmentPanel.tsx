import { Alert, App, Button, Card, Checkbox, Col, DatePicker, Form, Input, Popconfirm, Row, Select, Space, Table, Tag } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useMemo, useState } from 'react'
import type { PledgeView } from '@shared/show/contract'
import type { Fulfilment } from '@shared/show/model'
import { isActive } from '@shared/rules/pledge-workflow'
import { api } from '../../api/client'
import { useCall, useLoad } from '../../api/useCall'
import { requiredTextRules } from '../../components/required-text-rules'
import { useUnsavedGuard } from '../../components/unsaved'

/** The Select's value for “the pledge as a whole” (options may not be null). */
const WHOLE = ''

interface RecordValues {
  date: Dayjs
  itemId: string
  content: string
  evidence: string
  completesItem: boolean
}

/** 践诺记录 of one pledge: what was done when, with its evidence; the first record starts 践诺中. */
export function FulfilmentPanel({ pledge, onChanged }: { pledge: PledgeView; onChanged: () => void }) {
  const call = useCall()
  const { message } = App.useApp()
  const records = useLoad(() => api.show.fulfilments({ pledgeId: pledge.id }), [pledge.id])
  const [form] = Form.useForm<RecordValues>()
  const [saving, setSaving] = useState(false)
  // One start for the form and its guard (and for resetFields after a save): today, the whole pledge.
  const start = useMemo(() => ({ date: dayjs(), itemId: WHOLE, completesItem: false, evidence: '' }), [])
  const recording = isActive(pledge.status)
  useUnsavedGuard(form, start, { active: recording })
  const itemText = (id: string | null) => {
    const n = pledge.items.findIndex((i) => i.id === id)
    return n < 0 ? '整体' : `第${n + 1}项`
  }

  const save = async (values: RecordValues) => {
    setSaving(true)
    const saved = await call(
      api.show.fulfilmentSave({
        pledgeId: pledge.id,
        itemId: values.itemId || null,
        date: values.date.format('YYYY-MM-DD'),
        content: values.content.trim(),
        evidence: values.evidence?.trim() ?? '',
        completesItem: values.itemId !== WHOLE && values.completesItem
      })
    )
    setSaving(false)
    if (!saved) return
    void message.success('践诺记录已保存')
    form.resetFields()
    records.reload()
    onChanged()
  }

  const remove = async (record: Fulfilment) => {
    if ((await call(api.show.fulfilmentDelete({ id: record.id }))) !== undefined) {
      void message.success('已删除')
      records.reload()
      onChanged()
    }
  }

  const sorted = [...(records.data ?? [])].sort((a, b) => b.date.localeCompare(a.date))
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      {recording ? (
        <Card size="small" title="新增践诺记录">
          <Form form={form} layout="vertical" onFinish={save} initialValues={start}>
            <Row gutter={12}>
              <Col span={6}>
                <Form.Item label="日期" name="date" rules={[{ required: true, message: '请选择日期' }]}>
                  <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item label="对应承诺事项" name="itemId">
                  <Select
                    options={[
                      { value: WHOLE, label: '承诺整体' },
                      ...pledge.items.map((item, n) => ({ value: item.id, label: `第${n + 1}项：${item.content}` }))
                    ]}
                  />
                </Form.Item>
              </Col>
              <Col span={6}>
                <Form.Item label=" " name="completesItem" valuePropName="checked">
                  <Checkbox>该项已完成</Checkbox>
                </Form.Item>
              </Col>
            </Row>
            <Form.Item
              label="践诺情况"
              name="content"
              rules={requiredTextRules('践诺情况', 500)}
            >
              <Input.TextArea rows={2} maxLength={500} placeholder="做了什么，例如：参加支部集中学习3次，完成学习笔记" />
            </Form.Item>
            <Form.Item label="佐证材料" name="evidence" rules={[{ max: 300, message: '佐证材料说明不超过300个字' }]}>
              <Input maxLength={300} placeholder="例如：支部学习记录、办件台账、表扬信" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={saving}>
              保存记录
            </Button>
          </Form>
        </Card>
      ) : (
        <Alert type="info" showIcon title="承诺公开后才能记录践诺情况" />
      )}
      <Table<Fulfilment>
        rowKey="id"
        size="small"
        loading={records.loading}
        dataSource={sorted}
        pagination={false}
        locale={{ emptyText: '还没有践诺记录' }}
        columns={[
          { title: '日期', dataIndex: 'date', width: 110 },
          { title: '事项', dataIndex: 'itemId', width: 80, render: (id: string | null) => itemText(id) },
          {
            title: '践诺情况',
            dataIndex: 'content',
            render: (content: string, r) => (
              <>
                {content} {r.completesItem && <Tag color="green">已完成</Tag>}
              </>
            )
          },
          { title: '佐证材料', dataIndex: 'evidence', width: 180 },
          {
            title: '',
            key: 'op',
            width: 60,
            render: (_: unknown, r) => (
              <Popconfirm title="删除这条践诺记录？" description="删除后无法恢复。" okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => remove(r)}>
                <Button type="link" size="small" danger>
                  删除
                </Button>
              </Popconfirm>
            )
          }
        ]}
      />
    </Space>
  )
}
