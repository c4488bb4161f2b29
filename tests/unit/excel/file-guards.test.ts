import { readFile } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestBackend, type TestBackend } from '../../support/backend'
import { claimUnpackedSize, createWorkbook, previewImportError } from '../../support/workbooks'

let backend: TestBackend
beforeEach(async () => {
  backend = await createTestBackend()
})
afterEach(() => backend.dispose())

/** An OLE compound file as Excel writes a password-protected workbook: the magic and an EncryptedPackage stream name. */
function oleFile(streamName: string): Buffer {
  const bytes = Buffer.alloc(4096)
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes)
  Buffer.from(streamName, 'utf16le').copy(bytes, 1024)
  return bytes
}

describe('files the import refuses, each with a plain reason and nothing written', () => {
  const cases: [string, () => Promise<Buffer | string>, RegExp][] = [
    ['a text file renamed to .xlsx', async () => '姓名,性别\n张三,男\n', /不是Excel工作簿/],
    ['an empty file', async () => Buffer.alloc(0), /空的/],
    ['a password-protected workbook', async () => oleFile('EncryptedPackage'), /设置了打开密码/],
    ['an old .xls workbook', async () => oleFile('Workbook'), /旧版Excel（\.xls）/],
    ['a zip that is not a workbook', async () => Buffer.from('504b0304' + '00'.repeat(100), 'hex'), /已损坏|不是Excel/],
    ['a workbook with no 姓名 column', async () => createWorkbook((s) => s.addRows([['部门', '人数'], ['办公室', 3]])), /没有找到表头.*姓名/],
    ['a workbook with a header and no people', async () => createWorkbook((s) => s.addRows([['姓名', '性别']])), /没有人员数据/],
    [
      'a workbook that would unpack to over 200 MB (a decompression bomb)',
      async () => claimUnpackedSize(await createWorkbook((s) => s.addRows([['姓名'], ['张三']])), 250 * 1024 * 1024),
      /解压后超过200 MB/
    ]
  ]
  for (const [what, make, message] of cases) {
    it(`refuses ${what}`, async () => {
      const before = await readFile(backend.host.paths.dbFile)
      const error = await previewImportError(backend, await make())
      expect(error.message).toMatch(message)
      expect(await readFile(backend.host.paths.dbFile)).toEqual(before)
    })
  }

  it('refuses a file over 20 MB before reading it', async () => {
    const error = await previewImportError(backend, Buffer.alloc(20 * 1024 * 1024 + 1))
    expect(error.message).toContain('超过20 MB')
  })
})
