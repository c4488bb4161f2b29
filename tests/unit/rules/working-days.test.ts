import { describe, expect, it } from 'vitest'
import { noticeEnd, workingDaysBetween } from '@shared/rules/working-days'

describe('公示期 in working days (Monday to Friday)', () => {
  it.each([
    // 2026-12-02 is a Wednesday: Wed Thu Fri, Mon Tue → Tuesday the 8th.
    ['2026-12-02', 5, '2026-12-08'],
    // From a Monday, five days end on its Friday.
    ['2026-12-07', 5, '2026-12-11'],
    // A Saturday start counts from Monday: Mon..Fri of the next week.
    ['2026-12-05', 5, '2026-12-11'],
    ['2026-12-02', 1, '2026-12-02'],
    // Across the year's end: Thu 31st, Fri 1st, Mon 4th.
    ['2026-12-31', 3, '2027-01-04']
  ])('%s + %i working days ends on %s', (from, count, end) => {
    expect(noticeEnd(from, count)).toBe(end)
  })

  it('counts the working days of a period, both ends included', () => {
    expect(workingDaysBetween('2026-12-02', '2026-12-08')).toBe(5)
    expect(workingDaysBetween('2026-12-05', '2026-12-06')).toBe(0)
    expect(workingDaysBetween('2026-12-08', '2026-12-02')).toBe(0)
  })

  it('refuses a period of no days', () => {
    expect(() => noticeEnd('2026-12-02', 0)).toThrow(RangeError)
  })
})
