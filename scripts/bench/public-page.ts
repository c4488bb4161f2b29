import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { createTestBackend } from '../../tests/support/backend'
import { launchChromium, openApp, serveRenderer } from '../../tests/support/browser'
import { record } from '../bench-record'
import { publicBenchDatabase } from './public-results'

/*
 * The 群众评议 screens in Chromium on the BUILT renderer (built here first) and the real handlers,
 * over 5,000 papers this round: from opening 结果 to its charts drawn (the overview and the first object's two) (target < 500 ms), and
 * keying a paper on 录入答卷 beside 1,000 keyed papers, from a key to its cell filled and the next
 * one focused (target < 50 ms a key). The first opening is shown apart, without a target.
 */

const RUNS = 5
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** Runs in the page: does `act`, waits until `done` holds and the next frame is drawn (passed as text: see roster-table.ts). */
async function timeInPage(page: Page, act: string, done: string): Promise<number> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const holds = () => (${done})
    const start = performance.now()
    const finish = () => requestAnimationFrame(() => resolve(performance.now() - start))
    const observer = new MutationObserver(() => { if (holds()) { observer.disconnect(); finish() } })
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true })
    setTimeout(() => { observer.disconnect(); reject(new Error('timed out waiting for ' + ${JSON.stringify(done)})) }, 10000)
    ;(() => { ${act} })()
    if (holds()) { observer.disconnect(); finish() }
  })`)
}

function report(label: string, values: number[], target: number) {
  const slowest = Math.max(...values)
  console.log(`${label}：中位数 ${Math.round(median(values))} ms，最慢 ${Math.round(slowest)} ms（${values.length} 次，目标 < ${target} ms，${slowest < target ? '达标' : '未达标'}）`)
  record({ name: `${label}，中位数`, value: median(values), unit: 'ms', target })
  record({ name: `${label}，最慢`, value: slowest, unit: 'ms', target })
}

const CHARTS = 3 // the overview, and the open object's two
const chartsDrawn = `document.querySelectorAll('[data-chart] svg').length === ${CHARTS} && [...document.querySelectorAll('[data-chart] svg')].every((svg) => svg.querySelector('path'))`
const cells = `document.querySelectorAll('[data-keying-row] input[inputmode="numeric"]')`
const press = (key: string) => `document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: '${key}', bubbles: true, cancelable: true }))`

export async function run(): Promise<void> {
  const root = resolve(__dirname, '../..')
  try {
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'pipe' })
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer }
    throw new Error(`npm run build 失败，无法测量构建后的页面：\n${`${stdout ?? ''}${stderr ?? ''}`.trim().slice(-4000)}`)
  }
  const backend = await createTestBackend()
  await backend.host.store().update((db) => publicBenchDatabase(db).db)
  const server = await serveRenderer(backend)
  const browser = await launchChromium()
  try {
    const page = await openApp(browser, server.url, '/settings')
    await page.getByLabel('单位名称').waitFor()

    // The first opening also compiles the screen's code and ECharts': shown apart, no target (as name-order.ts does for its data).
    const opening: number[] = []
    for (let i = 0; i <= RUNS; i++) {
      opening.push(await timeInPage(page, `location.hash = '/evaluate/public/results'`, chartsDrawn))
      await page.evaluate(`location.hash = '/settings'`)
      await page.getByLabel('单位名称').waitFor()
    }
    const first = opening.shift()!
    console.log(`第一次打开群众评议结果页（含载入页面代码）：${Math.round(first)} ms`)
    record({ name: '第一次打开群众评议结果页（含载入页面代码）', value: first, unit: 'ms', target: null })
    report('打开群众评议结果页（5份问卷共5,000份答卷，含读取数据，到总览和第一个评议对象的3张图表画出为止）', opening, 500)

    await page.evaluate(`location.hash = '/evaluate/public/entry'`)
    await page.getByText(/已录入1000份/).waitFor()
    const keys: number[] = []
    for (let paper = 0; paper < RUNS; paper++) {
      await page.getByLabel('身份').focus()
      for (let cell = 0; cell < 7; cell++) {
        const key = String((cell + paper) % 3 + 1)
        keys.push(await timeInPage(page, press(key), `${cells}[${cell}].value === '${key}' && (${cell} === 6 || document.activeElement === ${cells}[${cell + 1}])`))
      }
      await page.keyboard.press('Enter')
      await page.getByText(`已录入${1001 + paper}份`).waitFor()
    }
    report('录入答卷：每按一个数字键到该格填好、光标跳到下一格（旁边列着1,000份已录答卷）', keys, 50)
  } finally {
    await browser.close()
    await server.close()
    await backend.dispose()
  }
}
