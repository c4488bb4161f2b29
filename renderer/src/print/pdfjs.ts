/// <reference types="vite/client" />
import type * as PdfjsModule from 'pdfjs-dist'

export type Pdfjs = typeof PdfjsModule
export type PdfDocument = PdfjsModule.PDFDocumentProxy

let loading: Promise<Pdfjs> | null = null

/**
 * pdf.js, loaded on first preview so it stays out of the start-up bundle. Its worker is a bundled
 * asset served from the app itself ('self' under the CSP), never a CDN.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]).then(([pdfjs, worker]) => {
    pdfjs.GlobalWorkerOptions.workerSrc = worker.default
    return pdfjs
  })
  return loading
}

/** Opens PDF bytes. No eval (the CSP forbids it) and nothing fetched: our PDFs embed their fonts. */
export async function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  const pdfjs = await loadPdfjs()
  return pdfjs.getDocument({ data: bytes, isEvalSupported: false, disableAutoFetch: true, useSystemFonts: false, stopAtErrors: false }).promise
}

export function base64ToBytes(base64: string): Uint8Array {
  const text = atob(base64)
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i)
  return bytes
}
