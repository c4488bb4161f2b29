import { GRADE_LABELS, type AppraisalConfig, type AppraisalRow, type Grade, type RowFlag } from '../appraisal/model'
import { COUNTED_COMPONENTS, SCORED_COMPONENTS, type AppraisalFigure, type CountedComponent, type ScoredComponent } from '../model/appraisal-figure'
import { round1, weightedScore } from './weighted-score'

/*
 * 年终评优 arithmetic. A component's score is the mean of its figures (two contests: their mean);
 * the composite is the weighted mean of the components a person has (a missing one shares its
 * weight among the others, as 评诺 does), plus points per title and reward, minus points per
 * penalty. The workbook writes the same arithmetic as formulas, so the order of operations here is
 * the order there.
 */

export type Scores = Record<ScoredComponent, number | null>
export type Counts = Record<CountedComponent, number>

export function componentScores(figures: readonly AppraisalFigure[]): { scores: Scores; counts: Counts } {
  const scores = {} as Scores
  for (const component of SCORED_COMPONENTS) {
    const values = figures.filter((f) => f.component === component).map((f) => f.value)
    scores[component] = values.length ? round1(values.reduce((a, b) => a + b, 0) / values.length) : null
  }
  const counts = {} as Counts
  for (const component of COUNTED_COMPONENTS) counts[component] = figures.filter((f) => f.component === component).reduce((n, f) => n + f.value, 0)
  return { scores, counts }
}

/** Titles and rewards add their points, penalties take theirs off. */
export function pointsFor(config: AppraisalConfig, counts: Counts): number {
  return round1(counts.title * config.points.title + counts.reward * config.points.reward - counts.penalty * config.points.penalty)
}

export function composite(config: AppraisalConfig, scores: Scores, counts: Counts): { weighted: number | null; points: number; composite: number | null } {
  const weighted = weightedScore(scores, config.weights).score
  const points = pointsFor(config, counts)
  return { weighted, points, composite: weighted === null ? null : round1(weighted + points) }
}

/** 优秀 at most this many of `graded` people: numerator/denominator of them, rounded down. */
export function excellentQuota(config: AppraisalConfig, graded: number): number {
  return Math.floor((graded * config.excellentShare.numerator) / config.excellentShare.denominator)
}

/** The grade a score reaches by the lines alone. */
export function gradeByLines(config: AppraisalConfig, score: number): Grade {
  if (score >= config.lines.excellent) return 'excellent'
  if (score >= config.lines.qualified) return 'qualified'
  if (score >= config.lines.basic) return 'basic'
  return 'unqualified'
}

type Ranked = Pick<AppraisalRow, 'personId' | 'graded' | 'composite'>
export type Suggested = { rank: number | null; suggestion: Grade | null; flag: RowFlag | null; flagText: string }

/** Standard competition ranks (1, 2, 2, 4) by composite, highest first; null without one. */
export function ranks(rows: readonly Pick<AppraisalRow, 'composite'>[]): (number | null)[] {
  return rows.map((row) => (row.composite === null ? null : 1 + rows.filter((other) => other.composite !== null && other.composite > row.composite!).length))
}

/**
 * Suggestions for everyone: the lines decide, except that 优秀 goes to at most the quota of the
 * graded, highest composites first. When the quota's last place is tied (the last inside and the
 * first outside have the same composite), none of those tied is suggested: the meeting decides.
 * Those over the line but outside the quota are suggested 合格 and flagged.
 */
export function suggestGrades(config: AppraisalConfig, rows: readonly Ranked[]): Suggested[] {
  const rankOf = ranks(rows)
  const graded = rows.filter((row) => row.graded)
  const quota = excellentQuota(config, graded.length)
  const candidates = graded
    .filter((row): row is Ranked & { composite: number } => row.composite !== null && row.composite >= config.lines.excellent)
    .map((row) => row.composite)
    .sort((a, b) => b - a)
  // The composite at the quota's edge, when more candidates than places.
  const edge = candidates.length > quota ? candidates[quota] : null
  const lastIn = quota > 0 && candidates.length > quota ? candidates[quota - 1] : null
  const tiedScore = edge !== null && lastIn !== null && edge === lastIn ? edge : null

  return rows.map((row, i) => {
    const rank = rankOf[i]
    if (!row.graded) return { rank, suggestion: null, flag: 'probationary', flagText: '预备党员参加评议，不评定等次' }
    if (row.composite === null) return { rank, suggestion: null, flag: 'noScore', flagText: '没有任何一项评分，无法给出建议' }
    const byLines = gradeByLines(config, row.composite)
    if (byLines !== 'excellent') return { rank, suggestion: byLines, flag: null, flagText: '' }
    if (tiedScore !== null && row.composite === tiedScore) {
      const tied = candidates.filter((c) => c === tiedScore).length
      const placesLeft = quota - candidates.filter((c) => c > tiedScore).length
      return { rank, suggestion: null, flag: 'tieAtQuota', flagText: `${tied}人同为${row.composite}分，争${placesLeft}个优秀名额，请支部会议决定` }
    }
    const inside = candidates.filter((c) => c > row.composite!).length < quota
    if (inside) return { rank, suggestion: 'excellent', flag: null, flagText: '' }
    return {
      rank,
      suggestion: 'qualified',
      flag: 'overQuota',
      flagText: quota === 0 ? `参评${graded.length}人，优秀名额为0，建议${GRADE_LABELS.qualified}` : `达到优秀分数线，但超出${quota}个优秀名额，建议${GRADE_LABELS.qualified}`
    }
  })
}
