import type { Database } from '@shared/model/database'
import { showReferences } from '../show/references'

/*
 * Records of later stages (pledges, contests, reviews...) refer to people and teams by id. Before a
 * person or team is deleted for good, each stage is asked whether it still uses it: a stage adds its
 * finder to REFERENCE_FINDERS. Moving to the 回收站 keeps the record, so nothing dangles until a purge.
 */

export interface RecordRef {
  kind: 'person' | 'team'
  id: string
}

/** Chinese descriptions of what still uses the record ("3条承诺事项"), empty when nothing does. */
export type ReferenceFinder = (db: Readonly<Database>, target: RecordRef) => string[]

export const REFERENCE_FINDERS: ReferenceFinder[] = [showReferences]

export function referencesTo(db: Readonly<Database>, target: RecordRef, finders: ReferenceFinder[] = REFERENCE_FINDERS): string[] {
  return finders.flatMap((find) => find(db, target))
}
