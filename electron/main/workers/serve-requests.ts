import { parentPort } from 'node:worker_threads'
import { AppError, type ErrorCode } from '@shared/errors'
import { transferable } from './transfer'

/*
 * A worker thread's side of request and answer (see request-thread.ts for main's side): each
 * message is one request, answered with its value or with why it failed. Bytes in the answer are
 * handed over, not copied.
 */

export type RequestEnvelope<Request> = { id: number; request: Request }
export type ReplyEnvelope<Result> =
  | { id: number; ok: true; value: Result }
  /** `known`: an AppError whose message is fit for the user; otherwise the message is for the log. */
  | { id: number; ok: false; known: boolean; code: ErrorCode; message: string }

function failure(id: number, error: unknown): ReplyEnvelope<never> {
  if (error instanceof AppError) return { id, ok: false, known: true, code: error.code, message: error.message }
  return { id, ok: false, known: false, code: 'INTERNAL', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }
}

export function serveRequests<Request, Result>(handle: (request: Request) => Result | Promise<Result>): void {
  const port = parentPort
  if (!port) return
  port.on('message', async ({ id, request }: RequestEnvelope<Request>) => {
    try {
      const result = await handle(request)
      if (result instanceof Uint8Array) {
        const bytes = transferable(result)
        port.postMessage({ id, ok: true, value: bytes } satisfies ReplyEnvelope<Uint8Array>, [bytes.buffer])
      } else {
        port.postMessage({ id, ok: true, value: result } satisfies ReplyEnvelope<Result>)
      }
    } catch (error) {
      port.postMessage(failure(id, error))
    }
  })
}
