import { App, Button, Card, DatePicker, Input, InputNumber, Space, Table, Tag, Typography } from 'antd'
import dayjs from 'dayjs'
import { useEffect, useState } from 'react'
import type { ScheduleEntry } from '@shared/appraisal/model'
import { api } from '../api/client'
import { useCall, useLoad } from '../api/useCall'
import { useUnsavedValue } from '../components/unsaved'

/**
 * 年度日程: the year's key dates (年初承诺, 半年自评, 年终评诺, 民主评议 ...), the default rhythm until
 * edited. They reach the home page's calendar with every stage's own dates, and its reminders.
 */
export function SchedulePage() {
  const call = useCall()
  const { message, modal } = App.useApp()
  const settings = useLoad(() => api.settings.get())
  const [year, setYear] = useState<number | null>(null)
  const shownYear = year ?? settings.data?.year
  const loaded = useLoad(() => (shownYear ? api.appraisal.schedule({ year: shownYear }) : Promise.resolve({ ok: true as const, value: undefined })), [shownYear])
  const [entries, setEntries] = useState<ScheduleEntry[]>([])
  const guard = useUnsavedValue(entries, loaded.data?.entries)
  useEffect(() => setEntries(loaded.data?.entries ?? []), [loaded.data])

  const change = (id: string, patch: Partial<ScheduleEntry>) => setEntries((list) => list.map((e) => (e.id === id ? { ...e, ...patch } : e)))
  const add = () => setEntries((list) => [...list, { id: `entry-${Date.now().toString(36)}`, label: '', day: `${shownYear}-12-31` }])
  const remove = (entry: ScheduleEntry) =>
    modal.confirm({
      title: `删除日程「${entry.label || '未命名'}」？`,
      content: '保存后生效；其他日程不变。',
      okText: '删除',
      cancelText: '取消',
      onOk: () => setEntries((list) => list.filter((e) => e.id !== entry.id))
    })
  const save = async () => {
    if (!shownYear) return
    const saved = await call(api.appraisal.scheduleSave({ year: shownYear, entries }))
    if (!saved) return
    guard.accept()
    loaded.setData(saved)
    void message.success(`${shownYear}年度日程已保存：${saved.entries.length}项`)
  }

  return (
    <Card
      size="small"
      title={
        <Space>
          年度日程
          <InputNumber aria-label="活动年度" value={shownYear} min={2000} max={2100} onChange={(v) => v && setYear(v)} style={{ width: 96 }} suffix="年" />
          {loaded.data && !loaded.data.edited && <Tag>默认日程</Tag>}
        </Space>
      }
      extra={
        <Space>
          <Button onClick={add}>添加一项</Button>
          <Button type="primary" onClick={save} disabled={!shownYear}>
            保存日程
          </Button>
        </Space>
      }
      loading={loaded.loading}
    >
      <Typography.Paragraph type="secondary">这些日期与各阶段的公示期截止等日期一起显示在首页的全年日程中，临近时在首页提醒。</Typography.Paragraph>
      <Table<ScheduleEntry>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={entries}
        columns={[
          {
            title: '日期',
            key: 'day',
            width: 180,
            render: (_: unknown, entry) => (
              <DatePicker aria-label={`${entry.label || '新事项'}的日期`} value={dayjs(entry.day)} allowClear={false} format={['YYYY年M月D日', 'YYYY-MM-DD']} onChange={(d) => d && change(entry.id, { day: d.format('YYYY-MM-DD') })} />
            )
          },
          {
            title: '事项',
            key: 'label',
            render: (_: unknown, entry) => <Input aria-label="事项" value={entry.label} maxLength={30} onChange={(e) => change(entry.id, { label: e.target.value })} />
          },
          { title: '', key: 'remove', width: 80, render: (_: unknown, entry) => <Button type="link" danger onClick={() => remove(entry)}>删除</Button> }
        ]}
      />
    </Card>
  )
}
