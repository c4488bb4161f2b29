import { transferable } from '../workers/transfer'
import { RequestThread } from '../workers/request-thread'
import { workerScript } from '../workers/worker-script'

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

export class PortraitThread {
  private readonly thread: RequestThread<Uint8Array, Uint8Array>

  constructor(options: PortraitThreadOptions = {}) {
    this.thread = new RequestThread({
      script: options.workerFile ?? workerScript('photo-worker', 'photo/worker.ts'),
      failed: '处理照片时出错，照片未保存，请重试或换一张照片',
      idleMs: options.idleMs,
      log: options.log ?? ((message) => console.error('[photo]', message))
    })
  }

  /** The portrait's JPEG bytes. `bytes` is handed over to the worker: do not use it afterwards. */
  make(bytes: Uint8Array): Promise<Uint8Array> {
    const sent = transferable(bytes)
    return this.thread.request(sent, [sent.buffer])
  }

  /** Ends the worker; photos still being made fail. */
  close(): Promise<void> {
    return this.thread.close()
  }
}
