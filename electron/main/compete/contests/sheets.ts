import type { Contest, ScoreSheet, SheetCells } from '@shared/compete/contests/model'
import { invalid } from '@shared/errors'
import type { Database } from '@shared/model/database'
import { cellProblem } from '@shared/rules/contest-scoring'
import { findContest, mustBeDraft, type Stamp } from './contest-edit'
import { entrantName } from './view'

/*
 * Score sheets, deductions and the officer's tie decisions: each a pure change of one contest's
 * records, checked in full before anything is kept (one bad cell refuses the whole sheet, so a
 * sheet is never saved half-way).
 */

export interface SheetKey {
  contestId: string
  roundId: string
  judgeId: string
  keying: ScoreSheet['keying']
}

function roundOf(contest: Contest, roundId: string) {
  const round = contest.rounds.find((r) => r.id === roundId)
  if (!round) throw invalid('该轮次不存在')
  return round
}

/** The cells of the round's entrants and the contest's items only; every value checked against its item. */
export function checkedCells(db: Readonly<Database>, contest: Contest, roundId: string, cells: SheetCells): SheetCells {
  const round = roundOf(contest, roundId)
  const out: SheetCells = {}
  for (const [entrantId, row] of Object.entries(cells)) {
    if (!round.entrantIds.includes(entrantId)) throw invalid(`成绩：${entrantName(db, contest, entrantId)}不是「${round.name}」的参赛者（可能已被移出）`)
    const kept: Record<string, number | null> = {}
    for (const [itemId, value] of Object.entries(row)) {
      const item = contest.items.find((i) => i.id === itemId)
      if (!item) throw invalid('成绩：评分项目不存在（可能已被删除），请重新打开评分表')
      const problem = value === null ? null : cellProblem(item, value)
      if (problem) throw invalid(`成绩：${entrantName(db, contest, entrantId)}的${problem}`)
      kept[itemId] = value
    }
    out[entrantId] = kept
  }
  return out
}

export function saveSheet(db: Database, key: SheetKey, cells: SheetCells, stamp: Stamp): Database {
  const contest = findContest(db, key.contestId)
  mustBeDraft(contest, '修改成绩')
  if (!contest.judges.some((j) => j.id === key.judgeId)) throw invalid('评委不存在（可能已被移出本场竞赛）')
  const checked = checkedCells(db, contest, key.roundId, cells)
  const same = (s: ScoreSheet) => s.contestId === key.contestId && s.roundId === key.roundId && s.judgeId === key.judgeId && s.keying === key.keying
  const existing = db.contestSheets.find(same)
  const sheet: ScoreSheet = { id: existing?.id ?? stamp.newId(), ...key, cells: checked, updatedAt: stamp.now }
  const contestSheets = existing ? db.contestSheets.map((s) => (same(s) ? sheet : s)) : [...db.contestSheets, sheet]
  return { ...db, contestSheets }
}

export function saveDeductions(db: Database, contestId: string, roundId: string, deductions: { entrantId: string; points: number; reason: string }[]): Database {
  const contest = findContest(db, contestId)
  mustBeDraft(contest, '修改扣分')
  if (!contest.rule.deductions) throw invalid('本场竞赛的计分办法没有扣分')
  const round = roundOf(contest, roundId)
  for (const d of deductions) {
    if (!round.entrantIds.includes(d.entrantId)) throw invalid(`扣分：${entrantName(db, contest, d.entrantId)}不是「${round.name}」的参赛者`)
  }
  const kept = deductions.filter((d) => d.points > 0).map((d) => ({ ...d, roundId }))
  const updated: Contest = { ...contest, deductions: [...contest.deductions.filter((d) => d.roundId !== roundId), ...kept] }
  return { ...db, contests: db.contests.map((c) => (c.id === contestId ? updated : c)) }
}

/** The officer's order for tied entrants; replaces an earlier decision about any of them. */
export function decideTie(db: Database, contestId: string, roundId: string, entrantIds: string[], note: string): Database {
  const contest = findContest(db, contestId)
  mustBeDraft(contest, '确定并列先后')
  const round = roundOf(contest, roundId)
  if (new Set(entrantIds).size !== entrantIds.length) throw invalid('并列的参赛者不能重复')
  const stranger = entrantIds.find((id) => !round.entrantIds.includes(id))
  if (stranger) throw invalid(`${entrantName(db, contest, stranger)}不是「${round.name}」的参赛者`)
  const others = contest.tieDecisions.filter((d) => d.roundId !== roundId || !d.entrantIds.some((id) => entrantIds.includes(id)))
  const updated: Contest = { ...contest, tieDecisions: [...others, { roundId, entrantIds, note }] }
  return { ...db, contests: db.contests.map((c) => (c.id === contestId ? updated : c)) }
}
