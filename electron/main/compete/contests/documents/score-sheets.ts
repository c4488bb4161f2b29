import type { Content, TableCell } from 'pdfmake/interfaces'
import { sortByName } from '@shared/rules/name-order'
import { defineDocument } from '../../../print/document'
import { FONT_NAMES } from '../../../print/fonts'
import { documentOptions } from '../../../print/options'
import { headerCell, noticeTableLayout } from '../../../print/parts/notice-frame'
import { pageNumberFooter } from '../../../print/parts/pieces'
import { chineseDate, INK, mm, MUTED, SIZE } from '../../../print/typography'
import { printOptions } from '@shared/model/print'
import { printUnit } from '../../../print/unit'
import { contestView } from '../view'
import { contestControl, contestIdOption, pickContest } from './contest-source'

interface Sheet {
  roundName: string
  judgeName: string
  /** 序号, name, team. */
  rows: [string, string][]
}

export interface ScoreSheetsData {
  unitName: string
  contestName: string
  date: string
  place: string
  team: boolean
  items: { name: string; max: number; weight: number; decimals: number }[]
  sheets: Sheet[]
}

/** 空白评分表: one sheet per judge and round, entrants pre-printed in the chosen order, for the judges to fill in and sign. */
export const contestScoreSheets = defineDocument({
  id: 'contest-score-sheets',
  title: '比武竞赛评分表',
  stage: 'compete',
  group: '比技能',
  description: '每位评委一张空白评分表：参赛者按所选顺序预先印好，评分项目注明满分，下方评委签名',
  options: documentOptions({ year: printOptions.year, nameOrder: printOptions.nameOrder, allowMissingGlyphs: printOptions.allowMissingGlyphs, contestId: contestIdOption }, { contestId: '比武竞赛' }),
  controls: [{ kind: 'year' }, contestControl('本年度最近的一场比武竞赛'), { kind: 'nameOrder' }],
  gather(db, options) {
    const unit = printUnit(db, options.year)
    const contest = pickContest(db, options.year, options.contestId, ['draft', 'notice', 'final'], '评分表')
    const view = contestView(db, contest)
    const teamOf = (id: string) => view.results.flatMap((r) => r.lines).find((l) => l.entrantId === id)?.teamName ?? ''
    const sheets = contest.rounds.flatMap((round) => {
      const ordered = sortByName(round.entrantIds, (id) => view.entrantNames[id], options.nameOrder)
      const rows = ordered.map((id): [string, string] => [view.entrantNames[id], teamOf(id)])
      return contest.judges.map((judge) => ({ roundName: contest.rounds.length > 1 ? round.name : '', judgeName: view.judgeNames[judge.id], rows }))
    })
    const data: ScoreSheetsData = {
      unitName: unit.unitName,
      contestName: contest.name,
      date: contest.date,
      place: contest.place,
      team: contest.entrantKind === 'team',
      items: contest.items.map(({ name, max, weight, decimals }) => ({ name, max, weight, decimals })),
      sheets
    }
    return { data, title: `${contest.name}评分表`, scope: '' }
  },
  build(input: ScoreSheetsData) {
    const wide = input.items.length > 5
    const content: Content[] = input.sheets.map((sheet, n) => {
      const header: TableCell[] = [
        headerCell('序号'),
        headerCell(input.team ? '参赛班组' : '姓名'),
        ...(input.team ? [] : [headerCell('所在班组')]),
        ...input.items.map((item): TableCell => ({
          text: `${item.name}\n满分${item.max}${item.weight !== 1 ? ` ×${item.weight}` : ''}`,
          font: FONT_NAMES.sans,
          bold: true,
          alignment: 'center',
          fillColor: '#F2F2F2',
          fontSize: SIZE.small5 + 0.5
        })),
        headerCell('合计'),
        headerCell('备注')
      ]
      const body: TableCell[][] = sheet.rows.map(([name, team], i) => [
        { text: String(i + 1), alignment: 'center' },
        { text: name, alignment: 'center' },
        ...(input.team ? [] : [{ text: team, alignment: 'center' as const, fontSize: SIZE.small5 }]),
        ...input.items.map(() => ({ text: '' })),
        { text: '' },
        { text: '' }
      ])
      return {
        stack: [
          { text: `${input.contestName}评分表`, font: FONT_NAMES.serif, bold: true, fontSize: SIZE.small2, alignment: 'center' },
          {
            columns: [
              { text: `评委：${sheet.judgeName}`, width: '*' },
              { text: [sheet.roundName, chineseDate(input.date), input.place].filter(Boolean).join('　'), alignment: 'right', width: 'auto' }
            ],
            fontSize: SIZE.small4,
            margin: [0, 10, 0, 6]
          },
          {
            table: {
              headerRows: 1,
              dontBreakRows: true,
              widths: [28, input.team ? 110 : 60, ...(input.team ? [] : [76]), ...input.items.map(() => '*' as const), 48, 56],
              heights: (row: number) => (row === 0 ? 30 : 22),
              body: [header, ...body]
            },
            layout: noticeTableLayout
          },
          {
            text: '说明：请在各项得分栏内填写分数，不得超过该项满分；未评分的参赛者请在该行划“/”，不要填0。',
            fontSize: SIZE.small5,
            color: MUTED,
            margin: [0, 6, 0, 0]
          },
          {
            columns: [
              { text: '评委签名：____________________', width: '*' },
              { text: '日期：______年____月____日', width: 'auto' }
            ],
            fontSize: SIZE.small4,
            margin: [0, 24, 0, 0],
            unbreakable: true
          }
        ],
        pageBreak: n > 0 ? 'before' : undefined
      } as Content
    })
    return {
      pageSize: 'A4',
      pageOrientation: wide ? 'landscape' : 'portrait',
      pageMargins: [mm(18), mm(18), mm(18), mm(18)],
      info: { title: `${input.contestName}评分表`, author: input.unitName },
      defaultStyle: { font: FONT_NAMES.serif, fontSize: SIZE.small4, color: INK },
      footer: pageNumberFooter(SIZE.no5),
      content
    }
  }
})
