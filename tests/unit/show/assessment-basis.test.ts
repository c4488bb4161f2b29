import { readFile } from 'node:fs/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_ASSESSMENT_CONFIG } from '@shared/show/model'
import { acrossStages } from '../../../electron/main/stages'
import { demoDatabase } from '../../../electron/main/roster/demo'
import { preparePrint } from '../../../electron/main/print/prepare'
import type { FulfilmentNoticeData } from '../../../electron/main/show/documents/fulfilment-notice'
import { dataPaths } from '../../../electron/main/store/data-dir'
import { createTestBackend, type TestBackend } from '../../support/backend'
import { ok, refused } from '../../support/refusal'

/*
 * A finished 评诺 result keeps the scale and weights it was computed with (issue #8: saving new
 * weights moved a 已评诺 result from 91.5 to 91.7). Through the real channels and store.
 */

const NOW = new Date(2026, 11, 20, 9, 0) // 2026-12-20, local time
const backends: TestBackend[] = []
afterEach(async () => {
  await Promise.all(backends.splice(0).map((b) => b.dispose()))
})

const NEW_WEIGHTS = { self: 30, organisation: 40, public: 30 }

/** 吴昊's published pledge, year-end graded: item 1 好/好/好, item 2 好/较好/一般 → 91.8 under 20/50/30. */
async function gradedPledge() {
  const b = await createTestBackend({ now: () => NOW })
  backends.push(b)
  await b.host.store().update((db) => demoDatabase(db, NOW))
  const person = b.host.data().people.find((p) => p.name === '吴昊')!
  const items = [
    { category: 'study', content: '每月自学8学时', deadline: '2026-12' },
    { category: 'service', content: '微笑服务零投诉', deadline: '2026-12' }
  ] as const
  let pledge = await ok(b, 'show:pledgeSave', { year: 2026, scope: 'person', personId: person.id, items: [...items] })
  for (const action of ['submit', 'approve', 'publish'] as const) pledge = await ok(b, 'show:pledgeTransition', { id: pledge.id, action })
  const grades = [
    { itemId: pledge.items[0].id, self: 'good', organisation: 'good', public: 'good' },
    { itemId: pledge.items[1].id, self: 'good', organisation: 'fairlyGood', public: 'average' }
  ]
  const assessment = await ok(b, 'show:assessmentSave', { pledgeId: pledge.id, period: 'yearEnd', grades, assessedOn: '2026-12-18' })
  return { b, pledge, assessment, grades }
}

const changeWeights = async (b: TestBackend, weights = NEW_WEIGHTS) => {
  const settings = await ok(b, 'show:settings')
  return ok(b, 'show:settingsSave', { ...settings, assessment: { ...settings.assessment, weights } })
}

describe('a 评诺 result once the pledge is 完成评诺', () => {
  it('keeps the weights of that moment when the weights change, in the list, the view and the printed notice', async () => {
    const { b, pledge, assessment } = await gradedPledge()
    expect(assessment.result.score).toBe(91.8)
    expect(assessment.basis).toBeNull()
    await ok(b, 'show:pledgeTransition', { id: pledge.id, action: 'finish' })
    expect(b.host.data().pledgeAssessments[0].basis).toEqual({ ...DEFAULT_ASSESSMENT_CONFIG, fixedBy: 'finish', fixedAt: NOW.toISOString() })

    await changeWeights(b)
    const [after] = await ok(b, 'show:assessments', { year: 2026 })
    expect(after.result.score).toBe(91.8)
    expect(after.config.weights).toEqual(DEFAULT_ASSESSMENT_CONFIG.weights)
    const prepared = await preparePrint(b.host.data(), { document: 'fulfilment-notice', period: 'yearEnd', noticeFrom: '2026-12-21', noticeTo: '2026-12-27' }, { photosDir: b.host.paths.photos, today: '2026-12-20', stages: acrossStages })
    expect((prepared.data as FulfilmentNoticeData).rows.find((r) => r.name === '吴昊')).toMatchObject({ score: 91.8, result: '好' })
  })

  it('a result not final yet follows the current weights', async () => {
    const { b } = await gradedPledge()
    await changeWeights(b)
    const [after] = await ok(b, 'show:assessments', { year: 2026 })
    // Item 2: 100×.3 + 85×.4 + 70×.3 = 85; (100 + 85) / 2 = 92.5.
    expect(after.result.score).toBe(92.5)
    expect(after.basis).toBeNull()
  })

  it('keeps its basis when its grades are edited, and one first saved after 完成评诺 is final at once', async () => {
    const { b, pledge, grades } = await gradedPledge()
    await ok(b, 'show:pledgeTransition', { id: pledge.id, action: 'finish' })
    await changeWeights(b)
    const edited = await ok(b, 'show:assessmentSave', { pledgeId: pledge.id, period: 'yearEnd', grades: [grades[0], { ...grades[1], public: 'good' }], assessedOn: '2026-12-19' })
    // Under the kept 20/50/30: item 2 = 20 + 42.5 + 30 = 92.5, the pledge (100 + 92.5) / 2 = 96.3.
    expect(edited.result.score).toBe(96.3)
    expect(edited.basis).toMatchObject({ fixedBy: 'finish', weights: DEFAULT_ASSESSMENT_CONFIG.weights })

    const midYear = await ok(b, 'show:assessmentSave', { pledgeId: pledge.id, period: 'midYear', grades, assessedOn: '2026-07-10' })
    expect(midYear.basis).toMatchObject({ fixedBy: 'save', weights: NEW_WEIGHTS, fixedAt: NOW.toISOString() })
    expect(midYear.result.score).toBe(92.5)
  })
})

describe('重新计算', () => {
  it('shows old → new without writing, then writes only with the settings the user saw', async () => {
    const { b, pledge } = await gradedPledge()
    await ok(b, 'show:pledgeTransition', { id: pledge.id, action: 'finish' })
    await changeWeights(b)
    const id = b.host.data().pledgeAssessments[0].id
    const fileBefore = await readFile(dataPaths(b.dir).dbFile)

    const preview = await ok(b, 'show:assessmentRecomputePreview', { id })
    expect(preview).toMatchObject({ assessmentId: id, changed: true, before: { score: 91.8, level: { label: '好' } }, after: { score: 92.5, level: { label: '好' } } })
    expect(preview.before.config.weights).toEqual(DEFAULT_ASSESSMENT_CONFIG.weights)
    expect(preview.after.config.weights).toEqual(NEW_WEIGHTS)
    expect(await readFile(dataPaths(b.dir).dbFile)).toEqual(fileBefore)

    // The settings changed again after the preview: what the user confirmed is no longer what would be written.
    await changeWeights(b, { self: 10, organisation: 60, public: 30 })
    expect(await refused(b, 'show:assessmentRecompute', { id, config: preview.after.config })).toBe('评诺等次或权重在此期间有改动，请重新查看变化后再确认')

    const seen = await ok(b, 'show:assessmentRecomputePreview', { id })
    const recomputed = await ok(b, 'show:assessmentRecompute', { id, config: seen.after.config })
    expect(recomputed.result.score).toBe(seen.after.score)
    expect(recomputed.basis).toMatchObject({ fixedBy: 'recompute', weights: { self: 10, organisation: 60, public: 30 }, fixedAt: NOW.toISOString() })
  })

  it('is refused for a result that is not final, changing nothing', async () => {
    const { b, assessment } = await gradedPledge()
    expect(await refused(b, 'show:assessmentRecomputePreview', { id: assessment.id })).toBe('该评诺尚未定稿，结果随当前评诺设置计算，不需要重新计算')
    expect(await refused(b, 'show:assessmentRecompute', { id: assessment.id, config: DEFAULT_ASSESSMENT_CONFIG })).toBe('该评诺尚未定稿，结果随当前评诺设置计算，不需要重新计算')
  })
})

describe('saving an assessment and the scale', () => {
  it('refuses an assessment with nothing graded, writing nothing', async () => {
    const { b, pledge } = await gradedPledge()
    const ungraded = pledge.items.map((i) => ({ itemId: i.id, self: null, organisation: null, public: null }))
    expect(await refused(b, 'show:assessmentSave', { pledgeId: pledge.id, period: 'midYear', grades: ungraded, comment: '待评', assessedOn: '2026-07-10' })).toBe('还没有评分：请至少为一项承诺选择一个等次后再保存')
    expect(await refused(b, 'show:assessmentSave', { pledgeId: pledge.id, period: 'midYear', grades: [], assessedOn: '2026-07-10' })).toBe('还没有评分：请至少为一项承诺选择一个等次后再保存')
  })

  it('refuses weights that do not add up to 100% and values out of 0–100, naming them', async () => {
    const { b } = await gradedPledge()
    const settings = await ok(b, 'show:settings')
    const withWeights = (weights: object) => ({ ...settings, assessment: { ...settings.assessment, weights } })
    expect(await refused(b, 'show:settingsSave', withWeights({ self: 50, organisation: 50, public: 50 }))).toBe('党员自评、组织评价、群众评价的权重合计应为100%，现为150%')
    expect(await refused(b, 'show:settingsSave', withWeights({ self: 120, organisation: 0, public: 0 }))).toContain('权重应在0%至100%之间')
    const levels = settings.assessment.levels.map((l, i) => (i === 0 ? { ...l, score: 120 } : l))
    expect(await refused(b, 'show:settingsSave', { ...settings, assessment: { ...settings.assessment, levels } })).toContain('分值应在0至100之间')
  })

  it('still saves the other settings when the stored weights predate the 100% rule', async () => {
    const { b } = await gradedPledge()
    // A file saved before the rule: 50/50/50, each counting a third.
    await b.host.store().update((db) => ({ ...db, showSettings: { ...db.showSettings, assessment: { ...db.showSettings.assessment, weights: { self: 50, organisation: 50, public: 50 } } } }))
    const settings = await ok(b, 'show:settings')
    const saved = await ok(b, 'show:settingsSave', { ...settings, supervisionPhone: '0839-7201234' })
    expect(saved.supervisionPhone).toBe('0839-7201234')
    expect(saved.assessment.weights).toEqual({ self: 50, organisation: 50, public: 50 })
  })
})
