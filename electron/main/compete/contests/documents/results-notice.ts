import type { Content, TableCell } from 'pdfmake/interfaces'
import { printOptions } from '@shared/model/print'
import { rankLabel } from '@shared/rules/contest-scoring'
import { defineDocument } from '../../../print/document'
import { documentOptions } from '../../../print/options'
import { headerCell, noticeDocument, noticeHeading, noticeTableLayout } from '../../../print/parts/notice-frame'
import { chineseDate, SIZE } from '../../../print/typography'
import { printUnit, type PrintUnit } from '../../../print/unit'
import { contestView } from '../view'
import { contestControl, contestIdOption, issuerOf, pickContest } from './contest-source'

interface Line {
  rank: string
  name: string
  team: string
  /** Each judge's total; dropped ones in brackets, 未评 for none. */
  totals: string[]
  deduction: string
  final: string
  award: string
}

export interface ResultsNoticeData {
  unit: PrintUnit
  issuer: string
  title: string
  opening: string
  ruleText: string
  trimmed: boolean
  judges: string[]
  team: boolean
  deductions: boolean
  rounds: { name: string; awards: string; lines: Line[] }[]
  noticeFrom: string
  noticeTo: string
}

/** 成绩公示: the results of a contest in its 公示期 (or since final), with the scoring rule, in the GB/T 9704 manner. */
export const contestResultsNotice = defineDocument({
  id: 'contest-results-notice',
  title: '比武竞赛成绩公示',
  stage: 'compete',
  group: '比技能',
  description: '成绩公示：各评委总分、去掉的最高最低分、最后得分、名次和奖项，印明计分办法和公示期',
  options: documentOptions({ year: printOptions.year, allowMissingGlyphs: printOptions.allowMissingGlyphs, contestId: contestIdOption }, { contestId: '比武竞赛' }),
  controls: [{ kind: 'year' }, contestControl('本年度最近一场已公示的比武竞赛')],
  gather(db, options) {
    const unit = printUnit(db, options.year)
    const contest = pickContest(db, options.year, options.contestId, ['notice', 'final'], '成绩公示')
    const view = contestView(db, contest)
    const judges = contest.judges.map((j) => view.judgeNames[j.id])
    const rounds = [...view.results].reverse().map((round) => {
      const ranked = [...round.lines].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity))
      const byAward = new Map<string, string[]>()
      for (const line of ranked) if (line.award) byAward.set(line.award, [...(byAward.get(line.award) ?? []), line.name])
      return {
        name: view.results.length > 1 ? round.roundName : '',
        awards: [...byAward].map(([award, names]) => `${award}：${names.join('、')}`).join('；'),
        lines: ranked.map((l) => ({
          rank: rankLabel(l),
          name: l.name,
          team: l.teamName,
          totals: l.marks.map((m) => (m.total === null ? '未评' : l.dropped && (l.dropped.highest === m.judgeId || l.dropped.lowest === m.judgeId) ? `（${m.total}）` : String(m.total))),
          deduction: l.deduction ? `−${l.deduction}` : '',
          final: l.final === null ? (l.incomplete ?? '') : String(l.final),
          award: l.award ?? ''
        }))
      }
    })
    const entrants = `${contest.entrants.length}${contest.entrantKind === 'team' ? '个班组' : '名选手'}`
    const stages = contest.rounds.length > 1 ? `，分${contest.rounds.map((r) => r.name).join('、')}进行` : ''
    const data: ResultsNoticeData = {
      unit,
      issuer: issuerOf(contest, unit.signature),
      title: `关于${contest.name}成绩的公示`,
      opening: `${chineseDate(contest.date)}，${unit.unitName}${contest.place ? `在${contest.place}` : ''}举行${contest.name}，共${entrants}参加${stages}。经${judges.length}名评委现场评分，现将比赛成绩和获奖情况予以公示。公示期为${chineseDate(contest.noticeFrom as string)}至${chineseDate(contest.noticeTo as string)}。`,
      ruleText: view.ruleText,
      trimmed: contest.rule.method === 'trimmedMean',
      judges,
      team: contest.entrantKind === 'team',
      deductions: contest.rule.deductions,
      rounds,
      noticeFrom: contest.noticeFrom as string,
      noticeTo: contest.noticeTo as string
    }
    return { data, title: `${contest.name}成绩公示`, scope: '' }
  },
  build(input: ResultsNoticeData) {
    const body: Content[] = [noticeHeading('一、计分办法'), { text: `${input.ruleText}${input.trimmed ? '表中带括号的分数为去掉的最高分和最低分，不计入最后得分。' : ''}`, fontSize: SIZE.small4, lineHeight: 1.25, leadingIndent: SIZE.small4 * 2 }]
    const numbers = ['二', '三', '四']
    input.rounds.forEach((round, n) => {
      const header: TableCell[] = [
        headerCell('名次'),
        headerCell(input.team ? '参赛班组' : '姓名'),
        ...(input.team ? [] : [headerCell('所在班组')]),
        ...input.judges.map((j) => headerCell(j)),
        ...(input.deductions ? [headerCell('扣分')] : []),
        headerCell('最后得分'),
        headerCell('奖项')
      ]
      const rows: TableCell[][] = round.lines.map((l) => [
        { text: l.rank, alignment: 'center' },
        { text: l.name, alignment: 'center' },
        ...(input.team ? [] : [{ text: l.team, alignment: 'center' as const }]),
        ...l.totals.map((t) => ({ text: t, alignment: 'center' as const })),
        ...(input.deductions ? [{ text: l.deduction, alignment: 'center' as const }] : []),
        { text: l.final, alignment: 'center', bold: true },
        { text: l.award, alignment: 'center' }
      ])
      body.push(noticeHeading(`${numbers[n]}、${round.name}成绩${round.awards ? '和获奖名单' : ''}`))
      // A long table gets the winners named above it too; a short one shows them in its 奖项 column.
      if (round.awards && round.lines.length > 15) body.push({ text: round.awards, fontSize: SIZE.no4, lineHeight: 1.25, margin: [0, 0, 0, 6] })
      body.push({
        table: { headerRows: 1, dontBreakRows: true, widths: [62, input.team ? '*' : 52, ...(input.team ? [] : ['*' as const]), ...input.judges.map(() => 'auto' as const), ...(input.deductions ? ['auto' as const] : []), 'auto', 'auto'], body: [header, ...rows] },
        layout: noticeTableLayout,
        fontSize: SIZE.no5,
        margin: [0, 0, 0, 10]
      })
    })
    return noticeDocument({
      unit: { ...input.unit, signature: input.issuer },
      title: input.title,
      paper: 'A4',
      orientation: input.judges.length >= 5 ? 'landscape' : 'portrait',
      paragraphs: [input.opening],
      body,
      closing: [`公示期间，如对成绩有异议，请向${input.unit.branchName || input.unit.unitName}反映。${input.unit.supervisionPhone ? `监督电话：${input.unit.supervisionPhone}。` : ''}`],
      date: input.noticeFrom
    })
  }
})
