import { createRequire } from 'node:module'
import { dirname, isAbsolute, relative } from 'node:path'
import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { activeFallbackFont, FALLBACK_FONT_NAME } from './fallback-font'
import { fontBytes, fontVersionBytes } from './font-cache'
import { fontRuns } from './font-runs'
import { FONT_NAMES, fontDirs, pdfmakeFonts } from './fonts'
import { chinesePunctuation } from './typography'

/*
 * The one place pdfmake runs. It is locked down once per process: no URL is ever fetched, local
 * files only from the font folders (the packages', and the data folder's fonts/ for the fallback
 * font; images come as data URLs), and every document names its font
 * (pdfmake's fallback Roboto is not shipped).
 */

type PdfMake = typeof import('pdfmake')
interface PdfKitDocument {
  _pdfMakePages: unknown[]
}

let instance: PdfMake | null = null
/** The fallback font pdfmake was last given (null: none; undefined: no fonts yet), so a changed file is registered again. */
let registeredFallback: string | null | undefined

type FontTable = Record<string, { normal: string; bold: string; italics: string; bolditalics: string }>
type VirtualFs = { writeFileSync(path: string, content: Buffer): void }

function pdfmake(): PdfMake {
  if (!instance) {
    // pdfmake exports an instance whose methods live on its prototype: load it as CommonJS.
    const loaded = createRequire(__filename)('pdfmake') as PdfMake
    // pdfmake looks in its virtual file system before the disk: put the font files there under
    // their real paths, so every document reuses the bytes already read (SVG text still reads the file).
    const virtualfs = virtualFs(loaded)
    for (const path of new Set(Object.values(pdfmakeFonts()).flatMap((styles) => Object.values(styles)))) virtualfs.writeFileSync(path, fontBytes(path))
    loaded.setUrlAccessPolicy(() => false)
    loaded.setLocalAccessPolicy((path) => allowedDirs().some((dir) => isInside(path, dir)))
    instance = loaded
  }
  registerFonts(instance)
  return instance
}

const virtualFs = (pm: PdfMake) => (pm as unknown as { virtualfs: VirtualFs }).virtualfs

/** The bundled fonts, and the officer's fallback font when there is one (its newest bytes). */
function registerFonts(pm: PdfMake): void {
  const fallback = activeFallbackFont()
  const key = fallback ? `${fallback.path}\u0000${fallback.version}` : null
  if (key === registeredFallback) return
  const fonts: FontTable = pdfmakeFonts()
  if (fallback) {
    virtualFs(pm).writeFileSync(fallback.path, fontVersionBytes(fallback.path, fallback.version))
    // One file for every style: a fallback character in bold text prints regular rather than as a box.
    fonts[FALLBACK_FONT_NAME] = { normal: fallback.path, bold: fallback.path, italics: fallback.path, bolditalics: fallback.path }
  }
  pm.setFonts(fonts)
  registeredFallback = key
}

/** Folders pdfmake may read from: only the fonts. */
function allowedDirs(): string[] {
  const fallback = activeFallbackFont()
  return fallback ? [...fontDirs(), dirname(fallback.path)] : fontDirs()
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}

export interface Rendered {
  pdf: Buffer
  pages: number
}

/** Progress of the page-drawing step, 0–1; layout before it reports nothing. */
export type RenderProgress = (fraction: number) => void

export async function renderPdf(definition: TDocumentDefinitions, onProgress?: RenderProgress): Promise<Rendered> {
  const pm = pdfmake()
  const prepared = finishDefinition(definition)
  pm.setProgressCallback(onProgress ?? (() => undefined))
  try {
    const output = pm.createPdf(prepared) as unknown as { getStream(): Promise<PdfKitDocument>; getBuffer(): Promise<Buffer> }
    const doc = await output.getStream()
    const pages = doc._pdfMakePages.length
    return { pdf: await output.getBuffer(), pages }
  } finally {
    pm.setProgressCallback(() => undefined)
  }
}

/**
 * Fills what every document needs: a default font, Chinese punctuation, the producer line, and
 * the fallback font on the characters the bundled fonts lack.
 */
export function finishDefinition(definition: TDocumentDefinitions): TDocumentDefinitions {
  return {
    ...definition,
    content: finishContent(definition.content) as TDocumentDefinitions['content'],
    defaultStyle: { font: FONT_NAMES.serif, ...definition.defaultStyle },
    info: { creator: '三亮三比三评工作台', producer: '三亮三比三评工作台', ...definition.info },
    language: 'zh-CN'
  }
}

/** Keys whose values hold more content; strings directly inside them are text too. */
const CONTAINER_KEYS = new Set(['stack', 'columns', 'ul', 'ol', 'body', 'table'])

type Inline = string | ({ text: unknown } & Record<string, unknown>)

/** A content tree with every text finished (SVG faces do it themselves, see parts/tent-card.ts). */
function finishContent(node: unknown): unknown {
  if (typeof node === 'string') {
    const inlines = finishString(node)
    return inlines.length === 1 && typeof inlines[0] === 'string' ? inlines[0] : { text: inlines }
  }
  if (Array.isArray(node)) return node.map(finishContent)
  if (node && typeof node === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(node)) out[key] = key === 'text' ? finishText(value) : CONTAINER_KEYS.has(key) ? finishContent(value) : value
    return out
  }
  return node
}

/** The value of a `text`: a string, an array of inlines, or a node. */
function finishText(value: unknown): unknown {
  if (typeof value === 'string') {
    const inlines = finishString(value)
    return inlines.length === 1 && typeof inlines[0] === 'string' ? inlines[0] : inlines
  }
  if (Array.isArray(value)) return value.flatMap(finishInline)
  return finishContent(value)
}

/**
 * One inline becomes one or more: pdfmake drops the style of an inline whose text is itself an
 * array, so a styled inline is split into siblings that each keep its style.
 */
function finishInline(inline: unknown): unknown[] {
  if (typeof inline === 'string') return finishString(inline)
  if (inline && typeof inline === 'object' && typeof (inline as { text?: unknown }).text === 'string') {
    const styled = inline as { text: string } & Record<string, unknown>
    return finishString(styled.text).map((run) => (typeof run === 'string' ? { ...styled, text: run } : { ...styled, ...run }))
  }
  return [finishContent(inline)]
}

/** Chinese punctuation, then a run of its own in the fallback font for what the bundled fonts lack. */
function finishString(text: string): Inline[] {
  return fontRuns(chinesePunctuation(text)).map((run) => (run.fallback ? { text: run.text, font: FALLBACK_FONT_NAME } : run.text))
}
