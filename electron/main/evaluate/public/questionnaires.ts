import type { Database } from '@shared/model/database'
import { conflict, invalid, notFound } from '@shared/errors'
import type { QuestionnaireView } from '@shared/evaluate/public/contract'
import {
  OBJECT_KIND_LABELS,
  type PublicResponse,
  type PublicTally,
  type Questionnaire,
  type ReviewObject,
  questionnaireDraftSchema,
  responseDraftSchema,
  tallyDraftSchema
} from '@shared/evaluate/public/model'
import { tallyProblem } from '@shared/rules/satisfaction'
import type { z } from 'zod'
import { findRound, roundName, type Stamp } from './rounds'

/*
 * Questionnaires, keyed responses and tallies as pure changes of the database. Once paper is
 * entered, what a mark means (the dimensions, the scale, the respondent kinds, the open questions)
 * is fixed: the formula, the bands and the minimum may still change, and the results say so.
 */

export function findQuestionnaire(db: Readonly<Database>, id: string): Questionnaire {
  const q = db.questionnaires.find((x) => x.id === id)
  if (!q) throw notFound('该评议问卷')
  return q
}

/** Keyed plus tallied papers of a questionnaire. */
export function returnedOf(db: Readonly<Database>, questionnaireId: string, leaving: { response?: string; tally?: string } = {}): number {
  const keyed = db.publicResponses.filter((r) => r.questionnaireId === questionnaireId && r.id !== leaving.response).length
  const tallied = db.publicTallies.filter((t) => t.questionnaireId === questionnaireId && t.id !== leaving.tally).reduce((sum, t) => sum + t.returned, 0)
  return keyed + tallied
}

export function questionnaireView(db: Readonly<Database>, q: Questionnaire): QuestionnaireView {
  return {
    ...q,
    responseCount: db.publicResponses.filter((r) => r.questionnaireId === q.id).length,
    tallyCount: db.publicTallies.filter((t) => t.questionnaireId === q.id).length,
    returned: returnedOf(db, q.id)
  }
}

/** The object with its current name: a team or member must be on the roster (not in the 回收站). */
function checkObject(db: Readonly<Database>, object: ReviewObject): ReviewObject {
  if (object.kind === 'unit') return { kind: 'unit', id: null, name: object.name || db.settings.unitName || '本单位' }
  if (object.kind === 'team') {
    const team = db.teams.find((t) => t.id === object.id && !t.deletedAt)
    if (!team) throw invalid('评议对象：请选择花名册中的班组（窗口）')
    return { kind: 'team', id: team.id, name: team.name }
  }
  const person = db.people.find((p) => p.id === object.id && !p.deletedAt)
  if (!person) throw invalid('评议对象：请选择花名册中的党员')
  return { kind: 'person', id: person.id, name: person.name }
}

export const sameObject = (a: ReviewObject, b: ReviewObject) => a.kind === b.kind && (a.kind === 'unit' || a.id === b.id)

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i])

export function saveQuestionnaire(db: Database, draft: z.output<typeof questionnaireDraftSchema>, stamp: Stamp): { db: Database; questionnaire: Questionnaire } {
  const existing = draft.id ? db.questionnaires.find((q) => q.id === draft.id) : undefined
  if (draft.id && !existing) throw notFound('该评议问卷')
  const round = findRound(db, draft.roundId)
  const object = checkObject(db, draft.object)
  const twin = db.questionnaires.find((q) => q.id !== existing?.id && q.roundId === round.id && sameObject(q.object, object))
  if (twin) throw conflict(`${roundName(round)}已有对「${object.name}」的评议问卷（${twin.title}），每个评议对象每轮一份`)
  if (existing) {
    const entered = returnedOf(db, existing.id)
    if (entered) {
      const locked = [
        !same(existing.dimensions, draft.dimensions) && '评议项目',
        !same(existing.scale, draft.scale) && '满意程度',
        !same(existing.respondentKinds, draft.respondentKinds) && '答卷人类别',
        !same(existing.openQuestions, draft.openQuestions) && '开放式问题'
      ].filter(Boolean)
      if (locked.length) throw conflict(`已录入${entered}份答卷，${locked.join('、')}不能再改（答卷按原来的内容填写）；如确需修改，请先删除已录入的答卷和汇总`)
      if (existing.roundId !== draft.roundId) throw conflict(`已录入${entered}份答卷，问卷不能移到另一轮`)
    }
    if (draft.distributed !== null && entered > draft.distributed) throw invalid(`发放份数：已录入${entered}份，发放份数不能少于此数`)
  }
  const questionnaire: Questionnaire = {
    id: existing?.id ?? stamp.newId(),
    roundId: round.id,
    title: draft.title,
    object,
    dimensions: draft.dimensions,
    scale: draft.scale,
    satisfiedLevels: [...new Set(draft.satisfiedLevels)].sort((a, b) => a - b),
    respondentKinds: draft.respondentKinds,
    openQuestions: draft.openQuestions,
    bands: draft.bands,
    minResponses: draft.minResponses,
    distributed: draft.distributed,
    createdAt: existing?.createdAt ?? stamp.now
  }
  const questionnaires = existing ? db.questionnaires.map((q) => (q.id === questionnaire.id ? questionnaire : q)) : [...db.questionnaires, questionnaire]
  return { db: { ...db, questionnaires }, questionnaire }
}

export function deleteQuestionnaire(db: Database, id: string): { db: Database; said: string } {
  const q = findQuestionnaire(db, id)
  const responses = db.publicResponses.filter((r) => r.questionnaireId === id).length
  const tallies = db.publicTallies.filter((t) => t.questionnaireId === id)
  const tallied = tallies.reduce((sum, t) => sum + t.returned, 0)
  const gone = [responses && `${responses}份逐份录入的答卷`, tallies.length && `${tallies.length}批汇总（共${tallied}份）`].filter(Boolean)
  return {
    db: {
      ...db,
      questionnaires: db.questionnaires.filter((x) => x.id !== id),
      publicResponses: responses ? db.publicResponses.filter((r) => r.questionnaireId !== id) : db.publicResponses,
      publicTallies: tallies.length ? db.publicTallies.filter((t) => t.questionnaireId !== id) : db.publicTallies
    },
    said: `已删除问卷「${q.title}」（${OBJECT_KIND_LABELS[q.object.kind]}：${q.object.name}）${gone.length ? `及其${gone.join('和')}` : ''}；同一轮的其他问卷和记录不受影响`
  }
}

const levelsText = (q: Questionnaire) => `1–${q.scale.length}（${q.scale.map((s, i) => `${i + 1}=${s}`).join('，')}）`

/** Why a response does not fit its questionnaire, with the dimension named; null when it fits. */
export function responseProblem(q: Questionnaire, response: Pick<PublicResponse, 'kind' | 'marks' | 'answers'>): string | null {
  if (response.marks.length !== q.dimensions.length) return `一份答卷应有${q.dimensions.length}个评议项目的结果，收到${response.marks.length}个`
  for (let d = 0; d < q.dimensions.length; d++) {
    const mark = response.marks[d]
    if (typeof mark === 'number' && mark >= q.scale.length) return `“${q.dimensions[d]}”：${mark + 1}不在满意程度${levelsText(q)}之中`
  }
  if (response.kind !== null && response.kind >= q.respondentKinds.length) return `答卷人类别：只有${q.respondentKinds.join('、') || '（未设类别）'}`
  if (response.answers.length > q.openQuestions.length) return `意见建议：问卷只有${q.openQuestions.length}个开放式问题`
  return null
}

export function saveResponse(db: Database, draft: z.output<typeof responseDraftSchema>, stamp: Stamp): { db: Database; response: PublicResponse } {
  const existing = draft.id ? db.publicResponses.find((r) => r.id === draft.id) : undefined
  if (draft.id && !existing) throw notFound('该答卷')
  if (existing && existing.questionnaireId !== draft.questionnaireId) throw invalid('答卷不能移到另一份问卷')
  const q = findQuestionnaire(db, draft.questionnaireId)
  const problem = responseProblem(q, draft)
  if (problem) throw invalid(problem)
  const entered = returnedOf(db, q.id, { response: existing?.id })
  if (q.distributed !== null && entered + 1 > q.distributed) throw conflict(`问卷「${q.title}」发放${q.distributed}份，已录入${entered}份，不能再多录；如发放份数有误，请先修改问卷`)
  const response: PublicResponse = { id: existing?.id ?? stamp.newId(), questionnaireId: q.id, kind: draft.kind, marks: draft.marks, answers: trimTrailing(draft.answers) }
  const publicResponses = existing ? db.publicResponses.map((r) => (r.id === response.id ? response : r)) : [...db.publicResponses, response]
  return { db: { ...db, publicResponses }, response }
}

/** Empty answers at the end say nothing: a response keeps answers only up to the last one written. */
const trimTrailing = (answers: string[]) => {
  let end = answers.length
  while (end > 0 && !answers[end - 1]) end -= 1
  return answers.slice(0, end)
}

export function deleteResponse(db: Database, id: string): { db: Database; said: string } {
  const response = db.publicResponses.find((r) => r.id === id)
  if (!response) throw notFound('该答卷')
  const q = findQuestionnaire(db, response.questionnaireId)
  const left = db.publicResponses.filter((r) => r.questionnaireId === q.id).length - 1
  return { db: { ...db, publicResponses: db.publicResponses.filter((r) => r.id !== id) }, said: `已删除问卷「${q.title}」的一份答卷，其余${left}份保留` }
}

export function saveTally(db: Database, draft: z.output<typeof tallyDraftSchema>, stamp: Stamp): { db: Database; tally: PublicTally } {
  const existing = draft.id ? db.publicTallies.find((t) => t.id === draft.id) : undefined
  if (draft.id && !existing) throw notFound('该批汇总')
  if (existing && existing.questionnaireId !== draft.questionnaireId) throw invalid('汇总不能移到另一份问卷')
  const q = findQuestionnaire(db, draft.questionnaireId)
  const others = returnedOf(db, q.id, { tally: existing?.id })
  const room = q.distributed === null ? null : q.distributed - others
  const problem = tallyProblem(draft, q.dimensions, q.scale.length, room)
  if (problem) throw invalid(room !== null && problem.includes('发放') ? `收回份数：发放${q.distributed}份，已录入${others}份，这一批最多${room}份` : problem)
  if (draft.kinds.length > q.respondentKinds.length) throw invalid(`答卷人类别份数：问卷只有${q.respondentKinds.length}类答卷人`)
  const tally: PublicTally = { id: existing?.id ?? stamp.newId(), questionnaireId: q.id, returned: draft.returned, counts: draft.counts, kinds: draft.kinds, note: draft.note }
  const publicTallies = existing ? db.publicTallies.map((t) => (t.id === tally.id ? tally : t)) : [...db.publicTallies, tally]
  return { db: { ...db, publicTallies }, tally }
}

export function deleteTally(db: Database, id: string): { db: Database; said: string } {
  const tally = db.publicTallies.find((t) => t.id === id)
  if (!tally) throw notFound('该批汇总')
  const q = findQuestionnaire(db, tally.questionnaireId)
  return { db: { ...db, publicTallies: db.publicTallies.filter((t) => t.id !== id) }, said: `已删除问卷「${q.title}」的一批汇总（${tally.returned}份）；逐份录入的答卷和其他汇总保留` }
}
