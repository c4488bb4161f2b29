import { readdirSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { startBench, writeFigures } from './bench-record'

/*
 * `npm run bench [name ...]`: runs every scripts/bench/*.ts module's `run()` in name order and
 * prints its figures. No pass/fail: the targets are printed beside the numbers for a person to judge.
 * Each figure is also `record`ed (scripts/bench-record.ts) and all of them are written to
 * out/bench/results.json. A module that throws is reported and the rest still run; the exit code is
 * then 1. Adding a benchmark is adding a file there that exports `run(): Promise<void>`. Benches must
 * not import vitest (or anything that does): they run in plain Node.
 */

const RESULTS = resolve(__dirname, '../out/bench/results.json')

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
  const failed: string[] = []
  for (const name of names) {
    console.log(`\n== ${name} ==`)
    startBench(name)
    try {
      const module = (await import(pathToFileURL(join(folder, `${name}.ts`)).href)) as BenchModule
      await module.run()
    } catch (error) {
      failed.push(name)
      console.error(`基准测试 ${name} 中途出错：`, error)
    }
  }
  const figures = await writeFigures(RESULTS)
  console.log(`\n${figures.length} 项数据已写入 ${relative(process.cwd(), RESULTS)}`)
  if (failed.length > 0) throw new Error(`基准测试出错：${failed.join('、')}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
