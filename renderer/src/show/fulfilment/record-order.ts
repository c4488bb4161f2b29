import type { Fulfilment } from '@shared/show/model'

/** Oldest first, as a ledger and the printed 公示 list them; records of one day in the order they were made. */
export function byDate(records: readonly Fulfilment[]): Fulfilment[] {
  return [...records].sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt))
}
