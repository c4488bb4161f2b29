import type { Database } from '@shared/model/database'
import type { MemberSelection } from './members'

/** 2026年度党员承诺公示（不动产登记窗口）.pdf: the year, the title, and who is printed when not everyone. */
export function printFileName(year: number, title: string, scope: string): string {
  return safeFileName(`${year}年度${title}${scope ? `\uff08${scope}\uff09` : ''}.pdf`)
}

/** Who a selection prints, for the file name: the team's name, the one person's name, or N人; '' for everyone. */
export function scopeLabel(db: Database, selection: MemberSelection): string {
  const { personIds, teamId } = selection
  if (personIds) return personIds.length === 1 ? (db.people.find((p) => p.id === personIds[0])?.name ?? '') : `${personIds.length}人`
  if (teamId) return db.teams.find((t) => t.id === teamId)?.name ?? ''
  return ''
}

/** Names chosen by the program, but team names come from the user: keep them legal on Windows. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
}
