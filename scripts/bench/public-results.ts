import { performance } from 'node:perf_hooks'
import type { Database } from '../../shared/model/database'
import { DEFAULT_DIMENSIONS, DEFAULT_OPEN_QUESTIONS, DEFAULT_RESPONDENT_KINDS, DEFAULT_SCALE, type Mark, type PublicRound, type Questionnaire } from '../../shared/evaluate/public/model'
import { roundResults } from '../../electron/main/evaluate/public/results'
import { createTestBackend } from '../../tests/support/backend'
import { record } from '../bench-record'

/*
 * 群众评议 results over 5,000 keyed questionnaires × 6 dimensions (five objects of 1,000 papers, a
 * previous round for the comparison): the pure computation, and the `evaluate:publicResults` channel
 * as the screen calls it (input and output checked). Target: under 200 ms.
 */

const TARGET_MS = 200

/** A unit with five objects, each reviewed on 1,000 papers this half year and on 1,000 the half before; deterministic. Also the page bench's data. */
const OBJECTS = ['本单位', '综合受理窗口', '不动产登记窗口', '社保医保窗口', '后勤保障组']
const PAPERS = 1000

export function publicBenchDatabase(db: Database): { db: Database; roundId: string } {
  if (db.publicRounds.some((r) => r.id === 'bench-round-now')) return { db, roundId: 'bench-round-now' }
  const rounds: PublicRound[] = [
    { id: 'bench-round-before', year: 2025, half: 'second', startOn: '2025-07-01', endOn: '2025-12-31' },
    { id: 'bench-round-now', year: 2026, half: 'first', startOn: '2026-01-01', endOn: '2026-06-30' }
  ]
  let seed = 20260101
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  const questionnaires: Questionnaire[] = []
  const responses: Database['publicResponses'] = []
  for (const round of rounds) {
    OBJECTS.forEach((name, o) => {
      const id = `${round.id}-q${o}`
      questionnaires.push({
        id,
        roundId: round.id,
        title: `${name}满意度测评`,
        object: { kind: 'unit', id: null, name },
        dimensions: [...DEFAULT_DIMENSIONS],
        scale: [...DEFAULT_SCALE],
        satisfiedLevels: [0, 1, 2],
        respondentKinds: [...DEFAULT_RESPONDENT_KINDS],
        openQuestions: [...DEFAULT_OPEN_QUESTIONS],
        bands: { good: 85, fair: 60 },
        minResponses: 30,
        distributed: null,
        createdAt: ''
      })
      for (let n = 0; n < PAPERS; n++) {
        const marks: Mark[] = DEFAULT_DIMENSIONS.map(() => {
          const roll = random()
          return roll < 0.01 ? 'blank' : roll < 0.02 ? 'several' : Math.min(3, Math.floor(random() * random() * 5))
        })
        responses.push({ id: `${id}-r${n}`, questionnaireId: id, kind: n % 4 === 3 ? null : n % 3, marks, answers: n % 10 === 0 ? ['希望延长服务时间'] : [] })
      }
    })
  }
  return {
    db: { ...db, publicRounds: [...db.publicRounds, ...rounds], questionnaires: [...db.questionnaires, ...questionnaires], publicResponses: [...db.publicResponses, ...responses] },
    roundId: 'bench-round-now'
  }
}

const RUNS = 7
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

function report(label: string, values: number[]) {
  const slowest = Math.max(...values)
  console.log(`${label}：中位数 ${median(values).toFixed(1)} ms，最慢 ${slowest.toFixed(1)} ms（${values.length} 次，目标 < ${TARGET_MS} ms，${slowest < TARGET_MS ? '达标' : '未达标'}）`)
  record({ name: `${label}，中位数`, value: median(values), unit: 'ms', target: TARGET_MS })
  record({ name: `${label}，最慢`, value: slowest, unit: 'ms', target: TARGET_MS })
}

export async function run(): Promise<void> {
  const backend = await createTestBackend()
  try {
    await backend.host.store().update((db) => publicBenchDatabase(db).db)
    const db = backend.host.data()
    const roundId = publicBenchDatabase(db).roundId
    const papers = db.publicResponses.filter((r) => db.questionnaires.some((q) => q.id === r.questionnaireId && q.roundId === roundId)).length
    if (papers !== 5000) throw new Error(`本轮答卷应为5000份，实际${papers}份`)

    const pure: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now()
      roundResults(db, roundId)
      pure.push(performance.now() - start)
    }
    report('群众评议结果：5,000份答卷×6项（计算）', pure)

    const channel: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now()
      const result = await backend.dispatch('evaluate:publicResults', { roundId })
      channel.push(performance.now() - start)
      if (!result.ok) throw new Error(result.error.message)
    }
    report('群众评议结果：5,000份答卷×6项（通道，含输入输出校验）', channel)
  } finally {
    await backend.dispose()
  }
}
