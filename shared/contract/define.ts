import { z } from 'zod'

/** One IPC channel: what the renderer may send and what main promises to answer. */
export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I
  output: O
}

export function channel<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): ChannelSpec<I, O> {
  return { input, output }
}

/** For channels that take nothing. */
export const noInput = z.undefined()

export const appErrorSchema = z.object({
  /** Stable, English, for code paths: INVALID_INPUT, NOT_FOUND, CONFLICT, FORBIDDEN, INTERNAL, ... */
  code: z.string(),
  /** Chinese, fit to show to the user as it is. */
  message: z.string()
})
export type AppErrorShape = z.infer<typeof appErrorSchema>

/** What every channel answers: errors travel as data, never as exceptions across IPC. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape }

/** What a channel that opens a system dialog answers: the user may press 取消. */
export const canceledOr = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('canceled', [z.object({ canceled: z.literal(true) }), z.object({ canceled: z.literal(false), value })])
