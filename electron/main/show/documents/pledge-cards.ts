import { AppError } from '@shared/errors'
import { printOptions } from '@shared/model/print'
import type { Content, TableCell } from 'pdfmake/interfaces'
import { defineDocument } from '../../print/document'
import { FONT_NAMES } from '../../print/fonts'
import type { Measure } from '../../print/measure'
import { documentOptions, selectionOptions } from '../../print/options'
import { INK, LINE_EM, mm, MUTED, pageBox, PARTY_RED, wrapLines } from '../../print/typography'
import { printUnit, type PrintUnit } from '../../print/unit'
import { pledgeMembers, unpublishedReason, type PledgeMember } from './common'

export interface PledgeCardsData {
  unit: PrintUnit
  /** Only members with an approved pledge. */
  members: PledgeMember[]
}

/**
 * 党员承诺卡: two cards on each A4 sheet (A5 halves) with a cut line between them, each with the
 * member's pledge items, signature and date lines. Every card must stay inside its half, so the
 * item text size is chosen to fit before pdfmake lays it out.
 */
export const pledgeCards = defineDocument({
  id: 'pledge-cards',
  title: '党员承诺卡',
  stage: 'show',
  group: '亮承诺',
  description: '每人一张，一张A4纸印两张，带裁切线、签名和日期栏',
  options: documentOptions({ ...selectionOptions, paper: printOptions.paper(['A4']) }),
  controls: [{ kind: 'year' }, { kind: 'paper', choices: ['A4'] }, { kind: 'scope' }, { kind: 'nameOrder' }],
  async gather(db, options, context) {
    const unit = printUnit(db, options.year)
    const selected = await pledgeMembers(db, options, options.year, context, false)
    const members = selected.filter((m) => m.pledgeItems.length)
    // A card is printed only for an approved pledge: the others are named, with why, not dropped silently.
    const leftOut = selected.filter((m) => !m.pledgeItems.length).map((m) => ({ name: m.name, reason: unpublishedReason(m) }))
    if (!members.length) {
      const who = leftOut.length > 5 ? `${leftOut.slice(0, 5).map(listed).join('、')}等${leftOut.length}人` : leftOut.map(listed).join('、')
      throw new AppError('NOTHING_TO_PRINT', `${options.year}年度还没有经支部审核通过的党员承诺，无法打印承诺卡。所选党员：${who}`)
    }
    return { data: { unit, members } satisfies PledgeCardsData, leftOut }
  },
  build(input: PledgeCardsData, { measure }) {
    const page = pageBox('A4', 'portrait')
    const margin = mm(12)
    const half = page.height / 2
    const cardWidth = page.width - 2 * margin
    const cardHeight = half - 2 * margin
    const pageCount = Math.ceil(input.members.length / 2)
    const content: Content[] = input.members.map((member, index) => {
      const card = { stack: pledgeCard(member, input.unit, cardWidth, cardHeight, measure), width: cardWidth }
      if (index % 2 === 1) return { ...card, absolutePosition: { x: margin, y: half + margin } }
      return index === 0 ? card : { ...card, pageBreak: 'before' as const }
    })
    return {
      pageSize: 'A4',
      pageOrientation: 'portrait',
      pageMargins: margin,
      info: { title: `${input.unit.unitName}${input.unit.year}年度党员承诺卡` },
      defaultStyle: { font: FONT_NAMES.serif, fontSize: 10.5, color: INK },
      background: (currentPage: number) => {
        const cardsOnPage = currentPage < pageCount || input.members.length % 2 === 0 ? 2 : 1
        return { canvas: cardFrames(page.width, page.height, margin, cardsOnPage) }
      },
      content
    }
  }
})

/** A red frame round each card and a dashed cut line across the middle of the sheet. */
function cardFrames(width: number, height: number, margin: number, cards: number) {
  const inset = margin / 2
  const frame = (top: number) => ({ type: 'rect' as const, x: inset, y: top + inset, w: width - 2 * inset, h: height / 2 - 2 * inset, lineColor: PARTY_RED, lineWidth: 1 })
  const cut = { type: 'line' as const, x1: 0, y1: height / 2, x2: width, y2: height / 2, dash: { length: 5, space: 3 }, lineWidth: 0.5, lineColor: '#888888' }
  return [frame(0), ...(cards === 2 ? [frame(height / 2)] : []), cut]
}

const listed = ({ name, reason }: { name: string; reason: string }) => `${name}\uff08${reason}\uff09`

const ITEM_SIZES = [10.5, 10, 9.5, 9, 8.5, 8, 7.5, 7]
const COLUMN = { index: 22, category: 64, standard: 118, deadline: 60 }

function pledgeCard(member: PledgeMember, unit: PrintUnit, width: number, height: number, measure: Measure): Content[] {
  const contentWidth = width - COLUMN.index - COLUMN.category - COLUMN.standard - COLUMN.deadline - 5 * 8
  // Title, member row, table header, signature lines: about 150 pt; the rest is for the items.
  const itemSpace = height - 150
  const size = ITEM_SIZES.find((candidate) => itemsHeight(member, candidate, contentWidth, measure) <= itemSpace) ?? ITEM_SIZES[ITEM_SIZES.length - 1]
  const head = (text: string): Content => ({ text, bold: true, font: FONT_NAMES.sans, fontSize: 9.5, alignment: 'center', fillColor: '#FBEAEA' })
  const items: TableCell[][] = member.pledgeItems.map((item, i) => [
    { text: String(i + 1), alignment: 'center' },
    { text: [{ text: item.categoryLabel }, { text: `\n${item.fiveLeads}`, fontSize: size - 1.5, color: MUTED }], alignment: 'center' },
    { text: item.content },
    { text: item.standard },
    { text: item.deadline, alignment: 'center' }
  ])
  if (!items.length) items.push([{ text: '\uff08尚无经审核的承诺事项\uff09', colSpan: 5, alignment: 'center', color: MUTED }, '', '', '', ''])
  const line = (n: number) => '_'.repeat(n)
  return [
    { text: '共产党员承诺卡', font: FONT_NAMES.serif, bold: true, fontSize: 20, color: PARTY_RED, alignment: 'center' },
    { text: `${unit.unitName}  ${unit.year}年度`, fontSize: 10, color: MUTED, alignment: 'center', margin: [0, 2, 0, 8] },
    {
      table: {
        widths: [40, '*', 52, '*', 30, '*'],
        body: [
          [head('姓名'), { text: member.name, bold: true, font: FONT_NAMES.sans }, head('所在班组'), member.teamName, head('岗位'), member.post || member.posts]
        ]
      },
      layout: cardTableLayout,
      margin: [0, 0, 0, 6]
    },
    {
      table: {
        widths: [COLUMN.index, COLUMN.category, '*', COLUMN.standard, COLUMN.deadline],
        headerRows: 1,
        body: [[head('序号'), head('类别'), head('承诺内容'), head('衡量标准'), head('完成时限')], ...items]
      },
      layout: cardTableLayout,
      fontSize: size
    },
    {
      columns: [
        { text: `承诺人\uff08签字\uff09：${line(14)}`, width: '*' },
        { text: `日期：${line(6)}年${line(3)}月${line(3)}日`, width: 'auto' }
      ],
      margin: [0, 14, 0, 0]
    },
    {
      columns: [
        { text: unit.supervisionPhone ? `监督电话：${unit.supervisionPhone}` : '', width: '*', color: MUTED, fontSize: 9.5 },
        { text: unit.signature, width: 'auto', color: MUTED, fontSize: 9.5 }
      ],
      margin: [0, 8, 0, 0]
    }
  ]
}

/** Estimated height of the item rows at a text size (the widest-running column decides each row). */
function itemsHeight(member: PledgeMember, size: number, contentWidth: number, measure: Measure): number {
  const lines = (text: string, width: number) => wrapLines(text, width - 8, size, measure, { font: 'serif' }).length
  return member.pledgeItems.reduce(
    (sum, item) => sum + Math.max(2, lines(item.content, contentWidth), lines(item.standard, COLUMN.standard), lines(item.deadline, COLUMN.deadline)) * size * LINE_EM + 6,
    0
  )
}

const cardTableLayout = {
  hLineColor: () => '#D08080',
  vLineColor: () => '#D08080',
  hLineWidth: () => 0.6,
  vLineWidth: () => 0.6,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3
}
