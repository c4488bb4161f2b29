/*
 * 互评 arithmetic: marks per grade → votes, the points they are worth and the average, for one
 * member (overall or on one criterion). Paper tallies and keyed ballots count alike. Averages are
 * rounded to two decimals only at the end, so 8.8333… prints as 8.83 whatever the order of entry.
 */

export interface PeerGradeScale {
  id: string
  label: string
  points: number
}

/** Marks per grade id; a grade not listed has none. */
export type GradeCounts = Record<string, number>

export interface PeerScore {
  votes: number
  /** Every grade of the scale, in its order, with its count and share of the votes (0–100, one decimal). */
  grades: { id: string; label: string; count: number; share: number }[]
  /** Σ count × points. */
  points: number
  /** points / votes, two decimals; null with no votes. */
  average: number | null
}

const round = (value: number, places: number) => Math.round(value * 10 ** places + Number.EPSILON) / 10 ** places

export function peerScore(scale: readonly PeerGradeScale[], counts: GradeCounts): PeerScore {
  const votes = scale.reduce((sum, grade) => sum + (counts[grade.id] ?? 0), 0)
  const points = scale.reduce((sum, grade) => sum + (counts[grade.id] ?? 0) * grade.points, 0)
  return {
    votes,
    grades: scale.map((grade) => {
      const count = counts[grade.id] ?? 0
      return { id: grade.id, label: grade.label, count, share: votes ? round((count / votes) * 100, 1) : 0 }
    }),
    points,
    average: votes ? round(points / votes, 2) : null
  }
}

/** Adds marks per grade. */
export function addCounts(...all: GradeCounts[]): GradeCounts {
  const sum: GradeCounts = {}
  for (const counts of all) for (const [id, n] of Object.entries(counts)) sum[id] = (sum[id] ?? 0) + n
  return sum
}

/**
 * A member never reviews himself: of `returned` ballots, one is his own, so at most `returned − 1`
 * can grade him (on one criterion). The excess, or null.
 */
export function tallyExcess(returned: number, counts: GradeCounts): number | null {
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0)
  const most = Math.max(0, returned - 1)
  return total > most ? total - most : null
}
