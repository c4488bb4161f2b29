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
