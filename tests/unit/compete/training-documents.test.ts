import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { InputOf } from '@shared/contract'
import { seedTraining } from '../../../electron/main/compete/training/demo'
import { createPrintBackend, NOW, publishDemo, rasterisePdf, readPdfInfo, readPdfLines, type PrintBackend } from '../../support/print-fixture'

/*
 * The 人才培养计划表 and the 四帮四促结对名单 from the demo unit (print-fixture's day, 2026-07-20),
 * through the channels the app uses, checked by the text pdftotext extracts. The demo's dates count
 * from that day: 吴昊's plan ran from 150 days before (2026-02-20) to 12 days before (2026-07-08),
 * so it prints as overdue; 唐磊's closed plan prints its result. Page 1 of each goes to
 * out/print-samples/ to be looked at.
 */

const squash = (text: string) => text.replace(/\s+/g, '')
const A4_LANDSCAPE = { width: 841.89, height: 595.28 }

let backend: PrintBackend
beforeAll(async () => {
  backend = await createPrintBackend((db) => seedTraining(publishDemo(db), NOW).db)
}, 60_000)
afterAll(() => backend.dispose())

async function print(request: InputOf<'print:render'>, sample: string) {
  const job = await backend.render(request)
  expect(job.state, job.message ?? '').toBe('done')
  const file = await backend.writePdfFile(job.jobId)
  await rasterisePdf(file, sample)
  // Reading order, not layout: a cell's wrapped lines stay together instead of mixing with the next column's.
  return { job, text: squash((await readPdfLines(file)).join('')), info: await readPdfInfo(file) }
}

describe('人才培养计划表', () => {
  it('lists every plan of the year in roster order, the overdue one marked, on landscape A4', async () => {
    const { job, text, info } = await print({ document: 'training-plans', year: 2026, date: '2026-07-20' }, 'training-plans')
    expect(job.fileName).toBe('2026年度人才培养计划表.pdf')
    expect({ width: info.width, height: info.height }).toEqual({ width: expect.closeTo(A4_LANDSCAPE.width, 1), height: expect.closeTo(A4_LANDSCAPE.height, 1) })
    expect(text).toContain('青川县政务服务中心2026年度人才培养计划表')
    for (const name of ['吴昊', '徐婷婷', '林小娟', '罗佳', '唐磊', '冯晓雪']) expect(text).toContain(name)
    // Roster order: 综合受理窗口 (吴昊, 徐婷婷) before 不动产登记窗口 (林小娟) before 社保医保窗口 (唐磊).
    expect(text.indexOf('吴昊')).toBeLessThan(text.indexOf('林小娟'))
    expect(text.indexOf('林小娟')).toBeLessThan(text.indexOf('唐磊'))
    expect(text).toContain('2026.02.20—2026.07.08')
    expect(text).toContain('进行中（已逾期）')
    expect(text).toContain('已独立承担待遇审核岗位，连续3个月审核差错为零')
    expect(text).toContain('2026年7月20日')
  })

  it('prints only the plans under way when asked, and one team’s', async () => {
    const open = await print({ document: 'training-plans', year: 2026, which: 'open' }, 'training-plans-open')
    expect(open.text).not.toContain('唐磊')
    expect(open.text).not.toContain('冯晓雪')
    expect(open.text).toContain('罗佳')
    const team = await print({ document: 'training-plans', year: 2026, teamId: 'demo-team-estate' }, 'training-plans-estate')
    expect(team.job.fileName).toBe('2026年度人才培养计划表（不动产登记窗口）.pdf')
    expect(team.text).toContain('林小娟')
    expect(team.text).not.toContain('吴昊')
  })

  it('prints in 姓氏笔画 order when asked', async () => {
    // Strokes of the surnames: 吴 7, 冯 5, 罗 8, 林 8, 唐 10, 徐 10; 冯 first, 唐 and 徐 last.
    const { text } = await print({ document: 'training-plans', year: 2026, nameOrder: 'strokes' }, 'training-plans-strokes')
    const at = (name: string) => text.indexOf(name)
    expect(at('冯晓雪')).toBeLessThan(at('吴昊'))
    expect(at('吴昊')).toBeLessThan(at('罗佳'))
    expect(at('林小娟')).toBeLessThan(at('唐磊'))
  })

  it('refuses a year with no plans, in Chinese', async () => {
    const result = await backend.dispatch('print:render', { document: 'training-plans', year: 2025 })
    expect(result).toEqual({ ok: false, error: { code: 'NOTHING_TO_PRINT', message: expect.stringContaining('2025年度没有符合条件的人才培养计划') } })
  })
})

describe('四帮四促结对名单', () => {
  it('lists both pairs with their goals, help records and outcome', async () => {
    const { job, text } = await print({ document: 'mentoring-pairs', year: 2026, date: '2026-07-20' }, 'mentoring-pairs')
    expect(job.fileName).toBe('2026年度四帮四促结对名单.pdf')
    expect(text).toContain('青川县政务服务中心2026年度“四帮四促”结对名单')
    expect(text).toContain('黄丽萍')
    expect(text).toContain('徐婷婷')
    expect(text).toContain('后勤保障组（领导联系班组）')
    // 黄丽萍's three records, the last 15 days before 2026-07-20; 李堃's two, the last 40 days before.
    expect(text).toContain('3次最近2026.07.05')
    expect(text).toContain('2次最近2026.06.10')
    expect(text).toContain('群众平均等候时间由25分钟缩短到12分钟')
    expect(text).toContain('帮思想促觉悟')
  })
})
