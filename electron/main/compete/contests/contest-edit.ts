import type { z } from 'zod'
import type { contestDraftSchema } from '@shared/compete/contests/contract'
import { CONTEST_STATUS_LABELS, type Contest, type ContestItem } from '@shared/compete/contests/model'
import { conflict, invalid, notFound } from '@shared/errors'
import type { Database } from '@shared/model/database'
import { cellProblem } from '@shared/rules/contest-scoring'
import { hasValues } from '@shared/rules/contest-sheets'
import { entrantName, judgeName, sheetsOf } from './view'

/*
 * Contests as pure changes of the database: each returns the new database and the contest, or
 * throws an AppError and changes nothing. A contest is edited only as a 草稿; once scores are in,
 * the scoring rule (method, items' maxima, weights, decimals) changes only when the user confirms,
 * and never under a value it would make wrong; entrants, judges, items and rounds that carry
 * scores cannot be removed (their scores would go with them).
 */

export interface Stamp {
  now: string
  today: string
  newId: () => string
}

type Draft = z.output<typeof contestDraftSchema>

export function findContest(db: Readonly<Database>, id: string): Contest {
  const contest = db.contests.find((c) => c.id === id)
  if (!contest) throw notFound('该比武竞赛')
  return contest
}

export function mustBeDraft(contest: Contest, doing: string) {
  if (contest.status === 'draft') return
  if (contest.status === 'final') throw conflict(`「${contest.name}」已定稿，成绩已锁定，不能${doing}；如需修改，请先填写原因重新打开`)
  throw conflict(`「${contest.name}」${CONTEST_STATUS_LABELS[contest.status]}中，不能${doing}；如需修改，请先撤回公示`)
}

const scoringOf = (items: readonly Pick<ContestItem, 'id' | 'max' | 'weight' | 'decimals'>[], rule: Contest['rule']) =>
  JSON.stringify({ items: items.map(({ id, max, weight, decimals }) => ({ id, max, weight, decimals })), method: rule.method, trimFrom: rule.trimFrom, resultDecimals: rule.resultDecimals, deductions: rule.deductions })

export function saveContest(db: Database, draft: Draft, stamp: Stamp): { db: Database; contest: Contest } {
  const existing = draft.id ? findContest(db, draft.id) : undefined
  if (existing) mustBeDraft(existing, '修改')

  const entrants = [...new Set(draft.entrants)]
  const known = existing?.entrantKind === draft.entrantKind ? new Set(existing.entrants) : new Set<string>()
  for (const refId of entrants) {
    if (known.has(refId)) continue
    const found = draft.entrantKind === 'team' ? db.teams.find((t) => t.id === refId && !t.deletedAt) : db.people.find((p) => p.id === refId && !p.deletedAt)
    if (!found) throw invalid(`参赛者：所选${draft.entrantKind === 'team' ? '班组' : '人员'}不存在或已被删除`)
  }

  const items = draft.items.map((item) => ({ ...item, id: item.id ?? stamp.newId() }))
  if (new Set(items.map((i) => i.name)).size < items.length) throw invalid('评分项目：项目名称不能重复')
  if (new Set(items.map((i) => i.id)).size < items.length) throw invalid('评分项目：同一项目出现了两次')
  const judges = draft.judges.map((judge) => ({ ...judge, id: judge.id ?? stamp.newId() }))
  judges.forEach((judge, n) => {
    const before = existing?.judges.find((j) => j.id === judge.id)
    if (judge.personId && judge.personId !== before?.personId && !db.people.some((p) => p.id === judge.personId && !p.deletedAt)) throw invalid(`评委：第${n + 1}名评委不在花名册中或已被删除`)
    if (!judge.personId && !judge.name) throw invalid(`评委：请填写第${n + 1}名评委的姓名，或从花名册中选择`)
  })
  const judgeNames = judges.map((j) => judgeName(db, j))
  const twin = judgeNames.find((name, n) => judgeNames.indexOf(name) !== n)
  if (twin) throw invalid(`评委：${twin}重复`)

  const rounds = draft.rounds.map((round) => ({ ...round, id: round.id ?? stamp.newId(), entrantIds: draft.rounds.length === 1 ? entrants : [...new Set(round.entrantIds)] }))
  for (const round of rounds) {
    const stranger = round.entrantIds.find((id) => !entrants.includes(id))
    if (stranger) throw invalid(`轮次：「${round.name}」的参赛者${entrantName(db, draft, stranger)}不在本场竞赛的参赛者中`)
  }
  if (new Set(rounds.map((r) => r.name)).size < rounds.length) throw invalid('轮次：轮次名称不能重复')
  if (draft.awards.basis === 'count' && draft.awards.tiers.some((t) => !Number.isInteger(t.quota))) throw invalid('评奖办法：名额应为整数')
  if (draft.awards.tieBreak === 'item' && !items.some((i) => i.id === draft.awards.tieItemId)) throw invalid('评奖办法：请选择并列时比较的评分项目')

  if (existing) checkScoredParts(db, existing, { items, judges, rounds, entrantKind: draft.entrantKind, rule: draft.rule }, draft.ruleChangeConfirmed)

  const contest: Contest = {
    id: existing?.id ?? stamp.newId(),
    year: draft.year,
    kind: draft.kind,
    name: draft.name,
    date: draft.date,
    place: draft.place,
    entrantKind: draft.entrantKind,
    entrants,
    items,
    judges,
    rounds,
    rule: draft.rule,
    awards: { ...draft.awards, tieItemId: draft.awards.tieBreak === 'item' ? draft.awards.tieItemId : null },
    issuer: draft.issuer,
    status: existing?.status ?? 'draft',
    noticeFrom: existing?.noticeFrom ?? null,
    noticeTo: existing?.noticeTo ?? null,
    deductions: (existing?.deductions ?? []).filter((d) => rounds.some((r) => r.id === d.roundId && r.entrantIds.includes(d.entrantId))),
    tieDecisions: existing?.tieDecisions ?? [],
    reopenings: existing?.reopenings ?? [],
    finalizedAt: existing?.finalizedAt ?? null,
    createdAt: existing?.createdAt ?? stamp.now,
    updatedAt: stamp.now
  }
  const contests = existing ? db.contests.map((c) => (c.id === contest.id ? contest : c)) : [...db.contests, contest]
  return { db: { ...db, contests }, contest }
}

type Next = Pick<Contest, 'items' | 'judges' | 'rounds' | 'entrantKind' | 'rule'>

/** Refuses what would lose or silently re-score values already keyed. */
function checkScoredParts(db: Readonly<Database>, existing: Contest, next: Next, confirmed: boolean) {
  const sheets = sheetsOf(db, existing.id).filter((s) => hasValues(s.cells))
  if (!sheets.length) return
  const name = (id: string) => entrantName(db, existing, id)
  if (next.entrantKind !== existing.entrantKind) throw conflict('已录入成绩，不能改变参赛对象（个人/班组）')
  for (const sheet of sheets) {
    const round = next.rounds.find((r) => r.id === sheet.roundId)
    const oldRound = existing.rounds.find((r) => r.id === sheet.roundId)
    if (!round) throw conflict(`轮次「${oldRound?.name ?? ''}」已录入成绩，不能删除`)
    const judge = existing.judges.find((j) => j.id === sheet.judgeId)
    if (!next.judges.some((j) => j.id === sheet.judgeId)) throw conflict(`评委${judge ? judgeName(db, judge) : ''}已录入成绩，不能移出`)
    for (const [entrantId, row] of Object.entries(sheet.cells)) {
      const written = Object.entries(row).filter(([, v]) => v !== null)
      if (!written.length) continue
      if (!round.entrantIds.includes(entrantId)) throw conflict(`${name(entrantId)}在「${round.name}」已有成绩，不能移出`)
      for (const [itemId, value] of written) {
        const item = next.items.find((i) => i.id === itemId)
        const oldItem = existing.items.find((i) => i.id === itemId)
        if (!item) throw conflict(`评分项目「${oldItem?.name ?? ''}」已录入成绩，不能删除`)
        const problem = cellProblem(item, value as number)
        if (problem) throw conflict(`已录入的成绩与新的评分项目不符（${name(entrantId)}，${problem}），请先改正成绩`)
      }
    }
  }
  if (scoringOf(next.items, next.rule) !== scoringOf(existing.items, existing.rule) && !confirmed) {
    throw conflict('已录入成绩，修改计分办法（计分方法、满分、权重、小数位数、扣分）会改变已算出的成绩；请确认后再保存')
  }
}

export function deleteContest(db: Database, id: string): { db: Database; sheets: number } {
  const contest = findContest(db, id)
  mustBeDraft(contest, '删除')
  // A contest once final was made public with its results: reopened, it may be corrected, not deleted.
  if (contest.reopenings.length) throw conflict(`「${contest.name}」曾经定稿公布，只能修改，不能删除`)
  const sheets = sheetsOf(db, id).length
  return { db: { ...db, contests: db.contests.filter((c) => c.id !== id), contestSheets: db.contestSheets.filter((s) => s.contestId !== id) }, sheets }
}
