import { DEFAULT_APPRAISAL_CONFIG, type Appraisal, type AppraisalConfig, type AppraisalRow } from '@shared/appraisal/model'
import type { AppraisalOverview } from '@shared/appraisal/contract'
import type { Database } from '@shared/model/database'
import type { AppraisalFigure } from '@shared/model/appraisal-figure'
import { componentScores, composite, excellentQuota, suggestGrades } from '@shared/rules/appraisal'
import { takesPart } from '@shared/rules/participation'
import type { NameOrder } from '@shared/rules/name-order-choices'
import { selectMembers } from '../print/members'

/** The year's appraisal record, or a fresh one with the default rules (not stored until something is saved). */
export function appraisalOf(db: Readonly<Database>, year: number): Appraisal {
  return (
    db.appraisals.find((a) => a.year === year) ?? {
      id: `appraisal-${year}`,
      year,
      config: structuredClone(DEFAULT_APPRAISAL_CONFIG),
      decisions: [],
      status: 'open',
      finalRows: null,
      finalisedAt: null,
      reopenings: []
    }
  )
}

/**
 * Everyone who takes part (members and 预备党员, shared/rules/participation.ts), in the chosen
 * order, with the figures every stage gave for them worked into the composite and suggestion.
 */
export function computeRows(db: Readonly<Database>, config: AppraisalConfig, figures: readonly AppraisalFigure[], nameOrder: NameOrder = 'roster'): AppraisalRow[] {
  let people: ReturnType<typeof selectMembers>
  try {
    people = selectMembers(db as Database, { nameOrder })
  } catch {
    return []
  }
  const teams = new Map(db.teams.map((t) => [t.id, t.name]))
  const byPerson = new Map<string, AppraisalFigure[]>()
  for (const figure of figures) byPerson.set(figure.personId, [...(byPerson.get(figure.personId) ?? []), figure])
  const base = people.map((person) => {
    const own = byPerson.get(person.id) ?? []
    const { scores, counts } = componentScores(own)
    return {
      personId: person.id,
      name: person.name,
      teamName: (person.teamId && teams.get(person.teamId)) || '',
      // The one rule of who takes part, as the glance and the ballot count them: 预备党员 take part, ungraded.
      graded: takesPart(person, { probationary: false }),
      figures: own,
      scores,
      counts,
      ...composite(config, scores, counts)
    }
  })
  const suggested = suggestGrades(config, base)
  return base.map((row, i) => ({ ...row, ...suggested[i] }))
}

/** The overview the screen shows: the stored rows once 定稿, else worked out now. */
export function overviewOf(db: Readonly<Database>, year: number, figures: () => AppraisalFigure[], nameOrder: NameOrder = 'roster'): AppraisalOverview {
  const appraisal = appraisalOf(db, year)
  const rows = appraisal.status === 'final' && appraisal.finalRows ? appraisal.finalRows : computeRows(db, appraisal.config, figures(), nameOrder)
  const decisions = new Map(appraisal.decisions.map((d) => [d.personId, d]))
  const graded = rows.filter((row) => row.graded)
  return {
    year,
    config: appraisal.config,
    status: appraisal.status,
    graded: graded.length,
    quota: excellentQuota(appraisal.config, graded.length),
    decidedExcellent: graded.filter((row) => decisions.get(row.personId)?.grade === 'excellent').length,
    undecided: graded.filter((row) => !decisions.has(row.personId)).length,
    rows: rows.map((row) => ({ ...row, decision: decisions.get(row.personId) ?? null })),
    finalisedAt: appraisal.finalisedAt,
    reopenings: appraisal.reopenings
  }
}
