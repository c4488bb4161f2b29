import type { Database } from '@shared/model/database'
import type { Reminder } from '@shared/model/reminder'
import { daysBetween } from '@shared/rules/dates'
import { nominationsOf, nomineeName, noticeToOf, selectionLabel } from './view'

const PATH = '/compete/selections'

/**
 * For the home page: a 公示 ending within `withinDays` (the results may then be reported and the
 * titles awarded), and a 测评会 held whose tally is not typed yet.
 */
export function selectionReminders(db: Readonly<Database>, today: string, withinDays: number): Reminder[] {
  const reminders: Reminder[] = []
  for (const selection of db.selections) {
    const label = selectionLabel(db, selection)
    const noticeTo = noticeToOf(selection)
    if (noticeTo) {
      const ahead = daysBetween(today, noticeTo)
      if (ahead >= 0 && ahead <= withinDays) {
        const elected = nominationsOf(db, selection.id).filter((n) => n.decision === 'elected')
        reminders.push({ key: `selections/${selection.id}/notice`, stage: 'compete', kind: '评选结果公示期', title: `${label}结果公示期满`, ownerName: elected.map((n) => nomineeName(db, n)).join('、'), dueOn: noticeTo, daysOverdue: -ahead, path: PATH })
      }
    } else if (!selection.tally && selection.meetingDate && selection.meetingDate <= today) {
      reminders.push({ key: `selections/${selection.id}/tally`, stage: 'compete', kind: '民主测评计票', title: `${label}：${selection.meeting}已召开，尚未录入计票`, ownerName: '', dueOn: selection.meetingDate, daysOverdue: daysBetween(selection.meetingDate, today), path: PATH })
    }
  }
  return reminders
}
