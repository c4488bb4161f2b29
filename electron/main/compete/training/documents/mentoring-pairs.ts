import { AppError } from '@shared/errors'
import { printOptions } from '@shared/model/print'
import { daySchema } from '@shared/rules/dates'
import { PAIR_KIND_LABELS, PAIR_STATUS_LABELS } from '@shared/compete/training/model'
import type { TableCell } from 'pdfmake/interfaces'
import { defineDocument } from '../../../print/document'
import { documentOptions } from '../../../print/options'
import { fitColumn, headerCell, noticeDocument, noticeTableLayout } from '../../../print/parts/notice-frame'
import { printUnit, type PrintUnit } from '../../../print/unit'
import { helpedName, personName } from '../names'
import { dotted, TABLE_FONT, postOf, rosterRank } from './common'

export interface PrintPair {
  helperName: string
  helperPost: string
  /** The person helped, or the team with （联系班组） under it. */
  helpedName: string
  goals: string
  startOn: string
  /** 3次, 最近2026.06.12 under it. */
  records: string
  status: string
  outcome: string
}

export interface MentoringPairsData {
  unit: PrintUnit
  pairs: PrintPair[]
  paper: 'A4' | 'A3'
  orientation: 'portrait' | 'landscape'
  date: string
}

/** 四帮四促结对名单: who helps whom (or which team a leader is linked to), for posting and filing. */
export const mentoringPairsDocument = defineDocument({
  id: 'mentoring-pairs',
  title: '四帮四促结对名单',
  stage: 'compete',
  group: '比作风',
  description: '本年度四帮四促结对：帮扶人、帮扶对象或联系班组、帮扶目标、帮扶记录和成效',
  options: documentOptions({
    year: printOptions.year,
    paper: printOptions.paper(['A4', 'A3']),
    orientation: printOptions.orientation(['landscape', 'portrait']),
    allowMissingGlyphs: printOptions.allowMissingGlyphs,
    date: daySchema.optional()
  }),
  controls: [
    { kind: 'year' },
    { kind: 'paper', choices: ['A4', 'A3'] },
    { kind: 'orientation', choices: ['landscape', 'portrait'] },
    { kind: 'date', field: 'date', label: '落款日期', extra: '不填则为今天' }
  ],
  gather(db, options, context) {
    const unit = printUnit(db, options.year)
    const rank = rosterRank(db)
    const chosen = db.mentoringPairs.filter((p) => p.year === options.year).sort((a, b) => rank(a.helperId) - rank(b.helperId) || a.startOn.localeCompare(b.startOn))
    if (!chosen.length) throw new AppError('NOTHING_TO_PRINT', `${options.year}年度还没有四帮四促结对：请先在“比作风 · 四帮四促”中录入`)
    const pairs = chosen.map((p) => {
      const last = p.records.at(-1)
      return {
        helperName: personName(db, p.helperId),
        helperPost: postOf(db, p.helperId),
        helpedName: p.kind === 'team' ? `${helpedName(db, p)}\n（${PAIR_KIND_LABELS.team}）` : helpedName(db, p),
        goals: p.goals,
        startOn: p.startOn,
        records: last ? `${p.records.length}次\n最近${dotted(last.date)}` : '暂无',
        status: PAIR_STATUS_LABELS[p.status],
        outcome: p.outcome
      }
    })
    const data: MentoringPairsData = { unit, pairs, paper: options.paper, orientation: options.orientation, date: options.date ?? context.today }
    return { data, scope: '' }
  },
  build(input: MentoringPairsData, { measure }) {
    const { unit, pairs } = input
    const rows: TableCell[][] = pairs.map((p, i) => [
      { text: String(i + 1), alignment: 'center' },
      { text: p.helperName, alignment: 'center' },
      { text: p.helperPost, alignment: 'center' },
      { text: p.helpedName, alignment: 'center' },
      { text: p.goals },
      { text: dotted(p.startOn), alignment: 'center' },
      { text: p.records, alignment: 'center' },
      { text: p.status, alignment: 'center' },
      { text: p.outcome }
    ])
    const short = (header: string, texts: string[], max = 90) => fitColumn([header, ...texts], measure, 40, max, TABLE_FONT)
    return noticeDocument({
      unit,
      title: `${unit.unitName}${unit.year}年度“四帮四促”结对名单`,
      paper: input.paper,
      orientation: input.orientation,
      paragraphs: [],
      body: [
        {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: [
              24,
              short('帮扶人', pairs.map((p) => p.helperName), 72),
              short('职务', pairs.map((p) => p.helperPost), 72),
              short('帮扶对象', pairs.flatMap((p) => p.helpedName.split('\n'))),
              '*',
              fitColumn(['2026.03.01'], measure, 56, 72, TABLE_FONT),
              fitColumn(['最近2026.06.12'], measure, 56, 84, TABLE_FONT),
              fitColumn(['帮扶中'], measure, 40, 56, TABLE_FONT),
              '*'
            ],
            body: [['序号', '帮扶人', '职务', '帮扶对象', '帮扶目标', '结对日期', '帮扶记录', '状态', '帮扶成效'].map(headerCell), ...rows]
          },
          layout: noticeTableLayout,
          fontSize: TABLE_FONT
        }
      ],
      closing: [],
      date: input.date
    })
  }
})
