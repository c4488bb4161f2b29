import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDatabase } from '@shared/model/database'
import { printDocuments } from '../../../electron/main/print/catalog'
import { demoDatabase } from '../../../electron/main/roster/demo'
import { serializeDatabase } from '../../../electron/main/store/parse-database'
import { cli } from '../../support/cli'
import { NOW, publishDemo, readPdfInfo, readPdfText } from '../../support/print-fixture'

/* `npm run cli -- export ...` as a child process, the way a user or a script runs it. */

let dir: string
let db: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lbp-export-'))
  db = join(dir, 'liangbiping.json')
  await writeFile(db, serializeDatabase(publishDemo(demoDatabase(createDatabase(NOW), NOW))))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('export command', () => {
  it('export --list prints the document names one per line', async () => {
    const listed = await cli('export', '--list')
    expect(listed.code).toBe(0)
    // The PDFs of the catalogue, then the workbooks.
    expect(listed.stdout.trim().split('\n')).toEqual([...printDocuments().map((d) => d.id), 'appraisal-xlsx'])
  })

  it('exports a document to the named file, with options', async () => {
    const out = join(dir, '承诺公示.pdf')
    const result = await cli('export', 'pledge-notice', '--db', db, '--out', out, '--paper', 'A3', '--orientation', 'portrait')
    expect(result.stdout).toContain(`已生成：${out}`)
    expect(result.code).toBe(0)
    expect(await readPdfInfo(out)).toMatchObject({ width: 841.89, height: 1190.55 })
    expect((await readPdfText(out)).replace(/\s+/g, '')).toContain('青川县政务服务中心2026年度党员承诺公示')
  })

  it('exports one team’s desk placards', async () => {
    const out = join(dir, '桌牌.pdf')
    const result = await cli('export', 'desk-placard', '--db', db, '--out', out, '--team', '社保医保窗口')
    expect(result.code).toBe(0)
    expect((await readPdfInfo(out)).pages).toBe(5) // 韩冬梅 唐磊 冯晓雪 董倩 程琳
  })

  it('says who the document left out, and why', async () => {
    // The demo assigns tip phrases to the first ten members only.
    const out = join(dir, '提示牌.pdf')
    const result = await cli('export', 'tip-cards', '--db', db, '--out', out, '--mode', 'assigned')
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/未印13人：[^\n]*\uff08未分配提示语\uff09/)
  })

  it('fails with a Chinese message and a non-zero code', async () => {
    const unknown = await cli('export', 'no-such-doc', '--db', db, '--out', join(dir, 'x.pdf'))
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('没有名为 no-such-doc 的文档')
    const noTeam = await cli('export', 'desk-placard', '--db', db, '--out', join(dir, 'x.pdf'), '--team', '不存在的班组')
    expect(noTeam.code).toBe(1)
    expect(noTeam.stderr).toContain('没有名为“不存在的班组”的班组')
    const badOrder = await cli('export', 'pledge-notice', '--db', db, '--out', join(dir, 'x.pdf'), '--order', 'height')
    expect(badOrder.code).toBe(1)
    expect(badOrder.stderr).toContain('姓名顺序：取值不在允许的范围内')
  })

  it('maps the flags onto the document’s own options: --order, and says which flags it does not take', async () => {
    const out = join(dir, '公示笔画.pdf')
    const result = await cli('export', 'fulfilment-notice', '--db', db, '--out', out, '--order', 'strokes', '--color', 'whiteOnRed', '--period', 'midYear')
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain('（承诺践诺情况公示不用 --color，已忽略）')
    const text = (await readPdfText(out)).replace(/\s+/g, '')
    expect(text).toContain('年中评诺')
    // 姓氏笔画: 马国强 (3 strokes) before 王喆 (4) before 周建国 (8), the roster's first.
    expect(text.indexOf('马国强')).toBeLessThan(text.indexOf('王喆'))
    expect(text.indexOf('王喆')).toBeLessThan(text.indexOf('周建国'))
  })
})
