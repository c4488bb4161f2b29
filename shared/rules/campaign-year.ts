import type { Database } from '../model/database'
import { STAGES, STAGE_IDS } from '../stages'
import type { YearScope } from '../stage'

/*
 * Which campaign year a record belongs to, by its collection's YearScope (shared/stage.ts): the
 * one rule a year filter, a year-end summary and the coming year rollover read.
 */

export function yearScope(collection: string): YearScope | undefined {
  for (const id of STAGE_IDS) {
    const years = STAGES[id].years as Record<string, YearScope>
    if (Object.hasOwn(years, collection)) return years[collection]
  }
  return undefined
}

/** The year of one record of `collection`; null for lasting records (they serve every year) or a dangling parent. */
export function recordYear(db: Readonly<Database>, collection: string, record: Record<string, unknown>): number | null {
  const scope = yearScope(collection)
  if (!scope || scope === 'lasting') return null
  if (scope === 'year') return typeof record.year === 'number' ? record.year : null
  const parents = (db as unknown as Record<string, Record<string, unknown>[]>)[scope.parent] ?? []
  const parent = parents.find((p) => p.id === record[scope.key])
  return parent ? recordYear(db, scope.parent, parent) : null
}
