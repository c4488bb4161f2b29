import { createRequire } from 'node:module'
import type * as ECharts from 'echarts'
import type { EChartsOption } from 'echarts'

/*
 * Loaded on the first chart, not with this module: main imports every document for the print
 * centre's catalogue but only the print worker draws, and ECharts alone takes about a second to load
 * (the app's start and every `npm run cli` would wait for it).
 */
let loaded: typeof ECharts | undefined
const echarts = (): typeof ECharts => (loaded ??= createRequire(__filename)('echarts') as typeof ECharts)

/**
 * An ECharts option drawn as SVG text with the server-side renderer, for pdfmake's `svg` node. The
 * print worker has no DOM: ssr mode needs none. Chinese labels print in the option's font family,
 * which must be a font registered with pdfmake (FONT_NAMES).
 */
export function chartSvg(option: EChartsOption, width: number, height: number): string {
  const chart = echarts().init(null, null, { renderer: 'svg', ssr: true, width, height })
  try {
    chart.setOption(option)
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}
