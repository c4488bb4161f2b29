import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { renderApp } from '../support/render-app'
import type { TestBackend } from '../support/backend'

/* 设置 → 补充打印字体, through the real handlers on a temp data folder. */

const FIXTURE = resolve(__dirname, '../fixtures/fonts/ext-b-sample.ttf')

let backend: TestBackend | undefined
afterEach(async () => {
  await backend?.dispose()
  backend = undefined
})

const panel = () => screen.getByText('补充打印字体（生僻字）').closest('.ant-card') as HTMLElement

describe('补充打印字体', () => {
  it('adds a font file, says what it prints and that its licence is the user’s to check, lists it under 关于, and removes it after asking', async () => {
    const app = await renderApp()
    backend = app.backend
    await backend.call('roster:savePerson', { name: '吴𠮷' })
    await screen.findByText('尚未添加补充打印字体。')
    expect(within(panel()).getByText('字体的许可由您自行确认')).toBeTruthy()

    await backend.chooseFile('ext-b-sample.ttf', await readFile(FIXTURE))
    fireEvent.click(within(panel()).getByRole('button', { name: /添加字体文件/ }))
    await screen.findByText('已添加补充打印字体“ExtBSample”，已复制到数据文件夹')
    expect(within(panel()).getByTestId('fallback-font-name').textContent).toBe('ExtBSample')
    expect(within(panel()).getByText(/含扩展B区及以后各区汉字 7 个/)).toBeTruthy()
    expect(within(panel()).getByText('用它打印：𠮷')).toBeTruthy()
    await screen.findByText(/ExtBSample（补充字体，由使用者添加/)
    expect(screen.getByText(/许可由使用者自行确认/)).toBeTruthy()
    expect(await readFile(backend.host.paths.fallbackFont)).toEqual(await readFile(FIXTURE))

    // Replacing asks first, then says what it replaced.
    await backend.chooseFile('ext-b-sample-2.ttf', await readFile(FIXTURE))
    fireEvent.click(within(panel()).getByRole('button', { name: /更换字体文件/ }))
    fireEvent.click(await screen.findByRole('button', { name: '选择文件' }))
    await screen.findByText(/已把补充打印字体由“ExtBSample”换为“ExtBSample”/)

    fireEvent.click(within(panel()).getByRole('button', { name: /移\s*除/ }))
    await screen.findByText('移除补充打印字体？')
    expect(existsSync(backend.host.paths.fallbackFont)).toBe(true)
    // The confirmation's own 移除 button comes last.
    fireEvent.click(screen.getAllByRole('button', { name: /^移\s*除$/ }).at(-1)!)
    await screen.findByText(/已移除补充打印字体/)
    expect(existsSync(backend.host.paths.fallbackFont)).toBe(false)
    await screen.findByText('尚未添加补充打印字体。')
  })

  it('refuses a file that is no font, in Chinese, and keeps nothing', async () => {
    const app = await renderApp()
    backend = app.backend
    await screen.findByText('尚未添加补充打印字体。')
    await backend.chooseFile('notes.ttf', '这不是字体')
    fireEvent.click(within(panel()).getByRole('button', { name: /添加字体文件/ }))
    await screen.findByText('所选文件不是 TrueType 或 OpenType 字体（.ttf、.otf）。')
    expect(existsSync(backend.host.paths.fallbackFont)).toBe(false)
    expect(screen.getByText('尚未添加补充打印字体。')).toBeTruthy()
  })
})
