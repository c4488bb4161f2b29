import { Select } from 'antd'
import type { PersonRow, TeamRow } from '@shared/roster/contract'

interface Option {
  value: string
  label: string
  search: string
}

const personOption = (p: PersonRow): Option => ({
  value: p.id,
  label: p.teamName ? `${p.name}（${p.teamName}）` : p.name,
  search: `${p.name} ${p.initials} ${p.pinyin} ${p.teamName ?? ''}`.toLowerCase()
})

const matches = (input: string, option?: Option) => !!option && option.search.includes(input.trim().toLowerCase())

type PersonPickerProps = {
  people: PersonRow[]
  placeholder?: string
  disabled?: boolean
  id?: string
  style?: React.CSSProperties
} & ({ multiple: true; value?: string[]; onChange?: (value: string[]) => void } | { multiple?: false; value?: string | null; onChange?: (value: string) => void })

/** Choose one or more people by name, pinyin or initials (“zs” finds 张三). */
export function PersonPicker(props: PersonPickerProps) {
  const options = props.people.map(personOption)
  const common = {
    id: props.id,
    options,
    placeholder: props.placeholder ?? '输入姓名或拼音首字母查找',
    disabled: props.disabled,
    style: { minWidth: 220, ...props.style },
    showSearch: { filterOption: matches },
    allowClear: true
  }
  if (props.multiple) {
    return <Select<string[], Option> {...common} mode="multiple" maxTagCount="responsive" value={props.value} onChange={(v) => props.onChange?.(v)} />
  }
  return <Select<string, Option> {...common} value={props.value ?? undefined} onChange={(v) => props.onChange?.(v)} />
}

export function TeamPicker({ teams, value, onChange, placeholder, id, allowClear = true }: { teams: TeamRow[]; value?: string | null; onChange?: (value: string) => void; placeholder?: string; id?: string; allowClear?: boolean }) {
  return (
    <Select
      id={id}
      value={value ?? undefined}
      onChange={(v: string) => onChange?.(v)}
      placeholder={placeholder ?? '选择班组'}
      allowClear={allowClear}
      style={{ minWidth: 180 }}
      options={teams.map((t) => ({ value: t.id, label: t.name }))}
    />
  )
}
