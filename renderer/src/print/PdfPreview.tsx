import { Spin, Typography } from 'antd'
import { lazy, Suspense } from 'react'

const PdfPages = lazy(() => import('./PdfPages'))

export interface PreviewData {
  fileName: string
  pages: number
  pdfBase64: string
}

/** pdf.js needs a real canvas; elsewhere (jsdom) the preview says so instead of failing. */
const canDrawPdf = () => typeof window.DOMMatrix === 'function' && typeof window.IntersectionObserver === 'function'

/** The generated file: its name, how many pages, and the pages themselves. */
export function PdfPreview({ preview, height }: { preview: PreviewData; height?: number }) {
  return (
    <div>
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        <Typography.Text strong>{preview.fileName}</Typography.Text>
        <Typography.Text type="secondary" data-testid="preview-pages">
          {`  共 ${preview.pages} 页`}
        </Typography.Text>
      </Typography.Paragraph>
      {canDrawPdf() ? (
        <Suspense fallback={<Spin description="正在载入预览…" />}>
          <PdfPages pdfBase64={preview.pdfBase64} height={height} />
        </Suspense>
      ) : (
        <Typography.Text type="secondary">此处无法显示页面预览，可直接保存或用系统程序打开。</Typography.Text>
      )}
    </div>
  )
}
