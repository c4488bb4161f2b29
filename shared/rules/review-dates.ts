import { daysBetween } from './dates'

/*
 * The half years reviews are held in (上半年 / 下半年), and the dates a review's records may carry:
 * a review written within its round, a fix due after it is written and within a year of the round's end.
 */

export const HALVES = ['first', 'second'] as const
export type Half = (typeof HALVES)[number]
export const HALF_LABELS: Record<Half, string> = { first: '上半年', second: '下半年' }

/** 2026年上半年. */
export const periodTitle = (year: number, half: Half) => `${year}年${HALF_LABELS[half]}`

/** The first and last day of a half year. */
export function halfBounds(year: number, half: Half): { from: string; to: string } {
  return half === 'first' ? { from: `${year}-01-01`, to: `${year}-06-30` } : { from: `${year}-07-01`, to: `${year}-12-31` }
}

/** The half year a day falls in. */
export function halfOf(day: string): Half {
  return Number(day.slice(5, 7)) <= 6 ? 'first' : 'second'
}

/** A planned fix may take up to a year after the round ends: longer is no plan. */
export const FIX_HORIZON_DAYS = 366

/** Why a fix's due date is unreasonable for a review written on `writtenOn` in a round ending `roundEnds`; null when fine. */
export function fixDueProblem(dueOn: string, writtenOn: string, roundEnds: string): string | null {
  if (dueOn < writtenOn) return `整改时限（${dueOn}）不能早于填写日期（${writtenOn}）`
  if (daysBetween(roundEnds, dueOn) > FIX_HORIZON_DAYS) return `整改时限（${dueOn}）不能晚于本轮结束后一年`
  return null
}

/** Why a day lies outside a period; null when inside. `what` names the day (自评日期). */
export function outsideProblem(day: string, from: string, to: string, what: string): string | null {
  if (day < from || day > to) return `${what}（${day}）应在${from}至${to}之间`
  return null
}
