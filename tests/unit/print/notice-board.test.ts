import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { measureText } from '../../../electron/main/print/measure'
import { renderPdf } from '../../../electron/main/print/render'
import type { PledgeMember } from '../../../electron/main/show/documents/common'
import { boardLayout, noticeBoard, type NoticeBoardData } from '../../../electron/main/show/documents/notice-board'
import { CARD_LINES } from '../../../electron/main/show/documents/notice-board-card'
import { chooseGrid, type GridQuestion } from '../../../electron/main/show/documents/notice-board-grid'
import { idPhoto } from '../../support/images'
import { rasterisePdf, readPdfInfo, readPdfLines, readPdfText } from '../../support/print-fixture'

/*
 * 党员公示栏 from hand-made members: the grid for few and many members (a pure choice, then the
 * real layout on A3 and A4, each page 1 rasterised to out/print-samples/ to be looked at), the
 * text's own line breaks, and what stands where a member has no public pledge.
 */

const unit = { unitName: '测试单位', branchName: '测试党支部', year: 2026, supervisionPhone: '0839-1234567', signature: '中共测试单位支部委员会' }
const photo = `data:image/jpeg;base64,${idPhoto(120, 160).toString('base64')}`
// 40 different names: 8 surnames against 5 given names, the counts having no common factor.
const SURNAMES = [...'王李张刘陈杨赵黄']
const GIVEN = ['建国', '秀英', '志强', '丽萍', '晓东']
const DUTIES = '1. 负责综合受理窗口的咨询、收件和出件；\n2. 落实首问负责、一次性告知和限时办结制度；\n3. 收集群众意见建议并及时反馈。'

function member(i: number, change: Partial<PledgeMember> = {}): PledgeMember {
  return {
    id: `m${i}`,
    name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[i % GIVEN.length]}`,
    identity: '共产党员',
    posts: i % 3 === 0 ? '党小组长' : '',
    post: '综合受理',
    duties: DUTIES,
    teamName: '综合受理窗口',
    phone: '',
    photo: i % 2 === 0 ? photo : null,
    pledgeSummary: '一次告知、限时办结，微笑服务零投诉',
    pledgeItems: [],
    pledgeStatus: 'published',
    ...change
  }
}

function board(members: PledgeMember[], paper: 'A3' | 'A4', change: Partial<NoticeBoardData> = {}): NoticeBoardData {
  return { unit, teams: [{ name: '综合受理窗口', members }], paper, orientation: 'portrait', showPhoto: true, noPledge: 'blank', ...change }
}

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lbp-board-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

async function render(data: NoticeBoardData, name: string) {
  const file = join(dir, `${name}.pdf`)
  await writeFile(file, (await renderPdf(noticeBoard.build(data, { measure: measureText }))).pdf)
  return file
}

describe('the grid: the largest type with which every team fits on one sheet', () => {
  // A card 200 high in the usual type, growing with it; a sheet 1000 high, 4 cards a row at the densest.
  const question = (teamSizes: number[], change: Partial<GridQuestion<string>> = {}): GridQuestion<string> => ({
    teamSizes,
    maxColumns: 4,
    maxEnlargement: 4,
    available: 1000,
    looks: ['usual'],
    teamHeight: () => 40,
    cardHeight: (_columns, enlargement) => 200 * enlargement,
    ...change
  })
  it.each([
    // [members per team, columns, enlargement]
    [[1], 1, 4], // one card at 4×: 40 + 800
    [[2], 1, 2.4], // two rows: 40 + 400k ≤ 1000; side by side the cell allows only 2×
    [[4], 2, 2], // two rows of two, bounded by the cell (4 / 2 columns)
    [[6], 2, 1.6], // three rows of two: 40 + 600k; two rows of three only reach 4/3
    [[12], 3, 1.2], // four rows of three: 40 + 800k; six rows of two do not fit even at 1×
    [[40], 4, 1], // ten rows do not fit one sheet: the densest grid in the usual type, over several sheets
    [[1, 1], 1, 2.3], // two teams of one, each under its own heading: 2 × (40 + 200k)
    [[3, 3, 3], 3, 1.33] // three teams of a row each: 3 × (40 + 200k), bounded by the cell
  ])('%j members → %i a row at %f×', (teamSizes, columns, enlargement) => {
    const grid = chooseGrid(question(teamSizes))
    expect(grid.columns).toBe(columns)
    expect(grid.enlargement).toBeCloseTo(enlargement, 1)
    expect(grid.enlargement).toBeGreaterThanOrEqual(1)
  })

  it('never goes below the usual type, nor above the largest enlargement', () => {
    expect(chooseGrid(question([1], { available: 10 }))).toEqual({ columns: 4, enlargement: 1, look: 'usual' })
    expect(chooseGrid(question([1], { maxEnlargement: 3 })).enlargement).toBe(3)
    expect(chooseGrid(question([1], { maxColumns: 3 }))).toEqual({ columns: 1, enlargement: 3, look: 'usual' })
  })

  it('shows more of long text when that costs no size, and gives it up for larger type', () => {
    // The roomy look makes every card 30% taller.
    const looks = { looks: ['roomy', 'usual'], cardHeight: (_c: number, k: number, look: string) => (look === 'roomy' ? 260 : 200) * k }
    // One member, type bounded at 3×: both looks reach it, the roomy one is kept.
    expect(chooseGrid(question([1], { ...looks, maxEnlargement: 3 }))).toEqual({ columns: 1, enlargement: 3, look: 'roomy' })
    // Three members: roomy reaches 1.85× in two columns, the usual look the cell's 2×.
    expect(chooseGrid(question([3], looks))).toMatchObject({ columns: 2, enlargement: 2, look: 'usual' })
    // Too many for one sheet: the densest grid in the last look.
    expect(chooseGrid(question([40], looks))).toEqual({ columns: 4, enlargement: 1, look: 'usual' })
  })
})

describe('党员公示栏 for few and many members', () => {
  const counts = [1, 3, 6, 12, 40]
  for (const paper of ['A3', 'A4'] as const) {
    it(`on ${paper}: one sheet in larger type for up to 12 members, the densest grid over several sheets for 40`, async () => {
      const chosen: Record<number, { columns: number; enlargement: number }> = {}
      for (const count of counts) {
        const members = Array.from({ length: count }, (_, i) => member(i))
        const data = board(members, paper)
        chosen[count] = boardLayout(data, measureText).grid
        const file = await render(data, `board-${paper}-${count}`)
        const info = await readPdfInfo(file)
        const text = (await readPdfText(file)).replace(/\s+/g, '')
        for (const m of members) expect(text, `${paper} ${count}`).toContain(m.name)
        expect(info.pages > 1, `${paper} ${count}: ${info.pages} pages`).toBe(count > 12)
        await rasterisePdf(file, `notice-board-${paper}-${count}`)
      }
      // Fewer members never get smaller type; a lone member gets the sheet's width; 40 the usual grid.
      for (let i = 1; i < counts.length; i++) expect(chosen[counts[i]].enlargement).toBeLessThanOrEqual(chosen[counts[i - 1]].enlargement)
      expect(chosen[1].columns).toBe(1)
      expect(chosen[3].enlargement).toBeGreaterThanOrEqual(1.5)
      expect(chosen[6].enlargement).toBeGreaterThan(1)
      expect(chosen[40]).toEqual({ columns: paper === 'A3' ? 4 : 3, enlargement: 1, look: CARD_LINES })
    })
  }

  it('a lone member’s type and photo are larger than on the usual grid', () => {
    const one = boardLayout(board([member(0)], 'A3'), measureText)
    const many = boardLayout(board(Array.from({ length: 40 }, (_, i) => member(i)), 'A3'), measureText)
    expect(one.size.unit(10)).toBeGreaterThanOrEqual(2 * many.size.unit(10))
    expect(one.size.photoWidth).toBeGreaterThanOrEqual(2 * many.size.photoWidth)
  })
})

describe('what the cards say', () => {
  it('keeps the line breaks of 岗位职责 and of a pledge, one duty a line', async () => {
    const item = (content: string) => ({ categoryLabel: '服务群众', fiveLeads: '带头服务群众', content, standard: '', actions: '', responsibleName: '', deadline: '' })
    const pledged = member(1, { pledgeSummary: '', pledgeItems: [item('窗口服务做到：\n首问负责不推诿')] })
    const lines = await readPdfLines(await render(board([pledged], 'A3'), 'breaks'))
    const at = (start: string) => lines.findIndex((line) => line.replace(/\s+/g, '').includes(start))
    const first = at('1.负责综合受理窗口')
    const second = at('2.落实首问负责')
    const third = at('3.收集群众意见')
    expect(first).toBeGreaterThanOrEqual(0)
    expect(second).toBeGreaterThan(first)
    expect(third).toBeGreaterThan(second)
    // Each duty begins its own line: nothing of the one before runs on into it.
    expect(lines[second].replace(/\s+/g, '').startsWith('2.')).toBe(true)
    expect(lines[third].replace(/\s+/g, '').startsWith('3.')).toBe(true)
    expect(lines[at('首问负责不推诿')].replace(/\s+/g, '').startsWith('首问负责')).toBe(true)
  })

  it('prints nothing for a member without a pledge, （待公开） for one whose pledge is not yet public, 未作承诺 only when asked', async () => {
    const none = member(1, { name: '甲无承诺', pledgeSummary: '', pledgeStatus: null })
    const pending = member(2, { name: '乙待审核', pledgeSummary: '', pledgeStatus: 'submitted' })
    const pledged = member(3, { name: '丙已公开' })
    const blank = (await readPdfText(await render(board([none], 'A4'), 'no-pledge'))).replace(/\s+/g, '')
    expect(blank).toContain('甲无承诺')
    expect(blank).not.toContain('承诺：')
    expect(blank).not.toContain('待公开')
    expect(blank).not.toContain('未作承诺')

    const said = (await readPdfText(await render(board([none, pending, pledged], 'A4', { noPledge: 'say' }), 'no-pledge-say'))).replace(/\s+/g, '')
    expect(said.match(/未作承诺/g)).toHaveLength(1)
    expect(said.match(/待公开/g)).toHaveLength(1)
    expect(said).toContain('一次告知、限时办结')
  })
})
