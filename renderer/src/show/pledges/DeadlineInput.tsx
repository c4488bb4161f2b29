import { Button, DatePicker, Space } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'

interface Props {
  id?: string
  /** '' (within the year), `YYYY-MM` (by the end of that month) or `YYYY-MM-DD`. */
  value?: string
  onChange?: (value: string) => void
  /** The pledge's year: an empty picker opens on it. */
  year?: number
}

/** 完成时限: a month by default, a day when the pledge names one. */
export function DeadlineInput({ id, value = '', onChange, year }: Props) {
  const [byDay, setByDay] = useState(value.length === 10)
  const picked = value ? dayjs(value.length === 7 ? `${value}-01` : value) : null
  const toggle = () => {
    const next = !byDay
    setByDay(next)
    if (value) onChange?.(next ? dayjs(`${value.slice(0, 7)}-01`).endOf('month').format('YYYY-MM-DD') : value.slice(0, 7))
  }
  return (
    <Space.Compact>
      <DatePicker
        id={id}
        picker={byDay ? 'date' : 'month'}
        value={picked}
        format={byDay ? ['YYYY年M月D日', 'YYYY-MM-DD'] : ['YYYY年M月', 'YYYY-MM']}
        placeholder={byDay ? '选择日期' : '年内完成'}
        onChange={(d) => onChange?.(d ? d.format(byDay ? 'YYYY-MM-DD' : 'YYYY-MM') : '')}
        defaultPickerValue={year && year !== dayjs().year() ? dayjs(`${year}-01-01`) : undefined}
        style={{ width: 150 }}
      />
      <Button onClick={toggle}>{byDay ? '按月' : '按日'}</Button>
    </Space.Compact>
  )
}
