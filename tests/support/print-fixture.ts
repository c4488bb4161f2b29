import { execFile } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { InputOf } from '@shared/contract'
import type { Database } from '@shared/model/database'
import type { PrintJob } from '@shared/model/print'
import { createHandlers } from '../../electron/main/handlers'
import { caller, createDispatch } from '../../electron/main/ipc/dispatch'
import { PrintEngine } from '../../electron/main/print/engine'
import { demoDatabase } from '../../electron/main/roster/demo'
import { demoPledges } from '../../electron/main/show/demo-pledges'
import { createTestBackend, type TestBackend } from './backend'
import { idPhoto } from './images'

/*
 * A demo unit ready to print: the roster's demo people, unit settings, demo pledges (every member's
 * pledge made public so cards and notices have content), and ID photos for a few people.
 */

export const NOW = new Date(2026, 6, 20, 10, 0)
const run = promisify(execFile)

export interface PrintBackend extends TestBackend {
  engine: PrintEngine
  /** Starts a job and polls print:progress like the renderer does. */
  render(request: InputOf<'print:render'>): Promise<PrintJob>
  /** The PDF of a finished job, written to a temp file (for pdftotext, pdfinfo, pdftoppm). */
  writePdfFile(jobId: string): Promise<string>
  dispose(): Promise<void>
}

export async function createPrintBackend(change: (db: Database) => Database = publishDemo): Promise<PrintBackend> {
  const base = await createTestBackend({ now: () => NOW })
  const engine = new PrintEngine()
  const dispatch = createDispatch(createHandlers(base.services, { engine }), (error) => console.error(error))
  await base.host.store().update((db) => change(demoDatabase(db, NOW)))
  await addPhotos(base, ['周建国', '王喆', '黄丽萍'])
  const call = caller(dispatch)
  return {
    ...base,
    dispatch,
    engine,
    call,
    async render(request) {
      let job = await call('print:render', request)
      while (job.state === 'queued' || job.state === 'running') {
        await new Promise((wake) => setTimeout(wake, 20))
        job = await call('print:progress', { jobId: job.jobId })
      }
      return job
    },
    async writePdfFile(jobId) {
      const { pdfBase64 } = await call('print:preview', { jobId })
      const file = join(base.dir, `${jobId}.pdf`)
      await writeFile(file, Buffer.from(pdfBase64, 'base64'))
      return file
    },
    async dispose() {
      await engine.close()
      await base.dispose()
    }
  }
}

/** The demo unit with settings filled in and every demo pledge at least approved. */
export function publishDemo(db: Database): Database {
  const settings = { ...db.settings, phone: '0839-7201234', noticeSignature: '中共青川县政务服务中心支部委员会' }
  const withPledges = demoPledges({ ...db, settings }, 2026, NOW)
  return {
    ...withPledges,
    pledges: withPledges.pledges.map((p) => (['draft', 'returned', 'submitted'].includes(p.status) ? { ...p, status: 'approved' as const } : p))
  }
}

async function addPhotos(backend: TestBackend, names: string[]) {
  await mkdir(backend.host.paths.photos, { recursive: true })
  const photos = new Map<string, string>()
  for (const name of names) {
    const file = `${randomUUID()}.jpg`
    await writeFile(join(backend.host.paths.photos, file), idPhoto(120, 160))
    photos.set(name, file)
  }
  await backend.host.store().update((db) => ({ ...db, people: db.people.map((p) => (photos.has(p.name) ? { ...p, photo: photos.get(p.name)! } : p)) }))
}

export async function readPdfText(file: string): Promise<string> {
  return (await run('pdftotext', ['-layout', file, '-'])).stdout
}

/** The text in reading order, a line of the page per entry (no -layout: cards side by side do not mix). */
export async function readPdfLines(file: string): Promise<string[]> {
  return (await run('pdftotext', [file, '-'])).stdout.split('\n')
}

export async function readPdfInfo(file: string): Promise<{ pages: number; width: number; height: number }> {
  const { stdout } = await run('pdfinfo', [file])
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(stdout)!
  return { pages: Number(/Pages:\s+(\d+)/.exec(stdout)![1]), width: Number(size[1]), height: Number(size[2]) }
}

/** Page 1 as a PNG under out/print-samples/, to look at. */
export async function rasterisePdf(file: string, name: string): Promise<string> {
  const dir = join(process.cwd(), 'out', 'print-samples')
  await mkdir(dir, { recursive: true })
  const target = join(dir, name)
  await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, target])
  return `${target}.png`
}
