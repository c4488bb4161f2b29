import type { Database } from '@shared/model/database'
import type { RecordRef, TeamMerge } from '../../stage'
import { roundName } from './rounds'

/*
 * What of 群众评议 still uses a person or team. A questionnaire about a member or team, and a
 * supervisor's visits, are that person's or team's record: the roster will not purge them. The
 * caller of a phone spot-check only made the call: purging him clears the name, the call stays.
 */

export function publicReferences(db: Readonly<Database>, target: RecordRef): string[] {
  const found: string[] = []
  const count = (n: number, what: string) => n > 0 && found.push(`${n}${what}`)
  count(db.questionnaires.filter((q) => q.object.kind === target.kind && q.object.id === target.id).length, '份群众评议问卷（作为评议对象）')
  if (target.kind === 'person') count(db.supervisorVisits.filter((v) => v.supervisorId === target.id).length, '条特约监督员监督记录')
  return found
}

export function purgePublicRecords(db: Database, target: RecordRef, name: string): { db: Database; notes: string[] } {
  if (target.kind !== 'person') return { db, notes: [] }
  const calls = db.phoneChecks.filter((c) => c.callerId === target.id).length
  if (!calls) return { db, notes: [] }
  return {
    db: { ...db, phoneChecks: db.phoneChecks.map((c) => (c.callerId === target.id ? { ...c, callerId: null } : c)) },
    notes: [`${calls}条电话抽访记录的抽访人${name}已清空，记录保留`]
  }
}

/**
 * A merged team's questionnaires become the other team's. One questionnaire per object a round, so
 * a round in which both teams were reviewed keeps the merged team's where it is, in the 回收站.
 */
export function mergePublicTeam(db: Database, fromId: string, intoId: string): TeamMerge {
  const into = db.teams.find((t) => t.id === intoId)
  const from = db.teams.find((t) => t.id === fromId)
  const intoRounds = new Set(db.questionnaires.filter((q) => q.object.kind === 'team' && q.object.id === intoId).map((q) => q.roundId))
  const ofFrom = db.questionnaires.filter((q) => q.object.kind === 'team' && q.object.id === fromId)
  const moving = new Set(ofFrom.filter((q) => !intoRounds.has(q.roundId)).map((q) => q.id))
  const kept = ofFrom.filter((q) => !moving.has(q.id)).map((q) => db.publicRounds.find((r) => r.id === q.roundId))
  const notes = kept.length
    ? [`「${from?.name ?? ''}」${kept.map((r) => (r ? roundName(r) : '')).join('、')}的群众评议问卷没有并入：「${into?.name ?? ''}」同一轮已有问卷（每个评议对象每轮一份）；它留在「${from?.name ?? ''}」名下，恢复该班组即可查看`]
    : []
  return {
    db: moving.size ? { ...db, questionnaires: db.questionnaires.map((q) => (moving.has(q.id) ? { ...q, object: { kind: 'team' as const, id: intoId, name: into?.name ?? q.object.name } } : q)) } : db,
    moved: moving.size ? [`${moving.size}份群众评议问卷`] : [],
    notes
  }
}
