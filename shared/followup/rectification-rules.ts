import { FINDING_KINDS, type FindingKind } from '../model/finding'
import { daysBetween } from '../rules/dates'
import type { Rectification, RectificationStatus } from './ledger'

/*
 * The ledger's rules, pure: when an item is overdue, how the usual report counts it, and who may
 * close it out. 逾期 is derived here from the deadline and never stored, so it is right whatever day
 * the file is opened.
 */

/** Statuses in which the owner still has work to do: only these can fall overdue. */
const OPEN: readonly RectificationStatus[] = ['pending', 'inProgress']

/** Positive when past the deadline, 0 on the day, negative while ahead. */
export const daysPastDeadline = (item: Pick<Rectification, 'deadline'>, today: string) => daysBetween(item.deadline, today)

export function isOverdue(item: Pick<Rectification, 'deadline' | 'status'>, today: string): boolean {
  return OPEN.includes(item.status) && item.deadline < today
}

/** Not done and due within `withinDays` from today (today included), not yet overdue. */
export function isDueSoon(item: Pick<Rectification, 'deadline' | 'status'>, today: string, withinDays: number): boolean {
  if (!OPEN.includes(item.status) || item.deadline < today) return false
  return daysBetween(today, item.deadline) <= withinDays
}

/**
 * The three figures the usual 整改情况统计 shows: 已整改 (销号), 整改中 (含部分整改: started, or
 * finished and waiting to be checked), 未整改 (not started).
 */
export type LedgerTally = { done: number; ongoing: number; notStarted: number; total: number; overdue: number }
export const TALLY_LABELS = { done: '已整改', ongoing: '整改中（含部分整改）', notStarted: '未整改' } as const

export function tallyOf(items: readonly Pick<Rectification, 'status' | 'deadline'>[], today: string): LedgerTally {
  const tally: LedgerTally = { done: 0, ongoing: 0, notStarted: 0, total: items.length, overdue: 0 }
  for (const item of items) {
    if (item.status === 'closed') tally.done += 1
    else if (item.status === 'pending') tally.notStarted += 1
    else tally.ongoing += 1
    if (isOverdue(item, today)) tally.overdue += 1
  }
  return tally
}

/** The tally per source kind, in the kinds' order, only kinds that have items. */
export function tallyByKind(items: readonly Pick<Rectification, 'status' | 'deadline' | 'kind'>[], today: string): { kind: FindingKind; tally: LedgerTally }[] {
  return FINDING_KINDS.map((kind) => ({ kind, tally: tallyOf(items.filter((i) => i.kind === kind), today) })).filter((row) => row.tally.total > 0)
}

/**
 * Why `verifierId` may not close the item out, or null: 对单销号 is done by someone other than
 * the one who fixed it, so neither the owner nor (for a team's item) one of its members checks it.
 */
export function verifierProblem(item: Pick<Rectification, 'owner'>, verifierId: string, teamOf: (personId: string) => string | null): string | null {
  if (item.owner.kind === 'person' && item.owner.id === verifierId) return '验收人不能是整改责任人本人，请由督导领导或其他同志验收销号'
  if (item.owner.kind === 'team' && teamOf(verifierId) === item.owner.id) return '验收人不能是责任班组的成员，请由督导领导或班组外的同志验收销号'
  return null
}
