import { Alert, Spin } from 'antd'
import { useEffect, useRef, useState } from 'react'
import { base64ToBytes, openPdf, type PdfDocument } from './pdfjs'

/**
 * The PDF's pages drawn by pdf.js: a strip of thumbnails (drawn when scrolled into view, so a
 * 300-page job stays light) and the chosen page large. Browser only: jsdom has no canvas.
 */
export default function PdfPages({ pdfBase64, height = 560 }: { pdfBase64: string; height?: number }) {
  const [doc, setDoc] = useState<PdfDocument | null>(null)
  const [failed, setFailed] = useState(false)
  const [current, setCurrent] = useState(1)
  const pane = useRef<HTMLDivElement>(null)
  const [paneWidth, setPaneWidth] = useState(0)

  useEffect(() => {
    const target = pane.current
    if (!target) return
    const observer = new ResizeObserver(() => setPaneWidth(target.clientWidth))
    observer.observe(target)
    setPaneWidth(target.clientWidth)
    return () => observer.disconnect()
  }, [doc])

  useEffect(() => {
    let live = true
    let opened: PdfDocument | null = null
    setDoc(null)
    setFailed(false)
    setCurrent(1)
    openPdf(base64ToBytes(pdfBase64)).then(
      (pdf) => {
        opened = pdf
        if (live) setDoc(pdf)
        else void pdf.destroy()
      },
      (error: unknown) => {
        console.error('[preview]', error)
        if (live) setFailed(true)
      }
    )
    return () => {
      live = false
      void opened?.destroy()
    }
  }, [pdfBase64])

  if (failed) return <Alert type="warning" showIcon title="预览失败" description="文件已生成，可直接保存或用系统程序打开查看。" />
  if (!doc) return <Spin description="正在载入预览…"><div style={{ height }} /></Spin>
  const numbers = Array.from({ length: doc.numPages }, (_, i) => i + 1)
  return (
    <div style={{ display: 'flex', gap: 12, height }} data-testid="pdf-pages">
      <div style={{ width: 132, overflowY: 'auto', flex: 'none', background: '#f5f5f5', padding: 8, borderRadius: 4 }}>
        {numbers.map((n) => (
          <div key={n} onClick={() => setCurrent(n)} style={{ marginBottom: 8, cursor: 'pointer', textAlign: 'center' }}>
            <PageCanvas doc={doc} pageNumber={n} width={110} lazy selected={n === current} />
            <div style={{ fontSize: 12, color: '#666' }}>第 {n} 页</div>
          </div>
        ))}
      </div>
      <div ref={pane} style={{ flex: 1, minWidth: 0, overflow: 'auto', background: '#e8e8e8', padding: 12, borderRadius: 4, textAlign: 'center' }}>
        {paneWidth > 0 && <PageCanvas doc={doc} pageNumber={current} width={0} fit={{ width: paneWidth - 24, height: height - 24 }} />}
      </div>
    </div>
  )
}

interface PageCanvasProps {
  doc: PdfDocument
  pageNumber: number
  /** CSS width in pixels; 0 to fit the page into `fit` instead. */
  width: number
  fit?: { width: number; height: number }
  lazy?: boolean
  selected?: boolean
}

function PageCanvas({ doc, pageNumber, width, fit, lazy = false, selected = false }: PageCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const [visible, setVisible] = useState(!lazy)

  useEffect(() => {
    if (visible || !canvas.current) return
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setVisible(true), { rootMargin: '200px' })
    observer.observe(canvas.current)
    return () => observer.disconnect()
  }, [visible])

  useEffect(() => {
    if (!visible || !canvas.current) return
    let task: { cancel(): void; promise: Promise<void> } | null = null
    let live = true
    void doc.getPage(pageNumber).then((page) => {
      if (!live || !canvas.current) return
      const base = page.getViewport({ scale: 1 })
      const cssScale = width ? width / base.width : Math.min((fit?.width ?? base.width) / base.width, (fit?.height ?? base.height) / base.height)
      const ratio = window.devicePixelRatio || 1
      const viewport = page.getViewport({ scale: cssScale * ratio })
      const target = canvas.current
      target.width = Math.floor(viewport.width)
      target.height = Math.floor(viewport.height)
      target.style.width = `${Math.floor(viewport.width / ratio)}px`
      target.style.height = `${Math.floor(viewport.height / ratio)}px`
      task = page.render({ canvas: target, viewport })
      task.promise.catch(() => undefined)
    }, (error: unknown) => {
      // Closing the preview destroys the document while its pages may still be on their way.
      if (live) console.error('[preview]', error)
    })
    return () => {
      live = false
      task?.cancel()
    }
  }, [doc, pageNumber, width, fit?.width, fit?.height, visible])

  return (
    <canvas
      ref={canvas}
      data-page={pageNumber}
      style={{
        background: '#fff',
        boxShadow: '0 1px 4px rgba(0,0,0,0.25)',
        outline: selected ? '2px solid #c8161d' : 'none',
        width: width || undefined,
        minHeight: lazy ? 60 : undefined
      }}
    />
  )
}
