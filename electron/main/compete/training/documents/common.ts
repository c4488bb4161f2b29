import type { Database } from '@shared/model/database'

/* What both documents of this part print alike: dates as tables carry them, people in roster order. */

/** 五号: a table of nine or ten columns on landscape A4 keeps its text columns wide enough to read. */
export const TABLE_FONT = 10.5

/** 2026-03-01 → 2026.03.01, the short form of dates in a table's cells. */
export const dotted = (day: string) => day.replaceAll('-', '.')

/** A person's place in the roster: team order, then the team's leader, then roster order (as lists of people print). */
export function rosterRank(db: Readonly<Database>): (personId: string | null) => number {
  const teams = new Map(db.teams.map((t) => [t.id, t]))
  const rank = new Map<string, number>()
  db.people.forEach((p, index) => {
    const team = p.teamId ? teams.get(p.teamId) : undefined
    const teamOrder = team ? team.order : 10_000
    rank.set(p.id, teamOrder * 100_000 + (team?.leaderId === p.id ? 0 : 1) * 10_000 + index)
  })
  return (id) => (id ? (rank.get(id) ?? Number.MAX_SAFE_INTEGER) : Number.MAX_SAFE_INTEGER)
}

/** 岗位, else the posts held, for a 职务 column. */
export function postOf(db: Readonly<Database>, personId: string | null): string {
  const person = db.people.find((p) => p.id === personId)
  if (!person) return ''
  return person.post || [person.partyPost, person.adminPost].filter(Boolean).join('、')
}
