import { parentPort } from 'node:worker_threads'
import type { JobPhase, MissingGlyph } from '@shared/model/print'
import { transferable } from '../workers/transfer'
import { runRenderJob, type RenderJob } from './job'

/*
 * The print worker: renders one job at a time off Electron's main thread (a 300-page job keeps
 * the JS thread busy for seconds). Built as out/main/print-worker.js; loaded through
 * workers/bootstrap.cjs when running from TypeScript.
 */

export type WorkerRequest = { type: 'render'; job: RenderJob }
export type WorkerReply =
  | { type: 'progress'; jobId: string; phase: JobPhase; progress: number }
  | { type: 'blocked'; jobId: string; missing: MissingGlyph[] }
  | { type: 'done'; jobId: string; pdf: Uint8Array; pages: number; missing: MissingGlyph[] }
  | { type: 'failed'; jobId: string; message: string }

const port = parentPort
if (port) {
  const send = (reply: WorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(reply, transfer)
  port.on('message', async (request: WorkerRequest) => {
    const { jobId } = request.job
    try {
      const outcome = await runRenderJob(request.job, (phase, progress) => send({ type: 'progress', jobId, phase, progress }))
      if (outcome.kind === 'blocked') return send({ type: 'blocked', jobId, missing: outcome.missing })
      const pdf = transferable(outcome.pdf)
      send({ type: 'done', jobId, pdf, pages: outcome.pages, missing: outcome.missing }, [pdf.buffer])
    } catch (error) {
      send({ type: 'failed', jobId, message: error instanceof Error ? error.message : String(error) })
    }
  })
}
