import type { z } from 'zod'
import { conflict, invalid, notFound } from '@shared/errors'
import type { Database } from '@shared/model/database'
import type { ReviewRound, reviewRoundDraftSchema } from '@shared/evaluate/reviews/model'
import { outsideProblem, periodTitle } from '@shared/rules/review-dates'
import { halfBounds } from '@shared/rules/review-dates'
import type { Stamp } from './stamp'

/*
 * Review rounds as pure changes: each returns the new database, or throws an AppError and changes
 * nothing. A closed round (完成本轮) is final: nothing in it changes until the user reopens it.
 */

type RoundDraft = z.output<typeof reviewRoundDraftSchema>

export const roundTitle = (round: Pick<ReviewRound, 'year' | 'half'>) => periodTitle(round.year, round.half)

export function findRound(db: Readonly<Database>, id: string): ReviewRound {
  const round = db.reviewRounds.find((r) => r.id === id)
  if (!round) throw notFound('该评议轮次')
  return round
}

/** Refuses a change inside a round that was completed. */
export function openRound(db: Readonly<Database>, id: string): ReviewRound {
  const round = findRound(db, id)
  if (round.closedOn) throw conflict(`${roundTitle(round)}党员自评互评已于${round.closedOn}完成，结果不再改动；如需修改，请先“重新打开”本轮`)
  return round
}

export function saveRound(db: Database, draft: RoundDraft, stamp: Stamp): { db: Database; round: ReviewRound } {
  const existing = draft.id ? openRound(db, draft.id) : undefined
  const bounds = halfBounds(draft.year, draft.half)
  const title = periodTitle(draft.year, draft.half)
  const outside = outsideProblem(draft.startsOn, bounds.from, bounds.to, '开始日期') ?? outsideProblem(draft.endsOn, bounds.from, bounds.to, '结束日期')
  if (outside) throw invalid(`${title}：${outside}`)
  if (draft.endsOn < draft.startsOn) throw invalid('结束日期不能早于开始日期')
  const twin = db.reviewRounds.find((r) => r.id !== existing?.id && r.year === draft.year && r.half === draft.half)
  if (twin) throw conflict(`${title}已有一轮党员自评互评，请在原轮次上修改`)
  for (const [list, label] of [
    [draft.memberCriteria, '党员评议标准'],
    [draft.groupCriteria, '班组（支部）评议标准']
  ] as const) {
    const twice = list.map((c) => c.text).find((text, n, all) => all.indexOf(text) !== n)
    if (twice) throw invalid(`${label}中“${twice}”重复`)
  }
  const gradeTwice = draft.peerGrades.map((g) => g.label).find((label, n, all) => all.indexOf(label) !== n)
  if (gradeTwice) throw invalid(`互评等次“${gradeTwice}”重复`)

  const withIds = <T extends { id?: string }>(list: T[]) => list.map((item) => ({ ...item, id: item.id ?? stamp.newId() }))
  const round: ReviewRound = {
    id: existing?.id ?? stamp.newId(),
    year: draft.year,
    half: draft.half,
    startsOn: draft.startsOn,
    endsOn: draft.endsOn,
    memberCriteria: withIds(draft.memberCriteria),
    groupCriteria: withIds(draft.groupCriteria),
    selfScoreMax: draft.selfScoreMax,
    peerGrades: withIds(draft.peerGrades),
    peerBy: draft.peerBy,
    closedOn: null,
    createdAt: existing?.createdAt ?? stamp.now,
    updatedAt: stamp.now
  }
  if (existing) keepsWhatIsUsed(db, existing, round)
  const reviewRounds = existing ? db.reviewRounds.map((r) => (r.id === round.id ? round : r)) : [...db.reviewRounds, round]
  return { db: { ...db, reviewRounds }, round }
}

/**
 * Entered figures never change behind the user's back: a criterion somebody scored, a grade a
 * ballot or tally used, self-reviews whose dates fall outside new dates, stay; the edit is refused
 * and says which.
 */
function keepsWhatIsUsed(db: Readonly<Database>, before: ReviewRound, after: ReviewRound) {
  const reviews = db.selfReviews.filter((s) => s.roundId === before.id)
  const criteria = new Set([...after.memberCriteria, ...after.groupCriteria].map((c) => c.id))
  for (const criterion of [...before.memberCriteria, ...before.groupCriteria]) {
    if (criteria.has(criterion.id)) continue
    const used = reviews.filter((s) => s.entries.some((e) => e.criterionId === criterion.id && (e.score !== null || e.text))).length
    if (used) throw conflict(`评议标准“${criterion.text}”已有${used}份自评填写，不能删除`)
  }
  const grades = new Set(after.peerGrades.map((g) => g.id))
  const tally = db.peerTallies.find((t) => t.roundId === before.id)
  const ballots = db.peerBallots.filter((b) => b.roundId === before.id)
  for (const grade of before.peerGrades) {
    if (grades.has(grade.id)) continue
    const inTally = tally?.rows.some((row) => (row.counts[grade.id] ?? 0) > 0)
    const inBallots = ballots.filter((b) => b.marks.some((m) => m.gradeId === grade.id)).length
    if (inTally || inBallots) throw conflict(`互评等次“${grade.label}”已有计票或互评票使用，不能删除`)
  }
  if (before.peerBy !== after.peerBy && (tally || ballots.length)) throw conflict('本轮已有互评计票或互评票，不能改变互评方式')
  const marked = before.memberCriteria.find(
    (c) => !criteria.has(c.id) && (tally?.rows.some((row) => row.criterionId === c.id) || ballots.some((b) => b.marks.some((m) => m.criterionId === c.id)))
  )
  if (marked) throw conflict(`评议标准“${marked.text}”已有逐项互评的票数，不能删除`)
  const outside = reviews.find((s) => s.writtenOn < after.startsOn || s.writtenOn > after.endsOn)
  if (outside) throw conflict(`已有自评的日期（${outside.writtenOn}）不在新的起止日期内，请先修改该自评`)
}

export function deleteRound(db: Database, id: string): { db: Database; message: string } {
  const round = openRound(db, id)
  const reviews = db.selfReviews.filter((s) => s.roundId === id).length
  const tally = db.peerTallies.some((t) => t.roundId === id)
  const ballots = db.peerBallots.filter((b) => b.roundId === id).length
  const gone = [reviews && `${reviews}份自评`, tally && '纸质互评计票', ballots && `${ballots}张互评票`].filter(Boolean)
  return {
    db: {
      ...db,
      reviewRounds: db.reviewRounds.filter((r) => r.id !== id),
      selfReviews: db.selfReviews.filter((s) => s.roundId !== id),
      peerTallies: db.peerTallies.filter((t) => t.roundId !== id),
      peerBallots: db.peerBallots.filter((b) => b.roundId !== id)
    },
    message: `已删除${roundTitle(round)}党员自评互评${gone.length ? `，连同${gone.join('、')}` : ''}；其他轮次和领导点评不受影响`
  }
}

/** 完成本轮 fixes the figures; 重新打开 lets them be corrected again. */
export function closeRound(db: Database, id: string, closed: boolean, stamp: Stamp): { db: Database; round: ReviewRound } {
  const current = findRound(db, id)
  if (closed && current.closedOn) throw conflict(`${roundTitle(current)}已完成`)
  if (!closed && !current.closedOn) throw conflict(`${roundTitle(current)}尚未完成，不需要重新打开`)
  const round = { ...current, closedOn: closed ? stamp.today : null, updatedAt: stamp.now }
  return { db: { ...db, reviewRounds: db.reviewRounds.map((r) => (r.id === id ? round : r)) }, round }
}
