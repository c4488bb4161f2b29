import type { AwardRule, TieDecision } from '../compete/contests/model'
import type { EntrantResult } from './contest-scoring'

/*
 * Awards (一、二、三等奖, 优胜奖) down the complete entrants, best first. A tier's quota is a head
 * count, or a percentage of the complete entrants rounded down (10% of 25 is 2). Incomplete
 * entrants get none. When entrants with the same final score straddle a boundary (the last place
 * of 一等奖 and the first outside it), the configured tie-breaker orders them: the named item's
 * mean score over the counted judges, then the highest total a judge gave; when that still does
 * not part them, or the rule leaves it to the officer, they are pending until the officer's order
 * (a TieDecision) says who goes first.
 */

export interface Award {
  entrantId: string
  /** The tier's label, null for none (or while pending). */
  label: string | null
  pending: boolean
}

export interface BoundaryTie {
  final: number
  /** The tied entrants in the order the tie-breaker (or the officer) placed them. */
  entrantIds: string[]
  /** The higher award and the one below it (null: no award). */
  upper: string
  lower: string | null
  /** How many of them fit the higher award. */
  places: number
  resolvedBy: 'item' | 'highest' | 'officer' | null
}

export interface AwardOutcome {
  awards: Award[]
  ties: BoundaryTie[]
  warnings: string[]
  /** Entrants left out of the awards for being incomplete. */
  excluded: string[]
}

export function quotas(rule: Pick<AwardRule, 'basis' | 'tiers'>, complete: number): number[] {
  return rule.tiers.map((tier) => (rule.basis === 'count' ? Math.floor(tier.quota) : Math.floor((tier.quota * complete) / 100 + 1e-9)))
}

type Ranked = Pick<EntrantResult, 'entrantId' | 'final' | 'highest' | 'itemMeans'>

export function awardRound(results: readonly Ranked[], rule: AwardRule, decisions: readonly TieDecision[] = []): AwardOutcome {
  const complete = results.filter((r): r is Ranked & { final: number } => r.final !== null)
  const excluded = results.filter((r) => r.final === null).map((r) => r.entrantId)
  const order = new Map(results.map((r, n) => [r.entrantId, n]))
  const officerPlace = (id: string) => {
    for (const decision of decisions) {
      const at = decision.entrantIds.indexOf(id)
      if (at >= 0) return at
    }
    return -1
  }
  const byItem = (r: Ranked) => (rule.tieBreak === 'item' && rule.tieItemId ? (r.itemMeans[rule.tieItemId] ?? 0) : 0)
  const byHighest = (r: Ranked) => (rule.tieBreak === 'officer' ? 0 : (r.highest ?? 0))
  const decided = (a: Ranked, b: Ranked) => decisions.some((d) => d.entrantIds.includes(a.entrantId) && d.entrantIds.includes(b.entrantId))
  const sorted = [...complete].sort(
    (a, b) =>
      b.final - a.final ||
      (decided(a, b) ? officerPlace(a.entrantId) - officerPlace(b.entrantId) : 0) ||
      byItem(b) - byItem(a) ||
      byHighest(b) - byHighest(a) ||
      (order.get(a.entrantId) ?? 0) - (order.get(b.entrantId) ?? 0)
  )

  const counts = quotas(rule, complete.length)
  const labels: (string | null)[] = sorted.map(() => null)
  let at = 0
  rule.tiers.forEach((tier, k) => {
    for (let n = 0; n < counts[k] && at < sorted.length; n += 1) labels[at++] = tier.label
  })

  const ties: BoundaryTie[] = []
  const pending = new Set<string>()
  for (let cut = 1; cut < sorted.length; cut += 1) {
    const above = sorted[cut - 1]
    const below = sorted[cut]
    if (above.final !== below.final || labels[cut - 1] === labels[cut]) continue
    const group = sorted.filter((r) => r.final === above.final)
    const resolvedBy = decided(above, below) ? 'officer' : byItem(above) !== byItem(below) ? 'item' : byHighest(above) !== byHighest(below) ? 'highest' : null
    ties.push({
      final: above.final,
      entrantIds: group.map((r) => r.entrantId),
      upper: labels[cut - 1] as string,
      lower: labels[cut],
      places: group.filter((r) => sorted.indexOf(r) < cut).length,
      resolvedBy
    })
    if (!resolvedBy) group.forEach((r) => pending.add(r.entrantId))
  }

  const awarded = new Map(sorted.map((r, n) => [r.entrantId, labels[n]]))
  const awards = results.map((r) => ({
    entrantId: r.entrantId,
    label: pending.has(r.entrantId) ? null : (awarded.get(r.entrantId) ?? null),
    pending: pending.has(r.entrantId)
  }))

  const warnings: string[] = []
  const total = counts.reduce((a, b) => a + b, 0)
  if (complete.length > 0 && rule.tiers.length > 0 && total >= complete.length) warnings.push(`按当前评奖办法，完成比赛的${complete.length}名参赛者全部获奖`)
  if (excluded.length && rule.tiers.length) warnings.push(`${excluded.length}名参赛者成绩不完整，不参加评奖`)
  return { awards, ties, warnings, excluded }
}
