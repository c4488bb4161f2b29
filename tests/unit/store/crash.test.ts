import { spawn } from 'node:child_process'
import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'
import { dataPaths } from '../../../electron/main/store/data-dir'
import { isTempFileOf } from '../../../electron/main/store/durable-file'
import { parseDatabase } from '../../../electron/main/store/parse-database'

/*
 * A child process writes through the real StoreHost in a loop and prints each sequence number only
 * after its write resolved; we SIGKILL it at random moments, 200+ times. Every time, the file must
 * parse, and hold the last acknowledged number or the one write that was in flight (never less).
 */

const KILLS = 200
const LANES = 2 // independent data folders side by side: two cores, half the wall time
/** A writer that has not been killed by then is killed anyway: the one bound on each run. */
const GUARD_MS = 20_000
const root = resolve(import.meta.dirname, '../../..')
let writer = ''

beforeAll(async () => {
  // Bundled once to plain JS: a child under tsx takes ~300 ms to start, this one ~80 ms.
  writer = join(await mkdtemp(join(tmpdir(), 'lbp-crash-writer-')), 'crash-writer.mjs')
  await build({
    entryPoints: [join(root, 'tests/support/crash-writer.ts')],
    outfile: writer,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    alias: { '@shared': join(root, 'shared') },
    logLevel: 'warning'
  })
}, 60_000)

interface Run {
  lines: string[]
  stderr: string
  signal: NodeJS.Signals | null
}

/** Starts the writer and kills it either during start-up (a quarter of runs) or right after some acks. */
function runAndKill(dir: string): Promise<Run> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [writer, dir], { stdio: ['ignore', 'pipe', 'pipe'] })
    const lines: string[] = []
    let stderr = ''
    let partial = ''
    let acks = 0
    const killAt = Math.random() < 0.25 ? 0 : 1 + Math.floor(Math.random() * 30)
    const kill = () => child.kill('SIGKILL')
    const guard = setTimeout(kill, GUARD_MS)
    if (killAt === 0) setTimeout(kill, Math.random() * 120)
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const parts = (partial + chunk).split('\n')
      partial = parts.pop() ?? ''
      for (const line of parts) {
        lines.push(line)
        // Kill within a moment of an ack, so it lands anywhere inside the next write.
        if (line.startsWith('ack ') && ++acks === killAt) setTimeout(kill, Math.random() * 3)
      }
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (_code, signal) => {
      clearTimeout(guard)
      if (partial) lines.push(partial)
      resolveRun({ lines, stderr, signal })
    })
  })
}

interface LaneStats {
  kills: number
  killedInStartup: number
  inFlightWriteLanded: number
}

async function lane(kills: number): Promise<LaneStats> {
  const paths = dataPaths(await mkdtemp(join(tmpdir(), 'lbp-crash-')))
  const stats: LaneStats = { kills: 0, killedInStartup: 0, inFlightWriteLanded: 0 }
  let lastAcked: number | null = null
  for (let i = 0; i < kills; i++) {
    const run = await runAndKill(paths.dir)
    expect(run.signal, `run ${i} ended by itself: ${run.lines.join(' | ')} ${run.stderr}`).toBe('SIGKILL')
    expect(run.lines.filter((l) => !/^(start|ack) \d+$/.test(l)), `run ${i}: ${run.stderr}`).toEqual([])
    const started = run.lines.find((l) => l.startsWith('start '))
    if (started && lastAcked !== null) {
      const seen = Number(started.slice(6))
      expect([lastAcked, lastAcked + 1], `run ${i} opened a file holding ${seen}`).toContain(seen)
    }
    const acks = run.lines.filter((l) => l.startsWith('ack ')).map((l) => Number(l.slice(4)))
    if (acks.length) lastAcked = acks.at(-1)!
    else stats.killedInStartup++
    stats.kills++

    const files = await readdir(paths.dir)
    if (!files.includes('liangbiping.json')) {
      // Only possible when the very first start was killed before it created the database.
      expect(lastAcked, `run ${i}: database file vanished`).toBeNull()
      continue
    }
    const parsed = parseDatabase(await readFile(paths.dbFile))
    expect(parsed.ok, `run ${i}: ${parsed.ok ? '' : `${parsed.problem} ${parsed.detail}`}`).toBe(true)
    if (!parsed.ok || lastAcked === null) continue
    const onDisk = Number(parsed.data.crashSeq ?? 0)
    expect([lastAcked, lastAcked + 1], `run ${i}: acked ${lastAcked}, file holds ${onDisk}`).toContain(onDisk)
    if (onDisk === lastAcked + 1) stats.inFlightWriteLanded++
    // At most the one temp file of the write the kill interrupted; earlier ones were cleaned at start.
    expect(files.filter((f) => isTempFileOf(paths.dbFile, f)).length).toBeLessThanOrEqual(1)
  }
  return stats
}

describe('crash safety', () => {
  it(`keeps every acknowledged write across ${KILLS} SIGKILLs at random moments`, async () => {
    const lanes = await Promise.all(Array.from({ length: LANES }, () => lane(KILLS / LANES)))
    const total = lanes.reduce((a, s) => ({
      kills: a.kills + s.kills,
      killedInStartup: a.killedInStartup + s.killedInStartup,
      inFlightWriteLanded: a.inFlightWriteLanded + s.inFlightWriteLanded
    }))
    expect(total.kills).toBeGreaterThanOrEqual(KILLS)
    // The kills must really have hit both phases, or the test proves less than it claims.
    expect(total.killedInStartup).toBeGreaterThan(0)
    expect(total.kills - total.killedInStartup).toBeGreaterThan(KILLS / 2)
    console.info(`[crash] ${total.kills} kills, ${total.killedInStartup} during start-up, ${total.inFlightWriteLanded} with an unacknowledged write already on disk`)
    // No wall-clock limit of its own: every run ends by its guard at the latest, so the test ends
    // after at most KILLS / LANES guards. A busy machine makes it slower, never failed.
  }, (KILLS / LANES) * GUARD_MS + 60_000)
})
