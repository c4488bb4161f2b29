import type { Database } from '@shared/model/database'
import type { Rectification } from '@shared/followup/ledger'
import type { Reminder } from '@shared/model/reminder'
import { daysPastDeadline, isDueSoon, isOverdue } from '@shared/followup/rectification-rules'
import type { ResponsibilityTarget } from '@shared/followup/targets'
import { daysBetween } from '@shared/rules/dates'
import { holderName } from './names'
import { rectificationKey } from './rectifications'

/** A ledger item as every stage's reminders are shaped (the home page, the 催办 screen, the 催办单). */
export function itemReminder(db: Readonly<Database>, item: Rectification, today: string): Reminder {
  return {
    key: rectificationKey(item.id),
    stage: 'followup',
    kind: '整改事项',
    // A 举报's words never leave the item: the home page and a 催办单 name it only as one.
    title: item.confidential ? '举报事项（内容不公开）' : item.problem.slice(0, 100),
    ownerName: holderName(db, item.owner),
    dueOn: item.deadline,
    daysOverdue: daysPastDeadline(item, today),
    path: '/followup/ledger'
  }
}

/** A check recorded up to this many days before a check date counts for it (checks are often done in the days before). */
const CHECK_EARLY_DAYS = 15

/** Check dates of the year's targets with no check recorded for them, overdue or within `withinDays`. */
function checkReminders(db: Readonly<Database>, target: ResponsibilityTarget, today: string, withinDays: number): Reminder[] {
  return target.checkDates
    .filter((day) => daysBetween(today, day) <= withinDays && !target.checks.some((c) => daysBetween(day, c.on) >= -CHECK_EARLY_DAYS))
    .map((day) => ({
      key: `followup/responsibilityTargets/${target.id}/${day}`,
      stage: 'followup',
      kind: '目标检查',
      title: target.target.slice(0, 100),
      ownerName: holderName(db, target.holder),
      dueOn: day,
      daysOverdue: daysBetween(day, today),
      path: '/followup/targets'
    }))
}

/** Ledger items overdue or due within `withinDays` (what a 催办单 is printed for by default). */
export function ledgerReminders(db: Readonly<Database>, today: string, withinDays: number): Reminder[] {
  return db.rectifications.filter((item) => isOverdue(item, today) || isDueSoon(item, today, withinDays)).map((item) => itemReminder(db, item, today))
}

/** The ledger's reminders and the target checks not yet made, for the home page and the 催办 screen. */
export function followupReminders(db: Readonly<Database>, today: string, withinDays: number): Reminder[] {
  return [...ledgerReminders(db, today, withinDays), ...db.responsibilityTargets.flatMap((target) => checkReminders(db, target, today, withinDays))]
}
