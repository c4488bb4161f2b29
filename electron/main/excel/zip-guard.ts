import { AppError } from '@shared/errors'

/*
 * An xlsx is a zip. A small file can unpack to gigabytes (a "zip bomb"), and exceljs unpacks every
 * part into memory before looking at it. The zip's central directory states each part's unpacked
 * size, so the total is known before anything is unpacked: refuse what no roster needs. A file that
 * understates its sizes is stopped by the Excel worker's memory cap instead (see excel-thread.ts).
 */

export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024
/** A workbook has tens of parts, a few hundred with many pictures. */
export const MAX_ZIP_ENTRIES = 10_000

const EOCD = 0x06054b50
const ZIP64_LOCATOR = 0x07064b50
const ZIP64_EOCD = 0x06064b50
const CENTRAL_ENTRY = 0x02014b50
const ZIP64_EXTRA = 0x0001
const MAX_COMMENT = 0xffff

export const TOO_BIG_UNPACKED = `该工作簿解压后超过${MAX_UNPACKED_BYTES / 1024 / 1024} MB（或内部文件过多），可能已损坏或被恶意构造，已拒绝读取。请在Excel或WPS中删除无关的工作表和图片后另存再导入`
export const DAMAGED = '无法读取该工作簿：文件已损坏，或不是Excel工作簿（.xlsx）'

const damaged = () => new AppError('BAD_FILE', DAMAGED)

/** Reads little-endian fields, refusing any that would run past the end (a damaged file). */
class Fields {
  private readonly view: DataView
  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }
  private check(at: number, size: number): void {
    if (!Number.isSafeInteger(at) || at < 0 || at + size > this.bytes.byteLength) throw damaged()
  }
  u16(at: number): number {
    this.check(at, 2)
    return this.view.getUint16(at, true)
  }
  u32(at: number): number {
    this.check(at, 4)
    return this.view.getUint32(at, true)
  }
  u64(at: number): number {
    this.check(at, 8)
    return Number(this.view.getBigUint64(at, true))
  }
}

/** Where the central directory starts and how many entries it has (ZIP64 records included). */
function centralDirectory(bytes: Uint8Array, fields: Fields): { offset: number; entries: number } {
  let eocd = -1
  for (let at = bytes.byteLength - 22; at >= Math.max(0, bytes.byteLength - 22 - MAX_COMMENT); at--) {
    if (fields.u32(at) === EOCD) {
      eocd = at
      break
    }
  }
  if (eocd < 0) throw damaged()
  const entries = fields.u16(eocd + 10)
  const offset = fields.u32(eocd + 16)
  if (entries !== 0xffff && offset !== 0xffffffff) return { offset, entries }
  const locator = eocd - 20
  if (fields.u32(locator) !== ZIP64_LOCATOR) throw damaged()
  const record = fields.u64(locator + 8)
  if (fields.u32(record) !== ZIP64_EOCD) throw damaged()
  return { offset: fields.u64(record + 48), entries: fields.u64(record + 32) }
}

/** The unpacked size the entry declares; ZIP64 keeps a large one in an extra field. */
function declaredSize(fields: Fields, entry: number, nameLength: number, extraLength: number): number {
  const size = fields.u32(entry + 24)
  if (size !== 0xffffffff) return size
  let at = entry + 46 + nameLength
  const end = at + extraLength
  while (at + 4 <= end) {
    const id = fields.u16(at)
    const length = fields.u16(at + 2)
    if (id === ZIP64_EXTRA) return fields.u64(at + 4)
    at += 4 + length
  }
  throw damaged()
}

/** Refuses a zip whose parts would unpack to more than `limit` bytes in all, or that has too many parts. */
export function checkUnpackedSize(bytes: Uint8Array, limit = MAX_UNPACKED_BYTES): void {
  const fields = new Fields(bytes)
  const { offset, entries } = centralDirectory(bytes, fields)
  if (entries > MAX_ZIP_ENTRIES) throw new AppError('TOO_LARGE', TOO_BIG_UNPACKED)
  let total = 0
  let at = offset
  for (let i = 0; i < entries; i++) {
    if (fields.u32(at) !== CENTRAL_ENTRY) throw damaged()
    const nameLength = fields.u16(at + 28)
    const extraLength = fields.u16(at + 30)
    const commentLength = fields.u16(at + 32)
    total += declaredSize(fields, at, nameLength, extraLength)
    if (total > limit) throw new AppError('TOO_LARGE', TOO_BIG_UNPACKED)
    at += 46 + nameLength + extraLength + commentLength
  }
}
