import type { Cell, CellValue } from 'exceljs'

/*
 * What a cell holds, with Excel's and WPS's many representations folded into a few kinds:
 * rich text, hyperlinks and formula results become their plain value; merged cells read as their
 * master (exceljs does that); invisible spaces are removed.
 */

export type CellContent =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number; numFmt: string | null }
  | { kind: 'date'; date: Date; numFmt: string | null }
  | { kind: 'bool'; value: boolean }
  | { kind: 'error'; text: string }

const EMPTY: CellContent = { kind: 'empty' }

/** Trims ordinary, full-width (U+3000) and no-break spaces and drops zero-width characters. */
export function cleanText(text: string): string {
  return text
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\u00a0/g, ' ')
    .replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')
}

function fromValue(value: CellValue | undefined, numFmt: string | null): CellContent {
  if (value === null || value === undefined) return EMPTY
  if (typeof value === 'string') {
    const text = cleanText(value)
    return text ? { kind: 'text', text } : EMPTY
  }
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value, numFmt } : EMPTY
  if (typeof value === 'boolean') return { kind: 'bool', value }
  if (value instanceof Date) return { kind: 'date', date: value, numFmt }
  if ('richText' in value && Array.isArray(value.richText)) return fromValue(value.richText.map((run) => run.text ?? '').join(''), numFmt)
  if ('error' in value) return { kind: 'error', text: String(value.error) }
  if ('formula' in value || 'sharedFormula' in value) return fromValue((value as { result?: CellValue }).result, numFmt)
  if ('text' in value) return fromValue((value as { text: CellValue }).text, numFmt)
  return EMPTY
}

export function readCell(cell: Cell): CellContent {
  return fromValue(cell.value, cell.numFmt || null)
}

/** The cell as a person would read it; numbers without exponent notation (phone numbers). */
export function contentText(content: CellContent): string {
  switch (content.kind) {
    case 'empty':
      return ''
    case 'text':
    case 'error':
      return content.text
    case 'number':
      return Number.isInteger(content.value) ? BigInt(content.value).toString() : String(content.value)
    case 'bool':
      return content.value ? '是' : '否'
    case 'date':
      return content.date.toISOString().slice(0, 10)
  }
}
