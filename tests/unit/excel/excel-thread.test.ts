import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it, vi } from 'vitest'
import { ExcelThread, type ExcelThreadOptions } from '../../../electron/main/excel/excel-thread'
import { loadWorkbook } from '../../../electron/main/excel/open-workbook'
import { readRoster } from '../../../electron/main/excel/read-roster'
import { buildRosterExport, buildRosterTemplate } from '../../../electron/main/excel/roster-workbooks'
import { createTestBackend } from '../../support/backend'
import { expectRefusal, useWorkerThreads } from '../../support/workers'
import { claimUnpackedSize, createWorkbook, previewImport } from '../../support/workbooks'

/*
 * Workbooks are read and written in the Excel worker, never on main's thread: the functions that
 * parse and build workbooks are spied on in this (main) thread and must not run here while the
 * app's channels import, export and write the template. Also: a worker that runs out of its heap
 * (a decompression bomb that understates its sizes) gives a Chinese message and the next request
 * gets a fresh worker; and the bundled out/main/excel-worker.js works.
 */

vi.mock('../../../electron/main/excel/open-workbook', async (original) => {
  const real = await original<typeof import('../../../electron/main/excel/open-workbook')>()
  return { ...real, loadWorkbook: vi.fn(real.loadWorkbook) }
})
vi.mock('../../../electron/main/excel/read-roster', async (original) => {
  const real = await original<typeof import('../../../electron/main/excel/read-roster')>()
  return { ...real, readRoster: vi.fn(real.readRoster) }
})
vi.mock('../../../electron/main/excel/roster-workbooks', async (original) => {
  const real = await original<typeof import('../../../electron/main/excel/roster-workbooks')>()
  return { ...real, buildRosterExport: vi.fn(real.buildRosterExport), buildRosterTemplate: vi.fn(real.buildRosterTemplate) }
})

const { startThread, writeStandIn } = useWorkerThreads((options?: ExcelThreadOptions) => new ExcelThread(options))

const rosterFile = () =>
  createWorkbook((s) => {
    s.addRow(['某单位职工花名册'])
    s.addRow(['姓名', '性别', '出生年月', '所在部门'])
    s.addRow(['张三', '男', '1990.05', '综合受理窗口'])
    s.addRow(['李四', '女', '1985年11月', '综合受理窗口'])
  })

async function opened(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer)
  return workbook
}

describe('Excel worker', () => {
  it('previews, exports and writes the template without parsing or building a workbook on main’s thread', async () => {
    const backend = await createTestBackend({ now: () => new Date(2026, 5, 1) })
    try {
      const shown = await previewImport(backend, await rosterFile())
      expect(shown.rows.map((r) => [r.name, r.action, r.values.birth])).toEqual([
        ['张三', 'new', '1990-05'],
        ['李四', 'new', '1985-11']
      ])
      await backend.call('roster:importCommit', { id: shown.id })
      backend.dialogs.saves.push(join(backend.dir, 'export.xlsx'), join(backend.dir, 'template.xlsx'))
      await backend.call('roster:export')
      await backend.call('roster:template')
      const exported = (await opened(await readFile(join(backend.dir, 'export.xlsx')))).getWorksheet('花名册')!
      expect([exported.getCell('A3').value, exported.getCell('A4').value]).toEqual(['张三', '李四'])
      expect((await opened(await readFile(join(backend.dir, 'template.xlsx')))).getWorksheet('填写说明')).toBeDefined()
    } finally {
      await backend.dispose()
    }
    for (const inThread of [loadWorkbook, readRoster, buildRosterExport, buildRosterTemplate]) expect(inThread).not.toHaveBeenCalled()
  })

  it('turns a worker that runs out of its heap into a Chinese message, and starts afresh', async () => {
    const file = await writeStandIn(
      'greedy',
      `const { parentPort, threadId } = require('node:worker_threads')
const kept = []
parentPort.on('message', ({ id, request }) => {
  if (request.teamNames[0] === 'bomb') for (;;) kept.push(new Array(100000).fill(Math.random()))
  parentPort.postMessage({ id, ok: true, value: new Uint8Array([threadId]) })
})`
    )
    const logged: string[] = []
    const t = startThread({ workerFile: file, maxHeapMb: 32, log: (m) => logged.push(m) })
    const first = (await t.rosterTemplate(['甲组']))[0]
    const error = await expectRefusal(t.rosterTemplate(['bomb']))
    expect(error).toMatchObject({ code: 'TOO_LARGE', message: expect.stringContaining('超出了允许的内存') })
    expect(logged.join('\n')).toContain('memory limit')
    expect((await t.rosterTemplate(['甲组']))[0]).not.toBe(first)
  })

  const built = resolve('out/main/excel-worker.js')
  it.runIf(existsSync(built))('works with the bundled worker the app ships (out/main/excel-worker.js)', async () => {
    const t = startThread({ workerFile: built })
    const parsed = await t.readRoster(await rosterFile())
    expect(parsed.rows.map((r) => r.values.name)).toEqual(['张三', '李四'])
    const exported = await t.rosterExport({ unitName: '某单位', people: [], teams: [] })
    expect((await opened(exported)).getWorksheet('花名册')!.getCell('A1').value).toBe('某单位人员花名册')
    expect((await opened(await t.rosterTemplate(['甲组']))).worksheets.map((s) => s.name)).toEqual(['花名册', '选项', '填写说明'])
    expect((await expectRefusal(t.readRoster(Buffer.from('姓名,性别')))).code).toBe('BAD_FILE')
    const bomb = claimUnpackedSize(await rosterFile(), 300 * 1024 * 1024)
    expect(await expectRefusal(t.readRoster(bomb))).toMatchObject({ code: 'TOO_LARGE', message: expect.stringContaining('解压后超过200 MB') })
  })
})
