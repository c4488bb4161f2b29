import type { z } from 'zod'
import type { Database } from '@shared/model/database'
import { conflict, invalid } from '@shared/errors'
import type { decideInputSchema, tallyInputSchema } from '@shared/compete/selections/contract'
import type { Selection } from '@shared/compete/selections/model'
import { checkTally } from '@shared/rules/ballot-tally'
import { checkDecisions } from '@shared/rules/selection-decisions'
import { findSelection, refuseIfPublished } from './locks'
import type { Stamp } from './stamp'
import { nominationsOf, nomineeName, selectionView } from './view'

/*
 * The tally and the meeting's decisions, each saved whole in one change: figures that do not add
 * up are refused with the sentence the form showed while typing; a void round is kept as such.
 */

export function saveTally(db: Database, input: z.output<typeof tallyInputSchema>, stamp: Stamp): { db: Database; selection: Selection } {
  const selection = findSelection(db, input.id)
  refuseIfPublished(selection)
  const nominations = nominationsOf(db, selection.id)
  if (!nominations.length) throw conflict('还没有被推荐人，无法计票')
  if (nominations.some((n) => n.decision)) throw conflict('已记录会议决定，不能修改计票；如需重新计票，请先清除计票（会议决定一并清除）')
  const typed = new Map(input.votes.map((v) => [v.nominationId, v.counts]))
  const stranger = input.votes.find((v) => !nominations.some((n) => n.id === v.nominationId))
  if (stranger) throw invalid('得票中有不属于本评选的被推荐人，请刷新后重新录入')
  const round = { entitled: input.entitled, issued: input.issued, returned: input.returned, valid: input.valid, void: input.void }
  const check = checkTally(round, nominations.map((n) => ({ id: n.id, name: nomineeName(db, n), counts: typed.get(n.id) ?? null })), {
    choices: selection.ballot.choices,
    quota: selection.quota,
    limitFavourable: selection.ballot.limitFavourable
  })
  if (!check.verdict) throw invalid(check.issues.map((issue) => issue.message).join('；'))
  const counted = check.verdict === 'valid'
  const saved: Selection = {
    ...selection,
    entitled: input.entitled,
    tally: { issued: input.issued, returned: input.returned, valid: input.valid, void: input.void, enteredAt: stamp.now },
    updatedAt: stamp.now
  }
  return {
    db: {
      ...db,
      selections: db.selections.map((s) => (s.id === saved.id ? saved : s)),
      // A void round counts no one's votes.
      nominations: db.nominations.map((n) => (n.selectionId === saved.id ? { ...n, votes: counted ? [...typed.get(n.id)!] : null, updatedAt: stamp.now } : n))
    },
    selection: saved
  }
}

/** Clears the figures and the decisions made on them; the reason is kept in the history. */
export function clearTally(db: Database, id: string, reason: string, stamp: Stamp): { db: Database; selection: Selection } {
  const selection = findSelection(db, id)
  refuseIfPublished(selection)
  if (!selection.tally) throw conflict('该评选还没有录入计票')
  const cleared: Selection = { ...selection, tally: null, decidedOn: '', history: [...selection.history, { at: stamp.now, action: 'clearTally', note: reason }], updatedAt: stamp.now }
  return {
    db: {
      ...db,
      selections: db.selections.map((s) => (s.id === id ? cleared : s)),
      nominations: db.nominations.map((n) => (n.selectionId === id ? { ...n, votes: null, decision: null, decisionNote: '', updatedAt: stamp.now } : n))
    },
    selection: cleared
  }
}

export function decide(db: Database, input: z.output<typeof decideInputSchema>, stamp: Stamp): { db: Database; selection: Selection } {
  const selection = findSelection(db, input.id)
  refuseIfPublished(selection)
  const view = selectionView(db, selection, stamp.today)
  const given = new Map(input.decisions.map((d) => [d.nominationId, d]))
  if (input.decisions.some((d) => !view.nominations.some((n) => n.id === d.nominationId))) throw invalid('会议决定中有不属于本评选的被推荐人，请刷新后重新录入')
  const entries = view.nominations.map((n) => ({
    id: n.id,
    name: n.nomineeName,
    decision: given.get(n.id)?.decision ?? null,
    note: given.get(n.id)?.note ?? '',
    suggestion: n.result?.suggestion ?? null
  }))
  const issues = checkDecisions(entries, selection.quota, view.tallyCheck?.verdict ?? null)
  if (issues.length) throw invalid(issues.map((issue) => issue.message).join('；'))
  const decided: Selection = { ...selection, decidedOn: input.decidedOn, updatedAt: stamp.now }
  const byId = new Map(entries.map((e) => [e.id, e]))
  return {
    db: {
      ...db,
      selections: db.selections.map((s) => (s.id === decided.id ? decided : s)),
      nominations: db.nominations.map((n) => {
        const entry = byId.get(n.id)
        return entry ? { ...n, decision: entry.decision, decisionNote: entry.note, updatedAt: stamp.now } : n
      })
    },
    selection: decided
  }
}
