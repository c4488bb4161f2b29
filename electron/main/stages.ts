import type { Database } from '@shared/model/database'
import { localDay } from '@shared/rules/dates'
import type { StageId } from '@shared/stages'
import { rosterStage } from './roster'
import { showStage } from './show'
import { competeStage } from './compete'
import { evaluateStage } from './evaluate'
import { followupStage } from './followup'
import { appraisalStage } from './appraisal'
import type { AcrossStages, MainStage, RecordRef } from './stage'

/*
 * Every stage's main-process module, in stage order (the same order as shared/stages.ts). A new
 * stage adds its folder electron/main/<stage>/ with an index.ts giving a MainStage, and one line
 * here. Handlers, `cli check`, the roster's purge, `demo:load` and the print catalogue read this.
 */
export const MAIN_STAGES: { [P in StageId]: MainStage<P> } = {
  roster: rosterStage,
  show: showStage,
  compete: competeStage,
  evaluate: evaluateStage,
  followup: followupStage,
  appraisal: appraisalStage
}

export const stageList = (): MainStage[] => Object.values(MAIN_STAGES) as MainStage[]

export const acrossStages: AcrossStages = {
  referencesTo: (db: Readonly<Database>, target: RecordRef) => stageList().flatMap((stage) => stage.references?.(db, target) ?? []),
  afterPurge: (db: Database, target: RecordRef, name: string) => {
    const notes: string[] = []
    for (const stage of stageList()) {
      if (!stage.purge) continue
      const after = stage.purge(db, target, name)
      db = after.db
      notes.push(...after.notes)
    }
    return { db, notes }
  },
  mergeTeam: (db: Database, fromId: string, intoId: string) => {
    const moved: string[] = []
    const notes: string[] = []
    for (const stage of stageList()) {
      if (!stage.mergeTeam) continue
      const after = stage.mergeTeam(db, fromId, intoId)
      db = after.db
      moved.push(...after.moved)
      notes.push(...after.notes)
    }
    return { db, moved, notes }
  },
  findings: (db: Readonly<Database>) => stageList().flatMap((stage) => stage.findings?.(db) ?? []),
  appraisalFigures: (db: Readonly<Database>, year: number, today: string) => stageList().flatMap((stage) => stage.appraisalFigures?.(db, year, today) ?? []),
  unitFigures: (db: Readonly<Database>, year: number) => stageList().flatMap((stage) => stage.unitFigures?.(db, year) ?? [])
}

/** Every stage's consistency problems over a database that passed its schema (for `cli check`). */
export function databaseProblems(db: Readonly<Database>, now: Date): string[] {
  const today = localDay(now)
  return stageList().flatMap((stage) => stage.problems?.(db, today) ?? [])
}
