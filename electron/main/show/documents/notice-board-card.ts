import type { Content } from 'pdfmake/interfaces'
import type { Measure } from '../../print/measure'
import { photoBox } from '../../print/parts/pieces'
import { clampLines, clampParagraphs, INK, LINE_EM, MUTED, PARTY_RED, wrapLines } from '../../print/typography'
import { missingPledgeText, pledgeSummaryText, type PledgeMember } from './common'

/*
 * One member's card on the 党员公示栏, laid out for a cell of the grid, with the height it will
 * take: the grid is chosen from those heights before pdfmake lays anything out. Long text is cut
 * with … so the cards in a row keep the same shape; the text's own line breaks (one duty a line) stay.
 */

export interface CardSize {
  /** The width inside the cell's padding, as pdfmake gives it to the card. */
  innerWidth: number
  /** A length of the paper's densest grid, enlarged for this grid's cards. */
  unit: (points: number) => number
  /** 0 without photos. */
  photoWidth: number
}

export interface CardChoices {
  showPhoto: boolean
  noPledge: 'blank' | 'say'
}

export interface BoardCard {
  content: Content
  /** Padding and the rule below included, as a row of the grid takes it. */
  height: number
}

/** The padding round each card, before enlarging. */
export const CARD_PADDING = 6
/** The grid's rules. */
export const RULE_WIDTH = 0.7
/** How many lines of duties and of pledge a card shows, at most. */
export interface CardLines {
  duties: number
  pledge: number
}
/** What a card shows on a full board; cards on a sheet with room to spare show more of long text. */
export const CARD_LINES: CardLines = { duties: 4, pledge: 3 }
export const ROOMY_CARD_LINES: CardLines = { duties: 8, pledge: 5 }
const HEAD_LINES = 2
/** pdfmake lays the cards out: lines are estimated the way it breaks them. */
const PDFMAKE_BREAKS = { hanging: false }

export function boardCard(member: PledgeMember, size: CardSize, choices: CardChoices, measure: Measure, lines: CardLines = CARD_LINES): BoardCard {
  const u = size.unit
  const nameSize = u(15)
  const small = u(10)
  // Lines are estimated a quarter em short: a line that only just fits by our measure may not by pdfmake's.
  const inner = size.innerWidth - small / 4
  const photoWidth = choices.showPhoto ? size.photoWidth : 0
  const gap = choices.showPhoto ? u(6) : 0
  const sideWidth = inner - photoWidth - gap
  const lineHeight = small * LINE_EM

  const head: Content[] = [{ text: member.name, bold: true, fontSize: nameSize, color: PARTY_RED }]
  let headHeight = nameSize * LINE_EM
  for (const line of [member.identity + (member.posts ? ` · ${member.posts}` : ''), member.post]) {
    if (!line) continue
    const text = clampLines(line, sideWidth, small, HEAD_LINES, measure, undefined, PDFMAKE_BREAKS)
    head.push({ text, fontSize: small, color: INK })
    headHeight += text.split('\n').length * lineHeight
  }

  const blocks: Content[] = []
  let blocksHeight = 0
  const block = (label: string, text: string, maxLines: number, muted = false) => {
    const lead = `${label}：`
    const clamped = clampParagraphs(text, inner, small, maxLines, measure, { lead, ...PDFMAKE_BREAKS })
    blocks.push({
      text: [{ text: lead, bold: !muted, color: muted ? MUTED : PARTY_RED }, { text: clamped }],
      fontSize: small,
      color: muted ? MUTED : INK,
      margin: [0, u(3), 0, 0]
    })
    blocksHeight += u(3) + wrapLines(lead + clamped, inner, small, measure, undefined, PDFMAKE_BREAKS).length * lineHeight
  }
  if (member.duties.trim()) block('职责', member.duties, lines.duties)
  const pledge = pledgeSummaryText(member)
  if (pledge) block('承诺', pledge, lines.pledge)
  else {
    const instead = missingPledgeText(member, choices.noPledge, '\uff08待公开\uff09')
    if (instead) block('承诺', instead, 1, true)
  }

  const top: Content = choices.showPhoto
    ? { columns: [{ width: photoWidth, stack: [photoBox(member.photo, photoWidth)] }, { width: '*', stack: head }], columnGap: gap }
    : { stack: head }
  const topHeight = Math.max(choices.showPhoto ? (photoWidth * 4) / 3 : 0, headHeight)
  return { content: { stack: [top, ...blocks] }, height: 2 * u(CARD_PADDING) + topHeight + blocksHeight + RULE_WIDTH }
}
