import type { z } from 'zod'
import { conflict, invalid, notFound } from '@shared/errors'
import type { Database } from '@shared/model/database'
import type { LeaderResponse, LeaderReview, leaderReviewDraftSchema } from '@shared/evaluate/leader/model'
import { fixDueProblem, halfBounds, outsideProblem, periodTitle } from '@shared/rules/review-dates'
import type { Stamp } from '../reviews/stamp'

type LeaderDraft = z.output<typeof leaderReviewDraftSchema>

export function leaderSubjectName(db: Readonly<Database>, review: Pick<LeaderReview, 'subject'>): string {
  if (review.subject.kind === 'team') return db.teams.find((t) => t.id === review.subject.id)?.name ?? '（已删除班组）'
  return db.people.find((p) => p.id === review.subject.id)?.name ?? '（已删除人员）'
}

export const leaderName = (db: Readonly<Database>, review: Pick<LeaderReview, 'leaderId'>) => db.people.find((p) => p.id === review.leaderId)?.name ?? '（已删除人员）'

/** 2026年上半年领导点评 · 综合受理窗口. */
export const leaderReviewTitle = (db: Readonly<Database>, review: LeaderReview) => `${periodTitle(review.year, review.half)}领导点评 · ${leaderSubjectName(db, review)}`

export function saveLeaderReview(db: Database, draft: LeaderDraft, stamp: Stamp): { db: Database; review: LeaderReview } {
  const existing = draft.id ? db.leaderReviews.find((r) => r.id === draft.id) : undefined
  if (draft.id && !existing) throw notFound('该领导点评')
  const leader = db.people.find((p) => p.id === draft.leaderId && !p.deletedAt)
  if (!leader) throw invalid('请选择点评的领导')
  if (draft.subject.kind === 'team' && !db.teams.some((t) => t.id === draft.subject.id && !t.deletedAt)) throw invalid('请选择被点评的班组')
  if (draft.subject.kind === 'person') {
    if (!db.people.some((p) => p.id === draft.subject.id && !p.deletedAt)) throw invalid('请选择被点评的人员')
    if (draft.subject.id === draft.leaderId) throw invalid(`${leader.name}不能点评自己，请选择另一位领导或另一位被点评人`)
  }
  const bounds = halfBounds(draft.year, draft.half)
  const outside = outsideProblem(draft.reviewedOn, bounds.from, bounds.to, '点评日期')
  if (outside) throw invalid(`${periodTitle(draft.year, draft.half)}的点评：${outside}`)
  const twin = db.leaderReviews.find(
    (r) => r.id !== existing?.id && r.year === draft.year && r.half === draft.half && r.leaderId === draft.leaderId && r.subject.kind === draft.subject.kind && r.subject.id === draft.subject.id
  )
  if (twin) throw conflict(`${leader.name}${periodTitle(draft.year, draft.half)}已点评过${leaderSubjectName(db, draft)}，请在原点评上修改`)
  if (!draft.achievements && !draft.problems.length && !draft.advice && !draft.direction) throw invalid('点评内容为空：请至少填写肯定成绩、存在问题、改进意见或努力方向中的一项')
  draft.problems.forEach((problem, n) => {
    const late = problem.dueOn && fixDueProblem(problem.dueOn, draft.reviewedOn, bounds.to)
    if (late) throw invalid(`第${n + 1}条存在问题：${late}`)
  })
  const problems = draft.problems.map((p) => ({ ...p, id: p.id ?? stamp.newId() }))
  const kept = new Set(problems.map((p) => p.id))
  // A problem the team reported fixed and that the leader has since removed is no longer counted fixed.
  const response = existing?.response ? { ...existing.response, fixedProblemIds: existing.response.fixedProblemIds.filter((id) => kept.has(id)) } : null
  const review: LeaderReview = {
    id: existing?.id ?? stamp.newId(),
    year: draft.year,
    half: draft.half,
    leaderId: leader.id,
    subject: draft.subject,
    reviewedOn: draft.reviewedOn,
    aspects: draft.aspects,
    achievements: draft.achievements,
    problems,
    advice: draft.advice,
    direction: draft.direction,
    grade: draft.grade,
    response,
    createdAt: existing?.createdAt ?? stamp.now,
    updatedAt: stamp.now
  }
  const leaderReviews = existing ? db.leaderReviews.map((r) => (r.id === review.id ? review : r)) : [...db.leaderReviews, review]
  return { db: { ...db, leaderReviews }, review }
}

export function respondToReview(db: Database, id: string, response: LeaderResponse | null, stamp: Stamp): { db: Database; review: LeaderReview } {
  const current = db.leaderReviews.find((r) => r.id === id)
  if (!current) throw notFound('该领导点评')
  if (response) {
    if (response.respondedOn < current.reviewedOn) throw invalid(`回应日期（${response.respondedOn}）不能早于点评日期（${current.reviewedOn}）`)
    const known = new Set(current.problems.map((p) => p.id))
    if (response.fixedProblemIds.some((p) => !known.has(p))) throw invalid('已整改的问题不在本次点评的存在问题中，请重新打开点评')
  }
  const review = { ...current, response, updatedAt: stamp.now }
  return { db: { ...db, leaderReviews: db.leaderReviews.map((r) => (r.id === id ? review : r)) }, review }
}

export function deleteLeaderReview(db: Database, id: string): { db: Database; message: string } {
  const review = db.leaderReviews.find((r) => r.id === id)
  if (!review) throw notFound('该领导点评')
  const problems = review.problems.length
  return {
    db: { ...db, leaderReviews: db.leaderReviews.filter((r) => r.id !== id) },
    message: `已删除${leaderName(db, review)}对${leaderSubjectName(db, review)}的${periodTitle(review.year, review.half)}点评${problems ? `，其中${problems}条存在问题不再列入整改跟踪` : ''}；其他点评不受影响`
  }
}
