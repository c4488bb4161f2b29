import { readFile } from 'node:fs/promises'
import { expect } from 'vitest'
import type { ChannelName, InputOf, OutputOf } from '@shared/contract'
import { dataPaths } from '../../electron/main/store/data-dir'
import type { TestBackend } from './backend'

/* The two ways the handler tests call a channel through the real dispatch: expecting a value, or expecting a refusal. */

/** A channel's value (throws, naming the channel, if it is refused). */
export const ok = <C extends ChannelName>(b: Pick<TestBackend, 'call'>, channel: C, input?: InputOf<C>): Promise<OutputOf<C>> => b.call(channel, input)

/** The refusal message, checking the database file did not change. */
export async function refused(b: Pick<TestBackend, 'dir' | 'dispatch'>, channel: ChannelName, input: unknown): Promise<string> {
  const before = await readFile(dataPaths(b.dir).dbFile)
  const result = await b.dispatch(channel, input)
  expect(result.ok).toBe(false)
  expect(await readFile(dataPaths(b.dir).dbFile)).toEqual(before)
  return result.ok ? '' : result.error.message
}
