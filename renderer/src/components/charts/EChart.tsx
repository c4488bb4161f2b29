import { BarChart, LineChart, PieChart } from 'echarts/charts'
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import type { EChartsOption } from 'echarts'
import { useEffect, useRef } from 'react'

/*
 * The app's one chart component: ECharts with only what the screens use registered (bars, lines,
 * grid, legend, tooltip, band lines), drawn as SVG so it is sharp and prints as the report does.
 * Offline: ECharts loads nothing from the network. A chart that needs another type registers it here.
 */
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer])

/** The screen's font for charts: the same families the app's CSS asks for. */
export const SCREEN_CHART_FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif'

interface Props {
  option: EChartsOption
  height: number
  /** What the chart shows, in words, for screen readers and tests. */
  label: string
}

export function EChart({ option, height, label }: Props) {
  const box = useRef<HTMLDivElement>(null)
  const chart = useRef<echarts.ECharts | null>(null)

  useEffect(() => {
    const element = box.current
    if (!element) return
    const instance = echarts.init(element, null, { renderer: 'svg' })
    chart.current = instance
    // Follows the card's width as the window or the side menu changes.
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => instance.resize())
    resize?.observe(element)
    return () => {
      resize?.disconnect()
      instance.dispose()
      chart.current = null
    }
  }, [])

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true })
  }, [option])

  return <div ref={box} role="img" aria-label={label} data-chart style={{ width: '100%', height }} />
}
