import { AppError } from '@shared/errors'
import { printOptions } from '@shared/model/print'
import { LEADER_ASPECT_LABELS, LEADER_ASPECTS, LEADER_GRADE_LABELS, LEADER_GRADES, type LeaderReview } from '@shared/evaluate/leader/model'
import { sortByName } from '@shared/rules/name-order'
import { periodTitle } from '@shared/rules/review-dates'
import type { Content, TableCell } from 'pdfmake/interfaces'
import { defineDocument } from '../../../print/document'
import { FONT_NAMES } from '../../../print/fonts'
import { documentOptions, selectionOptions } from '../../../print/options'
import { pageNumberFooter } from '../../../print/parts/pieces'
import { chineseDate, INK, mm, SIZE } from '../../../print/typography'
import { printUnit, type PrintUnit } from '../../../print/unit'
import { formTableLayout, formTitle, halfControl, halfOption, labelCell } from '../../reviews/documents/common'
import { leaderName, leaderSubjectName } from '../leader-reviews'

export interface LeaderReviewSheet {
  leaderName: string
  subjectLabel: string
  subjectName: string
  reviewedOn: string
  /** The form's rows in order: 工作思路 … 服务群众, 肯定成绩, 存在问题 (numbered), 改进意见, 努力方向, 整改落实. */
  rows: { label: string; lines: string[] }[]
  /** 评定等次 as given, or the four boxes for the leader to tick on paper: one line, after 努力方向. */
  grade: string
}

export interface LeaderReviewFormData {
  unit: PrintUnit
  title: string
  sheets: LeaderReviewSheet[]
}

/** 领导点评表: one sheet per review, the rows DOMAIN's 点评表 has, with the team's 整改落实 once it answered. */
export const leaderReviewForm = defineDocument({
  id: 'leader-review-form',
  title: '领导点评表',
  stage: 'evaluate',
  group: '领导点评',
  description: '每份点评一页：工作思路、执行能力、效率业绩、廉洁自律、服务群众、肯定成绩、存在问题、改进意见、努力方向、评定等次、整改落实',
  options: documentOptions({ ...selectionOptions, paper: printOptions.paper(['A4']), half: halfOption }, { half: '半年' }),
  controls: [{ kind: 'year' }, halfControl, { kind: 'paper', choices: ['A4'] }, { kind: 'scope' }, { kind: 'nameOrder' }],
  gather(db, options) {
    const unit = printUnit(db, options.year)
    const teamOrder = new Map(db.teams.map((t) => [t.id, t.order]))
    const picked = (r: LeaderReview) =>
      options.personIds ? r.subject.kind === 'person' && options.personIds.includes(r.subject.id) : !options.teamId || (r.subject.kind === 'team' && r.subject.id === options.teamId)
    // 花名册顺序: teams in their order, then members; else by the reviewed team's or member's name.
    const rank = (r: LeaderReview) => (r.subject.kind === 'team' ? (teamOrder.get(r.subject.id) ?? 0) : Number.MAX_SAFE_INTEGER)
    const ofHalf = db.leaderReviews.filter((r) => r.year === options.year && r.half === options.half && picked(r))
    const reviews =
      options.nameOrder === 'roster'
        ? ofHalf.sort((a, b) => rank(a) - rank(b) || a.reviewedOn.localeCompare(b.reviewedOn))
        : sortByName(ofHalf, (r) => leaderSubjectName(db, r), options.nameOrder)
    if (!reviews.length) throw new AppError('NOTHING_TO_PRINT', `${periodTitle(options.year, options.half)}还没有所选范围的领导点评`)
    const title = `${periodTitle(options.year, options.half)}领导点评表`
    const sheets = reviews.map((review): LeaderReviewSheet => {
      const fixed = new Set(review.response?.fixedProblemIds ?? [])
      return {
        leaderName: leaderName(db, review),
        subjectLabel: review.subject.kind === 'team' ? '被点评班组' : '被点评人员',
        subjectName: leaderSubjectName(db, review),
        reviewedOn: review.reviewedOn,
        rows: [
          ...LEADER_ASPECTS.map((a) => ({ label: LEADER_ASPECT_LABELS[a], lines: review.aspects[a] ? [review.aspects[a]] : [] })),
          { label: '肯定成绩', lines: review.achievements ? review.achievements.split('\n') : [] },
          { label: '存在问题', lines: review.problems.map((p, n) => `${n + 1}.${p.text}${p.dueOn ? `（整改时限：${chineseDate(p.dueOn)}）` : ''}${fixed.has(p.id) ? '【已整改】' : ''}`) },
          { label: '改进意见', lines: review.advice ? review.advice.split('\n') : [] },
          { label: '努力方向', lines: review.direction ? review.direction.split('\n') : [] },
          { label: '整改落实', lines: review.response ? [...review.response.text.split('\n'), `（${chineseDate(review.response.respondedOn)}）`] : [] }
        ],
        grade: review.grade ? LEADER_GRADE_LABELS[review.grade] : LEADER_GRADES.map((g) => `□${LEADER_GRADE_LABELS[g]}`).join('　')
      }
    })
    return { data: { unit, title, sheets } satisfies LeaderReviewFormData, title, scope: sheets.length === 1 ? sheets[0].subjectName : `${sheets.length}份` }
  },
  build(input: LeaderReviewFormData) {
    return {
      pageSize: 'A4',
      pageOrientation: 'portrait',
      pageMargins: [mm(22), mm(18), mm(20), mm(18)],
      info: { title: `${input.unit.unitName}${input.title}` },
      defaultStyle: { font: FONT_NAMES.serif, fontSize: SIZE.no5 + 1, color: INK, lineHeight: 1.3 },
      footer: pageNumberFooter(SIZE.no5),
      content: input.sheets.flatMap((sheet, n): Content[] => {
        const head: TableCell[] = [labelCell('点评领导'), { text: sheet.leaderName, alignment: 'center' }, labelCell(sheet.subjectLabel), { text: sheet.subjectName, alignment: 'center' }, labelCell('点评日期'), { text: chineseDate(sheet.reviewedOn), alignment: 'center' }]
        const written = (label: string, lines: string[]): TableCell[] => [labelCell(label, { margin: [0, 6, 0, 6] }), { stack: lines.length ? lines.map((text) => ({ text })) : [{ text: '' }], colSpan: 5 }, {}, {}, {}, {}]
        const rows: TableCell[][] = sheet.rows.map((row) => written(row.label, row.lines))
        // 评定等次 is one line: it goes after 努力方向 at its own height, so a sheet still fits its page.
        const gradeRow = rows.length
        rows.splice(gradeRow - 1, 0, [labelCell('评定等次', { margin: [0, 4, 0, 4] }), { text: sheet.grade, colSpan: 5, margin: [0, 4, 0, 4] }, {}, {}, {}, {}])
        return [
          { ...formTitle(input.title), ...(n > 0 ? { pageBreak: 'before' as const } : {}) },
          { text: `${input.unit.unitName}　${input.unit.branchName}`, alignment: 'center', margin: [0, 0, 0, 8] },
          {
            table: { widths: [60, '*', 68, 100, 56, 86], body: [head, ...rows], heights: (row: number) => (row === 0 || row === gradeRow ? 0 : 40) },
            layout: formTableLayout
          },
          { columns: [{ text: '点评领导签名：', width: '*' }, { text: sheet.subjectLabel === '被点评班组' ? '被点评班组负责人签名：' : '被点评人签名：', width: '*' }], margin: [0, 18, 0, 0] }
        ]
      })
    }
  }
})
