import type { Database } from '@shared/model/database'
import type { RecordRef, TeamMerge } from '../stage'

/*
 * What of 跟踪 still names a person or team, so the roster will not purge it for good: every record
 * here is a record of the year (an item, its verifier, a target, money, an award), none belongs to
 * the person alone, so nothing is dropped with them. A merged team's records all move: no rule here
 * allows only one per team.
 */

const isHolder = (ref: RecordRef) => (holder: { kind: string; id: string | null }) => holder.kind === ref.kind && holder.id === ref.id

export function followupReferences(db: Readonly<Database>, target: RecordRef): string[] {
  const found: string[] = []
  const count = (n: number, what: string) => n > 0 && found.push(`${n}${what}`)
  const holds = isHolder(target)
  count(db.rectifications.filter((r) => holds(r.owner)).length, '项整改事项中作为责任人')
  count(db.responsibilityTargets.filter((t) => holds(t.holder)).length, '项目标责任')
  count(db.assessmentRecords.filter((r) => holds(r.holder)).length, '条考核记录')
  count(db.rewardPenalties.filter((r) => holds(r.holder)).length, '条奖惩记录')
  if (target.kind === 'person') {
    count(db.rectifications.filter((r) => r.leaderId === target.id).length, '项整改事项中作为督导领导')
    count(db.rectifications.filter((r) => r.closeOut?.verifierId === target.id).length, '项整改事项中作为验收人')
    count(db.responsibilityTargets.filter((t) => t.ownerId === target.id).length, '项目标责任中作为责任人')
  }
  return found
}

export function mergeFollowupTeam(db: Database, fromId: string, intoId: string): TeamMerge {
  const holds = isHolder({ kind: 'team', id: fromId })
  const move = <T extends { kind: string; id: string | null }>(holder: T): T => (holds(holder) ? { ...holder, id: intoId } : holder)
  const counts = {
    rectifications: db.rectifications.filter((r) => holds(r.owner)).length,
    targets: db.responsibilityTargets.filter((t) => holds(t.holder)).length,
    records: db.assessmentRecords.filter((r) => holds(r.holder)).length,
    rewards: db.rewardPenalties.filter((r) => holds(r.holder)).length
  }
  const moved = [
    counts.rectifications && `${counts.rectifications}项整改事项`,
    counts.targets && `${counts.targets}项目标责任`,
    counts.records && `${counts.records}条考核记录`,
    counts.rewards && `${counts.rewards}条奖惩记录`
  ].filter((x): x is string => Boolean(x))
  if (!moved.length) return { db, moved, notes: [] }
  return {
    db: {
      ...db,
      rectifications: db.rectifications.map((r) => ({ ...r, owner: move(r.owner) })),
      responsibilityTargets: db.responsibilityTargets.map((t) => ({ ...t, holder: move(t.holder) })),
      assessmentRecords: db.assessmentRecords.map((r) => ({ ...r, holder: move(r.holder) })),
      rewardPenalties: db.rewardPenalties.map((r) => ({ ...r, holder: move(r.holder) }))
    },
    moved,
    notes: []
  }
}
