import { describe, expect, it } from 'vitest'
import { fulfilmentSchema, pledgeSchema } from '@shared/show/model'
import { daysBetween } from '@shared/rules/dates'
import { deadlineDay, overdueItems } from '@shared/rules/pledge-deadlines'

const pledge = (status: string, deadlines: string[]) =>
  pledgeSchema.parse({
    id: `p-${status}`,
    year: 2026,
    scope: 'person',
    personId: 'x',
    status,
    items: deadlines.map((deadline, i) => ({ id: `i${i}`, content: `事项${i}`, deadline }))
  })

describe('pledge deadlines', () => {
  it('reads a month as its last day and no deadline as the end of the pledge year', () => {
    expect(deadlineDay('2026-06', 2026)).toBe('2026-06-30')
    expect(deadlineDay('2028-02', 2028)).toBe('2028-02-29')
    expect(deadlineDay('2026-02', 2026)).toBe('2026-02-28')
    expect(deadlineDay('2026-05-20', 2026)).toBe('2026-05-20')
    expect(deadlineDay('', 2026)).toBe('2026-12-31')
  })

  it('lists items past their deadline, most overdue first, skipping done items and pledges not running', () => {
    const running = pledge('fulfilling', ['2026-03', '2026-05-10', '2026-12', '2026-07-01'])
    const done = fulfilmentSchema.parse({ id: 'f', pledgeId: running.id, itemId: 'i1', date: '2026-05-01', content: '已完成', completesItem: true })
    const progressOnly = fulfilmentSchema.parse({ id: 'g', pledgeId: running.id, itemId: 'i0', date: '2026-03-01', content: '进行中' })
    const overdue = overdueItems([running, pledge('draft', ['2026-01']), pledge('assessed', ['2026-01'])], [done, progressOnly], '2026-07-01')
    expect(overdue.map((o) => [o.item.id, o.dueOn, o.daysOverdue])).toEqual([['i0', '2026-03-31', 92]])
  })

  it('counts days across a month end', () => {
    expect(daysBetween('2026-01-31', '2026-03-01')).toBe(29)
  })
})
