import { parentPort } from 'node:worker_threads'
import { AppError } from '@shared/errors'
import { transferable } from '../workers/transfer'
import { makePortrait } from './portrait'

/*
 * The photo worker: checks, decodes, turns and shrinks a chosen photo off Electron's main thread
 * (a 12 MP JPEG keeps a JS thread busy for over a second). Built as out/main/photo-worker.js;
 * loaded through workers/bootstrap.cjs when running from TypeScript.
 */

export type PortraitRequest = { id: number; bytes: Uint8Array }
export type PortraitReply =
  | { id: number; ok: true; jpeg: Uint8Array }
  /** `known`: an AppError whose message is fit for the user; otherwise the message is for the log. */
  | { id: number; ok: false; known: boolean; code: string; message: string }

function failure(id: number, error: unknown): PortraitReply {
  if (error instanceof AppError) return { id, ok: false, known: true, code: error.code, message: error.message }
  return { id, ok: false, known: false, code: 'INTERNAL', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }
}

const port = parentPort
if (port) {
  port.on('message', ({ id, bytes }: PortraitRequest) => {
    try {
      const jpeg = transferable(makePortrait(bytes))
      port.postMessage({ id, ok: true, jpeg } satisfies PortraitReply, [jpeg.buffer])
    } catch (error) {
      port.postMessage(failure(id, error))
    }
  })
}
