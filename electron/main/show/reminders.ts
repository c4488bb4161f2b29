import type { Database } from '@shared/model/database'
import type { Reminder } from '@shared/model/reminder'
import { daysBetween } from '@shared/rules/dates'
import { deadlineDay, doneItems, RUNNING } from '@shared/rules/pledge-deadlines'
import { ownerLabel } from './pledges'

/** Pledge items not reported done, overdue or due within `withinDays`, for the home page's 待办与到期提醒. */
export function pledgeReminders(db: Readonly<Database>, today: string, withinDays: number): Reminder[] {
  return db.pledges.flatMap((pledge) => {
    if (!RUNNING.includes(pledge.status)) return []
    const done = new Set(doneItems(pledge, db.fulfilments).map((d) => d.itemId))
    return pledge.items.flatMap((item) => {
      const dueOn = deadlineDay(item.deadline, pledge.year)
      const late = daysBetween(dueOn, today)
      if (done.has(item.id) || late < -withinDays) return []
      return [{ key: `pledges/${pledge.id}/${item.id}`, stage: 'show', kind: '承诺事项', title: item.content, ownerName: ownerLabel(db, pledge), dueOn, daysOverdue: late, path: '/show/pledges' }]
    })
  })
}
