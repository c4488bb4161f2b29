import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { InputOf } from '@shared/contract'
import type { Database } from '@shared/model/database'
import { createPrintBackend, publishDemo, readPdfLines, type PrintBackend } from '../../support/print-fixture'

/*
 * Every field typed in a text box of several lines keeps its line breaks wherever it is printed:
 * 岗位职责, 承诺内容, 衡量标准, 措施, 践诺情况, 评语 and the tip phrases. Each field gets two marked
 * lines; in the text pdftotext reads back, the second must not run on from the first.
 * (桌牌 prints a one-line summary on its face: the first line of a pledge, cut with …, by design.)
 */

const FIELDS = {
  duties: ['职责首行甲', '职责次行乙'],
  content: ['承诺首行丙', '承诺次行丁'],
  standard: ['标准首行戊', '标准次行己'],
  actions: ['措施首行庚', '措施次行辛'],
  record: ['践诺首行壬', '践诺次行癸'],
  comment: ['评语首行子', '评语次行丑'],
  phrase: ['提示首行寅', '提示次行卯']
} as const
const typed = ([first, second]: readonly [string, string]) => `${first}\n${second}`

function withLines(db: Database): Database {
  const published = publishDemo(db)
  const member = published.people.find((p) => p.name === '周建国')!
  const pledge = published.pledges.find((p) => p.personId === member.id)!
  const team = published.pledges.find((p) => p.scope === 'team')!
  const fulfilment = published.fulfilments.find((f) => f.pledgeId === pledge.id)!
  const assessment = published.pledgeAssessments.find((a) => a.pledgeId === pledge.id && a.period === 'midYear')!
  return {
    ...published,
    people: published.people.map((p) => (p.id === member.id ? { ...p, duties: typed(FIELDS.duties) } : p)),
    pledges: published.pledges.map((p) => {
      if (p.id === pledge.id) return { ...p, summary: '', items: p.items.map((item, i) => (i === 0 ? { ...item, content: typed(FIELDS.content), standard: typed(FIELDS.standard) } : item)) }
      if (p.id === team.id) return { ...p, items: p.items.map((item, i) => (i === 0 ? { ...item, actions: typed(FIELDS.actions) } : item)) }
      return p
    }),
    fulfilments: published.fulfilments.map((f) => (f.id === fulfilment.id ? { ...f, content: typed(FIELDS.record) } : f)),
    pledgeAssessments: published.pledgeAssessments.map((a) => (a.id === assessment.id ? { ...a, comment: typed(FIELDS.comment) } : a)),
    tipPhrases: published.tipPhrases.map((p, i) => (i === 0 ? { ...p, text: typed(FIELDS.phrase) } : p))
  }
}

let backend: PrintBackend
beforeAll(async () => {
  backend = await createPrintBackend(withLines)
}, 60_000)
afterAll(() => backend.dispose())

async function lines(request: InputOf<'print:render'>) {
  const job = await backend.render(request)
  expect(job.state, job.message ?? '').toBe('done')
  return (await readPdfLines(await backend.writePdfFile(job.jobId))).map((line) => line.replace(/\s+/g, ''))
}

/** Both lines printed, each where a line begins: the second is not run on after the first. */
function expectKept(printed: string[], [first, second]: readonly [string, string], where: string) {
  const at = (mark: string) => printed.findIndex((line) => line.includes(mark))
  expect(at(first), `${where}: ${first}`).toBeGreaterThanOrEqual(0)
  expect(at(second), `${where}: ${second}`).toBeGreaterThanOrEqual(0)
  expect(printed[at(second)].includes(first), `${where}: ${first}${second} run together`).toBe(false)
  expect(printed[at(second)].startsWith(second), `${where}: ${second} begins its line`).toBe(true)
}

describe('line breaks typed into a field are kept in print', () => {
  const onlyZhou = { personIds: [] as string[] }
  beforeAll(() => {
    onlyZhou.personIds = [backend.host.data().people.find((p) => p.name === '周建国')!.id]
  })

  it('党员岗位牌: 岗位职责 and 承诺内容', async () => {
    const printed = await lines({ document: 'post-placard', ...onlyZhou })
    expectKept(printed, FIELDS.duties, '岗位牌')
    expectKept(printed, FIELDS.content, '岗位牌')
  })

  it('党员公示栏: 岗位职责 and 承诺内容', async () => {
    const printed = await lines({ document: 'notice-board', ...onlyZhou })
    expectKept(printed, FIELDS.duties, '公示栏')
    expectKept(printed, FIELDS.content, '公示栏')
  })

  it('党员承诺卡: 承诺内容 and 衡量标准', async () => {
    const printed = await lines({ document: 'pledge-cards', ...onlyZhou })
    expectKept(printed, FIELDS.content, '承诺卡')
    expectKept(printed, FIELDS.standard, '承诺卡')
  })

  it('党员承诺公示: 承诺内容, 衡量标准 and a team pledge’s 措施', async () => {
    const printed = await lines({ document: 'pledge-notice' })
    expectKept(printed, FIELDS.content, '承诺公示')
    expectKept(printed, FIELDS.standard, '承诺公示')
    expectKept(printed, FIELDS.actions, '承诺公示')
  })

  it('承诺践诺情况公示: 承诺内容, 践诺情况 and 评语', async () => {
    const printed = await lines({ document: 'fulfilment-notice', period: 'midYear', noticeFrom: '2026-07-20', noticeTo: '2026-07-26', ...onlyZhou })
    expectKept(printed, FIELDS.content, '践诺公示')
    expectKept(printed, FIELDS.record, '践诺公示')
    expectKept(printed, FIELDS.comment, '践诺公示')
  })

  it('温馨提示牌: the phrase', async () => {
    expectKept(await lines({ document: 'tip-cards' }), FIELDS.phrase, '提示牌')
  })
})
