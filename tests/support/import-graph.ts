import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, normalize, relative, resolve } from 'node:path'

/*
 * The project's own import graph, read from the source text (relative and @shared/ imports), for
 * tests that hold the shape: which files import `electron` at run time, and where imports cycle.
 */

export const ROOT = resolve(import.meta.dirname, '../..')

export interface SourceFile {
  /** Relative to the project root, with forward slashes. */
  path: string
  text: string
}

export function sourceFiles(...dirs: string[]): SourceFile[] {
  const files: SourceFile[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(full)
      } else if (/\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        files.push({ path: relative(ROOT, full).split('\\').join('/'), text: readFileSync(full, 'utf8') })
      }
    }
  }
  for (const dir of dirs) walk(join(ROOT, dir))
  return files
}

const IMPORT = /(?:^|\n)\s*(import|export)\s+(type\s+)?[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g

export interface ImportOf {
  specifier: string
  /** `import type` / `export type`: erased, never loaded at run time. */
  typeOnly: boolean
}

export function importsOf(file: SourceFile): ImportOf[] {
  return [...file.text.matchAll(IMPORT)].map((m) => ({ specifier: m[3] ?? m[4] ?? m[5] ?? m[6], typeOnly: Boolean(m[2]) }))
}

function resolveImport(from: string, specifier: string, known: Set<string>): string | null {
  let base: string
  if (specifier.startsWith('@shared/')) base = join('shared', specifier.slice('@shared/'.length))
  else if (specifier.startsWith('.')) base = join(dirname(from), specifier)
  else return null
  base = normalize(base).split('\\').join('/')
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) if (known.has(candidate)) return candidate
  return null
}

/** Strongly connected groups of more than one file (Tarjan), each a cycle to break. */
export function importCycles(files: SourceFile[]): string[][] {
  const known = new Set(files.map((f) => f.path))
  const edges = new Map(files.map((f) => [f.path, importsOf(f).map((i) => resolveImport(f.path, i.specifier, known)).filter((t): t is string => t !== null && t !== f.path)]))
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const groups: string[][] = []
  const visit = (v: string) => {
    index.set(v, counter)
    low.set(v, counter++)
    stack.push(v)
    onStack.add(v)
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = []
      let w: string
      do {
        w = stack.pop()!
        onStack.delete(w)
        group.push(w)
      } while (w !== v)
      if (group.length > 1) groups.push(group.sort())
    }
  }
  for (const f of files) if (!index.has(f.path)) visit(f.path)
  return groups
}
