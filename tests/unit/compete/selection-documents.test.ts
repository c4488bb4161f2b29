import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { InputOf } from '@shared/contract'
import { fieldLabel } from '@shared/validation'
import { controlFields, documentInfo, optionDefaults, optionFields } from '../../../electron/main/print/catalog'
import { SELECTION_DOCUMENTS } from '../../../electron/main/compete/selections/documents'
import { seedSelections } from '../../../electron/main/compete/selections/demo'
import { createPrintBackend, NOW, publishDemo, rasterisePdf, readPdfInfo, readPdfText, type PrintBackend } from '../../support/print-fixture'

/*
 * The 评选 documents from the demo unit (NOW is Monday 2026-07-20, so the demo 技术标兵 meeting was
 * Monday 29 June and its 公示 ran from Tuesday 30 June for 5 working days: 30 June, 1, 2, 3 and 6
 * July), checked by the text pdftotext extracts; page 1 of each is rasterised to out/print-samples/.
 */

const squash = (text: string) => text.replace(/\s+/g, '')

let backend: PrintBackend
beforeAll(async () => {
  backend = await createPrintBackend((db) => seedSelections(publishDemo(db), NOW).db)
}, 60_000)
afterAll(() => backend.dispose())

async function print(request: InputOf<'print:render'>, sample: string) {
  const job = await backend.render(request)
  expect(job.state, job.message ?? '').toBe('done')
  const file = await backend.writePdfFile(job.jobId)
  await rasterisePdf(file, sample)
  const info = await readPdfInfo(file)
  return { job, info, text: squash(await readPdfText(file)), raw: await readPdfText(file) }
}

describe('评选 documents: their forms', () => {
  it.each(SELECTION_DOCUMENTS.map((d) => [d.id, d] as const))('%s: each control names a labelled field, and the defaults are valid options', (_id, doc) => {
    const fields = optionFields(doc)
    for (const control of doc.controls) for (const field of controlFields(control)) expect(fields, `${control.kind} → ${field}`).toHaveProperty(field)
    for (const control of documentInfo(doc).controls) if (control.kind === 'choice') for (const { value } of control.choices) expect(fields[control.field].safeParse(value).success, value).toBe(true)
    expect(doc.options.safeParse(optionDefaults(doc)).success).toBe(true)
    for (const name of Object.keys(fields)) expect(fieldLabel(doc.options, [name]), name).not.toBe('')
  })
})

describe('评选 documents from the demo unit', () => {
  it('推荐审批表: one form per nomination, with the 事迹材料 and both opinion boxes', async () => {
    const { info, text } = await print({ document: 'selection-nomination-forms', year: 2026 }, 'selection-nomination-forms')
    // 4 技术标兵 nominations and 3 党员示范岗, a page each (none of the 事迹材料 runs over).
    expect(info.pages).toBe(7)
    expect(info.width).toBeCloseTo(595.28, 0)
    expect(text.match(/推荐审批表/g)).toHaveLength(7)
    expect(text).toContain('“技术标兵”推荐审批表')
    expect(text).toContain('“党员示范岗”推荐审批表')
    expect(text).toContain('姓名梁伟性别男出生年月1986.04')
    expect(text).toContain('总结出“三核两对”登簿工作法')
    expect(text.match(/推荐单位负责人签字/g)).toHaveLength(7)
    expect(text.match(/审批单位负责人签字/g)).toHaveLength(7)
    expect(text.match(/年月日/g)).toHaveLength(14)
    const open = await print({ document: 'selection-nomination-forms', year: 2026, which: 'open' }, 'selection-nomination-forms-open')
    expect(open.info.pages).toBe(3)
    expect(open.text).not.toContain('梁伟')
  })

  it('民主测评票: nominees in 姓氏笔画 order, a column per choice, the rule, a serial number per sheet', async () => {
    // The 党员示范岗 selection is not counted yet: 20 entitled → 20 sheets, two to a page.
    const { info, text, raw } = await print({ document: 'selection-ballots', year: 2026 }, 'selection-ballots')
    expect(info.pages).toBe(10)
    expect(text).toContain('2026年度“党员示范岗”民主测评票')
    expect([...text.matchAll(/第(\d+)号/g)].map((m) => m[1])).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(3, '0')))
    expect(text).toContain('优秀称职基本称职不称职')
    expect(text).toContain('优秀人数不得超过2名，超过视为废票')
    expect(text).not.toContain('视为弃权') // this ballot has no 弃权
    // 何 has 7 strokes, 黄 11, 韩 12.
    const first = raw.split('第 002 号')[0]
    expect(first.indexOf('何志刚')).toBeLessThan(first.indexOf('黄丽萍'))
    expect(first.indexOf('黄丽萍')).toBeLessThan(first.indexOf('韩冬梅'))

    const all = await print({ document: 'selection-ballots', year: 2026, which: 'all', copies: '10' }, 'selection-ballots-all')
    // 10 sheets of each selection, two to a page.
    expect(all.info.pages).toBe(10)
    expect(all.text).toContain('同意人数不得超过2名，超过视为废票')
    expect(all.text).toContain('对被测评人不划“√”的，视为弃权')
    // 吴 has 7 strokes, 梁 11: 吴昊 first and 梁伟 last of the four.
    const sheet = all.raw.split('第 002 号')[0]
    expect(sheet.indexOf('吴昊')).toBeLessThan(sheet.indexOf('唐磊'))
    expect(sheet.indexOf('唐磊')).toBeLessThan(sheet.indexOf('梁伟'))
    expect(sheet.indexOf('高磊')).toBeLessThan(sheet.indexOf('梁伟'))
  })

  it('评选结果公示: the elected, the 公示期 in working days, 监督电话 and 落款', async () => {
    const { info, text } = await print({ document: 'selection-notice', year: 2026, showVotes: true }, 'selection-notice')
    expect(info.pages).toBe(1)
    expect(text).toContain('2026年度“技术标兵”评选结果公示')
    expect(text).toContain('评选出2026年度“技术标兵”共2名')
    expect(text).toContain('公示期为2026年6月30日至2026年7月6日（5个工作日）')
    expect(text).toContain('梁伟不动产登记窗口登簿发证31票88.57%') // 31/35 = 0.88571…
    expect(text).toContain('唐磊社保医保窗口社保登记27票77.14%') // 27/35 = 0.77142…
    expect(text).not.toContain('吴昊')
    expect(text).toContain('监督电话：0839-7201234')
    expect(text).toMatch(/中共青川县政务服务中心支部委员会2026年6月30日$/)
    // On 20 July the 公示 is over: nothing is in its period.
    const refused = await backend.dispatch('print:render', { document: 'selection-notice', year: 2026, which: 'current' })
    expect(refused).toEqual({ ok: false, error: { code: 'NOTHING_TO_PRINT', message: '2026年度还没有正在公示期内的评选结果；请先在评选中记录会议决定并公示' } })
  })

  it('a team title: the 推荐审批表 names the team and its head, five teams still fit two sheets a page', async () => {
    const window = await backend.call('compete:selectionSave', { year: 2026, titleId: 'title-window', quota: 1, ballot: { choices: ['同意', '不同意', '弃权'], limitFavourable: true }, meeting: '民主测评会', entitled: 38 })
    for (const team of backend.host.data().teams) await backend.call('compete:nominationSave', { selectionId: window.id, nomineeId: team.id, recommendedBy: '职工代表联名', reasons: `${team.name}服务规范、群众满意` })
    // The 党员示范岗 ballots (20) and these (10 chosen below are per selection): 10 + 10 sheets, two a page.
    const { info, text, raw } = await print({ document: 'selection-ballots', year: 2026, copies: '10' }, 'selection-ballots-teams')
    expect(info.pages).toBe(10)
    expect(text).toContain('2026年度“满意窗口”民主测评票')
    expect(text).toContain('序号被测评集体负责人同意不同意弃权')
    expect(text).toContain('同意人数不得超过1名，超过视为废票')
    // Each page holds two whole sheets: its serials are consecutive and its text ends with the second sheet's date line.
    expect(raw.split('\f').filter((page) => page.trim()).every((page) => (page.match(/第 \d+ 号/g) ?? []).length === 2 && (page.match(/年\s+月\s+日/g) ?? []).length === 2)).toBe(true)

    const forms = await print({ document: 'selection-nomination-forms', year: 2026, which: 'open' }, 'selection-nomination-forms-teams')
    expect(forms.info.pages).toBe(8) // 3 党员示范岗 + 5 满意窗口
    expect(forms.text).toContain('“满意窗口”推荐审批表')
    expect(forms.text).toContain('集体名称综合受理窗口类型窗口负责人王喆人数9人')
  })
})

