import type { Database } from '@shared/model/database'
import type { Rectification } from '@shared/followup/ledger'
import type { Reminder } from '@shared/model/reminder'
import { daysPastDeadline, isDueSoon, isOverdue } from '@shared/followup/rectification-rules'
import { holderName } from './names'
import { rectificationKey } from './rectifications'

/** A ledger item as every stage's reminders are shaped (the home page, the 催办 screen, the 催办单). */
export function itemReminder(db: Readonly<Database>, item: Rectification, today: string): Reminder {
  return {
    key: rectificationKey(item.id),
    stage: 'followup',
    kind: '整改事项',
    title: item.problem.slice(0, 100),
    ownerName: holderName(db, item.owner),
    dueOn: item.deadline,
    daysOverdue: daysPastDeadline(item, today),
    path: '/followup/ledger'
  }
}

/** Ledger items overdue or due within `withinDays`, for the home page and the 催办 screen. */
export function followupReminders(db: Readonly<Database>, today: string, withinDays: number): Reminder[] {
  return db.rectifications.filter((item) => isOverdue(item, today) || isDueSoon(item, today, withinDays)).map((item) => itemReminder(db, item, today))
}
