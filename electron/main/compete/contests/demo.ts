import type { Contest, ContestItem, ScoreSheet, SheetCells } from '@shared/compete/contests/model'
import type { Database } from '@shared/model/database'
import { roundHalfUp, scoreRound } from '@shared/rules/contest-scoring'
import { noticeEnd } from '@shared/rules/working-days'
import { NOTICE_DAYS } from './lifecycle'
import { contestView } from './view'

/*
 * 示例比武竞赛: a finished 窗口业务技能比武 (初赛 for fourteen, 决赛 for the best eight, five judges,
 * the trimmed mean, 一二三等奖) and a 文明优质服务竞赛 of the windows in its 公示期, so the contest
 * screens and every contest document have real-looking data. Deterministic: the same ids and
 * scores every time (a judge's score is worked out from the entrant's, the judge's and the item's
 * place in their lists).
 */

const JUDGE_NAMES = ['周建国', '王喆', '李堃', '陈静']

/** A score near `level` (0..1) of the item's maximum, varied by judge and item, on the item's decimals. */
function demoScore(item: ContestItem, level: number, judge: number, itemIndex: number, entrant: number): number {
  const spread = (((judge * 7 + itemIndex * 3 + entrant * 2) % 5) - 2) * 0.015
  return Math.min(item.max, roundHalfUp(item.max * (level + spread), item.decimals))
}

function sheetsFor(contest: Contest, levels: Map<string, number>, at: string): ScoreSheet[] {
  return contest.rounds.flatMap((round, r) =>
    contest.judges.map((judge, j) => {
      const cells: SheetCells = {}
      for (const [e, entrantId] of round.entrantIds.entries()) {
        // The 决赛 is scored a little higher (the best of the 初赛 are in it).
        const level = (levels.get(entrantId) ?? 0.8) + r * 0.02
        cells[entrantId] = Object.fromEntries(contest.items.map((item, i) => [item.id, demoScore(item, level, j, i, e)]))
      }
      return { id: `${contest.id}-sheet-${r + 1}-${j + 1}`, contestId: contest.id, roundId: round.id, judgeId: judge.id, keying: 'first' as const, cells, updatedAt: at }
    })
  )
}

const base = (year: number, at: string) => ({
  year,
  place: '中心三楼培训室',
  issuer: '',
  status: 'draft' as const,
  noticeFrom: null,
  noticeTo: null,
  deductions: [],
  tieDecisions: [],
  reopenings: [],
  finalizedAt: null,
  createdAt: at,
  updatedAt: at
})

export function demoContests(db: Database, now: Date): Database {
  const year = db.settings.year
  const at = now.toISOString()
  const active = db.people.filter((p) => !p.deletedAt && !p.isOutsider && p.dutyStatus === 'onDuty')
  const judgePeople = JUDGE_NAMES.map((name) => active.find((p) => p.name === name)).filter((p) => p !== undefined)
  const entrants = active.filter((p) => !judgePeople.includes(p)).slice(0, 14)
  const windows = db.teams.filter((t) => !t.deletedAt)
  if (judgePeople.length < 3 || entrants.length < 10 || windows.length < 2) return db

  const skillItems: ContestItem[] = [
    { id: 'demo-skill-item-theory', name: '政策理论笔试', max: 30, weight: 1, decimals: 0 },
    { id: 'demo-skill-item-practice', name: '业务实操', max: 50, weight: 1, decimals: 1 },
    { id: 'demo-skill-item-manner', name: '服务礼仪', max: 20, weight: 1, decimals: 1 }
  ]
  const skillJudges = [
    ...judgePeople.map((p, n) => ({ id: `demo-skill-judge-${n + 1}`, personId: p.id, name: '' })),
    { id: `demo-skill-judge-${judgePeople.length + 1}`, personId: null, name: '张卫东（县人社局）' }
  ]
  const levels = new Map(entrants.map((p, n) => [p.id, 0.93 - ((n * 5) % 14) * 0.013]))
  const preliminary = { id: 'demo-skill-round-1', name: '初赛', entrantIds: entrants.map((p) => p.id) }
  const draftSkill: Contest = {
    ...base(year, at),
    id: 'demo-contest-skill',
    kind: 'skill',
    name: `${year}年度窗口业务技能比武`,
    date: `${year}-09-18`,
    entrantKind: 'person',
    entrants: entrants.map((p) => p.id),
    items: skillItems,
    judges: skillJudges,
    rounds: [preliminary, { id: 'demo-skill-round-2', name: '决赛', entrantIds: [] }],
    rule: { method: 'trimmedMean', trimFrom: 5, resultDecimals: 2, deductions: false },
    awards: { basis: 'count', tiers: [{ label: '一等奖', quota: 1 }, { label: '二等奖', quota: 2 }, { label: '三等奖', quota: 3 }], tieBreak: 'item', tieItemId: 'demo-skill-item-practice' }
  }
  // The best eight of the 初赛 go to the 决赛, as its results rank them.
  const firstSheets = new Map(sheetsFor({ ...draftSkill, rounds: [preliminary] }, levels, at).map((s) => [s.judgeId, s.cells]))
  const prelim = scoreRound({ items: skillItems, rule: draftSkill.rule, judgeIds: skillJudges.map((j) => j.id), entrantIds: preliminary.entrantIds, sheets: firstSheets })
  const finalists = [...prelim].sort((a, b) => (b.final ?? 0) - (a.final ?? 0)).slice(0, 8).map((r) => r.entrantId)
  const noticeFrom = `${year}-09-21`
  const skill: Contest = {
    ...draftSkill,
    rounds: [preliminary, { ...draftSkill.rounds[1], entrantIds: finalists }],
    status: 'final',
    noticeFrom,
    noticeTo: noticeEnd(noticeFrom, NOTICE_DAYS),
    finalizedAt: `${year}-09-29T09:00:00.000Z`
  }

  const serviceItems: ContestItem[] = [
    { id: 'demo-service-item-manner', name: '文明礼仪', max: 25, weight: 1, decimals: 1 },
    { id: 'demo-service-item-honesty', name: '诚信守诺', max: 25, weight: 1, decimals: 1 },
    { id: 'demo-service-item-integrity', name: '廉洁自律', max: 20, weight: 1, decimals: 1 },
    { id: 'demo-service-item-quality', name: '优质高效', max: 30, weight: 1, decimals: 1 }
  ]
  const serviceFrom = `${year}-11-23`
  const service: Contest = {
    ...base(year, at),
    id: 'demo-contest-service',
    kind: 'conduct',
    name: `${year}年度文明优质服务竞赛`,
    date: `${year}-11-18`,
    place: '政务服务大厅',
    entrantKind: 'team',
    entrants: windows.map((t) => t.id),
    items: serviceItems,
    judges: judgePeople.slice(0, 3).map((p, n) => ({ id: `demo-service-judge-${n + 1}`, personId: p.id, name: '' })),
    rounds: [{ id: 'demo-service-round-1', name: '评比', entrantIds: windows.map((t) => t.id) }],
    rule: { method: 'mean', trimFrom: 5, resultDecimals: 2, deductions: true },
    awards: { basis: 'count', tiers: [{ label: '一等奖', quota: 1 }, { label: '二等奖', quota: 1 }, { label: '优胜奖', quota: 1 }], tieBreak: 'highest', tieItemId: null },
    status: 'notice',
    noticeFrom: serviceFrom,
    noticeTo: noticeEnd(serviceFrom, NOTICE_DAYS),
    deductions: [{ roundId: 'demo-service-round-1', entrantId: windows[windows.length - 1].id, points: 1, reason: '群众投诉1件（已核实）' }]
  }
  const windowLevels = new Map(windows.map((t, n) => [t.id, 0.91 - n * 0.03]))
  const contestSheets = [...sheetsFor(skill, levels, at), ...sheetsFor(service, windowLevels, at)]
  const seeded = { ...db, contests: [...db.contests, skill, service], contestSheets: [...db.contestSheets, ...contestSheets] }
  // The demo must show finished figures: a blocker here is a mistake in this file, not in the data.
  for (const contest of [skill, service]) {
    const blockers = contestView(seeded, contest).blockers
    if (blockers.length) throw new Error(`示例比武竞赛「${contest.name}」不完整：${blockers.join('；')}`)
  }
  return seeded
}
