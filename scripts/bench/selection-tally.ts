import { performance } from 'node:perf_hooks'
import { checkTally, nomineeResults } from '../../shared/rules/ballot-tally'
import { voteSuggestions } from '../../shared/rules/selection-decisions'
import { record } from '../bench-record'

/*
 * The 计票 form checks the whole tally on every key typed: a large meeting (1,000 entitled, 200
 * nominees × 5 choices) checked, ranked and compared with the quota, target < 5 ms a keystroke so
 * typing never waits on it.
 */

export async function run(): Promise<void> {
  const choices = ['优秀', '称职', '基本称职', '不称职', '弃权']
  const valid = 900
  let seed = 20261202
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  const nominees = Array.from({ length: 200 }, (_, n) => {
    const favourable = Math.floor(random() * 40)
    const rest = valid - favourable
    const a = Math.floor(rest / 2)
    return { id: `n${n}`, name: `被推荐人${n}`, counts: [favourable, a, rest - a - 10, 5, 5] }
  })
  const round = { entitled: 1000, issued: 950, returned: 940, valid, void: 40 }
  const rules = { choices, quota: 20, limitFavourable: true }

  const times: number[] = []
  for (let i = 0; i < 50; i++) {
    const start = performance.now()
    const check = checkTally(round, nominees, rules)
    if (check.verdict !== 'valid') throw new Error(`the bench tally should add up: ${check.issues[0]?.message}`)
    voteSuggestions(nomineeResults(valid, nominees), rules.quota)
    times.push(performance.now() - start)
  }
  const median = times.sort((a, b) => a - b)[25]
  console.log(`计票检查：200名被推荐人×5个选项，检查、排名和按得票结果，中位数 ${median.toFixed(2)} ms（目标 < 5 ms）`)
  record({ name: '计票检查：200名被推荐人×5个选项（中位数）', value: median, unit: 'ms', target: 5 })
}
