import { AppError } from '@shared/errors'
import { printOptions } from '@shared/model/print'
import { daySchema } from '@shared/rules/dates'
import { formatRate } from '@shared/rules/ballot-tally'
import { z } from 'zod'
import type { Content, TableCell } from 'pdfmake/interfaces'
import { defineDocument } from '../../../print/document'
import { documentOptions } from '../../../print/options'
import { fitColumn, headerCell, noticeDocument, noticeTableLayout } from '../../../print/parts/notice-frame'
import { chineseDate } from '../../../print/typography'
import { printUnit, type PrintUnit } from '../../../print/unit'
import { printSelection, SELECTION_GROUP, whichControl, whichOption, yearSelections, type PrintSelection } from './common'

export interface SelectionNoticeData {
  unit: PrintUnit
  selections: PrintSelection[]
  showVotes: boolean
  /** 落款日期, `YYYY-MM-DD`. */
  date: string
}

/** 评选结果公示: who was elected in the year's posted selections, the 公示期 in working days, 监督电话 and 落款. */
export const selectionNotice = defineDocument({
  id: 'selection-notice',
  title: '评选结果公示',
  stage: 'compete',
  group: SELECTION_GROUP,
  description: '已公示评选的当选名单，含公示期（工作日）、监督电话和落款',
  options: documentOptions(
    {
      year: printOptions.year,
      allowMissingGlyphs: printOptions.allowMissingGlyphs,
      which: whichOption(['all', 'current'], 'all'),
      showVotes: z.boolean().default(false),
      /** 落款日期; the first day of the 公示 when absent. */
      date: daySchema.optional()
    },
    { which: '评选范围', showVotes: '列出得票' }
  ),
  controls: [
    { kind: 'year' },
    whichControl([
      { value: 'all', label: '本年度已公示的全部评选' },
      { value: 'current', label: '正在公示期内的评选' }
    ]),
    { kind: 'switch', field: 'showVotes', label: '得票', on: '列出同意票和同意率', off: '只列当选名单' },
    { kind: 'date', field: 'date', label: '落款日期', extra: '不填则为公示开始日' }
  ],
  gather(db, options, context) {
    const unit = printUnit(db, options.year)
    const posted = yearSelections(db, options.year)
      .map((s) => printSelection(db, s))
      .filter((s) => s.noticeFrom && s.noticeTo && (options.which === 'all' || (s.noticeFrom <= context.today && context.today <= s.noticeTo)))
    if (!posted.length) throw new AppError('NOTHING_TO_PRINT', `${options.year}年度还没有${options.which === 'current' ? '正在公示期内的' : '已公示的'}评选结果；请先在评选中记录会议决定并公示`)
    const date = options.date ?? posted.map((s) => s.noticeFrom!).sort()[0]
    return { data: { unit, selections: posted, showVotes: options.showVotes, date }, title: `${options.year}年度评选结果公示`, scope: '' }
  },
  build(input: SelectionNoticeData, { measure }) {
    const { unit, selections } = input
    const titles = selections.map((s) => `“${s.titleName}”`).join('、')
    const meetings = [...new Set(selections.map((s) => s.meeting))].join('、')
    const periods = new Set(selections.map((s) => `${s.noticeFrom}|${s.noticeTo}`))
    const one = periods.size === 1 ? selections[0] : null
    const period = one ? `公示期为${chineseDate(one.noticeFrom!)}至${chineseDate(one.noticeTo!)}（${one.noticeDays}个工作日）。` : '各项评选的公示期见下表。'
    const electedCount = selections.reduce((sum, s) => sum + s.nominations.filter((n) => n.decision === 'elected').length, 0)
    const centred = (text: string, rowSpan?: number): TableCell => ({ text, alignment: 'center', ...(rowSpan ? { rowSpan } : {}) })
    const rows: TableCell[][] = []
    const names: string[] = []
    const posts: string[] = []
    for (const s of selections) {
      const elected = s.nominations.filter((n) => n.decision === 'elected')
      elected.forEach((n, i) => {
        // A team's own row has no team or post above it: its kind (窗口、班组) stands in the team column.
        const team = n.nominee.kind === 'team'
        names.push(n.nominee.name)
        posts.push(n.nominee.post)
        rows.push([
          centred(String(rows.length + 1)),
          i === 0 ? centred(s.titleName, elected.length) : { text: '' },
          centred(n.nominee.name),
          centred(team ? `（${n.nominee.teamName}）` : n.nominee.teamName),
          centred(team ? '' : n.nominee.post),
          ...(input.showVotes ? [centred(n.votes && s.valid ? `${n.votes[0]}票\n${formatRate(n.votes[0], s.valid)}` : '')] : []),
          ...(one ? [] : [i === 0 ? centred(`${chineseDate(s.noticeFrom!)}至\n${chineseDate(s.noticeTo!)}`, elected.length) : { text: '' }])
        ])
      })
    }
    const favourable = new Set(selections.map((s) => s.choices[0])).size === 1 ? selections[0].choices[0] : '赞成'
    const votesHeader = `${favourable}票\n（${favourable}率）`
    const header = [headerCell('序号'), headerCell('称号'), headerCell('姓名（集体）'), headerCell('所在班组'), headerCell('岗位'), ...(input.showVotes ? [headerCell(votesHeader)] : []), ...(one ? [] : [headerCell('公示期')])]
    const votesWidth = input.showVotes ? fitColumn(['（同意率）', '100.00%'], measure, 60, 90) : 0
    const widths = [30, fitColumn(['称号', ...selections.map((s) => s.titleName)], measure, 60, 100), fitColumn(['姓名（集体）', ...names], measure, 60, 120), '*', fitColumn(['岗位', ...posts], measure, 48, 100), ...(input.showVotes ? [votesWidth] : []), ...(one ? [] : [100])]
    const body: Content[] = [{ table: { headerRows: 1, widths, body: [header, ...rows] }, layout: noticeTableLayout, margin: [0, 6, 0, 10] }]
    return noticeDocument({
      unit,
      title: `${unit.year}年度${selections.length === 1 ? `“${selections[0].titleName}”` : ''}评选结果公示`,
      paper: 'A4',
      orientation: 'portrait',
      paragraphs: [
        `为深入开展“三亮三比三评”活动，比业绩、树典型，经个人申报和组织推荐，召开${meetings}进行民主测评并研究决定，评选出${unit.year}年度${titles}共${electedCount}${selections.every((s) => s.nomineeKind === 'team') ? '个' : '名'}，现予以公示。${period}`
      ],
      body,
      closing: [
        `公示期间，如对公示对象有不同意见，请以书面、电话或当面反映等方式向${unit.branchName || '党支部'}反映。反映情况应实事求是，以个人名义反映的请署真实姓名。`,
        ...(unit.supervisionPhone ? [`监督电话：${unit.supervisionPhone}`] : [])
      ],
      date: input.date
    })
  }
})
