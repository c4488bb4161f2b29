import type { Database } from '@shared/model/database'
import type { Team } from '@shared/roster/model'
import { conflict, invalid, notFound } from '@shared/errors'
import type { AcrossStages } from '../stage'

/*
 * People moved between teams in a batch, and one team merged into another. Pure functions of the
 * database: the handler runs each in one durable write, so a refused move or merge changes nothing.
 */

export interface Told {
  /** One sentence for the success message: what was done. */
  said: string
  /** What else changed, or stayed, because of it. */
  notes: string[]
}

/** 甲、乙和丙 */
const andList = (parts: string[]) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join('、')}和${parts[parts.length - 1]}`)

const namesOf = (people: { name: string }[], most = 5) => people.slice(0, most).map((p) => p.name).join('、') + (people.length > most ? `等${people.length}人` : '')

/** `teamId` null takes them out of any team (未分班组). All or nothing: one person gone refuses the move. */
export function movePeople(db: Database, ids: string[], teamId: string | null, now: string): { db: Database } & Told {
  const wanted = new Set(ids)
  const people = db.people.filter((p) => wanted.has(p.id) && !p.deletedAt)
  if (people.length !== wanted.size) {
    throw conflict(`所选人员中有${wanted.size - people.length}人已不在花名册中（可能刚被删除），请刷新后重新选择`)
  }
  const team = teamId === null ? null : db.teams.find((t) => t.id === teamId && !t.deletedAt)
  if (team === undefined) throw invalid('所选班组不存在或已在回收站中，请重新选择')
  const outsiders = team ? people.filter((p) => p.isOutsider) : []
  if (outsiders.length) throw invalid(`单位外的特约监督员不属于本单位班组：${namesOf(outsiders)}，请不要选择他们`)

  const already = people.filter((p) => p.teamId === teamId)
  const moving = new Set(people.filter((p) => p.teamId !== teamId).map((p) => p.id))
  const where = team ? `「${team.name}」` : '未分班组'
  const said = moving.size === 0 ? `所选人员都已在${where}，没有改动` : team ? `已把${moving.size}人移到${where}` : `已把${moving.size}人移出班组（改为未分班组）`
  return {
    db: { ...db, people: db.people.map((p) => (moving.has(p.id) ? { ...p, teamId, updatedAt: now } : p)) },
    said,
    notes: moving.size && already.length ? [`${namesOf(already)}原已在${where}，未改动`] : []
  }
}

function activeOr(db: Readonly<Database>, id: string, inBin: (team: Team) => string): Team {
  const team = db.teams.find((t) => t.id === id)
  if (!team) throw notFound('该班组')
  if (team.deletedAt) throw conflict(inBin(team))
  return team
}

/**
 * 合并班组: `fromId`'s people (those in the 回收站 too, so a restore brings them to the new team)
 * and every later stage's records of it go to `intoId`; `fromId` goes to the 回收站, keeping its
 * leader link so a restore gives it back as it was, only empty. `into` keeps its own leader; one
 * without a leader takes over the merged team's.
 */
export function mergeTeams(db: Database, fromId: string, intoId: string, now: string, stages: Pick<AcrossStages, 'mergeTeam'>): { db: Database; facts: MergeFacts } {
  if (fromId === intoId) throw invalid('不能把班组并入它自己，请选择另一个班组')
  const from = activeOr(db, fromId, (t) => `「${t.name}」在回收站中，不能合并；请先恢复该班组`)
  const into = activeOr(db, intoId, (t) => `「${t.name}」在回收站中，不能并入；请先恢复该班组或另选一个班组`)

  const active = db.people.filter((p) => p.teamId === fromId && !p.deletedAt)
  const binned = db.people.filter((p) => p.teamId === fromId && p.deletedAt)
  const notes: string[] = []
  let leaderId = into.leaderId
  const leaderName = (id: string | null) => (id ? db.people.find((p) => p.id === id && !p.deletedAt)?.name : undefined)
  const fromLeader = leaderName(from.leaderId)
  if (fromLeader && from.leaderId !== into.leaderId) {
    if (!leaderName(into.leaderId)) {
      leaderId = from.leaderId
      notes.push(`「${into.name}」原来没有分管领导，改由「${from.name}」的分管领导${fromLeader}分管`)
    } else notes.push(`「${into.name}」的分管领导仍是${leaderName(into.leaderId)}（「${from.name}」原由${fromLeader}分管）`)
  }
  if (binned.length) notes.push(`回收站中原属「${from.name}」的${binned.length}人也改属「${into.name}」，恢复后回到「${into.name}」`)

  let next: Database = {
    ...db,
    people: db.people.map((p) => (p.teamId === fromId ? { ...p, teamId: intoId, updatedAt: now } : p)),
    teams: db.teams.map((t) => (t.id === intoId ? { ...t, leaderId } : t.id === fromId ? { ...t, deletedAt: now } : t))
  }
  const staged = stages.mergeTeam(next, fromId, intoId)
  next = staged.db
  notes.push(...staged.notes)
  return { db: next, facts: { from: from.name, into: into.name, moved: [...(active.length ? [`${active.length}人`] : []), ...staged.moved], notes } }
}

export interface MergeFacts {
  from: string
  into: string
  /** What moved, counted: ['5人', '1条班组承诺']. */
  moved: string[]
  notes: string[]
}

/** 已把「运维班」的5人和1条班组承诺并入「运维检修班」, or 将把… before the user confirms. */
export function mergeTold(facts: MergeFacts, done: boolean): Told {
  const verb = done ? '已把' : '将把'
  const what = facts.moved.length ? `的${andList(facts.moved)}` : ''
  const binned = `「${facts.from}」${done ? '已' : '将'}移到回收站，可以从回收站恢复（恢复后是一个空班组）`
  return { said: `${verb}「${facts.from}」${what}并入「${facts.into}」`, notes: [...facts.notes, binned] }
}
