import { fireEvent, screen, waitFor } from '@testing-library/react'
import { readFile } from 'node:fs/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { renderApp } from '../support/render-app'
import type { TestBackend } from '../support/backend'

let backend: TestBackend | undefined
afterEach(async () => {
  await backend?.dispose()
  backend = undefined
})

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement

describe('设置 screen', () => {
  it('saves 单位信息 through the real handlers and shows it again after a reload', async () => {
    const app = await renderApp()
    backend = app.backend
    await waitFor(() => expect(field('单位名称')).toBeTruthy())
    fireEvent.change(field('单位名称'), { target: { value: '城区供电服务中心' } })
    fireEvent.change(field('党组织名称'), { target: { value: '中共城区供电服务中心支部委员会' } })
    fireEvent.change(field('联系电话'), { target: { value: '0377-12345678' } })
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }))
    await waitFor(() => expect(screen.getByText('单位信息已保存')).toBeTruthy())

    const onDisk = JSON.parse(await readFile(backend.host.paths.dbFile, 'utf8'))
    expect(onDisk.settings.unitName).toBe('城区供电服务中心')
    expect(onDisk.settings.phone).toBe('0377-12345678')

    app.unmount()
    await renderApp('/settings', backend)
    await waitFor(() => expect(field('单位名称').value).toBe('城区供电服务中心'))
  })

  it('refuses a blank unit name with a Chinese message and writes nothing', async () => {
    const app = await renderApp()
    backend = app.backend
    const before = await readFile(backend.host.paths.dbFile)
    await waitFor(() => expect(field('单位名称')).toBeTruthy())
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }))
    await waitFor(() => expect(screen.getByText('请填写单位名称')).toBeTruthy())
    expect(await readFile(backend.host.paths.dbFile)).toEqual(before)
  })

  it('shows the message main sends back when it refuses the input', async () => {
    const app = await renderApp()
    backend = app.backend
    // The form's own checks pass; main's schema is the last word, as when a screen has a bug.
    const real = window.api.settings.save
    window.api.settings.save = (input) => real({ ...input!, year: 1990 })
    await waitFor(() => expect(field('单位名称')).toBeTruthy())
    fireEvent.change(field('单位名称'), { target: { value: '某单位' } })
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }))
    await waitFor(() => expect(screen.getByText('活动年度不早于2000年')).toBeTruthy())
    const onDisk = JSON.parse(await readFile(backend.host.paths.dbFile, 'utf8'))
    expect(onDisk.settings.unitName).toBe('')
  })

  it('shows the data folder and offers backup and restore', async () => {
    const app = await renderApp()
    backend = app.backend
    await waitFor(() => expect(screen.getByTestId('data-dir').textContent).toBe(backend!.dir))
    expect(screen.getByRole('button', { name: /备份到文件/ })).toBeTruthy()
    expect(screen.getByRole('button', { name: /从文件恢复/ })).toBeTruthy()
  })
})

describe('关于', () => {
  it('shows the version and both print fonts with their licence text', async () => {
    const app = await renderApp()
    backend = app.backend
    await waitFor(() => expect(screen.getByText(/Noto Serif SC/)).toBeTruthy())
    expect(screen.getByText(/Noto Sans SC/)).toBeTruthy()
    fireEvent.click(screen.getAllByRole('button', { name: '查看许可证' })[0])
    await waitFor(() => expect(screen.getByText(/SIL OPEN FONT LICENSE Version 1\.1/)).toBeTruthy())
  })
})
