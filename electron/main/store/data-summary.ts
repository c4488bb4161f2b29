import type { DataSummary } from '@shared/contract/store'
import type { Database } from '@shared/model/database'
import type { CountedAs } from '@shared/stage'
import { STAGE_IDS, STAGES } from '@shared/stages'

/*
 * What a database holds, as a restore's confirmation compares a backup with the current data. The
 * counted collections come from the stage registry (each stage's `counts`), so a new stage's
 * records are counted without a change here.
 */

const COUNTED: { collection: string; as: CountedAs }[] = STAGE_IDS.flatMap((id) =>
  Object.entries(STAGES[id].counts as Record<string, CountedAs | undefined>).flatMap(([collection, as]) => (as ? [{ collection, as }] : []))
)

/** Records still in use: the recycle bin (`deletedAt`) is not what the user thinks of as the data. */
function liveCount(collection: unknown): number {
  if (!Array.isArray(collection)) return 0
  return collection.filter((record) => !(record && typeof record === 'object' && (record as { deletedAt?: unknown }).deletedAt)).length
}

export function summarizeData(db: Readonly<Database>): DataSummary {
  const records = db as unknown as Record<string, unknown>
  return {
    unitName: db.settings.unitName,
    year: db.settings.year,
    counts: COUNTED.map(({ collection, as }) => ({ collection, label: as.label, unit: as.unit, count: liveCount(records[collection]) }))
  }
}

/** 「甲单位」2026年度：人员40人、班组5个、承诺12条 — for a sentence (counts of none left out). */
export function describeSummary(summary: DataSummary): string {
  const unit = summary.unitName ? `「${summary.unitName}」` : '未填写单位名称'
  const held = summary.counts.filter((c) => c.count > 0).map((c) => `${c.label}${c.count}${c.unit}`)
  return `${unit}，${summary.year}年度，${held.length ? held.join('、') : '没有任何记录'}`
}
