import { DatePicker } from 'antd'
import dayjs from 'dayjs'

interface Props {
  id?: string
  value?: string | null
  onChange?: (value: string | null) => void
  placeholder?: string
}

/** A day as main stores it (`YYYY-MM-DD`), picked or typed. */
export function DayInput({ id, value, onChange, placeholder = '选择日期' }: Props) {
  return (
    <DatePicker
      id={id}
      value={value ? dayjs(value) : null}
      format={['YYYY-MM-DD', 'YYYY年M月D日']}
      placeholder={placeholder}
      onChange={(d) => onChange?.(d ? d.format('YYYY-MM-DD') : null)}
      style={{ width: 160 }}
    />
  )
}

/** Today as `YYYY-MM-DD`, the default day of a new record. */
export const todayDay = () => dayjs().format('YYYY-MM-DD')
