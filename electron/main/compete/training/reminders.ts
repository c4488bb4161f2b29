import type { Database } from '@shared/model/database'
import type { Reminder } from '@shared/model/reminder'
import { daysOverdue, needsReminder } from '@shared/compete/training/rules'
import { personName } from './names'

/** Where the home page sends the officer for a plan; the key tells that screen which plan to open. */
export const TRAINING_PLANS_PATH = '/compete/training/plans'

/** Open training plans overdue or due within `withinDays`, for the home page's 待办与到期提醒. */
export function trainingReminders(db: Readonly<Database>, today: string, withinDays: number): Reminder[] {
  // A trainee moved to the 回收站 has left the unit's work: the plan waits there with them, unreminded.
  return db.trainingPlans
    .filter((plan) => needsReminder(plan, today, withinDays) && !db.people.find((p) => p.id === plan.personId)?.deletedAt)
    .map((plan) => ({
      key: `trainingPlans/${plan.id}`,
      stage: 'compete',
      kind: '人才培养计划',
      title: plan.target,
      ownerName: personName(db, plan.personId),
      dueOn: plan.dueOn,
      daysOverdue: daysOverdue(plan, today),
      path: TRAINING_PLANS_PATH
    }))
}
