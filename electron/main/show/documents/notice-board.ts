import { z } from 'zod'
import { printOptions } from '@shared/model/print'
import type { Content, TableCell } from 'pdfmake/interfaces'
import { defineDocument } from '../../print/document'
import { FONT_NAMES } from '../../print/fonts'
import type { Measure } from '../../print/measure'
import { groupByTeam, type PrintTeam } from '../../print/members'
import { documentOptions, selectionOptions } from '../../print/options'
import { pageNumberFooter, photoBox } from '../../print/parts/pieces'
import { clampLines, INK, mm, MUTED, pageBox, PARTY_RED } from '../../print/typography'
import { printUnit, type PrintUnit } from '../../print/unit'
import { pledgeMembers, pledgeSummaryText, type PledgeMember } from './common'

export interface NoticeBoardData {
  unit: PrintUnit
  teams: PrintTeam<PledgeMember>[]
  paper: 'A4' | 'A3'
  orientation: 'portrait' | 'landscape'
  showPhoto: boolean
}

/**
 * 党员公示栏: sheets posted on the notice board, members grouped by team in a grid of cards
 * (photo, name, posts, duties, pledges). Cards never split across pages; long text is cut with …
 * so every card in a row keeps the same shape. Teams come in team order; the name order applies
 * within each team.
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
      showPhoto: z.boolean().default(true)
    },
    { showPhoto: '印照片' }
  ),
  controls: [
    { kind: 'year' },
    { kind: 'paper', choices: ['A3', 'A4'] },
    { kind: 'orientation', choices: ['portrait', 'landscape'] },
    { kind: 'switch', field: 'showPhoto', label: '印照片', on: '印', off: '不印' },
    { kind: 'scope' },
    { kind: 'nameOrder' }
  ],
  async gather(db, options, context) {
    const unit = printUnit(db, options.year)
    const members = await pledgeMembers(db, { ...options, nameOrder: 'roster' }, options.year, context, options.showPhoto)
    const teams = groupByTeam(members, options.nameOrder)
    return { data: { unit, teams, paper: options.paper, orientation: options.orientation, showPhoto: options.showPhoto } satisfies NoticeBoardData }
  },
  build(input: NoticeBoardData, { measure }) {
    const page = pageBox(input.paper, input.orientation)
    const scale = Math.sqrt((page.width * page.height) / (841.89 * 1190.55))
    const s = (points: number) => Math.max(points * scale, points * 0.75)
    const margin = mm(15)
    const columns = (input.paper === 'A3' ? 4 : 3) + (input.orientation === 'landscape' ? 1 : 0)
    const contentWidth = page.width - 2 * margin
    const cellWidth = contentWidth / columns
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
    for (const team of input.teams) {
      content.push(grid(`${team.name}\uff08${team.members.length}名党员\uff09`, team.members, columns, cellWidth, input.showPhoto, s, measure))
    }
    const footer = [unit.supervisionPhone && `监督电话：${unit.supervisionPhone}`, unit.signature].filter(Boolean).join('    ')
    content.push({ text: footer, alignment: 'right', fontSize: s(14), margin: [0, s(14), 0, 0] })

    return {
      pageSize: input.paper,
      pageOrientation: input.orientation,
      pageMargins: [margin, margin, margin, margin + 14],
      info: { title: `${unit.unitName}${unit.year}年度党员公示栏` },
      defaultStyle: { font: FONT_NAMES.sans },
      footer: pageNumberFooter(12),
      content
    }
  }
})

/**
 * One team: its name as a header row (repeated when the team runs onto the next page, and never
 * left alone at the foot of a page), then rows of cards.
 */
function grid(heading: string, members: PledgeMember[], columns: number, cellWidth: number, showPhoto: boolean, s: (n: number) => number, measure: Measure): Content {
  const header: TableCell[] = [
    { text: heading, colSpan: columns, fillColor: PARTY_RED, color: '#FFFFFF', bold: true, fontSize: s(15), alignment: 'center', margin: [0, s(2), 0, s(2)] },
    ...Array.from({ length: columns - 1 }, () => ({ text: '' }))
  ]
  const rows: TableCell[][] = [header]
  for (let i = 0; i < members.length; i += columns) {
    const row: TableCell[] = members.slice(i, i + columns).map((member) => card(member, cellWidth, showPhoto, s, measure))
    while (row.length < columns) row.push({ text: '' })
    rows.push(row)
  }
  return {
    table: { widths: Array(columns).fill('*'), body: rows, dontBreakRows: true, headerRows: 1, keepWithHeaderRows: 1 },
    margin: [0, s(10), 0, 0],
    layout: {
      hLineColor: () => '#D9A0A0',
      vLineColor: () => '#D9A0A0',
      hLineWidth: () => 0.7,
      vLineWidth: () => 0.7,
      paddingLeft: () => s(6),
      paddingRight: () => s(6),
      paddingTop: () => s(6),
      paddingBottom: () => s(6)
    }
  }
}

function card(member: PledgeMember, cellWidth: number, showPhoto: boolean, s: (n: number) => number, measure: Measure): Content {
  const inner = cellWidth - s(12)
  const photoWidth = showPhoto ? inner * 0.36 : 0
  const sideWidth = inner - photoWidth - (showPhoto ? s(6) : 0)
  const small = s(10)
  const head: Content[] = [
    { text: member.name, bold: true, fontSize: s(15), color: PARTY_RED },
    { text: clampLines(member.identity + (member.posts ? ` · ${member.posts}` : ''), sideWidth, small, 2, measure), fontSize: small, color: INK },
    { text: clampLines(member.post, sideWidth, small, 2, measure), fontSize: small, color: INK }
  ]
  const block = (label: string, text: string): Content => ({
    text: [
      { text: `${label}：`, bold: true, color: PARTY_RED },
      { text: clampLines(text, inner - measure(`${label}：`) * small, small, 3, measure).replace(/\n/g, '') }
    ],
    fontSize: small,
    color: INK,
    margin: [0, s(3), 0, 0]
  })
  const pledge = pledgeSummaryText(member)
  return {
    stack: [
      showPhoto ? { columns: [{ width: photoWidth, stack: [photoBox(member.photo, photoWidth)] }, { width: '*', stack: head }], columnGap: s(6) } : { stack: head },
      member.duties ? block('职责', member.duties) : { text: '' },
      pledge ? block('承诺', pledge) : { text: '承诺：\uff08待公开\uff09', fontSize: small, color: MUTED, margin: [0, s(3), 0, 0] }
    ]
  }
}
