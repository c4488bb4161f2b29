import { performance } from 'node:perf_hooks'
import type { Database } from '../../shared/model/database'
import { createDatabase } from '../../shared/model/database'
import { tallyByKind } from '../../shared/followup/rectification-rules'
import { FINDING_KINDS } from '../../shared/model/finding'
import { followupReminders } from '../../electron/main/followup/reminders'
import { chaseCounts, rectificationView } from '../../electron/main/followup/rectifications'
import { record } from '../bench-record'

/*
 * 整改台账 of a big unit: 2,000 items and 10,000 chases. Listing them with 逾期 and chase counts (what
 * followup:rectifications does on every open of the screen), the counts per source and the home
 * page's reminders, target < 100 ms together.
 */

const ITEMS = 2000
const CHASES = 10_000
const TODAY = '2026-07-01'

function bigLedger(): Database {
  const db = createDatabase(new Date(2026, 0, 1))
  const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + (n % 360))).toISOString().slice(0, 10)
  const statuses = ['pending', 'inProgress', 'awaitingCheck', 'closed'] as const
  const rectifications = Array.from({ length: ITEMS }, (_, n) => ({
    id: `item-${n}`,
    year: 2026,
    kind: FINDING_KINDS[n % FINDING_KINDS.length],
    findingKey: null,
    source: null,
    sourceTitle: '基准数据',
    problem: `第${n}项问题：窗口办件高峰期排队时间长`,
    owner: { kind: 'unit' as const, id: null },
    leaderId: null,
    measures: '增开窗口',
    deadline: day(n * 7),
    status: statuses[n % 4],
    progress: [],
    evidence: '',
    completedOn: null,
    closeOut: null,
    feedback: null,
    confidential: false,
    createdAt: '',
    updatedAt: ''
  }))
  const chases = Array.from({ length: CHASES }, (_, n) => ({
    id: `chase-${n}`,
    year: 2026,
    subject: { key: `followup/rectifications/item-${n % ITEMS}`, stage: 'followup', kind: '整改事项', title: 'x', ownerName: 'x', dueOn: TODAY },
    on: day(n),
    way: 'phone' as const,
    toWhom: '某人',
    asked: '',
    reply: '',
    repliedOn: null,
    createdAt: ''
  }))
  return { ...db, rectifications, chases }
}

export async function run(): Promise<void> {
  const db = bigLedger()
  const times: number[] = []
  for (let round = 0; round < 5; round++) {
    const start = performance.now()
    const counts = chaseCounts(db)
    const views = db.rectifications.map((item) => rectificationView(db, item, TODAY, counts))
    tallyByKind(views, TODAY)
    followupReminders(db, TODAY, 7)
    times.push(performance.now() - start)
  }
  const median = times.sort((a, b) => a - b)[2]
  console.log(`整改台账：${ITEMS}项事项、${CHASES}条催办记录，列表+统计+提醒，中位数 ${median.toFixed(1)} ms（目标 < 100 ms）`)
  record({ name: `整改台账：${ITEMS}项事项和${CHASES}条催办的列表、统计与提醒（中位数）`, value: median, unit: 'ms', target: 100 })
}
