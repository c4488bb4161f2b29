import type { InputOf, OutputOf } from '@shared/contract'
import type { TestBackend } from './backend'

/*
 * A small skill contest for the contest tests, made through the real handlers over the demo
 * roster: three entrants, two items (理论 40 with one decimal, 实操 60), two judges.
 */

export { ok } from './refusal'

export const personNamed = (b: TestBackend, name: string) => b.host.data().people.find((p) => p.name === name)!

export function contestDraft(b: TestBackend, extra: Partial<InputOf<'compete:contestSave'>> = {}): InputOf<'compete:contestSave'> {
  return {
    year: b.host.data().settings.year,
    kind: 'skill',
    name: '窗口业务技能比武',
    date: '2026-06-18',
    place: '三楼培训室',
    entrantKind: 'person',
    entrants: ['吴昊', '黄丽萍', '马国强'].map((n) => personNamed(b, n).id),
    items: [
      { name: '理论', max: 40, weight: 1, decimals: 1 },
      { name: '实操', max: 60, weight: 1, decimals: 0 }
    ],
    judges: [{ personId: personNamed(b, '周建国').id }, { personId: null, name: '张卫东' }],
    rounds: [{ name: '决赛', entrantIds: [] }],
    rule: { method: 'mean', trimFrom: 5, resultDecimals: 2, deductions: false },
    awards: { basis: 'count', tiers: [{ label: '一等奖', quota: 1 }, { label: '二等奖', quota: 1 }], tieBreak: 'highest', tieItemId: null },
    ...extra
  }
}

/** One judge's whole sheet from rows of [理论, 实操] in entrant order. */
export function sheetInput(contest: OutputOf<'compete:contestSave'>, judge: number, rows: [number | null, number | null][], keying: 'first' | 'second' = 'first'): InputOf<'compete:contestSheetSave'> {
  const round = contest.rounds[0]
  const [theory, practice] = contest.items
  return {
    contestId: contest.id,
    roundId: round.id,
    judgeId: contest.judges[judge].id,
    keying,
    cells: Object.fromEntries(round.entrantIds.map((id, n) => [id, { [theory.id]: rows[n]?.[0] ?? null, [practice.id]: rows[n]?.[1] ?? null }]))
  }
}
