import { describe, expect, it } from 'vitest'
import { importCycles, importsOf, sourceFiles, type SourceFile } from '../../support/import-graph'

/*
 * The shape the README's 架构 section promises: Electron only in the glue, no import cycles. A
 * file that breaks it fails here with its path, before anyone has to find it in a review.
 */

const runtimeElectronImporters = (files: SourceFile[]) =>
  files.filter((f) => importsOf(f).some((i) => i.specifier === 'electron' && !i.typeOnly)).map((f) => f.path)

describe('Electron stays in the glue', () => {
  it('is imported at run time only by electron/main/app/ and electron/preload/', () => {
    const importers = runtimeElectronImporters(sourceFiles('electron', 'shared', 'renderer/src'))
    expect(importers.filter((path) => !path.startsWith('electron/main/app/') && !path.startsWith('electron/preload/'))).toEqual([])
    // The check sees what it must: the glue does import electron.
    expect(importers).toContain('electron/main/app/index.ts')
    expect(importers).toContain('electron/preload/index.ts')
  })

  it('tells a type-only import from a runtime one', () => {
    const file = (text: string): SourceFile => ({ path: 'x.ts', text })
    expect(runtimeElectronImporters([file("import type { IpcMain } from 'electron'\n")])).toEqual([])
    expect(runtimeElectronImporters([file("import { app } from 'electron'\n")])).toEqual(['x.ts'])
    expect(runtimeElectronImporters([file("const { app } = require('electron')\n")])).toEqual(['x.ts'])
  })
})

describe('no import cycles', () => {
  it.each([['electron/main'], ['renderer/src'], ['shared']])('in %s', (dir) => {
    expect(importCycles(sourceFiles(dir))).toEqual([])
  })

  it('finds a cycle when there is one', () => {
    const a: SourceFile = { path: 'a/x.ts', text: "import { y } from './y'\n" }
    const b: SourceFile = { path: 'a/y.ts', text: "import { x } from './x'\n" }
    expect(importCycles([a, b])).toEqual([['a/x.ts', 'a/y.ts']])
  })
})
