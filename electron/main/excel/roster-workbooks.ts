import ExcelJS, { type Worksheet } from 'exceljs'
import {
  DUTY_STATUS_LABELS,
  EDUCATION_CHOICES,
  GENDER_LABELS,
  POLITICAL_STATUS_LABELS,
  type Person,
  type Team
} from '@shared/roster/model'
import { formatPartialDate, partialDateParts } from '@shared/rules/partial-date'
import { columnLetter } from './find-header'
import { ROSTER_COLUMNS, type ColumnKind, type RosterColumn } from './roster-columns'
import { BORDER, fitColumnWidths, writeTitleAndHeader, type LayoutColumn } from './sheet-layout'

/*
 * The roster workbooks the app writes: the import template and the export. Both use the import's
 * columns, so an exported roster can be imported again unchanged. Written in the Excel worker
 * (excel-thread.ts): a large roster keeps a JS thread busy for a second or more.
 */

const layout = (c: RosterColumn): LayoutColumn => ({ header: c.header, width: c.width, wrap: c.kind === 'longText' })
const LAYOUT = ROSTER_COLUMNS.map(layout)

type CellOut = { value: ExcelJS.CellValue; numFmt?: string; shown: string }

const text = (value: string): CellOut => ({ value: value || null, shown: value })

/** exceljs writes a Date's UTC fields, so the calendar date is built in UTC (RECIPE: the UTC trap). */
function dateCell(value: string): CellOut {
  const parts = partialDateParts(value)
  if (!parts) return text('')
  return {
    value: new Date(Date.UTC(parts.year, parts.month - 1, parts.day ?? 1)),
    numFmt: parts.day === null ? 'yyyy.mm' : 'yyyy.mm.dd',
    shown: formatPartialDate(value)
  }
}

function personCell(person: Person, column: RosterColumn, teamNames: Map<string, string>): CellOut {
  if (column.field === 'teamName') return text(person.teamId ? (teamNames.get(person.teamId) ?? '') : '')
  const value = person[column.field]
  const byKind: Record<ColumnKind, () => CellOut> = {
    text: () => text(String(value ?? '')),
    longText: () => text(String(value ?? '')),
    id: () => text(String(value ?? '')),
    phone: () => text(String(value ?? '')),
    date: () => dateCell(String(value ?? '')),
    gender: () => text(person.gender ? GENDER_LABELS[person.gender] : ''),
    political: () => text(POLITICAL_STATUS_LABELS[person.politicalStatus]),
    yesNo: () => text(value ? '是' : '否'),
    duty: () => text(DUTY_STATUS_LABELS[person.dutyStatus])
  }
  return byKind[column.kind]()
}

function writeRow(sheet: Worksheet, r: number, cells: CellOut[]): void {
  const row = sheet.getRow(r)
  cells.forEach((out, i) => {
    const cell = row.getCell(i + 1)
    cell.value = out.value
    if (out.numFmt) cell.numFmt = out.numFmt
    cell.border = BORDER
    cell.alignment = { vertical: 'middle', wrapText: LAYOUT[i].wrap }
  })
}

/** Text format for columns where Excel would otherwise mangle what is typed (IDs, phones, `1990.10`). */
function keepTyping(sheet: Worksheet): void {
  ROSTER_COLUMNS.forEach((column, i) => {
    if (column.kind === 'id' || column.kind === 'phone' || column.kind === 'date') sheet.getColumn(i + 1).numFmt = '@'
  })
}

/** What the export needs from the database: little enough to hand to the worker. */
export interface RosterSnapshot {
  unitName: string
  /** Active people and teams, teams in their order. */
  people: Person[]
  teams: Team[]
}

const xlsxBytes = async (workbook: ExcelJS.Workbook) => new Uint8Array(await workbook.xlsx.writeBuffer())

export async function buildRosterExport({ unitName, people: active, teams }: RosterSnapshot): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('花名册')
  writeTitleAndHeader(sheet, `${unitName}人员花名册`, LAYOUT)
  const teamNames = new Map(teams.map((t) => [t.id, t.name]))
  const teamOrder = new Map(teams.map((t, i) => [t.id, i]))
  const people = [...active].sort(
    (a, b) => (teamOrder.get(a.teamId ?? '') ?? 1e9) - (teamOrder.get(b.teamId ?? '') ?? 1e9) || Number(b.isLeader) - Number(a.isLeader)
  )
  const shown: string[][] = []
  people.forEach((person, i) => {
    const cells = ROSTER_COLUMNS.map((column) => personCell(person, column, teamNames))
    writeRow(sheet, i + 3, cells)
    shown.push(cells.map((c) => c.shown))
  })
  fitColumnWidths(sheet, LAYOUT, shown)
  return workbook
}

export const rosterExportBytes = async (roster: RosterSnapshot) => xlsxBytes(await buildRosterExport(roster))

const TEMPLATE_ROWS = 2000

const INSTRUCTIONS = [
  '填写说明',
  '1. 第2行是表头，请勿修改；从第3行起每行填写一人。第3行是示例，可以删除，保留也不会被导入。',
  '2. 只有“姓名”必填，其余各项可以空着，以后在软件中补充。',
  '3. 日期可写成“1990.05”“1990-05-12”“2012年6月”等形式，只知道年月时写到月即可。',
  '4. 身份证号请按文本填写（本模板已设好），否则Excel会把18位号码末尾几位变成0。',
  '5. 性别、政治面貌、是否领导干部等列可从下拉框选择；“所在班组”可选已有班组，也可填写新班组名称，导入时自动新建。',
  '6. 单位外的特约监督员：“是否特约监督员”“是否单位外人员”都填“是”，“所在班组”空着。',
  '7. 也可以直接导入单位已有的花名册：软件会自动识别表头位置和常见的列名（如“出生日期”“手机”）。'
]

function templateExample(): CellOut[] {
  const example: Record<string, string> = {
    name: '示例：王小明',
    gender: '男',
    ethnicity: '汉族',
    birth: '1990.05',
    education: '大学本科',
    politicalStatus: '中共党员',
    joinedPartyOn: '2012.06',
    fullMemberOn: '2013.06',
    adminPost: '科员',
    post: '综合受理',
    duties: '负责窗口咨询、收件和出件',
    teamName: '综合受理窗口',
    phone: '13800000000',
    isLeader: '否',
    isSupervisor: '否',
    isOutsider: '否',
    dutyStatus: '在岗'
  }
  return ROSTER_COLUMNS.map((c) => text(example[c.field] ?? ''))
}

/** Dropdown lists live on a hidden sheet, so long lists (team names) are not limited to 255 characters. */
function addDropdowns(workbook: ExcelJS.Workbook, sheet: Worksheet, teamNames: string[]): void {
  const options = workbook.addWorksheet('选项', { state: 'hidden' })
  const lists: { kind: ColumnKind | 'education' | 'team'; values: string[]; strict: boolean }[] = [
    { kind: 'gender', values: Object.values(GENDER_LABELS), strict: true },
    { kind: 'political', values: Object.values(POLITICAL_STATUS_LABELS), strict: true },
    { kind: 'yesNo', values: ['是', '否'], strict: true },
    { kind: 'duty', values: Object.values(DUTY_STATUS_LABELS), strict: true },
    { kind: 'education', values: [...EDUCATION_CHOICES], strict: false },
    { kind: 'team', values: teamNames, strict: false }
  ]
  const validations = (sheet as unknown as { dataValidations: { add(range: string, rule: object): void } }).dataValidations
  lists.forEach((list, i) => {
    if (!list.values.length) return
    const letter = columnLetter(i + 1)
    list.values.forEach((value, r) => (options.getCell(`${letter}${r + 1}`).value = value))
    const source = `'选项'!$${letter}$1:$${letter}$${list.values.length}`
    ROSTER_COLUMNS.forEach((column, c) => {
      const matches = list.kind === 'education' ? column.field === 'education' : list.kind === 'team' ? column.field === 'teamName' : column.kind === list.kind
      if (!matches) return
      const col = columnLetter(c + 1)
      validations.add(`${col}3:${col}${TEMPLATE_ROWS}`, {
        type: 'list',
        allowBlank: true,
        formulae: [source],
        showErrorMessage: list.strict,
        errorStyle: 'stop',
        errorTitle: '请从下拉列表中选择',
        error: `可填：${list.values.join('、')}`
      })
    })
  })
}

/** `teamNames`: the active teams, offered in the 所在班组 dropdown. */
export async function buildRosterTemplate(teamNames: string[]): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('花名册')
  writeTitleAndHeader(sheet, '人员花名册', LAYOUT)
  sheet.getRow(2).getCell(1).font = { name: '宋体', size: 11, bold: true, color: { argb: 'FFC00000' } }
  keepTyping(sheet)
  const example = templateExample()
  writeRow(sheet, 3, example)
  sheet.getRow(3).font = { italic: true, color: { argb: 'FF808080' } }
  fitColumnWidths(sheet, LAYOUT, [example.map((c) => c.shown)])
  addDropdowns(workbook, sheet, teamNames)
  const help = workbook.addWorksheet('填写说明')
  INSTRUCTIONS.forEach((line, i) => {
    const cell = help.getCell(`A${i + 1}`)
    cell.value = line
    cell.font = { name: '宋体', size: 11, bold: i === 0 }
    cell.alignment = { wrapText: true, vertical: 'top' }
  })
  help.getColumn(1).width = 100
  return workbook
}

export const rosterTemplateBytes = async (teamNames: string[]) => xlsxBytes(await buildRosterTemplate(teamNames))
