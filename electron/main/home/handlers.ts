import { localDay } from '@shared/rules/dates'
import type { PartHandlers } from '../ipc/dispatch'
import type { Services } from '../services'
import { stageList } from '../stages'

/** 首页: every stage's reminders, the most overdue first. */
export function homeHandlers({ host, now }: Services): PartHandlers<'home'> {
  return {
    reminders: async (input) => {
      const db = host.data()
      const today = localDay(now())
      const withinDays = input?.withinDays ?? 7
      return stageList()
        .flatMap((stage) => stage.reminders?.(db, today, withinDays) ?? [])
        .sort((a, b) => b.daysOverdue - a.daysOverdue || a.key.localeCompare(b.key))
    }
  }
}
