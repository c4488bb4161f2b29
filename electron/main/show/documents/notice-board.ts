import { z } from 'zod'
import { printOptions } from '@shared/model/print'
import type { Content, TableCell } from 'pdfmake/interfaces'
import { defineDocument } from '../../print/document'
import { FONT_NAMES } from '../../print/fonts'
import type { Measure } from '../../print/measure'
import { groupByTeam, type PrintTeam } from '../../print/members'
import { documentOptions, selectionOptions } from '../../print/options'
import { pageNumberFooter } from '../../print/parts/pieces'
import { INK, LINE_EM, mm, pageBox, PARTY_RED } from '../../print/typography'
import { printUnit, type PrintUnit } from '../../print/unit'
import { noPledgeControl, noPledgeOption, pledgeMembers, type PledgeMember } from './common'
import { boardCard, CARD_LINES, CARD_PADDING, ROOMY_CARD_LINES, RULE_WIDTH, type BoardCard, type CardLines, type CardSize } from './notice-board-card'
import { chooseGrid, type Grid } from './notice-board-grid'

export interface NoticeBoardData {
  unit: PrintUnit
  teams: PrintTeam<PledgeMember>[]
  paper: 'A4' | 'A3'
  orientation: 'portrait' | 'landscape'
  showPhoto: boolean
  /** A member who has made no pledge: nothing where the pledge goes, or 未作承诺. */
  noPledge: 'blank' | 'say'
}

/**
 * 党员公示栏: sheets posted on the notice board, members grouped by team in a grid of cards
 * (photo, name, posts, duties, pledges). Cards never split across pages. A few members get fewer,
 * larger cards that use the sheet (notice-board-grid.ts). Teams come in team order; the name
 * order applies within each team.
 */
export const noticeBoard = defineDocument({
  id: 'notice-board',
  title: '党员公示栏',
  stage: 'show',
  group: '亮身份',
  description: '按班组列出党员照片、姓名、岗位、职责和承诺，可多页',
  options: documentOptions(
    {
      ...selectionOptions,
      paper: printOptions.paper(['A3', 'A4']),
      orientation: printOptions.orientation(['portrait', 'landscape']),
      showPhoto: z.boolean().default(true),
      noPledge: noPledgeOption
    },
    { showPhoto: '印照片', noPledge: '未作承诺的党员' }
  ),
  controls: [
    { kind: 'year' },
    { kind: 'paper', choices: ['A3', 'A4'] },
    { kind: 'orientation', choices: ['portrait', 'landscape'] },
    { kind: 'switch', field: 'showPhoto', label: '印照片', on: '印', off: '不印' },
    noPledgeControl,
    { kind: 'scope' },
    { kind: 'nameOrder' }
  ],
  async gather(db, options, context) {
    const unit = printUnit(db, options.year)
    const members = await pledgeMembers(db, { ...options, nameOrder: 'roster' }, options.year, context, options.showPhoto)
    const teams = groupByTeam(members, options.nameOrder)
    const { paper, orientation, showPhoto, noPledge } = options
    return { data: { unit, teams, paper, orientation, showPhoto, noPledge } satisfies NoticeBoardData }
  },
  build(input: NoticeBoardData, { measure }) {
    const { s, margin, grid, size, cards } = boardLayout(input, measure)
    const { unit } = input
    const content: Content[] = [
      { text: `${unit.unitName}党员公示栏`, font: FONT_NAMES.serif, bold: true, fontSize: s(34), color: PARTY_RED, alignment: 'center' },
      {
        text: `${unit.year}年度  亮身份 · 亮承诺 · 亮形象  接受群众监督`,
        fontSize: s(15),
        color: INK,
        alignment: 'center',
        margin: [0, s(6), 0, s(14)]
      }
    ]
    const laid = [...cards]
    for (const team of input.teams) {
      const teamCards = laid.splice(0, team.members.length)
      content.push(teamGrid(`${team.name}\uff08${team.members.length}名党员\uff09`, teamCards, grid, size, s))
    }
    const footer = [unit.supervisionPhone && `监督电话：${unit.supervisionPhone}`, unit.signature].filter(Boolean).join('    ')
    content.push({ text: footer, alignment: 'right', fontSize: s(14), margin: [0, s(14), 0, 0] })

    return {
      pageSize: input.paper,
      pageOrientation: input.orientation,
      pageMargins: [margin, margin, margin, margin + PAGE_NUMBER_SPACE],
      info: { title: `${unit.unitName}${unit.year}年度党员公示栏` },
      defaultStyle: { font: FONT_NAMES.sans },
      footer: pageNumberFooter(12),
      content
    }
  }
})

/**
 * The sheet's measures and the grid chosen for the members: type is set for A3 and shrinks with
 * the paper's area (never below 3/4 of it); the cards are as large as one sheet allows.
 */
export function boardLayout(input: NoticeBoardData, measure: Measure) {
  const page = pageBox(input.paper, input.orientation)
  const scale = Math.sqrt((page.width * page.height) / (841.89 * 1190.55))
  const s = (points: number) => Math.max(points * scale, points * 0.75)
  const margin = mm(15)
  const maxColumns = (input.paper === 'A3' ? 4 : 3) + (input.orientation === 'landscape' ? 1 : 0)
  const choices = { showPhoto: input.showPhoto, noPledge: input.noPledge }
  const sizes = gridSizes(page.width - 2 * margin, maxColumns, s)
  const members = input.teams.flatMap((team) => team.members)
  const cardsIn = (grid: Grid<CardLines>) => members.map((member) => boardCard(member, sizes(grid), choices, measure, grid.look))
  const titleHeight = s(34) * LINE_EM + s(15) * LINE_EM + s(6) + s(14)
  const footerHeight = s(14) + s(14) * LINE_EM
  const grid = chooseGrid<CardLines>({
    teamSizes: input.teams.map((team) => team.members.length),
    maxColumns,
    maxEnlargement: MAX_ENLARGEMENT,
    // A little to spare: pdfmake's line breaks may differ from the estimate by a line here and there.
    available: (page.height - 2 * margin - PAGE_NUMBER_SPACE - titleHeight - footerHeight) * 0.97,
    // On a sheet with room to spare, long duties and pledges are cut later.
    looks: [ROOMY_CARD_LINES, CARD_LINES],
    // The heading as it would be with the largest type this grid allows: never taller than estimated.
    teamHeight: (columns) => teamHeading(Math.min(MAX_ENLARGEMENT, maxColumns / columns), s).height,
    cardHeight: (columns, enlargement, look) => Math.max(0, ...cardsIn({ columns, enlargement, look }).map((card) => card.height))
  })
  return { page, s, margin, maxColumns, grid, size: sizes(grid), cards: cardsIn(grid) }
}

/** Room below the content for the page number. */
const PAGE_NUMBER_SPACE = 14
/** How much larger than on the densest grid a card's type may get: beyond it the type is a poster's. */
const MAX_ENLARGEMENT = 4

/**
 * A card's sizes in a grid: the densest grid's, enlarged; the photo grows with the type (and stays
 * within a third of the cell), so a wide cell gives the text the room.
 */
function gridSizes(contentWidth: number, maxColumns: number, s: (points: number) => number) {
  // As pdfmake shares out '*' columns: the width less every column's padding and every rule, evenly.
  const inside = (columns: number, padding: number) => (contentWidth - (columns + 1) * RULE_WIDTH) / columns - 2 * padding
  const densestInner = inside(maxColumns, s(CARD_PADDING))
  return ({ columns, enlargement }: { columns: number; enlargement: number }): CardSize => {
    const unit = (points: number) => s(points) * enlargement
    const innerWidth = inside(columns, unit(CARD_PADDING))
    return { innerWidth, unit, photoWidth: Math.min(innerWidth * 0.36, densestInner * 0.36 * enlargement) }
  }
}

/** A team's heading row: a little larger with larger cards, not as much as they are. */
function teamHeading(enlargement: number, s: (points: number) => number) {
  const fontSize = s(15) * Math.sqrt(enlargement)
  const height = s(TEAM_GAP) + fontSize * LINE_EM + 2 * s(2) + 2 * s(CARD_PADDING) + RULE_WIDTH
  return { fontSize, height }
}
const TEAM_GAP = 10

/**
 * One team: its name as a header row (repeated when the team runs onto the next page, and never
 * left alone at the foot of a page), then rows of cards.
 */
function teamGrid(heading: string, cards: BoardCard[], grid: Grid<CardLines>, size: CardSize, s: (n: number) => number): Content {
  const { columns } = grid
  const header: TableCell[] = [
    {
      text: heading,
      colSpan: columns,
      fillColor: PARTY_RED,
      color: '#FFFFFF',
      bold: true,
      fontSize: teamHeading(grid.enlargement, s).fontSize,
      alignment: 'center',
      margin: [0, s(2), 0, s(2)]
    },
    ...Array.from({ length: columns - 1 }, () => ({ text: '' }))
  ]
  const rows: TableCell[][] = [header]
  for (let i = 0; i < cards.length; i += columns) {
    const row: TableCell[] = cards.slice(i, i + columns).map((card) => card.content)
    while (row.length < columns) row.push({ text: '' })
    rows.push(row)
  }
  const padding = () => size.unit(CARD_PADDING)
  // The heading row keeps the sheet's own padding: only the cards grow.
  const rowPadding = (row: number) => (row === 0 ? s(CARD_PADDING) : size.unit(CARD_PADDING))
  return {
    table: { widths: Array(columns).fill('*'), body: rows, dontBreakRows: true, headerRows: 1, keepWithHeaderRows: 1 },
    margin: [0, s(TEAM_GAP), 0, 0],
    layout: {
      hLineColor: () => '#D9A0A0',
      vLineColor: () => '#D9A0A0',
      hLineWidth: () => RULE_WIDTH,
      vLineWidth: () => RULE_WIDTH,
      paddingLeft: padding,
      paddingRight: padding,
      paddingTop: rowPadding,
      paddingBottom: rowPadding
    }
  }
}
