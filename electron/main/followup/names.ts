import type { Database } from '@shared/model/database'
import type { Holder } from '@shared/followup/holder'
import type { RectificationOwner } from '@shared/followup/ledger'
import { invalid } from '@shared/errors'

/* People and teams as this stage's records name them, and the checks that they exist. */

export const personName = (db: Readonly<Database>, id: string | null | undefined) => (id ? (db.people.find((p) => p.id === id)?.name ?? '（已删除人员）') : '')
export const teamName = (db: Readonly<Database>, id: string | null | undefined) => (id ? (db.teams.find((t) => t.id === id)?.name ?? '（已删除班组）') : '')

export function holderName(db: Readonly<Database>, holder: Holder | RectificationOwner): string {
  if (holder.kind === 'person') return personName(db, holder.id)
  if (holder.kind === 'team') return teamName(db, holder.id)
  return db.settings.branchName || db.settings.unitName || '党支部'
}

/** A person on the roster (not in the 回收站), else a refusal naming the field. */
export function livePerson(db: Readonly<Database>, id: string, field: string) {
  const person = db.people.find((p) => p.id === id && !p.deletedAt)
  if (!person) throw invalid(`${field}：所选人员不存在或已被删除`)
  return person
}

export function liveHolder(db: Readonly<Database>, holder: Holder | RectificationOwner, field: string): void {
  if (holder.kind === 'person') livePerson(db, holder.id ?? '', field)
  else if (holder.kind === 'team' && !db.teams.some((t) => t.id === holder.id && !t.deletedAt)) throw invalid(`${field}：所选班组不存在或已被删除`)
}

export interface Stamp {
  now: string
  today: string
  newId: () => string
}

/** A day a record says something happened on: not in the future. */
export function notLater(day: string, today: string, field: string): void {
  if (day > today) throw invalid(`${field}不能晚于今天`)
}
