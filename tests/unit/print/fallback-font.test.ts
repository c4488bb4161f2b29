import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '@shared/model/database'
import { fontFiles } from '../../../electron/main/print/fonts'
import { createTestBackend } from '../../support/backend'
import { createPrintBackend, publishDemo, rasterisePdf, readPdfText, type PrintBackend } from '../../support/print-fixture'
import { createWorkbook, getImportRow, previewImport } from '../../support/workbooks'

/*
 * 生僻字: a name with a character the bundled Noto fonts lack (𠮷, CJK Extension B) prints once the
 * officer adds a font that has it in 设置. tests/fixtures/fonts/ext-b-sample.ttf stands in for that
 * font (seven Extension B-F characters of HanaMinB; 𠀁 is one it does not have).
 */

const FIXTURE = resolve(__dirname, '../../fixtures/fonts/ext-b-sample.ttf')
const run = promisify(execFile)
const squash = (text: string) => text.replace(/\s+/g, '')

/** Two Party members with rare names, so every member document prints them. */
function withRareNames(db: Database): Database {
  const demo = publishDemo(db)
  const rename = new Map([
    ['周建国', '周𠮷国'],
    ['黄丽萍', '𡈼丽萍']
  ])
  return { ...demo, people: demo.people.map((p) => (rename.has(p.name) ? { ...p, name: rename.get(p.name)! } : p)) }
}

/** Page 1 to look at, and the PDF beside it (out/print-samples/), to look at closer. */
async function keepSample(file: string, name: string): Promise<void> {
  await rasterisePdf(file, name)
  await copyFile(file, join(process.cwd(), 'out', 'print-samples', `${name}.pdf`))
}

async function fontsOf(file: string): Promise<string> {
  return (await run('pdffonts', [file])).stdout
}

let backend: PrintBackend
beforeAll(async () => {
  backend = await createPrintBackend(withRareNames)
}, 60_000)
afterAll(() => backend.dispose())

async function addFixtureFont(b: { chooseFile(name: string, bytes: Uint8Array): Promise<string>; call: PrintBackend['call'] }) {
  await b.chooseFile('ext-b-sample.ttf', await readFile(FIXTURE))
  const added = await b.call('settings:addFallbackFont')
  if (added.canceled) throw new Error('the font dialog was canceled')
  return added.value
}

describe('without a fallback font', () => {
  it('blocks a document with 𠮷 and flags the name', async () => {
    expect(await backend.call('settings:fallbackFont')).toBeNull()
    const job = await backend.render({ document: 'desk-placard' })
    expect(job.state).toBe('blocked')
    expect(job.missingGlyphs.map((m) => m.char)).toEqual(expect.arrayContaining(['𠮷', '𡈼']))
    const { people } = await backend.call('roster:list')
    expect(people.find((p) => p.name === '周𠮷国')!.missingGlyphs).toEqual(['𠮷'])
  })
})

describe('设置 → 补充打印字体', () => {
  it('refuses a font without Extension B (Noto Sans SC), a file that is no font, and a font collection, adding nothing', async () => {
    await backend.chooseFile('NotoSansSC.ttf', await readFile(fontFiles('sans').regular))
    await expect(backend.call('settings:addFallbackFont')).rejects.toThrow(/没有“𠮷”等扩展B区汉字/)
    await backend.chooseFile('notes.ttf', '这不是字体')
    await expect(backend.call('settings:addFallbackFont')).rejects.toThrow(/不是 TrueType 或 OpenType 字体/)
    await backend.chooseFile('fonts.ttc', Buffer.concat([Buffer.from('ttcf'), Buffer.alloc(64)]))
    await expect(backend.call('settings:addFallbackFont')).rejects.toThrow(/字体集文件（\.ttc）/)
    expect(existsSync(backend.host.paths.fallbackFont)).toBe(false)
    expect(await backend.call('settings:fallbackFont')).toBeNull()
  })

  it('copies the chosen font into the data folder and says which rare characters of the roster it prints', async () => {
    const info = await addFixtureFont(backend)
    expect(info).toMatchObject({ name: 'ExtBSample', file: backend.host.paths.fallbackFont, extendedHan: 7, stillMissing: [] })
    expect(info.printsInNames).toEqual(expect.arrayContaining(['𠮷', '𡈼']))
    expect(await readFile(backend.host.paths.fallbackFont)).toEqual(await readFile(FIXTURE))
    const about = await backend.call('settings:about')
    const listed = about.fonts.find((f) => f.name.startsWith('ExtBSample'))!
    expect(listed.licenceName).toBe('许可由使用者自行确认')
    expect(listed.licence).toContain('自行确认有权使用该字体')
  })

  it('then flags only what no font has: in the roster, while typing, and in the import preview', async () => {
    const { people } = await backend.call('roster:list')
    expect(people.find((p) => p.name === '周𠮷国')!.missingGlyphs).toEqual([])
    expect((await backend.call('roster:glyphCheck', { text: '𠮷𠀁' })).missing).toEqual(['𠀁'])
    const bytes = await createWorkbook((s) => {
      s.addRow(['姓名', '政治面貌'])
      s.addRow(['吴𠮷', '中共党员'])
      s.addRow(['郑𠀁', '群众'])
    })
    const preview = await previewImport(backend, bytes)
    expect(getImportRow(preview, '吴𠮷').missingGlyphs).toEqual([])
    expect(getImportRow(preview, '郑𠀁').missingGlyphs).toEqual(['𠀁'])
    await backend.call('roster:importCancel', { id: preview.id })
  })
})

describe('printing rare names with the fallback font', () => {
  it('desk placards (SVG, one half upside down): 周𠮷国 extracts intact from both halves, in the fallback font', async () => {
    const member = backend.host.data().people.find((p) => p.name === '周𠮷国')!
    const job = await backend.render({ document: 'desk-placard', personIds: [member.id] })
    expect(job.state, job.message ?? '').toBe('done')
    expect(job.missingGlyphs).toEqual([])
    const file = await backend.writePdfFile(job.jobId)
    const text = squash(await readPdfText(file))
    expect(text.split('周𠮷国').length - 1).toBeGreaterThanOrEqual(2)
    expect(await fontsOf(file)).toContain('ExtBSample')
    await keepSample(file, 'rare-name-desk-placard')
  })

  it('pledge cards and the notice board (pdfmake text): the names extract intact, bold and regular', async () => {
    for (const document of ['pledge-cards', 'notice-board'] as const) {
      const job = await backend.render({ document })
      expect(job.state, job.message ?? '').toBe('done')
      const file = await backend.writePdfFile(job.jobId)
      const text = squash(await readPdfText(file))
      expect(text, document).toContain('周𠮷国')
      expect(text, document).toContain('𡈼丽萍')
      expect(await fontsOf(file), document).toContain('ExtBSample')
      await keepSample(file, `rare-name-${document}`)
    }
  })

  it('a character no font has still blocks the document', async () => {
    await backend.host.store().update((db) => ({ ...db, people: db.people.map((p) => (p.name === '𡈼丽萍' ? { ...p, name: '𡈼𠀁萍' } : p)) }))
    const job = await backend.render({ document: 'desk-placard' })
    expect(job.state).toBe('blocked')
    expect(job.missingGlyphs.map((m) => m.char)).toEqual(['𠀁'])
    await backend.host.store().update((db) => ({ ...db, people: db.people.map((p) => (p.name === '𡈼𠀁萍' ? { ...p, name: '𡈼丽萍' } : p)) }))
  })
})

describe('the fallback font in backups', () => {
  it('备份到文件 carries it, and a restore into a folder without one brings it back', async () => {
    const target = join(backend.dir, 'backup.json')
    backend.dialogs.saves.push(target)
    await backend.call('store:backupToFile')
    const other = await createTestBackend()
    try {
      expect(await other.call('settings:fallbackFont')).toBeNull()
      other.dialogs.opens.push(target)
      const picked = await other.call('store:inspectFile')
      if (picked.canceled) throw new Error('the restore dialog was answered')
      await other.call('store:restoreFile', { token: picked.value.token })
      expect(await readFile(other.host.paths.fallbackFont)).toEqual(await readFile(FIXTURE))
      expect(await other.call('settings:fallbackFont')).toMatchObject({ name: 'ExtBSample' })
      const { people } = await other.call('roster:list')
      expect(people.find((p) => p.name === '周𠮷国')!.missingGlyphs).toEqual([])
    } finally {
      await other.dispose()
    }
  })

  it('a backup whose font is damaged is refused whole', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lbp-font-backup-'))
    try {
      const good = JSON.parse(await readFile(join(backend.dir, 'backup.json'), 'utf8'))
      const bad = join(dir, 'bad.json')
      await writeFile(bad, JSON.stringify({ ...good, fonts: { 'fallback.ttf': Buffer.from('不是字体').toString('base64') } }))
      const other = await createTestBackend()
      try {
        other.dialogs.opens.push(bad)
        await expect(other.call('store:inspectFile')).rejects.toThrow(/补充打印字体不能使用/)
        expect(existsSync(other.host.paths.fallbackFont)).toBe(false)
        expect((await other.call('roster:list')).people.some((p) => p.name === '周𠮷国')).toBe(false)
      } finally {
        await other.dispose()
      }
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe('removing the fallback font', () => {
  it('deletes the file and the names are flagged again', async () => {
    expect(await backend.call('settings:removeFallbackFont')).toEqual({ removed: true })
    expect(existsSync(backend.host.paths.fallbackFont)).toBe(false)
    expect(await backend.call('settings:fallbackFont')).toBeNull()
    const { people } = await backend.call('roster:list')
    expect(people.find((p) => p.name === '周𠮷国')!.missingGlyphs).toEqual(['𠮷'])
    expect(await backend.call('settings:removeFallbackFont')).toEqual({ removed: false })
  })
})
