/*
 * What a file picked for 从文件恢复 is when it is plainly not a backup of ours: an Excel workbook, a
 * photo, a PDF, some other program's file, a JSON file of someone else's. Told apart from a damaged
 * backup of ours (NUL bytes after a power cut, cut short, saved again with a BOM), which keeps its
 * own message: that one is about damage and what to do about it, this one about a wrong pick.
 */

const starts = (bytes: Uint8Array, magic: (number | null)[], at = 0) =>
  bytes.length >= at + magic.length && magic.every((b, i) => b === null || bytes[at + i] === b)
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0))

/** The parts an Office Open XML file (a zip) is made of name what it is. */
function zipKind(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 256 * 1024)).toString('latin1')
  if (head.includes('xl/')) return '一个 Excel 工作簿（.xlsx）'
  if (head.includes('word/')) return '一个 Word 文档（.docx）'
  if (head.includes('ppt/')) return '一个演示文稿（.pptx）'
  if (head.includes('OFD.xml')) return '一个 OFD 版式文档'
  return '一个压缩包（.zip）'
}

const SIGNATURES: { magic: (number | null)[]; at?: number; kind: (bytes: Uint8Array) => string }[] = [
  { magic: ascii('PK\u0003\u0004'), kind: zipKind },
  { magic: ascii('PK\u0005\u0006'), kind: () => '一个压缩包（.zip）' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: () => '一个旧版 Office 文件（如 .xls、.doc、.et）' },
  { magic: ascii('%PDF-'), kind: () => '一个 PDF 文档' },
  { magic: [0xff, 0xd8, 0xff], kind: () => '一张图片（JPEG）' },
  { magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], kind: () => '一张图片（PNG）' },
  { magic: ascii('GIF8'), kind: () => '一张图片（GIF）' },
  { magic: [...ascii('BM'), null, null, null, null, 0, 0, 0, 0], kind: () => '一张图片（BMP）' },
  { magic: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')], kind: () => '一张图片（WebP）' },
  { magic: ascii('ftyp'), at: 4, kind: () => '一张图片或一段视频（HEIC、MP4 等）' },
  { magic: [0x49, 0x49, 0x2a, 0x00], kind: () => '一张图片（TIFF）' },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], kind: () => '一张图片（TIFF）' },
  { magic: ascii('Rar!\u001a\u0007'), kind: () => '一个压缩包（.rar）' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kind: () => '一个压缩包（.7z）' },
  { magic: [0x1f, 0x8b], kind: () => '一个压缩包（.gz）' }
]

export const FOREIGN_JSON = '一个 JSON 文件，但内容不是本软件的数据'

/** Bytes no text file has (NUL and the C0 controls other than tab, line breaks, form feed and escape). */
function hasBinaryBytes(bytes: Uint8Array, from: number): boolean {
  const end = Math.min(bytes.length, from + 8192)
  for (let i = from; i < end; i++) {
    const b = bytes[i]
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) return true
  }
  return false
}

/** Where the content starts: after a UTF-8 BOM (notepad adds one) and white space. */
function contentStart(bytes: Uint8Array): number {
  let i = starts(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++
  return i
}

/**
 * What the file is, as the end of "这是…", when it is certainly not a file of ours; null when it
 * may be one of ours, damaged or not (empty, NUL-filled, a JSON object, text starting like one).
 */
export function foreignFileKind(bytes: Uint8Array): string | null {
  for (const { magic, at, kind } of SIGNATURES) if (starts(bytes, magic, at)) return kind(bytes)
  const start = contentStart(bytes)
  // Nothing, or NUL bytes where the content should begin: what a power cut leaves of a file of ours.
  if (start >= bytes.length || bytes[start] === 0 || bytes[start] === 0x7b /* { */) return null
  if (hasBinaryBytes(bytes, start)) return '其他软件的文件'
  try {
    JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.byteLength - start).toString('utf8'))
    return FOREIGN_JSON
  } catch {
    return '一个文本文件'
  }
}

/** A JSON object of ours carries one of these keys; anything else is another program's JSON. */
export function looksLikeOurs(value: Record<string, unknown>, ownKeys: readonly string[]): boolean {
  return ownKeys.some((key) => Object.hasOwn(value, key))
}

/** The reason shown after "所选文件不能用于恢复：". */
export function notOurs(kind: string): string {
  return `这是${kind}，不是本软件的备份文件。请选择用“备份到文件…”保存的 .json 文件，或数据文件夹 backups 中的自动备份。`
}
