import { GRADE_LABELS } from '@shared/appraisal/model'
import { APPRAISAL_COMPONENT_LABELS, COUNTED_COMPONENTS, SCORED_COMPONENTS } from '@shared/model/appraisal-figure'
import { printOptions } from '@shared/model/print'
import { daySchema } from '@shared/rules/dates'
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import { AppError } from '@shared/errors'
import { defineDocument } from '../../print/document'
import { FONT_NAMES } from '../../print/fonts'
import { documentOptions, selectionOptions } from '../../print/options'
import { headerCell, noticeTableLayout } from '../../print/parts/notice-frame'
import { chineseDate, INK, mm, SIZE } from '../../print/typography'
import { printUnit, type PrintUnit } from '../../print/unit'
import { decidedRows, printedAppraisal } from './common'

export interface ResultLetter {
  name: string
  grade: string
  note: string
  /** The figures as the member's own record: label and value; components without a figure are left out. */
  figures: { label: string; value: string }[]
  composite: string
}

export interface ResultLetterData {
  unit: PrintUnit
  letters: ResultLetter[]
  date: string
}

/** 个人评定结果通知: one page per member with the branch's grade and the figures it rested on, fed back to each member. */
export const resultLetter = defineDocument({
  id: 'appraisal-letter',
  title: '个人评定结果通知',
  stage: 'appraisal',
  group: '年终评优',
  description: '每人一页：支部评定的等次、各项得分和综合得分，反馈给党员本人',
  options: documentOptions({ ...selectionOptions, date: daySchema.optional() }),
  controls: [{ kind: 'year' }, { kind: 'date', field: 'date', label: '落款日期', extra: '不填则为今天' }, { kind: 'scope' }, { kind: 'nameOrder' }],
  gather(db, options, context) {
    const unit = printUnit(db, options.year)
    const people = new Map(db.people.map((p) => [p.id, p]))
    const rows = decidedRows(printedAppraisal(db, options.year, context), options.nameOrder).filter(
      (row) => (!options.teamId || people.get(row.personId)?.teamId === options.teamId) && (!options.personIds || options.personIds.includes(row.personId))
    )
    if (!rows.length) throw new AppError('NOTHING_TO_PRINT', '所选范围内没有评定了等次的正式党员')
    const letters = rows.map((row) => ({
      name: row.name,
      grade: GRADE_LABELS[row.decision.grade],
      note: row.decision.note,
      figures: [
        ...SCORED_COMPONENTS.filter((c) => row.scores[c] !== null).map((c) => ({ label: APPRAISAL_COMPONENT_LABELS[c], value: `${row.scores[c]}分` })),
        ...COUNTED_COMPONENTS.filter((c) => row.counts[c] > 0).map((c) => ({ label: APPRAISAL_COMPONENT_LABELS[c], value: `${row.counts[c]}次` }))
      ],
      composite: row.composite === null ? '—' : `${row.composite}分`
    }))
    return { data: { unit, letters, date: options.date ?? context.today } }
  },
  build(input: ResultLetterData): TDocumentDefinitions {
    const { unit } = input
    const pages: Content[] = input.letters.map((letter, i) => ({
      stack: [
        { text: '民主评议党员个人评定结果通知', bold: true, fontSize: SIZE.no2, alignment: 'center', margin: [0, 0, 0, 24] },
        { text: `${letter.name}同志：`, fontSize: SIZE.no3, margin: [0, 0, 0, 8] },
        {
          text: [
            `经个人自评、党员互评、民主测评和群众评议，${unit.branchName || '党支部'}研究，你在${unit.year}年度民主评议党员中被评定为：`,
            { text: letter.grade, bold: true },
            '。'
          ],
          fontSize: SIZE.no3,
          lineHeight: 1.4,
          leadingIndent: SIZE.no3 * 2
        },
        ...(letter.note ? [{ text: `支部意见：${letter.note}`, fontSize: SIZE.no3, lineHeight: 1.4, leadingIndent: SIZE.no3 * 2, margin: [0, 6, 0, 0] } as Content] : []),
        { text: '各项得分如下：', fontSize: SIZE.no3, leadingIndent: SIZE.no3 * 2, margin: [0, 10, 0, 8] },
        {
          table: {
            widths: ['*', 120],
            body: [[headerCell('项目'), headerCell('得分 / 次数')], ...letter.figures.map((f) => [{ text: f.label }, { text: f.value, alignment: 'center' as const }]), [{ text: '综合得分', bold: true }, { text: letter.composite, bold: true, alignment: 'center' as const }]]
          },
          layout: noticeTableLayout,
          margin: [40, 0, 40, 0]
        },
        { text: '如对评定结果有异议，可在收到本通知后五个工作日内向党支部提出。', fontSize: SIZE.no3, lineHeight: 1.4, leadingIndent: SIZE.no3 * 2, margin: [0, 14, 0, 0] },
        {
          stack: [
            { text: unit.signature, fontSize: SIZE.no3 },
            { text: chineseDate(input.date), fontSize: SIZE.no3 }
          ],
          alignment: 'right',
          margin: [0, 36, SIZE.no3 * 2, 0],
          unbreakable: true
        }
      ],
      pageBreak: i > 0 ? 'before' : undefined
    }))
    return {
      pageSize: 'A4',
      pageOrientation: 'portrait',
      pageMargins: [mm(28), mm(37), mm(26), mm(35)],
      info: { title: '个人评定结果通知', author: unit.signature },
      defaultStyle: { font: FONT_NAMES.serif, fontSize: SIZE.small4, color: INK },
      content: pages
    }
  }
})
