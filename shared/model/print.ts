import { z } from 'zod'
import { ASSESSMENT_PERIODS, daySchema, PHRASE_CATEGORIES, PLACARD_COLORS } from './show'

/*
 * What can be printed and with which options. Every document is rendered to a PDF in main's print
 * worker; the renderer asks for it by id, follows its progress, previews the bytes and saves them.
 * Later stages add their documents to PRINT_DOCUMENTS and to printRequestSchema.
 */

export const PAPER_SIZES = ['A4', 'A3'] as const
export type PaperSize = (typeof PAPER_SIZES)[number]
export const ORIENTATIONS = ['portrait', 'landscape'] as const
export type Orientation = (typeof ORIENTATIONS)[number]
export const ORIENTATION_LABELS: Record<Orientation, string> = { portrait: '纵向', landscape: '横向' }

export interface PrintDocumentInfo {
  id: string
  title: string
  /** The activity stage it belongs to, for grouping in the UI. */
  stage: '亮身份' | '亮承诺' | '亮形象'
  description: string
  papers: readonly PaperSize[]
  /** Empty when the orientation is fixed by the format (folded placards). */
  orientations: readonly Orientation[]
}

export const PRINT_DOCUMENTS = [
  { id: 'post-placard', title: '党员岗位牌', stage: '亮身份', description: '每人一页：照片、姓名、职务岗位、岗位职责、服务承诺、监督电话', papers: ['A4', 'A3'], orientations: ['landscape', 'portrait'] },
  { id: 'desk-placard', title: '桌牌', stage: '亮身份', description: 'A4横向对折的桌牌，上半部倒置，每人一页', papers: ['A4', 'A3'], orientations: [] },
  { id: 'notice-board', title: '党员公示栏', stage: '亮身份', description: '按班组列出党员照片、姓名、岗位、职责和承诺，可多页', papers: ['A3', 'A4'], orientations: ['portrait', 'landscape'] },
  { id: 'tip-cards', title: '温馨提示牌', stage: '亮身份', description: '五好五带头、励志格言、廉政警句、文明服务提示语的对折桌面提示牌', papers: ['A4', 'A3'], orientations: [] },
  { id: 'pledge-cards', title: '党员承诺卡', stage: '亮承诺', description: '每人一张，一张A4纸印两张，带裁切线、签名和日期栏', papers: ['A4'], orientations: [] },
  { id: 'pledge-notice', title: '党员承诺公示', stage: '亮承诺', description: '全体党员和班组、支部承诺事项的公示表', papers: ['A4', 'A3'], orientations: ['landscape', 'portrait'] },
  { id: 'fulfilment-notice', title: '承诺践诺情况公示', stage: '亮形象', description: '践诺情况和评诺结果的公示，含公示期、监督电话和落款', papers: ['A4', 'A3'], orientations: ['landscape', 'portrait'] }
] as const satisfies readonly PrintDocumentInfo[]

export type PrintDocumentId = (typeof PRINT_DOCUMENTS)[number]['id']
export const PRINT_DOCUMENT_IDS = PRINT_DOCUMENTS.map((doc) => doc.id) as [PrintDocumentId, ...PrintDocumentId[]]

/** Who is printed: the whole unit, one team, or a chosen list of people. */
const selection = {
  /** Defaults to the activity year in 单位信息. */
  year: z.number().int().min(2000).max(2100).optional(),
  teamId: z.string().min(1).nullable().default(null),
  personIds: z.array(z.string().min(1)).max(5000).nullable().default(null),
  /** Render even though some characters are missing from the print fonts (they print as boxes). */
  allowMissingGlyphs: z.boolean().default(false)
}
const paper = (first: PaperSize) => z.enum(PAPER_SIZES).default(first)
const orientation = (first: Orientation) => z.enum(ORIENTATIONS).default(first)

export const printRequestSchema = z.discriminatedUnion('document', [
  z.object({ document: z.literal('post-placard'), paper: paper('A4'), orientation: orientation('landscape'), showPhoto: z.boolean().default(true), ...selection }),
  z.object({
    document: z.literal('desk-placard'),
    paper: paper('A4'),
    /** Defaults to the stage setting. */
    color: z.enum(PLACARD_COLORS).optional(),
    showPledge: z.boolean().default(true),
    ...selection
  }),
  z.object({ document: z.literal('notice-board'), paper: paper('A3'), orientation: orientation('portrait'), showPhoto: z.boolean().default(true), ...selection }),
  z.object({
    document: z.literal('tip-cards'),
    paper: paper('A4'),
    color: z.enum(PLACARD_COLORS).optional(),
    /** `assigned`: each member's own phrases with the name; `generic`: one card per phrase of the chosen categories. */
    mode: z.enum(['assigned', 'generic']).default('generic'),
    categories: z.array(z.enum(PHRASE_CATEGORIES)).min(1, '至少选择一类提示语').default([...PHRASE_CATEGORIES]),
    ...selection
  }),
  z.object({ document: z.literal('pledge-cards'), paper: paper('A4'), ...selection }),
  z.object({
    document: z.literal('pledge-notice'),
    paper: paper('A4'),
    orientation: orientation('landscape'),
    /** 落款日期; today when absent. */
    date: daySchema.optional(),
    noticeFrom: daySchema.optional(),
    noticeTo: daySchema.optional(),
    ...selection
  }),
  z.object({
    document: z.literal('fulfilment-notice'),
    paper: paper('A4'),
    orientation: orientation('landscape'),
    period: z.enum(ASSESSMENT_PERIODS).default('yearEnd'),
    noticeFrom: daySchema,
    noticeTo: daySchema,
    date: daySchema.optional(),
    ...selection
  })
])
export type PrintRequest = z.input<typeof printRequestSchema>
export type ParsedPrintRequest = z.output<typeof printRequestSchema>

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

export const printJobSchema = z.object({
  jobId: z.string(),
  document: z.enum(PRINT_DOCUMENT_IDS),
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
  fileName: z.string()
})
export type PrintJob = z.infer<typeof printJobSchema>
