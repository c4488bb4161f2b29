import type { Database } from '@shared/model/database'
import { teamInputSchema, type Team, type TeamInput } from '@shared/roster/model'
import { conflict, invalid, notFound } from '@shared/errors'
import type { Stamp } from './people'

export function findActiveTeam(db: Readonly<Database>, id: string): Team {
  const team = db.teams.find((t) => t.id === id && !t.deletedAt)
  if (!team) throw notFound('该班组')
  return team
}

export function activeTeamNamed(db: Readonly<Database>, name: string, exceptId?: string): Team | undefined {
  return db.teams.find((t) => t.id !== exceptId && !t.deletedAt && t.name === name)
}

const nextOrder = (db: Readonly<Database>) => db.teams.reduce((max, t) => Math.max(max, t.order), 0) + 1

export function saveTeam(db: Database, input: TeamInput, stamp: Stamp): { db: Database; team: Team } {
  const fields = teamInputSchema.parse(input)
  const existing = fields.id ? findActiveTeam(db, fields.id) : undefined
  if (activeTeamNamed(db, fields.name, existing?.id)) throw conflict(`已有名为「${fields.name}」的班组`)
  if (fields.leaderId) {
    const leader = db.people.find((p) => p.id === fields.leaderId && !p.deletedAt)
    if (!leader) throw invalid('所选分管领导不在花名册中或已删除，请重新选择')
  }
  const team: Team = {
    id: existing?.id ?? stamp.newId(),
    name: fields.name,
    kind: fields.kind,
    leaderId: fields.leaderId ?? null,
    order: fields.order ?? existing?.order ?? nextOrder(db),
    deletedAt: null
  }
  const teams = existing ? db.teams.map((t) => (t.id === team.id ? team : t)) : [...db.teams, team]
  return { db: { ...db, teams }, team }
}

/** Refused while people work in the team: moving them is the user's decision, not ours. */
export function deleteTeam(db: Database, id: string, now: string): { db: Database; notes: string[] } {
  const team = findActiveTeam(db, id)
  const members = db.people.filter((p) => p.teamId === id && !p.deletedAt)
  if (members.length) {
    const names = members.slice(0, 3).map((p) => p.name).join('、')
    throw conflict(`「${team.name}」还有${members.length}人（${names}${members.length > 3 ? '等' : ''}），请先把他们调到其他班组再删除`)
  }
  return { db: { ...db, teams: db.teams.map((t) => (t.id === id ? { ...t, deletedAt: now } : t)) }, notes: [] }
}

export function restoreTeam(db: Database, id: string): { db: Database; notes: string[] } {
  const team = db.teams.find((t) => t.id === id && t.deletedAt)
  if (!team) throw notFound('回收站中的该班组')
  if (activeTeamNamed(db, team.name)) throw conflict(`已有名为「${team.name}」的班组，请先改名后再恢复`)
  const leaderGone = team.leaderId !== null && !db.people.some((p) => p.id === team.leaderId && !p.deletedAt)
  const notes = leaderGone ? [`「${team.name}」原分管领导已删除，请重新指定`] : []
  const restored: Team = { ...team, deletedAt: null, order: nextOrder(db), leaderId: leaderGone ? null : team.leaderId }
  return { db: { ...db, teams: db.teams.map((t) => (t.id === id ? restored : t)) }, notes }
}

export function purgeTeam(db: Database, id: string): { db: Database; notes: string[] } {
  const team = db.teams.find((t) => t.id === id && t.deletedAt)
  if (!team) throw notFound('回收站中的该班组')
  return {
    db: {
      ...db,
      teams: db.teams.filter((t) => t.id !== id),
      // People in the 回收站 may still name it; restoring them later then finds no team, not a dangling id.
      people: db.people.map((p) => (p.teamId === id ? { ...p, teamId: null } : p))
    },
    notes: []
  }
}

export function reorderTeams(db: Database, ids: string[]): Database {
  const active = db.teams.filter((t) => !t.deletedAt)
  if (ids.length !== active.length || !active.every((t) => ids.includes(t.id))) throw invalid('班组列表已变化，请刷新后重新排序')
  return { ...db, teams: db.teams.map((t) => (t.deletedAt ? t : { ...t, order: ids.indexOf(t.id) + 1 })) }
}
