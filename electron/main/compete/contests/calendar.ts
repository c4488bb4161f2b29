import type { Database } from '@shared/model/database'
import type { KeyDate } from '@shared/model/glance'
import type { UnitFigure } from '@shared/model/unit-figure'

/** Each contest's 公示期 end, for the year's calendar. */
export function contestKeyDates(db: Readonly<Database>, year: number): KeyDate[] {
  return db.contests
    .filter((c) => c.year === year && c.noticeTo)
    .map((c) => ({ key: `contests/${c.id}/noticeTo`, day: c.noticeTo!, label: `「${c.name}」成绩公示期满`, stageLabel: '三比', path: '/compete/contests' }))
}

/** 工作业绩好 as the contests show it: how many were held and how many awards the unit's people won. */
export function contestUnitFigures(db: Readonly<Database>, year: number): UnitFigure[] {
  const final = db.contests.filter((c) => c.year === year && c.status === 'final')
  if (!final.length) return []
  return [{ criterion: 'performance', label: '技能比武和作风竞赛', value: `${final.length}场`, basis: final.map((c) => `「${c.name}」${c.date}`).join('；') }]
}
