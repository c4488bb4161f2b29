import { statSync } from 'node:fs'
import { mkdir, readFile, stat, unlink } from 'node:fs/promises'
import { dirname } from 'node:path'
import { AppError, invalid } from '@shared/errors'
import type { FallbackFontInfo } from '@shared/model/settings'
import { missingGlyphs, needsFallbackFont } from '../print/coverage'
import { checkFallbackFont, extendedHanCount, fontSelfDescription, MAX_FONT_BYTES } from '../print/fallback-check'
import { activeFallbackFont, fallbackFont, setFallbackFont } from '../print/fallback-font'
import type { DataPaths } from '../store/data-dir'
import { writeFileDurably } from '../store/durable-file'

/*
 * The fallback font as a file in the data folder (fonts/fallback.ttf): copied there when the
 * officer adds one in 设置, carried in 备份到文件 and brought back by a restore. Whether it is there
 * is the only state: main reads it when it starts and after every change.
 */

/** Makes the file in the data folder, if any, the font this thread prints and checks with. */
export function syncFallbackFont(paths: DataPaths): void {
  let version: string | null = null
  try {
    const info = statSync(paths.fallbackFont)
    if (info.isFile()) version = `${info.size}-${info.mtimeMs}`
  } catch {
    // No fallback font: the usual case.
  }
  setFallbackFont(version ? { path: paths.fallbackFont, version } : null)
}

/** Checks the chosen file and copies it into the data folder, replacing the one there. */
export async function installFallbackFont(paths: DataPaths, source: string): Promise<void> {
  const size = await stat(source).then(
    (info) => info.size,
    () => null
  )
  if (size === null) throw new AppError('UNREADABLE', '无法读取所选文件，请确认文件存在且未被占用')
  if (size > MAX_FONT_BYTES) throw invalid(`字体文件超过${MAX_FONT_BYTES / 1024 / 1024} MB，不能使用。`)
  const bytes = await readFile(source).catch(() => {
    throw new AppError('UNREADABLE', '无法读取所选文件，请确认文件存在且未被占用')
  })
  const check = checkFallbackFont(bytes)
  if (!check.ok) throw invalid(check.reason)
  await mkdir(dirname(paths.fallbackFont), { recursive: true })
  await writeFileDurably(paths.fallbackFont, bytes)
  syncFallbackFont(paths)
}

/** Deletes the data folder's fallback font; true when there was one. */
export async function removeFallbackFont(paths: DataPaths): Promise<boolean> {
  const removed = await unlink(paths.fallbackFont).then(
    () => true,
    (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? false : Promise.reject(error))
  )
  syncFallbackFont(paths)
  return removed
}

let counted: { version: string; count: number } | null = null

function fileSize(path: string): number {
  try {
    return statSync(path).size
  } catch {
    return 0
  }
}

/**
 * The fallback font as 设置 shows it, with what it does for `names`: the characters the bundled
 * fonts lack that it prints, and those no font has.
 */
export function describeFallbackFont(paths: DataPaths, names: readonly string[]): FallbackFontInfo | null {
  const ref = activeFallbackFont()
  const font = fallbackFont()
  if (!ref || !font) return null
  if (counted?.version !== ref.version) counted = { version: ref.version, count: extendedHanCount(font) }
  const printed = new Set<string>()
  const stillMissing = new Set<string>()
  for (const name of names) {
    for (const char of name) {
      if (needsFallbackFont(char)) printed.add(char)
    }
    for (const char of missingGlyphs(name)) stillMissing.add(char)
  }
  const self = fontSelfDescription(font)
  return {
    name: self.name,
    file: paths.fallbackFont,
    bytes: fileSize(ref.path),
    extendedHan: counted.count,
    printsInNames: [...printed],
    stillMissing: [...stillMissing]
  }
}
