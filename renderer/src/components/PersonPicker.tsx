import { Select } from 'antd'
import type { PersonRow, TeamRow } from '@shared/roster/contract'

interface Option {
  value: string
  label: string
  search: string
  disabled?: boolean
}

/** Ids that may not be chosen, each with why (“已有2026年度承诺”), shown beside the name. */
export type Unavailable = ReadonlyMap<string, string>

const personOption = (p: PersonRow, unavailable?: Unavailable): Option => {
  const why = unavailable?.get(p.id)
  const name = p.teamName ? `${p.name}（${p.teamName}）` : p.name
  return { value: p.id, label: why ? `${name} · ${why}` : name, search: `${p.name} ${p.initials} ${p.pinyin} ${p.teamName ?? ''}`.toLowerCase(), disabled: !!why }
}

const matches = (input: string, option?: Option) => !!option && option.search.includes(input.trim().toLowerCase())

type PersonPickerProps = {
  people: PersonRow[]
  unavailable?: Unavailable
  placeholder?: string
  disabled?: boolean
  id?: string
  style?: React.CSSProperties
} & ({ multiple: true; value?: string[]; onChange?: (value: string[]) => void } | { multiple?: false; value?: string | null; onChange?: (value: string) => void })

/** Choose one or more people by name, pinyin or initials (“zs” finds 张三). */
export function PersonPicker(props: PersonPickerProps) {
  const options = props.people.map((p) => personOption(p, props.unavailable))
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

export function TeamPicker({
  teams,
  value,
  onChange,
  placeholder,
  id,
  allowClear = true,
  unavailable
}: {
  teams: TeamRow[]
  value?: string | null
  onChange?: (value: string) => void
  placeholder?: string
  id?: string
  allowClear?: boolean
  unavailable?: Unavailable
}) {
  return (
    <Select
      id={id}
      value={value ?? undefined}
      onChange={(v: string) => onChange?.(v)}
      placeholder={placeholder ?? '选择班组'}
      allowClear={allowClear}
      style={{ minWidth: 180 }}
      options={teams.map((t) => {
        const why = unavailable?.get(t.id)
        return { value: t.id, label: why ? `${t.name} · ${why}` : t.name, disabled: !!why }
      })}
    />
  )
}
