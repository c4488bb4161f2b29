import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

/*
 * How a bench module reports a figure: `record({ name, value, unit, target })` beside the line it
 * prints. scripts/bench.ts collects them and writes out/bench/results.json. Vitest-free, like
 * everything a bench imports.
 */

export interface Figure {
  /** What was measured, in the words of the printed line (Chinese, with the size it was measured at). */
  name: string
  value: number
  /** 'ms', 'MB', 'KB', or 'ratio' for a unitless ratio. */
  unit: string
  /** The figure to beat, in `unit`; null when the figure is for reference only. */
  target: number | null
  /** True when a smaller value is better (every time and size here); the target is then a ceiling. */
  lowerIsBetter: boolean
}

export interface RecordedFigure extends Figure {
  /** The scripts/bench module that recorded it. */
  bench: string
  /** Whether it meets its target; null when it has none. */
  met: boolean | null
}

const figures: RecordedFigure[] = []
let currentBench = ''

export function record(figure: Omit<Figure, 'lowerIsBetter'> & { lowerIsBetter?: boolean }): void {
  if (!Number.isFinite(figure.value)) throw new Error(`基准数据无效：${figure.name} = ${figure.value}`)
  const lowerIsBetter = figure.lowerIsBetter ?? true
  const value = Math.round(figure.value * 100) / 100
  const met = figure.target === null ? null : lowerIsBetter ? value < figure.target : value > figure.target
  figures.push({ bench: currentBench, name: figure.name, value, unit: figure.unit, target: figure.target, lowerIsBetter, met })
}

/** For scripts/bench.ts: the figures recorded from now on belong to `name`. */
export function startBench(name: string): void {
  currentBench = name
}

/** For scripts/bench.ts: writes every figure recorded so far as a JSON array. */
export async function writeFigures(file: string): Promise<RecordedFigure[]> {
  await mkdir(dirname(file), { recursive: true })
  await writeFile(file, `${JSON.stringify(figures, null, 2)}\n`)
  return figures
}
