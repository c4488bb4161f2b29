import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { InputOf } from '@shared/contract'
import type { Database } from '@shared/model/database'
import { selectMembers } from '../../../electron/main/print/members'
import { createPrintBackend, publishDemo, readPdfText, type PrintBackend } from '../../support/print-fixture'

/*
 * Members without a public pledge, through the channels the app uses: who 承诺卡 leaves out and why
 * (print:check before rendering, and on the job), what the notices print in their place, and the
 * same list for tip cards by member. In the demo team 社保医保窗口 (韩冬梅 唐磊 冯晓雪 董倩 程琳),
 * 唐磊's pledge waits for the branch and 冯晓雪 has made none.
 */

const TEAM = '社保医保窗口'

function withGaps(db: Database): Database {
  const published = publishDemo(db)
  const id = (name: string) => published.people.find((p) => p.name === name)!.id
  return {
    ...published,
    pledges: published.pledges
      .filter((p) => p.personId !== id('冯晓雪'))
      .map((p) => (p.personId === id('唐磊') ? { ...p, status: 'submitted' as const } : p))
  }
}

let backend: PrintBackend
let teamId: string
beforeAll(async () => {
  backend = await createPrintBackend(withGaps)
  teamId = backend.host.data().teams.find((t) => t.name === TEAM)!.id
}, 60_000)
afterAll(() => backend.dispose())

async function printed(request: InputOf<'print:render'>) {
  const job = await backend.render(request)
  expect(job.state, job.message ?? '').toBe('done')
  return { job, text: (await readPdfText(await backend.writePdfFile(job.jobId))).replace(/\s+/g, '') }
}

describe('who a document leaves out, and why', () => {
  it('print:check names the members 承诺卡 leaves out and why, without rendering anything', async () => {
    const submit = vi.spyOn(backend.engine, 'submit')
    const check = await backend.call('print:check', { document: 'pledge-cards', teamId })
    expect(submit).not.toHaveBeenCalled()
    submit.mockRestore()
    expect(check.leftOut).toEqual([
      { name: '唐磊', reason: '承诺待支部审核' },
      { name: '冯晓雪', reason: '未作承诺' }
    ])
    expect(check.fileName).toBe(`2026年度党员承诺卡\uff08${TEAM}\uff09.pdf`)
  })

  it('the job carries the same list, and the cards are those of the others', async () => {
    const { job, text } = await printed({ document: 'pledge-cards', teamId })
    expect(job.leftOut.map((p) => p.name)).toEqual(['唐磊', '冯晓雪'])
    for (const name of ['韩冬梅', '董倩', '程琳']) expect(text).toContain(name)
    expect(text).not.toContain('唐磊')
    expect(text).not.toContain('冯晓雪')
  })

  it('refuses when everyone chosen is left out, naming them', async () => {
    const people = backend.host.data().people.filter((p) => p.name === '唐磊' || p.name === '冯晓雪').map((p) => p.id)
    await expect(backend.call('print:check', { document: 'pledge-cards', personIds: people })).rejects.toThrow(
      /还没有经支部审核通过的党员承诺，无法打印承诺卡。所选党员：唐磊\uff08承诺待支部审核\uff09、冯晓雪\uff08未作承诺\uff09/
    )
  })

  it('documents that print everyone chosen leave no one out', async () => {
    for (const document of ['notice-board', 'pledge-notice', 'desk-placard', 'post-placard']) {
      expect((await backend.call('print:check', { document, teamId })).leftOut, document).toEqual([])
    }
  })

  it('tip cards by member name those who have no phrase assigned (the demo assigns phrases to the first ten)', async () => {
    const db = backend.host.data()
    const assigned = new Set(db.tipAssignments.map((a) => a.personId))
    const check = await backend.call('print:check', { document: 'tip-cards', mode: 'assigned' })
    const unassigned = selectMembers(db, {}).filter((p) => !assigned.has(p.id))
    expect(unassigned.length).toBeGreaterThan(0)
    expect(check.leftOut).toEqual(unassigned.map((p) => ({ name: p.name, reason: '未分配提示语' })))
    expect((await backend.call('print:check', { document: 'tip-cards', mode: 'generic' })).leftOut).toEqual([])
  })
})

describe('what stands where a member has no public pledge', () => {
  it('党员公示栏: （待公开） for a pledge on its way, nothing for none, 未作承诺 only when asked', async () => {
    const blank = await printed({ document: 'notice-board', teamId })
    expect(blank.text).toContain('冯晓雪')
    expect(blank.text.match(/待公开/g)).toHaveLength(1) // 唐磊
    expect(blank.text).not.toContain('未作承诺')

    const said = await printed({ document: 'notice-board', teamId, noPledge: 'say' })
    expect(said.text.match(/未作承诺/g)).toHaveLength(1) // 冯晓雪
    expect(said.text.match(/待公开/g)).toHaveLength(1)
  })

  it('党员承诺公示: （承诺待审核） only for a pledge under review, an empty cell or 未作承诺 for none', async () => {
    const blank = await printed({ document: 'pledge-notice', teamId })
    expect(blank.text.match(/承诺待审核/g)).toHaveLength(1)
    expect(blank.text).not.toContain('未作承诺')
    const said = await printed({ document: 'pledge-notice', teamId, noPledge: 'say' })
    expect(said.text.match(/未作承诺/g)).toHaveLength(1)
  })
})
