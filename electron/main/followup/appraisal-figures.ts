import type { Database } from '@shared/model/database'
import { round1 } from '@shared/rules/weighted-score'
import type { AppraisalFigure } from '@shared/model/appraisal-figure'
import type { UnitFigure } from '@shared/model/unit-figure'
import { REWARD_PENALTY_KIND_LABELS } from '@shared/followup/records'
import { tallyOf } from '@shared/followup/rectification-rules'

const short = (text: string) => (text.length > 24 ? `${text.slice(0, 24)}…` : text)

/**
 * 跟踪 for 年终评优: 整改落实 is the share of a member's own rectification items of the year that
 * are 已销号, among those already due: an item still within its deadline and not closed is not
 * counted either way (a member with none due has no figure, so the weight goes to the others).
 * Each 奖励 and 惩处 of the year counts once. A team's items and rewards are the team's, not its
 * members'.
 */
export function followupFigures(db: Readonly<Database>, year: number, today: string): AppraisalFigure[] {
  const figures: AppraisalFigure[] = []
  const items = db.rectifications.filter((r) => r.year === year && r.owner.kind === 'person' && r.owner.id)
  const owners = [...new Set(items.map((r) => r.owner.id!))]
  for (const personId of owners) {
    const own = items.filter((r) => r.owner.id === personId && (r.status === 'closed' || r.deadline < today))
    if (!own.length) continue
    const closed = own.filter((r) => r.status === 'closed').length
    const notDue = items.filter((r) => r.owner.id === personId).length - own.length
    figures.push({
      component: 'rectification',
      personId,
      value: round1((closed / own.length) * 100),
      detail: `本年度本人已到期的整改事项${own.length}项，已销号${closed}项${notDue ? `（另有${notDue}项未到期，不计）` : ''}`,
      sources: own.map((r) => ({ stage: 'followup', collection: 'rectifications', recordId: r.id, label: `整改：${short(r.problem)}（${r.status === 'closed' ? '已销号' : '未销号'}）`, on: r.closeOut?.on ?? r.deadline }))
    })
  }
  for (const record of db.rewardPenalties) {
    if (record.year !== year || record.holder.kind !== 'person') continue
    figures.push({
      component: record.kind === 'reward' ? 'reward' : 'penalty',
      personId: record.holder.id,
      value: 1,
      detail: `${REWARD_PENALTY_KIND_LABELS[record.kind]}：${record.title}`,
      sources: [{ stage: 'followup', collection: 'rewardPenalties', recordId: record.id, label: `${record.title}（${short(record.reason)}）`, on: record.on }]
    })
  }
  return figures
}

/** 工作机制好 as the ledger shows it: how the year's problems were carried through to 销号. */
export function followupUnitFigures(db: Readonly<Database>, year: number): UnitFigure[] {
  const items = db.rectifications.filter((r) => r.year === year)
  if (!items.length) return []
  // Overdue is not part of these figures, so the tally is taken as at the year's end.
  const tally = tallyOf(items, `${year}-12-31`)
  const closed = items.filter((r) => r.status === 'closed').length
  const chases = db.chases.filter((c) => c.year === year)
  const chased = new Set(chases.map((c) => c.subject.key)).size
  return [
    { criterion: 'mechanism', label: '整改事项销号率', value: `${((closed / items.length) * 100).toFixed(1)}%`, basis: `${year}年整改台账${items.length}项：已整改${tally.done}项，整改中${tally.ongoing}项，未整改${tally.notStarted}项` },
    { criterion: 'mechanism', label: '检查催办', value: `${chased}项`, basis: `${year}年对${chased}个事项发出过催办，共${chases.length}次` }
  ]
}
