import { AppError } from '@shared/errors'
import { printOptions } from '@shared/model/print'
import { daySchema } from '@shared/rules/dates'
import type { Content, TableCell } from 'pdfmake/interfaces'
import { defineDocument } from '../../print/document'
import { documentOptions, selectionOptions } from '../../print/options'
import { fitColumn, headerCell, noticeDocument, noticeHeading, noticeTableLayout } from '../../print/parts/notice-frame'
import { chineseDate } from '../../print/typography'
import { printUnit, type PrintUnit } from '../../print/unit'
import { groupPledges, missingPledgeText, noPledgeControl, noPledgeOption, pledgeItemLine, pledgeMembers, type PledgeMember, type PrintGroupPledge } from './common'

export interface PledgeNoticeData {
  unit: PrintUnit
  members: PledgeMember[]
  groups: PrintGroupPledge[]
  paper: 'A4' | 'A3'
  orientation: 'portrait' | 'landscape'
  /** 落款日期, `YYYY-MM-DD`. */
  date: string
  noticeFrom: string | null
  noticeTo: string | null
  /** A member who has made no pledge: an empty cell, or 未作承诺. */
  noPledge: 'blank' | 'say'
}

/** 党员承诺公示: every member's approved pledges, then the team and branch pledges, for posting. */
export const pledgeNotice = defineDocument({
  id: 'pledge-notice',
  title: '党员承诺公示',
  stage: 'show',
  group: '亮承诺',
  description: '全体党员和班组、支部承诺事项的公示表',
  options: documentOptions({
    ...selectionOptions,
    paper: printOptions.paper(['A4', 'A3']),
    orientation: printOptions.orientation(['landscape', 'portrait']),
    /** 落款日期; today when absent. */
    date: daySchema.optional(),
    /** 公示期, printed in the opening paragraph when both are given. */
    noticeFrom: daySchema.optional(),
    noticeTo: daySchema.optional(),
    noPledge: noPledgeOption
  }, { noPledge: '未作承诺的党员' }),
  controls: [
    { kind: 'year' },
    { kind: 'paper', choices: ['A4', 'A3'] },
    { kind: 'orientation', choices: ['landscape', 'portrait'] },
    { kind: 'noticePeriod', required: false },
    { kind: 'date', field: 'date', label: '落款日期', extra: '不填则为今天' },
    noPledgeControl,
    { kind: 'scope' },
    { kind: 'nameOrder' }
  ],
  async gather(db, options, context) {
    if (options.noticeFrom && options.noticeTo && options.noticeTo < options.noticeFrom) throw new AppError('INVALID_INPUT', '公示期的结束日期不能早于开始日期')
    const unit = printUnit(db, options.year)
    const members = await pledgeMembers(db, options, options.year, context, false)
    const groups = options.personIds ? [] : groupPledges(db, options.year, options.teamId)
    const data: PledgeNoticeData = {
      unit,
      members,
      groups,
      paper: options.paper,
      orientation: options.orientation,
      date: options.date ?? context.today,
      noticeFrom: options.noticeFrom ?? null,
      noticeTo: options.noticeTo ?? null,
      noPledge: options.noPledge
    }
    return { data }
  },
  build(input: PledgeNoticeData, { measure }) {
    const { unit } = input
    const period = input.noticeFrom && input.noticeTo ? `公示期为${chineseDate(input.noticeFrom)}至${chineseDate(input.noticeTo)}。` : ''
    const members: TableCell[][] = input.members.map((member, i) => [
      { text: String(i + 1), alignment: 'center' },
      { text: member.name, alignment: 'center' },
      { text: member.teamName, alignment: 'center' },
      { text: member.post || member.posts, alignment: 'center' },
      member.pledgeItems.length
        ? { stack: member.pledgeItems.map((item, n) => ({ text: pledgeItemLine(item, n) })) }
        : { text: missingPledgeText(member, input.noPledge, '\uff08承诺待审核\uff09') }
    ])
    const body: Content[] = [
      noticeHeading('一、党员承诺'),
      {
        table: {
          headerRows: 1,
          widths: [
            28,
            fitColumn(['姓名', ...input.members.map((m) => m.name)], measure, 48, 72),
            fitColumn(['所在班组', ...input.members.map((m) => m.teamName)], measure, 56, 110),
            fitColumn(['岗位', ...input.members.map((m) => m.post || m.posts)], measure, 56, 110),
            '*'
          ],
          body: [[headerCell('序号'), headerCell('姓名'), headerCell('所在班组'), headerCell('岗位'), headerCell('承诺事项\uff08对照“五带头”\uff09')], ...members]
        },
        layout: noticeTableLayout
      }
    ]
    if (input.groups.length) {
      const rows: TableCell[][] = []
      input.groups.forEach((group, g) =>
        group.items.forEach((item, n) =>
          rows.push([
            n === 0 ? { text: String(g + 1), alignment: 'center', rowSpan: group.items.length } : { text: '' },
            n === 0 ? { text: `${group.ownerName}\n(${group.scopeLabel})`, alignment: 'center', rowSpan: group.items.length } : { text: '' },
            { text: item.content },
            { text: item.actions },
            { text: item.responsibleName, alignment: 'center' },
            { text: item.deadline, alignment: 'center' }
          ])
        )
      )
      body.push(noticeHeading('二、班组和支部承诺'), {
        table: {
          headerRows: 1,
          widths: [28, 80, '*', '*', 56, 64],
          body: [[headerCell('序号'), headerCell('承诺主体'), headerCell('承诺事项'), headerCell('措施'), headerCell('责任人'), headerCell('时限')], ...rows]
        },
        layout: noticeTableLayout
      })
    }
    return noticeDocument({
      unit,
      title: `${unit.unitName}${unit.year}年度党员承诺公示`,
      paper: input.paper,
      orientation: input.orientation,
      paragraphs: [
        `为深入开展“三亮三比三评”活动，充分发挥共产党员先锋模范作用，经党员本人承诺、党支部审核，现将${unit.year}年度党员公开承诺事项予以公示，接受广大职工群众监督。${period}`
      ],
      body,
      closing: [`如有意见和建议，请向${unit.branchName || '党支部'}反映。${unit.supervisionPhone ? `监督电话：${unit.supervisionPhone}。` : ''}`],
      date: input.date
    })
  }
})
