import type { Database } from '@shared/model/database'
import type { AppraisalFigure } from '@shared/model/appraisal-figure'
import type { Finding } from '@shared/model/finding'
import type { KeyDate, StageGlance } from '@shared/model/glance'
import type { UnitFigure } from '@shared/model/unit-figure'
import type { Reminder } from '@shared/model/reminder'
import type { ChannelName } from '@shared/contract'
import type { StageId } from '@shared/stages'
import type { PartHandlers } from './ipc/dispatch'
import type { PrintDocument, StageQueries } from './print/document'
import type { Services } from './services'

/*
 * What a stage gives main: one object per stage in electron/main/<stage>/index.ts, listed once in
 * electron/main/stages.ts. The handlers, `cli check`, the roster's purge, the demo and the print
 * catalogue all iterate that list; none of them names a stage.
 */

/** A person or team, as other stages' records refer to them. */
export interface RecordRef {
  kind: 'person' | 'team'
  id: string
}

export interface DemoSeed {
  db: Database
  /** What was added, by what it is: { people: 40, teams: 5 }. */
  counts: Record<string, number>
  /** The same in words for the user: ['40人', '5个班组']. */
  said: string[]
}

export interface MainStage<P extends StageId = StageId> {
  id: P
  /** The stage's channels. `stages` answers for all stages, so no stage imports another. */
  handlers(services: Services, stages: AcrossStages): PartHandlers<P>
  /** Consistency problems a schema cannot see (dangling ids, rules across fields), one Chinese sentence each. */
  problems?(db: Readonly<Database>, today: string): string[]
  /** What of this stage still uses a person or team ("3条党员承诺"): the roster will not purge it then. */
  references?(db: Readonly<Database>, target: RecordRef): string[]
  /** After a person or team is purged: drop what belonged only to it, and say so. */
  purge?(db: Database, target: RecordRef, name: string): { db: Database; notes: string[] }
  /** When the roster merges team `fromId` into `intoId`: move this stage's records of the one to the other (see TeamMerge). */
  mergeTeam?(db: Database, fromId: string, intoId: string): TeamMerge
  /** Adds the stage's demo records to the demo unit (the stages before it have seeded already). */
  seedDemo?(db: Database, now: Date, stages: AcrossStages): DemoSeed
  /** Printed documents, in catalogue order. */
  documents?: readonly PrintDocument[]
  /** What is overdue or due within `withinDays` of `today`, for the home page. */
  reminders?(db: Readonly<Database>, today: string, withinDays: number): Reminder[]
  /** Problems this stage's records found, for the rectification ledger (整改台账). */
  findings?(db: Readonly<Database>): Finding[]
  /** This stage's figures for the year-end appraisal (年终评优), per person, each with its records. */
  appraisalFigures?(db: Readonly<Database>, year: number, today: string): AppraisalFigure[]
  /** The stage's part of the year at a glance (首页): done and due, with the screens that list them, and its charts. */
  glance?(db: Readonly<Database>, year: number, today: string): StageGlance
  /** Dates of the year that matter (a 公示期's end, a review round's start), for the calendar and the reminders on start. */
  keyDates?(db: Readonly<Database>, year: number): KeyDate[]
  /** What this stage's records show for the branch as a whole against 五个好 (for its 先进基层党组织 review). */
  unitFigures?(db: Readonly<Database>, year: number): UnitFigure[]
  /** Workbooks the stage exports through a save-dialog channel (for `cli export <id>`). */
  workbooks?: readonly WorkbookExport[]
}

/** A workbook export: `cli export <id> --out FILE.xlsx` calls `channel` with the file as the dialog's answer. */
export interface WorkbookExport {
  id: string
  title: string
  channel: ChannelName
}

/**
 * One part of a stage big enough to split (三比: contests, training, selections): the same hooks
 * as a MainStage, with the handlers of its own verbs. The stage's index.ts spreads the parts'
 * handlers into its own (so a verb no part handles is a compile error) and joins the rest with
 * joinStageParts. Documents are listed by the stage's documents.ts (from each part's documents/
 * folder), which the print worker imports without the handlers.
 */
export interface MainStagePart<P extends StageId, V extends keyof PartHandlers<P>> extends Omit<MainStage<P>, 'id' | 'handlers' | 'documents' | 'workbooks' | 'glance'> {
  handlers(services: Services, stages: AcrossStages): Pick<PartHandlers<P>, V>
}

/**
 * A stage's part of merging two teams. `moved` says what moved, counted, for the headline
 * ("1条班组承诺" in 已把「运维班」的5人和1条班组承诺并入「运维检修班」); `notes` says what stayed
 * with the merged team and why (a record the stage's rules forbid twice for one team): it stays
 * in the 回收站 with that team, never lost. Throwing refuses the whole merge.
 */
export interface TeamMerge {
  db: Database
  moved: string[]
  notes: string[]
}

/** What a stage may ask of all stages (built from the registry in electron/main/stages.ts). */
export interface AcrossStages extends StageQueries {
  /** What every stage still has of a person or team; empty when nothing uses it. */
  referencesTo(db: Readonly<Database>, target: RecordRef): string[]
  /** Every stage's purge step after a person or team is removed for good. */
  afterPurge(db: Database, target: RecordRef, name: string): { db: Database; notes: string[] }
  /** Every stage's merge step when team `fromId` is merged into `intoId`, in stage order. */
  mergeTeam(db: Database, fromId: string, intoId: string): TeamMerge
  /** Every stage's findings, in stage order. */
  findings(db: Readonly<Database>): Finding[]
  /** Every stage's figures for the year-end appraisal. */
  appraisalFigures(db: Readonly<Database>, year: number, today: string): AppraisalFigure[]
  /** Every stage's figures for the branch against 五个好. */
  unitFigures(db: Readonly<Database>, year: number): UnitFigure[]
}
