import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { InputOf } from '@shared/contract'
import { sortByName } from '@shared/rules/name-order'
import { demoContests } from '../../../electron/main/compete/contests/demo'
import { createPrintBackend, NOW, publishDemo, rasterisePdf, readPdfInfo, readPdfText, type PrintBackend } from '../../support/print-fixture'

/*
 * The contest documents from the demo's contests, through the channels the app uses (render,
 * poll, preview), checked by the text pdftotext extracts; page 1 of each is rasterised to
 * out/print-samples/ to be looked at.
 */

const A4 = { short: 595.28, long: 841.89 }
const squash = (text: string) => text.replace(/\s+/g, '')

let backend: PrintBackend
beforeAll(async () => {
  backend = await createPrintBackend((db) => demoContests(publishDemo(db), NOW))
}, 60_000)
afterAll(() => backend.dispose())

async function print(request: InputOf<'print:render'>) {
  const job = await backend.render(request)
  expect(job.state, job.message ?? '').toBe('done')
  const file = await backend.writePdfFile(job.jobId)
  return { job, file, info: await readPdfInfo(file), text: squash(await readPdfText(file)) }
}

const skill = () => backend.host.data().contests.find((c) => c.id === 'demo-contest-skill')!
const nameOf = (id: string) => backend.host.data().people.find((p) => p.id === id)!.name

describe('contest documents from the demo', () => {
  it('blank score sheets: one page per judge and round, entrants in 姓氏笔画 order, maxima and a signature line', async () => {
    const { info, text, file } = await print({ document: 'contest-score-sheets', contestId: 'demo-contest-skill', nameOrder: 'strokes' })
    // Five judges × two rounds.
    expect(info.pages).toBe(10)
    expect([info.width, info.height]).toEqual([A4.short, A4.long])
    expect(text).toContain('2026年度窗口业务技能比武评分表')
    expect(text).toContain('评委：张卫东（县人社局）')
    for (const item of ['政策理论', '业务实操', '服务礼仪', '满分30', '满分50', '满分20']) expect(text).toContain(item)
    expect(text).toContain('评委签名')
    const first = skill().rounds[0].entrantIds.map(nameOf)
    const byStrokes = sortByName(first, (n) => n, 'strokes')
    const page1 = text.slice(0, text.indexOf('评委签名'))
    expect(byStrokes.filter((n) => page1.includes(n)).sort((a, b) => page1.indexOf(a) - page1.indexOf(b))).toEqual(byStrokes)
    await rasterisePdf(file, 'contest-score-sheets')
  })

  it('成绩公示: the rule, each judge’s total with the dropped ones in brackets, ranks, awards, 公示期 and 落款', async () => {
    const { text, file, info } = await print({ document: 'contest-results-notice', contestId: 'demo-contest-skill' })
    expect(info.width).toBe(A4.long) // five judges: landscape
    expect(text).toContain('关于2026年度窗口业务技能比武成绩的公示')
    expect(text).toContain('公示期为2026年9月21日至2026年9月25日')
    expect(text).toContain('评分评委不少于5名时去掉一个最高分和一个最低分后取平均分')
    // 杨帆 in the 决赛: 92.4 (dropped, lowest), 94, 95.1 (dropped, highest), 94.4, 93 → 93.8, 第2名, 二等奖.
    expect(text).toContain('第2名杨帆')
    expect(text).toContain('（92.4）9495.1'.replace('95.1', '（95.1）'))
    expect(text).toContain('94.49393.8二等奖')
    expect(text).toContain('中共青川县政务服务中心支部委员会2026年9月21日')
    await rasterisePdf(file, 'contest-results-notice')
  })

  it('荣誉证书: A4 landscape, one page per award, name, award, contest, date and 落款', async () => {
    const { text, file, info } = await print({ document: 'contest-certificates', contestId: 'demo-contest-skill' })
    expect(info.pages).toBe(6)
    expect([info.width, info.height]).toEqual([A4.long, A4.short])
    expect(text).toContain('荣誉证书赵敏同志：在2026年度窗口业务技能比武中，荣获一等奖。特发此证，以资鼓励。中共青川县政务服务中心支部委员会2026年9月29日')
    await rasterisePdf(file, 'contest-certificates')
  })

  it('refuses certificates before 定稿 and a notice before 公示, saying why', async () => {
    const certificates = await backend.dispatch('print:check', { document: 'contest-certificates', contestId: 'demo-contest-service' })
    expect(certificates.ok || certificates.error.message).toBe('「2026年度文明优质服务竞赛」现为成绩公示，荣誉证书要在定稿时打印')
    // Without a contest named, the year's latest one that can be printed: the service contest's notice.
    const { text } = await print({ document: 'contest-results-notice' })
    expect(text).toContain('关于2026年度文明优质服务竞赛成绩的公示')
  })
})
