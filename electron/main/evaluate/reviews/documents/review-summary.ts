import { printOptions } from '@shared/model/print'
import { periodTitle } from '@shared/rules/review-dates'
import type { TableCell } from 'pdfmake/interfaces'
import { defineDocument } from '../../../print/document'
import { documentOptions, selectionOptions } from '../../../print/options'
import { fitColumn, headerCell, noticeDocument, noticeTableLayout } from '../../../print/parts/notice-frame'
import { printUnit, type PrintUnit } from '../../../print/unit'
import { peerResults } from '../results'
import { subjectName } from '../self-reviews'
import { halfControl, halfOption, roundFor } from './common'

export interface ReviewSummaryRow {
  name: string
  teamName: string
  /** Σ of the self-scores; null without a self-review. */
  selfScore: number | null
  counts: number[]
  average: number | null
  shortcomings: number
}

export interface ReviewSummaryData {
  unit: PrintUnit
  title: string
  grades: string[]
  /** 优秀10分、合格7分…, printed with the results so the average can be checked. */
  rule: string
  selfMax: number
  ballots: number
  rows: ReviewSummaryRow[]
  groups: { name: string; score: number | null; shortcomings: string[] }[]
  /** `YYYY-MM-DD`: the round's completion, else today. */
  date: string
  paper: 'A4' | 'A3'
  orientation: 'portrait' | 'landscape'
}

const whole = (n: number | null) => (n === null ? '—' : String(n))
/** Averages print with two decimals always (9.10, not 9.1), as the rule says they are kept. */
const twoPlaces = (n: number | null) => (n === null ? '—' : n.toFixed(2))

/** 党员自评互评情况汇总表: each member's self-score, 互评 votes per grade and average, shortcomings; the team and branch self-reviews. */
export const reviewSummary = defineDocument({
  id: 'review-summary',
  title: '党员自评互评情况汇总表',
  stage: 'evaluate',
  group: '党员自评互评',
  description: '一轮自评互评的汇总：每人自评得分、互评各等次票数和得分、存在不足条数，以及班组（支部）自评',
  options: documentOptions({ ...selectionOptions, paper: printOptions.paper(['A4', 'A3']), orientation: printOptions.orientation(['landscape', 'portrait']), half: halfOption }, { half: '半年' }),
  controls: [{ kind: 'year' }, halfControl, { kind: 'paper', choices: ['A4', 'A3'] }, { kind: 'orientation', choices: ['landscape', 'portrait'] }, { kind: 'scope' }, { kind: 'nameOrder' }],
  gather(db, options, context) {
    const unit = printUnit(db, options.year)
    const round = roundFor(db, options.year, options.half)
    const results = peerResults(db, round, options)
    const reviews = db.selfReviews.filter((s) => s.roundId === round.id)
    const rows = results.rows.map((row) => {
      const review = reviews.find((s) => s.subject.kind === 'person' && s.subject.id === row.personId)
      const scored = review?.entries.filter((e) => e.score !== null) ?? []
      return {
        name: row.name,
        teamName: row.teamName,
        selfScore: scored.length ? scored.reduce((sum, e) => sum + e.score!, 0) : null,
        counts: row.score.grades.map((g) => g.count),
        average: row.score.average,
        shortcomings: review?.shortcomings.length ?? 0
      }
    })
    const groups = reviews
      .filter((s) => s.subject.kind !== 'person')
      .map((s) => {
        const scored = s.entries.filter((e) => e.score !== null)
        return { name: subjectName(db, s.subject), score: scored.length ? scored.reduce((sum, e) => sum + e.score!, 0) : null, shortcomings: s.shortcomings.map((l) => l.text) }
      })
    const title = `${periodTitle(round.year, round.half)}党员自评互评情况汇总表`
    return {
      data: {
        unit,
        title,
        grades: round.peerGrades.map((g) => g.label),
        rule: round.peerGrades.map((g) => `${g.label}${whole(g.points)}分`).join('、'),
        selfMax: round.selfScoreMax * round.memberCriteria.length,
        ballots: results.ballots,
        rows,
        groups,
        date: round.closedOn ?? context.today,
        paper: options.paper,
        orientation: options.orientation
      } satisfies ReviewSummaryData,
      title,
      scope: ''
    }
  },
  build(input: ReviewSummaryData, { measure }) {
    const body: TableCell[][] = [
      [headerCell('序号'), headerCell('姓名'), headerCell('所在班组'), headerCell(`自评得分\n（满分${input.selfMax}）`), ...input.grades.map((g) => headerCell(`${g}\n（票）`)), headerCell('互评得分'), headerCell('存在不足\n（条）')],
      ...input.rows.map((row, n): TableCell[] => [
        { text: String(n + 1), alignment: 'center' },
        { text: row.name, alignment: 'center' },
        { text: row.teamName, alignment: 'center' },
        { text: whole(row.selfScore), alignment: 'center' },
        ...row.counts.map((c) => ({ text: String(c), alignment: 'center' as const })),
        { text: twoPlaces(row.average), alignment: 'center', bold: true },
        { text: String(row.shortcomings), alignment: 'center' }
      ])
    ]
    const groups = input.groups.map((g) => `${g.name}自评得分${whole(g.score)}${g.shortcomings.length ? `，存在不足：${g.shortcomings.join('；')}` : ''}。`)
    return noticeDocument({
      unit: input.unit,
      title: `${input.unit.unitName}${input.title}`,
      paper: input.paper,
      orientation: input.orientation,
      paragraphs: [
        `本轮参加自评互评的党员${input.rows.length}名，收回互评票${input.ballots}张。互评得分为各等次票数乘以分值（${input.rule}）之和除以有效票数，保留两位小数；本人不评自己。`
      ],
      body: [
        {
          table: {
            headerRows: 1,
            widths: [28, fitColumn(['姓名', ...input.rows.map((r) => r.name)], measure, 48, 72), fitColumn(['所在班组', ...input.rows.map((r) => r.teamName)], measure, 56, 120), 72, ...input.grades.map(() => '*'), 56, 52],
            body
          },
          layout: noticeTableLayout,
          margin: [0, 8, 0, 8]
        }
      ],
      closing: groups,
      date: input.date
    })
  }
})
