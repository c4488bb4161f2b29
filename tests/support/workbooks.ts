import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import type { ImportPreview, ImportRow } from '@shared/roster/contract'
import type { TestBackend } from './backend'

/*
 * Workbooks for the Excel tests: made in the test as a person would have typed them in Excel or
 * WPS (or patched as those programs write them), and run through the real import preview.
 */

/** The bytes of a workbook built in the test. */
export async function createWorkbook(build: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  build(workbook.addWorksheet('Sheet1'), workbook)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/**
 * Chinese Excel writes dates with built-in format ids 27-36 and 50-58, which carry no format code in
 * the file. exceljs can only write custom codes, so the file is patched: every cell style using the
 * custom format `code` is switched to the built-in id and the custom definition removed.
 */
export async function applyBuiltinDateFormat(bytes: Buffer, code: string, builtinId: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes)
  let styles = await zip.file('xl/styles.xml')!.async('string')
  const escaped = code.replace(/"/g, '&quot;')
  const definition = new RegExp(`<numFmt numFmtId="(\\d+)" formatCode="${escaped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\s*/>`)
  const found = definition.exec(styles)
  if (!found) throw new Error(`format ${code} not in styles.xml`)
  styles = styles.replace(found[0], '').replaceAll(`numFmtId="${found[1]}"`, `numFmtId="${builtinId}"`)
  zip.file('xl/styles.xml', styles)
  return Buffer.from(await zip.generateAsync({ type: 'nodebuffer' }))
}

/** Runs the preview with the file dialog answering with these bytes. */
async function previewOf(backend: TestBackend, bytes: Buffer | string, name: string) {
  await backend.chooseFile(name, bytes)
  return backend.dispatch('roster:importPreview', undefined)
}

export async function previewImport(backend: TestBackend, bytes: Buffer | string, name = 'roster.xlsx'): Promise<ImportPreview> {
  const result = await previewOf(backend, bytes, name)
  if (!result.ok) throw new Error(`preview failed: ${result.error.message}`)
  const value = result.value as { canceled: boolean; value?: ImportPreview }
  if (value.canceled || !value.value) throw new Error('preview canceled')
  return value.value
}

export async function previewImportError(backend: TestBackend, bytes: Buffer | string, name = 'roster.xlsx'): Promise<{ code: string; message: string }> {
  const result = await previewOf(backend, bytes, name)
  if (result.ok) throw new Error('preview unexpectedly succeeded')
  return result.error
}

export function getImportRow(preview: ImportPreview, name: string): ImportRow {
  const row = preview.rows.find((r) => r.name === name)
  if (!row) throw new Error(`no row for ${name}: ${preview.rows.map((r) => r.name).join(',')}`)
  return row
}

/**
 * A zip whose first central-directory entry claims `size` unpacked bytes, as a decompression bomb
 * would (the data itself is unchanged: the guard must refuse before unpacking anything).
 */
export function claimUnpackedSize(zip: Buffer, size: number): Buffer {
  const bytes = Buffer.from(zip)
  const directory = bytes.readUInt32LE(bytes.length - 6)
  bytes.writeUInt32LE(size, directory + 24)
  return bytes
}
