import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { idCheckChar } from '@shared/rules/id-number'
import { createTestBackend, type TestBackend } from '../../support/backend'
import { createWorkbook, getImportRow, previewImport } from '../../support/workbooks'

/*
 * One rule for bad cells (issue #8): a bad optional value is left out with a warning naming its
 * column and the row is imported; only a missing or bad 姓名 skips the row.
 */

const validId = (first17: string) => first17 + idCheckChar(first17)
const ID_OK = validId('11010119880307123') // male, born 1988-03-07
const wrongCheckDigit = (first17: string) => first17 + (idCheckChar(first17) === '0' ? '1' : '0')

let backend: TestBackend
beforeEach(async () => {
  backend = await createTestBackend({ now: () => new Date(2026, 5, 1) })
})
afterEach(() => backend.dispose())

const people = async () => (await backend.call('roster:list')).people

/** A roster as a person types it, with a mistake in one cell of most rows. */
async function messyRoster(): Promise<Buffer> {
  return createWorkbook((s) => {
    s.addRow(['某单位职工花名册'])
    s.addRow(['序号', '姓名', '性别', '出生年月', '政治面貌', '入党时间', '转正时间', '所在班组', '联系电话', '身份证号', '是否单位外人员'])
    s.addRow([1, '周密', '男', '1988-13', '中共党员', '2010.06', '2011.06', '运维班', '13800000001', ID_OK, ''])
    s.addRow([2, '吴桐', '女', '1990.05', '群众', '', '', '运维班', '13800000002', wrongCheckDigit('11010119900501002'), ''])
    s.addRow([3, '', '男', '1991.01', '中共党员', '', '', '运维班', '13800000003', '', ''])
    s.addRow([4, '郑和', '不详', '1985.02', '中国国民党', '', '', '营业班', '问办公室', '', ''])
    s.addRow([5, '冯远', '男', '1992.04', '预备党员', '2025.06', '2026.05', '营业班', '', '', ''])
    s.addRow([6, '陈实', '男', '1970.01', '群众', '', '', '营业班', '', '', '是'])
    // A typed 1988.13 becomes the number 1988.13 in Excel: the same month that does not exist.
    s.addRow([7, '褚良', '男', 1988.13, '群众', '', '', '营业班', '', '', ''])
    s.addRow([8, '卫青', '男', '1993.03', '群众', '', '', '营业班', '13800000008', '', ''])
    s.getCell('C10').value = { formula: 'A1/0', result: { error: '#DIV/0!' } } as never
  })
}

describe('a bad cell in an optional column', () => {
  it('imports a 1988-13 birth row with a warning and no birth, keeping every other value', async () => {
    const preview = await previewImport(backend, await messyRoster())
    const row = getImportRow(preview, '周密')
    expect(row.errors).toEqual([])
    expect(row.warnings).toEqual(['出生年月（D列）：月份13不存在，未导入该项'])
    expect(row.action).toBe('new')
    expect(row.values).toMatchObject({ birth: '', teamName: '运维班', phone: '13800000001', idNumber: ID_OK, politicalStatus: '中共党员' })

    await backend.call('roster:importCommit', { id: preview.id })
    const zhou = (await people()).find((p) => p.name === '周密')!
    expect(zhou).toMatchObject({ birth: '', teamName: '运维班', phone: '13800000001', idNumber: ID_OK, politicalStatus: 'member', joinedPartyOn: '2010-06' })
  })

  it('does the same for a month typed as the number 1988.13', async () => {
    const preview = await previewImport(backend, await messyRoster())
    const row = getImportRow(preview, '褚良')
    expect(row).toMatchObject({ action: 'new', errors: [] })
    expect(row.warnings).toEqual(['出生年月（D列）：月份13不存在，未导入该项'])
  })

  it('imports a row with a bad 身份证号 without the number', async () => {
    const preview = await previewImport(backend, await messyRoster())
    const row = getImportRow(preview, '吴桐')
    expect(row).toMatchObject({ action: 'new', errors: [] })
    expect(row.warnings.join()).toMatch(/^身份证号（J列）：“\d{18}”校验位不正确，请逐位核对，未导入该项$/)
    await backend.call('roster:importCommit', { id: preview.id })
    expect((await people()).find((p) => p.name === '吴桐')).toMatchObject({ idNumber: '', birth: '1990-05', gender: 'female', teamName: '运维班' })
  })

  it('leaves out unknown words, a bad phone number and a formula error, each said by column', async () => {
    const preview = await previewImport(backend, await messyRoster())
    const zheng = getImportRow(preview, '郑和')
    expect(zheng).toMatchObject({ action: 'new', errors: [] })
    expect(zheng.warnings).toEqual([
      '性别（C列）：无法识别“不详”，应填“男”或“女”，未导入该项',
      '政治面貌（E列）：无法识别“中国国民党”，应为中共党员、预备党员、共青团员或群众，未导入该项',
      '联系电话（I列）：联系电话只能包含数字、横线、括号和“转”，多个号码用“/”隔开，未导入该项'
    ])
    const wei = getImportRow(preview, '卫青')
    expect(wei).toMatchObject({ action: 'new', errors: [] })
    expect(wei.warnings).toEqual(['性别（C列）：单元格是公式错误值#DIV/0!，请修正，未导入该项'])
    await backend.call('roster:importCommit', { id: preview.id })
    expect((await people()).find((p) => p.name === '郑和')).toMatchObject({ gender: null, politicalStatus: 'masses', phone: '', birth: '1985-02', teamName: '营业班' })
  })

  it('leaves out the value a cross-field check is about: a 转正时间 for a 预备党员, a team for an outside person', async () => {
    const preview = await previewImport(backend, await messyRoster())
    const feng = getImportRow(preview, '冯远')
    expect(feng).toMatchObject({ action: 'new', errors: [] })
    expect(feng.warnings).toEqual(['转正时间（G列）：预备党员尚未转正，请清空转正时间或把政治面貌改为中共党员，未导入该项'])
    const chen = getImportRow(preview, '陈实')
    expect(chen).toMatchObject({ action: 'new', errors: [] })
    // 单位外人员 without 特约监督员 is refused by the form; the mark is what is left out here.
    expect(chen.warnings).toEqual([
      '所在班组（H列）：单位外的特约监督员不属于本单位班组，请清空所在班组，未导入该项',
      '是否单位外人员（K列）：单位外人员只能作为特约监督员登记，未导入该项'
    ])
    await backend.call('roster:importCommit', { id: preview.id })
    const all = await people()
    expect(all.find((p) => p.name === '冯远')).toMatchObject({ fullMemberOn: '', joinedPartyOn: '2025-06', politicalStatus: 'probationary' })
    expect(all.find((p) => p.name === '陈实')).toMatchObject({ isOutsider: false, teamName: null })
  })
})

describe('the required 姓名', () => {
  it('skips a row whose 姓名 is empty, with an error, and imports the others', async () => {
    const preview = await previewImport(backend, await messyRoster())
    const nameless = preview.rows.find((r) => r.row === 5)!
    expect(nameless).toMatchObject({ name: '', action: 'skip', choices: ['skip'] })
    expect(nameless.errors).toEqual(['姓名为空'])
    expect(preview.summary).toMatchObject({ rows: 8, new: 7, skip: 1, errors: 1 })
    const done = await backend.call('roster:importCommit', { id: preview.id })
    expect(done).toMatchObject({ added: 7, skipped: 1 })
    expect((await people()).map((p) => p.name).sort()).toEqual(['冯远', '卫青', '吴桐', '周密', '褚良', '郑和', '陈实'].sort())
  })

  it('skips a row whose 姓名 is too long or a formula error, naming the column', async () => {
    const bytes = await createWorkbook((s) => {
      s.addRow(['姓名', '出生年月'])
      s.addRow(['某'.repeat(21), '1990.01'])
      s.addRow([null, '1990.02'])
      s.getCell('A3').value = { formula: 'B1/0', result: { error: '#DIV/0!' } } as never
    })
    const preview = await previewImport(backend, bytes)
    expect(preview.rows.map((r) => [r.row, r.action])).toEqual([
      [2, 'skip'],
      [3, 'skip']
    ])
    expect(preview.rows[0].errors).toEqual(['姓名（A列）：姓名不超过20个字'])
    expect(preview.rows[1].errors).toEqual(['姓名为空', '姓名（A列）：单元格是公式错误值#DIV/0!，请修正'])
  })
})
