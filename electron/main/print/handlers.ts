import { PRINT_DOCUMENTS } from '@shared/model/print'
import { localDay } from '@shared/rules/dates'
import type { Handlers } from '../ipc/dispatch'
import { PrintEngine } from '../print/engine'
import type { Services } from '../services'
import { writeFileDurably } from '../store/durable-file'
import { gatherPrintInput } from './print-data'
import { viewerDir, writeViewerCopy } from './viewer-copies'

type PrintHandlers = Pick<Handlers, 'print:documents' | 'print:render' | 'print:progress' | 'print:preview' | 'print:save' | 'print:open' | 'print:cancel'>

/**
 * Printing over IPC: render starts a job in the worker and answers at once; the renderer polls
 * progress, previews the bytes, then saves or opens them. The engine (and its worker) is created
 * on first use. `openDir`: where copies for the system viewer go (a test's own folder).
 */
export function printHandlers(services: Services, engine: PrintEngine = new PrintEngine(), openDir = viewerDir()): PrintHandlers {
  const { host, dialogs } = services
  return {
    'print:documents': () => PRINT_DOCUMENTS.map((doc) => ({ ...doc, papers: [...doc.papers], orientations: [...doc.orientations] })),
    'print:render': async (request) => {
      const gathered = await gatherPrintInput(host.data(), request, { photosDir: host.paths.photos, today: localDay(services.now()) })
      return engine.submit(gathered.document, gathered.input, { title: gathered.title, fileName: gathered.fileName }, request.allowMissingGlyphs)
    },
    'print:progress': ({ jobId }) => engine.status(jobId),
    'print:preview': ({ jobId }) => {
      const { pdf, pages, fileName } = engine.result(jobId)
      return { fileName, pages, pdfBase64: Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('base64') }
    },
    'print:save': async ({ jobId }) => {
      const { pdf, fileName } = engine.result(jobId)
      const target = await dialogs.saveFile({ title: '保存PDF文件', defaultName: fileName, filters: [{ name: 'PDF 文件', extensions: ['pdf'] }] })
      if (!target) return { canceled: true as const }
      await writeFileDurably(target, pdf)
      return { canceled: false as const, value: target }
    },
    'print:open': async ({ jobId }) => {
      const { pdf, fileName } = engine.result(jobId)
      await services.openPath(await writeViewerCopy(openDir, fileName, pdf))
      return null
    },
    'print:cancel': ({ jobId }) => engine.cancel(jobId)
  }
}
