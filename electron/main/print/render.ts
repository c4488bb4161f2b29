import { createRequire } from 'node:module'
import { relative, isAbsolute } from 'node:path'
import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { fontBytes } from './font-cache'
import { FONT_NAMES, fontDirs, pdfmakeFonts } from './fonts'
import { chinesePunctuation } from './typography'

/*
 * The one place pdfmake runs. It is locked down once per process: no URL is ever fetched, local
 * files only from the font folders (images come as data URLs), and every document names its font
 * (pdfmake's fallback Roboto is not shipped).
 */

type PdfMake = typeof import('pdfmake')
interface PdfKitDocument {
  _pdfMakePages: unknown[]
}

let instance: PdfMake | null = null

function pdfmake(): PdfMake {
  if (!instance) {
    // pdfmake exports an instance whose methods live on its prototype: load it as CommonJS.
    const loaded = createRequire(__filename)('pdfmake') as PdfMake
    const dirs = fontDirs()
    const fonts = pdfmakeFonts()
    // pdfmake looks in its virtual file system before the disk: put the font files there under
    // their real paths, so every document reuses the bytes already read (SVG text still reads the file).
    const virtualfs = (loaded as unknown as { virtualfs: { writeFileSync(path: string, content: Buffer): void } }).virtualfs
    for (const path of new Set(Object.values(fonts).flatMap((styles) => Object.values(styles)))) virtualfs.writeFileSync(path, fontBytes(path))
    loaded.setFonts(fonts)
    loaded.setUrlAccessPolicy(() => false)
    loaded.setLocalAccessPolicy((path) => dirs.some((dir) => isInside(path, dir)))
    instance = loaded
  }
  return instance
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

/** Fills what every document needs: a default font, Chinese punctuation, the producer line. */
export function finishDefinition(definition: TDocumentDefinitions): TDocumentDefinitions {
  return {
    ...definition,
    content: withChinesePunctuation(definition.content) as TDocumentDefinitions['content'],
    defaultStyle: { font: FONT_NAMES.serif, ...definition.defaultStyle },
    info: { creator: '三亮三比三评工作台', producer: '三亮三比三评工作台', ...definition.info },
    language: 'zh-CN'
  }
}

/** Applies chinesePunctuation to every `text` in a content tree (SVG faces do it themselves). */
function withChinesePunctuation(node: unknown): unknown {
  if (typeof node === 'string') return chinesePunctuation(node)
  if (Array.isArray(node)) return node.map(withChinesePunctuation)
  if (node && typeof node === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(node)) {
      out[key] = TEXT_KEYS.has(key) ? withChinesePunctuation(value) : CONTAINER_KEYS.has(key) ? withChinesePunctuation(value) : value
    }
    return out
  }
  return node
}
const TEXT_KEYS = new Set(['text'])
/** Keys whose values hold more content; strings directly inside them are text too. */
const CONTAINER_KEYS = new Set(['stack', 'columns', 'ul', 'ol', 'body', 'table'])
