import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openApp, pageErrors, screenshot, useBrowserApp } from '../support/e2e'

const app = useBrowserApp()

describe('设置 in Chromium (built renderer, real handlers)', () => {
  it('fills 单位信息, saves, reloads and sees it kept', async () => {
    const page = await openApp(app.browser, app.url)
    await page.getByLabel('单位名称').fill('城区供电服务中心')
    await page.getByLabel('党组织名称').fill('中共城区供电服务中心支部委员会')
    await page.getByLabel('负责人').fill('王建国')
    await page.getByLabel('联系电话').fill('0377-63212345')
    await page.getByLabel('公示落款').fill('中共城区供电服务中心支部')
    await page.getByRole('button', { name: /保\s*存/ }).click()
    await page.getByText('单位信息已保存').waitFor()

    const onDisk = JSON.parse(await readFile(app.backend.host.paths.dbFile, 'utf8'))
    expect(onDisk.settings).toMatchObject({ unitName: '城区供电服务中心', principal: '王建国', phone: '0377-63212345' })

    await page.reload()
    await expect.poll(() => page.getByLabel('单位名称').inputValue()).toBe('城区供电服务中心')
    expect(await page.getByLabel('负责人').inputValue()).toBe('王建国')
    await page.getByTestId('data-dir').waitFor()
    expect(await page.getByTestId('data-dir').textContent()).toBe(app.backend.dir)
    await screenshot(page, 'settings')
    expect(pageErrors(page)).toEqual([])
  })

  it('shows a Chinese message for a bad phone number and writes nothing', async () => {
    const before = await readFile(app.backend.host.paths.dbFile)
    const page = await openApp(app.browser, app.url)
    await expect.poll(() => page.getByLabel('单位名称').inputValue()).toBe('城区供电服务中心')
    await page.getByLabel('联系电话').fill('abc')
    await page.getByRole('button', { name: /保\s*存/ }).click()
    await page.getByText('联系电话只能包含数字、横线、括号和“转”').waitFor()
    expect(await readFile(app.backend.host.paths.dbFile)).toEqual(before)
  })

  it('adds a fallback font for 生僻字 in 补充打印字体 and lists it under 关于', async () => {
    await app.backend.call('roster:savePerson', { name: '吴𠮷' })
    await app.backend.chooseFile('ext-b-sample.ttf', await readFile(resolve(__dirname, '../fixtures/fonts/ext-b-sample.ttf')))
    const page = await openApp(app.browser, app.url)
    await page.getByText('尚未添加补充打印字体。').waitFor()
    await page.getByRole('button', { name: /添加字体文件/ }).click()
    await page.getByText('已添加补充打印字体“ExtBSample”，已复制到数据文件夹').waitFor()
    await page.getByText('用它打印：𠮷').waitFor()
    await page.getByText(/ExtBSample（补充字体，由使用者添加/).waitFor()
    expect(existsSync(app.backend.host.paths.fallbackFont)).toBe(true)
    await page.getByText('补充打印字体（生僻字）').scrollIntoViewIfNeeded()
    await screenshot(page, 'settings-fallback-font')
    expect(pageErrors(page)).toEqual([])
  })
})
