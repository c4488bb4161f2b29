import type { z } from 'zod'
import type { Database } from '@shared/model/database'
import type { LeftOut, PrintControl } from '@shared/model/print'
import type { NameOrder } from '@shared/rules/name-order-choices'
import type { StageId } from '@shared/stages'
import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import type { Measure } from './measure'
import type { AppraisalFigure } from '@shared/model/appraisal-figure'
import type { Finding } from '@shared/model/finding'
import type { UnitFigure } from '@shared/model/unit-figure'

/*
 * One printed document, as one module in its stage's folder (electron/main/<stage>/documents/):
 * what it is called, which options it takes (a zod schema, checked in main) and how the form shows
 * them (`controls`, drawn by the renderer without knowing the document), `gather` from the
 * database to plain data, and `build` from that data to a pdfmake definition. `build` is pure and
 * runs in the print worker: the data must be structured-clonable (photos as data URLs, no paths).
 */

export interface GatherContext {
  /** The data folder's photos/, for `print/members.ts` to read photos as data. */
  photosDir: string
  /** `YYYY-MM-DD`, for a default 落款 date. */
  today: string
  /** Only checking what would be printed (print:check): photos need not be read. */
  checkOnly?: boolean
  /** What a document may ask of every stage (a 催办单's findings, the appraisal's figures); passed in, so no document imports the registry. */
  stages: StageQueries
}

/** What documents may read across stages; electron/main/stages.ts's `acrossStages` is one. */
export interface StageQueries {
  findings(db: Readonly<Database>): Finding[]
  appraisalFigures(db: Readonly<Database>, year: number, today: string): AppraisalFigure[]
  unitFigures(db: Readonly<Database>, year: number): UnitFigure[]
}

export interface BuildContext {
  measure: Measure
}

export interface Gathered<D> {
  data: D
  /** The job's and the file's title when it is not the document's own (公示（年终评诺）). */
  title?: string
  /**
   * Who is printed, for the file name (班组名, 姓名, N人): by default from the options' teamId and
   * personIds; '' for a document that prints no one's own (通用提示牌).
   */
  scope?: string
  /**
   * People the request covers whom the document does not print (承诺卡 without an approved
   * pledge), each with the reason; the print dialog lists them before rendering.
   */
  leftOut?: LeftOut[]
}

/** Options every document's schema has (see `printOptions` in shared/model/print.ts). */
export interface BaseOptions {
  year?: number
  teamId?: string | null
  personIds?: string[] | null
  /** The order of people on lists: 'roster' (team, leaders, roster order), 'strokes' (姓氏笔画), 'pinyin'. */
  nameOrder?: NameOrder
  allowMissingGlyphs: boolean
}

export interface PrintDocument<O extends z.ZodType<BaseOptions> = z.ZodType<BaseOptions>, D = unknown> {
  id: string
  title: string
  stage: StageId
  /** The step within the stage, for grouping in the print centre (亮身份, 亮承诺 ...). */
  group: string
  description: string
  options: O
  controls: readonly PrintControl[]
  /** Options a screen sets when it opens the print dialog for chosen records (the 催办单's items); the form has no control for them. */
  setByScreen?: readonly string[]
  /** `options.year` is always filled (the activity year when the user left it). */
  gather(db: Database, options: z.output<O> & { year: number }, context: GatherContext): Promise<Gathered<D>> | Gathered<D>
  build(data: D, context: BuildContext): TDocumentDefinitions
}

/** Keeps a document's option and data types together while it is written; the registry holds them as PrintDocument. */
export function defineDocument<O extends z.ZodType<BaseOptions>, D>(document: PrintDocument<O, D>): PrintDocument<O, D> {
  return document
}
