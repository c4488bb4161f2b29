/*
 * 民主测评 tally checks, as the officer types the figures from the paper ballots: first the round
 * (应到、发出、收回、有效、废票), then each nominee's count per choice. Pure, so the tally form checks
 * while typing and main checks again before saving, with the same sentences.
 *
 * The usual rules: more returned than issued makes the round void; a round needs more than half of
 * those entitled (应到人数) returned, else it is void too. A void round is a fact worth keeping (it
 * is saved, marked 无效, and its nominees get no votes); figures that do not add up are a typing
 * mistake and are not saved.
 */

export interface RoundFigures {
  entitled: number
  issued: number
  returned: number
  valid: number
  void: number
}

export interface NomineeCounts {
  id: string
  name: string
  /** Count per ballot choice in the ballot's order; null while not typed. */
  counts: readonly (number | null)[] | null
}

export interface BallotRules {
  choices: readonly string[]
  quota: number
  /** "同意人数不得超过N名，超过视为废票": no valid ballot has more favourable marks than the quota. */
  limitFavourable: boolean
}

export type TallyField = keyof RoundFigures | 'votes'

/** A figure that cannot be right, at the field it belongs to (`nomineeId` for a nominee's row). */
export interface TallyIssue {
  field: TallyField
  nomineeId: string | null
  message: string
}

export interface TallyCheck {
  /** `valid` when everything adds up, `void` when the rules void the round, null while figures are wrong. */
  verdict: 'valid' | 'void' | null
  voidReasons: string[]
  issues: TallyIssue[]
}

/** The rule printed on the ballot: 同意人数不得超过2名，超过视为废票. */
export function ballotRuleText(rules: Pick<BallotRules, 'choices' | 'quota' | 'limitFavourable'>): string {
  return rules.limitFavourable ? `${rules.choices[0]}人数不得超过${rules.quota}名，超过视为废票` : ''
}

export function checkTally(round: RoundFigures, nominees: readonly NomineeCounts[], rules: BallotRules): TallyCheck {
  const issues: TallyIssue[] = []
  const at = (field: TallyField, message: string, nomineeId: string | null = null) => issues.push({ field, nomineeId, message })

  if (round.issued > round.entitled) at('issued', `发出票数（${round.issued}）不能多于应到人数（${round.entitled}）`)
  const voidReasons: string[] = []
  if (round.returned > round.issued) voidReasons.push(`收回票数（${round.returned}）多于发出票数（${round.issued}），本轮投票无效`)
  if (round.returned * 2 <= round.entitled) voidReasons.push(`收回票数（${round.returned}）未超过应到人数（${round.entitled}）的半数，本轮投票无效`)
  // A void round's ballots are not counted, so neither its split nor the nominees' counts are checked.
  if (voidReasons.length) return { verdict: issues.length ? null : 'void', voidReasons, issues }

  if (round.valid + round.void !== round.returned) {
    at('void', `有效票（${round.valid}）与废票（${round.void}）之和为${round.valid + round.void}，应等于收回票数（${round.returned}）`)
  }
  let favourable = 0
  for (const nominee of nominees) {
    const counts = nominee.counts
    if (!counts || counts.length !== rules.choices.length || counts.some((n) => n === null)) {
      at('votes', `请录入${nominee.name}的各项得票`, nominee.id)
      continue
    }
    const sum = (counts as number[]).reduce((a, b) => a + b, 0)
    if (sum !== round.valid) at('votes', `${nominee.name}：各项得票之和为${sum}，应等于有效票数（${round.valid}）`, nominee.id)
    favourable += counts[0] as number
  }
  const ceiling = round.valid * rules.quota
  if (rules.limitFavourable && favourable > ceiling && !issues.some((issue) => issue.field === 'votes')) {
    at('votes', `“${rules.choices[0]}”票合计${favourable}，超过有效票数${round.valid}×名额${rules.quota}=${ceiling}：${rules.choices[0]}人数超过名额的票应计为废票，请核对`)
  }
  return { verdict: issues.length ? null : 'valid', voidReasons: [], issues }
}

/** A share of the valid ballots, or null when there are none. */
export function rate(count: number, valid: number): number | null {
  return valid > 0 ? count / valid : null
}

/** 90.00%: two decimals, rounded half up from the exact fraction (2/3 → 66.67%). */
export function formatRate(count: number, valid: number): string {
  if (valid <= 0) return '—'
  const hundredths = Math.round((count * 10_000) / valid)
  return `${(hundredths / 100).toFixed(2)}%`
}

export interface NomineeResult {
  id: string
  counts: number[]
  /** The favourable choice's count (同意, 优秀). */
  favourable: number
  favourableRate: number | null
  /** 同意票超过有效票半数. */
  overHalf: boolean
  /** Standard competition ranking by favourable count (1, 2, 2, 4). */
  rank: number
}

/** Each nominee's standing in a round that adds up (checkTally's verdict `valid`). */
export function nomineeResults(valid: number, nominees: readonly { id: string; counts: readonly number[] }[]): NomineeResult[] {
  const favourable = nominees.map((n) => n.counts[0] ?? 0)
  return nominees.map((nominee, i) => ({
    id: nominee.id,
    counts: [...nominee.counts],
    favourable: favourable[i],
    favourableRate: rate(favourable[i], valid),
    overHalf: favourable[i] * 2 > valid,
    rank: 1 + favourable.filter((other) => other > favourable[i]).length
  }))
}
