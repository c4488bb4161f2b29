import type { z } from 'zod'
import type { Database } from '@shared/model/database'
import { conflict, invalid, notFound } from '@shared/errors'
import type { Nomination, nominationDraftSchema } from '@shared/compete/selections/model'
import { findSelection, refuseIfCounted, refuseIfPublished } from './locks'
import type { Stamp } from './stamp'
import { nomineeName } from './view'

/* Nominations (推荐): who is put forward for a selection, why, and their 事迹材料. */

export function saveNomination(db: Database, draft: z.output<typeof nominationDraftSchema>, stamp: Stamp): { db: Database; nomination: Nomination } {
  const existing = draft.id ? db.nominations.find((n) => n.id === draft.id) : undefined
  if (draft.id && !existing) throw notFound('该推荐')
  const selection = findSelection(db, existing?.selectionId ?? draft.selectionId)
  refuseIfPublished(selection)
  const title = db.selectionTitles.find((t) => t.id === selection.titleId)
  if (!title) throw invalid('该评选的称号已被删除')
  if (!existing || existing.nomineeId !== draft.nomineeId) {
    refuseIfCounted(selection, existing ? '更换被推荐人' : '增加被推荐人')
    checkNominee(db, title.nominee, title.membersOnly, draft.nomineeId, title.name)
  }
  const twin = db.nominations.find((n) => n.id !== existing?.id && n.selectionId === selection.id && n.nomineeId === draft.nomineeId)
  if (twin) throw conflict(`${nomineeName(db, twin)}已被推荐，请在原推荐上修改`)
  const nomination: Nomination = {
    votes: null,
    decision: null,
    decisionNote: '',
    createdAt: stamp.now,
    ...existing,
    ...draft,
    selectionId: selection.id,
    nomineeKind: title.nominee,
    id: existing?.id ?? stamp.newId(),
    updatedAt: stamp.now
  }
  const nominations = existing ? db.nominations.map((n) => (n.id === nomination.id ? nomination : n)) : [...db.nominations, nomination]
  return { db: { ...db, nominations }, nomination }
}

function checkNominee(db: Database, kind: 'person' | 'team', membersOnly: boolean, id: string, titleName: string) {
  if (kind === 'team') {
    if (!db.teams.some((t) => t.id === id && !t.deletedAt)) throw invalid(`“${titleName}”评选集体，请选择一个班组或窗口`)
    return
  }
  const person = db.people.find((p) => p.id === id && !p.deletedAt)
  if (!person) throw invalid(`“${titleName}”评选个人，请选择花名册中的人员`)
  if (person.isOutsider) throw invalid(`${person.name}是单位外人员，不能被推荐`)
  if (membersOnly && person.politicalStatus !== 'member' && person.politicalStatus !== 'probationary') throw invalid(`“${titleName}”只评选党员，${person.name}不是党员`)
}

export function deleteNomination(db: Database, id: string): { db: Database; selectionId: string } {
  const nomination = db.nominations.find((n) => n.id === id)
  if (!nomination) throw notFound('该推荐')
  const selection = findSelection(db, nomination.selectionId)
  refuseIfPublished(selection)
  refuseIfCounted(selection, '删除推荐')
  return { db: { ...db, nominations: db.nominations.filter((n) => n.id !== id) }, selectionId: selection.id }
}
