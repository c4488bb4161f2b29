import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import jpeg from 'jpeg-js'
import { describe, expect, it } from 'vitest'
import { PortraitThread, type PortraitThreadOptions } from '../../../electron/main/photo/portrait-thread'
import { idPhoto } from '../../support/images'
import { expectRefusal, useWorkerThreads } from '../../support/workers'

/*
 * The photo worker for real: started from TypeScript through the tsx bootstrap (and, when the app
 * has been built, the bundled out/main/photo-worker.js). The main thread keeps answering while a
 * 12 MP photo is decoded; the worker's Chinese refusals arrive as AppErrors; a worker that dies or
 * fails unexpectedly gives a Chinese message and the next photo gets a fresh worker.
 */

const { startThread, writeStandIn } = useWorkerThreads((options?: PortraitThreadOptions) => new PortraitThread(options))

/**
 * A stand-in worker: dies on a one-byte photo, throws a plain Error on a two-byte one, and
 * otherwise answers with its own thread id (so a test can tell a new worker from the old one).
 */
const standInWorker = () =>
  writeStandIn(
    'stand-in',
    `const { parentPort, threadId } = require('node:worker_threads')
parentPort.on('message', ({ id, request: bytes }) => {
  if (bytes.length === 1) process.exit(3)
  if (bytes.length === 2) return parentPort.postMessage({ id, ok: false, known: false, code: 'INTERNAL', message: 'TypeError: boom' })
  parentPort.postMessage({ id, ok: true, value: new Uint8Array([threadId]) })
})`
  )

describe('photo worker', () => {
  it('makes the 600 px portrait of a 12 MP photo while the main thread keeps answering', async () => {
    const photo = idPhoto(4000, 3000, 0, 48)
    const t = startThread()
    await t.make(idPhoto(40, 30)) // a started worker, so what follows is the photo's alone
    let ticks = 0
    const ticker = setInterval(() => ticks++, 5)
    const portrait = await t.make(photo)
    clearInterval(ticker)
    const image = jpeg.decode(portrait)
    expect([image.width, image.height]).toEqual([600, 450])
    // Decoding on this thread would hold it for the whole job: no timer could run before the
    // portrait was back. In the worker, this thread stays free and the ticker runs throughout (the
    // slower the machine, the more often). How short this thread's stalls are is a figure for the
    // bench, not a test: scripts/bench/roster.ts.
    expect(ticks).toBeGreaterThan(0)
  })

  it('passes on the worker’s Chinese refusals for a file that is not an image or is broken', async () => {
    const t = startThread()
    const notImage = await expectRefusal(t.make(Buffer.from('这不是图片')))
    expect(notImage).toMatchObject({ code: 'NOT_IMAGE', message: expect.stringContaining('不是JPEG或PNG图片') })
    const broken = await expectRefusal(t.make(idPhoto(400, 300).subarray(0, 600)))
    expect(broken).toMatchObject({ code: 'BAD_IMAGE', message: expect.stringContaining('已损坏或不完整') })
    // Several at once each get their own answer.
    const [a, b] = await Promise.all([t.make(idPhoto(800, 1000)), t.make(idPhoto(100, 80))])
    expect([jpeg.decode(a).height, jpeg.decode(b).width]).toEqual([600, 100])
  })

  it('turns a dead worker or an unexpected error into a Chinese message, and starts afresh', async () => {
    const logged: string[] = []
    const t = startThread({ workerFile: await standInWorker(), log: (m) => logged.push(m) })
    const first = (await t.make(new Uint8Array(3)))[0]
    expect((await expectRefusal(t.make(new Uint8Array(2)))).message).toBe('处理照片时出错，照片未保存，请重试或换一张照片')
    expect(logged).toEqual(['TypeError: boom'])
    expect((await t.make(new Uint8Array(3)))[0]).toBe(first) // an error is not a reason to drop the worker
    expect((await expectRefusal(t.make(new Uint8Array(1)))).message).toBe('处理照片时出错，照片未保存，请重试或换一张照片')
    expect((await t.make(new Uint8Array(3)))[0]).not.toBe(first)
  })

  it('ends an idle worker and starts a new one for the next photo', async () => {
    const t = startThread({ workerFile: await standInWorker(), idleMs: 20 })
    const first = (await t.make(new Uint8Array(3)))[0]
    expect((await t.make(new Uint8Array(3)))[0]).toBe(first)
    // Not a wait for time to pass: the idle timer (20 ms) was set when the answer came, so a timer
    // set now for longer runs after it however slow the machine is (Node runs due timers in order).
    await new Promise((after) => setTimeout(after, 80))
    expect((await t.make(new Uint8Array(3)))[0]).not.toBe(first)
  })

  const built = resolve('out/main/photo-worker.js')
  it.runIf(existsSync(built))('works with the bundled worker the app ships (out/main/photo-worker.js)', async () => {
    const t = startThread({ workerFile: built })
    expect(jpeg.decode(await t.make(idPhoto(1200, 900))).width).toBe(600)
    expect((await expectRefusal(t.make(Buffer.from('GIF89a')))).code).toBe('NOT_IMAGE')
  })
})
