import { localDay } from '@shared/rules/dates'
import type { PartHandlers } from '../ipc/dispatch'
import type { Services } from '../services'
import { writeFileDurably } from '../store/durable-file'
import { documentInfo } from './catalog'
import type { GatherContext, PrintDocument } from './document'
import type { PrintEngine } from './engine'
import { preparePrint } from './prepare'
import { viewerDir, writeViewerCopy } from './viewer-copies'

/**
 * Printing over IPC: `documents` is the catalogue (every stage's documents with their forms);
 * check gathers without rendering, to say who would be left out; render checks the request
 * against the document's own options, gathers its data and starts a job in the worker, answering
 * at once; the renderer polls progress, previews the bytes, then saves or opens them.
 * `openDir`: where copies for the system viewer go (a test's own folder).
 */
export function printHandlers(
  services: Services,
  documents: readonly PrintDocument[],
  stages: GatherContext['stages'],
  engine: PrintEngine,
  openDir: string = viewerDir()
): PartHandlers<'print'> {
  const { host, dialogs } = services
  const context = (): GatherContext => ({ photosDir: host.paths.photos, today: localDay(services.now()), stages })
  return {
    documents: () => documents.map(documentInfo),
    check: async (request) => {
      const prepared = await preparePrint(host.data(), request, { ...context(), checkOnly: true }, documents)
      return { title: prepared.title, fileName: prepared.fileName, leftOut: prepared.leftOut }
    },
    render: async (request) => {
      const prepared = await preparePrint(host.data(), request, context(), documents)
      const { title, fileName, leftOut } = prepared
      return engine.submit(prepared.document.id, prepared.data, { title, fileName, leftOut }, prepared.allowMissingGlyphs)
    },
    progress: ({ jobId }) => engine.status(jobId),
    preview: ({ jobId }) => {
      const { pdf, pages, fileName } = engine.result(jobId)
      return { fileName, pages, pdfBase64: Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('base64') }
    },
    save: async ({ jobId }) => {
      const { pdf, fileName } = engine.result(jobId)
      const target = await dialogs.saveFile({ title: '保存PDF文件', defaultName: fileName, filters: [{ name: 'PDF 文件', extensions: ['pdf'] }] })
      if (!target) return { canceled: true as const }
      await writeFileDurably(target, pdf)
      return { canceled: false as const, value: target }
    },
    open: async ({ jobId }) => {
      const { pdf, fileName } = engine.result(jobId)
      await services.openPath(await writeViewerCopy(openDir, fileName, pdf))
      return null
    },
    cancel: ({ jobId }) => engine.cancel(jobId)
  }
}
