import ExcelJS from 'exceljs'
import type { ContestView } from '@shared/compete/contests/contract'
import type { ContestItem, SheetCells } from '@shared/compete/contests/model'
import { AppError } from '@shared/errors'
import { cellProblem } from '@shared/rules/contest-scoring'
import { parseCell } from '@shared/rules/contest-sheets'
import { contentText, readCell } from '../../excel/cells'
import { loadWorkbook } from '../../excel/open-workbook'

/*
 * A judge's score sheet as an xlsx the officer can fill in Excel or WPS: the entrants pre-filled
 * in the chosen order, one column per item with its maximum (and a validation that refuses more),
 * 合计 as a formula. Which contest, round and judge it is, and which entrant each row is, are kept
 * on a hidden sheet, so that sorted rows and a sheet chosen for the wrong judge are both caught.
 * A score sheet is a few hundred cells: it is read in main, behind open-workbook's guards.
 */

const ID_SHEET = '编号'
const FIRST_ROW = 4

interface SheetTarget {
  contest: ContestView
  roundId: string
  judgeId: string
  /** Entrant ids in the order the rows are printed. */
  order: string[]
}

const letter = (n: number) => String.fromCharCode(64 + n)

export async function sheetTemplate({ contest, roundId, judgeId, order }: SheetTarget): Promise<Uint8Array> {
  const round = contest.rounds.find((r) => r.id === roundId)!
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('评分表', { pageSetup: { paperSize: 9, orientation: contest.items.length > 5 ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } })
  const team = contest.entrantKind === 'team'
  const itemStart = team ? 3 : 4
  const lastCol = itemStart + contest.items.length + 1
  sheet.mergeCells(1, 1, 1, lastCol)
  sheet.getCell(1, 1).value = `${contest.name}评分表`
  sheet.getCell(1, 1).font = { bold: true, size: 16 }
  sheet.getCell(1, 1).alignment = { horizontal: 'center' }
  sheet.getCell(2, 1).value = `评委：${contest.judgeNames[judgeId]}${contest.rounds.length > 1 ? `　轮次：${round.name}` : ''}　（空白表示未评分，与0分不同；不要改动姓名和行的顺序以外的内容）`
  const header = ['序号', team ? '参赛班组' : '姓名', ...(team ? [] : ['所在班组']), ...contest.items.map((i) => `${i.name}（满分${i.max}）`), '合计']
  header.forEach((text, n) => {
    const cell = sheet.getCell(3, n + 1)
    cell.value = text
    cell.font = { bold: true }
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } }
  })
  const teamOf = (id: string) => contest.results.flatMap((r) => r.lines).find((l) => l.entrantId === id)?.teamName ?? ''
  const validations = (sheet as unknown as { dataValidations: { add(range: string, rule: object): void } }).dataValidations
  order.forEach((id, n) => {
    const row = FIRST_ROW + n
    sheet.getCell(row, 1).value = n + 1
    sheet.getCell(row, 2).value = contest.entrantNames[id]
    if (!team) sheet.getCell(row, 3).value = teamOf(id)
    const first = letter(itemStart)
    const last = letter(itemStart + contest.items.length - 1)
    const weights = contest.items.map((item, i) => `${letter(itemStart + i)}${row}*${item.weight}`).join('+')
    sheet.getCell(row, lastCol).value = { formula: `IF(COUNT(${first}${row}:${last}${row})=0,"",${weights})`, result: '' } as ExcelJS.CellFormulaValue
  })
  contest.items.forEach((item, i) => {
    const col = letter(itemStart + i)
    validations.add(`${col}${FIRST_ROW}:${col}${FIRST_ROW + order.length - 1}`, {
      type: 'decimal',
      operator: 'between',
      allowBlank: true,
      formulae: [0, item.max],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: '成绩超出范围',
      error: `${item.name}的成绩应在0至${item.max}之间`
    })
  })
  sheet.columns.forEach((column, n) => (column.width = n === 0 ? 6 : n < itemStart - 1 ? 14 : 12))
  sheet.getRow(3).height = 32
  const signRow = FIRST_ROW + order.length + 1
  sheet.getCell(signRow, 2).value = '评委签名：'
  sheet.getCell(signRow, itemStart).value = '日期：'

  const ids = workbook.addWorksheet(ID_SHEET, { state: 'veryHidden' })
  ids.getCell('A1').value = contest.id
  ids.getCell('B1').value = roundId
  ids.getCell('C1').value = judgeId
  contest.items.forEach((item, i) => (ids.getCell(2, i + 1).value = item.id))
  order.forEach((id, n) => (ids.getCell(FIRST_ROW + n, 1).value = id))
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

export interface ReadSheet {
  rows: { row: number; name: string; entrantId: string | null; cells: Record<string, number | null>; problems: string[] }[]
  problems: string[]
}

/** The filled-in template: each row's values checked against its item, and the file checked against the chosen sheet. */
export async function readSheetWorkbook(bytes: Uint8Array, target: Omit<SheetTarget, 'order'>): Promise<ReadSheet> {
  const workbook = await loadWorkbook(bytes)
  const { contest, roundId, judgeId } = target
  const ids = workbook.getWorksheet(ID_SHEET)
  const sheet = workbook.worksheets.find((w) => w.name !== ID_SHEET)!
  if (!ids) throw new AppError('BAD_FILE', '这不是从本软件下载的评分表模板：请先在“成绩录入”中下载该评委的模板，填好后再导入')
  const text = (cell: ExcelJS.Cell) => contentText(readCell(cell))
  if (text(ids.getCell('A1')) !== contest.id) throw new AppError('BAD_FILE', '这张评分表属于另一场比武竞赛，请选择本场竞赛的评分表')
  const judgeInFile = text(ids.getCell('C1'))
  if (text(ids.getCell('B1')) !== roundId || judgeInFile !== judgeId) {
    const named = contest.judgeNames[judgeInFile]
    throw new AppError('BAD_FILE', `这张评分表是${named ? `评委${named}` : '另一名评委'}${text(ids.getCell('B1')) !== roundId ? '另一轮次' : ''}的，与所选的评委${contest.judgeNames[judgeId]}不符`)
  }
  const itemIds: string[] = []
  for (let c = 1; text(ids.getCell(2, c)); c += 1) itemIds.push(text(ids.getCell(2, c)))
  const items = itemIds.map((id) => contest.items.find((i) => i.id === id))
  if (items.some((i) => !i) || items.length !== contest.items.length) throw new AppError('BAD_FILE', '评分项目已修改过，这张模板已过时：请重新下载模板')
  const round = contest.rounds.find((r) => r.id === roundId)!
  const itemStart = contest.entrantKind === 'team' ? 3 : 4
  const rows: ReadSheet['rows'] = []
  const seen = new Set<string>()
  for (let r = FIRST_ROW; text(ids.getCell(r, 1)); r += 1) {
    const entrantId = text(ids.getCell(r, 1))
    const name = text(sheet.getCell(r, 2))
    const problems: string[] = []
    const known = round.entrantIds.includes(entrantId) ? entrantId : null
    if (!known) problems.push('不是本轮的参赛者（可能已被移出）')
    else if (name && name !== contest.entrantNames[entrantId]) problems.push(`姓名与模板不符（应为${contest.entrantNames[entrantId]}），请勿调整行的顺序`)
    seen.add(entrantId)
    const cells: Record<string, number | null> = {}
    ;(items as ContestItem[]).forEach((item, i) => {
      const content = readCell(sheet.getCell(r, itemStart + i))
      const parsed = content.kind === 'number' ? { value: content.value, problem: null } : parseCell(content.kind === 'empty' ? '' : contentText(content))
      const problem = parsed.problem ? `${item.name}：${parsed.problem}` : parsed.value === null ? null : cellProblem(item, parsed.value)
      if (problem) problems.push(problem)
      cells[item.id] = problem ? null : parsed.value
    })
    rows.push({ row: r, name: name || contest.entrantNames[entrantId] || '', entrantId: known, cells, problems })
  }
  const missing = round.entrantIds.filter((id) => !seen.has(id)).map((id) => contest.entrantNames[id])
  return { rows, problems: missing.length ? [`模板中没有${missing.join('、')}（模板下载后才加入本轮）：请重新下载模板`] : [] }
}

/** Cells the import would change on the sheet as it is now (a blank written over a value counts). */
export function changedCells(current: SheetCells | undefined, rows: ReadSheet['rows']): number {
  let changed = 0
  for (const row of rows) {
    if (!row.entrantId) continue
    for (const [itemId, value] of Object.entries(row.cells)) if ((current?.[row.entrantId]?.[itemId] ?? null) !== value) changed += 1
  }
  return changed
}
