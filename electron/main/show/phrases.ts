import type { z } from 'zod'
import type { Database } from '@shared/model/database'
import { invalid, notFound } from '@shared/errors'
import { tipPhraseDraftSchema, type TipAssignment, type TipPhrase } from '@shared/show/model'
import { DEFAULT_TIP_PHRASES } from '@shared/show/tip-phrases'

/* The 温馨提示牌 phrase library and who puts which phrases on the desk. Pure changes. */

export function savePhrase(db: Database, draft: z.output<typeof tipPhraseDraftSchema>, newId: () => string): { db: Database; phrase: TipPhrase } {
  const existing = draft.id ? db.tipPhrases.find((p) => p.id === draft.id) : undefined
  if (draft.id && !existing) throw notFound('该提示语')
  const phrase: TipPhrase = { ...draft, id: existing?.id ?? newId(), builtIn: existing?.builtIn ?? false }
  const tipPhrases = existing ? db.tipPhrases.map((p) => (p.id === phrase.id ? phrase : p)) : [...db.tipPhrases, phrase]
  return { db: { ...db, tipPhrases }, phrase }
}

/** Deleting a phrase also takes it off every member's desk. */
export function deletePhrase(db: Database, id: string): Database {
  if (!db.tipPhrases.some((p) => p.id === id)) throw notFound('该提示语')
  return {
    ...db,
    tipPhrases: db.tipPhrases.filter((p) => p.id !== id),
    tipAssignments: db.tipAssignments.map((a) => ({ ...a, phraseIds: a.phraseIds.filter((p) => p !== id) })).filter((a) => a.phraseIds.length)
  }
}

/** Built-in phrases back as shipped, in their places; the user's own phrases are kept after them. */
export function restoreDefaultPhrases(db: Database): Database {
  const builtInIds = new Set<string>(DEFAULT_TIP_PHRASES.map((p) => p.id))
  return { ...db, tipPhrases: [...DEFAULT_TIP_PHRASES.map((p) => ({ ...p })), ...db.tipPhrases.filter((p) => !builtInIds.has(p.id))] }
}

/** Replaces a member's phrases; an empty list removes the assignment. */
export function assignPhrases(db: Database, assignment: TipAssignment): Database {
  if (!db.people.some((p) => p.id === assignment.personId && !p.deletedAt)) throw notFound('该人员')
  const known = new Set(db.tipPhrases.map((p) => p.id))
  if (assignment.phraseIds.some((id) => !known.has(id))) throw invalid('所选提示语不存在，请刷新后重选')
  const phraseIds = [...new Set(assignment.phraseIds)]
  const others = db.tipAssignments.filter((a) => a.personId !== assignment.personId)
  return { ...db, tipAssignments: phraseIds.length ? [...others, { personId: assignment.personId, phraseIds }] : others }
}
