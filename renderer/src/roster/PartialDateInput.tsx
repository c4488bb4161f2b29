import { Input } from 'antd'
import type { FocusEvent } from 'react'
import { formatPartialDate, parsePartialDate } from '@shared/rules/partial-date'

interface Props {
  id?: string
  value?: string
  onChange?: (value: string) => void
  onBlur?: (event: FocusEvent<HTMLInputElement>) => void
  placeholder?: string
}

/**
 * A date as rosters write it: year and month, the day optional. Typed freely (`1990.5`, `1990年5月`,
 * `19900512`), tidied to `1990.05` when the field is left.
 */
export function PartialDateInput({ id, value, onChange, onBlur, placeholder = '如 1990.05 或 1990.05.12' }: Props) {
  const tidy = (event: FocusEvent<HTMLInputElement>) => {
    const parsed = parsePartialDate(value ?? '')
    if (parsed.ok && formatPartialDate(parsed.value) !== value) onChange?.(formatPartialDate(parsed.value))
    onBlur?.(event)
  }
  return <Input id={id} value={value} placeholder={placeholder} maxLength={20} onChange={(e) => onChange?.(e.target.value)} onBlur={tidy} />
}
