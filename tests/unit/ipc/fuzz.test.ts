import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { channelNames, channelSpec, type ChannelName } from '@shared/contract'
import { createHandlers } from '../../../electron/main/handlers'
import { createDispatch } from '../../../electron/main/ipc/dispatch'
import { dataPaths } from '../../../electron/main/store/data-dir'
import { parseDatabase } from '../../../electron/main/store/parse-database'
import { createTestBackend, type TestBackend } from '../../support/backend'
import { malformedInput, type Known } from '../../support/malformed-input'

/*
 * Every channel in the contract, fed malformed inputs: the answer is a typed error with a Chinese
 * message (or a valid result, when the random input happens to be valid), an error leaves the
 * database file byte-identical, and whatever a success wrote can be read back. Run against an empty
 * database, a demo unit (whose ids the inputs use, so they reach the handlers' real work) and a
 * damaged file. Dialogs answer "cancel" (the test backend's empty queue).
 */

const CJK = /[\u4e00-\u9fff]/
const RUNS = 40
const DEMO_RUNS = 25
const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort()

async function snapshot(backend: TestBackend) {
  const paths = dataPaths(backend.dir)
  const list = async (dir: string) => (await readdir(dir).catch(() => [])).sort()
  return { db: await readFile(paths.dbFile), files: await list(paths.dir), backups: await list(paths.backups) }
}

interface Fuzzed {
  backend: TestBackend
  /** What dispatch would have logged as internal errors. */
  logged: unknown[]
  /** Strings that mean something in this database: its ids, by collection. */
  known?: Known
}

/** A backend whose dispatch reports internal errors to `logged` instead of the console. */
async function backendWithLog(dir?: string): Promise<Fuzzed> {
  const logged: unknown[] = []
  const backend = await createTestBackend(dir ? { dir } : {})
  backend.dispatch = createDispatch(createHandlers(backend.services), (error) => void logged.push(error))
  return { backend, logged }
}

const recoveryDirs: string[] = []
afterAll(() => Promise.all(recoveryDirs.map((dir) => rm(dir, { recursive: true, force: true }))))

async function recoveringBackend(): Promise<Fuzzed> {
  const dir = await mkdtemp(join(tmpdir(), 'lbp-fuzz-recovery-'))
  recoveryDirs.push(dir)
  await writeFile(dataPaths(dir).dbFile, '{"schemaVersion":1,"settings":{"unitN')
  const fuzzed = await backendWithLog(dir)
  expect(fuzzed.backend.host.current.mode).toBe('recovery')
  return fuzzed
}

/** Every id in a database (people, teams, pledges, their items…), wherever it sits. */
function idsIn(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) idsIn(item, into)
  else if (value && typeof value === 'object') {
    for (const [key, field] of Object.entries(value)) {
      if (typeof field === 'string' && (key === 'id' || key.endsWith('Id'))) into.add(field)
      else idsIn(field, into)
    }
  }
  return into
}

/** A backend holding the demo unit and its pledges, as 载入示例数据 leaves it. */
async function demoBackend(): Promise<Fuzzed> {
  const fuzzed = await backendWithLog()
  await fuzzed.backend.call('demo:load')
  const db = fuzzed.backend.host.data() as Record<string, unknown>
  return { ...fuzzed, known: Object.values(db).map((collection) => [...idsIn(collection)]) }
}

/** The property for one channel. `backendFor` gives the backend for one run (shared or fresh). */
async function fuzzChannel(name: ChannelName, backendFor: () => Promise<Fuzzed>, runs: number, known: Known = []) {
  await fc.assert(
    fc.asyncProperty(malformedInput(channelSpec(name)!.input, known), async (input) => {
      const { backend, logged } = await backendFor()
      const before = await snapshot(backend)
      logged.length = 0
      const result = await backend.dispatch(name, input)
      if (result.ok) {
        // What a success wrote must open again (a damaged file waiting in recovery is left as it was).
        if (backend.host.current.mode === 'ready') {
          const parsed = parseDatabase(await readFile(dataPaths(backend.dir).dbFile))
          expect(parsed.ok, `${name} wrote a database that does not read back: ${parsed.ok ? '' : parsed.detail}`).toBe(true)
        }
        return
      }
      expect(result.error.code).toMatch(/^[A-Z_]+$/)
      // INTERNAL means the input got past the schema and broke the handler: a bug, not a typed error.
      expect(result.error.code, `${name}: ${String(logged[0])}`).not.toBe('INTERNAL')
      expect(result.error.message).toMatch(CJK)
      expect(result.error.message).not.toMatch(/\bat \w|Error:|undefined/)
      const after = await snapshot(backend)
      expect(after.db.equals(before.db), `${name} changed the database file`).toBe(true)
      expect(after.files).toEqual(before.files)
      expect(after.backups).toEqual(before.backups)
    }),
    { numRuns: runs }
  )
}

const protoBefore = prototypeKeys()

describe('every channel, with a healthy database', () => {
  it('has a handler for every channel in the contract', async () => {
    const { backend } = await backendWithLog()
    expect(Object.keys(createHandlers(backend.services)).sort()).toEqual([...channelNames].sort())
    await backend.dispose()
  })

  it.each(channelNames)('%s answers malformed input with a Chinese error and changes nothing', async (name) => {
    const fuzzed = await backendWithLog()
    await fuzzChannel(name, async () => fuzzed, RUNS)
    await fuzzed.backend.dispose()
  })

  it('refuses unknown channels, including prototype names', async () => {
    const { backend } = await backendWithLog()
    for (const name of ['', 'nope', 'store', 'store:', '__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const result = await backend.dispatch(name, undefined)
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } })
    }
    await backend.dispose()
  })

  it('left Object.prototype alone', () => {
    expect(prototypeKeys()).toEqual(protoBefore)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('every channel, with the demo unit and its pledges', () => {
  it.each(channelNames)('%s answers inputs with real ids: a Chinese error that changes nothing, or a database that reads back', async (name) => {
    const fuzzed = await demoBackend()
    await fuzzChannel(name, async () => fuzzed, DEMO_RUNS, fuzzed.known)
    await fuzzed.backend.dispose()
  })
})

describe('every channel, while the database waits in the recovery screen', () => {
  // A fresh damaged folder for each run: one valid 新建 or 恢复 would otherwise end the recovery.
  it.each(channelNames)('%s leaves the damaged file exactly as it is on error', async (name) => {
    await fuzzChannel(name, recoveringBackend, 10)
  })
})
