import { z } from 'zod'
import type { Database } from '@shared/model/database'
import { GENDER_LABELS, POLITICAL_STATUS_LABELS, TEAM_KIND_LABELS } from '@shared/roster/model'
import type { NomineeKind, Selection } from '@shared/compete/selections/model'
import type { PrintControl } from '@shared/model/print'
import { nominationsOf, noticeToOf, titleName } from '../view'

/*
 * What the 评选 documents print of a selection and its nominees, gathered as plain data for the
 * print worker (names, teams and posts as the roster has them now).
 */

export const SELECTION_GROUP = '比业绩 · 评选'

/** Which of the year's selections a document covers. */
export const whichOption = (choices: readonly [string, ...string[]], fallback: string) => z.enum(choices).default(fallback)
export const whichControl = (choices: { value: string; label: string }[]): PrintControl => ({ kind: 'choice', field: 'which', label: '评选范围', look: 'radios', choices })

export interface PrintNominee {
  kind: NomineeKind
  name: string
  teamName: string
  post: string
  gender: string
  birth: string
  politicalStatus: string
  /** A team nominee's head (班组长、窗口负责人) as the roster names its leader. */
  leaderName: string
  memberCount: number
}

export interface PrintNomination {
  nominee: PrintNominee
  recommendedBy: string
  reasons: string
  deeds: string
  votes: number[] | null
  decision: 'elected' | 'notElected' | null
}

export interface PrintSelection {
  id: string
  year: number
  titleName: string
  nomineeKind: NomineeKind
  criteria: string
  quota: number
  choices: string[]
  limitFavourable: boolean
  meeting: string
  meetingDate: string
  entitled: number
  valid: number | null
  decidedOn: string
  noticeFrom: string | null
  noticeTo: string | null
  noticeDays: number
  nominations: PrintNomination[]
}

function nomineeOf(db: Readonly<Database>, kind: NomineeKind, id: string): PrintNominee {
  if (kind === 'team') {
    const team = db.teams.find((t) => t.id === id)
    const leader = db.people.find((p) => p.id === team?.leaderId)
    const members = db.people.filter((p) => p.teamId === id && !p.deletedAt).length
    return { kind, name: team?.name ?? '（已删除班组）', teamName: team ? TEAM_KIND_LABELS[team.kind] : '', post: '', gender: '', birth: '', politicalStatus: '', leaderName: leader?.name ?? '', memberCount: members }
  }
  const person = db.people.find((p) => p.id === id)
  return {
    kind,
    name: person?.name ?? '（已删除人员）',
    teamName: db.teams.find((t) => t.id === person?.teamId)?.name ?? '',
    post: person?.post ?? '',
    gender: person?.gender ? GENDER_LABELS[person.gender] : '',
    birth: person?.birth ?? '',
    politicalStatus: person ? POLITICAL_STATUS_LABELS[person.politicalStatus] : '',
    leaderName: '',
    memberCount: 0
  }
}

export function printSelection(db: Readonly<Database>, selection: Selection): PrintSelection {
  const title = db.selectionTitles.find((t) => t.id === selection.titleId)
  return {
    id: selection.id,
    year: selection.year,
    titleName: titleName(db, selection),
    nomineeKind: title?.nominee ?? 'person',
    criteria: title?.criteria ?? '',
    quota: selection.quota,
    choices: selection.ballot.choices,
    limitFavourable: selection.ballot.limitFavourable,
    meeting: selection.meeting,
    meetingDate: selection.meetingDate,
    entitled: selection.entitled,
    valid: selection.tally?.valid ?? null,
    decidedOn: selection.decidedOn,
    noticeFrom: selection.noticeFrom,
    noticeTo: noticeToOf(selection),
    noticeDays: selection.noticeDays,
    nominations: nominationsOf(db, selection.id).map((n) => ({
      nominee: nomineeOf(db, n.nomineeKind, n.nomineeId),
      recommendedBy: n.recommendedBy,
      reasons: n.reasons,
      deeds: n.deeds,
      votes: n.votes,
      decision: n.decision
    }))
  }
}

/** The year's selections in title order. */
export function yearSelections(db: Readonly<Database>, year: number): Selection[] {
  const order = new Map(db.selectionTitles.map((t) => [t.id, t.order]))
  return db.selections.filter((s) => s.year === year).sort((a, b) => (order.get(a.titleId) ?? 0) - (order.get(b.titleId) ?? 0))
}
