import { randomUUID } from 'node:crypto'
import type { Worker } from 'node:worker_threads'
import { AppError } from '@shared/errors'
import type { LeftOut, PrintJob } from '@shared/model/print'
import { activeFallbackFont } from './fallback-font'
import { missingGlyphMessage } from './glyph-check'
import type { RenderJob } from './job'
import type { WorkerReply, WorkerRequest } from './worker'
import { startWorker, workerScript, type WorkerScript } from '../workers/worker-script'

/*
 * Main's side of printing: a queue of jobs rendered one at a time by a single warm worker thread.
 * The IPC contract is request/response only, so the renderer polls `status`; cancelling a running
 * job ends the worker (pdfmake's layout cannot be interrupted) and the next job starts a new one.
 */

export interface JobMeta {
  title: string
  fileName: string
  /** Who the request covers but the document leaves out; carried on the job for the dialog. */
  leftOut?: LeftOut[]
}

export interface JobResult {
  pdf: Uint8Array
  pages: number
  fileName: string
}

interface JobRecord {
  status: PrintJob
  job: RenderJob
  pdf: Uint8Array | null
  finished: Promise<PrintJob>
  finish: (status: PrintJob) => void
}

export interface PrintEngineOptions {
  /** The worker script; by default out/main/print-worker.js, or the TypeScript source when running unbuilt. */
  workerFile?: string
  /** Finished jobs whose PDFs are kept for preview and saving; older ones are dropped. */
  keepFinished?: number
  /** Where the worker's own error text goes (the user sees a Chinese sentence instead). */
  log?: (message: string) => void
}

const TERMINAL = new Set<PrintJob['state']>(['done', 'blocked', 'failed', 'canceled'])

export class PrintEngine {
  private worker: Worker | null = null
  private readonly jobs = new Map<string, JobRecord>()
  private readonly queue: string[] = []
  private running: string | null = null
  private readonly workerScript: WorkerScript | string
  private readonly keepFinished: number
  private readonly log: (message: string) => void

  constructor(options: PrintEngineOptions = {}) {
    this.workerScript = options.workerFile ?? workerScript('print-worker', 'print/worker.ts')
    this.keepFinished = options.keepFinished ?? 4
    this.log = options.log ?? ((message) => console.error('[print]', message))
  }

  /** `document`: a catalogue id; `data`: what its gather made (structured-clonable), built in the worker. */
  submit(document: string, data: unknown, meta: JobMeta, allowMissingGlyphs = false): PrintJob {
    const jobId = randomUUID()
    let finish!: (status: PrintJob) => void
    const finished = new Promise<PrintJob>((resolve) => (finish = resolve))
    const status: PrintJob = {
      jobId,
      document,
      title: meta.title,
      state: 'queued',
      phase: null,
      progress: 0,
      message: null,
      missingGlyphs: [],
      pages: null,
      bytes: null,
      fileName: meta.fileName,
      leftOut: meta.leftOut ?? []
    }
    // The worker prints with the fonts main has now (the fallback font may be changed in 设置 later).
    const job: RenderJob = { jobId, document, data, allowMissingGlyphs, fallbackFont: activeFallbackFont() }
    this.jobs.set(jobId, { status, job, pdf: null, finished, finish })
    this.queue.push(jobId)
    this.pump()
    return { ...status }
  }

  status(jobId: string): PrintJob {
    return { ...this.record(jobId).status }
  }

  /** Resolves when the job is done, blocked, failed or canceled. */
  finished(jobId: string): Promise<PrintJob> {
    return this.record(jobId).finished
  }

  result(jobId: string): JobResult {
    const record = this.record(jobId)
    if (record.status.state !== 'done' || !record.pdf) throw new AppError('NOT_READY', '文件还没有生成完成')
    return { pdf: record.pdf, pages: record.status.pages ?? 0, fileName: record.status.fileName }
  }

  cancel(jobId: string): PrintJob {
    const record = this.record(jobId)
    if (TERMINAL.has(record.status.state)) return { ...record.status }
    const queued = this.queue.indexOf(jobId)
    if (queued >= 0) this.queue.splice(queued, 1)
    if (this.running === jobId) {
      this.running = null
      this.discardWorker()
    }
    this.settle(record, { state: 'canceled', message: '已取消' })
    this.pump()
    return { ...record.status }
  }

  /** Ends the worker; queued jobs are canceled. */
  async close(): Promise<void> {
    for (const jobId of [...this.queue, ...(this.running ? [this.running] : [])]) this.cancel(jobId)
    this.discardWorker()
  }

  private record(jobId: string): JobRecord {
    const record = this.jobs.get(jobId)
    if (!record) throw new AppError('NOT_FOUND', '打印任务不存在或已过期，请重新生成')
    return record
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) {
      if (!this.running) this.worker?.unref()
      return
    }
    const jobId = this.queue.shift()!
    const record = this.jobs.get(jobId)!
    this.running = jobId
    record.status = { ...record.status, state: 'running', phase: 'preparing' }
    const worker = this.ensureWorker()
    // Keep the process alive while a job runs (the CLI waits on it); idle workers do not.
    worker.ref()
    worker.postMessage({ type: 'render', job: record.job } satisfies WorkerRequest)
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker
    const worker = startWorker(this.workerScript)
    worker.on('message', (reply: WorkerReply) => this.onReply(reply))
    worker.on('error', (error) => this.onWorkerLost(worker, `打印程序出错：${error.message}`))
    worker.on('exit', (code) => this.onWorkerLost(worker, `打印程序意外退出（代码 ${code}）`))
    this.worker = worker
    return worker
  }

  private discardWorker(): void {
    const worker = this.worker
    this.worker = null
    if (worker) void worker.terminate()
  }

  private onWorkerLost(worker: Worker, message: string): void {
    if (worker !== this.worker) return
    this.worker = null
    const jobId = this.running
    this.running = null
    if (jobId) this.settle(this.jobs.get(jobId)!, { state: 'failed', message: `${message}，请重试` })
    this.pump()
  }

  private onReply(reply: WorkerReply): void {
    // Replies from a worker ended by cancel may still be in flight: only the running job counts.
    if (reply.jobId !== this.running) return
    const record = this.jobs.get(reply.jobId)!
    switch (reply.type) {
      case 'progress':
        record.status = { ...record.status, phase: reply.phase, progress: Math.max(record.status.progress, reply.progress) }
        return
      case 'blocked':
        this.settle(record, { state: 'blocked', message: missingGlyphMessage(reply.missing), missingGlyphs: reply.missing })
        break
      case 'done':
        record.pdf = reply.pdf
        this.settle(record, {
          state: 'done',
          progress: 1,
          pages: reply.pages,
          bytes: reply.pdf.byteLength,
          missingGlyphs: reply.missing,
          message: reply.missing.length ? missingGlyphMessage(reply.missing) : null
        })
        break
      case 'failed':
        this.log(reply.message)
        this.settle(record, { state: 'failed', message: '生成文件时出错，请重试；若仍失败请联系维护人员' })
        break
    }
    this.running = null
    this.pump()
  }

  private settle(record: JobRecord, change: Partial<PrintJob>): void {
    record.status = { ...record.status, phase: null, ...change }
    record.finish({ ...record.status })
    this.forgetOldJobs()
  }

  /** Keeps memory bounded: only the newest finished jobs keep their PDFs. */
  private forgetOldJobs(): void {
    const finished = [...this.jobs.values()].filter((r) => TERMINAL.has(r.status.state))
    for (const old of finished.slice(0, Math.max(0, finished.length - this.keepFinished))) this.jobs.delete(old.status.jobId)
  }
}
