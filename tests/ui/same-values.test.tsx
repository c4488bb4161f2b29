import dayjs from 'dayjs'
import { describe, expect, it } from 'vitest'
import { sameValues } from '../../renderer/src/components/unsaved/same-values'

/* What the unsaved-work guard counts as "still what was loaded". */

describe('sameValues', () => {
  it('treats the ways a form reports an empty field as the same nothing', () => {
    expect(sameValues({ a: undefined, b: null, c: '', d: [] }, {})).toBe(true)
    expect(sameValues({ teamId: undefined }, { teamId: null })).toBe(true)
  })

  it('sees a typed value, a changed number, a changed flag and a longer list', () => {
    expect(sameValues({ name: '张三' }, { name: '' })).toBe(false)
    expect(sameValues({ year: 2026 }, { year: 2025 })).toBe(false)
    expect(sameValues({ isLeader: true }, { isLeader: false })).toBe(false)
    expect(sameValues({ items: [{ content: 'a' }, { content: '' }] }, { items: [{ content: 'a' }] })).toBe(false)
    expect(sameValues({ items: [{ content: 'a', id: 'x' }] }, { items: [{ content: 'a', id: 'x' }] })).toBe(true)
  })

  it('compares dates by the moment they name, not by object', () => {
    expect(sameValues({ date: dayjs('2026-03-01') }, { date: dayjs('2026-03-01') })).toBe(true)
    expect(sameValues({ date: dayjs('2026-03-01') }, { date: dayjs('2026-03-02') })).toBe(false)
    expect(sameValues({ date: dayjs('2026-03-01') }, { date: '2026-03-01' })).toBe(false)
  })

  it('tells false and 0 from nothing', () => {
    expect(sameValues({ completesItem: false }, {})).toBe(false)
    expect(sameValues({ score: 0 }, { score: null })).toBe(false)
  })
})
