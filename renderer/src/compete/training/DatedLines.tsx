import { App, Button, DatePicker, Form, Popconfirm, Space, Table } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { LimitedInput } from '../../components/LimitedText'
import { textRules, type TextLimit } from '../../components/text-limit'
import { useConfirmDiscard, useUnsavedGuard } from '../../components/unsaved'

/** A dated line of a plan (进展记录) or of a pair (帮扶记录). */
export interface DatedLine {
  id: string
  date: string
  content: string
}

interface LineValues {
  date: Dayjs | null
  content: string
}

const blank = (): LineValues => ({ date: dayjs(), content: '' })

interface Props {
  /** 进展记录 / 帮扶记录. */
  what: string
  content: TextLimit
  placeholder: string
  lines: DatedLine[]
  /** The day the record began: no line before it. */
  from: string
  /** Saves a line (with its id when correcting one); true when main kept it. */
  onSave(line: { id?: string; date: string; content: string }): Promise<boolean>
  onDelete(line: DatedLine): Promise<boolean>
}

/**
 * The dated lines of a record, oldest first as in a ledger, with a one-line form to add one: type
 * the day, Tab, what was done, Enter. A line can be corrected in place (编辑) or deleted (asked first).
 */
export function DatedLines({ what, content, placeholder, lines, from, onSave, onDelete }: Props) {
  const { message } = App.useApp()
  const [form] = Form.useForm<LineValues>()
  const [editing, setEditing] = useState<DatedLine | null>(null)
  const [loaded, setLoaded] = useState<LineValues>(blank)
  const [saving, setSaving] = useState(false)
  const guard = useUnsavedGuard(form, loaded)
  const askFirst = useConfirmDiscard(guard, { title: `有未保存的${what}，确定放弃？`, content: `刚才填写的${what}不会保存。`, okText: '放弃修改', cancelText: '继续编辑' })

  const fill = (line: DatedLine | null) => {
    const values = line ? { date: dayjs(line.date), content: line.content } : blank()
    setEditing(line)
    setLoaded(values)
    form.setFieldsValue(values)
  }

  const save = async (values: LineValues) => {
    setSaving(true)
    const ok = await onSave({ id: editing?.id, date: values.date!.format('YYYY-MM-DD'), content: values.content.trim() })
    setSaving(false)
    if (!ok) return
    void message.success(editing ? `${what}已修改` : `${what}已保存`)
    fill(null)
  }

  const remove = async (line: DatedLine) => {
    if (!(await onDelete(line))) return
    void message.success(`已删除${line.date}的${what}`)
    if (editing?.id === line.id) fill(null)
  }

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Form form={form} layout="inline" requiredMark={false} onFinish={save} initialValues={loaded} style={{ rowGap: 8 }}>
        <Form.Item name="date" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker aria-label={`${what}日期`} style={{ width: 140 }} disabledDate={(d) => d.isAfter(dayjs(), 'day') || d.isBefore(dayjs(from), 'day')} />
        </Form.Item>
        <Form.Item name="content" label={content.label} rules={textRules(content)} style={{ flex: 1, minWidth: 260 }}>
          <LimitedInput limit={content} placeholder={placeholder} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={saving}>
            {editing ? '保存修改' : `添加${what}`}
          </Button>
          {editing && <Button onClick={() => askFirst(() => fill(null))}>取消修改</Button>}
        </Space>
      </Form>
      <Table<DatedLine>
        rowKey="id"
        size="small"
        dataSource={lines}
        pagination={false}
        locale={{ emptyText: `还没有${what}` }}
        columns={[
          { title: '日期', dataIndex: 'date', width: 110 },
          { title: content.label, dataIndex: 'content' },
          {
            title: '',
            key: 'op',
            width: 110,
            render: (_: unknown, line) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => askFirst(() => fill(line))}>
                  编辑
                </Button>
                <Popconfirm title={`删除这条${what}？`} description="删除后无法恢复。" okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => remove(line)}>
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
