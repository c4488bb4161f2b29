import type { Content, TableCell } from 'pdfmake/interfaces'
import { FONT_NAMES } from '../../print/fonts'
import { chineseDate, SIZE } from '../../print/typography'

/* Pieces 跟踪's forms share: a labelled two-column table, a dashed cut line, the 落款 block. */

export const formLayout = {
  hLineWidth: () => 0.7,
  vLineWidth: () => 0.7,
  hLineColor: () => '#333333',
  vLineColor: () => '#333333',
  paddingLeft: () => 6,
  paddingRight: () => 6,
  paddingTop: () => 3,
  paddingBottom: () => 3
}

export function labelCell(text: string): TableCell {
  return { text, font: FONT_NAMES.sans, bold: true, alignment: 'center', fillColor: '#F2F2F2' }
}

/** Rows of label → value as a form: labels in a narrow grey column; `room` leaves that much blank to write in. */
export function formTable(rows: [label: string, value: string | Content, room?: number][], labelWidth = 84): Content {
  return {
    table: {
      widths: [labelWidth, '*'],
      body: rows.map(([label, value, room]) => [labelCell(label), typeof value === 'string' ? { text: value, margin: [0, 0, 0, room ?? 0] } : value])
    },
    layout: formLayout
  }
}

/** A dashed line across the page with 沿此线剪下 in its middle, above a slip to be cut off and sent back. */
export function cutLine(width: number): Content {
  const side = (width - 72) / 2
  // pdfmake writes its layout into the nodes it is given: each side needs its own.
  const dash = () => ({ width: side, canvas: [{ type: 'line' as const, x1: 0, y1: 6, x2: side, y2: 6, dash: { length: 4, space: 3 }, lineWidth: 0.7, lineColor: '#666666' }] })
  return {
    columns: [dash(), { text: '沿此线剪下', width: 72, alignment: 'center', fontSize: SIZE.small5, color: '#666666' }, dash()],
    margin: [0, 10, 0, 8]
  }
}

/** 落款 and date at the lower right, kept together. */
export function signature(name: string, day: string, fontSize: number = SIZE.no4): Content {
  return {
    stack: [
      { text: name, fontSize },
      { text: chineseDate(day), fontSize }
    ],
    alignment: 'right',
    margin: [0, fontSize, fontSize * 2, 0],
    unbreakable: true
  }
}
