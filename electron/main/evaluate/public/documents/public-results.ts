import type { ObjectResult, RoundResults } from '@shared/evaluate/public/contract'
import { levelsChart, objectsChart, ratesChart } from '@shared/evaluate/public/charts'
import { OBJECT_KIND_LABELS } from '@shared/evaluate/public/model'
import { printOptions } from '@shared/model/print'
import { daySchema } from '@shared/rules/dates'
import { BAND_LABELS, percent } from '@shared/rules/satisfaction'
import { CHANNEL_LABELS, CHANNELS } from '@shared/rules/satisfaction-channels'
import type { Content, TableCell } from 'pdfmake/interfaces'
import { defineDocument } from '../../../print/document'
import { FONT_NAMES } from '../../../print/fonts'
import { documentOptions } from '../../../print/options'
import { headerCell, noticeDocument, noticeHeading, noticeTableLayout } from '../../../print/parts/notice-frame'
import { mm, PAPER_POINTS, SIZE } from '../../../print/typography'
import { printUnit, type PrintUnit } from '../../../print/unit'
import { roundResults } from '../results'
import { chartSvg } from './chart-svg'
import { chosenRound, halfControl, halfOption } from './round-choice'

/*
 * 群众评议结果: per object the table of counts and rates (with the formula and the bands it was
 * judged by), the same two charts as the results screen, the cross-table by channel and what the
 * other channels gathered. A public document: no 举报 — not its content, not even its count.
 */

export interface ResultsData {
  unit: PrintUnit
  results: Omit<RoundResults, 'logs'> & { logs: Omit<RoundResults['logs'], 'reports'> }
  /** What the other channels gathered, in numbers a public notice may carry. */
  channels: { phoneUnhappy: number; forumPeople: number; forumPoints: number; opinions: number; suggestionsReplied: number }
  date: string
}

const NUMERALS = '一二三四五六七八九十'
const numeral = (n: number) => (n < 10 ? NUMERALS[n] : String(n + 1))
/** Landscape A4 inside the notice frame's 25 mm margins. */
const LANDSCAPE_WIDTH = PAPER_POINTS.A4[1] - 2 * mm(25)

export const publicResults = defineDocument({
  id: 'public-results',
  title: '群众评议结果',
  stage: 'evaluate',
  group: '群众评议',
  description: '一轮群众评议各评议对象的满意率、档次、与上一轮比较和图表，以及各渠道对照（不含举报）',
  options: documentOptions(
    { year: printOptions.year, allowMissingGlyphs: printOptions.allowMissingGlyphs, half: halfOption, date: daySchema.optional() },
    { half: '评议轮次' }
  ),
  controls: [{ kind: 'year' }, halfControl, { kind: 'date', field: 'date', label: '落款日期', extra: '不填则为今天' }],
  gather(db, options, context) {
    const unit = printUnit(db, options.year)
    const round = chosenRound(db, options.year, options.half)
    const { logs, ...rest } = roundResults(db, round.id)
    const inRound = <T extends { roundId: string }>(list: readonly T[]) => list.filter((r) => r.roundId === round.id)
    const forums = inRound(db.forums)
    const data: ResultsData = {
      unit,
      results: { ...rest, logs: { phoneChecks: logs.phoneChecks, forums: logs.forums, supervisorVisits: logs.supervisorVisits, suggestions: logs.suggestions } },
      channels: {
        phoneUnhappy: inRound(db.phoneChecks).filter((c) => c.satisfaction === 3).length,
        forumPeople: forums.reduce((sum, f) => sum + f.attendeeCount, 0),
        forumPoints: forums.reduce((sum, f) => sum + f.points.length, 0),
        opinions: inRound(db.supervisorVisits).reduce((sum, v) => sum + v.opinions.length, 0),
        suggestionsReplied: inRound(db.boxEntries).filter((e) => e.box === 'suggestion' && (e.status === 'replied' || e.status === 'closed')).length
      },
      date: options.date ?? context.today
    }
    return { data, title: `${rest.roundName}群众评议结果`, scope: '' }
  },
  build(input: ResultsData) {
    const { results } = input
    // 总体情况 fits under the opening; each object then takes a page of its own, table and charts together.
    const body: Content[] = [noticeHeading('一、总体情况'), summaryTable(input), summaryChart(input)]
    results.objects.forEach((object, n) => body.push(...objectSection(object, n + 1, results.previousRoundName)))
    body.push({ stack: [noticeHeading(`${numeral(results.objects.length + 1)}、各渠道满意率对照`)], pageBreak: 'before' }, crossTable(input), ...channelLines(input))
    return noticeDocument({
      unit: input.unit,
      title: `${input.unit.unitName}${results.roundName}群众评议结果`,
      paper: 'A4',
      orientation: 'landscape',
      paragraphs: [
        `${results.roundName}，${input.unit.branchName || input.unit.unitName}通过发放问卷、电话随机抽访、召开座谈会、特约监督员监督和设置意见箱等方式开展群众评议，` +
          `共收回问卷${results.objects.reduce((sum, o) => sum + o.returned, 0)}份。现将评议结果公布如下。`
      ],
      body,
      closing: [`对评议中群众反映的问题，将逐条制定整改措施，限期整改并公布整改结果。${input.unit.supervisionPhone ? `监督电话：${input.unit.supervisionPhone}。` : ''}`],
      date: input.date
    })
  }
})

function objectSection(object: ObjectResult, n: number, previousName: string | null): Content[] {
  const q = object.questionnaire
  const hasPrevious = object.dimensions.some((d) => d.previous !== null)
  const cells = (d: ObjectResult['dimensions'][number], name: string): TableCell[] => [
    { text: name, alignment: 'center', bold: name === '综合', font: name === '综合' ? FONT_NAMES.sans : undefined },
    ...d.counts.map((c) => ({ text: String(c), alignment: 'center' as const })),
    { text: String(d.invalid), alignment: 'center' },
    { text: percent(d.rate), alignment: 'center' },
    { text: percent(d.topShare), alignment: 'center' },
    { text: percent(d.unsatisfied), alignment: 'center' },
    { text: BAND_LABELS[d.band], alignment: 'center', color: d.band === 'rework' ? '#C8161D' : undefined, bold: d.band === 'rework' },
    ...(hasPrevious ? [{ text: percent(d.previous), alignment: 'center' as const }, { text: changeText(d.change), alignment: 'center' as const }] : [])
  ]
  const header = [
    '评议项目',
    ...q.scale,
    '无效',
    '满意率',
    `${q.scale[0]}占比`,
    '不满意率',
    '档次',
    ...(hasPrevious ? ['上轮满意率', '增减'] : [])
  ]
  const chartWidth = Math.floor((LANDSCAPE_WIDTH - 12) / 2)
  const chartHeight = Math.min(190, Math.max(140, 18 * q.dimensions.length + 40))
  const look = { fontFamily: FONT_NAMES.sans }
  const kinds = q.respondentKinds.map((k, i) => `${k}${object.kinds[i]}份`).concat(object.kindUnknown ? [`未填身份${object.kindUnknown}份`] : [])
  return [
    { stack: [noticeHeading(`${numeral(n)}、${OBJECT_KIND_LABELS[q.object.kind]}：${q.object.name}`)], pageBreak: 'before' },
    {
      text:
        `收回问卷${object.returned}份${object.returnRate !== null ? `（发放${q.distributed}份，回收率${percent(object.returnRate)}）` : ''}，` +
        `其中无效问卷${object.voided}份${kinds.length ? `；${kinds.join('、')}` : ''}。`,
      fontSize: SIZE.small4,
      margin: [0, 0, 0, 4]
    },
    {
      table: { headerRows: 1, widths: [64, ...header.slice(1, hasPrevious ? -2 : undefined).map(() => '*' as const), ...(hasPrevious ? [64, 40] : [])], body: [header.map(headerCell), ...object.dimensions.map((d) => cells(d, d.name)), cells(object.overall, '综合')] },
      layout: noticeTableLayout,
      fontSize: SIZE.no5
    },
    {
      text: `${object.formula}；档次：满意率≥${q.bands.good}%为“好”，${q.bands.fair}%（含）至${q.bands.good}%为“一般”，低于${q.bands.fair}%为“需整改”；有效份数少于${q.minResponses}份的项目为“样本不足”，不评定档次。`,
      fontSize: SIZE.small5,
      margin: [0, 3, 0, 6]
    },
    {
      columns: [
        { svg: chartSvg(ratesChart(object, look, previousName), chartWidth, chartHeight), width: chartWidth },
        { svg: chartSvg(levelsChart(object, look), chartWidth, chartHeight), width: chartWidth }
      ],
      columnGap: 12,
      unbreakable: true
    }
  ]
}

function summaryTable(input: ResultsData): Content {
  const { objects } = input.results
  const hasPrevious = objects.some((o) => o.overall.previous !== null)
  const header = ['序号', '评议对象', '收回份数', '综合满意率', '不满意率', '档次', '需整改的项目', ...(hasPrevious ? ['上轮综合满意率', '增减'] : [])]
  const rows = objects.map((o, i): TableCell[] => [
    { text: String(i + 1), alignment: 'center' },
    { text: `${o.questionnaire.object.name}`, alignment: 'center' },
    { text: String(o.returned), alignment: 'center' },
    { text: percent(o.overall.rate), alignment: 'center' },
    { text: percent(o.overall.unsatisfied), alignment: 'center' },
    { text: BAND_LABELS[o.overall.band], alignment: 'center' },
    { text: o.dimensions.filter((d) => d.band === 'rework').map((d) => d.name).join('、') || '无', alignment: 'center' },
    ...(hasPrevious ? [{ text: percent(o.overall.previous), alignment: 'center' as const }, { text: changeText(o.overall.change), alignment: 'center' as const }] : [])
  ])
  return { table: { headerRows: 1, widths: [28, '*', 52, 60, 56, 48, '*', ...(hasPrevious ? [72, 44] : [])], body: [header.map(headerCell), ...rows] }, layout: noticeTableLayout, fontSize: SIZE.no5, margin: [0, 0, 0, 6] }
}

function summaryChart(input: ResultsData): Content {
  const width = Math.floor(LANDSCAPE_WIDTH * 0.7)
  return { svg: chartSvg(objectsChart(input.results.objects, { fontFamily: FONT_NAMES.sans }, input.results.previousRoundName), width, 140), width, alignment: 'center' }
}

const changeText = (change: number | null) => (change === null ? '—' : `${change >= 0 ? '+' : '−'}${(Math.round(Math.abs(change) * 10) / 10).toFixed(1)}`)

function crossTable(input: ResultsData): Content {
  const header = ['评议项目', ...CHANNELS.map((c) => (c === 'box' ? `${CHANNEL_LABELS[c]}（件）` : `${CHANNEL_LABELS[c]}满意率`))]
  const rows = input.results.cross.map((row): TableCell[] => [
    { text: row.dimension, alignment: 'center' },
    ...CHANNELS.map((c) => {
      const cell = row.cells[c]
      return { text: c === 'box' ? String(cell.count) : cell.count ? `${percent(cell.rate)}（${cell.count}）` : '—', alignment: 'center' as const }
    })
  ])
  return {
    stack: [
      { table: { headerRows: 1, widths: [80, '*', '*', '*', '*'], body: [header.map(headerCell), ...rows] }, layout: noticeTableLayout, fontSize: SIZE.no5 },
      { text: '括号内为有效评价数；电话抽访和特约监督员按满意、比较满意、基本满意计入满意率；意见箱一栏为涉及该项目的来信件数。', fontSize: SIZE.small5, margin: [0, 3, 0, 6] }
    ]
  }
}

function channelLines(input: ResultsData): Content[] {
  const { logs } = input.results
  const c = input.channels
  return [
    {
      text:
        `本轮电话随机抽访${logs.phoneChecks}人次，其中表示不满意${c.phoneUnhappy}人次；召开座谈会${logs.forums}次，参加${c.forumPeople}人次，收集意见${c.forumPoints}条；` +
        `特约监督员监督${logs.supervisorVisits}次，提出意见${c.opinions}条；意见箱收到来信${logs.suggestions}件，已答复${c.suggestionsReplied}件。`,
      fontSize: SIZE.no3,
      lineHeight: 1.25,
      leadingIndent: SIZE.no3 * 2,
      alignment: 'justify',
      margin: [0, 6, 0, 4]
    }
  ]
}
