import type { ContestListEntry, ContestView, RoundResult } from '@shared/compete/contests/contract'
import type { Contest, ContestRound, ScoreSheet, Standing } from '@shared/compete/contests/model'
import type { Database } from '@shared/model/database'
import { awardRound } from '@shared/rules/contest-awards'
import { ruleText, scoreRound } from '@shared/rules/contest-scoring'
import { sortByName } from '@shared/rules/name-order'
import { hasValues, keyingDifferences, sheetFill, SHEET_STATE_LABELS } from '@shared/rules/contest-sheets'

/*
 * A contest as the screens, the printables and the lifecycle see it: names resolved from the
 * roster, each round's results worked out from the first keying of the judges' sheets, the
 * sheet summary, and what still stands in the way of 成绩公示 / 定稿.
 */

type Db = Readonly<Database>

export function entrantName(db: Db, contest: Pick<Contest, 'entrantKind'>, refId: string): string {
  if (contest.entrantKind === 'team') return db.teams.find((t) => t.id === refId)?.name ?? '（已删除班组）'
  return db.people.find((p) => p.id === refId)?.name ?? '（已删除人员）'
}

export function judgeName(db: Db, judge: Contest['judges'][number]): string {
  if (!judge.personId) return judge.name
  return db.people.find((p) => p.id === judge.personId)?.name ?? (judge.name || '（已删除人员）')
}

export const sheetsOf = (db: Db, contestId: string) => db.contestSheets.filter((s) => s.contestId === contestId)

const findSheet = (sheets: readonly ScoreSheet[], roundId: string, judgeId: string, keying: ScoreSheet['keying']) =>
  sheets.find((s) => s.roundId === roundId && s.judgeId === judgeId && s.keying === keying)

function roundResult(db: Db, contest: Contest, round: ContestRound, last: boolean, sheets: readonly ScoreSheet[]): RoundResult {
  const name = (id: string) => entrantName(db, contest, id)
  const firsts = new Map(contest.judges.map((j) => [j.id, findSheet(sheets, round.id, j.id, 'first')?.cells ?? {}]))
  const deductions = new Map(contest.deductions.filter((d) => d.roundId === round.id).map((d) => [d.entrantId, d.points]))
  const scored = scoreRound({ items: contest.items, rule: contest.rule, judgeIds: contest.judges.map((j) => j.id), entrantIds: round.entrantIds, sheets: firsts, deductions })
  const awarding = last && contest.awards.tiers.length > 0
  const outcome = awarding ? awardRound(scored, contest.awards, contest.tieDecisions.filter((d) => d.roundId === round.id)) : null
  const awards = new Map(outcome?.awards.map((a) => [a.entrantId, a]))
  const teamOf = (id: string) => {
    if (contest.entrantKind === 'team') return ''
    const teamId = db.people.find((p) => p.id === id)?.teamId
    return db.teams.find((t) => t.id === teamId)?.name ?? ''
  }
  return {
    roundId: round.id,
    roundName: round.name,
    awards: awarding,
    lines: scored.map((r) => ({
      entrantId: r.entrantId,
      name: name(r.entrantId),
      teamName: teamOf(r.entrantId),
      marks: r.marks,
      counted: r.counted,
      dropped: r.dropped,
      base: r.base,
      deduction: r.deduction,
      final: r.final,
      incomplete: r.incomplete,
      rank: r.rank,
      tied: r.tied,
      award: awards.get(r.entrantId)?.label ?? null,
      awardPending: awards.get(r.entrantId)?.pending ?? false
    })),
    ties: (outcome?.ties ?? []).map((t) => ({ ...t, names: t.entrantIds.map(name) })),
    warnings: outcome?.warnings ?? [],
    sheets: contest.judges.map((judge) => {
      const fill = sheetFill(contest.items, round.entrantIds, firsts.get(judge.id))
      const second = findSheet(sheets, round.id, judge.id, 'second')
      const differences = second ? keyingDifferences(contest.items.map((i) => i.id), round.entrantIds, firsts.get(judge.id), second.cells).length : 0
      return {
        judgeId: judge.id,
        judgeName: judgeName(db, judge),
        state: fill.state,
        scored: fill.scored,
        blankNames: fill.blank.map(name),
        partialNames: fill.partial.map(name),
        secondKeying: second ? (differences ? 'differs' : 'agrees') : 'none',
        differences
      }
    })
  }
}

/** What keeps a contest from 成绩公示 and 定稿, one sentence each. */
export function blockersOf(results: readonly RoundResult[]): string[] {
  const out: string[] = []
  for (const round of results) {
    const at = results.length > 1 ? `${round.roundName}：` : ''
    if (round.lines.length === 0) out.push(`${at}没有参赛者`)
    for (const sheet of round.sheets) {
      if (sheet.state === 'missing') out.push(`${at}评委${sheet.judgeName}的评分表${SHEET_STATE_LABELS.missing}`)
      if (sheet.partialNames.length) out.push(`${at}评委${sheet.judgeName}的评分表中${sheet.partialNames.join('、')}有未填的分项`)
      if (sheet.secondKeying === 'differs') out.push(`${at}评委${sheet.judgeName}的评分表两次录入有${sheet.differences}处不一致`)
    }
    const unscored = round.lines.filter((l) => l.incomplete === '尚无评委评分')
    if (unscored.length && round.sheets.some((s) => s.state !== 'missing')) out.push(`${at}${unscored.map((l) => l.name).join('、')}没有评委评分`)
    for (const tie of round.ties.filter((t) => !t.resolvedBy)) out.push(`${at}${tie.names.join('、')}并列${tie.final}分，${tie.upper}待定（请确定先后）`)
  }
  return out
}

export function contestView(db: Db, contest: Contest): ContestView {
  const sheets = sheetsOf(db, contest.id)
  const rounds = contest.rounds
  const results = rounds.map((round, n) => roundResult(db, contest, round, n === rounds.length - 1, sheets))
  const names = new Map(contest.entrants.map((id) => [id, entrantName(db, contest, id)]))
  return {
    ...contest,
    entrantNames: Object.fromEntries(names),
    entrantOrders: nameOrders(contest.entrants, names),
    judgeNames: Object.fromEntries(contest.judges.map((j) => [j.id, judgeName(db, j)])),
    results,
    blockers: blockersOf(results),
    ruleText: ruleText(contest.rule, contest.judges.length),
    hasScores: sheets.some((s) => hasValues(s.cells))
  }
}

/*
 * Every sheet saved answers with the contest's view, and the names in it seldom change: their
 * 姓氏笔画 and 拼音 orders (the slowest part of a 300-entrant view) are kept for the last few
 * lists of names.
 */
const ORDERS_KEPT = 4
const orders = new Map<string, ContestView['entrantOrders']>()

function nameOrders(ids: readonly string[], names: ReadonlyMap<string, string>): ContestView['entrantOrders'] {
  const key = ids.map((id) => `${id}\u0000${names.get(id)}`).join('\u0001')
  const kept = orders.get(key)
  // Copies: a caller may sort or splice what it is given.
  if (kept) return { strokes: [...kept.strokes], pinyin: [...kept.pinyin] }
  const ordered = (order: 'strokes' | 'pinyin') => sortByName(ids, (id) => names.get(id) ?? '', order)
  const made = { strokes: ordered('strokes'), pinyin: ordered('pinyin') }
  orders.set(key, made)
  if (orders.size > ORDERS_KEPT) orders.delete(orders.keys().next().value as string)
  return made
}

export function listEntry(db: Db, contest: Contest): ContestListEntry {
  const sheets = sheetsOf(db, contest.id).filter((s) => s.keying === 'first' && hasValues(s.cells))
  return {
    id: contest.id,
    year: contest.year,
    kind: contest.kind,
    name: contest.name,
    date: contest.date,
    place: contest.place,
    status: contest.status,
    entrantKind: contest.entrantKind,
    noticeTo: contest.noticeTo,
    entrants: contest.entrants.length,
    judges: contest.judges.length,
    sheetsDone: sheets.length,
    sheetsWanted: contest.judges.length * contest.rounds.length
  }
}

/** The last round's standings, as the reopening log keeps them. */
export function standings(db: Db, contest: Contest): Standing[] {
  const last = contestView(db, contest).results.at(-1)
  return (last?.lines ?? []).map((l) => ({ name: l.name, final: l.final, rank: l.rank, award: l.award }))
}
