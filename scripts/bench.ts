import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/*
 * `npm run bench [name ...]`: runs every scripts/bench/*.ts module's `run()` in name order and
 * prints its figures. No pass/fail: the targets are printed beside the numbers for a person to judge.
 * Adding a benchmark is adding a file there that exports `run(): Promise<void>`.
 */

interface BenchModule {
  run(): Promise<void>
}

// The package is CommonJS (see RECIPE.md), so tsx runs this file as CJS: no top-level await.
async function main() {
  const folder = join(__dirname, 'bench')
  const wanted = process.argv.slice(2)
  const names = readdirSync(folder)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.slice(0, -3))
    .filter((name) => wanted.length === 0 || wanted.includes(name))
    .sort()
  if (names.length === 0) throw new Error(`没有找到基准测试:${wanted.join('、') || '(scripts/bench 为空)'}`)
  for (const name of names) {
    console.log(`\n== ${name} ==`)
    const module = (await import(pathToFileURL(join(folder, `${name}.ts`)).href)) as BenchModule
    await module.run()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
