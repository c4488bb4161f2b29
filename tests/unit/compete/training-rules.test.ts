import { describe, expect, it } from 'vitest'
import { daysOverdue, isOverdue, needsReminder } from '@shared/compete/training/rules'
import type { TrainingStatus } from '@shared/compete/training/model'

/*
 * The overdue rule, worked out by hand: today is 2026-07-01. A plan due 2026-06-30 is one day past
 * its 完成期限; one due today is still in time (0); one due 2026-07-08 is 7 days ahead (−7). Only an
 * open plan (计划中 / 进行中) is ever overdue or reminded of.
 */
const TODAY = '2026-07-01'

describe('training plans: overdue is derived from the 完成期限 and the status', () => {
  it.each<[TrainingStatus, string, number, boolean]>([
    ['running', '2026-06-30', 1, true],
    ['planned', '2026-05-31', 31, true], // June has 30 days: 31 May → 1 July is 31 days
    ['running', '2026-07-01', 0, false], // due today: still in time
    ['running', '2026-07-08', -7, false],
    ['done', '2026-06-30', 1, false], // closed: never overdue
    ['unfinished', '2026-01-31', 151, false],
    ['running', '2025-12-31', 182, true] // across the year end: 1 (31 Dec) + 181 days of 2026 to 1 July
  ])('%s due %s: %i days past, overdue %s', (status, dueOn, days, overdue) => {
    expect(daysOverdue({ dueOn }, TODAY)).toBe(days)
    expect(isOverdue({ status, dueOn }, TODAY)).toBe(overdue)
  })

  it.each<[TrainingStatus, string, number, boolean]>([
    ['running', '2026-07-08', 7, true], // 7 days ahead, within 7
    ['running', '2026-07-09', 7, false], // 8 days ahead
    ['planned', '2026-07-01', 0, true], // due today, within 0
    ['running', '2026-06-01', 0, true], // overdue is always reminded
    ['done', '2026-07-02', 7, false],
    ['unfinished', '2026-06-01', 7, false]
  ])('%s due %s, reminding %i days ahead: %s', (status, dueOn, within, reminded) => {
    expect(needsReminder({ status, dueOn }, TODAY, within)).toBe(reminded)
  })
})
