import type { ImportAction, ImportResult, ImportRow, ImportTeamHint } from '@shared/roster/contract'
import type { Database } from '@shared/model/database'
import { GENDER_LABELS, POLITICAL_STATUS_LABELS, personInputSchema, type Person, type Team, type TeamKind } from '@shared/roster/model'
import { conflict, invalid } from '@shared/errors'
import { describeZodError } from '@shared/validation'
import { z } from 'zod'
import type { ParsedRoster, ParsedRow } from '../excel/read-roster'
import { missingGlyphs } from '../print/coverage'
import type { Stamp } from './people'
import { activeTeams } from './rows'
import { similarTeams } from './similar-teams'
import { activeTeamNamed } from './teams'

/*
 * What an import would do, row by row, against the roster as it is now: new person, update of the
 * person it matches (same 身份证号, or same 姓名 and 出生年月), or skip. The same plan is computed again
 * at commit time, so a roster changed in between is noticed instead of overwritten.
 */

export interface ImportPlan {
  rows: ImportRow[]
  notices: string[]
  teamHints: ImportTeamHint[]
}

const sameMonth = (a: string, b: string) => a !== '' && b !== '' && (a.startsWith(b) || b.startsWith(a))

/** People by 身份证号 (the 回收站 included) and active people by name: thousands of rows look up here. */
interface RosterIndex {
  byIdNumber: Map<string, Person>
  byName: Map<string, Person[]>
}

function indexRoster(db: Readonly<Database>): RosterIndex {
  const byIdNumber = new Map<string, Person>()
  const byName = new Map<string, Person[]>()
  for (const p of db.people) {
    if (p.idNumber && !byIdNumber.has(p.idNumber)) byIdNumber.set(p.idNumber, p)
    if (!p.deletedAt) byName.set(p.name, [...(byName.get(p.name) ?? []), p])
  }
  return { byIdNumber, byName }
}

function matchPerson(index: RosterIndex, row: ParsedRow): { match: ImportRow['match']; error?: string; warning?: string } {
  const { idNumber = '', name = '', birth = '' } = row.values
  if (idNumber) {
    const same = index.byIdNumber.get(idNumber)
    if (same?.deletedAt) return { match: null, error: `身份证号与回收站中的「${same.name}」相同，请先到回收站恢复或彻底删除该人员` }
    if (same) return { match: { id: same.id, name: same.name, by: 'idNumber' } }
  }
  const namesakes = index.byName.get(name) ?? []
  const twin = namesakes.find((p) => sameMonth(p.birth, birth) && (!idNumber || !p.idNumber))
  if (twin) return { match: { id: twin.id, name: twin.name, by: 'nameBirth' } }
  if (namesakes.length && !birth) return { match: null, warning: `花名册中已有同名人员「${name}」，本行没有出生年月无法比对，请核对是否为同一人` }
  return { match: null }
}

function displayValues(row: ParsedRow): ImportRow['values'] {
  const v = row.values
  return {
    gender: v.gender ? GENDER_LABELS[v.gender] : '',
    birth: v.birth ?? '',
    politicalStatus: v.politicalStatus ? POLITICAL_STATUS_LABELS[v.politicalStatus] : '',
    teamName: v.teamName ?? '',
    post: v.post ?? '',
    phone: v.phone ?? '',
    idNumber: v.idNumber ?? ''
  }
}

export function planImport(db: Readonly<Database>, parsed: ParsedRoster): ImportPlan {
  const seen = new Map<string, number>()
  const index = indexRoster(db)
  const rows = parsed.rows.map((row): ImportRow => {
    const name = row.values.name ?? ''
    const base = { row: row.row, name, missingGlyphs: missingGlyphs(name), values: displayValues(row), match: null, errors: [...row.errors], warnings: [...row.warnings] }
    const skipOnly = { ...base, action: 'skip' as const, choices: ['skip' as const] }
    if (row.ignored) return { ...skipOnly, warnings: [`${row.ignored}，不导入`] }
    if (row.errors.length) return skipOnly
    const { match, error, warning } = matchPerson(index, row)
    if (error) return { ...skipOnly, errors: [error] }
    if (warning) base.warnings.push(warning)
    const mergeError = match ? mergeProblem(db, match.id, row) : null
    if (mergeError) return { ...skipOnly, match, errors: [mergeError] }
    const keys = [
      row.values.idNumber ? `id:${row.values.idNumber}` : '',
      row.values.birth ? `nb:${row.values.name}|${row.values.birth.slice(0, 7)}` : '',
      match ? `match:${match.id}` : ''
    ].filter(Boolean)
    const earlier = keys.map((k) => seen.get(k)).find((n) => n !== undefined)
    if (earlier !== undefined) return { ...skipOnly, match, warnings: [...base.warnings, `与第${earlier}行是同一人，不重复导入`] }
    for (const k of keys) seen.set(k, row.row)
    return match ? { ...base, match, action: 'update', choices: ['update', 'skip'] } : { ...base, action: 'new', choices: ['new', 'skip'] }
  })
  const newTeams = new Map<string, number>()
  for (const row of rows) {
    const team = row.values.teamName
    if (row.action !== 'skip' && team && !activeTeamNamed(db, team)) newTeams.set(team, (newTeams.get(team) ?? 0) + 1)
  }
  const teams = activeTeams(db)
  const teamHints: ImportTeamHint[] = []
  const plainlyNew: string[] = []
  for (const [name, people] of newTeams) {
    const similar = similarTeams(name, teams)
    if (similar.length) teamHints.push({ name, people, similar: similar.map((t) => ({ id: t.id, name: t.name })) })
    else plainlyNew.push(`${name}（${people}人）`)
  }
  const notices = [...parsed.notices]
  // Teams with a 相近班组 are told in `teamHints`, with the choice that goes with them.
  if (plainlyNew.length) notices.push(`将新建班组：${plainlyNew.join('、')}`)
  return { rows, notices, teamHints }
}

/** An update must leave a valid person: imported values laid over what the roster already has. */
function mergeProblem(db: Readonly<Database>, id: string, row: ParsedRow): string | null {
  const before = db.people.find((p) => p.id === id)!
  const { teamName, ...values } = row.values
  const checked = personInputSchema.safeParse({ ...before, ...values, teamId: teamName ? 'imported-team' : before.teamId })
  return checked.success ? null : `与花名册中「${before.name}」的已有信息合并后有误：${describeZodError(checked.error)}`
}

export function summarize(rows: ImportRow[]) {
  const count = (action: ImportAction) => rows.filter((r) => r.action === action).length
  return { rows: rows.length, new: count('new'), update: count('update'), skip: count('skip'), errors: rows.filter((r) => r.errors.length).length }
}

export function teamKindForName(name: string): TeamKind {
  if (name.includes('窗口')) return 'window'
  if (/(部|科|室|处|办|中心|股)$/.test(name)) return 'department'
  return 'team'
}

export interface ImportChoice {
  row: number
  action: ImportAction
}

/** A 相近班组 of the file the user maps onto the existing team `into`. */
export interface TeamChoice {
  name: string
  into: string
}

/** Name in the file → existing team id, checked against the hints of the plan just made. */
function teamMapping(plan: ImportPlan, teams: TeamChoice[]): Map<string, string> {
  const mapping = new Map<string, string>()
  for (const { name, into } of teams) {
    const hint = plan.teamHints.find((h) => h.name === name)
    if (!hint || !hint.similar.some((t) => t.id === into)) throw conflict(`「${name}」不能并入所选的班组（班组已有变化），请重新预览后再选择`)
    mapping.set(name, into)
  }
  return mapping
}

/**
 * The whole import as one new database, or an error that names the row: all or nothing.
 * `proposed` is the plan the user saw; if the roster changed since, the user must look again.
 */
export function applyImport(
  db: Database,
  parsed: ParsedRoster,
  proposed: ImportRow[],
  choices: ImportChoice[],
  stamp: Stamp,
  teamChoices: TeamChoice[] = []
): { db: Database; result: ImportResult } {
  const plan = planImport(db, parsed)
  const changed = plan.rows.some((row, i) => row.action !== proposed[i]?.action || row.match?.id !== proposed[i]?.match?.id)
  if (changed || plan.rows.length !== proposed.length) throw conflict('预览之后花名册已有变化，请重新预览后再确认导入')

  const chosen = new Map(choices.map((c) => [c.row, c.action]))
  const mapped = teamMapping(plan, teamChoices)
  const teams = [...db.teams]
  const teamsCreated: string[] = []
  const teamsMapped: ImportResult['teamsMapped'] = []
  const teamIdFor = (name: string | undefined): string | null | undefined => {
    if (!name) return undefined
    const into = mapped.get(name)
    if (into) {
      if (!teamsMapped.some((m) => m.name === name)) teamsMapped.push({ name, into: teams.find((t) => t.id === into)!.name })
      return into
    }
    const existing = teams.find((t) => !t.deletedAt && t.name === name)
    if (existing) return existing.id
    const order = teams.reduce((max, t) => Math.max(max, t.order), 0) + 1
    const team: Team = { id: stamp.newId(), name, kind: teamKindForName(name), leaderId: null, order, deletedAt: null }
    teams.push(team)
    teamsCreated.push(name)
    return team.id
  }

  const people = [...db.people]
  const positions = new Map(people.map((p, i) => [p.id, i]))
  const idNumbers = new Map(people.filter((p) => p.idNumber).map((p) => [p.idNumber, p]))
  const result = { added: 0, updated: 0, skipped: 0 }
  parsed.rows.forEach((row, i) => {
    const planned = plan.rows[i]
    const action = chosen.get(row.row) ?? planned.action
    if (!planned.choices.includes(action)) throw invalid(`第${row.row}行不能选择“${action === 'new' ? '新增' : '更新'}”`)
    if (action === 'skip') return void result.skipped++
    const { teamName, ...values } = row.values
    const teamId = teamIdFor(teamName)
    const at = planned.match ? (positions.get(planned.match.id) ?? -1) : -1
    const before = at >= 0 ? people[at] : undefined
    const merged = { ...before, ...values, teamId: teamId === undefined ? (before?.teamId ?? null) : teamId }
    const twin = merged.idNumber ? idNumbers.get(merged.idNumber) : undefined
    if (twin && twin.id !== before?.id) throw conflict(`第${row.row}行：身份证号与「${twin.name}」相同`)
    const person: Person = { ...checkedFields(row.row, merged), id: before?.id ?? stamp.newId(), deletedAt: null, createdAt: before?.createdAt ?? stamp.now, updatedAt: stamp.now }
    if (before?.idNumber && before.idNumber !== person.idNumber) idNumbers.delete(before.idNumber)
    if (person.idNumber) idNumbers.set(person.idNumber, person)
    if (before) {
      people[at] = person
      result.updated++
    } else {
      people.push(person)
      result.added++
    }
  })
  return { db: { ...db, people, teams }, result: { ...result, teamsCreated, teamsMapped } }
}

function checkedFields(row: number, fields: object) {
  try {
    const { id: _id, ...checked } = personInputSchema.parse(fields)
    return checked
  } catch (error) {
    if (error instanceof z.ZodError) throw invalid(`第${row}行：${describeZodError(error)}`)
    throw error
  }
}
