import type { Database } from '@shared/model/database'
import type { StageGlance } from '@shared/model/glance'
import { isOverdue } from '@shared/compete/training/rules'

/** 三比 at a glance: contests by step, training plans done and overdue, the year's selections. */
export function competeGlance(db: Readonly<Database>, year: number, today: string): StageGlance {
  const contests = db.contests.filter((c) => c.year === year)
  const plans = db.trainingPlans.filter((p) => p.year === year)
  const overdue = plans.filter((p) => isOverdue(p, today)).length
  return {
    stage: 'compete',
    label: '三比',
    path: '/compete/contests',
    figures: [
      { label: '比武竞赛已定稿', value: contests.filter((c) => c.status === 'final').length, unit: `/ ${contests.length} 场`, path: '/compete/contests' },
      { label: '培养计划已完成', value: plans.filter((p) => p.status === 'done').length, unit: `/ ${plans.length} 项`, path: '/compete/training/plans' },
      { label: '培养计划逾期', value: overdue, unit: '项', tone: overdue ? 'bad' : 'good', path: '/compete/training/plans' },
      { label: '四帮四促结对', value: db.mentoringPairs.filter((p) => p.year === year).length, unit: '对', path: '/compete/training/pairs' }
    ]
  }
}
