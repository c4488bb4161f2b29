import { z } from 'zod'
import { AppError } from '@shared/errors'
import { printOptions } from '@shared/model/print'
import { POLITICAL_STATUS_LABELS } from '@shared/roster/model'
import { periodTitle } from '@shared/rules/review-dates'
import type { Content, TableCell } from 'pdfmake/interfaces'
import { defineDocument } from '../../../print/document'
import { FONT_NAMES } from '../../../print/fonts'
import { selectMembers } from '../../../print/members'
import { documentOptions, selectionOptions } from '../../../print/options'
import { pageNumberFooter } from '../../../print/parts/pieces'
import { chineseDate, INK, mm, SIZE } from '../../../print/typography'
import { printUnit, type PrintUnit } from '../../../print/unit'
import { formTableLayout, formTitle, halfControl, halfOption, labelCell, roundFor } from './common'

export interface SelfReviewSheet {
  name: string
  teamName: string
  status: string
  /** Empty on a blank form. */
  writtenOn: string
  rows: { criterion: string; text: string; score: number | null }[]
  shortcomings: { text: string; measures: string; dueOn: string }[]
}

export interface SelfReviewFormData {
  unit: PrintUnit
  title: string
  scoreMax: number
  blank: boolean
  sheets: SelfReviewSheet[]
}

/** Blank forms have room to write in, on one A4 page: rows this tall for each criterion, this many for shortcomings. */
const BLANK_CRITERION_HEIGHT = 54
const BLANK_SHORTCOMINGS = 3

/** 党员自评表: one sheet per member, blank to hand out, or filled from the self-reviews entered. */
export const selfReviewForm = defineDocument({
  id: 'self-review-form',
  title: '党员自评表',
  stage: 'evaluate',
  group: '党员自评互评',
  description: '每人一页：按评议标准（默认五带头）自评情况和自评分、存在不足及整改措施；可印空白表，也可按已录入的自评印出',
  options: documentOptions(
    { ...selectionOptions, paper: printOptions.paper(['A4']), half: halfOption, filled: z.enum(['filled', 'blank']).default('filled') },
    { half: '半年', filled: '填写内容' }
  ),
  controls: [
    { kind: 'year' },
    halfControl,
    { kind: 'paper', choices: ['A4'] },
    { kind: 'choice', field: 'filled', label: '填写内容', choices: [{ value: 'filled', label: '按已录入的自评' }, { value: 'blank', label: '空白表' }] },
    { kind: 'scope' },
    { kind: 'nameOrder' }
  ],
  gather(db, options) {
    const unit = printUnit(db, options.year)
    const round = roundFor(db, options.year, options.half)
    const teams = new Map(db.teams.map((t) => [t.id, t.name]))
    const blank = options.filled === 'blank'
    const people = selectMembers(db, options)
    const leftOut: { name: string; reason: string }[] = []
    const sheets: SelfReviewSheet[] = []
    for (const person of people) {
      const review = db.selfReviews.find((s) => s.roundId === round.id && s.subject.kind === 'person' && s.subject.id === person.id)
      if (!blank && !review) {
        leftOut.push({ name: person.name, reason: '尚未录入本轮自评（可改印空白表）' })
        continue
      }
      sheets.push({
        name: person.name,
        teamName: (person.teamId && teams.get(person.teamId)) || '',
        status: POLITICAL_STATUS_LABELS[person.politicalStatus],
        writtenOn: review && !blank ? review.writtenOn : '',
        rows: round.memberCriteria.map((c) => {
          const entry = blank ? undefined : review?.entries.find((e) => e.criterionId === c.id)
          return { criterion: c.text, text: entry?.text ?? '', score: entry?.score ?? null }
        }),
        shortcomings: blank || !review ? [] : review.shortcomings.map((s) => ({ text: s.text, measures: s.measures, dueOn: s.dueOn ? chineseDate(s.dueOn) : '' }))
      })
    }
    if (!sheets.length) throw new AppError('NOTHING_TO_PRINT', `所选党员都还没有录入${periodTitle(round.year, round.half)}的自评；可改印空白表`)
    const title = `${periodTitle(round.year, round.half)}党员自评表`
    return { data: { unit, title, scoreMax: round.selfScoreMax, blank, sheets } satisfies SelfReviewFormData, title: blank ? `${title}（空白）` : title, leftOut }
  },
  build(input: SelfReviewFormData) {
    return {
      pageSize: 'A4',
      pageOrientation: 'portrait',
      pageMargins: [mm(22), mm(18), mm(20), mm(18)],
      info: { title: `${input.unit.unitName}${input.title}` },
      defaultStyle: { font: FONT_NAMES.serif, fontSize: SIZE.no5 + 1, color: INK, lineHeight: 1.25 },
      footer: pageNumberFooter(SIZE.no5),
      content: input.sheets.flatMap((sheet, n) => sheetContent(input, sheet, n))
    }
  }
})

function sheetContent(input: SelfReviewFormData, sheet: SelfReviewSheet, index: number): Content[] {
  const { blank, scoreMax } = input
  const total = sheet.rows.every((r) => r.score === null) ? null : sheet.rows.reduce((sum, r) => sum + (r.score ?? 0), 0)
  const criteria: TableCell[][] = [
    [labelCell('评议标准'), labelCell('自评情况'), labelCell(`自评分\n满分${scoreMax}`)],
    ...sheet.rows.map((row) => [labelCell(row.criterion, { margin: [0, 4, 0, 0] }), { text: row.text }, { text: row.score === null ? '' : String(row.score), alignment: 'center' as const }]),
    [labelCell('合计'), { text: '' }, { text: total === null ? '' : `${total}／${scoreMax * sheet.rows.length}`, alignment: 'center' as const }]
  ]
  const lines = blank ? Array.from({ length: BLANK_SHORTCOMINGS }, () => ({ text: '', measures: '', dueOn: '' })) : sheet.shortcomings
  const shortcomings: TableCell[][] = [
    [labelCell('序号'), labelCell('存在不足'), labelCell('整改措施'), labelCell('整改时限')],
    ...(lines.length ? lines.map((line, n) => [{ text: String(n + 1), alignment: 'center' as const }, { text: line.text }, { text: line.measures }, { text: line.dueOn, alignment: 'center' as const }]) : [[{ text: '（未填写存在不足）', colSpan: 4, alignment: 'center' as const }, {}, {}, {}]])
  ]
  const header = (label: string, value: string): TableCell[] => [labelCell(label), { text: value, alignment: 'center' }]
  return [
    { ...formTitle(input.title), ...(index > 0 ? { pageBreak: 'before' as const } : {}) },
    { text: `${input.unit.unitName}　${input.unit.branchName}`, alignment: 'center', margin: [0, 0, 0, 8] },
    {
      table: { widths: [52, '*', 60, '*', 60, '*'], body: [[...header('姓名', sheet.name), ...header('所在班组', sheet.teamName), ...header('政治面貌', sheet.status)]] },
      layout: formTableLayout
    },
    {
      table: { headerRows: 1, widths: [84, '*', 66], body: criteria, heights: blank ? (row: number) => (row > 0 && row <= sheet.rows.length ? BLANK_CRITERION_HEIGHT : 0) : undefined },
      layout: formTableLayout,
      margin: [0, -0.8, 0, 0]
    },
    { text: '存在不足及整改措施', font: FONT_NAMES.sans, bold: true, margin: [0, 10, 0, 4] },
    {
      table: { headerRows: 1, widths: [28, '*', '*', 86], body: shortcomings, heights: blank ? (row: number) => (row > 0 ? 30 : 0) : undefined },
      layout: formTableLayout
    },
    {
      columns: [
        { text: '本人签名：', width: '*' },
        { text: `填写日期：${sheet.writtenOn ? chineseDate(sheet.writtenOn) : '　　　　年　　月　　日'}`, width: 'auto' }
      ],
      margin: [0, 18, 0, 0]
    }
  ]
}
