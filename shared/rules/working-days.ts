/*
 * 公示期 are counted in working days (公示期不少于5个工作日). The app is offline and cannot know the
 * year's 调休 calendar, so a working day is Monday to Friday; the notice form shows the end day it
 * worked out, and the officer moves it when a holiday falls inside.
 */

const parse = (day: string) => {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d))
}
const format = (date: Date) => date.toISOString().slice(0, 10)
const isWeekend = (date: Date) => date.getUTCDay() === 0 || date.getUTCDay() === 6

/**
 * The last day of a notice that starts on `from` and lasts `count` working days, `from` counting
 * as the first when it is one: 2026-12-02 (a Wednesday) + 5 → 2026-12-08.
 */
export function noticeEnd(from: string, count: number): string {
  if (!Number.isInteger(count) || count < 1) throw new RangeError('count must be a positive whole number')
  const date = parse(from)
  let left = count
  for (;;) {
    if (!isWeekend(date)) left -= 1
    if (left === 0) return format(date)
    date.setUTCDate(date.getUTCDate() + 1)
  }
}

/** Working days from `from` to `to`, both counted (0 when `to` is before `from`). */
export function workingDaysBetween(from: string, to: string): number {
  const date = parse(from)
  const end = parse(to)
  let count = 0
  while (date <= end) {
    if (!isWeekend(date)) count += 1
    date.setUTCDate(date.getUTCDate() + 1)
  }
  return count
}
