import { daysBetween } from './dates'
import type { Fulfilment, Pledge, PledgeItem, PledgeStatus } from '../show/model'

/** Pledges whose items are being carried out: these can fall overdue. */
export const RUNNING: readonly PledgeStatus[] = ['approved', 'published', 'fulfilling']

/** The last day a deadline allows: a month means its last day, no deadline means the end of the pledge year. */
export function deadlineDay(deadline: string, year: number): string {
  if (!deadline) return `${year}-12-31`
  if (deadline.length === 10) return deadline
  const [y, m] = deadline.split('-').map(Number)
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return `${deadline}-${String(last).padStart(2, '0')}`
}

export interface OverdueItem {
  pledge: Pledge
  item: PledgeItem
  dueOn: string
  daysOverdue: number
}

/**
 * Why a 完成时限 does not fit the pledge's year, or null. A pledge is made for one campaign year, so
 * its items are due within it: a deadline in another year is a slip of the picker.
 */
export function deadlineYearProblem(deadline: string, year: number): string | null {
  if (!deadline) return null
  return Number(deadline.slice(0, 4)) === year ? null : `完成时限应在${year}年内（承诺年度为${year}年）`
}

/** The deadline's last day is already behind `today`: the item would be overdue as soon as the pledge is approved. */
export function deadlinePassed(deadline: string, year: number, today: string): boolean {
  return deadlineDay(deadline, year) < today
}

/** The items fulfilment records report done (该项已完成), each with the day of its first such record. */
export function doneItems(pledge: Pick<Pledge, 'id' | 'items'>, fulfilments: readonly Fulfilment[]): { itemId: string; on: string }[] {
  const first = new Map<string, string>()
  for (const f of fulfilments) {
    if (f.pledgeId !== pledge.id || !f.completesItem || !f.itemId) continue
    const seen = first.get(f.itemId)
    if (!seen || f.date < seen) first.set(f.itemId, f.date)
  }
  return pledge.items.filter((item) => first.has(item.id)).map((item) => ({ itemId: item.id, on: first.get(item.id)! }))
}

/** Items past their deadline that no fulfilment record reports done, most overdue first. */
export function overdueItems(pledges: readonly Pledge[], fulfilments: readonly Fulfilment[], today: string): OverdueItem[] {
  const done = new Set(fulfilments.filter((f) => f.completesItem && f.itemId).map((f) => `${f.pledgeId}/${f.itemId}`))
  const overdue: OverdueItem[] = []
  for (const pledge of pledges) {
    if (!RUNNING.includes(pledge.status)) continue
    for (const item of pledge.items) {
      const dueOn = deadlineDay(item.deadline, pledge.year)
      if (dueOn >= today || done.has(`${pledge.id}/${item.id}`)) continue
      overdue.push({ pledge, item, dueOn, daysOverdue: daysBetween(dueOn, today) })
    }
  }
  return overdue.sort((a, b) => b.daysOverdue - a.daysOverdue)
}


/** A local calendar day as `YYYY-MM-DD` (the user's clock, not UTC: a notice is dated where it is posted). */
