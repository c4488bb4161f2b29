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
})
afterAll(async () => {
  await empty?.close()
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

  it('on a new, empty database at 1100x680', async () => {
    const { found, visited, errors } = await visitEveryScreen(empty.url, SIZES[0], 'layout-empty')
    expect(visited).toEqual(routePaths)
    expect(found).toEqual([])
    expect(errors).toEqual([])
  })
})
