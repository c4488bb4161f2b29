import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { InputOf } from '@shared/contract'
import { DEFAULT_DIMENSIONS } from '@shared/evaluate/public/model'
import { percent, questionnaireResult } from '@shared/rules/satisfaction'
import { seedPublicDemo } from '../../../electron/main/evaluate/public/demo'
import { createPrintBackend, NOW, publishDemo, rasterisePdf, readPdfInfo, readPdfText, type PrintBackend } from '../../support/print-fixture'

/*
 * The 群众评议 documents from the demo round, through the app's print channels: pages, the text
 * pdftotext extracts (charts included: their SVG labels print as text), and that no 举报 reaches a
 * printed page. Page 1 of each goes to out/print-samples/ to be looked at.
 */

const squash = (text: string) => text.replace(/\s+/g, '')
const A4 = { short: 595.28, long: 841.89 }

let backend: PrintBackend
beforeAll(async () => {
  backend = await createPrintBackend((db) => seedPublicDemo(publishDemo({ ...db, settings: { ...db.settings, year: 2026 } }), NOW).db)
}, 60_000)
afterAll(() => backend.dispose())

async function print(request: InputOf<'print:render'>) {
  const job = await backend.render(request)
  expect(job.state, job.message ?? '').toBe('done')
  const file = await backend.writePdfFile(job.jobId)
  return { file, info: await readPdfInfo(file), text: squash(await readPdfText(file)) }
}

const roundQuestionnaires = () => {
  const db = backend.host.data()
  const round = db.publicRounds.find((r) => r.year === 2026 && r.half === 'first')!
  return db.questionnaires.filter((q) => q.roundId === round.id)
}

describe('群众评议问卷（空白）', () => {
  it('prints two a page by default, every object, dimension and level', async () => {
    const { file, info, text } = await print({ document: 'public-questionnaire', year: 2026 })
    const questionnaires = roundQuestionnaires()
    expect(info).toMatchObject({ pages: Math.ceil(questionnaires.length / 2), width: A4.short, height: A4.long })
    for (const q of questionnaires) expect(text).toContain(`请您对「${q.object.name}」2026年上半年的工作进行评议`)
    for (const word of [...DEFAULT_DIMENSIONS, '满意', '比较满意', '基本满意', '不满意', '您的身份：□党员□群众□服务对象', '您对我们的工作有哪些意见和建议？']) expect(text).toContain(word)
    await rasterisePdf(file, 'public-questionnaire')
  })

  it('prints one a page, and copies to hand out', async () => {
    const questionnaires = roundQuestionnaires()
    expect((await print({ document: 'public-questionnaire', year: 2026, perPage: '1' })).info.pages).toBe(questionnaires.length)
    // 10 copies of each, two a page.
    const many = await print({ document: 'public-questionnaire', year: 2026, copies: '10' })
    expect(many.info.pages).toBe(questionnaires.length * 5)
    expect(many.text.split(`请您对「${questionnaires[1].object.name}」`).length - 1).toBe(10)
  })

  it('says so when the year has no questionnaire', async () => {
    const refused = await backend.dispatch('print:render', { document: 'public-questionnaire', year: 2030 })
    expect(refused.ok ? '' : refused.error.message).toBe('2030年还没有群众评议问卷，请先在“群众评议 → 问卷”中建立')
  })
})

describe('群众评议结果', () => {
  it('carries the figures, the formula, the bands and the charts', async () => {
    const { file, info, text } = await print({ document: 'public-results', year: 2026 })
    expect(info).toMatchObject({ width: A4.long, height: A4.short })
    expect(text).toContain('青川县政务服务中心2026年上半年群众评议结果')
    expect(text).toContain('满意率=（满意＋比较满意＋基本满意）÷有效份数×100%')
    expect(text).toContain('满意率≥85%为“好”，60%（含）至85%为“一般”，低于60%为“需整改”')
    // The unit's figures as the rule works them out from the stored paper.
    const db = backend.host.data()
    const unit = roundQuestionnaires().find((q) => q.object.kind === 'unit')!
    const result = questionnaireResult(unit, db.publicResponses.filter((r) => r.questionnaireId === unit.id), [])
    const [first] = result.dimensions
    expect(text).toContain(`政策落实${first.counts.join('')}${first.invalid}${percent(first.rate)}${percent(first.topShare)}${percent(first.unsatisfied)}好`)
    expect(text).toContain(`收回问卷${result.returned}份`)
    expect(text).toMatch(/办事效率\d+\d+\d+\d+\d+[\d.]+%[\d.]+%[\d.]+%需整改/)
    expect(text).toContain('样本不足')
    // Chart labels, drawn as SVG in the print font.
    for (const label of ['本轮', '2025年下半年', '好≥85', '一般≥60', '政策落实']) expect(text).toContain(label)
    expect(text).toContain('问卷满意率电话抽访满意率特约监督员满意率意见箱（件）')
    await rasterisePdf(file, 'public-results')
  })
})

describe('举报 in print', () => {
  it('is never printed: not its content, not its sender, not the word', async () => {
    const report = backend.host.data().boxEntries.find((e) => e.box === 'report')!
    for (const document of ['public-questionnaire', 'public-results']) {
      const { text } = await print({ document, year: 2026 })
      expect(text).not.toContain(squash(report.content))
      expect(text).not.toContain('举报')
    }
  })
})
