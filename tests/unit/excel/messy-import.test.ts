import { readFile } from 'node:fs/promises'
import type ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportPreview } from '@shared/roster/contract'
import { idCheckChar } from '@shared/rules/id-number'
import { loadWorkbook } from '../../../electron/main/excel/open-workbook'
import { readRoster } from '../../../electron/main/excel/read-roster'
import { createTestBackend, type TestBackend } from '../../support/backend'
import { applyBuiltinDateFormat, createWorkbook, getImportRow, previewImport } from '../../support/workbooks'

const validId = (first17: string) => first17 + idCheckChar(first17)
const ID_ZHANG = validId('11010119900307123') // male, born 1990-03-07
const ID_LI = validId('44030419851122002') // female, born 1985-11-22

let backend: TestBackend
beforeEach(async () => {
  backend = await createTestBackend({ now: () => new Date(2026, 5, 1) })
})
afterEach(() => backend.dispose())

const list = () => backend.call('roster:list')

/** How many rows reading the roster out of `workbook` asks its sheets for (as the Excel worker reads it). */
function rowsAskedFor(workbook: ExcelJS.Workbook): number {
  let asked = 0
  for (const sheet of workbook.worksheets) {
    const getRow = sheet.getRow.bind(sheet)
    sheet.getRow = (r: number) => (asked++, getRow(r))
  }
  readRoster(workbook)
  return asked
}

/**
 * A roster as units really keep them: a title and a date line above, a two-row header with group
 * labels and vertically merged names, columns in their own order under synonyms, a team merged
 * down its rows, a 合计 row and a signature line under the table.
 */
async function handMadeRoster(): Promise<Buffer> {
  const bytes = await createWorkbook((s) => {
    s.mergeCells('A1:I1')
    s.getCell('A1').value = '青川县某局2025年度职工花名册'
    s.getCell('A2').value = '填报日期:2025年3月'
    // Two-row header: group labels on row 3, column names on row 4; 序号 and 姓名 span both rows.
    for (const [col, label] of [['A', '序号'], ['B', '姓名'], ['I', '备注']]) {
      s.mergeCells(`${col}3:${col}4`)
      s.getCell(`${col}3`).value = label
    }
    s.mergeCells('C3:E3')
    s.getCell('C3').value = '基本情况'
    s.mergeCells('F3:H3')
    s.getCell('F3').value = '工作及党员信息'
    const lower = ['出生日期', '性别', '身份证号码', '所在部门', '政治面貌', '手机']
    lower.forEach((label, i) => (s.getCell(4, 3 + i).value = label))

    const rows: unknown[][] = [
      [1, { richText: [{ text: '张' }, { text: '　三 ', font: { bold: true } }] }, '1990.03', '男', ID_ZHANG, '综合窗口', '中共党员', 13800000001, ''],
      [2, '李四 ', '2012年6月', '女 ', 440304198511220020, null, '预备党员', '13800000002', ''],
      [3, '王五', '1978-11-02', '男', '110101197811020000', null, '共青团员', '', '借调'],
      [], // an empty row in the middle
      [4, '赵六', 19850701, '女', ID_LI.toLowerCase(), '不动产窗口', '民盟盟员', '0571-8888 8888', ''],
      [5, '钱七', '九零年', '男', '', '不动产窗口', '党员', '', ''],
      [6, '孙八', '1990.05', '男', '', '不动产窗口', '无党派', '', ''],
      ['合计', '6人'],
      ['填表人:刘某某   审核人:陈某某'],
      [null, '说明：本表由人事科提供'] // full-width colon, as typed in Chinese Excel
    ]
    rows.forEach((values, i) => values.forEach((v, j) => v !== null && (s.getCell(5 + i, 1 + j).value = v as never)))
    // 所在部门 merged down rows 6-7 (李四, 王五) under a master value.
    s.mergeCells('F6:F7')
    s.getCell('F6').value = '综合窗口'
  })
  return bytes
}

describe('importing a hand-made roster', () => {
  let result: ImportPreview
  beforeEach(async () => {
    result = await previewImport(backend, await handMadeRoster())
  })

  it('finds the two-row header under the title and maps synonyms in any order', () => {
    expect(result.headerRows).toEqual([3, 4])
    const field = (header: string) => result.columns.find((c) => c.header === header)?.field
    expect(field('出生日期')).toBe('birth')
    expect(field('手机')).toBe('phone')
    expect(field('所在部门')).toBe('teamName')
    expect(field('身份证号码')).toBe('idNumber')
    expect(field('姓名')).toBe('name')
    expect(result.columns.some((c) => c.header === '序号')).toBe(false)
  })

  it('lists every row with something in a known column, by its Excel row number', () => {
    // Row 8 is empty, and row 13 has text only under 序号: neither is a person nor worth a line.
    expect(result.rows.map((r) => r.row)).toEqual([5, 6, 7, 9, 10, 11, 12, 14])
  })

  it('cleans rich text, full-width and trailing spaces from names', () => {
    expect(result.rows[0].name).toBe('张三')
    expect(result.rows[1].name).toBe('李四')
    expect(result.rows[1].values.gender).toBe('女')
  })

  it('reads dates written in the usual ways', () => {
    expect(getImportRow(result, '张三').values.birth).toBe('1990-03')
    expect(getImportRow(result, '李四').values.birth).toBe('2012-06')
    expect(getImportRow(result, '王五').values.birth).toBe('1978-11-02')
    expect(getImportRow(result, '赵六').values.birth).toBe('1985-07-01')
    expect(getImportRow(result, '孙八').values.birth).toBe('1990-05')
  })

  it('names row and column for an unreadable date, and imports the row without it (issue #8: only 姓名 is required)', () => {
    const row = getImportRow(result, '钱七')
    expect(row.errors).toEqual([])
    expect(row.warnings.join()).toContain('出生日期（C列）：无法识别“九零年”，请写成“1990.05”或“1990-05-12”，未导入该项')
    expect(row.values.birth).toBe('')
    expect(row.values.teamName).toBe('不动产窗口')
    expect(row.action).toBe('new')
    expect(row.choices).toEqual(['new', 'skip'])
  })

  it('flags an 18-digit ID stored as a number as damaged and a wrong check digit, importing neither', () => {
    const li = getImportRow(result, '李四')
    expect(li.warnings.join()).toMatch(/身份证号码（E列）：已被Excel存成数字.*末尾几位已经丢失/)
    expect(li.values.idNumber).toBe('')
    const wang = getImportRow(result, '王五')
    expect(wang.warnings.join()).toContain('校验位不正确')
    expect(wang.values.idNumber).toBe('')
    expect(getImportRow(result, '赵六').values.idNumber).toBe(ID_LI)
  })

  it('gives merged cells their master value in every row they cover', () => {
    expect(getImportRow(result, '李四').values.teamName).toBe('综合窗口')
    expect(getImportRow(result, '王五').values.teamName).toBe('综合窗口')
  })

  it('reads political status words and warns when one is taken as 群众', () => {
    expect(getImportRow(result, '赵六').values.politicalStatus).toBe('群众')
    expect(getImportRow(result, '赵六').warnings.join()).toContain('民盟盟员')
    expect(getImportRow(result, '孙八').values.politicalStatus).toBe('群众')
    expect(getImportRow(result, '王五').values.politicalStatus).toBe('共青团员')
  })

  it('lists 合计 and signature rows as skipped, not as errors', () => {
    const total = result.rows.find((r) => r.row === 12)!
    expect(total.action).toBe('skip')
    expect(total.errors).toEqual([])
    expect(total.warnings.join()).toContain('合计')
    expect(result.rows.find((r) => r.row === 14)).toMatchObject({ action: 'skip', errors: [] })
    expect(result.summary).toMatchObject({ rows: 8, new: 6, update: 0, skip: 2, errors: 0 })
  })

  it('announces the teams it will create and writes nothing before the commit', async () => {
    expect(result.notices.join()).toContain('将新建班组：综合窗口（3人）、不动产窗口（3人）')
    expect((await list()).people).toHaveLength(0)
  })

  it('imports the proposed rows on commit, creating the teams', async () => {
    const done = await backend.call('roster:importCommit', { id: result.id, choices: [] })
    expect(done.added).toBe(6)
    expect(done.teamsCreated).toEqual(['综合窗口', '不动产窗口'])
    const people = (await list()).people
    const zhang = people.find((p) => p.name === '张三')!
    expect(zhang).toMatchObject({ idNumber: ID_ZHANG, birth: '1990-03', teamName: '综合窗口', phone: '13800000001', politicalStatus: 'member' })
    expect(people.find((p) => p.name === '王五')).toMatchObject({ teamName: '综合窗口', note: '借调' })
  })
})

describe('dates in CJK built-in formats and numbers', () => {
  it('reads serial numbers under format ids 57 (年月) and 31 (年月日), and a typed 1990.10 stored as 1990.1', async () => {
    let bytes = await createWorkbook((s) => {
      s.addRow(['姓名', '出生年月', '入党日期', '转正时间', '政治面貌'])
      const row = s.addRow(['周一', new Date(Date.UTC(1960, 4, 1)), new Date(Date.UTC(1989, 5, 18)), 1990.1, '中共党员'])
      row.getCell(2).numFmt = 'yyyy"年"m"月"'
      row.getCell(3).numFmt = 'yyyy"年"m"月"d"日"'
      const wps = s.addRow(['周二', 36526, '2012-6-1'])
      wps.getCell(2).numFmt = 'yyyy"年"m"月"'
    })
    bytes = await applyBuiltinDateFormat(bytes, 'yyyy"年"m"月"', 57)
    bytes = await applyBuiltinDateFormat(bytes, 'yyyy"年"m"月"d"日"', 31)
    const result = await previewImport(backend, bytes)
    const one = getImportRow(result, '周一')
    expect(one.values.birth).toBe('1960-05')
    expect(one.errors).toEqual([])
    const commit = await backend.call('roster:importCommit', { id: result.id })
    expect(commit).toMatchObject({ added: 2 })
    const people = (await list()).people
    expect(people.find((p) => p.name === '周一')).toMatchObject({ joinedPartyOn: '1989-06-18', fullMemberOn: '1990-10' })
    expect(one.warnings).toHaveLength(1)
    expect(one.warnings[0]).toContain('转正时间（D列）：“1990.1”按1990年10月导入')
    const two = getImportRow(result, '周二')
    expect(two.values.birth).toBe('2000-01')
  })
})

describe('matching people already on the roster', () => {
  beforeEach(async () => {
    await backend.call('roster:savePerson', { name: '张三', idNumber: ID_ZHANG, birth: '1990-03', note: '原有备注' })
    await backend.call('roster:savePerson', { name: '李四', birth: '2012-06', phone: '010-1234567' })
  })

  it('proposes update by 身份证号 or 姓名+出生年月, skips a second row of the same person, and keeps fields the file leaves empty', async () => {
    const bytes = await createWorkbook((s) => {
      s.addRow(['姓名', '出生年月', '身份证号', '联系电话', '岗位'])
      s.addRow(['张三', '1990.03', ID_ZHANG, '', '综合受理'])
      s.addRow(['李四', '2012.06', '', '13900000000', '窗口'])
      s.addRow(['张三', '1990.03', ID_ZHANG, '', '重复行'])
      s.addRow(['王五', '1980.01', '', '', ''])
    })
    const result = await previewImport(backend, bytes)
    expect(getImportRow(result, '张三')).toMatchObject({ action: 'update', choices: ['update', 'skip'], match: { by: 'idNumber' } })
    expect(getImportRow(result, '李四')).toMatchObject({ action: 'update', match: { by: 'nameBirth' } })
    const second = result.rows.find((r) => r.row === 4)!
    expect(second.action).toBe('skip')
    expect(second.warnings.join()).toContain('与第2行是同一人')
    expect(getImportRow(result, '王五').action).toBe('new')

    const done = await backend.call('roster:importCommit', {
      id: result.id,
      choices: [{ row: 3, action: 'skip' }]
    })
    expect(done).toMatchObject({ added: 1, updated: 1, skipped: 2 })
    const people = (await list()).people
    expect(people.find((p) => p.name === '张三')).toMatchObject({ post: '综合受理', note: '原有备注' })
    expect(people.find((p) => p.name === '李四')!.phone).toBe('010-1234567')
  })
})

describe('all or nothing', () => {
  const dbBytes = () => readFile(backend.host.paths.dbFile)

  it('leaves the database byte-identical when the commit is refused, and refuses a preview made stale by a change', async () => {
    await backend.call('roster:savePerson', { name: '已有人员' })
    const bytes = await createWorkbook((s) => {
      s.addRow(['姓名', '出生年月'])
      s.addRow(['新人甲', '1991.01'])
      s.addRow(['新人乙', '1992.02'])
    })
    const result = await previewImport(backend, bytes)
    const before = await dbBytes()

    const wrongChoice = await backend.dispatch('roster:importCommit', { id: result.id, choices: [{ row: 2, action: 'update' }] })
    expect(wrongChoice.ok).toBe(false)
    if (!wrongChoice.ok) expect(wrongChoice.error.message).toContain('第2行')
    expect(await dbBytes()).toEqual(before)

    await backend.call('roster:savePerson', { name: '新人乙', birth: '1992-02' })
    const changedBetween = await dbBytes()
    const stale = await backend.dispatch('roster:importCommit', { id: result.id, choices: [] })
    expect(stale.ok).toBe(false)
    if (!stale.ok) expect(stale.error.message).toContain('重新预览')
    expect(await dbBytes()).toEqual(changedBetween)
  })

  it('forgets a preview once committed, so it cannot be applied twice', async () => {
    const result = await previewImport(backend, await createWorkbook((s) => s.addRows([['姓名'], ['甲']])))
    await backend.call('roster:importCommit', { id: result.id })
    const again = await backend.dispatch('roster:importCommit', { id: result.id })
    expect(again.ok).toBe(false)
    expect((await list()).people).toHaveLength(1)
  })
})

describe('sheets as WPS leaves them', () => {
  it('ignores formatting down to the last row, hidden sheets and a first sheet without a roster', async () => {
    const bytes = await createWorkbook((cover, workbook) => {
      cover.addRow(['填报说明:请如实填写'])
      const hidden = workbook.addWorksheet('旧名单', { state: 'hidden' })
      hidden.addRows([['姓名', '性别', '出生年月', '政治面貌'], ['旧人', '男', '1960.01', '群众']])
      const roster = workbook.addWorksheet('花名册')
      roster.addRows([['姓名', '性别'], ['甲', '男']])
      roster.getCell('A1048576').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } }
    })
    const result = await previewImport(backend, bytes)
    // Counted, not timed (a time bound fails on a busy machine): a few rows, not a million.
    expect(rowsAskedFor(await loadWorkbook(bytes))).toBeLessThan(1000)
    expect(result.sheetName).toBe('花名册')
    expect(result.rows.map((r) => r.name)).toEqual(['甲'])
  })
})
