import { z } from 'zod'
import { AppError } from '@shared/errors'
import { printOptions } from '@shared/model/print'
import { daySchema } from '@shared/rules/dates'
import { sortByName } from '@shared/rules/name-order'
import { TRAINING_STATUS_LABELS } from '@shared/compete/training/model'
import { isOverdue } from '@shared/compete/training/rules'
import type { TableCell } from 'pdfmake/interfaces'
import { defineDocument } from '../../../print/document'
import { documentOptions, selectionOptions } from '../../../print/options'
import { fitColumn, headerCell, noticeDocument, noticeTableLayout } from '../../../print/parts/notice-frame'
import { printUnit, type PrintUnit } from '../../../print/unit'
import { personName, teamName } from '../names'
import { dotted, TABLE_FONT, rosterRank } from './common'

export interface PrintTrainingPlan {
  personName: string
  teamName: string
  target: string
  measures: string
  mentorName: string
  startOn: string
  dueOn: string
  /** 进行中, or 进行中（已逾期） on the day it is printed. */
  status: string
  result: string
  notes: number
}

export interface TrainingPlansData {
  unit: PrintUnit
  plans: PrintTrainingPlan[]
  paper: 'A4' | 'A3'
  orientation: 'portrait' | 'landscape'
  date: string
}

/** 人才培养计划表: the year's plans, one line each, in roster order, for filing and for the 比技能 review. */
export const trainingPlansDocument = defineDocument({
  id: 'training-plans',
  title: '人才培养计划表',
  stage: 'compete',
  group: '比技能',
  description: '本年度人才培养计划：培养对象、目标、措施、导师、期限、状态和结果',
  options: documentOptions(
    {
      ...selectionOptions,
      paper: printOptions.paper(['A4', 'A3']),
      orientation: printOptions.orientation(['landscape', 'portrait']),
      which: z.enum(['all', 'open']).default('all'),
      date: daySchema.optional()
    },
    { which: '打印哪些计划' }
  ),
  controls: [
    { kind: 'year' },
    { kind: 'paper', choices: ['A4', 'A3'] },
    { kind: 'orientation', choices: ['landscape', 'portrait'] },
    {
      kind: 'choice',
      field: 'which',
      label: '打印哪些计划',
      choices: [
        { value: 'all', label: '全部' },
        { value: 'open', label: '只印计划中和进行中的' }
      ]
    },
    { kind: 'scope' },
    { kind: 'nameOrder' },
    { kind: 'date', field: 'date', label: '落款日期', extra: '不填则为今天' }
  ],
  gather(db, options, context) {
    const unit = printUnit(db, options.year)
    const teamOf = new Map(db.people.map((p) => [p.id, p.teamId]))
    const rank = rosterRank(db)
    const inRosterOrder = db.trainingPlans
      .filter((p) => p.year === options.year)
      .filter((p) => options.which === 'all' || p.status === 'planned' || p.status === 'running')
      .filter((p) => (!options.teamId || teamOf.get(p.personId) === options.teamId) && (!options.personIds || options.personIds.includes(p.personId)))
      .sort((a, b) => rank(a.personId) - rank(b.personId) || a.startOn.localeCompare(b.startOn))
    // 姓氏笔画 or 拼音 when asked; a person's plans stay together, earliest first.
    const chosen = sortByName(inRosterOrder, (p) => personName(db, p.personId), options.nameOrder)
    if (!chosen.length) throw new AppError('NOTHING_TO_PRINT', `${options.year}年度没有符合条件的人才培养计划：请先在“比技能 · 人才培养计划”中录入，或检查所选的班组和人员`)
    const plans = chosen.map((p) => ({
      personName: personName(db, p.personId),
      teamName: teamName(db, teamOf.get(p.personId) ?? null),
      target: p.target,
      measures: p.measures,
      mentorName: personName(db, p.mentorId),
      startOn: p.startOn,
      dueOn: p.dueOn,
      status: `${TRAINING_STATUS_LABELS[p.status]}${isOverdue(p, context.today) ? '\n（已逾期）' : ''}`,
      result: p.result,
      notes: p.notes.length
    }))
    const data: TrainingPlansData = { unit, plans, paper: options.paper, orientation: options.orientation, date: options.date ?? context.today }
    return { data }
  },
  build(input: TrainingPlansData, { measure }) {
    const { unit, plans } = input
    const rows: TableCell[][] = plans.map((p, i) => [
      { text: String(i + 1), alignment: 'center' },
      { text: p.personName, alignment: 'center' },
      { text: p.teamName, alignment: 'center' },
      { text: p.target },
      { text: p.measures },
      { text: p.mentorName, alignment: 'center' },
      { text: `${dotted(p.startOn)}—\n${dotted(p.dueOn)}`, alignment: 'center' },
      { text: p.status, alignment: 'center' },
      { text: p.result }
    ])
    const names = (texts: string[], header: string) => fitColumn([header, ...texts], measure, 40, 72, TABLE_FONT)
    return noticeDocument({
      unit,
      title: `${unit.unitName}${unit.year}年度人才培养计划表`,
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
              names(plans.map((p) => p.personName), '姓名'),
              fitColumn(['所在班组', ...plans.map((p) => p.teamName)], measure, 48, 90, TABLE_FONT),
              '*',
              '*',
              names(plans.map((p) => p.mentorName), '导师'),
              fitColumn(['2026.09.30—'], measure, 60, 80, TABLE_FONT),
              fitColumn(['（已逾期）'], measure, 40, 72, TABLE_FONT),
              '*'
            ],
            body: [
              ['序号', '姓名', '所在班组', '培养目标', '培养措施', '导师', '起止时间', '状态', '培养结果'].map(headerCell),
              ...rows
            ]
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
