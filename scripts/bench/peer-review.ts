import { performance } from 'node:perf_hooks'
import { createDatabase, type Database } from '@shared/model/database'
import type { PeerBallot, ReviewRound } from '@shared/evaluate/reviews/model'
import { personSchema, type Person, type Team } from '@shared/roster/model'
import { DEFAULT_PEER_GRADES, defaultCriteria, FIVE_GOODS, FIVE_LEADS } from '@shared/rules/review-criteria'
import { peerResults } from '../../electron/main/evaluate/reviews/results'
import { record } from '../bench-record'

/*
 * 互评 results of a large unit: 300 members, every one of them keying a ballot graded on each of
 * the five criteria (300 × 299 × 5 ≈ 450,000 marks), then each member's result; target < 200 ms,
 * the time the results tab may take to open.
 */

const MEMBERS = 300
const NOW = new Date(2026, 6, 1, 9, 0)

function bigRound(): { db: Database; round: ReviewRound } {
  const at = NOW.toISOString()
  const teams: Team[] = Array.from({ length: 12 }, (_, i) => ({ id: `team-${i}`, name: `第${i + 1}服务窗口`, kind: 'window', leaderId: null, order: i, deletedAt: null }))
  const people: Person[] = Array.from({ length: MEMBERS }, (_, i) => personSchema.parse({ id: `person-${i}`, name: `党员${i + 1}`, politicalStatus: 'member', teamId: `team-${i % 12}`, createdAt: at, updatedAt: at }))
  const round: ReviewRound = {
    id: 'round',
    year: 2026,
    half: 'first',
    startsOn: '2026-06-01',
    endsOn: '2026-06-30',
    memberCriteria: defaultCriteria(FIVE_LEADS, 'lead'),
    groupCriteria: defaultCriteria(FIVE_GOODS, 'good'),
    selfScoreMax: 20,
    peerGrades: DEFAULT_PEER_GRADES.map((g) => ({ ...g })),
    peerBy: 'perCriterion',
    closedOn: null,
    createdAt: at,
    updatedAt: at
  }
  const grades = round.peerGrades.map((g) => g.id)
  const peerBallots: PeerBallot[] = Array.from({ length: MEMBERS }, (_, writer) => ({
    id: `ballot-${writer}`,
    roundId: round.id,
    serial: writer + 1,
    marks: people
      .filter((_, i) => i !== writer)
      .flatMap((p, i) => round.memberCriteria.map((c, k) => ({ personId: p.id, criterionId: c.id, gradeId: grades[(writer + i + k) % 7 < 4 ? 0 : (writer + i) % 4] }))),
    remarks: [],
    createdAt: at
  }))
  const base = createDatabase(NOW)
  return { db: { ...base, people, teams, reviewRounds: [round], peerBallots }, round }
}

export async function run(): Promise<void> {
  const { db, round } = bigRound()
  const times: number[] = []
  for (let n = 0; n < 5; n++) {
    const start = performance.now()
    const results = peerResults(db, round)
    times.push(performance.now() - start)
    if (results.rows.length !== MEMBERS) throw new Error(`互评结果应有${MEMBERS}行，实际${results.rows.length}行`)
  }
  const median = times.sort((a, b) => a - b)[2]
  console.log(`互评结果：${MEMBERS}人逐项互评（${MEMBERS}张票，约45万个评价），中位数 ${median.toFixed(1)} ms（目标 < 200 ms）`)
  record({ name: `互评结果：${MEMBERS}人×${MEMBERS}张逐项互评票（中位数）`, value: median, unit: 'ms', target: 200 })
}
