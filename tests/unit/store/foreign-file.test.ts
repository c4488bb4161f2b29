import { describe, expect, it } from 'vitest'
import { PNG } from 'pngjs'
import { createDatabase } from '@shared/model/database'
import { parseBackupFile } from '../../../electron/main/store/backup-file'
import { describeProblem, serializeDatabase } from '../../../electron/main/store/parse-database'
import { idPhoto } from '../../support/images'
import { createWorkbook } from '../../support/workbooks'

/*
 * A file picked for 从文件恢复 that is not a backup at all says what it is, not that it is damaged;
 * a damaged backup of ours keeps the damage messages (the recovery screen's too).
 */

const NOT_OURS = /不是本软件的备份文件/
const reason = (bytes: Uint8Array) => {
  const parsed = parseBackupFile(bytes)
  if (parsed.ok) throw new Error('accepted')
  return parsed.reason
}
const text = (s: string) => Buffer.from(s, 'utf8')
const good = () => serializeDatabase(createDatabase(new Date(2026, 4, 1)))

function png(): Buffer {
  const image = new PNG({ width: 4, height: 4 })
  image.data.fill(200)
  return PNG.sync.write(image)
}

describe('a file that is not a backup of ours', () => {
  it('an Excel workbook (.xlsx) is named as one', async () => {
    const xlsx = await createWorkbook((sheet) => sheet.addRow(['姓名', '性别']))
    expect(reason(xlsx)).toBe('这是一个 Excel 工作簿（.xlsx），不是本软件的备份文件。请选择用“备份到文件…”保存的 .json 文件，或数据文件夹 backups 中的自动备份。')
  })

  it.each([
    ['a PNG photo', png(), '一张图片（PNG）'],
    ['a JPEG photo', idPhoto(16, 16), '一张图片（JPEG）'],
    ['a PDF', text('%PDF-1.7\n%âãÏÓ\n1 0 obj'), '一个 PDF 文档'],
    ['a plain zip', Buffer.concat([text('PK\u0003\u0004'), Buffer.from([20, 0, 0, 0]), text('notes/readme.txt')]), '一个压缩包（.zip）'],
    ['an old .xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), '一个旧版 Office 文件'],
    ['some other program’s binary', Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]), '其他软件的文件'],
    ['a text file', text('姓名,性别\n王建国,男\n'), '一个文本文件'],
    ['a JSON array', text('[1, 2, 3]'), '一个 JSON 文件'],
    ['another program’s JSON object', text('{"hello": "world"}'), '一个 JSON 文件'],
    ['a BOM and another program’s JSON', text('\uFEFF{"name": "x"}'), '一个 JSON 文件']
  ])('%s is named as what it is', (_case, bytes, kind) => {
    const why = reason(bytes)
    expect(why).toContain(kind)
    expect(why).toMatch(NOT_OURS)
    expect(why).not.toMatch(/空白字节|断电|损坏/)
  })
})

describe('a damaged backup of ours keeps the damage messages', () => {
  it.each([
    ['NUL-filled (a power cut)', Buffer.alloc(4096), describeProblem('nul')],
    ['ours, then NUL bytes', Buffer.concat([text(good()), Buffer.alloc(64)]), describeProblem('nul')],
    ['cut short', text(good().slice(0, 40)), describeProblem('not-json')],
    ['a self-contained backup cut short', text(`{"liangbipingBackup":1,"madeAt":"2026-03-01 09:30:00","database":${good().slice(0, 30)}`), describeProblem('not-json')],
    ['saved again with a BOM', text(`\uFEFF${good()}`), describeProblem('bom')],
    ['empty', text(''), describeProblem('empty')],
    ['no version', text('{"settings":{"unitName":"甲"}}'), describeProblem('unversioned')]
  ])('%s', (_case, bytes, message) => {
    expect(reason(bytes)).toBe(message)
  })

  it('the recovery screen’s sentences are the ones it always had', () => {
    expect(describeProblem('nul')).toBe('数据文件中有大段空白字节（常见于断电或异常关机）。')
    expect(describeProblem('not-json')).toBe('数据文件内容不完整或已损坏，无法读取。')
  })
})

describe('the backup’s own time', () => {
  it('is read from a self-contained backup, and ignored when it is not a time', () => {
    const database = JSON.parse(good())
    const withTime = parseBackupFile(text(JSON.stringify({ liangbipingBackup: 1, madeAt: '2026-03-01 09:30:00', database, photos: {} })))
    expect(withTime).toMatchObject({ ok: true, madeAt: '2026-03-01 09:30:00' })
    const garbled = parseBackupFile(text(JSON.stringify({ liangbipingBackup: 1, madeAt: '昨天', database, photos: {} })))
    expect(garbled).toMatchObject({ ok: true, madeAt: null })
    expect(parseBackupFile(text(good()))).toMatchObject({ ok: true, madeAt: null })
  })
})
