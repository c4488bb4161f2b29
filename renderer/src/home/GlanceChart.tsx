import type { EChartsOption } from 'echarts'
import { useMemo } from 'react'
import type { OutputOf } from '@shared/contract'
import { EChart, SCREEN_CHART_FONT } from '../components/charts/EChart'

type Chart = OutputOf<'home:glance'>['stages'][number]['charts'][number]

const COLOURS = ['#c8161d', '#1677ff', '#52c41a', '#faad14', '#722ed1', '#13c2c2']

/** A stage's chart on 首页, from the plain description the stage gives (shared/model/glance.ts). */
export function GlanceChart({ chart }: { chart: Chart }) {
  const option = useMemo((): EChartsOption => {
    const text = { fontFamily: SCREEN_CHART_FONT }
    if (chart.kind === 'pie') {
      const values = chart.series[0]?.values ?? []
      return {
        color: COLOURS,
        textStyle: text,
        tooltip: { trigger: 'item', formatter: `{b}：{c}${chart.unit}（{d}%）` },
        legend: { bottom: 0, textStyle: text },
        series: [{ type: 'pie', radius: ['38%', '62%'], center: ['50%', '44%'], label: { formatter: '{b} {c}', fontFamily: SCREEN_CHART_FONT }, data: chart.categories.map((name, i) => ({ name, value: values[i] ?? 0 })) }]
      }
    }
    return {
      color: COLOURS,
      textStyle: text,
      tooltip: { trigger: 'axis' },
      legend: chart.series.length > 1 ? { bottom: 0, textStyle: text } : undefined,
      grid: { left: 8, right: 8, top: 16, bottom: chart.series.length > 1 ? 32 : 8, containLabel: true },
      // Many categories tilt their labels rather than overlap.
      xAxis: { type: 'category', data: chart.categories, axisLabel: { interval: 0, fontSize: 11, rotate: chart.categories.length > 5 ? 30 : 0 } },
      // A rate moves within a few points: the axis follows the data rather than starting at 0.
      yAxis: chart.kind === 'line' ? { type: 'value', name: chart.unit, scale: true } : { type: 'value', name: chart.unit, minInterval: 1 },
      series: chart.series.map((s) => ({
        name: s.name,
        type: chart.kind === 'line' ? 'line' : 'bar',
        stack: chart.kind === 'stackedBar' ? 'all' : undefined,
        data: s.values,
        label: chart.kind === 'bar' ? { show: true, position: 'top' } : undefined
      }))
    }
  }, [chart])
  const summary = chart.categories.map((c, i) => `${c}${chart.series.map((s) => s.values[i]).join('/')}${chart.unit}`).join('，')
  return (
    <div>
      <div style={{ fontSize: 13, margin: '8px 0 0', color: '#555' }}>{chart.title}</div>
      <EChart option={option} height={200} label={`${chart.title}：${summary}`} />
    </div>
  )
}
