import type { Database } from '@shared/model/database'
import type { RecordRef, TeamMerge } from '../../stage'
import { periodTitle } from '@shared/rules/review-dates'

/** Leader reviews name a leader and a team or member: they keep those from being purged. */
export function leaderReferences(db: Readonly<Database>, target: RecordRef): string[] {
  const found: string[] = []
  const reviewed = db.leaderReviews.filter((r) => r.subject.kind === target.kind && r.subject.id === target.id).length
  if (reviewed) found.push(`${reviewed}份领导点评（被点评）`)
  if (target.kind === 'person') {
    const gave = db.leaderReviews.filter((r) => r.leaderId === target.id).length
    if (gave) found.push(`${gave}份领导点评（点评领导）`)
  }
  return found
}

/** A leader reviews a team once a half: where he reviewed both teams, the merged team's review stays with it in the 回收站. */
export function mergeLeaderTeam(db: Database, fromId: string, intoId: string): TeamMerge {
  const name = (id: string) => db.teams.find((t) => t.id === id)?.name ?? ''
  const key = (r: Database['leaderReviews'][number]) => `${r.year}/${r.half}/${r.leaderId}`
  const intoKeys = new Set(db.leaderReviews.filter((r) => r.subject.kind === 'team' && r.subject.id === intoId).map(key))
  const ofFrom = db.leaderReviews.filter((r) => r.subject.kind === 'team' && r.subject.id === fromId)
  const moving = new Set(ofFrom.filter((r) => !intoKeys.has(key(r))).map((r) => r.id))
  const kept = ofFrom.filter((r) => !moving.has(r.id))
  return {
    db: moving.size ? { ...db, leaderReviews: db.leaderReviews.map((r) => (moving.has(r.id) ? { ...r, subject: { kind: 'team' as const, id: intoId } } : r)) } : db,
    moved: moving.size ? [`${moving.size}份领导点评`] : [],
    notes: kept.length
      ? [`「${name(fromId)}」${kept.map((r) => periodTitle(r.year, r.half)).join('、')}的领导点评没有并入：同一位领导同一半年已点评过「${name(intoId)}」；它留在「${name(fromId)}」名下，恢复该班组即可查看`]
      : []
  }
}

export function leaderProblems(db: Readonly<Database>): string[] {
  const people = new Set(db.people.map((p) => p.id))
  const teams = new Set(db.teams.map((t) => t.id))
  return db.leaderReviews.flatMap((r) => {
    const out: string[] = []
    const what = `${r.reviewedOn}的领导点评（${r.id}）`
    if (!people.has(r.leaderId)) out.push(`${what}的点评领导不存在（${r.leaderId}）`)
    if (r.subject.kind === 'team' && !teams.has(r.subject.id)) out.push(`${what}被点评的班组不存在（${r.subject.id}）`)
    if (r.subject.kind === 'person' && !people.has(r.subject.id)) out.push(`${what}被点评的人员不存在（${r.subject.id}）`)
    return out
  })
}
