import { chineseDate } from '../typography'
import { fitColumn, headerCell, noticeDocument, noticeHeading, noticeTableLayout } from './notice-frame'
import { pledgeItemLine } from './parts'
import type { BuildDocument, Content, PledgeNoticeInput, TableCell } from './types'

/** 党员承诺公示: every member's approved pledges, then the team and branch pledges, for posting. */
export const buildPledgeNotice: BuildDocument<PledgeNoticeInput> = (input, { measure }) => {
  const { unit } = input
  const period = input.noticeFrom && input.noticeTo ? `公示期为${chineseDate(input.noticeFrom)}至${chineseDate(input.noticeTo)}。` : ''
  const members: TableCell[][] = input.members.map((member, i) => [
    { text: String(i + 1), alignment: 'center' },
    { text: member.name, alignment: 'center' },
    { text: member.teamName, alignment: 'center' },
    { text: member.post || member.posts, alignment: 'center' },
    { stack: member.pledgeItems.length ? member.pledgeItems.map((item, n) => ({ text: pledgeItemLine(item, n) })) : [{ text: '\uff08承诺待审核\uff09' }] }
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
