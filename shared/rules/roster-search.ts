/*
 * The roster table's quick search, run in the renderer on every keystroke: by name, by pinyin
 * initials (`zsf` for 张三丰) or full pinyin, and by phone number. Main sends `initials` and
 * `pinyin` with each row, so no dictionary is needed here.
 */

export interface Searchable {
  name: string
  initials: string
  pinyin: string
  phone?: string
  post?: string
}

export function normalizeQuery(query: string): string {
  return query.replace(/[\s\u3000]/g, '').toLowerCase()
}

/** True when the row matches; an empty query matches everything. */
export function matchesQuery(row: Searchable, query: string): boolean {
  const q = normalizeQuery(query)
  if (!q) return true
  if (row.name.includes(q)) return true
  if (/^[a-z]+$/.test(q)) return row.initials.startsWith(q) || row.pinyin.startsWith(q) || row.initials.includes(q)
  if (/^\d+$/.test(q)) return (row.phone ?? '').replace(/\D/g, '').includes(q)
  return (row.post ?? '').includes(q)
}
