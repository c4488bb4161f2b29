import { z } from 'zod'

/*
 * Days, months and years as every stage stores them: plain strings in local (office) time, so a
 * record typed on 6月30日 stays on 6月30日 whatever the machine's time zone does to a Date.
 */

const MONTH = '(0[1-9]|1[0-2])'
const DAY = '(0[1-9]|[12]\\d|3[01])'

/** `YYYY-MM-DD`. */
export const DAY_PATTERN = new RegExp(`^\\d{4}-${MONTH}-${DAY}$`)
/** `YYYY-MM` or `YYYY-MM-DD`, or empty: rosters and deadlines often know only the month. */
export const MONTH_OR_DAY_PATTERN = new RegExp(`^$|^\\d{4}-${MONTH}(-${DAY})?$`)

/** A calendar day, `YYYY-MM-DD`. */
export const daySchema = z.string().regex(DAY_PATTERN, '日期格式应为“2026-06-30”')

/** A month or a day, or empty; `message` names the field's own example. */
export const monthOrDaySchema = (message: string) => z.string().regex(MONTH_OR_DAY_PATTERN, message)

/** A campaign year (活动年度): every stage's records belong to one; the current one is `settings.year`. */
export const yearSchema = z.number().int().min(2000).max(2100)

/** Today (or `now`) as `YYYY-MM-DD` in local time. */
export function localDay(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`
}

/** Whole days from one `YYYY-MM-DD` to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}
