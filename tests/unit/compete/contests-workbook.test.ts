import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, describe, expect, it } from 'vitest'
import { demoDatabase } from '../../../electron/main/roster/demo'
import { createTestBackend, type TestBackend } from '../../support/backend'
import { contestDraft, ok } from '../../support/contest-seed'

/*
 * A judge's score sheet as xlsx: the template names the entrants in 姓氏笔画 order with the items'
 * maxima; filled in (as Excel or WPS would save it), it is previewed, checked cell by cell, and
 * imported as one sheet only when nothing is wrong. The wrong judge's file is refused.
 */

const NOW = new Date(2026, 5, 20, 9, 0)
const backends: TestBackend[] = []
afterEach(async () => {
  await Promise.all(backends.splice(0).map((b) => b.dispose()))
})

async function setUp() {
  const b = await createTestBackend({ now: () => NOW })
  backends.push(b)
  await b.host.store().update((db) => demoDatabase(db, NOW))
  const contest = await ok(b, 'compete:contestSave', contestDraft(b))
  const key = { contestId: contest.id, roundId: contest.rounds[0].id, judgeId: contest.judges[0].id }
  const path = join(b.dir, '评分表.xlsx')
  b.dialogs.saves.push(path)
  expect(await ok(b, 'compete:contestSheetTemplate', { ...key, nameOrder: 'strokes' })).toEqual({ canceled: false, value: { path } })
  return { b, contest, key, path }
}

/** The template with values typed in rows 4… (马国强, 吴昊, 黄丽萍 by strokes), saved under a new name. */
async function fill(b: TestBackend, path: string, rows: (number | string | null)[][], edit?: (sheet: ExcelJS.Worksheet) => void) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load((await readFile(path)) as unknown as ExcelJS.Buffer)
  const sheet = workbook.getWorksheet('评分表')!
  rows.forEach((values, n) => values.forEach((v, i) => (sheet.getCell(4 + n, 4 + i).value = v)))
  edit?.(sheet)
  return b.chooseFile(`填好的${Math.random()}.xlsx`, new Uint8Array(await workbook.xlsx.writeBuffer()))
}

describe('score sheets as xlsx', () => {
  it('writes a template with the entrants by strokes and the items’ maxima', async () => {
    const { path } = await setUp()
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await readFile(path)) as unknown as ExcelJS.Buffer)
    const sheet = workbook.getWorksheet('评分表')!
    expect(sheet.getCell('A2').text).toContain('评委：周建国')
    expect([1, 2, 3, 4, 5, 6].map((c) => sheet.getCell(3, c).text)).toEqual(['序号', '姓名', '所在班组', '理论（满分40）', '实操（满分60）', '合计'])
    expect([4, 5, 6].map((r) => sheet.getCell(r, 2).text)).toEqual(['马国强', '吴昊', '黄丽萍'])
    expect(workbook.getWorksheet('编号')?.state).toBe('veryHidden')
  })

  it('previews the filled sheet, refuses it while a value is wrong, and imports it whole once right', async () => {
    const { b, contest, key, path } = await setUp()
    // 马国强 41 is over 理论's 40; 吴昊 writes 0 and 0 (real zeros); 黄丽萍 left blank; '５２' in full-width digits.
    await fill(b, path, [[41, 50], [0, 0], [null, null]])
    const first = await ok(b, 'compete:contestSheetImportPreview', { ...key, keying: 'first' })
    if (first.canceled) throw new Error('canceled')
    expect(first.value.rows.map((r) => [r.name, r.problems])).toEqual([
      ['马国强', ['理论：成绩不能超过满分40']],
      ['吴昊', []],
      ['黄丽萍', []]
    ])
    const before = await readFile(join(b.dir, 'liangbiping.json'))
    expect((await b.dispatch('compete:contestSheetImportCommit', { previewId: first.value.previewId })).ok).toBe(false)
    expect(await readFile(join(b.dir, 'liangbiping.json'))).toEqual(before)

    await fill(b, path, [[38.5, '５２'], [0, 0], [null, null]])
    const second = await ok(b, 'compete:contestSheetImportPreview', { ...key, keying: 'first' })
    if (second.canceled) throw new Error('canceled')
    expect(second.value).toMatchObject({ problems: [], changes: 4, judgeName: '周建国' })
    const view = await ok(b, 'compete:contestSheetImportCommit', { previewId: second.value.previewId })
    const [theory, practice] = contest.items
    const [wu, huang, ma] = contest.entrants
    const cells = b.host.data().contestSheets[0].cells
    expect(cells[ma]).toEqual({ [theory.id]: 38.5, [practice.id]: 52 })
    expect(cells[wu]).toEqual({ [theory.id]: 0, [practice.id]: 0 })
    expect(cells[huang]).toEqual({ [theory.id]: null, [practice.id]: null })
    expect(view.results[0].sheets[0]).toMatchObject({ state: 'gaps', blankNames: ['黄丽萍'] })
  })

  it('refuses another judge’s sheet and rows whose names were moved', async () => {
    const { b, key, path } = await setUp()
    await fill(b, path, [[30, 50]])
    const other = await b.dispatch('compete:contestSheetImportPreview', { ...key, judgeId: b.host.data().contests[0].judges[1].id, keying: 'first' })
    expect(other.ok || other.error.message).toBe('这张评分表是评委周建国的，与所选的评委张卫东不符')
    await fill(b, path, [[30, 50]], (sheet) => (sheet.getCell('B4').value = '吴昊'))
    const moved = await ok(b, 'compete:contestSheetImportPreview', { ...key, keying: 'first' })
    if (moved.canceled) throw new Error('canceled')
    expect(moved.value.rows[0].problems).toEqual(['姓名与模板不符（应为马国强），请勿调整行的顺序'])
  })
})
