import type { Database } from '@shared/model/database'
import type { RecordRef } from '../stage'

/**
 * What of the show stage still uses a person or team, so the roster will not purge it for good:
 * "2条承诺" etc. (Moving to the 回收站 is always allowed: the records stay.)
 */
export function showReferences(db: Readonly<Database>, target: RecordRef): string[] {
  const found: string[] = []
  const count = (n: number, what: string) => n > 0 && found.push(`${n}${what}`)
  if (target.kind === 'person') {
    count(db.pledges.filter((p) => p.personId === target.id).length, '条党员承诺')
    count(db.pledges.filter((p) => p.items.some((item) => item.responsibleId === target.id)).length, '条承诺中作为责任人')
  } else {
    count(db.pledges.filter((p) => p.teamId === target.id).length, '条班组承诺')
  }
  return found
}

/** A purged person's desk phrases belong to nobody else: they go with the person rather than block the purge. */
export function purgeShowRecords(db: Database, target: RecordRef, name: string): { db: Database; notes: string[] } {
  if (target.kind !== 'person') return { db, notes: [] }
  const desk = db.tipAssignments.find((a) => a.personId === target.id)
  if (!desk) return { db, notes: [] }
  return {
    db: { ...db, tipAssignments: db.tipAssignments.filter((a) => a.personId !== target.id) },
    notes: [`已一并删除为${name}选定的${desk.phraseIds.length}条温馨提示语`]
  }
}
