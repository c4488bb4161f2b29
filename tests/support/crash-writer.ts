import { dataPaths } from '../../electron/main/store/data-dir'
import { StoreHost } from '../../electron/main/store/host'

/*
 * Child process for the crash-safety test: opens the database through the real StoreHost and
 * writes an increasing sequence number in a loop, printing `ack N` only after each write resolved.
 * The parent SIGKILLs it at random moments and checks the file. stdout to a pipe is synchronous
 * on Linux, so a printed ack has reached the parent even if the kill follows at once.
 */

const dir = process.argv[2]
if (!dir) throw new Error('usage: crash-writer <data dir>')

// Padding makes each write large enough that kills land inside writes, not only between them.
const padding = '三亮三比三评'.repeat(20_000)

const host = new StoreHost(dataPaths(dir))
const state = await host.start()
if (state.mode !== 'ready') {
  process.stdout.write(`recovery ${state.recovery.problem}\n`)
  process.exit(2)
}
const store = host.store()
let seq = typeof store.data.crashSeq === 'number' ? store.data.crashSeq : 0
process.stdout.write(`start ${seq}\n`)
for (;;) {
  seq++
  await store.update((db) => ({ ...db, crashSeq: seq, crashPadding: padding }))
  process.stdout.write(`ack ${seq}\n`)
}
