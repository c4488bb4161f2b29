import { performance } from 'node:perf_hooks'
import { createDatabase, type Database } from '@shared/model/database'
import { personSchema } from '@shared/roster/model'
import { trainingPlanSchema } from '@shared/compete/training/model'
import { rosterIndex } from '../../electron/main/compete/training/names'
import { planView } from '../../electron/main/compete/training/plans'
import { trainingReminders } from '../../electron/main/compete/training/reminders'
import { record } from '../bench-record'

/*
 * 首页 asks every stage for reminders each time it opens, and the plan list works out overdue for
 * every plan: both over a large unit's history, 1,000 people with 5 plans each over five years
 * (5,000 plans, a tenth of them open). Median of 30 runs after 5 to warm up.
 */

const PEOPLE = 1000
const PLANS_EACH = 5
const RUNS = 30
const TARGET_MS = 20

const day = (offset: number) => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10)

function bigUnit(): Database {
  const db = createDatabase(new Date(2026, 6, 1))
  const people = Array.from({ length: PEOPLE }, (_, i) => personSchema.parse({ id: `p${i}`, name: `职工${i}` }))
  const trainingPlans = people.flatMap((person, i) =>
    Array.from({ length: PLANS_EACH }, (_, k) =>
      trainingPlanSchema.parse({
        id: `plan-${i}-${k}`,
        year: 2022 + k,
        personId: person.id,
        target: `第${k + 1}年度培养目标`,
        startOn: day((k - 4) * 365),
        dueOn: day((k - 4) * 365 + 150 + (i % 60)),
        status: k === 4 && i % 2 ? 'running' : 'done',
        result: '已完成',
        finishedOn: day((k - 4) * 365 + 140)
      })
    )
  )
  return { ...db, people, trainingPlans }
}

function median(run: () => void): number {
  for (let i = 0; i < 5; i++) run()
  const times = Array.from({ length: RUNS }, () => {
    const start = performance.now()
    run()
    return performance.now() - start
  })
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]
}

export async function run(): Promise<void> {
  const db = bigUnit()
  const today = '2026-07-01'
  let count = 0
  const reminders = median(() => {
    count = trainingReminders(db, today, 7).length
  })
  const views = median(() => {
    const roster = rosterIndex(db)
    db.trainingPlans.forEach((p) => planView(db, p, today, roster))
  })
  console.log(`${db.trainingPlans.length} 项培养计划：首页提醒 ${reminders.toFixed(2)} ms（${count} 条），列表逐项计算逾期 ${views.toFixed(2)} ms（目标各 < ${TARGET_MS} ms）`)
  record({ name: `首页提醒（${db.trainingPlans.length}项培养计划）`, value: reminders, unit: 'ms', target: TARGET_MS })
  record({ name: `培养计划列表逐项计算逾期（${db.trainingPlans.length}项）`, value: views, unit: 'ms', target: TARGET_MS })
}
