import type { Worksheet } from 'exceljs'
import { columnLetter } from './find-header'

/*
 * Looks shared by the workbooks the app writes: a title row, a header row, widths that fit
 * Chinese text (a Chinese character is about two Latin ones wide), and an A4 print setup.
 */

/** Display width in Excel's character units: CJK and full-width characters count double. */
export function displayWidth(text: string): number {
  let widest = 0
  for (const line of text.split('\n')) {
    let width = 0
    for (const char of line) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(char) ? 2 : 1
    widest = Math.max(widest, width)
  }
  return widest
}

export interface LayoutColumn {
  header: string
  width: number
  /** Long text: a fixed width with wrapping instead of growing with the content. */
  wrap?: boolean
}

const THIN = { style: 'thin' as const, color: { argb: 'FF999999' } }
export const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN }

/** Row 1: the title across the table; row 2: the header. Data starts on row 3. */
export function writeTitleAndHeader(sheet: Worksheet, title: string, columns: LayoutColumn[]): void {
  const last = columnLetter(columns.length)
  sheet.mergeCells(`A1:${last}1`)
  const titleCell = sheet.getCell('A1')
  titleCell.value = title
  titleCell.font = { name: '宋体', size: 16, bold: true }
  titleCell.alignment = { horizontal: 'center', vertical: 'middle' }
  sheet.getRow(1).height = 32
  const header = sheet.getRow(2)
  columns.forEach((column, i) => {
    const cell = header.getCell(i + 1)
    cell.value = column.header
    cell.font = { name: '宋体', size: 11, bold: true }
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } }
    cell.border = BORDER
  })
  header.height = 22
  sheet.views = [{ state: 'frozen', ySplit: 2 }]
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '2:2',
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 }
  }
}

/** Column widths from the header and the longest value (as displayed), within bounds a screen can show. */
export function fitColumnWidths(sheet: Worksheet, columns: LayoutColumn[], shown: string[][]): void {
  columns.forEach((column, i) => {
    let width = Math.max(column.width, displayWidth(column.header) + 2)
    if (!column.wrap) for (const row of shown) width = Math.max(width, displayWidth(row[i] ?? '') + 2)
    sheet.getColumn(i + 1).width = Math.min(width, 60)
  })
}
