import type { Database } from '@shared/model/database'
import type { RecordRef, TeamMerge } from '../../stage'
import { roundTitle } from './rounds'

/*
 * What of 自评互评 still uses a person or team (the roster then will not purge it: the records are
 * the branch's history), how a merged team's self-reviews move, and the references `cli check` finds dangling.
 */

export function reviewReferences(db: Readonly<Database>, target: RecordRef): string[] {
  const found: string[] = []
  const count = (n: number, what: string) => n > 0 && found.push(`${n}${what}`)
  count(db.selfReviews.filter((s) => s.subject.kind === target.kind && s.subject.id === target.id).length, target.kind === 'person' ? '份党员自评' : '份班组自评')
  if (target.kind === 'person') {
    const inTallies = db.peerTallies.filter((t) => t.rows.some((r) => r.personId === target.id) || t.remarks.some((r) => r.personId === target.id)).length
    const inBallots = db.peerBallots.filter((b) => b.marks.some((m) => m.personId === target.id) || b.remarks.some((r) => r.personId === target.id)).length
    count(inTallies, '轮互评计票中的票数')
    count(inBallots, '张互评票中的评价')
  }
  return found
}

/** A team writes one self-review a round: where both teams wrote one, the merged team's stays with it in the 回收站. */
export function mergeReviewTeam(db: Database, fromId: string, intoId: string): TeamMerge {
  const name = (id: string) => db.teams.find((t) => t.id === id)?.name ?? ''
  const intoRounds = new Set(db.selfReviews.filter((s) => s.subject.kind === 'team' && s.subject.id === intoId).map((s) => s.roundId))
  const ofFrom = db.selfReviews.filter((s) => s.subject.kind === 'team' && s.subject.id === fromId)
  const moving = new Set(ofFrom.filter((s) => !intoRounds.has(s.roundId)).map((s) => s.id))
  const kept = ofFrom.filter((s) => !moving.has(s.id)).map((s) => db.reviewRounds.find((r) => r.id === s.roundId)).filter((r) => r !== undefined)
  return {
    db: moving.size ? { ...db, selfReviews: db.selfReviews.map((s) => (moving.has(s.id) ? { ...s, subject: { kind: 'team' as const, id: intoId } } : s)) } : db,
    moved: moving.size ? [`${moving.size}份班组自评`] : [],
    notes: kept.length
      ? [`「${name(fromId)}」${kept.map(roundTitle).join('、')}的班组自评没有并入：「${name(intoId)}」该轮已有自评（每个班组每轮一份）；它留在「${name(fromId)}」名下，恢复该班组即可查看`]
      : []
  }
}

export function reviewProblems(db: Readonly<Database>): string[] {
  const problems: string[] = []
  const people = new Set(db.people.map((p) => p.id))
  const teams = new Set(db.teams.map((t) => t.id))
  const rounds = new Map(db.reviewRounds.map((r) => [r.id, r]))
  for (const review of db.selfReviews) {
    const round = rounds.get(review.roundId)
    if (!round) problems.push(`自评（${review.id}）所属的评议轮次不存在（${review.roundId}）`)
    if (review.subject.kind === 'person' && !people.has(review.subject.id ?? '')) problems.push(`自评（${review.id}）所属的人员不存在（${review.subject.id ?? '未填写'}）`)
    if (review.subject.kind === 'team' && !teams.has(review.subject.id ?? '')) problems.push(`自评（${review.id}）所属的班组不存在（${review.subject.id ?? '未填写'}）`)
    if (round) {
      const criteria = new Set([...round.memberCriteria, ...round.groupCriteria].map((c) => c.id))
      const gone = review.entries.filter((e) => !criteria.has(e.criterionId)).length
      if (gone) problems.push(`${roundTitle(round)}自评（${review.id}）中有${gone}项评议标准已不在本轮`)
    }
  }
  for (const tally of db.peerTallies) {
    if (!rounds.has(tally.roundId)) problems.push(`互评计票（${tally.id}）所属的评议轮次不存在（${tally.roundId}）`)
    const gone = tally.rows.filter((r) => !people.has(r.personId)).length
    if (gone) problems.push(`互评计票（${tally.id}）中有${gone}行的人员不存在`)
  }
  for (const ballot of db.peerBallots) {
    if (!rounds.has(ballot.roundId)) problems.push(`第${ballot.serial}号互评票所属的评议轮次不存在（${ballot.roundId}）`)
    if (ballot.marks.some((m) => !people.has(m.personId))) problems.push(`第${ballot.serial}号互评票中有不存在的人员`)
  }
  return problems
}
