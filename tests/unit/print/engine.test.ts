import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { PrintJob } from '@shared/model/print'
import { PrintEngine } from '../../../electron/main/print/engine'
import type { PledgeMember as PrintMember } from '../../../electron/main/show/documents/common'
import type { DeskPlacardData as DeskPlacardInput } from '../../../electron/main/show/documents/desk-placard'

/*
 * The print engine for real: worker threads started from TypeScript through the tsx bootstrap
 * (and, when the app has been built, the bundled out/main/print-worker.js), progress, cancel,
 * the glyph check, a failing job, and bounded memory for finished jobs.
 */

const unit = { unitName: '测试单位', branchName: '测试党支部', year: 2026, supervisionPhone: '12345678', signature: '测试党支部' }
const member = (name: string, i = 0): PrintMember => ({
  id: `m${i}`,
  name,
  identity: '共产党员',
  posts: '',
  post: '综合柜员',
  duties: '',
  teamName: '一班',
  phone: '',
  photo: null,
  pledgeSummary: '微笑服务',
  pledgeItems: [],
  pledgeStatus: 'approved'
})
const placards = (names: string[]): DeskPlacardInput => ({ unit, members: names.map(member), paper: 'A4', color: 'whiteOnRed', showPledge: true })
const many = (n: number) => Array.from({ length: n }, (_, i) => `党员${i + 1}`)
const meta = { title: '桌牌', fileName: '桌牌.pdf' }

const engines: PrintEngine[] = []
afterEach(async () => {
  await Promise.all(engines.splice(0).map((e) => e.close()))
})
const engine = (options?: ConstructorParameters<typeof PrintEngine>[0]) => {
  const e = new PrintEngine(options)
  engines.push(e)
  return e
}

/** Polls like the renderer and returns every status seen. */
async function watch(e: PrintEngine, jobId: string, until: (s: PrintJob) => boolean = (s) => !['queued', 'running'].includes(s.state)) {
  const seen: PrintJob[] = []
  for (;;) {
    const status = e.status(jobId)
    seen.push(status)
    if (until(status)) return seen
    await new Promise((wake) => setTimeout(wake, 5))
  }
}

describe('print engine', () => {
  it('renders in a worker thread and reports growing progress through its phases', async () => {
    const e = engine()
    const job = e.submit('desk-placard', placards(many(60)), meta)
    expect(job.state).toBe('queued')
    const seen = await watch(e, job.jobId)
    const last = seen.at(-1)!
    expect(last).toMatchObject({ state: 'done', progress: 1, pages: 60, message: null, fileName: '桌牌.pdf' })
    const progress = seen.map((s) => s.progress)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
    expect(seen.some((s) => s.phase === 'rendering' && s.progress > 0.45 && s.progress < 1)).toBe(true)
    const { pdf, pages } = e.result(job.jobId)
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-')
    expect(pages).toBe(60)
    expect(last.bytes).toBe(pdf.byteLength)
  })

  it('cancels a running job by ending its worker, then renders the next job in a new one', async () => {
    const e = engine()
    const long = e.submit('desk-placard', placards(many(400)), meta)
    const queued = e.submit('desk-placard', placards(['排队者']), meta)
    await watch(e, long.jobId, (s) => s.state === 'running')
    expect(e.cancel(queued.jobId).state).toBe('canceled')
    expect(e.cancel(long.jobId)).toMatchObject({ state: 'canceled', message: '已取消' })
    expect(await e.finished(long.jobId)).toMatchObject({ state: 'canceled' })
    expect(() => e.result(long.jobId)).toThrow('文件还没有生成完成')
    const next = e.submit('desk-placard', placards(['李四']), meta)
    expect(await e.finished(next.jobId)).toMatchObject({ state: 'done', pages: 1 })
  })

  it('refuses to print characters the fonts lack, and prints them with a warning when allowed', async () => {
    const e = engine()
    const blocked = await e.finished(e.submit('desk-placard', placards(['张𠮷', '王喆', '李堃', '刘䶮']), meta).jobId)
    expect(blocked).toMatchObject({ state: 'blocked', pages: null, missingGlyphs: [{ char: '𠮷', texts: ['张𠮷'] }] })
    expect(blocked.message).toMatch(/^以下文字打印字体缺失\uff1a𠮷\uff08张𠮷\uff09。/)
    const allowed = await e.finished(e.submit('desk-placard', placards(['张𠮷']), meta, true).jobId)
    expect(allowed.state).toBe('done')
    expect(allowed.message).toContain('𠮷')
  })

  it('reports a job that fails inside the worker and keeps working', async () => {
    const logged: string[] = []
    const e = engine({ log: (message) => logged.push(message) })
    const broken = { ...placards(['张三']), members: null } as unknown as DeskPlacardInput
    const failed = await e.finished(e.submit('desk-placard', broken, meta).jobId)
    expect(failed.state).toBe('failed')
    expect(failed.message).toMatch(/生成文件时出错/)
    expect(logged).toHaveLength(1) // the technical reason goes to the log, not to the user
    expect(await e.finished(e.submit('desk-placard', placards(['张三']), meta).jobId)).toMatchObject({ state: 'done' })
  })

  it('keeps only the newest finished jobs', async () => {
    const e = engine({ keepFinished: 2 })
    const ids: string[] = []
    for (const name of ['甲', '乙', '丙']) {
      const job = e.submit('desk-placard', placards([name]), meta)
      ids.push(job.jobId)
      await e.finished(job.jobId)
    }
    expect(() => e.status(ids[0])).toThrow('打印任务不存在或已过期')
    expect(e.status(ids[2]).state).toBe('done')
  })

  const built = resolve('out/main/print-worker.js')
  it.runIf(existsSync(built))('renders with the bundled worker the app ships (out/main/print-worker.js)', async () => {
    const e = engine({ workerFile: built })
    expect(await e.finished(e.submit('desk-placard', placards(['张三', '欧阳建国']), meta).jobId)).toMatchObject({ state: 'done', pages: 2 })
  })
})
