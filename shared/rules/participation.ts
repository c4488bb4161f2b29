import type { Person } from '../roster/model'

/*
 * Who takes part in the activity: one rule for every list, picker, document and seeder, so a
 * member who pledges is the member who is printed, balloted and appraised. By default: Party
 * members (probationary included) on the unit's staff and still at the unit. 离岗 (on leave)
 * members stay in: they are still the unit's members and come back.
 */

export interface Participation {
  /** 预备党员 take part (the default); they are not graded in appraisals, which ask for `false`. */
  probationary?: boolean
  /** Outside supervisors (特约监督员 from outside the unit). */
  outsiders?: boolean
  transferred?: boolean
  retired?: boolean
}

type Participant = Pick<Person, 'politicalStatus' | 'isOutsider' | 'dutyStatus' | 'deletedAt'>

export function takesPart(person: Participant, { probationary = true, outsiders = false, transferred = false, retired = false }: Participation = {}): boolean {
  if (person.deletedAt) return false
  if (person.politicalStatus !== 'member' && !(probationary && person.politicalStatus === 'probationary')) return false
  if (person.isOutsider && !outsiders) return false
  if (person.dutyStatus === 'transferred' && !transferred) return false
  if (person.dutyStatus === 'retired' && !retired) return false
  return true
}

/** Why a person does not take part, in a sentence that names them; null when they do. */
export function whyNotTakingPart(person: Participant & Pick<Person, 'name'>, participation: Participation = {}): string | null {
  if (takesPart(person, participation)) return null
  if (person.deletedAt) return `${person.name}已移到回收站`
  if (person.politicalStatus !== 'member' && person.politicalStatus !== 'probationary') return `${person.name}不是党员（含预备党员）`
  if (person.politicalStatus === 'probationary') return `${person.name}是预备党员，不参加此项`
  if (person.isOutsider) return `${person.name}是单位外的特约监督员`
  return `${person.name}已${person.dutyStatus === 'retired' ? '退休' : '调离'}`
}
