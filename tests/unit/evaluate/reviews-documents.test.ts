import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { InputOf } from '@shared/contract'
import type { Database } from '@shared/model/database'
import { evaluateStage } from '../../../electron/main/evaluate'
import { acrossStages } from '../../../electron/main/stages'
import { createPrintBackend, NOW, publishDemo, rasterisePdf, readPdfInfo, readPdfLines, readPdfText, type PrintBackend } from '../../support/print-fixture'

/*
 * The 三评 printables from the demo's completed 2026年上半年 round, read back as text: 自评表 filled
 * and blank, 互评票 with every member pre-printed, the round's 汇总表 with figures worked by hand,
 * and the 领导点评表. Page 1 of each is written to out/print-samples/ to look at.
 */

const withRound = (db: Database): Database => evaluateStage.seedDemo!(publishDemo(db), NOW, acrossStages).db

let backend: PrintBackend
beforeAll(async () => {
  backend = await createPrintBackend(withRound)
}, 60_000)
afterAll(() => backend.dispose())

async function printed(request: InputOf<'print:render'>, sample: string) {
  const job = await backend.render(request)
  expect(job.state, job.message ?? '').toBe('done')
  const file = await backend.writePdfFile(job.jobId)
  await rasterisePdf(file, sample)
  // In reading order, so a table cell's wrapped lines stay together.
  return { job, file, text: (await readPdfLines(file)).join('').replace(/\s+/g, '') }
}

const id = (name: string) => backend.host.data().people.find((p) => p.name === name)!.id

describe('三评 printables', () => {
  it('prints a filled 自评表 with the member’s words, scores, total and shortcomings', async () => {
    const { text, file } = await printed({ document: 'self-review-form', year: 2026, half: 'first', personIds: [id('李堃')] }, 'self-review-form')
    expect((await readPdfInfo(file)).pages).toBe(1)
    const review = backend.host.data().selfReviews.find((s) => s.subject.id === id('李堃'))!
    expect(text).toContain('2026年上半年党员自评表')
    expect(text).toContain('李堃')
    for (const entry of review.entries) expect(text).toContain(entry.text.replace(/\s+/g, ''))
    // 20 + 20 + 19 + 18 + 20 as the demo scored him.
    const total = review.entries.reduce((sum, e) => sum + e.score!, 0)
    expect(text).toContain(`${total}／100`)
    // A wrapped cell's lines interleave with its neighbours' in the text: its first line is whole.
    for (const line of review.shortcomings) expect(text).toContain(line.text.slice(0, 10))
  })

  it('prints a blank 自评表 with the criteria and nothing of what was entered', async () => {
    const { text, file } = await printed({ document: 'self-review-form', year: 2026, half: 'first', personIds: [id('李堃')], filled: 'blank' }, 'self-review-form-blank')
    expect((await readPdfInfo(file)).pages).toBe(1)
    for (const c of ['带头学习提高', '带头争创佳绩', '带头服务群众', '带头遵纪守法', '带头弘扬正气']) expect(text).toContain(c)
    expect(text).not.toContain('参加岗位练兵')
    expect(text).toMatch(/填写日期：年月日/)
  })

  it('prints the branch’s 五个好 self-review, and names the teams that wrote none', async () => {
    const { text, job } = await printed({ document: 'self-review-form', year: 2026, half: 'first', who: 'groups' }, 'self-review-form-groups')
    expect(text).toContain('2026年上半年班组（支部）自评表')
    for (const c of ['领导班子好', '党员队伍好', '工作机制好', '工作业绩好', '群众反映好']) expect(text).toContain(c)
    // 19 + 18 + 17 + 18 + 18 as the demo scored the branch.
    expect(text).toContain('90／100')
    expect(job.leftOut.map((l) => l.name)).toEqual(['综合办公室', '综合受理窗口', '不动产登记窗口', '社保医保窗口', '后勤保障组'])
  })

  it('prints the 互评票 with every member in the chosen order and a column per grade', async () => {
    const { text, file } = await printed({ document: 'peer-ballot', year: 2026, half: 'first', nameOrder: 'roster' }, 'peer-ballot')
    expect((await readPdfInfo(file)).pages).toBe(1)
    expect(text).toMatch(/优秀合格基本合格不合格存在问题（意见）/)
    const members = await backend.call('evaluate:reviewMembers', { roundId: backend.host.data().reviewRounds[0].id })
    expect(members).toHaveLength(23)
    let at = -1
    for (const m of members) {
      const next = text.indexOf(m.name, at + 1)
      expect(next, m.name).toBeGreaterThan(at)
      at = next
    }
    expect(text).toContain('本人一栏不填')
  })

  it('prints the round summary with each member’s 互评 average', async () => {
    const { text } = await printed({ document: 'review-summary', year: 2026, half: 'first' }, 'review-summary')
    expect(text).toContain('收回互评票22张')
    expect(text).toContain('优秀10分、合格7分、基本合格5分、不合格2分')
    // 周建国: 优秀9 合格11 基本合格1 → 90 + 77 + 5 = 172 over 21 = 8.190… → 8.19.
    expect(text).toMatch(/周建国综合办公室95911108\.190/)
    expect(text).toContain('支部委员会自评得分90，存在不足：党员教育管理方式较单一，青年党员参与度不高')
  })

  it('prints a 领导点评表 for each review with its problems and the team’s 整改落实', async () => {
    const { text, file } = await printed({ document: 'leader-review-form', year: 2026, half: 'first' }, 'leader-review-form')
    // The demo's two windows and two members of 综合受理窗口, graded 优秀, 合格, 优秀, 合格.
    expect((await readPdfInfo(file)).pages).toBe(4)
    expect(text).toContain('被点评人员')
    // Laid out, the grade stands on the same line as its label.
    expect([...(await readPdfText(file)).matchAll(/评定等次\s+(\S+)/g)].map((m) => m[1]).sort()).toEqual(['优秀', '优秀', '合格', '合格'].sort())
    for (const row of ['工作思路', '执行能力', '效率业绩', '廉洁自律', '服务群众', '肯定成绩', '存在问题', '改进意见', '努力方向', '评定等次', '整改落实']) expect(text).toContain(row)
    expect(text).toContain('1.高峰时段群众等候时间偏长，分流引导不够及时（整改时限：2026年9月30日）')
    expect(text).toContain('2.窗口党员示范岗标识不够醒目（整改时限：2026年7月31日）【已整改】')
    expect(text).toContain('已于7月中旬统一更换党员示范岗标识')
  })

  it('refuses a half year without a round, in Chinese', async () => {
    const job = await backend.dispatch('print:render', { document: 'peer-ballot', year: 2026, half: 'second' })
    expect(job.ok ? '' : job.error.message).toBe('2026年下半年还没有建立党员自评互评轮次，请先在“三评 · 自评互评”中新增')
  })
})
