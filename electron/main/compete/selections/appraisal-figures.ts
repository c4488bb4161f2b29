import type { Database } from '@shared/model/database'
import type { AppraisalFigure } from '@shared/model/appraisal-figure'
import type { KeyDate } from '@shared/model/glance'
import type { UnitFigure } from '@shared/model/unit-figure'
import { noticeToOf, titleName } from './view'
import { titlesWon } from './titles-won'

/** 评选称号 for 年终评优: each title a member won in a posted selection of the year counts once (a team's title is the team's). */
export function titleFigures(db: Readonly<Database>, year: number, today: string): AppraisalFigure[] {
  return titlesWon(db, today, { year, nomineeKind: 'person' }).map((won) => ({
    component: 'title',
    personId: won.nomineeId,
    value: 1,
    detail: `${won.year}年评选为「${won.titleName}」${won.noticeOver ? '' : '（公示期未满）'}`,
    sources: [{ stage: 'compete', collection: 'selections', recordId: won.selectionId, label: `${won.titleName}评选（公示${won.noticeFrom}至${won.noticeTo}）`, on: won.decidedOn ?? won.noticeFrom }]
  }))
}

/** 工作业绩好 as the selections show it: the titles the year's selections gave. */
export function selectionUnitFigures(db: Readonly<Database>, year: number): UnitFigure[] {
  const won = titlesWon(db, `${year}-12-31`, { year })
  if (!won.length) return []
  return [{ criterion: 'performance', label: '评选先进', value: `${won.length}人（个）`, basis: won.map((w) => `${w.nomineeName}（${w.titleName}）`).join('、') }]
}

/** Each selection's 公示期 end, for the year's calendar. */
export function selectionKeyDates(db: Readonly<Database>, year: number): KeyDate[] {
  return db.selections.flatMap((s) => {
    const noticeTo = s.year === year ? noticeToOf(s) : null
    return noticeTo ? [{ key: `selections/${s.id}/noticeTo`, day: noticeTo, label: `「${titleName(db, s)}」评选结果公示期满`, stageLabel: '三比', path: '/compete/selections' }] : []
  })
}
