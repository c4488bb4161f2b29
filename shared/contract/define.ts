import { z } from 'zod'
import { ERROR_CODES } from '../errors'

/**
 * One IPC channel: what the renderer may send, what main promises to answer, a Chinese summary
 * (for `cli call --list`), and whether it may change the database (a `query` never does, so the
 * command line opens the file read-only for it).
 */
export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I
  output: O
  summary: string
  writes: boolean
  /** The channel asks the user for a file through a system dialog. */
  dialog?: 'open' | 'save'
}

interface Extra {
  dialog?: 'open' | 'save'
}

/** A channel that only reads. */
export function query<I extends z.ZodType, O extends z.ZodType>(summary: string, input: I, output: O, extra: Extra = {}): ChannelSpec<I, O> {
  return { input, output, summary, writes: false, ...extra }
}

/** A channel that may change the database. */
export function command<I extends z.ZodType, O extends z.ZodType>(summary: string, input: I, output: O, extra: Extra = {}): ChannelSpec<I, O> {
  return { input, output, summary, writes: true, ...extra }
}

/** One part of the contract (a stage, or store / settings / print): verb → channel. */
export type ContractPart = Record<string, ChannelSpec>

/** For channels that take nothing. */
export const noInput = z.undefined()

export const appErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  /** Chinese, fit to show to the user as it is. */
  message: z.string()
})
export type AppErrorShape = z.infer<typeof appErrorSchema>

/** What every channel answers: errors travel as data, never as exceptions across IPC. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape }

/** What a channel that opens a system dialog answers: the user may press 取消. */
export const canceledOr = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('canceled', [z.object({ canceled: z.literal(true) }), z.object({ canceled: z.literal(false), value })])
