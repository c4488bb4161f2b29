/*
 * 群众评议 arithmetic, pure: counts per level, 满意率 by an editable formula (which levels count), the
 * 满意 and 不满意 shares apart, bands, 样本不足, and the change from the previous round. Rates are
 * percentages of the VALID answers of a dimension (blank or several marks are invalid and counted
 * apart); they are kept unrounded and rounded to one decimal only for showing (`percent`).
 */

export interface Bands {
  good: number
  fair: number
}
export const BANDS = ['good', 'fair', 'rework', 'insufficient'] as const
export type Band = (typeof BANDS)[number]
export const BAND_LABELS: Record<Band, string> = { good: '好', fair: '一般', rework: '需整改', insufficient: '样本不足' }

export type Mark = number | 'blank' | 'several'

export interface Formula {
  scale: readonly string[]
  satisfiedLevels: readonly number[]
  bands: Bands
  minResponses: number
}

export interface DimensionResult {
  /** counts[level], on the questionnaire's scale. */
  counts: number[]
  valid: number
  /** Blank or several marks. */
  invalid: number
  /** 满意率: the satisfied levels over valid, 0–100; null when nothing valid. */
  rate: number | null
  /** The top level (满意) alone over valid. */
  topShare: number | null
  /** 不满意率: what 满意率 does not count, over valid (rate + unsatisfied = 100). */
  unsatisfied: number | null
  band: Band
}

/** The band of a rate; a result on fewer valid answers than the minimum is 样本不足 whatever its rate. */
export function bandOf(rate: number | null, valid: number, formula: Pick<Formula, 'bands' | 'minResponses'>): Band {
  if (rate === null || valid < formula.minResponses) return 'insufficient'
  if (rate >= formula.bands.good) return 'good'
  if (rate >= formula.bands.fair) return 'fair'
  return 'rework'
}

const share = (part: number, whole: number) => (whole > 0 ? (part * 100) / whole : null)

/** A dimension's result from its counts per level and its invalid answers. */
export function dimensionResult(counts: readonly number[], invalid: number, formula: Formula): DimensionResult {
  const valid = counts.reduce((a, b) => a + b, 0)
  const satisfied = formula.satisfiedLevels.reduce((sum, level) => sum + (counts[level] ?? 0), 0)
  const rate = share(satisfied, valid)
  return {
    counts: [...counts],
    valid,
    invalid,
    rate,
    topShare: share(counts[0] ?? 0, valid),
    unsatisfied: share(valid - satisfied, valid),
    band: bandOf(rate, valid, formula)
  }
}

/** One response's marks counted into per-dimension level counts and invalid counts (in place, for speed over thousands). */
export function addMarks(counts: number[][], invalid: number[], marks: readonly Mark[], scaleLength: number): void {
  for (let d = 0; d < counts.length; d++) {
    const mark = marks[d] ?? 'blank'
    if (typeof mark === 'number' && mark < scaleLength) counts[d][mark] += 1
    else invalid[d] += 1
  }
}

/** A response none of whose dimensions has a valid mark: an invalid questionnaire (无效问卷). */
export const isVoid = (marks: readonly Mark[], dimensions: number, scaleLength: number) => {
  for (let d = 0; d < dimensions; d++) {
    const mark = marks[d]
    if (typeof mark === 'number' && mark < scaleLength) return false
  }
  return true
}

export interface TallyInput {
  returned: number
  counts: readonly (readonly number[])[]
  kinds: readonly number[]
}

export interface QuestionnaireResult {
  /** Keyed responses plus tallied paper. */
  returned: number
  /** Keyed responses with no valid mark at all (tallies do not say which paper was void). */
  voided: number
  /** Returned per respondent kind (and those that ticked none). */
  kinds: number[]
  kindUnknown: number
  dimensions: DimensionResult[]
  /** All dimensions' answers pooled: the object's 综合满意率. */
  overall: DimensionResult
  /** 回收率: returned over distributed, when the number handed out is known. */
  returnRate: number | null
}

/**
 * An object's result from its keyed responses and tallies. A tally's dimension leaves of `returned`
 * what its level counts do not reach as invalid for that dimension (blank or several on paper).
 */
export function questionnaireResult(
  q: Formula & { dimensions: readonly string[]; respondentKinds: readonly string[]; distributed: number | null },
  responses: readonly { kind: number | null; marks: readonly Mark[] }[],
  tallies: readonly TallyInput[]
): QuestionnaireResult {
  const levels = q.scale.length
  const counts = q.dimensions.map(() => new Array<number>(levels).fill(0))
  const invalid = new Array<number>(q.dimensions.length).fill(0)
  const kinds = new Array<number>(q.respondentKinds.length).fill(0)
  let kindUnknown = 0
  let voided = 0
  for (const response of responses) {
    addMarks(counts, invalid, response.marks, levels)
    if (isVoid(response.marks, q.dimensions.length, levels)) voided += 1
    if (response.kind !== null && response.kind < kinds.length) kinds[response.kind] += 1
    else kindUnknown += 1
  }
  let returned = responses.length
  for (const tally of tallies) {
    returned += tally.returned
    q.dimensions.forEach((_, d) => {
      const row = tally.counts[d] ?? []
      let sum = 0
      for (let level = 0; level < levels; level++) {
        counts[d][level] += row[level] ?? 0
        sum += row[level] ?? 0
      }
      invalid[d] += Math.max(0, tally.returned - sum)
    })
    let kinded = 0
    kinds.forEach((_, k) => {
      kinds[k] += tally.kinds[k] ?? 0
      kinded += tally.kinds[k] ?? 0
    })
    kindUnknown += Math.max(0, tally.returned - kinded)
  }
  const dimensions = counts.map((row, d) => dimensionResult(row, invalid[d], q))
  const pooled = new Array<number>(levels).fill(0)
  for (const row of counts) row.forEach((n, level) => (pooled[level] += n))
  const overall = dimensionResult(
    pooled,
    invalid.reduce((a, b) => a + b, 0),
    // Pooled answers are dimensions × questionnaires: the minimum is still per questionnaire.
    { ...q, minResponses: q.minResponses * Math.max(1, q.dimensions.length) }
  )
  return { returned, voided, kinds, kindUnknown, dimensions, overall, returnRate: q.distributed ? share(returned, q.distributed) : null }
}

/** Why a tally cannot be saved (a dimension counting more papers than came back), or null. */
export function tallyProblem(tally: TallyInput, dimensions: readonly string[], scaleLength: number, distributed: number | null): string | null {
  if (tally.counts.length !== dimensions.length) return `应填写${dimensions.length}个评议项目的份数`
  for (let d = 0; d < dimensions.length; d++) {
    const row = tally.counts[d]
    if (row.length !== scaleLength) return `“${dimensions[d]}”应填写${scaleLength}个满意程度的份数`
    const sum = row.reduce((a, b) => a + b, 0)
    if (sum > tally.returned) return `“${dimensions[d]}”各等级合计${sum}份，超过收回的${tally.returned}份`
  }
  const kinded = tally.kinds.reduce((a, b) => a + b, 0)
  if (kinded > tally.returned) return `各类答卷人合计${kinded}份，超过收回的${tally.returned}份`
  if (distributed !== null && tally.returned > distributed) return `收回${tally.returned}份，超过发放的${distributed}份`
  return null
}

/** A rate for showing: one decimal and a percent sign; — when there is none. */
export const percent = (rate: number | null) => (rate === null ? '—' : `${(Math.round(rate * 10) / 10).toFixed(1)}%`)

/** The formula in words, printed with every result: 满意率 =（满意＋比较满意＋基本满意）÷ 有效份数 × 100%. */
export function formulaText(scale: readonly string[], satisfiedLevels: readonly number[]): string {
  const counted = [...satisfiedLevels].sort((a, b) => a - b).map((l) => scale[l])
  return `满意率 =（${counted.join('＋')}）÷ 有效份数 × 100%`
}

/** The change from the previous round in percentage points, by dimension name; null where either has no rate. */
export function compareRates(current: readonly { name: string; rate: number | null }[], previous: readonly { name: string; rate: number | null }[]) {
  const before = new Map(previous.map((p) => [p.name, p.rate]))
  return current.map(({ name, rate }) => {
    const prior = before.get(name) ?? null
    return { name, rate, previous: prior, change: rate === null || prior === null ? null : rate - prior }
  })
}
