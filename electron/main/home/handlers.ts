import { keyDateSchema, stageGlanceSchema } from '@shared/model/glance'
import { localDay } from '@shared/rules/dates'
import type { PartHandlers } from '../ipc/dispatch'
import type { Services } from '../services'
import { stageList } from '../stages'

/** 首页: every stage's reminders (the most overdue first), its part of the year at a glance, and the year's key dates in order. */
export function homeHandlers({ host, now }: Services): PartHandlers<'home'> {
  return {
    reminders: (input) => {
      const db = host.data()
      const today = localDay(now())
      const withinDays = input?.withinDays ?? 7
      return stageList()
        .flatMap((stage) => stage.reminders?.(db, today, withinDays) ?? [])
        .sort((a, b) => b.daysOverdue - a.daysOverdue || a.key.localeCompare(b.key))
    },
    glance: (input) => {
      const db = host.data()
      const today = localDay(now())
      const year = input?.year ?? db.settings.year
      return {
        year,
        today,
        // Stages write their parts with the schema's defaults left out; parsing fills them in.
        stages: stageList().flatMap((stage) => (stage.glance ? [stageGlanceSchema.parse(stage.glance(db, year, today))] : [])),
        keyDates: stageList()
          .flatMap((stage) => stage.keyDates?.(db, year) ?? [])
          .map((date) => keyDateSchema.parse(date))
          .sort((a, b) => a.day.localeCompare(b.day) || a.key.localeCompare(b.key))
      }
    }
  }
}
