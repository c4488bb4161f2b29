import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { InputOf } from '@shared/contract'
import { sortByName } from '@shared/rules/name-order'
import { assessmentResult } from '@shared/rules/pledge-assessment'
import { acrossStages } from '../../../electron/main/stages'
import { printDocuments } from '../../../electron/main/print/catalog'
import { missingGlyphs } from '../../../electron/main/print/coverage'
import { measureText } from '../../../electron/main/print/measure'
import { selectMembers } from '../../../electron/main/print/members'
import { preparePrint } from '../../../electron/main/print/prepare'
import { finishDefinition } from '../../../electron/main/print/render'
import { createPrintBackend, rasterisePdf, readPdfInfo, readPdfText, type PrintBackend } from '../../support/print-fixture'

/*
 * Every 三亮 document from the demo unit, through the same channels the app uses (render, poll,
 * preview): page size and count, and the names and pledges found in the text pdftotext extracts.
 * Page 1 of each is rasterised to out/print-samples/ to be looked at.
 */

const A4 = { short: 595.28, long: 841.89 }
const A3 = { short: 841.89, long: 1190.55 }
const squash = (text: string) => text.replace(/\s+/g, '')

/** Every printed string of a definition, including the text inside SVG faces. */
function collectWords(node: unknown, into: string[]): void {
  if (typeof node === 'string') {
    if (node.startsWith('<svg')) into.push(...[...node.matchAll(/>([^<]+)</g)].map((m) => m[1]))
    else if (!node.startsWith('data:')) into.push(node)
  } else if (Array.isArray(node)) node.forEach((item) => collectWords(item, into))
  else if (node && typeof node === 'object') Object.values(node).forEach((value) => collectWords(value, into))
}

let backend: PrintBackend
let members: ReturnType<typeof selectMembers>
beforeAll(async () => {
  backend = await createPrintBackend()
  members = selectMembers(backend.host.data(), { teamId: null, personIds: null })
}, 60_000)
afterAll(() => backend.dispose())

async function print(request: InputOf<'print:render'>) {
  const job = await backend.render(request)
  expect(job.state, job.message ?? '').toBe('done')
  const file = await backend.writePdfFile(job.jobId)
  const info = await readPdfInfo(file)
  expect(job.pages).toBe(info.pages)
  return { job, file, info, text: squash(await readPdfText(file)) }
}

const firstItem = (name: string) => {
  const db = backend.host.data()
  const person = db.people.find((p) => p.name === name)!
  return db.pledges.find((p) => p.personId === person.id)!.items[0].content.slice(0, 10)
}

describe('三亮 documents from the demo unit', () => {
  it('the demo unit prints 23 Party members (members and probationary, on duty or on leave, no outsiders)', () => {
    expect(members).toHaveLength(23)
    expect(members.map((m) => m.name)).not.toContain('田秀英') // an outside supervisor, though a Party member
    expect(members[0].name).toBe('周建国') // the first team's leader comes first
  })

  it('post placards: one A4 landscape page per member with name, duties, pledges and the supervision phone', async () => {
    const { info, text, file, job } = await print({ document: 'post-placard' })
    expect(info).toEqual({ pages: members.length, width: A4.long, height: A4.short })
    for (const m of members) expect(text).toContain(m.name)
    expect(text).toContain(squash(firstItem('黄丽萍')))
    expect(text).toContain('监督电话：0839-7201234')
    expect(job.fileName).toBe('2026年度党员岗位牌.pdf')
    await rasterisePdf(file, 'post-placard')
  })

  it('desk placards: one folded A4 landscape page per member, name on both halves', async () => {
    const { info, text, file } = await print({ document: 'desk-placard', color: 'whiteOnRed' })
    expect(info).toEqual({ pages: members.length, width: A4.long, height: A4.short })
    for (const m of members) expect(text.split(squash(m.name)).length - 1).toBeGreaterThanOrEqual(2)
    await rasterisePdf(file, 'desk-placard')
  })

  it('desk placards for one team only, red on white', async () => {
    const team = backend.host.data().teams.find((t) => t.name === '不动产登记窗口')!
    const { info, text, job } = await print({ document: 'desk-placard', teamId: team.id, color: 'redOnWhite' })
    const inTeam = members.filter((m) => m.teamId === team.id)
    expect(info.pages).toBe(inTeam.length)
    expect(text).toContain('何志刚')
    expect(text).not.toContain('周建国')
    expect(job.fileName).toBe('2026年度桌牌\uff08不动产登记窗口\uff09.pdf')
  })

  it('notice board: A3 portrait, every member grouped under the team, unit and year in the header', async () => {
    const { info, text, file } = await print({ document: 'notice-board' })
    expect(info.width).toBe(A3.short)
    expect(info.height).toBe(A3.long)
    expect(info.pages).toBeGreaterThanOrEqual(2)
    expect(text).toContain('青川县政务服务中心党员公示栏')
    expect(text).toContain('2026年度')
    for (const m of members) expect(text).toContain(m.name)
    for (const team of backend.host.data().teams) expect(text).toContain(team.name)
    await rasterisePdf(file, 'notice-board')
  })

  it('notice board on A4 landscape when asked', async () => {
    const { info } = await print({ document: 'notice-board', paper: 'A4', orientation: 'landscape', showPhoto: false })
    expect([info.width, info.height]).toEqual([A4.long, A4.short])
  })

  it('tip cards: a generic set has one card per phrase of the chosen categories', async () => {
    const phrases = backend.host.data().tipPhrases.filter((p) => p.category === 'integrity' || p.category === 'motto')
    const { info, text, file } = await print({ document: 'tip-cards', categories: ['integrity', 'motto'] })
    expect(info.pages).toBe(phrases.length)
    expect(text).toContain('公生明')
    expect(text).not.toContain('领导班子好')
    await rasterisePdf(file, 'tip-cards')
  })

  it('tip cards: assigned mode prints each member’s own phrases with the name', async () => {
    const db = backend.host.data()
    const expected = db.tipAssignments.reduce((n, a) => n + a.phraseIds.length, 0)
    const { info, text } = await print({ document: 'tip-cards', mode: 'assigned' })
    expect(info.pages).toBe(expected)
    expect(text).toContain(db.people.find((p) => p.id === db.tipAssignments[0].personId)!.name)
  })

  it('pledge cards: two per A4 sheet, with the items, signature and date lines', async () => {
    const withPledge = members.filter((m) => backend.host.data().pledges.some((p) => p.personId === m.id))
    const { info, text, file } = await print({ document: 'pledge-cards' })
    expect(info).toEqual({ pages: Math.ceil(withPledge.length / 2), width: A4.short, height: A4.long })
    expect(text).toContain('共产党员承诺卡')
    expect(text).toContain(squash(firstItem('周建国')))
    expect(text).toContain(squash(firstItem('王喆')))
    expect(text.split('承诺人\uff08签字\uff09').length - 1).toBe(withPledge.length)
    await rasterisePdf(file, 'pledge-cards')
  })

  it('pledge notice: the GB/T 9704-style notice with the unit, every member, team pledges, 落款 and date', async () => {
    const { info, text, file, job } = await print({ document: 'pledge-notice', noticeFrom: '2026-07-20', noticeTo: '2026-07-26' })
    expect([info.width, info.height]).toEqual([A4.long, A4.short])
    expect(job.fileName).toBe('2026年度党员承诺公示.pdf')
    expect(text).toContain('青川县政务服务中心2026年度党员承诺公示')
    expect(text).toContain('公示期为2026年7月20日至2026年7月26日')
    for (const m of members) expect(text).toContain(m.name)
    expect(text).toContain('班组和支部承诺')
    expect(text).toContain('中共青川县政务服务中心支部委员会2026年7月20日')
    await rasterisePdf(file, 'pledge-notice')
  })

  it('pledge notice on A3 portrait', async () => {
    const { info } = await print({ document: 'pledge-notice', paper: 'A3', orientation: 'portrait' })
    expect([info.width, info.height]).toEqual([A3.short, A3.long])
  })

  it('fulfilment notice: notice period, what was done, the result, supervision phone and 落款', async () => {
    const { text, file, job } = await print({ document: 'fulfilment-notice', period: 'midYear', noticeFrom: '2026-07-20', noticeTo: '2026-07-26', date: '2026-07-19' })
    expect(job.fileName).toBe('2026年度承诺践诺情况公示\uff08年中评诺\uff09.pdf')
    expect(text).toContain('公示期为2026年7月20日至2026年7月26日')
    expect(text).toContain('完成第一季度学习计划')
    // 周建国's mid-year result, worked out by the rule from the grades in the database.
    const db = backend.host.data()
    const pledge = db.pledges.find((p) => p.personId === db.people.find((x) => x.name === '周建国')!.id)!
    const result = assessmentResult(db.showSettings.assessment, pledge, db.pledgeAssessments.find((a) => a.pledgeId === pledge.id)!)
    expect(result.score).toBeGreaterThan(0)
    expect(text).toContain(`${result.score}分`)
    expect(text).toContain('未评') // members whose pledge has no assessment yet
    expect(text).toContain('监督电话\uff1a0839-7201234')
    expect(text).toContain('2026年7月19日')
    await rasterisePdf(file, 'fulfilment-notice')
  })

  it('builds each definition as a pure function of its data, in words the fonts can print', async () => {
    const db = backend.host.data()
    for (const request of [
      { document: 'post-placard' },
      { document: 'desk-placard' },
      { document: 'notice-board' },
      { document: 'tip-cards' },
      { document: 'pledge-cards' },
      { document: 'pledge-notice' },
      { document: 'fulfilment-notice', noticeFrom: '2026-07-20', noticeTo: '2026-07-26' }
    ]) {
      const prepared = await preparePrint(db, request, { photosDir: backend.host.paths.photos, today: '2026-07-20', stages: acrossStages })
      const build = () => finishDefinition(prepared.document.build(prepared.data, { measure: measureText }))
      const definition = build()
      expect(JSON.stringify(build()), request.document).toBe(JSON.stringify(definition))
      expect(definition.defaultStyle?.font, request.document).toMatch(/^NotoS/)
      const words: string[] = []
      collectWords(definition, words)
      expect(missingGlyphs(words.join('')), request.document).toEqual([])
    }
  })

  it('covers every 三亮 document the catalogue lists (other stages test their own)', () => {
    expect(printDocuments().filter((d) => d.stage === 'show').map((d) => d.id).sort()).toEqual(
      ['desk-placard', 'fulfilment-notice', 'notice-board', 'pledge-cards', 'pledge-notice', 'post-placard', 'tip-cards'].sort()
    )
  })
  it('prints the notice board and the pledge notice in 姓氏笔画 order when asked', async () => {
    // Where each name first appears in the extracted text, in print order.
    const order = (text: string, names: string[]) => names.filter((name) => text.includes(name)).sort((a, b) => text.indexOf(a) - text.indexOf(b))
    const names = members.map((m) => m.name)
    const byStrokes = sortByName(names, (name) => name, 'strokes')
    expect(byStrokes).not.toEqual(names)

    const roster = await print({ document: 'pledge-notice' })
    const strokes = await print({ document: 'pledge-notice', nameOrder: 'strokes' })
    expect(order(roster.text, names)).toEqual(names)
    expect(order(strokes.text, names)).toEqual(byStrokes)

    // The notice board keeps its teams in team order; within each team, names go by strokes.
    const db = backend.host.data()
    const teams = db.teams.filter((t) => !t.deletedAt).sort((a, b) => a.order - b.order)
    const board = await print({ document: 'notice-board', nameOrder: 'strokes' })
    for (const team of teams) {
      const inTeam = members.filter((m) => m.teamId === team.id).map((m) => m.name)
      expect(order(board.text, inTeam), team.name).toEqual(sortByName(inTeam, (name) => name, 'strokes'))
    }
    expect(order(board.text, teams.map((t) => t.name))).toEqual(teams.map((t) => t.name))
  })
})
