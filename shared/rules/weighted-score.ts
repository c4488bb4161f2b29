/*
 * A score from several assessors with weights (自评 / 组织评 / 群众评 for 评诺; self / peer /
 * leader / public for 三评 and 年终评优): the weighted mean of the scores that were given. An
 * assessor who has not scored shares his weight among the others, and the result says it is
 * incomplete; an assessor whose weight is 0 does not count at all.
 */

export interface WeightedScore {
  /** Rounded to one decimal; null when no weighted assessor scored. */
  score: number | null
  /** Every assessor with a weight above 0 scored. */
  complete: boolean
  /** The weights actually used, as shares of 1 (what the printed result can say). */
  shares: Record<string, number>
}

export function weightedScore<K extends string>(scores: Readonly<Record<K, number | null>>, weights: Readonly<Record<K, number>>): WeightedScore {
  let weighted = 0
  let weightSum = 0
  let complete = true
  const given: [K, number][] = []
  for (const assessor of Object.keys(weights) as K[]) {
    const weight = weights[assessor]
    if (!(weight > 0)) continue
    const score = scores[assessor]
    if (score === null || score === undefined) {
      complete = false
      continue
    }
    weighted += score * weight
    weightSum += weight
    given.push([assessor, weight])
  }
  const shares = Object.fromEntries(given.map(([assessor, weight]) => [assessor, weight / weightSum]))
  return { score: weightSum > 0 ? round1(weighted / weightSum) : null, complete, shares }
}

/**
 * Why a set of weights cannot be used, or null: `labels` names the assessors in the message. Weights
 * are percentages: each from 0 to 100, together exactly 100, so what the user types is what counts.
 */
export function weightsProblem<K extends string>(weights: Readonly<Record<K, number>>, labels: Readonly<Record<K, string>>): string | null {
  const keys = Object.keys(weights) as K[]
  for (const k of keys) {
    const weight = weights[k]
    if (typeof weight !== 'number' || !Number.isFinite(weight)) return `请填写${labels[k]}的权重`
    if (weight < 0 || weight > 100) return `${labels[k]}的权重应在0%至100%之间，现为${weight}%`
  }
  const total = weightTotal(weights)
  if (total !== 100) return `${keys.map((k) => labels[k]).join('、')}的权重合计应为100%，现为${total}%`
  return null
}

/** The weights added up, to one decimal (33.3 + 33.3 + 33.4 is 100). */
export function weightTotal<K extends string>(weights: Readonly<Record<K, number>>): number {
  return round1((Object.values(weights) as number[]).reduce((sum, w) => sum + (Number.isFinite(w) ? w : 0), 0))
}

/**
 * Each assessor's share in percent, to one decimal, as the score uses it: the weight itself when the
 * weights add up to 100, its share of the sum for weights saved before that rule.
 */
export function weightPercents<K extends string>(weights: Readonly<Record<K, number>>): Record<K, number> {
  const total = (Object.values(weights) as number[]).reduce((sum, w) => sum + (w > 0 ? w : 0), 0)
  return Object.fromEntries((Object.keys(weights) as K[]).map((k) => [k, total > 0 && weights[k] > 0 ? round1((weights[k] / total) * 100) : 0])) as Record<K, number>
}

export const round1 = (n: number) => Math.round(n * 10) / 10
