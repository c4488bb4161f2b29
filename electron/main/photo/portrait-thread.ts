import type { Worker } from 'node:worker_threads'
import { AppError } from '@shared/errors'
import { transferable } from '../workers/transfer'
import { startWorker, workerScript, type WorkerScript } from '../workers/worker-script'
import type { PortraitReply, PortraitRequest } from './worker'

/*
 * Main's side of photo processing: `make` sends the bytes of a chosen file to the photo worker and
 * resolves with the stored JPEG, or rejects with the worker's Chinese message. One worker, started
 * on first use; it is ended after a while without work, since decoding leaves it holding memory.
 */

export interface PortraitThreadOptions {
  /** The worker script; by default out/main/photo-worker.js, or the TypeScript source when running unbuilt. */
  workerFile?: string
  /** How long an idle worker is kept for the next photo. */
  idleMs?: number
  /** Where unexpected worker errors go (the user sees a Chinese sentence instead). */
  log?: (message: string) => void
}

interface Pending {
  resolve: (jpeg: Uint8Array) => void
  reject: (error: Error) => void
}

const FAILED = '处理照片时出错，照片未保存，请重试或换一张照片'

export class PortraitThread {
  private worker: Worker | null = null
  private readonly pending = new Map<number, Pending>()
  private nextId = 1
  private idleTimer: NodeJS.Timeout | null = null
  private readonly script: WorkerScript | string
  private readonly idleMs: number
  private readonly log: (message: string) => void

  constructor(options: PortraitThreadOptions = {}) {
    this.script = options.workerFile ?? workerScript('photo-worker', 'photo/worker.ts')
    this.idleMs = options.idleMs ?? 30_000
    this.log = options.log ?? ((message) => console.error('[photo]', message))
  }

  /** The portrait's JPEG bytes. `bytes` is handed over to the worker: do not use it afterwards. */
  make(bytes: Uint8Array): Promise<Uint8Array> {
    const id = this.nextId++
    const worker = this.ensureWorker()
    const sent = transferable(bytes)
    return new Promise<Uint8Array>((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      try {
        worker.postMessage({ id, bytes: sent } satisfies PortraitRequest, [sent.buffer])
      } catch (error) {
        this.pending.delete(id)
        throw error
      }
    })
  }

  /** Ends the worker; photos still being made fail. */
  async close(): Promise<void> {
    const worker = this.worker
    this.lose(worker)
    if (worker) await worker.terminate()
  }

  private ensureWorker(): Worker {
    if (this.idleTimer) clearTimeout(this.idleTimer)
    this.idleTimer = null
    if (!this.worker) {
      const worker = startWorker(this.script)
      worker.on('message', (reply: PortraitReply) => this.onReply(reply))
      worker.on('error', (error) => {
        this.log(error.stack ?? error.message)
        this.lose(worker)
      })
      worker.on('exit', () => this.lose(worker))
      this.worker = worker
    }
    // Keeps the process (the CLI) alive while a photo is being made; an idle worker does not.
    this.worker.ref()
    return this.worker
  }

  private onReply(reply: PortraitReply): void {
    const waiting = this.pending.get(reply.id)
    if (!waiting) return
    this.pending.delete(reply.id)
    if (reply.ok) waiting.resolve(reply.jpeg)
    else if (reply.known) waiting.reject(new AppError(reply.code, reply.message))
    else {
      this.log(reply.message)
      waiting.reject(new AppError('INTERNAL', FAILED))
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
    }, this.idleMs)
    this.idleTimer.unref()
  }

  /** The worker died or was ended: whatever it was making fails, and the next photo starts a new one. */
  private lose(worker: Worker | null): void {
    if (!worker || worker !== this.worker) return
    this.worker = null
    if (this.idleTimer) clearTimeout(this.idleTimer)
    this.idleTimer = null
    for (const waiting of this.pending.values()) waiting.reject(new AppError('INTERNAL', FAILED))
    this.pending.clear()
  }
}
