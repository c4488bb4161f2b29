import { readFile, stat } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { AppError } from '@shared/errors'
import { checkUnpackedSize, DAMAGED } from './zip-guard'

/*
 * Opens a workbook a user picked, refusing with a plain reason what exceljs cannot read: a file
 * that is too big, empty, an old .xls or WPS .et, one protected with a password (Excel then wraps
 * it in an encrypted OLE container), something that is not a workbook at all, or one that would
 * unpack to far more than any roster (zip-guard.ts).
 */

export const MAX_WORKBOOK_BYTES = 20 * 1024 * 1024

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b)

const refuse = (message: string) => new AppError('BAD_FILE', message)

export async function readWorkbookBytes(path: string): Promise<Buffer> {
  let size: number
  try {
    size = (await stat(path)).size
  } catch {
    throw new AppError('UNREADABLE', '无法读取所选文件，请确认文件存在且未被其他程序占用')
  }
  if (size > MAX_WORKBOOK_BYTES) throw refuse('文件超过20 MB，请删除无关的工作表或图片后再导入')
  if (size === 0) throw refuse('所选文件是空的（0字节）')
  return readFile(path)
}

/** Runs in the Excel worker (see excel-thread.ts): a hostile file may take much memory and time. */
export async function loadWorkbook(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  if (startsWith(bytes, OLE)) {
    if (bytes.includes(Buffer.from('EncryptedPackage', 'utf16le'))) {
      throw refuse('该工作簿设置了打开密码，无法读取。请在Excel或WPS中取消密码（文件→信息→保护工作簿）后另存再导入')
    }
    throw refuse('这是旧版Excel（.xls）或WPS表格（.et）格式，请在Excel或WPS中“另存为”Excel工作簿（.xlsx）后再导入')
  }
  if (!startsWith(bytes, ZIP)) throw refuse('所选文件不是Excel工作簿（.xlsx），请选择.xlsx文件')
  checkUnpackedSize(bytes)
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer)
  } catch {
    throw refuse(DAMAGED)
  }
  if (workbook.worksheets.length === 0) throw refuse('无法读取该工作簿：其中没有工作表')
  return workbook
}
