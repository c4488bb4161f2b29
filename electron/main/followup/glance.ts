import type { Database } from '@shared/model/database'
import type { KeyDate, StageGlance } from '@shared/model/glance'
import { FINDING_KIND_LABELS } from '@shared/model/finding'
import { fundTotals, yuan } from '@shared/followup/fund-totals'
import { tallyByKind, tallyOf } from '@shared/followup/rectification-rules'

/** 跟踪 at a glance: the ledger (overdue in red, opening the filtered list), funds left, and where each source's problems stand. */
export function followupGlance(db: Readonly<Database>, year: number, today: string): StageGlance {
  const items = db.rectifications.filter((r) => r.year === year)
  const tally = tallyOf(items, today)
  const funds = fundTotals(db.fundLines.filter((l) => l.year === year)).total
  const kinds = tallyByKind(items, today)
  return {
    stage: 'followup',
    label: '跟踪',
    path: '/followup/ledger',
    figures: [
      { label: '整改事项已销号', value: tally.done, unit: `/ ${tally.total} 项`, tone: tally.total && tally.done === tally.total ? 'good' : 'normal', path: '/followup/ledger' },
      { label: '整改逾期', value: tally.overdue, unit: '项', tone: tally.overdue ? 'bad' : 'good', path: '/followup/ledger' },
      { label: '经费结余', value: yuan(funds.balanceFen), unit: '元', path: '/followup/funds' }
    ],
    charts: kinds.length
      ? [
          {
            id: 'ledger-by-source',
            title: '各来源问题的整改情况',
            kind: 'stackedBar',
            categories: kinds.map((k) => FINDING_KIND_LABELS[k.kind]),
            series: [
              { name: '已整改', values: kinds.map((k) => k.tally.done) },
              { name: '整改中', values: kinds.map((k) => k.tally.ongoing) },
              { name: '未整改', values: kinds.map((k) => k.tally.notStarted) }
            ],
            unit: '项'
          }
        ]
      : []
  }
}

/** Responsibility targets' check dates, for the year's calendar. */
export function followupKeyDates(db: Readonly<Database>, year: number): KeyDate[] {
  return db.responsibilityTargets
    .filter((t) => t.year === year)
    .flatMap((t) => t.checkDates.map((day) => ({ key: `followup/responsibilityTargets/${t.id}/${day}`, day, label: `目标责任检查：${t.target.length > 20 ? `${t.target.slice(0, 20)}…` : t.target}`, stageLabel: '跟踪', path: '/followup/targets' })))
}
