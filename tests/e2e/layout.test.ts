import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STAGE_IDS } from '@shared/stages'
import { openApp, pageErrors, screenshot, SCREENSHOT_DIR, serveFreshBackend, useBrowserApp, waitForQuiet, type ServedBackend } from '../support/e2e'

/*
 * Every screen of the side menu, with the demo unit loaded, at the smallest window the app allows
 * (1100x680) and at the usual one (1360x860): no page errors, no toolbar control drawn over another,
 * no card title squeezed by its buttons, nothing wider than the window. The same for a new, empty
 * database in the small window, where each screen must say what to do first. Screenshots for a human
 * look: out/screenshots/layout-<route>-<width>.png and layout-empty-<route>-1100.png.
 */

const SIZES = [
  { width: 1100, height: 680 },
  { width: 1360, height: 860 }
] as const

let routePaths: string[]
let empty: ServedBackend
/** Three people, one with two phones: a short table. */
let few: ServedBackend

const app = useBrowserApp(async (backend) => {
  const result = await backend.dispatch('demo:load', undefined)
  if (!result.ok) throw new Error(`demo:load: ${result.error.message}`)
})

beforeAll(async () => {
  // The menu's routes, read from their sources: 首页 from the shell, then each stage's screens in
  // stage order, then the shell's others. The test then reaches each one through the menu itself.
  const renderer = resolve(__dirname, '../../renderer/src')
  const pathsIn = (source: string) => [...source.matchAll(/\{ path: '([^']+)', label: '/g)].map((m) => m[1])
  const [home, ...shell] = pathsIn(await readFile(join(renderer, 'app/routes.tsx'), 'utf8'))
  const stages = await Promise.all(STAGE_IDS.map((id) => readFile(join(renderer, id, 'stage.tsx'), 'utf8')))
  routePaths = [home, ...stages.flatMap(pathsIn), ...shell]
  expect(routePaths).toEqual(expect.arrayContaining(['/home', '/roster/people', '/show/pledges', '/print', '/settings']))
  empty = await serveFreshBackend()
  few = await serveFreshBackend(async (backend) => {
    await backend.call('settings:save', { unitName: '城区供电服务中心', year: 2026 })
    const team = await backend.call('roster:saveTeam', { name: '综合受理窗口', kind: 'window' })
    const person = (name: string, more: Record<string, string>) => backend.call('roster:savePerson', { name, politicalStatus: 'member', teamId: team.id, ...more })
    await person('王建国', { post: '综合受理', adminPost: '主任', partyPost: '党支部书记', phone: '13988231234' })
    await person('欧阳秀英', { post: '不动产登记受理', adminPost: '副主任', partyPost: '组织委员', phone: '0839-7201234、13988230001' })
    await person('张伟', { post: '帮办代办', phone: '13988230002' })
  })
})
afterAll(async () => {
  await empty?.close()
  await few?.close()
})

interface Box {
  label: string
  x: number
  y: number
  width: number
  height: number
}

/** What is wrong with the laid-out page, in words a failing test can print. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect()
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'
    }
    const box = (el: Element): Box => {
      const r = el.getBoundingClientRect()
      const label = (el.getAttribute('aria-label') ?? el.textContent ?? el.className.toString()).trim().slice(0, 20)
      return { label, x: r.x, y: r.y, width: r.width, height: r.height }
    }
    // One pixel of slack: antd's borders touch.
    const overlap = (a: Box, b: Box) =>
      Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 1 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 1

    const CONTROLS = '.ant-btn, .ant-select, .ant-input-number, .ant-input-search, .ant-input-affix-wrapper, .ant-input, .ant-segmented, .ant-typography, .ant-picker, label, [data-toolbar-item]'
    for (const toolbar of document.querySelectorAll('[data-toolbar]')) {
      if (!visible(toolbar)) continue
      const all = [...toolbar.querySelectorAll(CONTROLS)].filter(visible)
      // The outermost control only: an input inside its search box is one control.
      const controls = all.filter((el) => !all.some((other) => other !== el && other.contains(el))).map(box)
      for (let i = 0; i < controls.length; i++)
        for (let j = i + 1; j < controls.length; j++)
          if (overlap(controls[i], controls[j])) problems.push(`toolbar ${toolbar.getAttribute('data-toolbar')}: 「${controls[i].label}」 overlaps 「${controls[j].label}」`)
      const bar = toolbar.getBoundingClientRect()
      for (const c of controls) if (c.x + c.width > bar.right + 1) problems.push(`toolbar ${toolbar.getAttribute('data-toolbar')}: 「${c.label}」 sticks out of the bar`)
    }
    for (const head of document.querySelectorAll('.ant-card-head')) {
      if (!visible(head)) continue
      const title = head.querySelector('.ant-card-head-title')
      const extra = head.querySelector('.ant-card-extra')
      if (title && extra && visible(extra) && overlap(box(title), box(extra))) problems.push(`card 「${box(title).label}」: title under its buttons`)
      if (title && title.scrollWidth > title.clientWidth + 1) problems.push(`card 「${box(title).label}」: title cut off`)
    }
    for (const label of document.querySelectorAll('.ant-form-item-label > label, .ant-descriptions-item-label'))
      if (visible(label) && getComputedStyle(label, '::after').content === '":"') problems.push(`label 「${box(label).label}」 ends in a half-width colon`)
    const root = document.scrollingElement!
    if (root.scrollWidth > root.clientWidth + 1) problems.push(`page is ${root.scrollWidth}px wide in a ${root.clientWidth}px window`)
    return problems
  })
}

/** The route's screen has its data: heading shown, no spinner or skeleton left. */
async function settled(page: Page, label: string) {
  await page.locator('header h4', { hasText: new RegExp(`^${label}$`) }).waitFor()
  await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning, .ant-skeleton, .ant-card-loading-content'))
  // Lists come in over a few calls: the last one answered and drawn, and antd done laying out.
  await waitForQuiet(page)
}

/** Clicks through the whole menu: the layout problems found, and the routes reached. */
async function visitEveryScreen(url: string, size: { width: number; height: number }, shotPrefix: string) {
  const page = await openApp(app.browser, url, '/home')
  await page.setViewportSize(size)
  const items = page.locator('.ant-layout-sider .ant-menu-item')
  await items.first().waitFor()
  const found: string[] = []
  const visited: string[] = []
  for (let n = 0; n < (await items.count()); n++) {
    const label = (await items.nth(n).textContent())!.trim()
    await items.nth(n).click()
    await settled(page, label)
    const path = await page.evaluate(() => window.location.hash.slice(1))
    visited.push(path)
    found.push(...(await layoutProblems(page)).map((p) => `${path} @${size.width}: ${p}`))
    await screenshot(page, `${shotPrefix}-${path.slice(1).replaceAll('/', '-')}-${size.width}`)
  }
  const errors = pageErrors(page)
  await page.close()
  return { found, visited, errors }
}

describe('every screen fits the window (Chromium)', () => {
  for (const size of SIZES) {
    it(`with the demo unit at ${size.width}x${size.height}`, async () => {
      const { found, visited, errors } = await visitEveryScreen(app.url, size, 'layout')
      expect(visited).toEqual(routePaths)
      expect(found).toEqual([])
      expect(errors).toEqual([])
    })
  }

  it('drawers for a person and a pledge fit the small window too', async () => {
    const page = await openApp(app.browser, app.url, '/roster/people')
    await page.setViewportSize(SIZES[0])
    const drawer = page.locator('.ant-drawer-open')
    const found: string[] = []
    const look = async (name: string) => {
      await drawer.locator('.ant-drawer-body').waitFor()
      await waitForQuiet(page) // the drawer has slid in and its form has its data
      found.push(...(await layoutProblems(page)).map((p) => `${name}: ${p}`))
      // The window as the user sees it: a full-page shot draws a drawer over the wrong part of a long page.
      await page.screenshot({ path: join(SCREENSHOT_DIR, `layout-${name}-1100.png`), animations: 'disabled' })
      await page.keyboard.press('Escape')
      await drawer.waitFor({ state: 'detached' })
    }
    await page.getByRole('button', { name: /新增人员/ }).click()
    await look('person-drawer')
    await page.evaluate(() => (window.location.hash = '/show/pledges'))
    await page.getByRole('button', { name: /新增承诺/ }).click()
    await look('pledge-form')
    await page.locator('[data-testid^="pledge-owner-"]').first().click()
    await look('pledge-detail')
    expect(found).toEqual([])
    expect(pageErrors(page)).toEqual([])
    await page.close()
  })

  it('the people table with a few rows at 1360x860: no scroll bar, 职务 and 联系电话 in full; a long list scrolls its rows', async () => {
    const page = await openApp(app.browser, few.url, '/roster/people')
    await page.setViewportSize(SIZES[1])
    await page.locator('.ant-table-tbody tr[data-row-key]').first().waitFor()
    await waitForQuiet(page)
    const table = await page.evaluate(() => {
      const scroller = document.querySelector('.ant-table-body, .ant-table-content') as HTMLElement
      // A fixed column's shadow reaches past its cell: those cells are not measured.
      const cut = [...document.querySelectorAll('.ant-table-tbody td')]
        .filter((td) => !td.className.includes('cell-fix') && td.scrollWidth > td.clientWidth + 1)
        .map((td) => td.textContent)
      return { overflowY: getComputedStyle(scroller).overflowY, wide: scroller.scrollWidth - scroller.clientWidth, cut, rows: document.querySelectorAll('.ant-table-tbody tr[data-row-key]').length }
    })
    await screenshot(page, 'layout-people-few-1360')
    expect(table.rows).toBe(3)
    // A body of fixed height has overflow-y: scroll, which draws an empty scroll bar on Windows.
    expect(table.overflowY).not.toBe('scroll')
    expect(table.wide).toBeLessThanOrEqual(1)
    expect(table.cut).toEqual([])
    for (const text of ['主任、党支部书记', '副主任、组织委员', '0839-7201234', '13988230001']) await page.getByText(text, { exact: true }).waitFor()
    await page.close()

    // The demo's 40 people, 20 a page: more than the window holds, so the rows scroll under a fixed header.
    const long = await openApp(app.browser, app.url, '/roster/people')
    await long.setViewportSize(SIZES[1])
    await long.locator('.ant-table-tbody tr[data-row-key]').first().waitFor()
    await waitForQuiet(long)
    const body = await long.evaluate(() => {
      const el = document.querySelector('.ant-table-body') as HTMLElement | null
      return el && { scrolls: el.scrollHeight > el.clientHeight, page: document.scrollingElement!.scrollHeight - document.scrollingElement!.clientHeight }
    })
    expect(body).toEqual({ scrolls: true, page: 0 })
    await long.close()
  })

  it('a focused field is drawn in the focus blue, an invalid one stays red (the primary is Party red)', async () => {
    const page = await openApp(app.browser, app.url, '/roster/people')
    await page.setViewportSize(SIZES[1])
    await page.getByRole('button', { name: /新增人员/ }).click()
    const drawer = page.locator('.ant-drawer-open')
    await drawer.locator('.ant-drawer-body').waitFor()
    const field = (label: string) => drawer.locator('.ant-form-item', { has: page.locator(`label[title="${label}"]`) }).locator('input').first()
    const border = async (label: string) => {
      await waitForQuiet(page) // antd's border colour has a short transition
      // A field with a counter draws its border on the wrapper around the input.
      return field(label).evaluate((el) => getComputedStyle(el.closest('.ant-input-affix-wrapper') ?? el).borderColor)
    }
    const FOCUS = 'rgb(22, 119, 255)' // #1677ff
    const ERROR = 'rgb(255, 77, 79)' // antd's colorError
    await field('岗位').focus()
    expect(await border('岗位')).toBe(FOCUS)
    // 保存 with no name: 姓名 is marked invalid, and stays red when focused.
    await drawer.getByRole('button', { name: /^保\s*存$/ }).click()
    await drawer.getByText('请填写姓名').waitFor()
    await field('姓名').focus()
    expect(await border('姓名')).toBe(ERROR)
    await field('岗位').focus()
    expect(await border('岗位')).toBe(FOCUS)
    expect(await border('姓名')).toBe(ERROR)
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'focus-vs-invalid-1360.png'), animations: 'disabled' })
    await page.close()
  })

  it('on a new, empty database at 1100x680', async () => {
    const { found, visited, errors } = await visitEveryScreen(empty.url, SIZES[0], 'layout-empty')
    expect(visited).toEqual(routePaths)
    expect(found).toEqual([])
    expect(errors).toEqual([])
  })
})
