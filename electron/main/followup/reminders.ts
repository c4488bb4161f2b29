import type { Database } from '@shared/model/database'
import type { Reminder } from '@shared/model/reminder'
import { daysPastDeadline, isDueSoon, isOverdue } from '@shared/followup/rectification-rules'
import { holderName } from './names'
import { rectificationKey } from './rectifications'

/** Ledger items overdue or due within `withinDays`, for the home page and the 催办 screen. */
export function followupReminders(db: Readonly<Database>, today: string, withinDays: number): Reminder[] {
  return db.rectifications
    .filter((item) => isOverdue(item, today) || isDueSoon(item, today, withinDays))
    .map((item) => ({
      key: rectificationKey(item.id),
      stage: 'followup',
      kind: '整改事项',
      title: item.problem.slice(0, 100),
      ownerName: holderName(db, item.owner),
      dueOn: item.deadline,
      daysOverdue: daysPastDeadline(item, today),
      path: '/followup/ledger'
    }))
}
