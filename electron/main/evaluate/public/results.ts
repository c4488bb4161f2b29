import type { Database } from '@shared/model/database'
import type { DimensionResultView, ObjectResult, RoundResults } from '@shared/evaluate/public/contract'
import type { Questionnaire } from '@shared/evaluate/public/model'
import { compareRates, formulaText, questionnaireResult, type DimensionResult } from '@shared/rules/satisfaction'
import { crossTable } from '@shared/rules/satisfaction-channels'
import { questionnaireView, sameObject } from './questionnaires'
import { findRound, previousRound, roundName } from './rounds'

/*
 * A round's results, always computed from the paper entered (never stored), so a number on the
 * screen and in the printed report are the same. The previous round's figure for the same object
 * and dimension sits beside each.
 */

/** Responses and tallies grouped by questionnaire in one pass (5,000 responses are grouped, not filtered per questionnaire). */
function byQuestionnaire(db: Readonly<Database>) {
  const responses = new Map<string, Database['publicResponses']>()
  for (const r of db.publicResponses) {
    const list = responses.get(r.questionnaireId)
    if (list) list.push(r)
    else responses.set(r.questionnaireId, [r])
  }
  return { responses, tallies: (id: string) => db.publicTallies.filter((t) => t.questionnaireId === id) }
}

export function objectResults(db: Readonly<Database>, questionnaires: readonly Questionnaire[], previous: readonly Questionnaire[]): ObjectResult[] {
  const grouped = byQuestionnaire(db)
  const compute = (q: Questionnaire) => questionnaireResult(q, grouped.responses.get(q.id) ?? [], grouped.tallies(q.id))
  return questionnaires.map((q) => {
    const result = compute(q)
    const before = previous.find((p) => sameObject(p.object, q.object))
    const prior = before ? compute(before) : null
    const named = (list: DimensionResult[], names: readonly string[]) => list.map((d, i) => ({ name: names[i], rate: d.rate }))
    const changes = compareRates(named(result.dimensions, q.dimensions), prior && before ? named(prior.dimensions, before.dimensions) : [])
    const view = (d: DimensionResult, name: string, change: { previous: number | null; change: number | null }): DimensionResultView => ({ name, ...d, ...change })
    const overallChange = prior?.overall.rate != null && result.overall.rate !== null ? result.overall.rate - prior.overall.rate : null
    return {
      questionnaire: questionnaireView(db, q),
      returned: result.returned,
      voided: result.voided,
      kinds: result.kinds,
      kindUnknown: result.kindUnknown,
      returnRate: result.returnRate,
      dimensions: result.dimensions.map((d, i) => view(d, q.dimensions[i], changes[i])),
      overall: view(result.overall, '综合', { previous: prior?.overall.rate ?? null, change: overallChange }),
      formula: formulaText(q.scale, q.satisfiedLevels),
      previousTitle: before?.title ?? null
    }
  })
}

export function roundResults(db: Readonly<Database>, roundId: string): RoundResults {
  const round = findRound(db, roundId)
  const prior = previousRound(db, round)
  const questionnaires = db.questionnaires.filter((q) => q.roundId === round.id)
  const objects = objectResults(db, questionnaires, prior ? db.questionnaires.filter((q) => q.roundId === prior.id) : [])
  const phone = db.phoneChecks.filter((r) => r.roundId === round.id)
  const visits = db.supervisorVisits.filter((r) => r.roundId === round.id)
  const boxes = db.boxEntries.filter((r) => r.roundId === round.id)
  const dimensions = [...new Set([...questionnaires.flatMap((q) => q.dimensions), ...phone.flatMap((r) => r.ratings.map((x) => x.dimension)), ...visits.flatMap((r) => r.ratings.map((x) => x.dimension))])]
  const cross = crossTable(dimensions, {
    questionnaires: objects.map((o) =>
      o.dimensions.map((d) => ({ name: d.name, valid: d.valid, satisfied: o.questionnaire.satisfiedLevels.reduce((sum, level) => sum + (d.counts[level] ?? 0), 0) }))
    ),
    ratings: { phone: phone.map((r) => r.ratings), supervisor: visits.map((r) => r.ratings) },
    // A 举报 is never counted where the public can see: the cross-table shows the 意见箱 only.
    boxDimensions: boxes.filter((b) => b.box === 'suggestion').map((b) => b.dimension)
  })
  return {
    round,
    roundName: roundName(round),
    previousRoundName: prior ? roundName(prior) : null,
    objects,
    cross,
    logs: {
      phoneChecks: phone.length,
      forums: db.forums.filter((r) => r.roundId === round.id).length,
      supervisorVisits: visits.length,
      suggestions: boxes.filter((b) => b.box === 'suggestion').length,
      reports: boxes.filter((b) => b.box === 'report').length
    }
  }
}
