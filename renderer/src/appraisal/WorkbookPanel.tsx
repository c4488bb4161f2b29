import { App, Button, Form, InputNumber, Radio, Space, Typography } from 'antd'
import { useState } from 'react'
import { NAME_ORDER_LABELS, NAME_ORDERS, type NameOrder } from '@shared/rules/name-order-choices'
import { api } from '../api/client'
import { useCall, useLoad } from '../api/useCall'

/** 年终评优工作簿 in the print centre: the year and the name order, then a save dialog. Written off the main thread. */
export function AppraisalWorkbookPanel() {
  const call = useCall()
  const { message } = App.useApp()
  const settings = useLoad(() => api.settings.get())
  const [year, setYear] = useState<number | null>(null)
  const [nameOrder, setNameOrder] = useState<NameOrder>('strokes')
  const [busy, setBusy] = useState(false)
  const shownYear = year ?? settings.data?.year
  const exportIt = async () => {
    setBusy(true)
    const saved = await call(api.appraisal.exportWorkbook({ year: shownYear, nameOrder }))
    setBusy(false)
    if (saved && !saved.canceled) void message.success(`已导出：${saved.value}`)
  }
  return (
    <Form layout="vertical">
      <Typography.Paragraph type="secondary">
        汇总表（每人一行，综合得分、排名为引用「权重与规则」表的公式，在 Excel 或 WPS 中改权重后随之重算；等次为下拉选择）、各项得分表（每项得分的来源记录）、权重与规则表。A4 横向打印，每页重复表头。
      </Typography.Paragraph>
      <Form.Item label="年度">
        <InputNumber aria-label="年度" value={shownYear} min={2000} max={2100} onChange={(v) => v && setYear(v)} suffix="年" />
      </Form.Item>
      <Form.Item label="名单顺序">
        <Radio.Group value={nameOrder} onChange={(e) => setNameOrder(e.target.value as NameOrder)} optionType="button" options={NAME_ORDERS.map((o) => ({ value: o, label: NAME_ORDER_LABELS[o] }))} />
      </Form.Item>
      <Space>
        <Button type="primary" onClick={exportIt} loading={busy} disabled={!shownYear}>
          导出工作簿…
        </Button>
      </Space>
    </Form>
  )
}
