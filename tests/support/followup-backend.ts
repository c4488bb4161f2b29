import { readFile } from 'node:fs/promises'
import { expect } from 'vitest'
import type { ChannelName, InputOf, OutputOf } from '@shared/contract'
import { demoDatabase } from '../../electron/main/roster/demo'
import { dataPaths } from '../../electron/main/store/data-dir'
import { createTestBackend, type TestBackend } from './backend'

/* The demo roster behind the real dispatch for 跟踪's tests, and the two ways they call it. */

export async function rosterBackend(now: Date, backends: TestBackend[]): Promise<TestBackend> {
  const b = await createTestBackend({ now: () => now })
  backends.push(b)
  await b.host.store().update((db) => demoDatabase(db, now))
  return b
}

export const ok = <C extends ChannelName>(b: TestBackend, channel: C, input?: InputOf<C>): Promise<OutputOf<C>> => b.call(channel, input)

/** The refusal message, checking the database file did not change. */
export async function refused(b: TestBackend, channel: ChannelName, input: unknown): Promise<string> {
  const before = await readFile(dataPaths(b.dir).dbFile)
  const result = await b.dispatch(channel, input)
  expect(result.ok).toBe(false)
  expect(await readFile(dataPaths(b.dir).dbFile)).toEqual(before)
  return result.ok ? '' : result.error.message
}

export const personId = (b: TestBackend, name: string) => b.host.data().people.find((p) => p.name === name)!.id
export const teamId = (b: TestBackend, name: string) => b.host.data().teams.find((t) => t.name === name)!.id
