import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppraisalOverview } from '@shared/appraisal/contract'
import { GRADE_LABELS } from '@shared/appraisal/model'
import { sortByName } from '@shared/rules/name-order'
import { demoAppraisal } from '../../../electron/main/appraisal/demo'
import { acrossStages } from '../../../electron/main/stages'
import { createPrintBackend, NOW, publishDemo, readPdfInfo, readPdfText, rasterisePdf, type PrintBackend } from '../../support/print-fixture'

/*
 * The year-end documents from the demo unit with its grades settled, checked by their extracted
 * text against the appraisal the app shows (the figures themselves are worked by hand in
 * decisions.test.ts and rules.test.ts).
 */

let b: PrintBackend
let overview: AppraisalOverview

beforeAll(async () => {
  b = await createPrintBackend((db) => demoAppraisal(publishDemo(db), NOW, acrossStages).db)
  overview = await b.call('appraisal:overview', { year: 2026 })
})
afterAll(() => b.dispose())

async function printed(request: Parameters<PrintBackend['render']>[0]) {
  const job = await b.render(request)
  expect(job.state, job.message ?? '').toBe('done')
  const file = await b.writePdfFile(job.jobId)
  return { file, text: (await readPdfText(file)).replace(/\s+/g, ''), info: await readPdfInfo(file) }
}

const graded = () => overview.rows.filter((r) => r.graded)

describe('年终评优 documents', () => {
  it('the 测评表 pre-prints every graded member in 姓氏笔画 order with the 优秀 limit', async () => {
    const { text, file } = await printed({ document: 'appraisal-ballot', year: 2026 })
    const names = sortByName(graded(), (r) => r.name, 'strokes').map((r) => r.name)
    const positions = names.map((name) => text.indexOf(name))
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect(positions).toEqual([...positions].sort((x, y) => x - y))
    expect(text).toContain(`评为“优秀”的不超过${overview.quota}名，超过视为废票`)
    // 预备党员 take part in the review but are not on the ballot.
    for (const row of overview.rows.filter((r) => !r.graded)) expect(text).not.toContain(row.name)
    await rasterisePdf(file, 'appraisal-ballot')
  })

  it('the 结果公示 names the 优秀 and counts every grade, with the 公示期', async () => {
    const { text, file } = await printed({ document: 'appraisal-notice', year: 2026, noticeFrom: '2026-12-21', noticeTo: '2026-12-25' })
    const excellent = graded().filter((r) => r.decision?.grade === 'excellent')
    expect(excellent.length).toBe(overview.decidedExcellent)
    expect(excellent.length).toBeGreaterThan(0)
    for (const row of excellent) expect(text).toContain(row.name)
    const qualified = graded().filter((r) => r.decision?.grade === 'qualified')
    expect(text).toContain(`参加评定的正式党员${graded().length}名，其中优秀${excellent.length}名，合格${qualified.length}名`)
    for (const row of qualified) expect(text).not.toContain(row.name)
    expect(text).toContain('公示期为2026年12月21日至2026年12月25日')
    await rasterisePdf(file, 'appraisal-notice')
  })

  it('the 个人评定结果通知 gives each graded member a page with the grade and composite', async () => {
    const { text, info, file } = await printed({ document: 'appraisal-letter', year: 2026 })
    expect(info.pages).toBe(graded().length)
    for (const row of graded()) {
      expect(text).toContain(`${row.name}同志：`)
      const page = text.slice(text.indexOf(`${row.name}同志：`))
      expect(page).toContain(`被评定为：${GRADE_LABELS[row.decision!.grade]}`)
      if (row.composite !== null) expect(page).toContain(`综合得分${row.composite}分`)
    }
    await rasterisePdf(file, 'appraisal-letter')
  })

  it('对照“五个好” prints every stage’s unit figure under its criterion, and says where one has none', async () => {
    const figures = await b.call('appraisal:unitFigures', { year: 2026 })
    expect(figures.length).toBeGreaterThan(0)
    const { text } = await printed({ document: 'five-goods', year: 2026 })
    for (const f of figures) expect(text).toContain(`${f.label}${f.value}`.replace(/\s+/g, ''))
    // The members' pledge rate is worked from the roster: those who take part and pledged.
    expect(figures.find((f) => f.label === '党员公开承诺率')?.criterion).toBe('members')
    for (const criterion of ['领导班子好', '工作机制好', '工作业绩好', '群众反映好', '党员队伍好']) expect(text).toContain(criterion)
  })

  it('refuses the 公示 and the notices while someone is undecided, and says how many', async () => {
    const someone = graded()[0]
    await b.call('appraisal:decide', { year: 2026, personId: someone.personId, grade: null })
    for (const document of ['appraisal-notice', 'appraisal-letter']) {
      const result = await b.dispatch('print:check', { document, year: 2026, noticeFrom: '2026-12-21', noticeTo: '2026-12-25' })
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error.message).toBe('还有1人未评定等次：请先在“年终评优”中评定全部正式党员的等次，再打印结果')
    }
  })
})
