import type { Worksheet } from 'exceljs'
import { cleanText, contentText, readCell } from './cells'
import { IGNORED_HEADERS, columnForHeader, normalizeHeader, type RosterColumn } from './roster-columns'

/*
 * Where the table starts. Hand-made rosters put a title (and a date, a unit) above the header, and
 * often a two-row header with group labels ("基本情况", "党员信息") over the real column names.
 */

export interface HeaderColumn {
  /** 1-based column index and its letter. */
  index: number
  letter: string
  header: string
  column: RosterColumn | null
}

export interface SheetHeader {
  rows: number[]
  columns: HeaderColumn[]
  /** Columns with a header this app does not know, and repeated columns: told to the user. */
  notices: string[]
}

const SCAN_ROWS = 30
const MAX_COLUMNS = 200

function recognised(sheet: Worksheet, row: number, width: number): Map<number, { text: string; column: RosterColumn }> {
  const found = new Map<number, { text: string; column: RosterColumn }>()
  const cells = sheet.getRow(row)
  for (let c = 1; c <= width; c++) {
    const text = cleanText(contentText(readCell(cells.getCell(c))))
    const column = text ? columnForHeader(text) : undefined
    if (column) found.set(c, { text, column })
  }
  return found
}

const fieldsOf = (found: Map<number, { column: RosterColumn }>) => new Set([...found.values()].map((f) => f.column.field))

export function columnLetter(index: number): string {
  let letter = ''
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter
  return letter
}

/** The header of a sheet, or null when no row has a 姓名 column among the first rows. */
export function findHeader(sheet: Worksheet): SheetHeader | null {
  const width = Math.min(sheet.columnCount, MAX_COLUMNS)
  const last = Math.min(sheet.rowCount, SCAN_ROWS)
  let best = 0
  let bestFound = new Map<number, { text: string; column: RosterColumn }>()
  for (let r = 1; r <= last; r++) {
    const found = recognised(sheet, r, width)
    if (fieldsOf(found).has('name') && fieldsOf(found).size > fieldsOf(bestFound).size) {
      best = r
      bestFound = found
    }
  }
  if (!best) return null

  // A second header row below (column names under group labels), or a first one above.
  const rows = [best]
  const layers = [bestFound]
  const below = best < sheet.rowCount ? recognised(sheet, best + 1, width) : new Map()
  if (fieldsOf(below).size >= 2) {
    rows.push(best + 1)
    layers.unshift(below)
  } else if (best > 1) {
    // Only a header row names columns; a title above never does.
    const above = recognised(sheet, best - 1, width)
    if (above.size > 0) {
      rows.unshift(best - 1)
      layers.push(above)
    }
  }

  const columns: HeaderColumn[] = []
  const notices: string[] = []
  const taken = new Map<string, HeaderColumn>()
  const unknown: string[] = []
  for (let c = 1; c <= width; c++) {
    const letter = columnLetter(c)
    const hit = layers.map((layer) => layer.get(c)).find((f) => f !== undefined)
    const header = hit?.text ?? lowestText(sheet, rows, c)
    if (!hit) {
      if (header && !IGNORED_HEADERS.has(normalizeHeader(header))) unknown.push(`${header}（${letter}列）`)
      continue
    }
    const earlier = taken.get(hit.column.field)
    if (earlier) {
      notices.push(`${letter}列“${header}”与${earlier.letter}列“${earlier.header}”是同一项，只导入${earlier.letter}列`)
      continue
    }
    const entry = { index: c, letter, header, column: hit.column }
    taken.set(hit.column.field, entry)
    columns.push(entry)
  }
  if (unknown.length) notices.unshift(`以下列未识别，不导入：${unknown.join('、')}`)
  return { rows, columns, notices }
}

function lowestText(sheet: Worksheet, rows: number[], c: number): string {
  for (const r of [...rows].reverse()) {
    const text = cleanText(contentText(readCell(sheet.getRow(r).getCell(c))))
    if (text) return text
  }
  return ''
}
