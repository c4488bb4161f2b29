import { z } from 'zod'
import { AppError } from '@shared/errors'
import { printOptions } from '@shared/model/print'
import type { Subject } from '@shared/evaluate/reviews/model'
import { POLITICAL_STATUS_LABELS, TEAM_KIND_LABELS } from '@shared/roster/model'
import { periodTitle } from '@shared/rules/review-dates'
import type { Content, TableCell } from 'pdfmake/interfaces'
import { defineDocument } from '../../../print/document'
import { FONT_NAMES } from '../../../print/fonts'
import { selectMembers } from '../../../print/members'
import { documentOptions, selectionOptions } from '../../../print/options'
import { pageNumberFooter } from '../../../print/parts/pieces'
import { chineseDate, INK, mm, SIZE } from '../../../print/typography'
import { printUnit, type PrintUnit } from '../../../print/unit'
import { criteriaOf } from '../self-reviews'
import { formTableLayout, formTitle, halfControl, halfOption, labelCell, roundFor } from './common'

export interface SelfReviewSheet {
  /** The head row's label and value pairs: 姓名 / 所在班组 / 政治面貌, or 自评单位 / 类型. */
  heads: [label: string, value: string][]
  /** Widths of the value columns (a label column is 60 pt), 0 for the rest of the line. */
  headWidths: number[]
  /** 本人签名 for a member, 负责人签名 for a team or the branch. */
  signer: string
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
  description: '每人（或每个班组、支部）一页：按评议标准（党员五带头，班组、支部五个好）自评情况和自评分、存在不足及整改措施；可印空白表，也可按已录入的自评印出',
  options: documentOptions(
    { ...selectionOptions, paper: printOptions.paper(['A4']), half: halfOption, filled: z.enum(['filled', 'blank']).default('filled'), who: z.enum(['members', 'groups']).default('members') },
    { half: '半年', filled: '填写内容', who: '自评对象' }
  ),
  controls: [
    { kind: 'year' },
    halfControl,
    { kind: 'paper', choices: ['A4'] },
    { kind: 'choice', field: 'who', label: '自评对象', choices: [{ value: 'members', label: '党员（五带头）' }, { value: 'groups', label: '班组和支部（五个好）' }] },
    { kind: 'choice', field: 'filled', label: '填写内容', choices: [{ value: 'filled', label: '按已录入的自评' }, { value: 'blank', label: '空白表' }] },
    { kind: 'scope', when: { field: 'who', is: ['members'] } },
    { kind: 'nameOrder', when: { field: 'who', is: ['members'] } }
  ],
  gather(db, options) {
    const unit = printUnit(db, options.year)
    const round = roundFor(db, options.year, options.half)
    const teams = new Map(db.teams.map((t) => [t.id, t.name]))
    const blank = options.filled === 'blank'
    const leftOut: { name: string; reason: string }[] = []
    const sheets: SelfReviewSheet[] = []
    const sheet = (subject: Subject, heads: SelfReviewSheet['heads'], widths: number[]) => {
      const review = db.selfReviews.find((s) => s.roundId === round.id && s.subject.kind === subject.kind && (subject.kind === 'branch' || s.subject.id === subject.id))
      if (!blank && !review) return void leftOut.push({ name: heads[0][1], reason: '尚未录入本轮自评（可改印空白表）' })
      sheets.push({
        heads,
        headWidths: widths,
        signer: subject.kind === 'person' ? '本人签名' : '负责人签名',
        writtenOn: review && !blank ? review.writtenOn : '',
        rows: criteriaOf(round, subject).map((c) => {
          const entry = blank ? undefined : review?.entries.find((e) => e.criterionId === c.id)
          return { criterion: c.text, text: entry?.text ?? '', score: entry?.score ?? null }
        }),
        shortcomings: blank || !review ? [] : review.shortcomings.map((s) => ({ text: s.text, measures: s.measures, dueOn: s.dueOn ? chineseDate(s.dueOn) : '' }))
      })
    }
    if (options.who === 'members') {
      for (const person of selectMembers(db, options)) {
        sheet({ kind: 'person', id: person.id }, [['姓名', person.name], ['所在班组', (person.teamId && teams.get(person.teamId)) || ''], ['政治面貌', POLITICAL_STATUS_LABELS[person.politicalStatus]]], [0, 0, 0])
      }
    } else {
      for (const team of db.teams.filter((t) => !t.deletedAt).sort((a, b) => a.order - b.order)) sheet({ kind: 'team', id: team.id }, [['自评单位', team.name], ['类型', TEAM_KIND_LABELS[team.kind]]], [0, 90])
      sheet({ kind: 'branch', id: null }, [['自评单位', db.settings.branchName || '党支部'], ['类型', '党支部']], [0, 90])
    }
    if (!sheets.length) throw new AppError('NOTHING_TO_PRINT', `所选${options.who === 'members' ? '党员' : '班组和支部'}都还没有录入${periodTitle(round.year, round.half)}的自评；可改印空白表`)
    const title = `${periodTitle(round.year, round.half)}${options.who === 'members' ? '党员' : '班组（支部）'}自评表`
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
  const heads = sheet.heads.flatMap(([label, value]): TableCell[] => [labelCell(label), { text: value, alignment: 'center' }])
  return [
    { ...formTitle(input.title), ...(index > 0 ? { pageBreak: 'before' as const } : {}) },
    { text: `${input.unit.unitName}　${input.unit.branchName}`, alignment: 'center', margin: [0, 0, 0, 8] },
    {
      table: { widths: sheet.headWidths.flatMap((width) => [60, width || '*']), body: [heads] },
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
        { text: `${sheet.signer}：`, width: '*' },
        { text: `填写日期：${sheet.writtenOn ? chineseDate(sheet.writtenOn) : '　　　　年　　月　　日'}`, width: 'auto' }
      ],
      margin: [0, 18, 0, 0]
    }
  ]
}
