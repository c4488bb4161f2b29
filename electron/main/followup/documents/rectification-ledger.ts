import { z } from 'zod'
import { invalid } from '@shared/errors'
import { FINDING_KIND_LABELS } from '@shared/model/finding'
import { printOptions } from '@shared/model/print'
import { FEEDBACK_CHANNEL_LABELS, RECTIFICATION_STATUS_LABELS } from '@shared/followup/ledger'
import { daysPastDeadline, isOverdue, TALLY_LABELS, tallyByKind, tallyOf, type LedgerTally } from '@shared/followup/rectification-rules'
import { daySchema } from '@shared/rules/dates'
import type { TableCell } from 'pdfmake/interfaces'
import { defineDocument } from '../../print/document'
import { documentOptions } from '../../print/options'
import { headerCell, noticeDocument, noticeHeading, noticeTableLayout } from '../../print/parts/notice-frame'
import { chineseDate, PARTY_RED, SIZE } from '../../print/typography'
import { printUnit, type PrintUnit } from '../../print/unit'
import { holderName, personName } from '../names'

export interface LedgerRow {
  source: string
  problem: string
  measures: string
  owner: string
  leader: string
  deadline: string
  status: string
  overdueDays: number
  closeOut: string
}

export interface LedgerData {
  unit: PrintUnit
  rows: LedgerRow[]
  tallies: { label: string; tally: LedgerTally }[]
  total: LedgerTally
  date: string
  asOf: string
}

/** 整改台账: every item of the year with its source, measures, owner, deadline, status and 销号, then the counts per source. */
export const rectificationLedger = defineDocument({
  id: 'rectification-ledger',
  title: '整改台账',
  stage: 'followup',
  group: '整改台账',
  description: '问题清单、整改措施、责任人、时限、整改状态和销号情况，附按来源的整改情况统计',
  options: documentOptions(
    {
      year: printOptions.year,
      allowMissingGlyphs: printOptions.allowMissingGlyphs,
      paper: printOptions.paper(['A4', 'A3']),
      which: z.enum(['all', 'open']).default('all'),
      date: daySchema.optional()
    },
    { which: '打印哪些事项' }
  ),
  controls: [
    { kind: 'year' },
    { kind: 'paper', choices: ['A4', 'A3'] },
    { kind: 'choice', field: 'which', label: '打印哪些事项', choices: [{ value: 'all', label: '全部事项' }, { value: 'open', label: '未销号的' }] },
    { kind: 'date', field: 'date', label: '落款日期', extra: '不填则为今天' }
  ],
  gather(db, options, context) {
    const unit = printUnit(db, options.year)
    const today = context.today
    const ofYear = db.rectifications.filter((r) => r.year === options.year)
    const items = ofYear.filter((r) => options.which === 'all' || r.status !== 'closed').sort((a, b) => a.deadline.localeCompare(b.deadline))
    if (!items.length) throw invalid(`${options.year}年度没有${options.which === 'open' ? '未销号的' : ''}整改事项`)
    const rows: LedgerRow[] = items.map((r) => ({
      source: `${FINDING_KIND_LABELS[r.kind]}${r.sourceTitle ? `\n${r.sourceTitle}` : ''}`,
      // A 举报 stays confidential even on the internal ledger that may be shown at a meeting.
      problem: r.confidential ? '（举报事项，内容不公开）' : r.problem,
      measures: r.confidential ? '' : r.measures,
      owner: holderName(db, r.owner),
      leader: personName(db, r.leaderId),
      deadline: r.deadline,
      status: RECTIFICATION_STATUS_LABELS[r.status],
      overdueDays: isOverdue(r, today) ? daysPastDeadline(r, today) : 0,
      closeOut: r.closeOut
        ? `${personName(db, r.closeOut.verifierId)} ${r.closeOut.on}${r.feedback ? `\n已反馈（${FEEDBACK_CHANNEL_LABELS[r.feedback.channel]}）` : ''}`
        : ''
    }))
    const tallies = tallyByKind(ofYear, today).map(({ kind, tally }) => ({ label: FINDING_KIND_LABELS[kind], tally }))
    return { data: { unit, rows, tallies, total: tallyOf(ofYear, today), date: options.date ?? today, asOf: today } satisfies LedgerData, scope: '' }
  },
  build(data: LedgerData) {
    const rows: TableCell[][] = data.rows.map((row, i) => [
      { text: String(i + 1), alignment: 'center' },
      { text: row.source },
      { text: row.problem },
      { text: row.measures },
      { text: row.owner, alignment: 'center' },
      { text: row.leader, alignment: 'center' },
      { text: row.deadline, alignment: 'center' },
      row.overdueDays > 0 ? { text: `${row.status}\n逾期${row.overdueDays}天`, color: PARTY_RED, bold: true, alignment: 'center' } : { text: row.status, alignment: 'center' },
      { text: row.closeOut, alignment: 'center' }
    ])
    const tallyRow = (label: string, t: LedgerTally): TableCell[] => [
      { text: label },
      ...[t.total, t.done, t.ongoing, t.notStarted].map((n) => ({ text: String(n), alignment: 'center' as const })),
      { text: String(t.overdue), alignment: 'center', color: t.overdue ? PARTY_RED : undefined }
    ]
    return noticeDocument({
      unit: data.unit,
      title: `${data.unit.unitName}${data.unit.year}年度整改台账`,
      paper: 'A4',
      orientation: 'landscape',
      paragraphs: [],
      body: [
        { text: `统计截至${chineseDate(data.asOf)}；“逾期”按该日计算。`, fontSize: SIZE.no5, margin: [0, 0, 0, 6] },
        {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: [24, 78, '*', '*', 56, 44, 58, 58, 66],
            body: [['序号', '问题来源', '存在问题', '整改措施', '责任人', '督导领导', '整改时限', '整改状态', '验收销号'].map(headerCell), ...rows]
          },
          layout: noticeTableLayout,
          fontSize: SIZE.no5
        },
        noticeHeading('整改情况统计'),
        {
          table: {
            headerRows: 1,
            widths: ['*', 70, 70, 110, 70, 70],
            body: [
              ['问题来源', '问题数', TALLY_LABELS.done, TALLY_LABELS.ongoing, TALLY_LABELS.notStarted, '其中逾期'].map(headerCell),
              ...data.tallies.map(({ label, tally }) => tallyRow(label, tally)),
              tallyRow('合计', data.total).map((cell) => ({ ...(cell as object), bold: true }) as TableCell)
            ]
          },
          layout: noticeTableLayout,
          fontSize: SIZE.no5,
          unbreakable: true
        }
      ],
      closing: [],
      date: data.date
    })
  }
})
