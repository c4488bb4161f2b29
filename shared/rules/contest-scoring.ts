import type { ContestItem, ScoringRule, SheetCells } from '../compete/contests/model'

/*
 * A contest round's results from the judges' sheets, so that every figure can be redone by hand
 * from the paper: a judge's total is Σ(item score × item weight); the entrant's base score is the
 * sum or the mean of the judges' totals, or the mean after dropping one highest and one lowest
 * total when at least `trimFrom` judges scored; deductions come off that; the final score is
 * rounded (half up) to `resultDecimals`, and ranks are decided on the rounded figure, which is
 * the one printed. A judge whose row for an entrant is blank did not score that entrant and is
 * not counted; a row only partly filled makes the entrant incomplete (no rank, no award).
 */

export type ScoringItem = Pick<ContestItem, 'id' | 'max' | 'weight' | 'decimals'>

export interface ScoringInput {
  items: readonly ScoringItem[]
  rule: Pick<ScoringRule, 'method' | 'trimFrom' | 'resultDecimals'>
  judgeIds: readonly string[]
  entrantIds: readonly string[]
  /** Judge id → that judge's sheet (first keying); a judge without a sheet has scored nobody yet. */
  sheets: ReadonlyMap<string, SheetCells>
  /** Entrant id → points deducted. */
  deductions?: ReadonlyMap<string, number>
}

/** What one judge gave one entrant: `scored` (every item written), `blank` (nothing), `partial`. */
export interface JudgeMark {
  judgeId: string
  state: 'scored' | 'blank' | 'partial'
  /** Σ score × weight over the items; null unless scored. */
  total: number | null
}

export interface EntrantResult {
  entrantId: string
  marks: JudgeMark[]
  /** Judges whose totals make the base score, in judge order. */
  counted: string[]
  /** The judges whose totals the trimmed mean dropped (one highest, one lowest). */
  dropped: { highest: string; lowest: string } | null
  base: number | null
  deduction: number
  final: number | null
  complete: boolean
  /** Why an entrant is incomplete, in Chinese. */
  incomplete: string | null
  /** Standard competition ranking among complete entrants (1, 2, 2, 4). */
  rank: number | null
  /** Another complete entrant has the same final score (并列). */
  tied: boolean
  /** The highest total a judge gave (among the counted): the tie-breaker after the named item. */
  highest: number | null
  /** Item id → the mean of that item's weighted score over the counted judges. */
  itemMeans: Record<string, number>
}

/** Float noise off (0.1 + 0.2), so that the figures are the ones a hand sum gives (scores stay far below 10⁶). */
const clean = (x: number) => Math.round(x * 1e9) / 1e9

/** Half up, as on paper: 85.125 → 85.13 at two decimals. */
export function roundHalfUp(x: number, decimals: number): number {
  const factor = 10 ** decimals
  return clean(Math.round(clean(x * factor)) / factor)
}

/** Why a judge's value does not fit the item, or null: above the maximum, negative, not a number, too many decimals. */
export function cellProblem(item: Pick<ContestItem, 'name' | 'max' | 'decimals'>, value: number): string | null {
  if (!Number.isFinite(value)) return `${item.name}：成绩应为数字`
  if (value < 0) return `${item.name}：成绩不能为负数`
  if (value > item.max) return `${item.name}：成绩不能超过满分${item.max}`
  if (roundHalfUp(value, item.decimals) !== value) return item.decimals === 0 ? `${item.name}：成绩应为整数` : `${item.name}：成绩最多${item.decimals}位小数`
  return null
}

export function judgeMark(items: readonly ScoringItem[], judgeId: string, row: Record<string, number | null> | undefined): JudgeMark {
  // One pass, no arrays: this runs for every judge × entrant of a round (7 × 300 in a large contest).
  let written = 0
  let total = 0
  for (const item of items) {
    const value = row?.[item.id]
    if (value === null || value === undefined) continue
    written += 1
    total += value * item.weight
  }
  if (written === 0) return { judgeId, state: 'blank', total: null }
  if (written < items.length) return { judgeId, state: 'partial', total: null }
  return { judgeId, state: 'scored', total: clean(total) }
}

/** The base score of some judges' totals under the rule, with the dropped ones. */
export function combine(rule: ScoringInput['rule'], totals: readonly { judgeId: string; total: number }[]) {
  if (totals.length === 0) return { base: null, counted: [] as string[], dropped: null }
  const sum = (list: readonly { total: number }[]) => clean(list.reduce((s, t) => s + t.total, 0))
  if (rule.method === 'sum') return { base: sum(totals), counted: totals.map((t) => t.judgeId), dropped: null }
  if (rule.method === 'trimmedMean' && totals.length >= rule.trimFrom) {
    // One highest and one lowest go, even when several judges gave that figure: the first of them in judge order.
    const highest = totals.reduce((a, b) => (b.total > a.total ? b : a))
    const lowest = totals.reduce((a, b) => (b.total < a.total ? b : a))
    const kept = totals.filter((t) => t !== highest && t !== lowest)
    return { base: clean(sum(kept) / kept.length), counted: kept.map((t) => t.judgeId), dropped: { highest: highest.judgeId, lowest: lowest.judgeId } }
  }
  return { base: clean(sum(totals) / totals.length), counted: totals.map((t) => t.judgeId), dropped: null }
}

export function scoreRound(input: ScoringInput): EntrantResult[] {
  const results = input.entrantIds.map((entrantId): EntrantResult => {
    const marks = input.judgeIds.map((judgeId) => judgeMark(input.items, judgeId, input.sheets.get(judgeId)?.[entrantId]))
    const scored = marks.filter((m) => m.state === 'scored').map((m) => ({ judgeId: m.judgeId, total: m.total as number }))
    const partial = marks.filter((m) => m.state === 'partial').length
    const incomplete = partial ? `${partial}名评委的评分不完整` : scored.length === 0 ? '尚无评委评分' : null
    const { base, counted, dropped } = combine(input.rule, scored)
    const deduction = input.deductions?.get(entrantId) ?? 0
    const final = incomplete || base === null ? null : roundHalfUp(base - deduction, input.rule.resultDecimals)
    const itemMeans: Record<string, number> = {}
    for (const item of input.items) {
      let sum = 0
      for (const judgeId of counted) sum += (input.sheets.get(judgeId)?.[entrantId]?.[item.id] ?? 0) * item.weight
      itemMeans[item.id] = counted.length ? clean(sum / counted.length) : 0
    }
    const countedTotals = scored.filter((t) => counted.includes(t.judgeId)).map((t) => t.total)
    return {
      entrantId,
      marks,
      counted,
      dropped,
      base,
      deduction,
      final,
      complete: final !== null,
      incomplete,
      rank: null,
      tied: false,
      highest: countedTotals.length ? Math.max(...countedTotals) : null,
      itemMeans
    }
  })
  return rankResults(results)
}

/** 1, 2, 2, 4: one more than the number of complete entrants with a strictly higher final score. */
export function rankResults(results: EntrantResult[]): EntrantResult[] {
  const finals = results.filter((r) => r.final !== null).map((r) => r.final as number)
  finals.sort((a, b) => b - a)
  // A score's rank is one more than the place of its first occurrence among the scores, best first.
  const first = new Map<number, number>()
  const count = new Map<number, number>()
  finals.forEach((f, n) => {
    if (!first.has(f)) first.set(f, n)
    count.set(f, (count.get(f) ?? 0) + 1)
  })
  return results.map((r) => (r.final === null ? { ...r, rank: null, tied: false } : { ...r, rank: 1 + (first.get(r.final) as number), tied: (count.get(r.final) as number) > 1 }))
}

/** 第2名 or 并列第2名. */
export const rankLabel = (result: Pick<EntrantResult, 'rank' | 'tied'>) => (result.rank === null ? '' : `${result.tied ? '并列' : ''}第${result.rank}名`)

/** The rule in words, as printed on the results. */
export function ruleText(rule: ScoringInput['rule'] & { deductions?: boolean }, judges: number): string {
  const method =
    rule.method === 'sum'
      ? '最后得分为各评委所评总分之和'
      : rule.method === 'mean'
        ? '最后得分为各评委所评总分的平均分'
        : `评分评委不少于${rule.trimFrom}名时去掉一个最高分和一个最低分后取平均分，少于${rule.trimFrom}名时取平均分`
  const deduct = rule.deductions ? '，再减去扣分' : ''
  return `共${judges}名评委评分，各评委总分为各项得分乘以权重之和；${method}${deduct}；未评分的评委不计入；最后得分保留${rule.resultDecimals}位小数（四舍五入），得分相同者名次并列。`
}
