import { fireEvent, screen, waitFor } from '@testing-library/react'
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createDatabase } from '@shared/model/database'
import { dataPaths } from '../../electron/main/store/data-dir'
import { createTestBackend, type TestBackend } from '../support/backend'
import { renderApp } from '../support/render-app'

let backend: TestBackend | undefined
afterEach(async () => {
  await backend?.dispose()
  backend = undefined
})

describe('recovery screen', () => {
  it('explains a damaged file, keeps it, and restores the newest good backup', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lbp-ui-'))
    const paths = dataPaths(dir)
    const good = createDatabase(new Date(2026, 5, 1))
    good.settings.unitName = '备份里的单位'
    await mkdir(paths.backups, { recursive: true })
    await writeFile(join(paths.backups, 'backup-20260601-080000.json'), JSON.stringify(good))
    await writeFile(paths.dbFile, '{"schemaVersion":1,"settings":{"unitNa')
    backend = await createTestBackend({ dir })

    await renderApp('/settings', backend)
    await waitFor(() => expect(screen.getByText('数据文件需要恢复')).toBeTruthy())
    expect(screen.getByText(/数据文件内容不完整或已损坏/)).toBeTruthy()
    expect(screen.getByText('2026-06-01 08:00:00')).toBeTruthy()
    const state = backend.host.current
    expect(state.mode).toBe('recovery')
    if (state.mode === 'recovery') expect(await readFile(state.recovery.keptAs!, 'utf8')).toBe('{"schemaVersion":1,"settings":{"unitNa')

    fireEvent.click(screen.getByRole('button', { name: /从该备份恢复/ }))
    await waitFor(() => expect((screen.getByLabelText('单位名称') as HTMLInputElement).value).toBe('备份里的单位'))
  })
})

describe('recovery screen: the database file is missing', () => {
  it('says so, offers the backup, and lets the user start an empty database instead', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lbp-ui-'))
    const paths = dataPaths(dir)
    await mkdir(paths.backups, { recursive: true })
    await writeFile(join(paths.backups, 'backup-20260601-080000.json'), JSON.stringify(createDatabase(new Date(2026, 5, 1))))
    backend = await createTestBackend({ dir })

    await renderApp('/settings', backend)
    await waitFor(() => expect(screen.getByText(/数据文件不存在/)).toBeTruthy())
    expect(screen.getByRole('button', { name: /从该备份恢复/ })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: /新建空白数据库/ }))
    fireEvent.click(await screen.findByRole('button', { name: /^新\s*建$/ }))
    await waitFor(() => expect(screen.getByLabelText('单位名称')).toBeTruthy())
    expect(backend.host.current.mode).toBe('ready')
  })
})

describe('recovery screen: restore from a backup file', () => {
  it('asks with what the file holds (the current data cannot be read), then opens the app saying where the damaged file went', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lbp-ui-'))
    const paths = dataPaths(dir)
    const good = createDatabase(new Date(2026, 5, 1))
    good.settings.unitName = '文件里的单位'
    const file = join(dir, '带出去的备份.json')
    await writeFile(file, JSON.stringify(good))
    await writeFile(paths.dbFile, '\0\0\0\0')
    backend = await createTestBackend({ dir })
    backend.dialogs.opens.push(file)

    await renderApp('/settings', backend)
    fireEvent.click(await screen.findByRole('button', { name: /从备份文件恢复/ }))
    await waitFor(() => expect(document.querySelector('.restore-comparison')).toBeTruthy())
    const row = (key: string) => [...document.querySelectorAll(`.restore-comparison tr[data-row-key="${key}"] td`)].map((td) => td.textContent)
    expect(row('unitName')).toEqual(['单位名称', '文件里的单位', '无法读取'])
    expect(row('people')).toEqual(['人员', '0 人', '无法读取'])
    expect(backend.host.current.mode).toBe('recovery') // asking is not doing

    fireEvent.click([...document.querySelectorAll('.ant-modal-footer button')].find((b) => /恢\s*复/.test(b.textContent ?? '')) as HTMLElement)
    await waitFor(() => expect((screen.getByLabelText('单位名称') as HTMLInputElement).value).toBe('文件里的单位'))
    const notice = await screen.findByTestId('restored-notice')
    expect(notice.textContent).toContain('已恢复“带出去的备份.json”')
    expect(notice.textContent).toMatch(/恢复前无法打开的数据文件已另存为“liangbiping\.damaged-[^”]+”/)
  })
})
