import type { Database } from '@shared/model/database'
import type { StageGlance } from '@shared/model/glance'
import type { UnitFigure } from '@shared/model/unit-figure'
import { doneItems, overdueItems } from '@shared/rules/pledge-deadlines'
import { takesPart } from '@shared/rules/participation'
import { PLEDGE_STATUS_LABELS, PLEDGE_STATUSES } from '@shared/show/model'

/** 三亮 at a glance: who has pledged, items done and overdue, pledges at each step. */
export function showGlance(db: Readonly<Database>, year: number, today: string): StageGlance {
  const pledges = db.pledges.filter((p) => p.year === year)
  const members = db.people.filter((p) => takesPart(p))
  const pledged = new Set(pledges.filter((p) => p.scope === 'person').map((p) => p.personId))
  const items = pledges.reduce((n, p) => n + p.items.length, 0)
  const done = pledges.reduce((n, p) => n + doneItems(p, db.fulfilments).length, 0)
  const overdue = overdueItems(pledges, db.fulfilments, today).length
  const without = members.filter((m) => !pledged.has(m.id)).length
  return {
    stage: 'show',
    label: '三亮',
    path: '/show/pledges',
    figures: [
      { label: '已作承诺的党员', value: members.length - without, unit: `/ ${members.length} 人`, tone: without ? 'warn' : 'good', path: '/show/pledges' },
      { label: '承诺事项已完成', value: done, unit: `/ ${items} 项`, tone: 'normal', path: '/show/assessment' },
      { label: '逾期未完成', value: overdue, unit: '项', tone: overdue ? 'bad' : 'good', path: '/show/pledges' }
    ],
    charts: [
      {
        id: 'pledge-steps',
        title: '承诺各环节',
        kind: 'bar',
        categories: PLEDGE_STATUSES.map((s) => PLEDGE_STATUS_LABELS[s]),
        series: [{ name: '承诺', values: PLEDGE_STATUSES.map((s) => pledges.filter((p) => p.status === s).length) }],
        unit: '条'
      },
      {
        id: 'pledge-items',
        title: '承诺事项践诺情况',
        kind: 'pie',
        categories: ['已完成', '逾期未完成', '进行中'],
        series: [{ name: '事项', values: [done, overdue, Math.max(0, items - done - overdue)] }],
        unit: '项'
      }
    ]
  }
}

/** 党员队伍好 as 三亮 shows it: members who pledged in public, and how the pledge items were kept. */
export function showUnitFigures(db: Readonly<Database>, year: number): UnitFigure[] {
  const pledges = db.pledges.filter((p) => p.year === year)
  const members = db.people.filter((p) => takesPart(p))
  const pledged = new Set(pledges.filter((p) => p.scope === 'person' && p.personId).map((p) => p.personId))
  const items = pledges.reduce((n, p) => n + p.items.length, 0)
  const done = pledges.reduce((n, p) => n + doneItems(p, db.fulfilments).length, 0)
  const rate = (part: number, whole: number) => (whole ? `${((part / whole) * 100).toFixed(1)}%` : '—')
  return [
    { criterion: 'members', label: '党员公开承诺率', value: rate(pledged.size, members.length), basis: `${year}年参加活动的党员${members.length}人，作出个人承诺${pledged.size}人` },
    { criterion: 'members', label: '承诺事项完成率', value: rate(done, items), basis: `${year}年承诺事项${items}项，践诺记录报告完成${done}项` }
  ]
}
