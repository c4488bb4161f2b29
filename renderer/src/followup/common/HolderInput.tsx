import { Segmented, Space } from 'antd'
import type { RosterChoices } from '../../components/useRosterChoices'
import { PersonPicker, TeamPicker } from '../../components/PersonPicker'

export type HolderValue = { kind: 'person' | 'team' | 'unit'; id: string | null }

interface Props {
  id?: string
  value?: HolderValue
  onChange?: (value: HolderValue) => void
  roster: RosterChoices
  /** 整改事项 may belong to the branch as a whole; targets and records belong to a person or team. */
  withUnit?: boolean
}

/** 责任人 / 对象: a person or a team of the roster (or the branch), chosen by kind then by name. */
export function HolderInput({ id, value = { kind: 'person', id: null }, onChange, roster, withUnit = false }: Props) {
  const kinds = [
    { value: 'person', label: '个人' },
    { value: 'team', label: '班组' },
    ...(withUnit ? [{ value: 'unit', label: '支部' }] : [])
  ]
  return (
    <Space wrap>
      <Segmented value={value.kind} options={kinds} onChange={(kind) => onChange?.({ kind: kind as HolderValue['kind'], id: null })} />
      {value.kind === 'person' && <PersonPicker id={id} people={roster.people.filter((p) => !p.isOutsider)} value={value.id} onChange={(v) => onChange?.({ kind: 'person', id: v })} placeholder="选择人员" style={{ width: 200 }} />}
      {value.kind === 'team' && <TeamPicker id={id} teams={roster.teams} value={value.id} onChange={(v) => onChange?.({ kind: 'team', id: v ?? null })} placeholder="选择班组" />}
    </Space>
  )
}

/** A picked holder, or the message the form shows under it. */
export const holderRule = (label: string) => ({
  validator: (_: unknown, value?: HolderValue) => (value && (value.kind === 'unit' || value.id) ? Promise.resolve() : Promise.reject(new Error(`请选择${label}`)))
})

export function holderLabel(holder: { kind: string; id: string | null }, roster: RosterChoices, branchName = '党支部'): string {
  if (holder.kind === 'person') return roster.person(holder.id)?.name ?? '（已删除人员）'
  if (holder.kind === 'team') return roster.teamName(holder.id) || '（已删除班组）'
  return branchName
}
