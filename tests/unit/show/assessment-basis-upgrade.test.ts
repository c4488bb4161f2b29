import { describe, expect, it } from 'vitest'
import { createDatabase } from '@shared/model/database'
import { assessmentResult } from '@shared/rules/pledge-assessment'
import { configOf } from '@shared/rules/pledge-assessment-basis'
import { checkDatabase } from '../../../electron/main/store/parse-database'
import { keepFinishedAssessmentBasis } from '../../../electron/main/show/assessment-basis-upgrade'

/*
 * A file of schema version 1 (before assessments kept a basis): every result shows exactly the
 * figure it showed before the upgrade, and the finished ones no longer move when the weights change.
 */

const WEIGHTS = { self: 40, organisation: 40, public: 20 }

/** A version-1 file: one 已评诺 pledge and one still 践诺中, both assessed, under weights 40/40/20. */
function versionOneFile() {
  const fresh = createDatabase(new Date(2026, 11, 1)) as unknown as Record<string, unknown>
  const pledge = (id: string, status: string) => ({ id, year: 2026, scope: 'person', personId: 'p1', status, items: [{ id: `${id}-1`, content: '学习' }, { id: `${id}-2`, content: '服务' }] })
  const assessment = (pledgeId: string) => ({
    id: `a-${pledgeId}`,
    pledgeId,
    period: 'yearEnd',
    grades: [
      { itemId: `${pledgeId}-1`, self: 'good', organisation: 'fairlyGood', public: 'average' },
      { itemId: `${pledgeId}-2`, self: 'average', organisation: 'good', public: 'good' }
    ],
    assessedOn: '2026-11-30'
  })
  const showSettings = fresh.showSettings as Record<string, unknown>
  const settingsAssessment = showSettings.assessment as Record<string, unknown>
  return {
    ...fresh,
    schemaVersion: 1,
    pledges: [pledge('done', 'assessed'), pledge('running', 'fulfilling')],
    pledgeAssessments: [assessment('done'), assessment('running')],
    showSettings: { ...showSettings, assessment: { ...settingsAssessment, weights: WEIGHTS } }
  }
}

describe('schema 1 → 2: finished 评诺 results keep the settings they were shown with', () => {
  it('gives results of 已评诺 pledges the settings of the file, and leaves the others to follow the settings', () => {
    const file = versionOneFile()
    const checked = checkDatabase(structuredClone(file))
    if (!checked.ok) throw new Error(checked.detail)
    expect(checked.migrated).toBe(true)
    const db = checked.data
    const [done, running] = db.pledgeAssessments
    expect(done.basis).toEqual({ ...db.showSettings.assessment, fixedBy: 'upgrade', fixedAt: '' })
    expect(done.basis?.weights).toEqual(WEIGHTS)
    expect(running.basis).toBeNull()

    // The figures the user saw before the upgrade (computed with the file's settings) are the ones shown after.
    for (const assessment of db.pledgeAssessments) {
      const pledge = db.pledges.find((p) => p.id === assessment.pledgeId)!
      expect(assessmentResult(configOf(assessment, db.showSettings.assessment), pledge, assessment)).toEqual(assessmentResult(db.showSettings.assessment, pledge, assessment))
    }
    // And a later change of the weights moves only the result not yet final.
    const changed = { ...db.showSettings.assessment, weights: { self: 0, organisation: 100, public: 0 } }
    const doneBefore = assessmentResult(configOf(done, db.showSettings.assessment), db.pledges[0], done).score
    expect(assessmentResult(configOf(done, changed), db.pledges[0], done).score).toBe(doneBefore)
    expect(assessmentResult(configOf(running, changed), db.pledges[1], running).score).not.toBe(assessmentResult(configOf(running, db.showSettings.assessment), db.pledges[1], running).score)
  })

  it('uses the default scale when the file had no settings saved (what it was computed with), and keeps a basis already there', () => {
    const file = versionOneFile() as Record<string, unknown>
    delete file.showSettings
    const existing = { levels: [{ id: 'x', label: '优', score: 100, threshold: 0 }, { id: 'y', label: '差', score: 0, threshold: 0 }], weights: WEIGHTS, fixedBy: 'finish', fixedAt: '2026-11-01T00:00:00.000Z' }
    const assessments = file.pledgeAssessments as Record<string, unknown>[]
    const upgraded = keepFinishedAssessmentBasis({ ...file, pledgeAssessments: [{ ...assessments[0], basis: existing }, assessments[1]] })
    expect((upgraded.pledgeAssessments as Record<string, unknown>[])[0].basis).toBe(existing)

    const fromDefaults = checkDatabase(structuredClone(file))
    if (!fromDefaults.ok) throw new Error(fromDefaults.detail)
    expect(fromDefaults.data.pledgeAssessments[0].basis).toEqual({ ...fromDefaults.data.showSettings.assessment, fixedBy: 'upgrade', fixedAt: '' })
    expect(fromDefaults.data.pledgeAssessments[0].basis?.weights).toEqual({ self: 20, organisation: 50, public: 30 })
  })

  it('does not change its input, and passes over a file without assessments', () => {
    const file = versionOneFile()
    const copy = structuredClone(file)
    keepFinishedAssessmentBasis(file)
    expect(file).toEqual(copy)
    const bare = { schemaVersion: 1, settings: {} }
    expect(keepFinishedAssessmentBasis(bare)).toBe(bare)
  })
})
