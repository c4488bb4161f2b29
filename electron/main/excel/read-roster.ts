import type { Workbook, Worksheet } from 'exceljs'
import { AppError } from '@shared/errors'
import { PERSON_FIELD_LABELS, personFieldsSchema, type PersonFields } from '@shared/roster/model'
import { checkIdNumber } from '@shared/rules/id-number'
import { partialDateFromNumber, partialDateFromUtc, parsePartialDate, type DatePrecision, type ParsedDate } from '@shared/rules/partial-date'
import { checkPerson, type PersonIssue } from '@shared/rules/person-checks'
import { parseDutyStatus, parseGender, parsePoliticalStatus, parseYesNo } from '@shared/rules/roster-values'
import { contentText, readCell, type CellContent } from './cells'
import { findHeader, type HeaderColumn, type SheetHeader } from './find-header'
import type { ColumnField } from './roster-columns'

/*
 * A roster sheet read into candidate people, one per data row, each with the problems found in it.
 * Nothing here knows the database: matching against existing people happens in the import plan.
 *
 * One rule for bad cells: only 姓名 is required, so only a bad or missing 姓名 is an error (the row
 * cannot be imported). Any other unreadable or inconsistent value is dropped with a warning that
 * names its column, and the rest of the row is imported: a typo in 出生年月 must not cost the
 * person's 班组, 电话 and 政治面貌.
 */

export type ImportedFields = Omit<PersonFields, 'teamId' | 'photo'> & { teamName: string }

export interface ParsedRow {
  /** The row number Excel shows. */
  row: number
  /** Only the columns the file has and the row fills. */
  values: Partial<ImportedFields>
  errors: string[]
  warnings: string[]
  /** Set for rows that are not a person: a 合计 row, a note under the table, the template's example. */
  ignored: string | null
}

export interface ParsedRoster {
  sheetName: string
  headerRows: number[]
  columns: HeaderColumn[]
  notices: string[]
  rows: ParsedRow[]
}

export const MAX_IMPORT_ROWS = 10_000

const TOTAL_ROW = /^(合计|小计|总计|共计|总人数)/
const FOOTNOTE = /^(填表人|制表人|制表|填报人|填报日期|审核人|负责人|注[:：]|说明[:：]|备注[:：])/
const EXAMPLE_NAME = /^[(（]?示例/

export function readRoster(workbook: Workbook): ParsedRoster {
  let chosen: { sheet: Worksheet; header: SheetHeader } | null = null
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible') continue
    const header = findHeader(sheet)
    if (header && (!chosen || header.columns.length > chosen.header.columns.length)) chosen = { sheet, header }
  }
  if (!chosen) throw new AppError('NO_HEADER', '没有找到表头：工作表前30行中应有一行包含“姓名”列（以及性别、出生年月等列）')
  const { sheet, header } = chosen
  const rows: ParsedRow[] = []
  const firstData = header.rows[header.rows.length - 1] + 1
  // Only rows with values: sheets formatted down to row 1,048,576 are common and must not be walked.
  const filled: number[] = []
  sheet.eachRow((row, r) => r >= firstData && filled.push(r))
  for (const r of filled) {
    const parsed = readRow(sheet, r, header.columns)
    if (!parsed) continue
    rows.push(parsed)
    if (rows.length > MAX_IMPORT_ROWS) throw new AppError('TOO_MANY_ROWS', `一次最多导入${MAX_IMPORT_ROWS}行，请把文件拆分后分批导入`)
  }
  if (!rows.some((row) => !row.ignored)) throw new AppError('EMPTY_ROSTER', `工作表“${sheet.name}”的表头下面没有人员数据`)
  return {
    sheetName: sheet.name,
    headerRows: header.rows,
    columns: header.columns,
    notices: header.notices,
    rows
  }
}

/** One row, or null when every recognised column is empty. */
function readRow(sheet: Worksheet, r: number, columns: HeaderColumn[]): ParsedRow | null {
  const cells = sheet.getRow(r)
  const contents = columns.map((c) => ({ at: c, content: readCell(cells.getCell(c.index)) }))
  if (contents.every(({ content }) => content.kind === 'empty')) return null
  const result: ParsedRow = { row: r, values: {}, errors: [], warnings: [], ignored: null }

  const firstText = firstCellText(sheet, r)
  if (TOTAL_ROW.test(firstText) || contents.some(({ content }) => TOTAL_ROW.test(contentText(content)))) return { ...result, ignored: '合计行' }
  if (FOOTNOTE.test(firstText)) return { ...result, ignored: '表格下方的说明或签字行' }

  for (const { at, content } of contents) {
    if (content.kind === 'empty') continue
    readField(result, at, content)
  }
  const name = result.values.name ?? ''
  if (EXAMPLE_NAME.test(name)) return { ...result, errors: [], warnings: [], ignored: '模板中的示例行' }
  if (!name) result.errors.unshift('姓名为空')
  checkFields(result, columns)
  return result
}

/** The row's first non-empty cell, in any column: 合计 and 填表人 usually stand at the left. */
function firstCellText(sheet: Worksheet, r: number): string {
  const cells = sheet.getRow(r)
  for (let c = 1; c <= Math.min(cells.cellCount, 30); c++) {
    const text = contentText(readCell(cells.getCell(c)))
    if (text) return text
  }
  return ''
}

const where = (at: HeaderColumn) => `${at.header}（${at.letter}列）`
const NOT_IMPORTED = '，未导入该项'

function readField(row: ParsedRow, at: HeaderColumn, content: CellContent): void {
  const column = at.column!
  const field = column.field
  const text = contentText(content)
  const warn = (message: string) => void row.warnings.push(`${where(at)}：${message}`)
  // Only the name is required: an unreadable value elsewhere is left out, and said so.
  const error = (message: string) => (field === 'name' ? void row.errors.push(`${where(at)}：${message}`) : warn(`${message}${NOT_IMPORTED}`))
  const set = (value: ImportedFields[ColumnField]) => void ((row.values as Record<string, unknown>)[field] = value)
  if (content.kind === 'error') return error(`单元格是公式错误值${text}，请修正`)

  switch (column.kind) {
    case 'text':
      return set(field === 'name' ? tidyName(text) : text.replace(/\s+/g, ' '))
    case 'longText':
      return set(text.replace(/\r\n?/g, '\n'))
    case 'date': {
      const parsed = readDate(content, at)
      if (!parsed.ok) return error(parsed.message)
      if (parsed.warning) warn(parsed.warning)
      return set(parsed.value)
    }
    case 'gender': {
      const gender = parseGender(text)
      return gender ? set(gender) : error(`无法识别“${text}”，应填“男”或“女”`)
    }
    case 'political': {
      const status = parsePoliticalStatus(text)
      if (!status) return error(`无法识别“${text}”，应为中共党员、预备党员、共青团员或群众`)
      if (status.note) warn(status.note)
      return set(status.value)
    }
    case 'yesNo': {
      const yes = parseYesNo(text)
      if (yes === null) warn(`无法识别“${text}”，按“否”导入（应填“是”或“否”）`)
      return set(yes ?? false)
    }
    case 'duty': {
      const duty = parseDutyStatus(text)
      if (!duty) warn(`无法识别“${text}”，按“在岗”导入`)
      return set(duty ?? 'onDuty')
    }
    case 'id':
      return readIdNumber(row, content, text, warn)
    case 'phone':
      return set(text.replace(/[\u3000]/g, ' ').replace(/\s*([/、,，;；])\s*/g, '$1'))
  }
}

/** Chinese names carry padding spaces for alignment ("张  三"); names in Latin letters keep single spaces. */
function tidyName(text: string): string {
  return /[\u3400-\u9fff\u{20000}-\u{3134f}]/u.test(text) ? text.replace(/[\s\u3000]+/g, '') : text.replace(/\s+/g, ' ')
}

/**
 * The cell's own format says whether it shows a day; cells with a built-in CJK format (ids 27-36,
 * 50-58) arrive without one, and then the header decides: 出生年月 means year and month.
 */
function readDate(content: CellContent, at: HeaderColumn): ParsedDate {
  const byHeader: DatePrecision = at.header.includes('年月') ? 'month' : 'day'
  switch (content.kind) {
    case 'date':
      return partialDateFromUtc(content.date, precisionOfFormat(content.numFmt) ?? byHeader)
    case 'number':
      return partialDateFromNumber(content.value, precisionOfFormat(content.numFmt) ?? byHeader)
    case 'bool':
      return { ok: false, message: '不是日期' }
    default:
      return parsePartialDate(contentText(content))
  }
}

/** `yyyy.mm` shows a month, `yyyy"年"m"月"d"日"` a day; null for formats that are not dates. */
function precisionOfFormat(numFmt: string | null): DatePrecision | null {
  if (!numFmt) return null
  const bare = numFmt.replace(/\[[^\]]*\]/g, '').replace(/"([^"]*)"/g, (_, quoted: string) => (quoted.includes('日') ? 'd' : ''))
  if (!/[ymd]/i.test(bare)) return null
  return /d/i.test(bare) ? 'day' : 'month'
}

function readIdNumber(row: ParsedRow, content: CellContent, text: string, warn: (message: string) => void): void {
  if (content.kind === 'number' && text.length >= 16) {
    return warn(`已被Excel存成数字（${text}），末尾几位已经丢失，未导入。请把该列设为“文本”格式后重新填写`)
  }
  const id = checkIdNumber(text)
  if (!id.ok) return warn(`“${text}”${id.message}${NOT_IMPORTED}`)
  row.values.idNumber = id.value
}

/**
 * The field to leave out when a cross-field check fails: the one the message is about, except that
 * 单位外人员 without 特约监督员 is settled by not taking the 单位外人员 mark (and a team is the
 * imported 所在班组).
 */
const DROPPED_FOR: Partial<Record<PersonIssue['field'], ColumnField>> = { isSupervisor: 'isOutsider', teamId: 'teamName' }

/** Cross-field checks and the schema's limits, with each message naming its column; see the rule at the top. */
function checkFields(row: ParsedRow, columns: HeaderColumn[]): void {
  const label = (field: string) => {
    const at = columns.find((c) => c.column?.field === field)
    return at ? where(at) : (PERSON_FIELD_LABELS as Record<string, string>)[field] ?? field
  }
  const v = row.values as Record<string, unknown>
  const drop = (field: string, message: string) => {
    delete v[field]
    row.warnings.push(`${label(field)}：${message}${NOT_IMPORTED}`)
  }
  const limits = personFieldsSchema.safeParse({ ...v, teamId: null, photo: null, teamName: undefined })
  for (const issue of limits.success ? [] : limits.error.issues) {
    const field = String(issue.path[0] ?? '')
    if (field === 'name') {
      if (v.name) row.errors.push(`${label(field)}：${issue.message}`)
    } else if (field in v) drop(field, issue.message)
  }
  if (typeof v.teamName === 'string' && v.teamName.length > 30) drop('teamName', '班组名称不超过30个字')

  // Leaving one value out can settle another check (入党时间 in the future and 转正时间 before it),
  // so check again after each; the warnings are those of the values finally imported.
  for (;;) {
    const issues = checkPerson({
      gender: row.values.gender ?? null,
      birth: row.values.birth ?? '',
      politicalStatus: row.values.politicalStatus ?? 'masses',
      joinedPartyOn: row.values.joinedPartyOn ?? '',
      fullMemberOn: row.values.fullMemberOn ?? '',
      idNumber: row.values.idNumber ?? '',
      teamId: row.values.teamName ? 'named' : null,
      isOutsider: row.values.isOutsider ?? false,
      isSupervisor: row.values.isSupervisor ?? false
    })
    const error = issues.find((issue) => issue.level === 'error')
    if (error) {
      const field = DROPPED_FOR[error.field] ?? error.field
      // Every error concerns a value the row gave, so this ends; the guard only keeps it so.
      if (!(field in v)) return void row.errors.push(`${label(field)}：${error.message}`)
      drop(field, error.message)
      continue
    }
    for (const issue of issues) row.warnings.push(`${label(issue.field === 'teamId' ? 'teamName' : issue.field)}：${issue.message}`)
    return
  }
}
