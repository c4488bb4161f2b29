import { z } from 'zod'
import { daySchema, yearSchema } from '../rules/dates'
import { NAME_ORDERS } from '../rules/name-order-choices'

/*
 * Printing, as both sides see it. Every document is a module in its stage's folder in main
 * (electron/main/<stage>/documents/): its options schema, its form controls, gather and build.
 * The renderer knows no document: it gets the catalogue from `print:documents`, draws each
 * document's form from the controls listed here, and sends `{ document, ...options }`; main checks
 * the options against that document's own schema.
 */

export const PAPER_SIZES = ['A4', 'A3'] as const
export type PaperSize = (typeof PAPER_SIZES)[number]
export const ORIENTATIONS = ['portrait', 'landscape'] as const
export type Orientation = (typeof ORIENTATIONS)[number]
export const ORIENTATION_LABELS: Record<Orientation, string> = { portrait: '纵向', landscape: '横向' }

/** Option pieces most documents share, so every document spells them alike. */
export const printOptions = {
  /** Defaults to the activity year in 单位信息. */
  year: yearSchema.optional(),
  paper: (choices: readonly [PaperSize, ...PaperSize[]]) => z.enum(choices).default(choices[0]),
  orientation: (choices: readonly [Orientation, ...Orientation[]]) => z.enum(choices).default(choices[0]),
  /** Who is printed: the whole unit (both null), one team, or a chosen list of people. */
  teamId: z.string().min(1).max(100).nullable().default(null),
  personIds: z.array(z.string().min(1).max(100)).max(5000).nullable().default(null),
  nameOrder: z.enum(NAME_ORDERS).default('roster'),
  /** Render even though some characters are missing from the print fonts (they print as boxes). */
  allowMissingGlyphs: z.boolean().default(false),
  day: daySchema
}

/** What `print:render` takes: the document's id and its options, checked by that document in main. */
export const printRequestSchema = z.looseObject({
  document: z.string().min(1, '请选择要打印的文档').max(60),
  allowMissingGlyphs: z.boolean().default(false)
})
export type PrintRequest = z.input<typeof printRequestSchema> & Record<string, unknown>

// ---------------------------------------------------------------------------------------------
// The options form, described as data

const choice = z.object({ value: z.string(), label: z.string() })
/** Show the control only while another option has one of these values. */
const when = z.object({ field: z.string(), is: z.array(z.string()) }).optional()

export const printControlSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('year') }),
  z.object({ kind: z.literal('paper'), choices: z.array(z.enum(PAPER_SIZES)) }),
  z.object({ kind: z.literal('orientation'), choices: z.array(z.enum(ORIENTATIONS)) }),
  /** 打印范围: 全体 / 按班组 / 指定人员, setting teamId and personIds. */
  z.object({ kind: z.literal('scope'), when }),
  z.object({ kind: z.literal('nameOrder'), when }),
  z.object({
    kind: z.literal('choice'),
    field: z.string(),
    label: z.string(),
    choices: z.array(choice),
    /** Buttons for short labels, radios for longer ones. */
    look: z.enum(['buttons', 'radios']).default('buttons'),
    /** May be left unset (main then uses its own default, said in `extra`). */
    optional: z.boolean().default(false),
    extra: z.string().optional()
  }),
  z.object({ kind: z.literal('switch'), field: z.string(), label: z.string(), on: z.string(), off: z.string() }),
  z.object({ kind: z.literal('multi'), field: z.string(), label: z.string(), choices: z.array(choice), min: z.number().int().default(0), message: z.string().optional() }),
  /** 公示期: noticeFrom and noticeTo. */
  z.object({ kind: z.literal('noticePeriod'), required: z.boolean() }),
  z.object({ kind: z.literal('date'), field: z.string(), label: z.string(), extra: z.string().optional() })
])
export type PrintControl = z.input<typeof printControlSchema>
export type ParsedPrintControl = z.output<typeof printControlSchema>

export const printDocumentInfoSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** The stage it belongs to (roster, show, compete, ...), and the step within it, for grouping. */
  stage: z.string(),
  group: z.string(),
  description: z.string(),
  controls: z.array(printControlSchema),
  /** The options' defaults, as the form starts. */
  defaults: z.record(z.string(), z.unknown())
})
export type PrintDocumentInfo = z.infer<typeof printDocumentInfoSchema>

// ---------------------------------------------------------------------------------------------
// Jobs

export const JOB_STATES = ['queued', 'running', 'blocked', 'done', 'failed', 'canceled'] as const
export type JobState = (typeof JOB_STATES)[number]
export const JOB_PHASES = ['preparing', 'layout', 'rendering', 'writing'] as const
export type JobPhase = (typeof JOB_PHASES)[number]
export const JOB_PHASE_LABELS: Record<JobPhase, string> = { preparing: '准备数据', layout: '排版', rendering: '生成页面', writing: '写入文件' }

export const missingGlyphSchema = z.object({
  char: z.string(),
  /** A few of the texts it appears in (a name, a pledge), so the user knows what to fix. */
  texts: z.array(z.string())
})
export type MissingGlyph = z.infer<typeof missingGlyphSchema>

/**
 * Someone the document leaves out although the request covers them (a member without an approved
 * pledge on 承诺卡), and why; the print dialog lists them before rendering and with the result.
 */
export const leftOutSchema = z.object({ name: z.string(), reason: z.string() })
export type LeftOut = z.infer<typeof leftOutSchema>

/** What `print:check` answers: what the request would print, gathered but not rendered. */
export const printCheckSchema = z.object({
  title: z.string(),
  fileName: z.string(),
  leftOut: z.array(leftOutSchema)
})
export type PrintCheck = z.infer<typeof printCheckSchema>

export const printJobSchema = z.object({
  jobId: z.string(),
  document: z.string(),
  title: z.string(),
  /** `blocked`: characters missing from the fonts; nothing was rendered (render again with allowMissingGlyphs). */
  state: z.enum(JOB_STATES),
  phase: z.enum(JOB_PHASES).nullable(),
  /** 0–1 within the job; only grows. */
  progress: z.number().min(0).max(1),
  /** Chinese, for blocked, failed and warning cases. */
  message: z.string().nullable(),
  missingGlyphs: z.array(missingGlyphSchema),
  /** Known when done. */
  pages: z.number().int().nullable(),
  bytes: z.number().int().nullable(),
  /** Suggested file name, e.g. 2026年度党员承诺公示.pdf. */
  fileName: z.string(),
  /** Who the request covers but the document does not print, and why. */
  leftOut: z.array(leftOutSchema)
})
export type PrintJob = z.infer<typeof printJobSchema>
