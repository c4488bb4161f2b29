import { afterEach, describe, expect, it } from 'vitest'
import { createTestBackend, rosterBackend, type TestBackend } from '../../support/backend'
import { ok, refused } from '../../support/refusal'

/*
 * The 三亮 pledge channels through the real dispatch and store: the whole cycle, what is refused,
 * and that a refusal leaves the database file byte-identical.
 */

const NOW = new Date(2026, 6, 1, 9, 0) // 2026-07-01, local time

const backends: TestBackend[] = []
afterEach(async () => {
  await Promise.all(backends.splice(0).map((b) => b.dispose()))
})

const demoBackend = () => rosterBackend(NOW, backends)

const member = (b: TestBackend, name: string) => b.host.data().people.find((p) => p.name === name)!

const items = [
  { category: 'study', content: '每月自学8学时', standard: '笔记完整', deadline: '2026-03' },
  { category: 'service', content: '微笑服务零投诉', standard: '满意度98%', deadline: '2026-12' }
] as const

describe('show: pledges through their cycle', () => {
  it('drafts, submits, approves, publishes, records fulfilment, assesses and finishes a member pledge', async () => {
    const b = await demoBackend()
    const draft = await ok(b, 'show:pledgeSave', { year: 2026, scope: 'person', personId: member(b, '吴昊').id, items: [...items], summary: '学业务、优服务' })
    expect(draft.status).toBe('draft')
    expect(draft.items.map((i) => i.id).every(Boolean)).toBe(true)
    expect(draft.allowedActions).toEqual(['submit'])

    await ok(b, 'show:pledgeTransition', { id: draft.id, action: 'submit' })
    await ok(b, 'show:pledgeTransition', { id: draft.id, action: 'approve' })
    const published = await ok(b, 'show:pledgeTransition', { id: draft.id, action: 'publish' })
    expect(published.status).toBe('published')
    // The March item is overdue on 1 July until a record reports it done.
    expect(published.overdueItemIds).toEqual([published.items[0].id])
    const overdue = await ok(b, 'show:overdue')
    expect(overdue).toEqual([expect.objectContaining({ ownerName: '吴昊', content: '每月自学8学时', dueOn: '2026-03-31', daysOverdue: 92 })])

    await ok(b, 'show:fulfilmentSave', { pledgeId: draft.id, itemId: published.items[0].id, date: '2026-06-20', content: '完成上半年学习', completesItem: true })
    const [afterRecord] = await ok(b, 'show:pledges', { year: 2026 })
    expect(afterRecord.status).toBe('fulfilling') // the first record starts 践诺
    expect(afterRecord.overdueItemIds).toEqual([])
    expect(await ok(b, 'show:overdue')).toEqual([])

    const grades = published.items.map((i) => ({ itemId: i.id, self: 'good', organisation: 'fairlyGood', public: 'good' }))
    const assessment = await ok(b, 'show:assessmentSave', { pledgeId: draft.id, period: 'midYear', grades, assessedOn: '2026-06-30' })
    expect(assessment.result).toMatchObject({ score: 92.5, complete: true, level: { label: '好' } })
    // Saving the same period again replaces the assessment.
    await ok(b, 'show:assessmentSave', { pledgeId: draft.id, period: 'midYear', grades: grades.map((g) => ({ ...g, public: 'poor' })), assessedOn: '2026-06-30' })
    const assessments = await ok(b, 'show:assessments', { year: 2026 })
    expect(assessments).toHaveLength(1)
    expect(assessments[0].result.score).toBe(74.5) // 100×.2 + 85×.5 + 40×.3, just under 较好 (75)
    expect(assessments[0].result.level?.label).toBe('一般')
    const finished = await ok(b, 'show:pledgeTransition', { id: draft.id, action: 'finish' })
    expect(finished.status).toBe('assessed')
    expect(finished.history).toHaveLength(5)
  })

  it('refuses what the cycle does not allow, changing nothing', async () => {
    const b = await demoBackend()
    const pledge = await ok(b, 'show:pledgeSave', { year: 2026, scope: 'person', personId: member(b, '吴昊').id, items: [items[0]] })
    expect(await refused(b, 'show:pledgeTransition', { id: pledge.id, action: 'submit' })).toContain('2至5项')
    expect(await refused(b, 'show:pledgeTransition', { id: pledge.id, action: 'approve' })).toContain('草拟')
    expect(await refused(b, 'show:fulfilmentSave', { pledgeId: pledge.id, date: '2026-05-01', content: '提前记录' })).toBe('承诺公开后才能记录践诺情况')
    expect(await refused(b, 'show:pledgeSave', { year: 2026, scope: 'person', personId: member(b, '吴昊').id, items: [...items] })).toContain('已有承诺')
    expect(await refused(b, 'show:pledgeSave', { year: 2026, scope: 'person', personId: member(b, '孙立').id, items: [...items] })).toContain('不是党员')
    expect(await refused(b, 'show:pledgeSave', { year: 2026, scope: 'person', personId: member(b, '吴昊').id, items: [...items, ...items, ...items] })).toContain('不超过5项')
    expect(await refused(b, 'show:pledgeSave', { year: 2026, scope: 'person', personId: null, items: [...items] })).toBe('请选择作出承诺的党员')
    expect(await refused(b, 'show:pledgeSave', { year: 2026, scope: 'person', personId: member(b, '吴昊').id, items: [{ content: '' }] })).toBe('请填写承诺内容')
    expect(await refused(b, 'show:pledgeSave', { year: 2026, scope: 'person', personId: member(b, '吴昊').id, items: [{ content: '学习', deadline: '六月' }] })).toContain('完成时限')

    await ok(b, 'show:pledgeSave', { id: pledge.id, year: 2026, scope: 'person', personId: member(b, '吴昊').id, items: [...items] })
    await ok(b, 'show:pledgeTransition', { id: pledge.id, action: 'submit' })
    expect(await refused(b, 'show:pledgeSave', { id: pledge.id, year: 2026, scope: 'person', personId: member(b, '吴昊').id, items: [...items] })).toContain('不能修改')
    expect(await refused(b, 'show:pledgeTransition', { id: pledge.id, action: 'return' })).toBe('退回时请填写退回原因')
    const returned = await ok(b, 'show:pledgeTransition', { id: pledge.id, action: 'return', reason: '请写明时限' })
    expect(returned.returnReason).toBe('请写明时限')
    await ok(b, 'show:pledgeTransition', { id: pledge.id, action: 'submit' })
    await ok(b, 'show:pledgeTransition', { id: pledge.id, action: 'approve' })
    expect(await refused(b, 'show:pledgeDelete', { id: pledge.id })).toContain('不能删除')
    await ok(b, 'show:pledgeTransition', { id: pledge.id, action: 'publish' })
    expect(await refused(b, 'show:fulfilmentSave', { pledgeId: pledge.id, date: '2026-07-02', content: '明天的事' })).toBe('践诺日期不能晚于今天')
    expect(await refused(b, 'show:assessmentSave', { pledgeId: pledge.id, period: 'yearEnd', grades: [{ itemId: 'nope' }], assessedOn: '2026-06-30' })).toContain('不属于')
  })

  it('moves many pledges at once, or none when one of them cannot move', async () => {
    const b = await demoBackend()
    const ids: string[] = []
    for (const name of ['吴昊', '黄丽萍', '马国强']) {
      ids.push((await ok(b, 'show:pledgeSave', { year: 2026, scope: 'person', personId: member(b, name).id, items: [...items] })).id)
    }
    await ok(b, 'show:pledgeTransitionMany', { ids: ids.slice(0, 2), action: 'submit' })
    expect(await refused(b, 'show:pledgeTransitionMany', { ids, action: 'approve' })).toMatch(/^马国强：/)
    await ok(b, 'show:pledgeTransition', { id: ids[2], action: 'submit' })
    const approved = await ok(b, 'show:pledgeTransitionMany', { ids, action: 'approve' })
    expect(approved.map((p) => p.status)).toEqual(['approved', 'approved', 'approved'])
  })

  it('keeps team pledges with a 责任人 and one pledge per team and year', async () => {
    const b = await demoBackend()
    const team = b.host.data().teams[1]
    const input = { year: 2026, scope: 'team' as const, teamId: team.id, items: [{ content: '群众满意率98%', actions: '首问负责', responsibleId: team.leaderId, deadline: '2026-12' }] }
    const saved = await ok(b, 'show:pledgeSave', input)
    expect(saved).toMatchObject({ scope: 'team', teamId: team.id, personId: null })
    expect(await refused(b, 'show:pledgeSave', input)).toContain(`${team.name}2026年度已有承诺`)
    expect(await refused(b, 'show:pledgeSave', { ...input, year: 2027, items: [{ ...input.items[0], responsibleId: 'ghost' }] })).toBe('所选责任人不存在或已被删除')
    await ok(b, 'show:pledgeTransition', { id: saved.id, action: 'submit' })
    await ok(b, 'show:pledgeDelete', { id: saved.id })
    expect(await ok(b, 'show:pledges')).toEqual([])
  })
})

describe('show: demo pledges and the roster', () => {
  it('loads demo pledges at every step for the activity year, once', async () => {
    const b = await createTestBackend({ now: () => NOW })
    backends.push(b)
    const { counts, message } = await ok(b, 'demo:load')
    expect(counts.pledges).toBeGreaterThan(20)
    expect(message).toContain(`${counts.pledges}条承诺`)
    const all = await ok(b, 'show:pledges', { year: 2026 })
    expect(new Set(all.map((p) => p.status))).toEqual(new Set(['draft', 'submitted', 'returned', 'approved', 'published', 'fulfilling']))
    expect(all.filter((p) => p.scope === 'person').every((p) => p.items.length >= 2 && p.items.length <= 5)).toBe(true)
    expect((await ok(b, 'show:overdue')).length).toBeGreaterThan(0)
    // Once: a second load would mix demo records into the unit's own, so it is refused and writes nothing.
    const before = await ok(b, 'show:pledges')
    expect(await refused(b, 'demo:load', undefined)).toContain('已有数据')
    expect(await ok(b, 'show:pledges')).toEqual(before)
  })

  it('keeps a person with pledges from being purged from the recycle bin', async () => {
    const b = await demoBackend()
    const person = member(b, '吴昊')
    await ok(b, 'show:pledgeSave', { year: 2026, scope: 'person', personId: person.id, items: [...items] })
    await ok(b, 'roster:deletePerson', { id: person.id })
    expect(await refused(b, 'roster:purge', { kind: 'person', id: person.id })).toContain('1条党员承诺')
  })
})

describe('show: phrases and settings', () => {
  it('starts with the built-in library, edits it, assigns phrases and restores the defaults', async () => {
    const b = await demoBackend()
    const phrases = await ok(b, 'show:phrases')
    expect(phrases.length).toBeGreaterThanOrEqual(20)
    expect(phrases.map((p) => p.category)).toEqual(expect.arrayContaining(['fiveGoodsFiveLeads', 'motto', 'integrity', 'service']))
    expect(phrases[0].text).toContain('领导班子好')

    const own = await ok(b, 'show:phraseSave', { category: 'service', text: '办事不求人,服务到家门' })
    const edited = await ok(b, 'show:phraseSave', { ...phrases[1], text: '五带头(本单位版)' })
    expect(edited.builtIn).toBe(true)
    const person = member(b, '吴昊').id
    await ok(b, 'show:tipAssign', { personId: person, phraseIds: [own.id, phrases[2].id, own.id] })
    expect(await ok(b, 'show:tipAssignments')).toEqual([{ personId: person, phraseIds: [own.id, phrases[2].id] }])
    expect(await refused(b, 'show:tipAssign', { personId: person, phraseIds: ['ghost'] })).toContain('不存在')

    await ok(b, 'show:phraseDelete', { id: phrases[2].id })
    expect(await ok(b, 'show:tipAssignments')).toEqual([{ personId: person, phraseIds: [own.id] }])
    const restored = await ok(b, 'show:phrasesRestoreDefaults')
    expect(restored.find((p) => p.id === phrases[1].id)?.text).toBe(phrases[1].text)
    expect(restored.find((p) => p.id === phrases[2].id)).toBeDefined()
    expect(restored.at(-1)?.id).toBe(own.id)
  })

  it('saves the assessment scale only when it makes sense', async () => {
    const b = await demoBackend()
    const settings = await ok(b, 'show:settings')
    expect(settings.assessment.levels.map((l) => l.label)).toEqual(['好', '较好', '一般', '差'])
    const saved = await ok(b, 'show:settingsSave', { ...settings, supervisionPhone: '0839-7201234', assessment: { ...settings.assessment, weights: { self: 0, organisation: 60, public: 40 } } })
    expect(saved.assessment.weights.public).toBe(40)
    expect(await refused(b, 'show:settingsSave', { ...settings, assessment: { ...settings.assessment, weights: { self: 0, organisation: 0, public: 0 } } })).toContain('权重')
    expect(await refused(b, 'show:settingsSave', { ...settings, supervisionPhone: '请拨打' })).toContain('监督电话')
  })
})
