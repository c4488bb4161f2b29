import type { JobPhase, MissingGlyph } from '@shared/model/print'
import { setFallbackFont, type FallbackFontRef } from './fallback-font'
import { findMissingGlyphs } from './glyph-check'
import { measureText } from './measure'
import { renderPdf } from './render'
import { workerDocument } from './worker-documents'

/** What the print worker is asked to do. */
export interface RenderJob {
  jobId: string
  /** The document's id in the catalogue. */
  document: string
  /** What the document's gather made; its build turns it into a definition here. */
  data: unknown
  allowMissingGlyphs: boolean
  /** The officer's fallback font as main had it when the job was submitted. */
  fallbackFont: FallbackFontRef | null
}

export type JobOutcome =
  | { kind: 'blocked'; missing: MissingGlyph[] }
  | { kind: 'done'; pdf: Uint8Array; pages: number; missing: MissingGlyph[] }

export type ReportProgress = (phase: JobPhase, progress: number) => void

/** Where each phase starts on the 0–1 bar; layout gives no progress of its own. */
const PHASE_START: Record<JobPhase, number> = { preparing: 0, layout: 0.05, rendering: 0.45, writing: 0.95 }

/**
 * One document from data to PDF bytes: build the definition, check the fonts cover every text,
 * lay out and draw. Runs in the print worker; plain enough to run in-thread in tests.
 */
export async function runRenderJob(job: RenderJob, report: ReportProgress = () => undefined): Promise<JobOutcome> {
  report('preparing', PHASE_START.preparing)
  const document = workerDocument(job.document)
  setFallbackFont(job.fallbackFont)
  const missing = findMissingGlyphs(job.data)
  if (missing.length && !job.allowMissingGlyphs) return { kind: 'blocked', missing }
  const definition = document.build(job.data, { measure: measureText })
  report('layout', PHASE_START.layout)
  let drawing = false
  let last = 0
  const rendered = await renderPdf(definition, (fraction) => {
    if (!drawing) {
      drawing = true
      report('rendering', PHASE_START.rendering)
    }
    if (fraction >= 1) {
      report('writing', PHASE_START.writing)
    } else if (fraction - last >= 0.02) {
      // Thousands of items per document: report every 2%, not every item.
      last = fraction
      report('rendering', PHASE_START.rendering + fraction * (PHASE_START.writing - PHASE_START.rendering))
    }
  })
  return { kind: 'done', pdf: new Uint8Array(rendered.pdf.buffer, rendered.pdf.byteOffset, rendered.pdf.byteLength), pages: rendered.pages, missing }
}
