import { Alert, App, Button, Card, Checkbox, Col, DatePicker, Form, Popconfirm, Row, Select, Space, Table, Tag } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import type { PledgeView } from '@shared/show/contract'
import type { Fulfilment } from '@shared/show/model'
import { isActive } from '@shared/rules/pledge-workflow'
import { api } from '../../api/client'
import { useCall, useLoad } from '../../api/useCall'
import { LimitedInput, LimitedTextArea } from '../../components/LimitedText'
import { textRules, type TextLimit } from '../../components/text-limit'
import { useConfirmDiscard, useUnsavedGuard } from '../../components/unsaved'
import { byDate } from './record-order'

/** The Select's value for “the pledge as a whole” (options may not be null). */
const WHOLE = ''

/** The limits of main's fulfilment schema (shared/show/model.ts). */
const CONTENT: TextLimit = { label: '践诺情况', max: 500, required: true }
const EVIDENCE: TextLimit = { label: '佐证材料说明', max: 300 }

interface RecordValues {
  date: Dayjs
  itemId: string
  content: string
  evidence: string
  completesItem: boolean
}

const SWITCH_WORDING = {
  title: '有未保存的践诺记录，确定放弃？',
  content: '刚才填写的践诺情况不会保存。',
  okText: '放弃修改',
  cancelText: '继续编辑'
}

const blankRecord = (): RecordValues => ({ date: dayjs(), itemId: WHOLE, content: '', evidence: '', completesItem: false })
const recordValues = (r: Fulfilment): RecordValues => ({ date: dayjs(r.date), itemId: r.itemId ?? WHOLE, content: r.content, evidence: r.evidence, completesItem: r.completesItem })

/**
 * 践诺记录 of one pledge, oldest first as in a ledger (台账) and on the printed 公示: what was done
 * when, with its evidence. A record can be corrected in place (编辑) or deleted; the first record
 * starts 践诺中.
 */
export function FulfilmentPanel({ pledge, onChanged }: { pledge: PledgeView; onChanged: () => void }) {
  const call = useCall()
  const { message } = App.useApp()
  const records = useLoad(() => api.show.fulfilments({ pledgeId: pledge.id }), [pledge.id])
  const [form] = Form.useForm<RecordValues>()
  const [saving, setSaving] = useState(false)
  /** The record being corrected; null while adding a new one. */
  const [editing, setEditing] = useState<Fulfilment | null>(null)
  // What was last put into the form (a blank record, or the one being corrected): the guard compares with it.
  const [loaded, setLoaded] = useState<RecordValues>(blankRecord)
  const recording = isActive(pledge.status)
  const guard = useUnsavedGuard(form, loaded, { active: recording })
  // Another record to correct, or 取消修改, would put other values into the form: typed work is asked about first.
  const askFirst = useConfirmDiscard(guard, SWITCH_WORDING)
  const itemText = (id: string | null) => {
    const n = pledge.items.findIndex((i) => i.id === id)
    return n < 0 ? '整体' : `第${n + 1}项`
  }

  const fill = (record: Fulfilment | null) => {
    const values = record ? recordValues(record) : blankRecord()
    setEditing(record)
    setLoaded(values)
    form.setFieldsValue(values)
  }
  const startAdding = () => fill(null)
  const startEditing = (record: Fulfilment) => fill(record)

  const save = async (values: RecordValues) => {
    setSaving(true)
    const saved = await call(
      api.show.fulfilmentSave({
        id: editing?.id,
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
    void message.success(editing ? '践诺记录已修改' : '践诺记录已保存')
    startAdding()
    records.reload()
    onChanged()
  }

  const remove = async (record: Fulfilment) => {
    if ((await call(api.show.fulfilmentDelete({ id: record.id }))) !== undefined) {
      void message.success(`已删除${record.date}的践诺记录`)
      if (editing?.id === record.id) startAdding()
      records.reload()
      onChanged()
    }
  }

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      {recording ? (
        <Card
          size="small"
          title={editing ? `修改践诺记录（${editing.date}）` : '新增践诺记录'}
          extra={editing && <Button size="small" onClick={() => askFirst(startAdding)}>取消修改</Button>}
        >
          <Form form={form} layout="vertical" onFinish={save} initialValues={loaded}>
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
            <Form.Item label="践诺情况" name="content" rules={textRules(CONTENT)}>
              <LimitedTextArea limit={CONTENT} rows={2} placeholder="做了什么，例如：参加支部集中学习3次，完成学习笔记" />
            </Form.Item>
            <Form.Item label="佐证材料" name="evidence" rules={textRules(EVIDENCE)}>
              <LimitedInput limit={EVIDENCE} placeholder="例如：支部学习记录、办件台账、表扬信" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={saving}>
              {editing ? '保存修改' : '保存记录'}
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
        dataSource={byDate(records.data ?? [])}
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
                {content} {r.completesItem && <Tag color="green">该项已完成</Tag>}
              </>
            )
          },
          { title: '佐证材料', dataIndex: 'evidence', width: 180 },
          {
            title: '',
            key: 'op',
            width: 110,
            render: (_: unknown, r) => (
              <Space size={0}>
                {isActive(pledge.status) && (
                  <Button type="link" size="small" onClick={() => askFirst(() => startEditing(r))}>
                    编辑
                  </Button>
                )}
                <Popconfirm title="删除这条践诺记录？" description="删除后无法恢复。" okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => remove(r)}>
                  <Button type="link" size="small" danger>
                    删除
                  </Button>
                </Popconfirm>
              </Space>
            )
          }
        ]}
      />
    </Space>
  )
}
