import { execFileSync } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_APPRAISAL_CONFIG } from '@shared/appraisal/model'
import { overviewOf } from '../../../electron/main/appraisal/overview'
import { appraisalWorkbookBytes, RULES_SHEET, SUMMARY_SHEET } from '../../../electron/main/appraisal/workbook'
import { workbookData, type AppraisalWorkbookData } from '../../../electron/main/appraisal/workbook-data'
import { decide } from '../../../electron/main/appraisal/decisions'
import { APPRAISAL_YEAR as YEAR, appraisalFigures, appraisalUnit } from '../../support/appraisal-fixture'
import { cli } from '../../support/cli'
import { convertWithLibreOffice } from '../../support/libreoffice'

/*
 * The year-end workbook read back: the formulas with their stored values equal the app's figures,
 * and LibreOffice, recalculating every formula, arrives at the same values. Changing a weight in the
 * 权重与规则 sheet moves the composites as the app would.
 */

const figures = appraisalFigures()
let data: AppraisalWorkbookData
let file: string
let book: ExcelJS.Workbook

async function write(d: AppraisalWorkbookData, name: string) {
  const dir = await mkdtemp(join(tmpdir(), 'lbp-appraisal-'))
  const path = join(dir, name)
  await writeFile(path, await appraisalWorkbookBytes(d))
  return path
}

async function read(path: string) {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(path)
  return wb
}

/** The summary's rows by name: 综合得分 and the other computed columns as stored (a formula's result, else the value). */
function summary(wb: ExcelJS.Workbook) {
  const sheet = wb.getWorksheet(SUMMARY_SHEET)!
  const header = sheet.getRow(3).values as string[]
  const col = (title: string) => header.indexOf(title)
  const value = (cell: ExcelJS.Cell) => {
    const v = cell.value as ExcelJS.CellValue
    const plain = v && typeof v === 'object' && 'formula' in v ? (v as ExcelJS.CellFormulaValue).result : v
    return plain === '' || plain === undefined ? null : plain
  }
  const out: Record<string, { weighted: unknown; points: unknown; composite: unknown; rank: unknown; formula: string | null }> = {}
  for (let r = 4; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r)
    const name = row.getCell(2).value as string
    if (!name) continue
    const composite = row.getCell(col('综合得分'))
    out[name] = {
      weighted: value(row.getCell(col('加权得分'))),
      points: value(row.getCell(col('加减分'))),
      composite: value(composite),
      rank: value(row.getCell(col('排名'))),
      formula: (composite.value as ExcelJS.CellFormulaValue)?.formula ?? null
    }
  }
  return out
}

beforeAll(async () => {
  let db = appraisalUnit()
  db = decide(db, { year: YEAR, personId: 'p-wang', grade: 'excellent', note: '' }, figures, '2026-12-20')
  data = workbookData(db, overviewOf(db, YEAR, () => figures), 'strokes', '2026-12-20')
  file = await write(data, '年终评优.xlsx')
  book = await read(file)
})

describe('the year-end workbook', () => {
  it('stores the app’s figures with the formulas (the fixture’s hand-worked composites)', () => {
    const rows = summary(book)
    expect(rows['王芳']).toMatchObject({ weighted: 94.2, points: 2, composite: 96.2, rank: 2 })
    expect(rows['李强']).toMatchObject({ weighted: 90, points: 1, composite: 91, rank: 3 })
    expect(rows['赵敏']).toMatchObject({ weighted: 75, points: -2, composite: 73, rank: 4 })
    expect(rows['孙伟']).toMatchObject({ weighted: null, composite: null, rank: null })
    expect(rows['周洁']).toMatchObject({ composite: 99, rank: 1 })
    expect(rows['王芳'].formula).toMatch(/^IF\(ISNUMBER\([A-Z]+\d+\),ROUND\(/)
  })

  it('lists people in 姓氏笔画 order: 王(4) 孙(6) 李(7) 周(8) 赵(9)', () => {
    expect(Object.keys(summary(book))).toEqual(['王芳', '孙伟', '李强', '周洁', '赵敏'])
  })

  it('has the dropdown for 等次, frozen header, A4 landscape with repeated rows and page numbers', () => {
    const sheet = book.getWorksheet(SUMMARY_SHEET)!
    const validations = (sheet as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model
    const lists = Object.values(validations)
    expect(lists.some((v) => v.type === 'list' && v.formulae[0] === '"优秀,合格,基本合格,不合格"')).toBe(true)
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 })
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '1:3' })
    expect(sheet.headerFooter.oddFooter).toContain('第 &P 页 共 &N 页')
    expect(sheet.getCell('A1').value).toBe('测试单位2026年度党员年终评优汇总表')
  })

  it('has the weights sheet and one sheet per component with each figure’s record and day', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual([SUMMARY_SHEET, RULES_SHEET, '承诺践诺', '比武竞赛', '党员自评', '党员互评', '领导点评', '群众评议', '整改落实', '评选称号', '奖励', '处罚'])
    const contests = book.getWorksheet('比武竞赛')!
    expect(contests.getRow(3).getCell(6).value).toBe('岗位技能比武')
    // A calendar day written in UTC reads back as that day, whatever the zone (RECIPE: the UTC trap).
    expect((contests.getRow(3).getCell(7).value as Date).toISOString()).toBe('2026-11-30T00:00:00.000Z')
  })
})

const hasLibreOffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

describe('the workbook in LibreOffice Calc', () => {
  it('is installed (.ci/run installs libreoffice-calc-nogui)', () => {
    expect(hasLibreOffice, 'LibreOffice (soffice) is not installed: apt-get install -y --no-install-recommends libreoffice-calc-nogui').toBe(true)
  })

  it('recalculates every formula to the value stored', async () => {
    const again = await read(await convertWithLibreOffice(file, 'xlsx'))
    const recalculated = summary(again)
    const stored = summary(book)
    for (const name of Object.keys(stored)) {
      const { formula: _f, ...values } = stored[name]
      const { formula: _g, ...again } = recalculated[name]
      expect(again, name).toEqual(values)
    }
    const quota = again.getWorksheet(RULES_SHEET)!
    const quotaRow = quota.getColumn(1).values.indexOf('优秀名额')
    expect((quota.getRow(quotaRow).getCell(3).value as ExcelJS.CellFormulaValue).result).toBe(1)
  })

  it('follows a weight changed in the weights sheet', async () => {
    // 点评 15 → 35 and 承诺 20 → 0 (互评 stays 20): 王芳 (94×20 + 92×35) ÷ 55 = (1880 + 3220) ÷ 55 = 92.7, +2 = 94.7.
    const wb = await read(file)
    const rules = wb.getWorksheet(RULES_SHEET)!
    const rowOf = (label: string) => rules.getColumn(1).values.indexOf(label)
    rules.getRow(rowOf('承诺践诺')).getCell(3).value = 0
    rules.getRow(rowOf('领导点评')).getCell(3).value = 35
    const edited = join(await mkdtemp(join(tmpdir(), 'lbp-appraisal-')), '改权重.xlsx')
    await wb.xlsx.writeFile(edited)
    const rows = summary(await read(await convertWithLibreOffice(edited, 'xlsx')))
    expect(rows['王芳'].composite).toBe(94.7)
  })

  it('prints: the summary converts to a PDF', async () => {
    const pdf = await convertWithLibreOffice(file, 'pdf')
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString()
    expect(text).toContain('测试单位2026年度党员年终评优汇总表')
    expect(text).toMatch(/第 1 页 共 \d+ 页/)
  })
})

describe('the workbook from the app and the command line', () => {
  it('holds, after `cli demo`, the composites the app shows, and `cli export appraisal-xlsx` writes it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lbp-appraisal-cli-'))
    const db = join(dir, 'db.json')
    expect((await cli('demo', '--db', db)).code).toBe(0)
    const out = join(dir, '年终评优.xlsx')
    const exported = await cli('export', 'appraisal-xlsx', '--db', db, '--out', out, '--order', 'pinyin')
    expect(exported.stdout).toContain(`已生成：${out}`)
    const shown = JSON.parse((await cli('call', 'appraisal:overview', '--db', db)).stdout) as { rows: { name: string; composite: number | null; rank: number | null; graded: boolean }[] }
    const rows = summary(await read(out))
    expect(Object.keys(rows).length).toBe(shown.rows.length)
    for (const row of shown.rows) expect(rows[row.name], row.name).toMatchObject({ composite: row.composite, rank: row.rank })
    expect(shown.rows.some((r) => r.composite !== null)).toBe(true)
  })
})
