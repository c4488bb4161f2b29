import type { FundLine } from './funds'

/** One activity's money, in 分: what came in, what went out, what is left. */
export interface FundTotals {
  activity: string
  incomeFen: number
  spendingFen: number
  balanceFen: number
  lines: number
}

/** Totals per activity in order of first line, and the grand total (activity ''). */
export function fundTotals(lines: readonly FundLine[]): { byActivity: FundTotals[]; total: FundTotals } {
  const byActivity = new Map<string, FundTotals>()
  const total: FundTotals = { activity: '', incomeFen: 0, spendingFen: 0, balanceFen: 0, lines: 0 }
  for (const line of [...lines].sort((a, b) => a.on.localeCompare(b.on))) {
    const row = byActivity.get(line.activity) ?? { activity: line.activity, incomeFen: 0, spendingFen: 0, balanceFen: 0, lines: 0 }
    for (const sum of [row, total]) {
      if (line.direction === 'income') sum.incomeFen += line.amountFen
      else sum.spendingFen += line.amountFen
      sum.balanceFen = sum.incomeFen - sum.spendingFen
      sum.lines += 1
    }
    byActivity.set(line.activity, row)
  }
  return { byActivity: [...byActivity.values()], total }
}

/** 12345 分 → "123.45" (元, as ledgers print money: two decimals, thousands grouped). */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  const whole = Math.floor(abs / 100).toLocaleString('en-US')
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')}`
}
