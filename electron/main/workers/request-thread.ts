import type { Worker } from 'node:worker_threads'
import { AppError } from '@shared/errors'
import type { ReplyEnvelope, RequestEnvelope } from './serve-requests'
import { startWorker, type WorkerScript } from './worker-script'

/*
 * Main's side of a worker that answers requests (photos, workbooks): `request` resolves with the
 * worker's value, or rejects with its Chinese refusal. The worker starts on first use and is ended
 * after a while without work, since the job leaves it holding memory. A worker that dies takes its
 * unanswered requests with it, each failing with a Chinese sentence; the next request starts afresh.
 */

export interface RequestThreadOptions {
  script: WorkerScript | string
  /** What the user is told when a job is lost to an unexpected error or a dead worker. */
  failed: string
  /** How long an idle worker is kept for the next request. */
  idleMs?: number
  /** Where unexpected worker errors go (the user sees `failed` instead). */
  log: (message: string) => void
  /** A cap on the worker's heap: a runaway job (a decompression bomb) ends the worker, not the app. */
  memory?: { maxHeapMb: number; message: string }
}

interface Pending {
  resolve: (value: unknown) => void
  reject: (error: Error) => void
}

export class RequestThread<Request, Result> {
  private worker: Worker | null = null
  private readonly pending = new Map<number, Pending>()
  private nextId = 1
  private idleTimer: NodeJS.Timeout | null = null

  constructor(private readonly options: RequestThreadOptions) {}

  /** `transfer`: buffers of `body` handed over to the worker; do not use them afterwards. */
  request<R extends Result = Result>(body: Request, transfer: ArrayBuffer[] = []): Promise<R> {
    const id = this.nextId++
    const worker = this.ensureWorker()
    return new Promise<R>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject })
      try {
        worker.postMessage({ id, request: body } satisfies RequestEnvelope<Request>, transfer)
      } catch (error) {
        this.pending.delete(id)
        throw error
      }
    })
  }

  /** Ends the worker; requests still running fail. */
  async close(): Promise<void> {
    const worker = this.worker
    this.lose(worker, this.failure())
    if (worker) await worker.terminate()
  }

  private ensureWorker(): Worker {
    if (this.idleTimer) clearTimeout(this.idleTimer)
    this.idleTimer = null
    if (!this.worker) {
      const { memory } = this.options
      const worker = startWorker(this.options.script, memory ? { maxOldGenerationSizeMb: memory.maxHeapMb } : undefined)
      worker.on('message', (reply: ReplyEnvelope<Result>) => this.onReply(reply))
      worker.on('error', (error: Error & { code?: string }) => {
        this.options.log(error.stack ?? error.message)
        const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY' && memory
        this.lose(worker, outOfMemory ? new AppError('TOO_LARGE', memory.message) : this.failure())
      })
      worker.on('exit', () => this.lose(worker, this.failure()))
      this.worker = worker
    }
    // Keeps the process (the CLI) alive while a job runs; an idle worker does not.
    this.worker.ref()
    return this.worker
  }

  private onReply(reply: ReplyEnvelope<Result>): void {
    const waiting = this.pending.get(reply.id)
    if (!waiting) return
    this.pending.delete(reply.id)
    if (reply.ok) waiting.resolve(reply.value)
    else if (reply.known) waiting.reject(new AppError(reply.code, reply.message))
    else {
      this.options.log(reply.message)
      waiting.reject(this.failure())
    }
    if (this.pending.size === 0) this.idle()
  }

  private idle(): void {
    const worker = this.worker
    if (!worker) return
    worker.unref()
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null
      if (this.worker === worker && this.pending.size === 0) {
        this.worker = null
        void worker.terminate()
      }
    }, this.options.idleMs ?? 30_000)
    this.idleTimer.unref()
  }

  private failure(): AppError {
    return new AppError('INTERNAL', this.options.failed)
  }

  /** The worker died or was ended: whatever it was doing fails with `error`. */
  private lose(worker: Worker | null, error: AppError): void {
    if (!worker || worker !== this.worker) return
    this.worker = null
    if (this.idleTimer) clearTimeout(this.idleTimer)
    this.idleTimer = null
    for (const waiting of this.pending.values()) waiting.reject(error)
    this.pending.clear()
  }
}
