import { z } from 'zod'
import { channelSpec, type ChannelName, type Contract, type InputOf, type OutputOf, type ParsedInputOf, type PartName, type Result } from '@shared/contract'
import type { AppErrorShape } from '@shared/contract/define'
import type { ErrorCode } from '@shared/errors'
import { AppError } from '@shared/errors'
import { describeZodError } from '@shared/validation'

export type Handler<C extends ChannelName> = (input: ParsedInputOf<C>) => Promise<OutputOf<C>> | OutputOf<C>
export type Handlers = { [C in ChannelName]: Handler<C> }
/** One part's handlers by verb: what a stage module gives. */
export type PartHandlers<P extends PartName> = { [V in keyof Contract[P] & string]: Handler<Extract<`${P}:${V}`, ChannelName>> }
export type AllPartHandlers = { [P in PartName]: PartHandlers<P> }

/** The parts' handlers under their channel names (`roster.list` → `roster:list`). */
export function channelHandlers(parts: AllPartHandlers): Handlers {
  const handlers: Record<string, unknown> = {}
  for (const [part, verbs] of Object.entries(parts)) for (const [verb, handler] of Object.entries(verbs)) handlers[`${part}:${verb}`] = handler
  return handlers as Handlers
}

export type Dispatch = (channel: string, rawInput: unknown) => Promise<Result<unknown>>

/**
 * The one path every request takes, in Electron and in tests alike: known channel, input parsed
 * by its schema, handler run, output checked, and every failure turned into a Chinese message.
 */
export function createDispatch(handlers: Handlers, log: (error: unknown, channel: string) => void = defaultLog): Dispatch {
  return async (channel, rawInput) => {
    const spec = channelSpec(channel)
    if (!spec) return fail('UNKNOWN_CHANNEL', '无法识别的请求')
    const name = channel as ChannelName
    const input = spec.input.safeParse(rawInput)
    if (!input.success) return fail('INVALID_INPUT', describeZodError(input.error, spec.input))
    try {
      const handler = handlers[name] as (input: unknown) => unknown
      const output = spec.output.safeParse(await handler(input.data))
      if (!output.success) {
        log(output.error, channel)
        return fail('INTERNAL', '程序内部错误：返回的数据不完整，请重试或联系维护人员')
      }
      return { ok: true, value: output.data }
    } catch (error) {
      if (error instanceof AppError) return fail(error.code, error.message)
      if (error instanceof z.ZodError) return fail('INVALID_INPUT', describeZodError(error))
      log(error, channel)
      return fail('INTERNAL', internalMessage(error))
    }
  }
}

/** A channel's value, or its refusal thrown; for callers outside IPC (the CLI, tests, benches). */
export type Call = <C extends ChannelName>(channel: C, input?: InputOf<C>) => Promise<OutputOf<C>>

export function caller(
  dispatch: Dispatch,
  toError: (error: AppErrorShape, channel: string) => Error = (error, channel) => new Error(`${channel}: ${error.message}`)
): Call {
  return async (channel, input) => {
    const result = await dispatch(channel, input)
    if (!result.ok) throw toError(result.error, channel)
    return result.value as never
  }
}

function internalMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOSPC') return '磁盘空间不足，操作未完成，数据未改动'
  if (code === 'EACCES' || code === 'EPERM') return '没有写入权限或文件被占用，操作未完成，数据未改动'
  return '操作未完成，数据未改动。请重试，若仍失败请联系维护人员'
}

const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } })

function defaultLog(error: unknown, channel: string) {
  console.error(`[ipc] ${channel}`, error)
}
