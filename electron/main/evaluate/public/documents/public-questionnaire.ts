import type { Content, TableCell } from 'pdfmake/interfaces'
import { z } from 'zod'
import { defineDocument } from '../../../print/document'
import { FONT_NAMES } from '../../../print/fonts'
import { documentOptions } from '../../../print/options'
import { printOptions } from '@shared/model/print'
import { INK, mm, PAPER_POINTS, SIZE } from '../../../print/typography'
import { printUnit } from '../../../print/unit'
import { roundName } from '../rounds'
import { chosenRound, halfControl, halfOption } from './round-choice'

interface BlankQuestionnaire {
  title: string
  objectName: string
  dimensions: string[]
  scale: string[]
  respondentKinds: string[]
  openQuestions: string[]
}

export interface QuestionnaireData {
  branchName: string
  roundName: string
  questionnaires: BlankQuestionnaire[]
  perPage: 1 | 2
  copies: number
}

const COPIES = ['1', '10', '20', '50'] as const
const MARGIN = mm(12)
const CUT_HEIGHT = 14
const FILL = { hLineWidth: () => 0, vLineWidth: () => 0, paddingLeft: () => 0, paddingRight: () => 0, paddingTop: () => 0, paddingBottom: () => 0 }
const [PAGE_WIDTH, PAGE_HEIGHT] = PAPER_POINTS.A4

/** 群众评议问卷 (blank): one a page, or two with a cut line; the table has a box to tick per level. */
export const publicQuestionnaire = defineDocument({
  id: 'public-questionnaire',
  title: '群众评议问卷（空白）',
  stage: 'evaluate',
  group: '群众评议',
  description: '按问卷设置的评议项目和满意程度印出的空白问卷，一页一份或两份',
  options: documentOptions(
    {
      year: printOptions.year,
      allowMissingGlyphs: printOptions.allowMissingGlyphs,
      half: halfOption,
      perPage: z.enum(['1', '2']).default('2'),
      /** Copies of each questionnaire: one to photocopy, or enough to hand out. */
      copies: z.enum(COPIES).default('1')
    },
    { half: '评议轮次', perPage: '每页份数', copies: '每种份数' }
  ),
  controls: [
    { kind: 'year' },
    halfControl,
    { kind: 'choice', field: 'perPage', label: '每页份数', choices: [{ value: '2', label: '两份（裁开）' }, { value: '1', label: '一份' }] },
    { kind: 'choice', field: 'copies', label: '每种份数', choices: COPIES.map((value) => ({ value, label: `${value}份` })), extra: '印一份用来复印，或直接印够发放的份数' }
  ],
  gather(db, options) {
    const unit = printUnit(db, options.year)
    const round = chosenRound(db, options.year, options.half)
    const chosen = db.questionnaires.filter((q) => q.roundId === round.id)
    const name = roundName(round)
    const data: QuestionnaireData = {
      branchName: unit.branchName || unit.unitName,
      roundName: name,
      questionnaires: chosen.map((q) => ({ title: q.title, objectName: q.object.name, dimensions: q.dimensions, scale: q.scale, respondentKinds: q.respondentKinds, openQuestions: q.openQuestions })),
      perPage: options.perPage === '1' ? 1 : 2,
      copies: Number(options.copies)
    }
    return { data, title: chosen.length === 1 ? chosen[0].title : undefined, scope: chosen.length === 1 ? chosen[0].object.name : '' }
  },
  build(input: QuestionnaireData) {
    const big = input.perPage === 1
    // Two a page: each form fills its half (a one-cell table's row height is a minimum), the cut line between.
    const slot = input.perPage === 1 ? PAGE_HEIGHT - 2 * MARGIN - 8 : (PAGE_HEIGHT - 2 * MARGIN - CUT_HEIGHT) / 2 - 8
    const copies = input.questionnaires.flatMap((q) => Array.from({ length: input.copies }, () => q))
    const pages: Content[] = []
    for (let at = 0; at < copies.length; at += input.perPage) {
      const onPage = copies.slice(at, at + input.perPage)
      pages.push({
        stack: onPage.flatMap((q, i): Content[] => [
          ...(i > 0 ? [cutLine()] : []),
          { table: { widths: ['*'], heights: [slot], body: [[form(q, input, big)]] }, layout: FILL }
        ]),
        ...(at > 0 ? { pageBreak: 'before' as const } : {})
      })
    }
    return {
      pageSize: 'A4',
      pageMargins: [MARGIN, MARGIN, MARGIN, MARGIN],
      info: { title: '群众评议问卷' },
      defaultStyle: { font: FONT_NAMES.serif, fontSize: big ? SIZE.small4 : SIZE.no5, color: INK },
      content: pages
    }
  }
})

function form(q: BlankQuestionnaire, input: QuestionnaireData, big: boolean): Content {
  const size = big ? SIZE.small4 : SIZE.no5
  const rowHeight = big ? 24 : 18
  const width = PAGE_WIDTH - 2 * MARGIN
  const first = Math.min(140, Math.max(80, width * 0.24))
  const header: TableCell[] = [{ text: '评议项目', bold: true, font: FONT_NAMES.sans, alignment: 'center' }, ...q.scale.map((level) => ({ text: level, bold: true, font: FONT_NAMES.sans, alignment: 'center' as const }))]
  const rows: TableCell[][] = q.dimensions.map((d) => [{ text: d, alignment: 'center' }, ...q.scale.map(() => ({ text: '' }))])
  const lines = big ? 5 : 3
  return {
    stack: [
      { text: q.title, font: FONT_NAMES.serif, bold: true, fontSize: big ? SIZE.no2 : SIZE.no3, alignment: 'center', margin: [0, 0, 0, big ? 10 : 4] },
      {
        text: `为深入开展“三亮三比三评”活动，改进作风、提高服务水平，请您对「${q.objectName}」${input.roundName}的工作进行评议，在相应栏内划“√”，每项只选一项。本问卷不记名，感谢您的支持！`,
        leadingIndent: size * 2,
        lineHeight: 1.2,
        margin: [0, 0, 0, big ? 8 : 4]
      },
      ...(q.respondentKinds.length ? [{ text: `您的身份：${q.respondentKinds.map((k) => `□ ${k}`).join('　　')}`, margin: [0, 0, 0, big ? 8 : 4] as [number, number, number, number] }] : []),
      {
        table: { headerRows: 1, widths: [first, ...q.scale.map(() => '*' as const)], heights: (row: number) => (row === 0 ? rowHeight - 4 : rowHeight), body: [header, ...rows] },
        layout: { hLineWidth: () => 0.7, vLineWidth: () => 0.7, paddingTop: () => (big ? 5 : 2), paddingBottom: () => (big ? 5 : 2) }
      },
      ...q.openQuestions.flatMap((question, n): Content[] => [
        { text: `${q.openQuestions.length > 1 ? `${n + 1}. ` : ''}${question}`, margin: [0, big ? 12 : 6, 0, 2] },
        ...Array.from({ length: lines }, (): Content => ({ canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.5, lineColor: '#888888' }], margin: [0, big ? 20 : 14, 0, 0] }))
      ]),
      { columns: [{ text: '编号：________', fontSize: SIZE.small5 }, { text: input.branchName, alignment: 'right', fontSize: SIZE.small5 }], margin: [0, big ? 14 : 8, 0, 0] }
    ]
  }
}

function cutLine(): Content {
  const width = PAGE_WIDTH - 2 * MARGIN
  return {
    stack: [{ canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, dash: { length: 4, space: 3 }, lineWidth: 0.6, lineColor: '#999999' }] }],
    margin: [0, CUT_HEIGHT / 2, 0, CUT_HEIGHT / 2]
  }
}
