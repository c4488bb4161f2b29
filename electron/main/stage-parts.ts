import type { StageId } from '@shared/stages'
import type { PartHandlers } from './ipc/dispatch'
import type { PrintDocument } from './print/document'
import type { MainStage, MainStagePart } from './stage'

/**
 * A stage made of parts (electron/main/<stage>/<part>/): every hook of every part, in part order.
 * `handlers` stays the stage's own spread of its parts' handlers, which the compiler checks
 * against the contract.
 */
export function joinStageParts<P extends StageId>(
  id: P,
  handlers: MainStage<P>['handlers'],
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  parts: MainStagePart<P, any>[],
  documents: readonly PrintDocument[]
): MainStage<P> {
  return {
    id,
    handlers,
    problems: (db, today) => parts.flatMap((part) => part.problems?.(db, today) ?? []),
    references: (db, target) => parts.flatMap((part) => part.references?.(db, target) ?? []),
    purge(db, target, name) {
      const notes: string[] = []
      for (const part of parts) {
        if (!part.purge) continue
        const after = part.purge(db, target, name)
        db = after.db
        notes.push(...after.notes)
      }
      return { db, notes }
    },
    mergeTeam(db, fromId, intoId) {
      const moved: string[] = []
      const notes: string[] = []
      for (const part of parts) {
        if (!part.mergeTeam) continue
        const after = part.mergeTeam(db, fromId, intoId)
        db = after.db
        moved.push(...after.moved)
        notes.push(...after.notes)
      }
      return { db, moved, notes }
    },
    seedDemo(db, now, stages) {
      const counts: Record<string, number> = {}
      const said: string[] = []
      for (const part of parts) {
        if (!part.seedDemo) continue
        const seed = part.seedDemo(db, now, stages)
        db = seed.db
        Object.assign(counts, seed.counts)
        said.push(...seed.said)
      }
      return { db, counts, said }
    },
    documents,
    reminders: (db, today, withinDays) => parts.flatMap((part) => part.reminders?.(db, today, withinDays) ?? []),
    findings: (db) => parts.flatMap((part) => part.findings?.(db) ?? []),
    appraisalFigures: (db, year, today) => parts.flatMap((part) => part.appraisalFigures?.(db, year, today) ?? []),
    keyDates: (db, year) => parts.flatMap((part) => part.keyDates?.(db, year) ?? []),
    unitFigures: (db, year) => parts.flatMap((part) => part.unitFigures?.(db, year) ?? [])
  }
}

export type { PartHandlers }
