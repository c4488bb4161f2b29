import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { openApp, pageErrors, screenshot, useBrowserApp, waitForQuiet } from '../support/e2e'

/*
 * In Chromium, on the built renderer: 从文件恢复 asks with the comparison, restores, and the page,
 * really reloaded, says what was restored; a typed form asks before Esc throws it away, and the
 * menu asks before leaving a changed settings form.
 */

const app = useBrowserApp(async (backend) => {
  await backend.call('demo:load')
})

const question = '.ant-modal-confirm:not([class*="-leave"])'

describe('data safety in Chromium', () => {
  it('从文件恢复… shows the file beside the current data, restores on 恢复, and the reloaded page says what it did', async () => {
    const { backend } = app
    const file = join(backend.dir, '三亮三比三评数据备份.json')
    await backend.host.backupToFile(file)
    await backend.host.store().update((db) => ({ ...db, settings: { ...db.settings, unitName: '改过名的单位' }, people: db.people.slice(0, 3) }))
    const before = await readFile(backend.host.paths.dbFile)

    const page = await openApp(app.browser, app.url, '/settings')
    backend.dialogs.opens.push(file)
    await page.getByRole('button', { name: /从文件恢复/ }).click()
    const dialog = page.locator('.ant-modal', { hasText: '用所选文件替换当前数据？' })
    await dialog.locator('.restore-comparison tr[data-row-key="people"]').waitFor()
    expect(await dialog.locator('.restore-comparison tr[data-row-key="people"] td').allTextContents()).toEqual(['人员', '40 人', '3 人'])
    await waitForQuiet(page)
    await screenshot(page, 'restore-confirm')
    expect(await readFile(backend.host.paths.dbFile)).toEqual(before) // asking is not doing

    await dialog.getByRole('button', { name: /恢\s*复/ }).click()
    const notice = page.getByTestId('restored-notice')
    await notice.waitFor()
    expect(await notice.textContent()).toContain('已恢复“三亮三比三评数据备份.json”')
    expect(await notice.textContent()).toMatch(/恢复前的数据已另存为“backup-[\d-]+-beforerestore\.json”/)
    await expect.poll(() => page.getByLabel('单位名称').inputValue()).toBe('青川县政务服务中心')
    await waitForQuiet(page)
    await screenshot(page, 'restore-notice')
    expect(pageErrors(page)).toEqual([])
  })

  it('asks before Esc discards a typed person, also once a photo is chosen, and before the menu leaves a changed 单位信息', async () => {
    const page = await openApp(app.browser, app.url, '/roster/people')
    await page.getByRole('button', { name: '新增人员' }).click()
    const drawer = page.locator('.ant-drawer-open')
    await drawer.getByLabel('姓名').fill('张新来')
    await page.keyboard.press('Escape')
    await page.locator(question).waitFor()
    await waitForQuiet(page)
    await screenshot(page, 'unsaved-question')
    await page.locator(question).getByRole('button', { name: /继续编辑/ }).click()
    await page.locator(question).waitFor({ state: 'detached' })
    expect(await drawer.getByLabel('姓名').inputValue()).toBe('张新来')

    const png = new PNG({ width: 60, height: 80 })
    png.data.fill(170)
    const photo = join(app.backend.dir, '照片.png')
    await writeFile(photo, PNG.sync.write(png))
    app.backend.dialogs.opens.push(photo)
    await drawer.getByRole('button', { name: /选择照片/ }).click()
    await drawer.getByRole('button', { name: /更换照片/ }).waitFor()
    await page.keyboard.press('Escape')
    await page.locator(question).getByRole('button', { name: /放弃修改并关闭/ }).click()
    await page.locator('.ant-drawer-open').waitFor({ state: 'detached' })
    expect(app.backend.host.data().people.some((p) => p.name === '张新来')).toBe(false)

    await page.locator('.ant-menu-item', { hasText: '设置' }).click()
    await expect.poll(() => page.getByLabel('单位名称').inputValue()).not.toBe('')
    await page.getByLabel('负责人').fill('王建国')
    await page.locator('.ant-menu-item', { hasText: '首页' }).click()
    await page.locator(question, { hasText: '有未保存的修改，确定离开本页？' }).waitFor()
    await waitForQuiet(page)
    await screenshot(page, 'unsaved-leave-question')
    await page.locator(question).getByRole('button', { name: /留在本页/ }).click()
    expect(new URL(page.url()).hash).toBe('#/settings')
    expect(await page.getByLabel('负责人').inputValue()).toBe('王建国')
    expect(pageErrors(page)).toEqual([])
  })
})
