import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import ExcelJS from 'exceljs'
import { DEFAULT_APPRAISAL_CONFIG } from '../../shared/appraisal/model'
import { createDatabase, type Database } from '../../shared/model/database'
import { APPRAISAL_COMPONENTS, SCORED_COMPONENTS, type AppraisalFigure } from '../../shared/model/appraisal-figure'
import { personSchema, teamSchema } from '../../shared/roster/model'
import { overviewOf } from '../../electron/main/appraisal/overview'
import { workbookData } from '../../electron/main/appraisal/workbook-data'
import { ExcelThread } from '../../electron/main/excel/excel-thread'
import { record } from '../bench-record'

/*
 * 年终评优 for 1,000 people: the composite over a year's figures (target < 200 ms), and the year-end
 * workbook written in the Excel worker (target < 1.5 s and < 300 MB peak), with its ratio to a bare
 * exceljs write of the same cells and the main thread's event-loop delay while it runs (< 50 ms).
 */

const PEOPLE = 1000
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁'
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏建红'
const mb = (bytes: number) => bytes / 1024 / 1024

function bigUnit(): { db: Database; figures: AppraisalFigure[] } {
  const base = createDatabase(new Date(Date.UTC(2026, 0, 5)))
  const at = '2026-01-05T00:00:00.000Z'
  const teams = Array.from({ length: 20 }, (_, i) => teamSchema.parse({ id: `t${i}`, name: `第${i + 1}服务窗口`, kind: 'window', order: i }))
  let seed = 20261202
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  const people = Array.from({ length: PEOPLE }, (_, i) =>
    personSchema.parse({
      id: `p${i}`,
      name: SURNAMES[i % SURNAMES.length] + GIVEN[Math.floor(random() * GIVEN.length)] + GIVEN[Math.floor(random() * GIVEN.length)],
      politicalStatus: i % 12 === 0 ? 'probationary' : 'member',
      teamId: teams[i % teams.length].id,
      createdAt: at,
      updatedAt: at
    })
  )
  // A full year: every scored component for most people (two contests for some), titles, rewards and a few penalties.
  const figures: AppraisalFigure[] = []
  for (const person of people)
    for (const component of APPRAISAL_COMPONENTS) {
      const scored = (SCORED_COMPONENTS as readonly string[]).includes(component)
      const times = scored ? (component === 'contest' ? 2 : random() < 0.9 ? 1 : 0) : random() < 0.2 ? 1 : 0
      for (let n = 0; n < times; n++)
        figures.push({
          component,
          personId: person.id,
          value: scored ? Math.round((60 + random() * 40) * 10) / 10 : 1,
          detail: `${component} 记录`,
          sources: [{ stage: 'bench', collection: component, recordId: `${person.id}-${component}-${n}`, label: `${component}记录${n + 1}`, on: '2026-11-30' }]
        })
    }
  return { db: { ...base, settings: { ...base.settings, unitName: '基准单位', year: 2026 }, teams, people }, figures }
}

export async function run(): Promise<void> {
  const { db, figures } = bigUnit()
  overviewOf(db, 2026, () => figures) // warm: the name-order data loads on first use
  const times: number[] = []
  for (let i = 0; i < 5; i++) {
    const start = performance.now()
    overviewOf(db, 2026, () => figures)
    times.push(performance.now() - start)
  }
  const composite = times.sort((a, b) => a - b)[2]
  console.log(`综合得分、排名与建议等次：${PEOPLE}人、${figures.length}项得分，${composite.toFixed(1)} ms（中位数，目标 < 200 ms）`)
  record({ name: `年终评优综合得分（${PEOPLE}人、${figures.length}项得分）`, value: composite, unit: 'ms', target: 200 })

  const data = workbookData(db, overviewOf(db, 2026, () => figures), 'strokes', '2026-12-20')
  const thread = new ExcelThread()
  try {
    await thread.appraisalWorkbook({ ...data, rows: data.rows.slice(0, 2), figures: [] }) // starts the worker
    const delay = monitorEventLoopDelay({ resolution: 5 })
    let peak = process.memoryUsage().rss
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10)
    delay.enable()
    const start = performance.now()
    const bytes = await thread.appraisalWorkbook(data)
    const took = performance.now() - start
    delay.disable()
    clearInterval(sampler)
    const lag = delay.max / 1e6

    const bare = performance.now()
    const book = new ExcelJS.Workbook()
    const sheet = book.addWorksheet('汇总')
    for (const row of data.rows) sheet.addRow([row.name, row.teamName, row.status, ...SCORED_COMPONENTS.map((c) => row.scores[c]), row.weighted, row.points, row.composite, row.rank, row.suggestion, row.decision, row.note])
    for (const f of data.figures) {
      const s = book.addWorksheet(f.label)
      for (const e of f.entries) s.addRow([e.name, e.teamName, e.value, e.detail, e.sources, e.on])
    }
    await book.xlsx.writeBuffer()
    const bareTook = performance.now() - bare

    console.log(`年终评优工作簿：${PEOPLE}人，${(bytes.byteLength / 1024).toFixed(0)} KB，${took.toFixed(0)} ms（目标 < 1500 ms）；同样单元格的裸 exceljs 写入 ${bareTook.toFixed(0)} ms，比值 ${(took / bareTook).toFixed(2)}`)
    console.log(`内存峰值（主线程与 Excel 线程合计 RSS）：${mb(peak).toFixed(0)} MB（目标 < 300 MB）；主线程事件循环最大延迟 ${lag.toFixed(1)} ms（目标 < 50 ms）`)
    record({ name: `年终评优工作簿（${PEOPLE}人）`, value: took, unit: 'ms', target: 1500 })
    record({ name: '年终评优工作簿与裸 exceljs 写入之比', value: took / bareTook, unit: 'ratio', target: null })
    record({ name: '年终评优工作簿内存峰值（主线程与 Excel 线程合计 RSS）', value: mb(peak), unit: 'MB', target: 300 })
    record({ name: '年终评优工作簿期间主线程事件循环最大延迟', value: lag, unit: 'ms', target: 50 })
  } finally {
    await thread.close()
  }
}
