import { AppError } from '@shared/errors'
import { printOptions } from '@shared/model/print'
import { ballotRuleText } from '@shared/rules/ballot-tally'
import { sortByName } from '@shared/rules/name-order'
import { z } from 'zod'
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import { defineDocument } from '../../../print/document'
import { FONT_NAMES } from '../../../print/fonts'
import { documentOptions } from '../../../print/options'
import { chineseDate, INK, mm, SIZE } from '../../../print/typography'
import { printUnit } from '../../../print/unit'
import { printSelection, SELECTION_GROUP, whichControl, whichOption, yearSelections } from './common'

/** One selection's sheet: the same for every copy but its serial number. */
export interface BallotSheet {
  heading: string
  subheading: string
  rule: string
  /** What an unmarked nominee counts as, when the ballot has 弃权. */
  unmarked: string
  choices: string[]
  team: boolean
  /** In 姓氏笔画 order (集体: by name likewise). */
  nominees: { name: string; teamName: string }[]
  copies: number
}

export interface BallotsData {
  sheets: BallotSheet[]
}

const COPIES = ['entitled', '10', '20', '30', '50', '100'] as const
/** More sheets than this in one job is a mistake (应到人数 typed wrong); print in batches instead. */
const MAX_COPIES = 500

/** 民主测评票: nominees pre-printed in 姓氏笔画 order, a √ column per choice, the rule text, and a serial number per sheet. */
export const ballots = defineDocument({
  id: 'selection-ballots',
  title: '民主测评票',
  stage: 'compete',
  group: SELECTION_GROUP,
  description: '每项评选一组测评票：被测评人按姓氏笔画排列，每个选项一栏划“√”，印有限选规则和编号（第001号起）；不多于5人时一页印两张，中间有裁切线',
  options: documentOptions(
    { year: printOptions.year, allowMissingGlyphs: printOptions.allowMissingGlyphs, which: whichOption(['open', 'all'], 'open'), copies: z.enum(COPIES).default('entitled') },
    { which: '评选范围', copies: '份数' }
  ),
  controls: [
    { kind: 'year' },
    whichControl([
      { value: 'open', label: '尚未计票的评选' },
      { value: 'all', label: '本年度全部评选' }
    ]),
    { kind: 'choice', field: 'copies', label: '每项评选份数', choices: COPIES.map((value) => ({ value, label: value === 'entitled' ? '按应到人数' : `${value}份` })) }
  ],
  gather(db, options) {
    const unit = printUnit(db, options.year)
    const chosen = yearSelections(db, options.year).filter((s) => options.which === 'all' || !s.tally)
    const sheets = chosen.map((s): BallotSheet => {
      const printed = printSelection(db, s)
      const copies = options.copies === 'entitled' ? printed.entitled : Number(options.copies)
      if (copies > MAX_COPIES) throw new AppError('INVALID_INPUT', `${printed.titleName}评选的应到人数为${copies}人，一次最多打印${MAX_COPIES}份，请选择份数分批打印`)
      if (!printed.nominations.length) throw new AppError('NOTHING_TO_PRINT', `${printed.year}年度${printed.titleName}评选还没有被推荐人`)
      const nominees = sortByName(printed.nominations.map((n) => n.nominee), (n) => n.name, 'strokes')
      return {
        heading: `${printed.year}年度“${printed.titleName}”民主测评票`,
        subheading: `${unit.unitName}　${printed.meeting}${printed.meetingDate ? `　${chineseDate(printed.meetingDate)}` : ''}`,
        rule: ballotRuleText(printed),
        unmarked: printed.choices.includes('弃权') ? '对被测评人不划“√”的，视为弃权。' : '',
        choices: printed.choices,
        team: printed.nomineeKind === 'team',
        nominees: nominees.map((n) => ({ name: n.name, teamName: n.kind === 'team' ? n.leaderName : n.teamName })),
        copies
      }
    })
    if (!sheets.length) {
      throw new AppError('NOTHING_TO_PRINT', options.which === 'open' ? `${options.year}年度没有尚未计票的评选；要重印已计票评选的测评票，请选“本年度全部评选”` : `${options.year}年度还没有评选`)
    }
    return { data: { sheets }, scope: `${sheets.reduce((sum, s) => sum + s.copies, 0)}份` }
  },
  build(input: BallotsData): TDocumentDefinitions {
    const content: Content[] = []
    for (const sheet of input.sheets) {
      const digits = Math.max(3, String(sheet.copies).length)
      const sheets = Array.from({ length: sheet.copies }, (_, n) => ballotSheet(sheet, String(n + 1).padStart(digits, '0')))
      // A short list fits half a page: two sheets an A4, a dashed line to cut along between them.
      const perPage = sheet.nominees.length <= HALF_PAGE_NOMINEES ? 2 : 1
      for (let n = 0; n < sheets.length; n += perPage) {
        const page = sheets.slice(n, n + perPage)
        content.push(
          perPage === 1
            ? { stack: [page[0]], pageBreak: content.length ? 'before' : undefined }
            : {
                table: { widths: ['*'], heights: HALF_HEIGHT, body: page.map((s) => [s]) },
                layout: { hLineWidth: (i) => (i === 1 ? 0.6 : 0), vLineWidth: () => 0, hLineStyle: () => ({ dash: { length: 5, space: 4 } }), hLineColor: () => '#999999', paddingTop: () => 0, paddingBottom: () => 0, paddingLeft: () => 0, paddingRight: () => 0 },
                pageBreak: content.length ? 'before' : undefined
              }
        )
      }
    }
    return {
      pageSize: 'A4',
      pageMargins: MARGINS,
      info: { title: '民主测评票' },
      defaultStyle: { font: FONT_NAMES.serif, fontSize: SIZE.small4, color: INK },
      content
    }
  }
})

const MARGINS: [number, number, number, number] = [mm(20), mm(14), mm(20), mm(12)]
/** Up to this many nominees, a sheet fits half an A4. */
const HALF_PAGE_NOMINEES = 5
/** Each half of the page (A4's 297 mm less the margins, in two), so the cut line falls in the middle. */
const HALF_HEIGHT = (841.89 - MARGINS[1] - MARGINS[3]) / 2 - 4

function ballotSheet(sheet: BallotSheet, serial: string): Content {
  const head = (text: string): TableCell => ({ text, font: FONT_NAMES.sans, bold: true, alignment: 'center', fillColor: '#F2F2F2', margin: [0, 3, 0, 3] })
  const cell = (text: string): TableCell => ({ text, alignment: 'center', margin: [0, 3, 0, 3] })
  const columns = sheet.team ? ['序号', '被测评集体', '负责人'] : ['序号', '姓名', '所在班组']
  const widths = sheet.team ? [32, '*', 70] : [32, 70, '*']
  const rows: TableCell[][] = sheet.nominees.map((n, i) => [
    cell(String(i + 1)),
    cell(n.name),
    cell(n.teamName),
    ...sheet.choices.map(() => cell(''))
  ])
  const rules = [
    `请在每位被测评${sheet.team ? '集体' : '人'}对应的一个选项栏内划“√”，每${sheet.team ? '个集体' : '人'}只能选一项；本票不记名，填好后投入票箱。`,
    sheet.rule ? `${sheet.rule}。` : '',
    sheet.unmarked
  ].filter(Boolean)
  return {
    // Air below the cut line; the first sheet of a page keeps it too, so both halves look alike.
    margin: [0, 10, 0, 0],
    stack: [
      { text: `第 ${serial} 号`, alignment: 'right', fontSize: SIZE.small4, font: FONT_NAMES.sans },
      { text: sheet.heading, bold: true, fontSize: SIZE.small2, alignment: 'center', margin: [0, 0, 0, 2] },
      { text: sheet.subheading, alignment: 'center', fontSize: SIZE.no5, margin: [0, 0, 0, 8] },
      {
        table: { headerRows: 1, widths: [...widths, ...sheet.choices.map(() => 58)], body: [[...columns.map(head), ...sheet.choices.map(head)], ...rows] },
        layout: { hLineWidth: () => 0.8, vLineWidth: () => 0.8, hLineColor: () => '#333333', vLineColor: () => '#333333' }
      },
      { text: '填票说明', font: FONT_NAMES.sans, bold: true, fontSize: SIZE.no5, margin: [0, 8, 0, 2] },
      ...rules.map((line, i): Content => ({ text: `${i + 1}. ${line}`, fontSize: SIZE.no5, bold: line === `${sheet.rule}。`, lineHeight: 1.15 })),
      { text: '年      月      日', alignment: 'right', margin: [0, 6, 12, 0] }
    ]
  }
}
