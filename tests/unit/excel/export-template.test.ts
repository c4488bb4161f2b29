import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { PersonRow } from '@shared/roster/contract'
import { createTestBackend, type TestBackend } from '../../support/backend'
import { previewImport } from '../../support/workbooks'

let backend: TestBackend
beforeEach(async () => {
  backend = await createTestBackend({ now: () => new Date(2026, 5, 1) })
})
afterEach(() => backend.dispose())

async function openWritten(channel: 'roster:export' | 'roster:template', name: string): Promise<ExcelJS.Workbook> {
  const path = join(backend.dir, name)
  backend.dialogs.saves.push(path)
  expect(await backend.call(channel)).toEqual({ canceled: false, value: path })
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load((await readFile(path)) as unknown as ExcelJS.Buffer)
  return workbook
}

describe('export', () => {
  it('writes the unit name in the title, dates on the right calendar day, IDs as text and widths that fit Chinese', async () => {
    await backend.call('demo:load', { through: 'roster' })
    const workbook = await openWritten('roster:export', 'out.xlsx')
    const sheet = workbook.getWorksheet('花名册')!
    expect(sheet.getCell('A1').value).toBe('青川县政务服务中心人员花名册')
    expect(sheet.getRow(2).getCell(1).value).toBe('姓名')
    const header = (sheet.getRow(2).values as unknown[]).slice(1)
    const col = (name: string) => header.indexOf(name) + 1
    const first = sheet.getRow(3)
    expect(first.getCell(col('姓名')).value).toBe('周建国')
    const birth = first.getCell(col('出生年月'))
    // exceljs stores UTC: a Date built from local fields would show the day before in UTC+8.
    expect((birth.value as Date).toISOString()).toBe('1971-03-01T00:00:00.000Z')
    expect(birth.numFmt).toBe('yyyy.mm')
    expect(typeof first.getCell(col('身份证号')).value).toBe('string')
    expect(sheet.getColumn(col('岗位职责')).width).toBeGreaterThanOrEqual(30)
    expect(sheet.getColumn(col('所在班组')).width).toBeGreaterThanOrEqual(16) // 不动产登记窗口: 7 characters
    expect(sheet.getColumn(col('性别')).width).toBeLessThan(10)
    expect(sheet.rowCount).toBe(2 + 40)
  })

  it('imports back unchanged: every row matches its person and nothing differs', async () => {
    await backend.call('demo:load', { through: 'roster' })
    const path = join(backend.dir, 'round.xlsx')
    backend.dialogs.saves.push(path)
    await backend.call('roster:export')
    const before = (await backend.call('roster:list')).people
    const result = await previewImport(backend, await readFile(path), 'again.xlsx')
    expect(result.summary).toMatchObject({ rows: 40, update: 40, errors: 0 })
    expect(result.rows.every((r) => r.warnings.length === 0)).toBe(true)
    await backend.call('roster:importCommit', { id: result.id })
    const after = (await backend.call('roster:list')).people
    const strip = (p: PersonRow) => ({ ...p, updatedAt: '' })
    expect(after.map(strip)).toEqual(before.map(strip))
  })
})

describe('template', () => {
  it('has the header, an example row the import skips, dropdowns from a hidden sheet and text-formatted ID column', async () => {
    await backend.call('roster:saveTeam', { name: '综合窗口', kind: 'window' })
    const workbook = await openWritten('roster:template', 'template.xlsx')
    const sheet = workbook.getWorksheet('花名册')!
    const header = (sheet.getRow(2).values as unknown[]).slice(1)
    expect(header.slice(0, 4)).toEqual(['姓名', '性别', '民族', '出生年月'])
    expect(String(sheet.getCell('A3').value)).toMatch(/^示例/)
    const options = workbook.getWorksheet('选项')!
    expect(options.state).toBe('hidden')
    const optionValues = options.getSheetValues().flat().filter(Boolean)
    expect(optionValues).toEqual(expect.arrayContaining(['男', '女', '中共党员', '预备党员', '综合窗口']))
    const genderCol = String.fromCharCode(64 + header.indexOf('性别') + 1)
    const validations = (sheet as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model
    const gender = Object.entries(validations).find(([range]) => range.startsWith(`${genderCol}3`))
    expect(gender?.[1].type).toBe('list')
    expect(gender?.[1].formulae[0]).toContain('选项')
    expect(sheet.getColumn(header.indexOf('身份证号') + 1).numFmt).toBe('@')
  })

  it('imports a filled-in template, skipping the example row', async () => {
    const path = join(backend.dir, 'template.xlsx')
    backend.dialogs.saves.push(path)
    await backend.call('roster:template')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(path)
    const sheet = workbook.getWorksheet('花名册')!
    sheet.getRow(4).values = ['刘䶮', '男', '汉族', '1990.10', '大学本科', '中共党员', '2012.06', '2013.06']
    await workbook.xlsx.writeFile(path)
    const result = await previewImport(backend, await readFile(path), 'filled.xlsx')
    expect(result.rows.map((r) => [r.row, r.action])).toEqual([
      [3, 'skip'],
      [4, 'new']
    ])
    expect(result.rows[1].values.birth).toBe('1990-10')
    expect(result.rows[1].warnings).toEqual([])
  })
})
