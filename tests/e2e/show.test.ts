import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ChannelName, InputOf, OutputOf } from '@shared/contract'
import { isPartyMember } from '@shared/roster/model'
import { openApp, pageErrors, screenshot, useBrowserApp } from '../support/e2e'

/*
 * 三亮 in Chromium over the built renderer and the real handlers: a member's pledge made, reviewed
 * and published through the screens, fulfilment and assessment recorded, then every document of
 * the stage rendered from 打印中心 and drawn by pdf.js under the app's CSP.
 */

let page: Page
let member: { id: string; name: string }
const consoleErrors: string[] = []

const app = useBrowserApp(async (backend) => {
  await backend.call('demo:load', { through: 'roster' })
  const roster = await backend.call('roster:list')
  member = roster.people.find((p) => isPartyMember(p.politicalStatus) && !p.isOutsider)!
})
const call = <C extends ChannelName>(channel: C, input?: InputOf<C>): Promise<OutputOf<C>> => app.backend.call(channel, input)

beforeAll(async () => {
  page = await openApp(app.browser, app.url, '/home')
  // CSP refusals (eval, a worker from elsewhere) show up here, not as page errors.
  // The browser's own favicon request is not the app's (Electron makes none).
  page.on('console', (msg) => msg.type() === 'error' && !msg.location().url.endsWith('/favicon.ico') && consoleErrors.push(`${msg.text()} ${msg.location().url}`))
})

const go = async (route: string) => {
  await page.evaluate((r) => (window.location.hash = r), route)
}
const pledgeRow = () => page.locator('.ant-table-tbody tr[data-row-key]', { hasText: member.name })
const drawer = () => page.locator('.ant-drawer-open')

/** Chooses an option of an antd Select by its visible label. */
async function choose(select: ReturnType<Page['locator']>, option: string) {
  await select.click()
  // Each select opens once here, so its popup is the newest one in the page.
  await page.locator('.ant-select-dropdown').last().locator('.ant-select-item-option', { hasText: new RegExp(`^${option}$`) }).click()
}

/** The large page of the preview: drawn by pdf.js, so it has ink (not only white). */
async function previewInked(): Promise<boolean> {
  return page.locator('[data-testid="pdf-pages"] canvas').last().evaluate((canvas: HTMLCanvasElement) => {
    if (!canvas.width || !canvas.height) return false
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data
    let ink = 0
    for (let i = 0; i < data.length; i += 16) if (data[i] < 200 || data[i + 1] < 200) ink++
    return ink > 50
  })
}

describe('三亮 in Chromium (built renderer, real handlers)', () => {
  it('opens on 首页 with the year’s counts', async () => {
    await page.getByText('待办与到期提醒').waitFor()
    await page.getByText(/年度承诺情况/).waitFor()
    await screenshot(page, 'show-home')
  })

  it('makes a member’s pledge through the form, then reviews and publishes it', async () => {
    await go('/show/pledges')
    await page.getByText(/名党员没有\d+年度承诺/).waitFor()
    await page.getByRole('button', { name: member.name, exact: true }).click()
    await drawer().getByText('新增承诺').waitFor()
    await drawer().getByRole('button', { name: /添加一项承诺/ }).click()
    const contents = drawer().getByLabel('承诺内容')
    await contents.nth(0).fill('每月自学党章党规和业务知识不少于8学时')
    await contents.nth(1).fill('负责事项做到一次告知、限时办结，不让群众跑第二趟')
    await contents.nth(2).fill('热情接待每一位办事群众，做到微笑服务')
    await drawer().getByLabel(/^衡量标准/).nth(1).fill('全年无超时办结')
    await drawer().getByLabel(/^承诺摘要/).fill('一次告知、限时办结，微笑服务零投诉')
    await screenshot(page, 'show-pledge-form')
    await drawer().getByRole('button', { name: /保存并提交审核/ }).click()
    await page.getByText('承诺已保存并提交支部审核').waitFor()
    await pledgeRow().getByText('待支部审核').waitFor()

    await pledgeRow().getByRole('button', { name: '审核通过' }).click()
    await pledgeRow().getByText('审核通过', { exact: true }).first().waitFor()
    await pledgeRow().getByRole('button', { name: '公开承诺' }).click()
    await pledgeRow().getByText('已公开').waitFor()
    const stored = (await call('show:pledges')).find((p) => p.personId === member.id)!
    expect(stored.status).toBe('published')
    expect(stored.items).toHaveLength(3)
    expect(stored.history.map((h) => h.action)).toEqual(['submit', 'approve', 'publish'])
    await screenshot(page, 'show-pledges')
  })

  it('records fulfilment and an assessment with its computed result', async () => {
    await pledgeRow().getByRole('button', { name: '践诺·评诺' }).click()
    await drawer().getByRole('tab', { name: '践诺记录' }).click()
    await drawer().getByLabel('践诺情况').fill('参加支部集中学习3次，完成学习笔记')
    await drawer().getByLabel(/^佐证材料/).fill('支部学习记录')
    await drawer().getByRole('button', { name: /保存记录/ }).click()
    await page.getByText('践诺记录已保存').waitFor()
    await drawer().locator('.ant-table-tbody').getByText('支部学习记录').waitFor()
    await screenshot(page, 'show-fulfilment')

    await drawer().getByRole('tab', { name: '评诺' }).click()
    for (let n = 1; n <= 3; n++) {
      await choose(drawer().getByLabel(`第${n}项党员自评`), '好')
      await choose(drawer().getByLabel(`第${n}项组织评价`), n === 3 ? '一般' : '好')
      await choose(drawer().getByLabel(`第${n}项群众评价`), '较好')
    }
    // Items: (100*20+100*50+85*30)/100 = 95.5 twice, (100*20+70*50+85*30)/100 = 80.5; mean 90.5 → 好.
    await expect.poll(() => drawer().getByTestId('assessment-result').textContent()).toContain('90.5')
    expect(await drawer().getByTestId('assessment-result').textContent()).toContain('好')
    await drawer().getByRole('button', { name: /保存评诺/ }).click()
    await page.getByText(/已保存：好（90\.5分）/).waitFor()
    await screenshot(page, 'show-assessment-entry')
    const saved = (await call('show:assessments')).find((a) => a.result.score === 90.5)
    expect(saved?.result.level?.label).toBe('好')

    // 承诺卡 for this member, from the pledge itself: the print dialog other screens reuse.
    await drawer().getByRole('button', { name: '打印承诺卡' }).click()
    const dialog = page.locator('.ant-modal', { hasText: '打印 · 党员承诺卡' })
    await dialog.getByRole('button', { name: /生成预览/ }).click()
    await dialog.getByTestId('preview-pages').waitFor()
    expect(await dialog.getByTestId('preview-pages').textContent()).toContain('共 1 页')
    await expect.poll(previewInked).toBe(true)
    expect((await dialog.locator('.ant-select-selection-item').allTextContents())[0]).toContain(member.name)
    await screenshot(page, 'show-print-dialog')
    await dialog.getByRole('button', { name: 'Close' }).or(dialog.locator('.ant-modal-close')).first().click()
    await dialog.waitFor({ state: 'hidden' })
    await page.keyboard.press('Escape')
    await drawer().waitFor({ state: 'detached' })
  })

  it('shows 亮身份, 践诺评诺 and the phrase library', async () => {
    await go('/show/identity')
    await page.getByRole('button', { name: '打印党员岗位牌' }).waitFor()
    await page.locator('.ant-table-tbody tr[data-row-key]').first().waitFor()
    await screenshot(page, 'show-identity')
    await go('/show/assessment')
    await page.getByText('90.5').waitFor()
    await screenshot(page, 'show-assessment')
    await go('/show/phrases')
    await page.getByText('公生明，廉生威').or(page.getByText(/五带头：带头学习提高/)).first().waitFor()
    await screenshot(page, 'show-phrases')
  })

  it('renders every 三亮 document from 打印中心, draws its pages with pdf.js, and saves one', async () => {
    await go('/print')
    // This file's unit has 三亮's records only; every other stage's e2e prints its own.
    for (const doc of (await call('print:documents')).filter((d) => d.stage === 'show')) {
      await page.getByTestId(`print-doc-${doc.id}`).click()
      await page.locator('.ant-card-head-title', { hasText: doc.title }).waitFor()
      await page.getByRole('button', { name: /生成预览/ }).click()
      const done = page.getByTestId('preview-pages')
      // The demo's pledges are at every step: 承诺卡 first lists who it leaves out, and asks.
      const asked = page.getByRole('button', { name: /仍然生成（不印以上人员）/ })
      await done.or(asked).first().waitFor()
      if (await asked.isVisible()) {
        await screenshot(page, `print-${doc.id}-left-out`)
        await asked.click()
      }
      await done.waitFor().catch(async (error) => {
        await screenshot(page, `print-${doc.id}-failed`)
        throw error
      })
      expect(await done.textContent()).toMatch(/共 \d+ 页/)
      await expect.poll(previewInked).toBe(true)
      await screenshot(page, `print-${doc.id}`)
    }
    const target = join(app.backend.dir, '承诺践诺情况公示.pdf')
    app.backend.dialogs.saves.push(target)
    await page.getByRole('button', { name: /保存PDF/ }).click()
    await page.getByText(`已保存到 ${target}`).waitFor()
    const bytes = await readFile(target)
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(pageErrors(page)).toEqual([])
    expect(consoleErrors).toEqual([])
  })
})
