import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createHandlers } from '../../../electron/main/handlers'
import { printDocuments } from '../../../electron/main/print/catalog'
import { createDispatch } from '../../../electron/main/ipc/dispatch'
import { createPrintBackend, publishDemo, type PrintBackend } from '../../support/print-fixture'

/* print:* channels: the flow the preview screen uses, the save dialog, the system viewer, the refusals. */

const backends: PrintBackend[] = []
afterEach(async () => {
  await Promise.all(backends.splice(0).map((b) => b.dispose()))
})
const open = async (...args: Parameters<typeof createPrintBackend>) => {
  const b = await createPrintBackend(...args)
  backends.push(b)
  return b
}

describe('print channels', () => {
  it('lists the documents for the print screen', async () => {
    const b = await open()
    const docs = await b.call('print:documents')
    const desk = docs.find((d) => d.id === 'desk-placard')!
    expect(desk).toMatchObject({ title: '桌牌', stage: 'show', group: '亮身份' })
    // Papers A4 and A3; no orientation choice (the folded card fixes it).
    expect(desk.controls.find((c) => c.kind === 'paper')).toEqual({ kind: 'paper', choices: ['A4', 'A3'] })
    expect(desk.controls.some((c) => c.kind === 'orientation')).toBe(false)
    expect(desk.defaults).toMatchObject({ paper: 'A4', showPledge: true, nameOrder: 'roster', teamId: null, personIds: null })
    expect(docs.filter((d) => d.stage === 'show').map((d) => d.id)).toEqual(['post-placard', 'desk-placard', 'notice-board', 'tip-cards', 'pledge-cards', 'pledge-notice', 'fulfilment-notice'])
    expect(docs.map((d) => d.id)).toEqual(printDocuments().map((d) => d.id))
  })

  it('renders, previews, saves where the dialog says, and opens a copy in the system viewer', async () => {
    const b = await open()
    const job = await b.render({ document: 'pledge-notice' })
    expect(job).toMatchObject({ state: 'done', fileName: '2026年度党员承诺公示.pdf' })
    const preview = await b.call('print:preview', { jobId: job.jobId })
    const bytes = Buffer.from(preview.pdfBase64, 'base64')
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    expect(preview).toMatchObject({ fileName: '2026年度党员承诺公示.pdf', pages: job.pages })

    const out = await mkdtemp(join(tmpdir(), 'lbp-save-'))
    try {
      b.dialogs.saves.push(join(out, '公示.pdf'))
      expect(await b.call('print:save', { jobId: job.jobId })).toEqual({ canceled: false, value: join(out, '公示.pdf') })
      expect(await readFile(join(out, '公示.pdf'))).toEqual(bytes)
      expect(await b.call('print:save', { jobId: job.jobId })).toEqual({ canceled: true })
    } finally {
      await rm(out, { recursive: true, force: true })
    }

    await b.call('print:open', { jobId: job.jobId })
    expect(b.opened).toHaveLength(1)
    expect(b.opened[0].endsWith('2026年度党员承诺公示.pdf')).toBe(true)
    expect(await readFile(b.opened[0])).toEqual(bytes)
    await rm(b.opened[0], { force: true })
  })

  it('opens copies in one temp folder, numbers a name already taken, and clears out copies older than a day', async () => {
    const b = await open()
    const dir = await mkdtemp(join(tmpdir(), 'lbp-viewer-'))
    try {
      const dayAndMore = new Date(Date.now() - 25 * 60 * 60 * 1000)
      await writeFile(join(dir, '旧的公示.pdf'), 'old')
      await mkdir(join(dir, 'old-job-folder'))
      await writeFile(join(dir, 'old-job-folder', '旧的桌牌.pdf'), 'old')
      for (const name of ['旧的公示.pdf', 'old-job-folder']) await utimes(join(dir, name), dayAndMore, dayAndMore)
      await writeFile(join(dir, '今天的桌牌.pdf'), 'new')

      const viewer = createDispatch(createHandlers(b.services, { engine: b.engine, viewerDir: dir }), (error) => console.error(error))
      const job = await b.render({ document: 'pledge-notice' })
      for (let i = 0; i < 2; i++) expect(await viewer('print:open', { jobId: job.jobId })).toEqual({ ok: true, value: null })
      expect(b.opened).toEqual([join(dir, '2026年度党员承诺公示.pdf'), join(dir, '2026年度党员承诺公示（2）.pdf')])
      expect((await readdir(dir)).sort()).toEqual(['2026年度党员承诺公示.pdf', '2026年度党员承诺公示（2）.pdf', '今天的桌牌.pdf'].sort())
      expect((await readFile(b.opened[1])).subarray(0, 5).toString()).toBe('%PDF-')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('blocks a document with a name the fonts cannot print, and renders it once the user confirms', async () => {
    const b = await open((db) => {
      const demo = publishDemo(db)
      return { ...demo, people: demo.people.map((p) => (p.name === '吴昊' ? { ...p, name: '吴𠮷' } : p)) }
    })
    const blocked = await b.render({ document: 'desk-placard' })
    expect(blocked.state).toBe('blocked')
    expect(blocked.missingGlyphs).toEqual([{ char: '𠮷', texts: ['吴𠮷'] }])
    expect(blocked.message).toMatch(/^以下文字打印字体缺失/)
    const preview = await b.dispatch('print:preview', { jobId: blocked.jobId })
    expect(preview).toEqual({ ok: false, error: { code: 'NOT_READY', message: '文件还没有生成完成' } })
    const confirmed = await b.render({ document: 'desk-placard', allowMissingGlyphs: true })
    expect(confirmed.state).toBe('done')
  })

  it('cancels through the channel', async () => {
    const b = await open()
    const job = await b.call('print:render', { document: 'post-placard' })
    const canceled = await b.call('print:cancel', { jobId: job.jobId })
    expect(canceled.state).toBe('canceled')
    expect((await b.call('print:progress', { jobId: job.jobId })).state).toBe('canceled')
  })

  it('explains in Chinese what is missing before anything can print', async () => {
    const b = await open((db) => ({ ...db, settings: { ...db.settings, unitName: '' } }))
    const fail = async (input: unknown) => {
      const result = await b.dispatch('print:render', input)
      return result.ok ? '' : result.error.message
    }
    expect(await fail({ document: 'desk-placard' })).toContain('请先在“设置 → 单位信息”中填写单位名称')
    await b.host.store().update((db) => ({ ...db, settings: { ...db.settings, unitName: '青川县政务服务中心' } }))
    expect(await fail({ document: 'pledge-cards' })).toContain('还没有经支部审核通过的党员承诺')
    expect(await fail({ document: 'desk-placard', teamId: 'ghost' })).toBe('所选班组不存在或已被删除')
    expect(await fail({ document: 'tip-cards', mode: 'assigned' })).toContain('还没有分配提示语')
    expect(await fail({ document: 'fulfilment-notice', noticeFrom: '2026-07-26', noticeTo: '2026-07-20' })).toBe('公示期的结束日期不能早于开始日期')
    expect(await fail({ document: 'fulfilment-notice' })).toMatch(/公示开始日期/)
    expect(await fail({ document: 'bogus' })).toBeTruthy()
    expect((await b.dispatch('print:progress', { jobId: 'no-such-job' })).ok).toBe(false)
  })

  it('refuses an unknown document and a bad option in Chinese, naming the field, and starts no job', async () => {
    const b = await open()
    const submit = vi.spyOn(b.engine, 'submit')
    const refusal = async (input: unknown) => {
      const result = await b.dispatch('print:render', input)
      return result.ok ? null : result.error
    }
    expect(await refusal({ document: 'no-such-doc' })).toEqual({ code: 'NOT_FOUND', message: '没有这种文档：no-such-doc' })
    expect(await refusal({ document: 'desk-placard', paper: 'A5' })).toEqual({ code: 'INVALID_INPUT', message: '纸张：取值不在允许的范围内' })
    expect(await refusal({ document: 'pledge-cards', paper: 'A3' })).toEqual({ code: 'INVALID_INPUT', message: '纸张：取值不在允许的范围内' })
    expect(await refusal({ document: 'pledge-notice', nameOrder: 'height' })).toEqual({ code: 'INVALID_INPUT', message: '姓名顺序：取值不在允许的范围内' })
    expect(await refusal({ document: 'tip-cards', categories: [] })).toEqual({ code: 'INVALID_INPUT', message: '提示语类别：至少选择一类提示语' })
    expect(await refusal({ document: 'fulfilment-notice', noticeFrom: '2026-07-20' })).toEqual({ code: 'INVALID_INPUT', message: '公示结束日期：为必填项' })
    expect(await refusal({ document: 'pledge-notice', date: '7月20日' })).toEqual({ code: 'INVALID_INPUT', message: '落款日期：日期格式应为“2026-06-30”' })
    expect(await refusal({ document: '' })).toEqual({ code: 'INVALID_INPUT', message: '请选择要打印的文档' })
    expect(submit).not.toHaveBeenCalled()
    // Options a document does not take are dropped, as they always were.
    expect((await b.render({ document: 'pledge-cards', showPhoto: false, color: 'whiteOnRed' })).state).toBe('done')
    expect(submit).toHaveBeenCalledTimes(1)
  })
})
