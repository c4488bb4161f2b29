import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ballotRuleText, checkTally, formatRate, nomineeResults, type NomineeCounts, type RoundFigures } from '@shared/rules/ballot-tally'
import { checkDecisions, voteSuggestions } from '@shared/rules/selection-decisions'

/*
 * The 民主测评 tally rules. Figures worked by hand in the comments; then properties over ballots
 * marked one by one, so a tally that comes from real sheets always passes and a mistyped one never does.
 */

const APPROVE = ['同意', '不同意', '弃权']
const rules = { choices: APPROVE, quota: 2, limitFavourable: true }
const round = (figures: Partial<RoundFigures> = {}): RoundFigures => ({ entitled: 40, issued: 36, returned: 35, valid: 33, void: 2, ...figures })
const nominee = (id: string, counts: (number | null)[] | null): NomineeCounts => ({ id, name: id, counts })

describe('checkTally: the round', () => {
  it.each([
    // 40 entitled, 36 issued, 35 returned (35 > 20), 33 valid + 2 void = 35: adds up.
    { figures: {}, verdict: 'valid', issues: [] },
    // 37 returned > 36 issued: void, whatever the split.
    { figures: { returned: 37, valid: 1, void: 1 }, verdict: 'void', reasons: ['收回票数（37）多于发出票数（36），本轮投票无效'] },
    // 20 returned of 40 entitled is exactly half, not more: void.
    { figures: { issued: 20, returned: 20, valid: 20, void: 0 }, verdict: 'void', reasons: ['收回票数（20）未超过应到人数（40）的半数，本轮投票无效'] },
    // 21 of 40 is more than half.
    { figures: { issued: 21, returned: 21, valid: 21, void: 0 }, verdict: 'valid', issues: [] },
    // 33 + 1 = 34 ≠ 35.
    { figures: { void: 1 }, verdict: null, issues: [{ field: 'void', message: '有效票（33）与废票（1）之和为34，应等于收回票数（35）' }] },
    // 41 issued to 40 entitled cannot be.
    { figures: { issued: 41 }, verdict: null, issues: [{ field: 'issued', message: '发出票数（41）不能多于应到人数（40）' }] }
  ])('$figures → $verdict', ({ figures, verdict, issues, reasons }) => {
    const valid = figures.valid ?? 33
    const counts = [nominee('甲', [valid, 0, 0]), nominee('乙', [0, valid, 0])]
    const check = checkTally(round(figures), counts, rules)
    expect(check.verdict).toBe(verdict)
    if (issues) expect(check.issues.map(({ field, message }) => ({ field, message }))).toEqual(issues)
    if (reasons) expect(check.voidReasons).toEqual(reasons)
  })
})

describe('checkTally: each nominee', () => {
  it('asks for counts not typed, and names the nominee whose counts do not add up to the valid ballots', () => {
    // 甲 30 + 2 + 1 = 33 ✓; 乙 20 + 10 + 2 = 32 ≠ 33; 丙 not typed.
    const check = checkTally(round(), [nominee('甲', [30, 2, 1]), nominee('乙', [20, 10, 2]), nominee('丙', [null, 3, 0])], rules)
    expect(check.verdict).toBeNull()
    expect(check.issues).toEqual([
      { field: 'votes', nomineeId: '乙', message: '乙：各项得票之和为32，应等于有效票数（33）' },
      { field: 'votes', nomineeId: '丙', message: '请录入丙的各项得票' }
    ])
  })

  it('refuses more favourable marks than the valid ballots can hold under the quota', () => {
    // 3 nominees, quota 2, 10 valid: at most 20 同意. 8 + 7 + 6 = 21 > 20.
    const figures = round({ entitled: 12, issued: 10, returned: 10, valid: 10, void: 0 })
    const three = [nominee('甲', [8, 2, 0]), nominee('乙', [7, 3, 0]), nominee('丙', [6, 4, 0])]
    expect(checkTally(figures, three, rules).issues.map((i) => i.message)).toEqual([
      '“同意”票合计21，超过有效票数10×名额2=20：同意人数超过名额的票应计为废票，请核对'
    ])
    // Without the limit the same figures are fine; with 丙 at 5 they are 20 = 20.
    expect(checkTally(figures, three, { ...rules, limitFavourable: false }).verdict).toBe('valid')
    expect(checkTally(figures, [three[0], three[1], nominee('丙', [5, 5, 0])], rules).verdict).toBe('valid')
  })
})

describe('rates and ranks', () => {
  it('works out 同意率 against the valid ballots, two decimals', () => {
    expect(formatRate(30, 33)).toBe('90.91%') // 30/33 = 0.909090… → 90.91
    expect(formatRate(2, 3)).toBe('66.67%')
    expect(formatRate(1, 8)).toBe('12.50%')
    expect(formatRate(33, 33)).toBe('100.00%')
    expect(formatRate(0, 0)).toBe('—')
  })

  it('ranks 1, 2, 2, 4 by favourable count; more than half means strictly more', () => {
    // 33 valid: half is 16.5, so 17 is over half and 16 is not.
    const results = nomineeResults(33, [
      { id: 'a', counts: [30, 3, 0] },
      { id: 'b', counts: [17, 16, 0] },
      { id: 'c', counts: [17, 10, 6] },
      { id: 'd', counts: [16, 17, 0] }
    ])
    expect(results.map((r) => [r.id, r.rank, r.overHalf])).toEqual([
      ['a', 1, true],
      ['b', 2, true],
      ['c', 2, true],
      ['d', 4, false]
    ])
    expect(results[0].favourableRate).toBeCloseTo(30 / 33)
  })

  it('prints the rule from the quota and the favourable choice', () => {
    expect(ballotRuleText(rules)).toBe('同意人数不得超过2名，超过视为废票')
    expect(ballotRuleText({ choices: ['优秀', '称职', '基本称职', '不称职'], quota: 3, limitFavourable: true })).toBe('优秀人数不得超过3名，超过视为废票')
    expect(ballotRuleText({ ...rules, limitFavourable: false })).toBe('')
  })
})

describe('decisions next to the votes', () => {
  // Quota 2. a 30 (rank 1), b 17 and c 17 (rank 2, tied across the edge), d 16 (not over half).
  const results = nomineeResults(33, [
    { id: 'a', counts: [30, 3, 0] },
    { id: 'b', counts: [17, 16, 0] },
    { id: 'c', counts: [17, 10, 6] },
    { id: 'd', counts: [16, 17, 0] }
  ])
  const suggestions = voteSuggestions(results, 2)

  it('says what the votes alone point to', () => {
    expect(Object.fromEntries(suggestions)).toEqual({ a: 'elected', b: 'tie', c: 'tie', d: 'notElected' })
  })

  const entry = (id: string, decision: 'elected' | 'notElected' | null, note = '') => ({ id, name: id, decision, note, suggestion: suggestions.get(id) ?? null })

  it('asks for a note where the meeting departs from the votes or settles the tie, and keeps to the quota', () => {
    const issues = checkDecisions([entry('a', 'notElected'), entry('b', 'elected'), entry('c', 'notElected', '经会议讨论，乙业绩更突出'), entry('d', 'elected')], 2, 'valid')
    expect(issues).toEqual([
      { nomineeId: 'a', message: 'a得票在名额内且过半数，会议决定未当选：请在说明中写明理由' },
      { nomineeId: 'b', message: 'b与他人得票相同、处在名额边界，请在说明中写明会议如何决定' },
      { nomineeId: 'd', message: 'd得票未过半数或不在名额内，会议决定当选：请在说明中写明理由' }
    ])
    expect(checkDecisions([entry('a', 'elected'), entry('b', 'elected', '按业绩'), entry('c', 'elected', '并列')], 2, 'valid')).toEqual([
      { nomineeId: null, message: '当选3名，超过名额2名' }
    ])
    expect(checkDecisions([entry('a', 'elected'), entry('b', 'elected', '按业绩'), entry('c', 'notElected', '并列，按业绩'), entry('d', null)], 2, 'valid')).toEqual([])
  })

  it('records no 当选 without a valid round', () => {
    expect(checkDecisions([{ id: 'a', name: '甲', decision: 'elected', note: '', suggestion: null }], 2, 'void')[0].message).toBe('本轮投票无效，不能记录甲当选；请重新投票')
    expect(checkDecisions([{ id: 'a', name: '甲', decision: 'elected', note: '', suggestion: null }], 2, null)[0].message).toBe('尚未录入计票，不能记录甲当选')
    expect(checkDecisions([{ id: 'a', name: '甲', decision: 'notElected', note: '', suggestion: null }], 2, 'void')).toEqual([])
  })
})

/** A meeting: each returned ballot is void, or marks one choice per nominee with at most `quota` favourable. */
const meeting = fc
  .record({ nominees: fc.integer({ min: 1, max: 6 }), quota: fc.integer({ min: 1, max: 3 }), absent: fc.nat({ max: 5 }), kept: fc.nat({ max: 2 }) })
  .chain(({ nominees, quota, absent, kept }) =>
    fc.record({
      nominees: fc.constant(nominees),
      quota: fc.constant(quota),
      absent: fc.constant(absent),
      kept: fc.constant(kept),
      ballots: fc.array(fc.option(fc.array(fc.nat({ max: 2 }), { minLength: nominees, maxLength: nominees }), { freq: 6 }), { minLength: 1, maxLength: 40 })
    })
  )
  .map(({ nominees, quota, absent, kept, ballots }) => {
    // A ballot with more favourable marks than the quota is void, as the printed rule says.
    const marked = ballots.map((b) => (b && b.filter((choice) => choice === 0).length <= quota ? b : null))
    const valid = marked.filter((b): b is number[] => b !== null)
    const counts = Array.from({ length: nominees }, (_, n) => [0, 1, 2].map((choice) => valid.filter((b) => b[n] === choice).length))
    const returned = marked.length
    const issued = returned + kept
    return {
      quota,
      figures: { entitled: issued + absent, issued, returned, valid: valid.length, void: returned - valid.length },
      nominees: counts.map((c, n) => nominee(`n${n}`, c))
    }
  })

describe('properties', () => {
  it('a tally counted from real ballots is never refused; it is void exactly when too few came back', () => {
    fc.assert(
      fc.property(meeting, ({ quota, figures, nominees }) => {
        const check = checkTally(figures, nominees, { ...rules, quota })
        expect(check.issues).toEqual([])
        expect(check.verdict).toBe(figures.returned * 2 > figures.entitled ? 'valid' : 'void')
      })
    )
  })

  it('one count mistyped by one is always caught at that nominee (when the round counts)', () => {
    fc.assert(
      fc.property(meeting, fc.nat(), fc.nat({ max: 2 }), fc.constantFrom(1, -1), ({ quota, figures, nominees }, which, choice, delta) => {
        fc.pre(figures.returned * 2 > figures.entitled)
        const n = which % nominees.length
        const counts = [...(nominees[n].counts as number[])]
        fc.pre(counts[choice] + delta >= 0)
        counts[choice] += delta
        const typed = nominees.map((x, i) => (i === n ? { ...x, counts } : x))
        const check = checkTally(figures, typed, { ...rules, quota })
        expect(check.verdict).toBeNull()
        expect(check.issues.some((issue) => issue.nomineeId === nominees[n].id)).toBe(true)
      })
    )
  })

  it('rates of one nominee add up to the whole of the valid ballots; a higher count never ranks lower', () => {
    fc.assert(
      fc.property(meeting, ({ figures, nominees }) => {
        fc.pre(figures.valid > 0)
        const results = nomineeResults(figures.valid, nominees.map((n) => ({ id: n.id, counts: n.counts as number[] })))
        for (const r of results) expect(r.counts.reduce((a, b) => a + b, 0)).toBe(figures.valid)
        for (const a of results) for (const b of results) if (a.favourable > b.favourable) expect(a.rank).toBeLessThan(b.rank)
      })
    )
  })
})
