import ExcelJS, { type Worksheet } from 'exceljs'
import { GRADE_LABELS, GRADES } from '@shared/appraisal/model'
import { APPRAISAL_COMPONENT_LABELS, APPRAISAL_COMPONENT_STAGE, COUNTED_COMPONENTS, SCORED_COMPONENTS } from '@shared/model/appraisal-figure'
import { columnLetter } from '../excel/find-header'
import { BORDER, displayWidth } from '../excel/sheet-layout'
import type { AppraisalWorkbookData } from './workbook-data'

/*
 * The year-end appraisal workbook. Totals, composites, ranks and the 优秀 quota are formulas that
 * refer to the 权重与规则 sheet, so a weight changed in Excel, WPS or LibreOffice carries through;
 * each is written WITH the value the app computed, so the file reads right before any
 * recalculation (exceljs has no formula engine). Only functions all three have: IF, COUNT,
 * ISNUMBER, ROUND, RANK, SUM, INT. Written in the Excel worker.
 */

export const SUMMARY_SHEET = '汇总'
export const RULES_SHEET = '权重与规则'
const RULES = `'${RULES_SHEET}'`
const HEADER_ROW = 3
const FIRST_ROW = 4
/** Rules sheet: the scored components' weights in C4.., then the points per title/reward/penalty. */
const WEIGHT_ROW = (i: number) => 4 + i
const WEIGHT_TOTAL_ROW = 4 + SCORED_COMPONENTS.length
const POINTS_ROW = (i: number) => WEIGHT_TOTAL_ROW + 2 + i
const LINES_ROW = POINTS_ROW(COUNTED_COMPONENTS.length) + 1

const FONT = { name: '宋体', size: 11 }
const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFF2F2F2' } }

/*
 * The data cells' looks, one object each, given whole with `cell.style =`: exceljs files a style
 * it has seen (the same object) at once, where per-cell font/border/alignment made it compare a
 * new style for every cell, two thirds of a 1,000-person workbook's time. Never changed afterwards:
 * every cell of that look holds this very object.
 */
type CellStyle = Partial<ExcelJS.Style>
const look = (alignment: Partial<ExcelJS.Alignment>, numFmt?: string): CellStyle => ({ font: FONT, border: BORDER, alignment: { vertical: 'middle', ...alignment }, ...(numFmt ? { numFmt } : {}) })
const CENTRED = look({ horizontal: 'center' })
const CENTRED_SCORE = look({ horizontal: 'center' }, '0.0')
const LEFT = look({ horizontal: 'left' })
const NOTE = look({ horizontal: 'left', wrapText: true })
const WRAPPED = look({ wrapText: true })
const PLAIN = look({})
const PLAIN_DAY = look({}, 'yyyy-mm-dd')

/** An exceljs date for a calendar day: built in UTC, so Excel shows the same day in UTC+8. */
const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d))
}

const scoreColumns = SCORED_COMPONENTS.map((component, i) => ({ component, letter: columnLetter(5 + i) }))
const countColumns = COUNTED_COMPONENTS.map((component, i) => ({ component, letter: columnLetter(5 + SCORED_COMPONENTS.length + i) }))
const at = (offset: number) => columnLetter(5 + SCORED_COMPONENTS.length + COUNTED_COMPONENTS.length + offset)
const COL = { weighted: at(0), points: at(1), composite: at(2), rank: at(3), suggestion: at(4), decision: at(5), note: at(6) }

const SUMMARY_HEADERS = [
  '序号',
  '姓名',
  '班组',
  '政治面貌',
  ...SCORED_COMPONENTS.map((c) => `${APPRAISAL_COMPONENT_LABELS[c]}（${APPRAISAL_COMPONENT_STAGE[c]}）`),
  ...COUNTED_COMPONENTS.map((c) => `${APPRAISAL_COMPONENT_LABELS[c]}（次）`),
  '加权得分',
  '加减分',
  '综合得分',
  '排名',
  '建议等次',
  '评定等次',
  '说明'
]

/** The formulas of one summary row, as text; `last` is the last data row (for RANK). */
export function rowFormulas(r: number, last: number) {
  const terms = scoreColumns.map(({ letter }, i) => `${letter}${r}*${RULES}!$C$${WEIGHT_ROW(i)}`).join('+')
  const shares = scoreColumns.map(({ letter }, i) => `IF(ISNUMBER(${letter}${r}),${RULES}!$C$${WEIGHT_ROW(i)},0)`).join('+')
  const first = scoreColumns[0].letter
  const lastScore = scoreColumns[scoreColumns.length - 1].letter
  const points = countColumns.map(({ letter }, i) => `${i === COUNTED_COMPONENTS.indexOf('penalty') ? '-' : '+'}${letter}${r}*${RULES}!$C$${POINTS_ROW(i)}`).join('')
  return {
    weighted: `IF(COUNT(${first}${r}:${lastScore}${r})=0,"",ROUND((${terms})/(${shares}),1))`,
    points: `ROUND(${points.replace(/^\+/, '')},1)`,
    composite: `IF(ISNUMBER(${COL.weighted}${r}),ROUND(${COL.weighted}${r}+${COL.points}${r},1),"")`,
    rank: `IF(ISNUMBER(${COL.composite}${r}),RANK(${COL.composite}${r},$${COL.composite}$${FIRST_ROW}:$${COL.composite}$${last}),"")`
  }
}

const blankOr = (value: number | null) => (value === null ? '' : value)

const SCORED_LETTERS = new Set([...scoreColumns.map((s) => s.letter), COL.weighted, COL.points, COL.composite])
/** The look of each summary column's data cells, in column order. */
const SUMMARY_LOOKS = SUMMARY_HEADERS.map((_, i) => {
  const letter = columnLetter(i + 1)
  if (letter === COL.note) return NOTE
  if (letter === 'C') return LEFT
  return SCORED_LETTERS.has(letter) ? CENTRED_SCORE : CENTRED
})

function writeSummary(book: ExcelJS.Workbook, data: AppraisalWorkbookData) {
  const sheet = book.addWorksheet(SUMMARY_SHEET, { properties: { defaultRowHeight: 20 } })
  const width = SUMMARY_HEADERS.length
  const lastCol = columnLetter(width)
  sheet.mergeCells(`A1:${lastCol}1`)
  Object.assign(sheet.getCell('A1'), { value: `${data.unitName}${data.year}年度党员年终评优汇总表` })
  sheet.getCell('A1').font = { name: '宋体', size: 16, bold: true }
  sheet.getCell('A1').alignment = { horizontal: 'center', vertical: 'middle' }
  sheet.getRow(1).height = 30
  sheet.mergeCells(`A2:${lastCol}2`)
  const share = data.config.excellentShare
  sheet.getCell('A2').value =
    `综合得分 = 各项得分按「${RULES_SHEET}」表的权重加权（某项没有得分时，其权重由其余各项分担）+ 加减分。` +
    `优秀不超过参评人数的${share.numerator}/${share.denominator}（向下取整），本年度参评${data.graded}人，优秀名额${data.quota}名。` +
    `名单按${data.nameOrder}排列。${data.status}。导出日期：${data.today}`
  sheet.getCell('A2').font = { ...FONT, size: 10 }
  sheet.getCell('A2').alignment = { wrapText: true, vertical: 'middle' }
  sheet.getRow(2).height = 34

  const header = sheet.getRow(HEADER_ROW)
  SUMMARY_HEADERS.forEach((text, i) => {
    const cell = header.getCell(i + 1)
    cell.value = text
    cell.font = { ...FONT, bold: true }
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
    cell.fill = HEADER_FILL
    cell.border = BORDER
  })
  header.height = 36

  const last = FIRST_ROW + Math.max(data.rows.length, 1) - 1
  data.rows.forEach((row, i) => {
    const r = FIRST_ROW + i
    const f = rowFormulas(r, last)
    const values: Record<string, ExcelJS.CellValue> = {
      A: i + 1,
      B: row.name,
      C: row.teamName,
      D: row.status,
      [COL.weighted]: { formula: f.weighted, result: blankOr(row.weighted) },
      [COL.points]: { formula: f.points, result: row.points },
      [COL.composite]: { formula: f.composite, result: blankOr(row.composite) },
      [COL.rank]: { formula: f.rank, result: blankOr(row.rank) },
      [COL.suggestion]: row.suggestion || null,
      [COL.decision]: row.decision || null,
      [COL.note]: row.note || null
    }
    for (const { component, letter } of scoreColumns) values[letter] = row.scores[component]
    for (const { component, letter } of countColumns) values[letter] = row.counts[component]
    const line = sheet.getRow(r)
    for (let c = 1; c <= width; c++) {
      const letter = columnLetter(c)
      const cell = line.getCell(c)
      cell.value = values[letter] ?? null
      cell.style = SUMMARY_LOOKS[c - 1]
    }
  })

  const validations = (sheet as unknown as { dataValidations: { add(range: string, rule: object): void } }).dataValidations
  validations.add(`${COL.decision}${FIRST_ROW}:${COL.decision}${last}`, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${GRADES.map((g) => GRADE_LABELS[g]).join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: '请从下拉列表中选择',
    error: `可填：${GRADES.map((g) => GRADE_LABELS[g]).join('、')}`
  })
  const colours: Record<string, string> = { 优秀: 'FFC6EFCE', 基本合格: 'FFFFEB9C', 不合格: 'FFFFC7CE' }
  sheet.addConditionalFormatting({
    ref: `${COL.suggestion}${FIRST_ROW}:${COL.decision}${last}`,
    rules: Object.entries(colours).map(([text, argb], priority) => ({
      type: 'cellIs',
      operator: 'equal',
      formulae: [`"${text}"`],
      priority: priority + 1,
      style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb } } }
    }))
  })

  const widths: Record<string, number> = { A: 6, B: 10, C: 14, D: 10, [COL.note]: 36 }
  for (let c = 1; c <= width; c++) {
    const letter = columnLetter(c)
    const longest = Math.max(...data.rows.map((row) => displayWidth(String(letter === 'B' ? row.name : letter === 'C' ? row.teamName : ''))), 0)
    sheet.getColumn(c).width = Math.max(widths[letter] ?? 9, longest + 2)
  }
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: HEADER_ROW }]
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `1:${HEADER_ROW}`,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 }
  }
  sheet.headerFooter = { oddFooter: '&C第 &P 页 共 &N 页' }
}

function writeRules(book: ExcelJS.Workbook, data: AppraisalWorkbookData) {
  const sheet = book.addWorksheet(RULES_SHEET)
  sheet.mergeCells('A1:D1')
  sheet.getCell('A1').value = `${data.year}年度年终评优权重与规则`
  sheet.getCell('A1').font = { name: '宋体', size: 14, bold: true }
  sheet.getCell('A1').alignment = { horizontal: 'center' }
  sheet.mergeCells('A2:D2')
  sheet.getCell('A2').value = '修改C列的权重或分值，「汇总」表的加权得分、综合得分和排名随之重新计算。'
  const head = sheet.getRow(3)
  ;['项目', '所属', '权重（%）/ 每项分值', '说明'].forEach((text, i) => {
    const cell = head.getCell(i + 1)
    cell.value = text
    cell.font = { ...FONT, bold: true }
    cell.fill = HEADER_FILL
    cell.border = BORDER
  })
  const line = (r: number, cells: ExcelJS.CellValue[]) => {
    cells.forEach((value, i) => {
      const cell = sheet.getCell(r, i + 1)
      cell.value = value
      cell.font = FONT
      cell.border = BORDER
    })
  }
  SCORED_COMPONENTS.forEach((c, i) =>
    line(WEIGHT_ROW(i), [APPRAISAL_COMPONENT_LABELS[c], APPRAISAL_COMPONENT_STAGE[c], data.config.weights[c], '该项得分0–100；没有得分时其权重由其余各项分担'])
  )
  const total = SCORED_COMPONENTS.reduce((sum, c) => sum + data.config.weights[c], 0)
  line(WEIGHT_TOTAL_ROW, ['权重合计', '', { formula: `SUM(C${WEIGHT_ROW(0)}:C${WEIGHT_ROW(SCORED_COMPONENTS.length - 1)})`, result: total }, '应为100'])
  sheet.getCell(`A${WEIGHT_TOTAL_ROW + 1}`).value = '加减分'
  sheet.getCell(`A${WEIGHT_TOTAL_ROW + 1}`).font = { ...FONT, bold: true }
  COUNTED_COMPONENTS.forEach((c, i) =>
    line(POINTS_ROW(i), [APPRAISAL_COMPONENT_LABELS[c], APPRAISAL_COMPONENT_STAGE[c], data.config.points[c], c === 'penalty' ? '每次减去的分数' : '每项（次）加的分数'])
  )
  const { lines, excellentShare } = data.config
  const quotaRow = LINES_ROW + 6
  const rules: ExcelJS.CellValue[][] = [
    ['优秀分数线', '', lines.excellent, '综合得分达到此分数且在优秀名额内，建议优秀'],
    ['合格分数线', '', lines.qualified, ''],
    ['基本合格分数线', '', lines.basic, '低于此分数建议不合格'],
    ['优秀比例（分子）', '', excellentShare.numerator, ''],
    ['优秀比例（分母）', '', excellentShare.denominator, ''],
    ['参评人数（正式党员）', '', data.graded, '预备党员参加评议，不评定等次'],
    ['优秀名额', '', { formula: `INT(C${quotaRow - 1}*C${quotaRow - 3}/C${quotaRow - 2})`, result: data.quota }, '参评人数×比例，向下取整']
  ]
  rules.forEach((cells, i) => line(LINES_ROW + i, cells))
  sheet.getCell(`A${quotaRow + 2}`).value = '导出日期'
  sheet.getCell(`C${quotaRow + 2}`).value = day(data.today)
  sheet.getCell(`C${quotaRow + 2}`).numFmt = 'yyyy-mm-dd'
  sheet.getColumn(1).width = 22
  sheet.getColumn(2).width = 8
  sheet.getColumn(3).width = 20
  sheet.getColumn(4).width = 48
  sheet.pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
}

function writeComponent(book: ExcelJS.Workbook, figures: AppraisalWorkbookData['figures'][number]) {
  const sheet = book.addWorksheet(figures.label)
  const headers = ['序号', '姓名', '班组', figures.counted ? '次数' : '得分', '说明', '来源记录', '日期']
  sheet.mergeCells('A1:G1')
  sheet.getCell('A1').value = `${figures.label}：各人的原始数据及来源`
  sheet.getCell('A1').font = { name: '宋体', size: 14, bold: true }
  headers.forEach((text, i) => {
    const cell = sheet.getCell(2, i + 1)
    cell.value = text
    cell.font = { ...FONT, bold: true }
    cell.fill = HEADER_FILL
    cell.border = BORDER
  })
  figures.entries.forEach((entry, i) => {
    const values: ExcelJS.CellValue[] = [i + 1, entry.name, entry.teamName, entry.value, entry.detail, entry.sources, entry.on ? day(entry.on) : null]
    values.forEach((value, c) => {
      const cell = sheet.getCell(3 + i, c + 1)
      cell.value = value
      cell.style = c === 6 ? PLAIN_DAY : c === 4 || c === 5 ? WRAPPED : PLAIN
    })
  })
  if (!figures.entries.length) sheet.getCell('A3').value = '本年度没有这一项的记录'
  ;[6, 10, 14, 8, 40, 40, 12].forEach((w, i) => (sheet.getColumn(i + 1).width = w))
  sheet.views = [{ state: 'frozen', ySplit: 2 }]
  sheet.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' }
}

export async function appraisalWorkbookBytes(data: AppraisalWorkbookData): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook()
  book.creator = '三亮三比三评工作台'
  book.created = day(data.today)
  writeSummary(book, data)
  writeRules(book, data)
  for (const figures of data.figures) writeComponent(book, figures)
  book.calcProperties.fullCalcOnLoad = true
  return new Uint8Array(await book.xlsx.writeBuffer())
}
