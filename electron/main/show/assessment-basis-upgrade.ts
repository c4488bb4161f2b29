import { DEFAULT_ASSESSMENT_CONFIG } from '@shared/show/model'

/*
 * Schema 1 → 2: assessments gained a basis (the scale and weights a final result keeps). A file of
 * version 1 has results already final (their pledge 已评诺) but computed with whatever the settings
 * are. Those settings are the only ones the file knows, and the figures the user has seen and
 * printed were computed with them, so each such result keeps exactly them: nothing it shows moves
 * on upgrade, and nothing moves afterwards. Results not final yet keep following the settings.
 * Works on the raw file before the schema reads it, so it assumes nothing about a field's shape.
 */

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value)

export function keepFinishedAssessmentBasis(data: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(data.pledgeAssessments)) return data
  const pledges = Array.isArray(data.pledges) ? data.pledges : []
  const finished = new Set(pledges.filter((p) => isRecord(p) && p.status === 'assessed').map((p) => (p as Record<string, unknown>).id))
  const settings = isRecord(data.showSettings) ? data.showSettings : {}
  // Missing settings are what the schema fills in: the defaults the results were computed with.
  const config = isRecord(settings.assessment) ? settings.assessment : DEFAULT_ASSESSMENT_CONFIG
  return {
    ...data,
    pledgeAssessments: data.pledgeAssessments.map((a) =>
      isRecord(a) && finished.has(a.pledgeId) && (a.basis === undefined || a.basis === null)
        ? { ...a, basis: { ...structuredClone(config), fixedBy: 'upgrade', fixedAt: '' } }
        : a
    )
  }
}
