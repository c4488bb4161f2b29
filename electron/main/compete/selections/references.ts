import type { Database } from '@shared/model/database'
import type { RecordRef, TeamMerge } from '../../stage'
import { nominationsOf, selectionLabel } from './view'

/*
 * Nominations name people and teams. One whose selection has been counted or posted is a record
 * (votes and a decision were made on it): it keeps the person or team from being purged. One still
 * waiting for the ballot belongs to nobody else and goes with a purged nominee.
 */

const counted = (db: Readonly<Database>, selectionId: string) => {
  const selection = db.selections.find((s) => s.id === selectionId)
  return Boolean(selection?.tally || selection?.noticeFrom)
}

export function selectionReferences(db: Readonly<Database>, target: RecordRef): string[] {
  const kept = db.nominations.filter((n) => n.nomineeKind === target.kind && n.nomineeId === target.id && counted(db, n.selectionId))
  return kept.length ? [`${kept.length}条已计票的评选推荐`] : []
}

export function purgeSelectionRecords(db: Database, target: RecordRef, name: string): { db: Database; notes: string[] } {
  const gone = db.nominations.filter((n) => n.nomineeKind === target.kind && n.nomineeId === target.id && !counted(db, n.selectionId))
  if (!gone.length) return { db, notes: [] }
  const labels = gone.map((n) => db.selections.find((s) => s.id === n.selectionId)).map((s) => (s ? selectionLabel(db, s) : '评选'))
  return {
    db: { ...db, nominations: db.nominations.filter((n) => !gone.includes(n)) },
    notes: [`已一并删除${name}在${[...new Set(labels)].join('、')}中尚未计票的推荐`]
  }
}

/**
 * A merged team's nominations become the other team's, except in a selection where the other team
 * is already nominated (one nomination each): that one stays with the merged team in the 回收站.
 */
export function mergeSelectionTeam(db: Database, fromId: string, intoId: string): TeamMerge {
  const ofFrom = db.nominations.filter((n) => n.nomineeKind === 'team' && n.nomineeId === fromId)
  const clash = (selectionId: string) => nominationsOf(db, selectionId).some((n) => n.nomineeKind === 'team' && n.nomineeId === intoId)
  const moving = new Set(ofFrom.filter((n) => !clash(n.selectionId)).map((n) => n.id))
  const kept = ofFrom.filter((n) => !moving.has(n.id))
  const name = (id: string) => db.teams.find((t) => t.id === id)?.name ?? ''
  const notes = kept.map((n) => {
    const selection = db.selections.find((s) => s.id === n.selectionId)
    return `「${name(fromId)}」在${selection ? selectionLabel(db, selection) : '评选'}中的推荐没有并入：「${name(intoId)}」在该评选中也被推荐；它留在「${name(fromId)}」名下，恢复该班组即可查看`
  })
  return {
    db: moving.size ? { ...db, nominations: db.nominations.map((n) => (moving.has(n.id) ? { ...n, nomineeId: intoId } : n)) } : db,
    moved: moving.size ? [`${moving.size}条评选推荐`] : [],
    notes
  }
}
