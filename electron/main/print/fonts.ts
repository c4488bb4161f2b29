import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createRequire } from 'node:module'

/**
 * The print fonts: OFL Noto fonts taken whole from the npm registry (never committed). Resolved
 * through Node's module resolution, so development, tests, the CLI and the packaged app find the
 * same files.
 */
export type FontFamily = 'serif' | 'sans'

const PACKAGES: Record<FontFamily, { pkg: string; regular: string; bold: string; name: string }> = {
  serif: { pkg: '@expo-google-fonts/noto-serif-sc', regular: '400Regular/NotoSerifSC_400Regular.ttf', bold: '700Bold/NotoSerifSC_700Bold.ttf', name: 'NotoSerifSC' },
  sans: { pkg: '@expo-google-fonts/noto-sans-sc', regular: '400Regular/NotoSansSC_400Regular.ttf', bold: '700Bold/NotoSansSC_700Bold.ttf', name: 'NotoSansSC' }
}

const localRequire = createRequire(__filename)

function packageDir(pkg: string): string {
  return dirname(localRequire.resolve(`${pkg}/package.json`))
}

export interface FontFiles {
  regular: string
  bold: string
  licence: string
}

export function fontFiles(family: FontFamily): FontFiles {
  const { pkg, regular, bold } = PACKAGES[family]
  const dir = packageDir(pkg)
  return { regular: join(dir, regular), bold: join(dir, bold), licence: join(dir, 'LICENSE_FONT') }
}

/** pdfmake's font table: family names as documents use them in `font:`. */
export function pdfmakeFonts(): Record<string, { normal: string; bold: string; italics: string; bolditalics: string }> {
  const table: Record<string, { normal: string; bold: string; italics: string; bolditalics: string }> = {}
  for (const family of Object.keys(PACKAGES) as FontFamily[]) {
    const files = fontFiles(family)
    table[PACKAGES[family].name] = { normal: files.regular, bold: files.bold, italics: files.regular, bolditalics: files.bold }
  }
  return table
}

export const FONT_NAMES = { serif: PACKAGES.serif.name, sans: PACKAGES.sans.name } as const

/** Folders pdfmake may read from: only the fonts. */
export function fontDirs(): string[] {
  return (Object.keys(PACKAGES) as FontFamily[]).map((family) => packageDir(PACKAGES[family].pkg))
}

/** The fonts as the user should know them, each with its licence text, for 设置 → 关于. */
export function fontLicences(): { name: string; licenceName: string; licence: string }[] {
  const licenceName = 'SIL 开源字体许可证 1.1'
  return [
    { name: 'Noto Serif SC（思源宋体，用于公示、承诺卡等正文）', licenceName, licence: readFileSync(fontFiles('serif').licence, 'utf8') },
    { name: 'Noto Sans SC（思源黑体，用于桌牌、岗位牌、标题）', licenceName, licence: readFileSync(fontFiles('sans').licence, 'utf8') }
  ]
}
