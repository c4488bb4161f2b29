import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import type { PersonRow } from '@shared/roster/contract'
import { personSchema, teamSchema, type Person, type Team } from '@shared/roster/model'
import { filterPeople, EMPTY_FILTER } from '../../renderer/src/roster/filter-people'
import { createTestBackend } from '../../tests/support/backend'
import { launchChromium, openApp, serveRenderer } from '../../tests/support/browser'
import { record } from '../bench-record'

/*
 * The 人员 table with 1,000 people in Chromium, on the BUILT renderer (built here first) and the real
 * handlers: time from opening the screen to the first rows on screen, and from a change of the
 * search box to the filtered rows. Target: under 300 ms each.
 */

const PEOPLE = 1000
const TARGET_MS = 300
const RUNS = 5
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁欧阳司马'
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华建国志红玉文辉海燕晓东春梅德胜立新宏喆堃䶮'
const STATUSES = ['member', 'probationary', 'league', 'masses'] as const

function unit(): { teams: Team[]; people: Person[] } {
  const teams = ['综合受理窗口', '不动产登记窗口', '社保医保窗口', '综合办公室', '后勤保障组', '营销班', '运维班', '客服中心'].map((name, order) =>
    teamSchema.parse({ id: `bench-team-${order}`, name, kind: 'window', order })
  )
  const people = Array.from({ length: PEOPLE }, (_, i) =>
    personSchema.parse({
      id: `bench-person-${i}`,
      // Every 97th name has 𠮷, which the table flags.
      name: (i % 97 === 0 ? '𠮷' : SURNAMES[i % SURNAMES.length]) + GIVEN[(i * 7) % GIVEN.length] + (i % 3 ? GIVEN[(i * 13) % GIVEN.length] : ''),
      gender: i % 2 ? 'male' : 'female',
      birth: `${1960 + (i % 40)}-${String((i % 12) + 1).padStart(2, '0')}`,
      politicalStatus: STATUSES[i % STATUSES.length],
      teamId: teams[i % teams.length].id,
      post: '窗口服务',
      phone: `138${String(i).padStart(8, '0')}`
    })
  )
  return { teams, people }
}

/**
 * Runs in the page: does `act`, then waits until `done` holds and the next frame is drawn. Passed as
 * text: tsx's compiled functions call a helper (`__name`) that does not exist in the page.
 */
async function timeInPage(page: Page, act: string, done: string): Promise<number> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const holds = () => (${done})
    const start = performance.now()
    const finish = () => requestAnimationFrame(() => resolve(performance.now() - start))
    const observer = new MutationObserver(() => {
      if (holds()) { observer.disconnect(); finish() }
    })
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    setTimeout(() => { observer.disconnect(); reject(new Error('timed out waiting for ' + ${JSON.stringify(done)})) }, 10000)
    ;(() => { ${act} })()
    if (holds()) { observer.disconnect(); finish() }
  })`)
}

const totalShown = (n: number) => `document.querySelector('.ant-pagination-total-text')?.textContent === '共 ${n} 人'`
const typeSearch = (text: string) =>
  `const input = document.querySelector('input[aria-label="搜索人员"]');
   Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, ${JSON.stringify(text)});
   input.dispatchEvent(new Event('input', { bubbles: true }));`

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const verdict = (ms: number) => (ms < TARGET_MS ? '达标' : '未达标')
/** Prints the line and records the median and the slowest (the verdict is on the slowest). */
function report(label: string, values: number[]): void {
  console.log(`${label}：中位数 ${Math.round(median(values))} ms，最慢 ${Math.round(Math.max(...values))} ms（${values.length} 次，目标 < ${TARGET_MS} ms，${verdict(Math.max(...values))}）`)
  record({ name: `${label}，中位数`, value: median(values), unit: 'ms', target: TARGET_MS })
  record({ name: `${label}，最慢`, value: Math.max(...values), unit: 'ms', target: TARGET_MS })
}

export async function run(): Promise<void> {
  const root = resolve(__dirname, '../..')
  try {
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'pipe' })
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer }
    throw new Error(`npm run build 失败，无法测量构建后的页面：\n${`${stdout ?? ''}${stderr ?? ''}`.trim().slice(-4000)}`)
  }

  const backend = await createTestBackend()
  const { teams, people } = unit()
  await backend.host.store().update((db) => ({ ...db, teams, people }))
  const listed = await backend.dispatch('roster:list', undefined)
  if (!listed.ok) throw new Error(listed.error.message)
  const rows = (listed.value as { people: PersonRow[] }).people
  const server = await serveRenderer(backend)
  const browser = await launchChromium()
  try {
    const page = await openApp(browser, server.url, '/settings')
    await page.getByLabel('单位名称').waitFor()

    const firstRender: number[] = []
    for (let i = 0; i < RUNS; i++) {
      firstRender.push(await timeInPage(page, `location.hash = '/roster/people'`, `document.querySelector('.ant-table-tbody tr[data-row-key]') !== null && ${totalShown(PEOPLE)}`))
      await page.evaluate(`location.hash = '/settings'`)
      await page.getByLabel('单位名称').waitFor()
    }
    report(`打开人员表（${PEOPLE} 人，含读取数据）`, firstRender)

    await page.evaluate(`location.hash = '/roster/people'`)
    await page.locator('.ant-table-tbody tr[data-row-key]').first().waitFor()
    const searches = ['w', 'wj', 'wjg', 'wang', 'wangjian', '李', '张伟', 'zhang', '']
    const filtering: number[] = []
    for (let round = 0; round < RUNS; round++) {
      for (const text of searches) {
        const expected = filterPeople(rows, { ...EMPTY_FILTER, search: text }).length
        if (expected === 0) continue
        filtering.push(await timeInPage(page, typeSearch(text), totalShown(expected)))
      }
    }
    report(`输入搜索后筛选（${searches.length} 种输入含清空，每次到表格显示结果为止）`, filtering)
  } finally {
    await browser.close()
    await server.close()
    await backend.dispose()
  }
}
