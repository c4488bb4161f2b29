import type { FormRule } from 'antd'
import { localDay } from '@shared/rules/dates'
import { deadlinePassed, deadlineYearProblem } from '@shared/rules/pledge-deadlines'
import { deadlineLabel } from './deadline-label'

/*
 * 完成时限 as it is picked: outside the pledge's year it is an error (main refuses it too); already
 * past it is a warning, and saving asks first (pastDeadlines), since such an item shows as 逾期 the
 * moment the pledge is approved.
 */

/** The pledge's year as typed, or null while the year field is empty or half typed (its own rule says so). */
const yearOf = (getFieldValue: (name: string) => unknown): number | null => {
  const year = getFieldValue('year')
  return typeof year === 'number' && Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null
}

export const deadlineRules: FormRule[] = [
  ({ getFieldValue }) => ({
    validator: async (_rule, value: string | undefined) => {
      const year = yearOf(getFieldValue)
      const problem = year === null ? null : deadlineYearProblem(value ?? '', year)
      if (problem) throw new Error(problem)
    }
  }),
  ({ getFieldValue }) => ({
    warningOnly: true,
    validator: async (_rule, value: string | undefined) => {
      const year = yearOf(getFieldValue)
      if (value && year !== null && !deadlineYearProblem(value, year) && deadlinePassed(value, year, localDay())) throw new Error(`${deadlineLabel(value)}已过，审核通过后即显示为逾期`)
    }
  })
]

/** “第1项（2026年3月底前）” for each item whose deadline is already behind today. */
export function pastDeadlines(items: readonly { deadline?: string }[], year: number, today = localDay()): string[] {
  return items.flatMap((item, n) => (item.deadline && deadlinePassed(item.deadline, year, today) ? [`第${n + 1}项（${deadlineLabel(item.deadline)}）`] : []))
}
