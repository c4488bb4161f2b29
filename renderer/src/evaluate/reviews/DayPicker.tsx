import { DatePicker } from 'antd'
import dayjs from 'dayjs'

/** A day as main stores it (`YYYY-MM-DD`, or null), picked or typed (2026-06-30) in antd's DatePicker. */
export function DayPicker({ id, value, onChange, placeholder = '选择日期' }: { id?: string; value?: string | null; onChange?: (day: string | null) => void; placeholder?: string }) {
  return (
    <DatePicker
      id={id}
      value={value ? dayjs(value) : null}
      onChange={(day) => onChange?.(day ? day.format('YYYY-MM-DD') : null)}
      format="YYYY-MM-DD"
      placeholder={placeholder}
      style={{ width: '100%' }}
    />
  )
}
