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

/** Why a set of weights cannot be used, or null: `labels` names the assessors in the message. */
export function weightsProblem<K extends string>(weights: Readonly<Record<K, number>>, labels: Readonly<Record<K, string>>): string | null {
  const keys = Object.keys(weights) as K[]
  if (keys.some((k) => !(weights[k] >= 0))) return '权重不能为负数'
  if (keys.every((k) => weights[k] <= 0)) return `${keys.map((k) => labels[k]).join('、')}的权重不能都为0`
  return null
}

export const round1 = (n: number) => Math.round(n * 10) / 10
