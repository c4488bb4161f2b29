import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import type { ChannelName } from '@shared/contract'
import type { ImportPreview, ImportRow } from '@shared/roster/contract'
import type { TestBackend } from '../../support/backend'

/** Builds a workbook in the test, as a person would have typed it in Excel or WPS. */
export async function workbookBytes(build: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  build(workbook.addWorksheet('Sheet1'), workbook)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/**
 * Chinese Excel writes dates with built-in format ids 27-36 and 50-58, which carry no format code in
 * the file. exceljs can only write custom codes, so the file is patched: every cell style using the
 * custom format `code` is switched to the built-in id and the custom definition removed.
 */
export async function useBuiltinDateFormat(bytes: Buffer, code: string, builtinId: number): Promise<Buffer> {
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

export async function preview(backend: TestBackend, bytes: Buffer | string, name = 'roster.xlsx'): Promise<ImportPreview> {
  const result = await previewOf(backend, bytes, name)
  if (!result.ok) throw new Error(`preview failed: ${result.error.message}`)
  const value = result.value as { canceled: boolean; value?: ImportPreview }
  if (value.canceled || !value.value) throw new Error('preview canceled')
  return value.value
}

export async function previewError(backend: TestBackend, bytes: Buffer | string, name = 'roster.xlsx'): Promise<{ code: string; message: string }> {
  const result = await previewOf(backend, bytes, name)
  if (result.ok) throw new Error('preview unexpectedly succeeded')
  return result.error
}

export function rowNamed(preview: ImportPreview, name: string): ImportRow {
  const row = preview.rows.find((r) => r.name === name)
  if (!row) throw new Error(`no row for ${name}: ${preview.rows.map((r) => r.name).join(',')}`)
  return row
}

/** `backend.call` for tests that name the answer's type themselves. */
export const call = <T = unknown>(backend: TestBackend, channel: string, input?: unknown): Promise<T> =>
  backend.call(channel as ChannelName, input as never) as Promise<T>

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
