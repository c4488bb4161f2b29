import type { z } from 'zod'
import { conflict, invalid, notFound } from '@shared/errors'
import type { Database } from '@shared/model/database'
import type { ReviewRound, SelfReview, selfReviewDraftSchema, Subject } from '@shared/evaluate/reviews/model'
import { whyNotTakingPart } from '@shared/rules/participation'
import { fixDueProblem, outsideProblem } from '@shared/rules/review-dates'
import { personName, teamName } from './members'
import { openRound, roundTitle } from './rounds'
import type { Stamp } from './stamp'

type SelfDraft = z.output<typeof selfReviewDraftSchema>

/** The criteria a subject is reviewed against: 五带头 for a member, 五个好 for a team or the branch. */
export const criteriaOf = (round: ReviewRound, subject: Pick<Subject, 'kind'>) => (subject.kind === 'person' ? round.memberCriteria : round.groupCriteria)

export function subjectName(db: Readonly<Database>, subject: Subject): string {
  if (subject.kind === 'person') return personName(db, subject.id)
  if (subject.kind === 'team') return teamName(db, subject.id)
  return db.settings.branchName || '党支部'
}

const sameSubject = (a: Subject, b: Subject) => a.kind === b.kind && (a.kind === 'branch' || a.id === b.id)

export function saveSelfReview(db: Database, draft: SelfDraft, stamp: Stamp): { db: Database; review: SelfReview } {
  const existing = draft.id ? db.selfReviews.find((s) => s.id === draft.id) : undefined
  if (draft.id && !existing) throw notFound('该自评')
  if (existing && existing.roundId !== draft.roundId) throw invalid('自评不能移到另一轮')
  const round = openRound(db, draft.roundId)
  const subject = checkSubject(db, draft.subject)
  const twin = db.selfReviews.find((s) => s.id !== existing?.id && s.roundId === round.id && sameSubject(s.subject, subject))
  if (twin) throw conflict(`${subjectName(db, subject)}在${roundTitle(round)}已有自评，请在原自评上修改`)

  const outside = outsideProblem(draft.writtenOn, round.startsOn, round.endsOn, '自评日期')
  if (outside) throw invalid(outside)
  const criteria = criteriaOf(round, subject)
  const known = new Map(criteria.map((c) => [c.id, c]))
  for (const entry of draft.entries) {
    const criterion = known.get(entry.criterionId)
    if (!criterion) throw invalid('自评中有本轮没有的评议标准，请重新打开自评表')
    if (entry.score !== null && entry.score > round.selfScoreMax) throw invalid(`“${criterion.text}”的自评分应在0至${round.selfScoreMax}分之间`)
  }
  if (new Set(draft.entries.map((e) => e.criterionId)).size !== draft.entries.length) throw invalid('同一评议标准只能自评一次')
  draft.shortcomings.forEach((line, n) => {
    const late = line.dueOn && fixDueProblem(line.dueOn, draft.writtenOn, round.endsOn)
    if (late) throw invalid(`第${n + 1}条存在不足：${late}`)
    if (line.dueOn && !line.measures) throw invalid(`第${n + 1}条存在不足：有整改时限时请填写整改措施`)
  })

  const review: SelfReview = {
    id: existing?.id ?? stamp.newId(),
    roundId: round.id,
    subject,
    writtenOn: draft.writtenOn,
    // In the round's order, so a printed form reads like the criteria list.
    entries: criteria.flatMap((c) => draft.entries.filter((e) => e.criterionId === c.id)),
    shortcomings: draft.shortcomings.map((line) => ({ ...line, id: line.id ?? stamp.newId() })),
    createdAt: existing?.createdAt ?? stamp.now,
    updatedAt: stamp.now
  }
  const selfReviews = existing ? db.selfReviews.map((s) => (s.id === review.id ? review : s)) : [...db.selfReviews, review]
  return { db: { ...db, selfReviews }, review }
}

function checkSubject(db: Readonly<Database>, subject: Subject): Subject {
  if (subject.kind === 'branch') return { kind: 'branch', id: null }
  if (subject.kind === 'team') {
    if (!db.teams.some((t) => t.id === subject.id && !t.deletedAt)) throw invalid('请选择作自评的班组')
    return subject
  }
  const person = db.people.find((p) => p.id === subject.id && !p.deletedAt)
  if (!person) throw invalid('请选择作自评的党员')
  const why = whyNotTakingPart(person)
  if (why) throw invalid(`${why}，不参加党员自评`)
  return subject
}

export function deleteSelfReview(db: Database, id: string): { db: Database; message: string } {
  const review = db.selfReviews.find((s) => s.id === id)
  if (!review) throw notFound('该自评')
  const round = openRound(db, review.roundId)
  const lines = review.shortcomings.length
  return {
    db: { ...db, selfReviews: db.selfReviews.filter((s) => s.id !== id) },
    message: `已删除${subjectName(db, review.subject)}${roundTitle(round)}的自评${lines ? `，其中${lines}条存在不足不再列入整改跟踪` : ''}；本轮互评结果不受影响`
  }
}
