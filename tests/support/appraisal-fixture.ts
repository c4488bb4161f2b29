import { createDatabase, type Database } from '@shared/model/database'
import type { AppraisalFigure } from '@shared/model/appraisal-figure'
import { personSchema, teamSchema } from '@shared/roster/model'

/*
 * A small unit for 年终评优 tests with figures chosen by hand, so every expected figure can be
 * worked out in a test's comments: four members and one 预备党员 in one team.
 */

export const APPRAISAL_YEAR = 2026

const at = '2026-01-05T00:00:00.000Z'
const member = (id: string, name: string, politicalStatus: 'member' | 'probationary' = 'member') =>
  personSchema.parse({ id, name, politicalStatus, teamId: 'team-1', createdAt: at, updatedAt: at })

export function appraisalUnit(): Database {
  const db = createDatabase(new Date(Date.UTC(2026, 0, 5)))
  return {
    ...db,
    settings: { ...db.settings, unitName: '测试单位', year: APPRAISAL_YEAR },
    teams: [teamSchema.parse({ id: 'team-1', name: '综合窗口', kind: 'window', order: 1 })],
    people: [member('p-wang', '王芳'), member('p-li', '李强'), member('p-zhao', '赵敏'), member('p-sun', '孙伟'), member('p-zhou', '周洁', 'probationary')]
  }
}

const figure = (personId: string, component: AppraisalFigure['component'], value: number, label: string): AppraisalFigure => ({
  component,
  personId,
  value,
  detail: `${label} ${value}`,
  sources: [{ stage: 'test', collection: 'records', recordId: `${personId}-${component}-${value}`, label, on: '2026-11-30' }]
})

/**
 * 王芳: 承诺 96, 互评 94, 点评 92, one title (+2).
 * 李强: 承诺 90, 互评 90, 点评 90, 比武 85 and 95 (mean 90), one reward (+1).
 * 赵敏: 承诺 80, 互评 70, one penalty (−2).
 * 孙伟: nothing at all.
 * 周洁 (预备党员): 承诺 99.
 */
export function appraisalFigures(): AppraisalFigure[] {
  return [
    figure('p-wang', 'pledge', 96, '承诺评诺'),
    figure('p-wang', 'peerReview', 94, '互评'),
    figure('p-wang', 'leaderReview', 92, '领导点评'),
    figure('p-wang', 'title', 1, '技术标兵'),
    figure('p-li', 'pledge', 90, '承诺评诺'),
    figure('p-li', 'peerReview', 90, '互评'),
    figure('p-li', 'leaderReview', 90, '领导点评'),
    figure('p-li', 'contest', 85, '岗位技能比武'),
    figure('p-li', 'contest', 95, '服务竞赛'),
    figure('p-li', 'reward', 1, '嘉奖'),
    figure('p-zhao', 'pledge', 80, '承诺评诺'),
    figure('p-zhao', 'peerReview', 70, '互评'),
    figure('p-zhao', 'penalty', 1, '通报批评'),
    figure('p-zhou', 'pledge', 99, '承诺评诺')
  ]
}
