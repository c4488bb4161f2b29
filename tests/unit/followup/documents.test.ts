import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedFollowup } from '../../../electron/main/followup/demo'
import { createPrintBackend, NOW, publishDemo, readPdfInfo, readPdfText, type PrintBackend } from '../../support/print-fixture'

/*
 * 跟踪's printed documents from the demo year (loaded on the fixture's day, 2026-07-20), read back
 * as text: the 整改台账 with its red 逾期 and counts, the 督查催办通知 one sheet per item with its
 * 回执, and the 经费 totals worked out by hand.
 */

let backend: PrintBackend
beforeAll(async () => {
  backend = await createPrintBackend((db) => seedFollowup(publishDemo(db), NOW).db)
})
afterAll(async () => backend?.dispose())

async function text(request: Parameters<PrintBackend['render']>[0]) {
  const job = await backend.render(request)
  expect(job.state, job.message ?? '').toBe('done')
  const file = await backend.writePdfFile(job.jobId)
  const raw = await readPdfText(file)
  // `text` keeps table cells apart by one space; `flat` joins sentences that wrapped across lines.
  return { text: raw.replace(/[ \t]+/g, ' '), flat: raw.replace(/\s+/g, ''), info: await readPdfInfo(file) }
}

describe('跟踪 documents from the demo year', () => {
  it('prints the 整改台账 with the overdue item’s days and the counts per source', async () => {
    const { text: out, info } = await text({ document: 'rectification-ledger', year: 2026, date: '2026-07-20' })
    expect(info.width).toBeGreaterThan(info.height) // A4 landscape for the wide table
    expect(out).toContain('2026年度整改台账')
    expect(out).toContain('统计截至2026年7月20日')
    // 群众评议's item was due 12 days before the demo day and is still being fixed.
    expect(out).toMatch(/整改中\s*\n?.*逾期12天/)
    expect(out).toContain('整改情况统计')
    // 6 items by hand (2 closed, 2 in hand, 2 not started) and 2 from pledges not kept (1 closed, 1 in hand).
    expect(out).toMatch(/合计 8 3 3 2 1/)
    expect(out).toMatch(/群众评议 1 0 1 0 1/)
  })

  it('prints one 督查催办通知 per overdue or soon-due item, each with its 回执 and earlier chases', async () => {
    const { flat: out, info } = await text({ document: 'chase-notice', year: 2026, date: '2026-07-20' })
    expect(info.pages).toBe(2)
    expect(out.match(/督查催办通知/g)).toHaveLength(2)
    expect(out.match(/沿此线剪下/g)).toHaveLength(2)
    expect(out).toContain('综合受理窗口：')
    expect(out).toContain('已超过完成时限12天')
    // Chased twice before this notice, on 7月14日 by notice and 7月19日 by phone.
    expect(out).toContain('2次：2026年7月14日（通知单）、2026年7月19日（电话）')
    // Reply within 3 working days after 7月20日 (a Monday): by Thursday 7月23日.
    expect(out).toContain('请于2026年7月23日前将落实情况填写回执')
    expect(out).toContain('将于2026年7月25日到期')
  })

  it('counts the reply days in working days after the notice’s day', async () => {
    // Saturday 7月18日 + 3 working days: Monday, Tuesday, Wednesday 7月22日.
    const { flat } = await text({ document: 'chase-notice', year: 2026, date: '2026-07-18' })
    expect(flat).toContain('请于2026年7月22日前将落实情况填写回执')
    const { flat: five } = await text({ document: 'chase-notice', year: 2026, date: '2026-07-20', replyDays: '5' })
    expect(five).toContain('请于2026年7月27日前将落实情况填写回执')
  })

  it('prints a 催办单 for another stage’s reminder as it was given', async () => {
    const subject = { key: 'compete/trainingPlans/p1', stage: 'compete', kind: '人才培养计划', title: '青年骨干“师带徒”培养计划', ownerName: '吴昊', dueOn: '2026-06-30' }
    const { flat: out, info } = await text({ document: 'chase-notice', year: 2026, date: '2026-07-20', subjects: [subject] })
    expect(info.pages).toBe(1)
    expect(out).toContain('吴昊：')
    expect(out).toContain('【人才培养计划】青年骨干“师带徒”培养计划')
    expect(out).toContain('逾期天数20天') // 6月30日 to 7月20日
    expect(out).toContain('首次催办')
  })

  it('prints the 经费 summary with totals worked out by hand', async () => {
    const { text: out } = await text({ document: 'funds-summary', year: 2026, date: '2026-07-20' })
    expect(out).toContain('2026年度活动经费收支汇总表')
    // In: 20,000.00 + 3,000.00; out: 1,860.00 + 860.50 + 1,280.00 + 600.00 + 320.00 + 450.00 + 1,500.00.
    expect(out).toMatch(/合计 9 23,000.00 6,870.50 16,129.50/)
    expect(out).toMatch(/岗位技能比武 2 1,880.00 -1,880.00/)
    expect(out).toContain('经办人：')
  })

  it('refuses in Chinese when the year has nothing to print', async () => {
    const result = await backend.dispatch('print:render', { document: 'funds-summary', year: 2025 })
    expect(result).toMatchObject({ ok: false, error: { message: '2025年度还没有经费收支记录' } })
  })
})
