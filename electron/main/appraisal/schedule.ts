import { defaultSchedule, type ScheduleEntry } from '@shared/appraisal/model'
import { invalid } from '@shared/errors'
import type { Database } from '@shared/model/database'
import type { KeyDate } from '@shared/model/glance'

/** The year's schedule: as the officer saved it, else the default one. */
export function scheduleOf(db: Readonly<Database>, year: number): { year: number; entries: ScheduleEntry[]; edited: boolean } {
  const saved = db.schedules.find((s) => s.year === year)
  return saved ? { year, entries: saved.entries, edited: true } : { year, entries: defaultSchedule(year), edited: false }
}

export function saveSchedule(db: Database, year: number, entries: ScheduleEntry[]): Database {
  const outside = entries.find((e) => !e.day.startsWith(`${year}-`))
  if (outside) throw invalid(`「${outside.label}」的日期${outside.day}不在${year}年内`)
  const ids = new Set<string>()
  for (const entry of entries) {
    if (ids.has(entry.id)) throw invalid(`日程中有重复的事项编号：${entry.id}`)
    ids.add(entry.id)
  }
  const sorted = [...entries].sort((a, b) => a.day.localeCompare(b.day))
  return { ...db, schedules: [...db.schedules.filter((s) => s.year !== year), { year, entries: sorted }].sort((a, b) => a.year - b.year) }
}

export function scheduleKeyDates(db: Readonly<Database>, year: number): KeyDate[] {
  return scheduleOf(db, year).entries.map((entry) => ({ key: `schedule/${year}/${entry.id}`, day: entry.day, label: entry.label, stageLabel: '年度日程', path: '/appraisal/schedule' }))
}
