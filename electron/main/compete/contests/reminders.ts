import type { Database } from '@shared/model/database'
import type { Reminder } from '@shared/model/reminder'
import { daysBetween } from '@shared/rules/dates'

/** A 成绩公示 whose 公示期 ends within `withinDays` (or has ended without 定稿): time to decide it. */
export function contestReminders(db: Readonly<Database>, today: string, withinDays: number): Reminder[] {
  return db.contests
    .filter((c) => c.status === 'notice' && c.noticeTo && daysBetween(today, c.noticeTo) <= withinDays)
    .map((c) => ({
      key: `contests/${c.id}`,
      stage: 'compete',
      kind: '成绩公示期',
      title: `「${c.name}」成绩公示期满后定稿`,
      ownerName: db.settings.unitName,
      dueOn: c.noticeTo as string,
      daysOverdue: daysBetween(c.noticeTo as string, today),
      path: '/compete/contests'
    }))
}
