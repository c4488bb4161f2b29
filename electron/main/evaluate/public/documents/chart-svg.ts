import * as echarts from 'echarts'
import type { EChartsOption } from 'echarts'

/**
 * An ECharts option drawn as SVG text with the server-side renderer, for pdfmake's `svg` node. The
 * print worker has no DOM: ssr mode needs none. Chinese labels print in the option's font family,
 * which must be a font registered with pdfmake (FONT_NAMES).
 */
export function chartSvg(option: EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height })
  try {
    chart.setOption(option)
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}
