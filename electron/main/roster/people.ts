import type { Database } from '@shared/model/database'
import { personInputSchema, type Person, type PersonInput } from '@shared/roster/model'
import { conflict, invalid, notFound } from '@shared/errors'
import { normalizeIdNumber } from '@shared/rules/id-number'

/*
 * Changes to people as pure functions of the database: the handler runs them inside one
 * `store.update`, so a refused change writes nothing.
 */

export interface Stamp {
  now: string
  newId: () => string
}

export function findActivePerson(db: Readonly<Database>, id: string): Person {
  const person = db.people.find((p) => p.id === id && !p.deletedAt)
  if (!person) throw notFound('该人员')
  return person
}

/** Another person (in the 回收站 too) with the same 身份证号, which would make two records of one person. */
export function sameIdNumber(db: Readonly<Database>, idNumber: string, exceptId?: string): Person | undefined {
  if (!idNumber) return undefined
  return db.people.find((p) => p.id !== exceptId && p.idNumber === idNumber)
}

export function savePerson(db: Database, input: PersonInput, stamp: Stamp): { db: Database; person: Person } {
  const fields = personInputSchema.parse(input)
  const existing = fields.id ? findActivePerson(db, fields.id) : undefined
  const idNumber = normalizeIdNumber(fields.idNumber)
  if (fields.teamId && !db.teams.some((t) => t.id === fields.teamId && !t.deletedAt)) throw invalid('所选班组不存在或已删除，请重新选择')
  const twin = sameIdNumber(db, idNumber, existing?.id)
  if (twin) throw conflict(`身份证号与「${twin.name}」相同${twin.deletedAt ? '（该人员在回收站中，可到回收站恢复）' : ''}`)
  const person: Person = {
    ...fields,
    idNumber,
    id: existing?.id ?? stamp.newId(),
    deletedAt: null,
    createdAt: existing?.createdAt ?? stamp.now,
    updatedAt: stamp.now
  }
  const people = existing ? db.people.map((p) => (p.id === person.id ? person : p)) : [...db.people, person]
  return { db: { ...db, people }, person }
}

/** To the 回收站. A team whose leader this was loses the link rather than point at a deleted person. */
export function deletePerson(db: Database, id: string, now: string): { db: Database; notes: string[] } {
  const person = findActivePerson(db, id)
  const led = db.teams.filter((t) => t.leaderId === id)
  const notes = led.filter((t) => !t.deletedAt).map((t) => `已取消${person.name}「${t.name}」分管领导的身份`)
  return {
    db: {
      ...db,
      people: db.people.map((p) => (p.id === id ? { ...p, deletedAt: now, updatedAt: now } : p)),
      teams: db.teams.map((t) => (t.leaderId === id ? { ...t, leaderId: null } : t))
    },
    notes
  }
}

export function restorePerson(db: Database, id: string, now: string): { db: Database; notes: string[] } {
  const person = db.people.find((p) => p.id === id && p.deletedAt)
  if (!person) throw notFound('回收站中的该人员')
  const team = person.teamId ? db.teams.find((t) => t.id === person.teamId) : undefined
  const teamGone = person.teamId !== null && (!team || team.deletedAt !== null)
  const notes = teamGone ? [`${person.name}原来所在的班组${team ? `「${team.name}」` : ''}已删除，已改为未分班组`] : []
  const restored: Person = { ...person, deletedAt: null, updatedAt: now, teamId: teamGone ? null : person.teamId }
  return { db: { ...db, people: db.people.map((p) => (p.id === id ? restored : p)) }, notes }
}

/**
 * Gone for good: only from the 回收站, and only once no record of a later stage needs them (see
 * each stage's `references` in electron/main/stages.ts); what only they owned goes with them (each
 * stage's `purge`). Their photo file stays for older backups (see store/photo-sweep.ts).
 */
export function purgePerson(db: Database, id: string): { db: Database; person: Person; notes: string[] } {
  const person = db.people.find((p) => p.id === id && p.deletedAt)
  if (!person) throw notFound('回收站中的该人员')
  return {
    db: {
      ...db,
      people: db.people.filter((p) => p.id !== id),
      // Deleted teams may still name this person as leader; nothing may point at a purged record.
      teams: db.teams.map((t) => (t.leaderId === id ? { ...t, leaderId: null } : t))
    },
    person,
    notes: []
  }
}
