import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import { FONT_NAMES } from '../fonts'
import type { Measure } from '../measure'
import { chineseDate, INK, mm, SIZE } from '../typography'
import type { PrintUnit } from '../unit'
import { pageNumberFooter } from './pieces'

/**
 * A public notice (公示) in the spirit of GB/T 9704: title in 2号 bold serif, body in 3号 with a
 * two-character indent, tables in 小四, 落款 and date at the lower right, page numbers — 1 —.
 * Portrait uses the standard's margins (top 37 mm, binding side 28 mm); landscape, used for wide
 * tables, keeps 25 mm all round.
 */
export interface NoticeParts {
  unit: PrintUnit
  title: string
  paper: 'A4' | 'A3'
  orientation: 'portrait' | 'landscape'
  paragraphs: string[]
  body: Content[]
  /** Lines after the body, before the 落款 (监督电话 …). */
  closing: string[]
  /** `YYYY-MM-DD`. */
  date: string
}

export function noticeDocument(parts: NoticeParts): TDocumentDefinitions {
  const margins: [number, number, number, number] =
    parts.orientation === 'portrait' ? [mm(28), mm(37), mm(26), mm(35)] : [mm(25), mm(25), mm(25), mm(22)]
  const paragraph = (text: string): Content => ({ text, fontSize: SIZE.no3, lineHeight: 1.25, leadingIndent: SIZE.no3 * 2, alignment: 'justify', margin: [0, 0, 0, 4] })
  return {
    pageSize: parts.paper,
    pageOrientation: parts.orientation,
    pageMargins: margins,
    info: { title: parts.title, author: parts.unit.signature },
    defaultStyle: { font: FONT_NAMES.serif, fontSize: SIZE.small4, color: INK },
    footer: pageNumberFooter(SIZE.no4),
    content: [
      { text: parts.title, font: FONT_NAMES.serif, bold: true, fontSize: SIZE.no2, alignment: 'center', margin: [0, 0, 0, SIZE.no2] },
      ...parts.paragraphs.map(paragraph),
      ...parts.body,
      ...parts.closing.map(paragraph),
      {
        stack: [
          { text: parts.unit.signature, fontSize: SIZE.no3 },
          { text: chineseDate(parts.date), fontSize: SIZE.no3 }
        ],
        alignment: 'right',
        margin: [0, SIZE.no3 * 2, SIZE.no3 * 2, 0],
        // 落款 and date belong together; never split them across a page break.
        unbreakable: true
      }
    ]
  }
}

/** A section heading inside a notice: 黑体 3号, as 一级标题 are set. */
export function noticeHeading(text: string): Content {
  return { text, font: FONT_NAMES.sans, bold: true, fontSize: SIZE.no3, margin: [0, 10, 0, 6] }
}

export const noticeTableLayout = {
  hLineWidth: () => 0.7,
  vLineWidth: () => 0.7,
  hLineColor: () => '#333333',
  vLineColor: () => '#333333',
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3
}

/**
 * Width of a short-text column (姓名, 班组, 岗位) that fits its longest entry on one line, within
 * [min, max] points, so "综合受理窗口" is not broken as "综合受理窗 / 口".
 */
export function fitColumn(texts: string[], measure: Measure, min: number, max: number, fontSize: number = SIZE.small4): number {
  const padding = noticeTableLayout.paddingLeft() + noticeTableLayout.paddingRight() + 2
  const longest = Math.max(0, ...texts.map((text) => measure(text, { font: 'serif' }) * fontSize))
  return Math.ceil(Math.min(max, Math.max(min, longest + padding)))
}

export function headerCell(text: string): TableCell {
  return { text, font: FONT_NAMES.sans, bold: true, alignment: 'center', fillColor: '#F2F2F2' }
}
