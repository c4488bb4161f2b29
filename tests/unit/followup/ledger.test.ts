import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { tallyByKind } from '@shared/followup/rectification-rules'
import type { TestBackend } from '../../support/backend'
import { ok, personId, refused, rosterBackend, teamId } from '../../support/followup-backend'

/*
 * 整改台账 through the real dispatch and store: from a pledge not kept (三亮's finding) to 销号 by
 * someone else and 反馈; what is refused leaves the file byte-identical; 逾期 follows the day.
 */

const NOW = new Date(2026, 6, 1, 9, 0) // 2026-07-01, local time
const backends: TestBackend[] = []
// 三亮's findings hook reads the clock (it is given no day): pin only Date, so the store's timers run.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(NOW)
})
afterEach(async () => {
  vi.useRealTimers()
  await Promise.all(backends.splice(0).map((b) => b.dispose()))
})

/** A published pledge of 吴昊 whose March item is overdue on 1 July. */
async function withOverduePledge(b: TestBackend) {
  const pledge = await ok(b, 'show:pledgeSave', {
    year: 2026,
    scope: 'person',
    personId: personId(b, '吴昊'),
    items: [
      { category: 'study', content: '每月自学8学时', standard: '笔记完整', deadline: '2026-03' },
      { category: 'service', content: '微笑服务零投诉', standard: '满意度98%', deadline: '2026-12' }
    ]
  })
  for (const action of ['submit', 'approve', 'publish'] as const) await ok(b, 'show:pledgeTransition', { id: pledge.id, action })
  return pledge
}

describe('followup: a pledge not kept, from finding to 销号', () => {
  it('lists the overdue pledge item as a finding, makes one item of it, and refuses a second', async () => {
    const b = await rosterBackend(NOW, backends)
    const pledge = await withOverduePledge(b)
    const [finding] = await ok(b, 'followup:findings', { year: 2026 })
    expect(finding).toMatchObject({
      key: `pledges/${pledge.id}/${pledge.items[0].id}`,
      kind: 'pledge',
      source: { stage: 'show', collection: 'pledges', recordId: pledge.id, itemId: pledge.items[0].id },
      owner: { kind: 'person', name: '吴昊' },
      text: '承诺事项“每月自学8学时”逾期未完成（完成时限2026-03-31）',
      rectificationId: null
    })

    const item = await ok(b, 'followup:rectificationFromFinding', { key: finding.key })
    // The finding's deadline is behind: the item gets 30 days from today.
    expect(item).toMatchObject({ status: 'pending', kind: 'pledge', findingKey: finding.key, owner: { kind: 'person', id: personId(b, '吴昊') }, deadline: '2026-07-31', overdue: false, daysPastDeadline: -30 })
    expect((await ok(b, 'followup:findings'))[0].rectificationId).toBe(item.id)
    expect(await refused(b, 'followup:rectificationFromFinding', { key: finding.key })).toBe('这条问题已列入整改台账（待整改），请在原整改事项上继续')
    expect(await refused(b, 'followup:rectificationFromFinding', { key: 'pledges/none/none' })).toBe('这条问题不存在或已被删除')
  })

  it('moves through 整改中 and 待验收 to 销号 by someone other than the owner, then records 反馈', async () => {
    const b = await rosterBackend(NOW, backends)
    await withOverduePledge(b)
    const [finding] = await ok(b, 'followup:findings')
    const { id } = await ok(b, 'followup:rectificationFromFinding', { key: finding.key, deadline: '2026-06-20' })
    expect((await ok(b, 'followup:rectifications'))[0]).toMatchObject({ overdue: true, daysPastDeadline: 11 })

    const started = await ok(b, 'followup:rectificationProgress', { id, on: '2026-06-25', text: '制定补学计划' })
    expect(started.status).toBe('inProgress')
    expect(await refused(b, 'followup:rectificationCheck', { id, verifierId: personId(b, '王喆'), on: '2026-07-01', passed: true, check: '已补学' })).toBe(
      '事项当前为“整改中”，责任人报告整改完成后才能验收'
    )
    const done = await ok(b, 'followup:rectificationComplete', { id, completedOn: '2026-06-30', evidence: '学习笔记12篇' })
    // Finished, it waits for the check: no longer overdue although the deadline has passed.
    expect(done).toMatchObject({ status: 'awaitingCheck', overdue: false, completedOn: '2026-06-30' })

    expect(await refused(b, 'followup:rectificationCheck', { id, verifierId: personId(b, '吴昊'), on: '2026-07-01', passed: true, check: '自己看过了' })).toBe(
      '验收人不能是整改责任人本人，请由督导领导或其他同志验收销号'
    )
    expect(await refused(b, 'followup:rectificationCheck', { id, verifierId: personId(b, '王喆'), on: '2026-06-29', passed: true, check: '已补学' })).toBe('验收日期不能早于完成日期')

    const back = await ok(b, 'followup:rectificationCheck', { id, verifierId: personId(b, '王喆'), on: '2026-07-01', passed: false, check: '笔记不全' })
    expect(back).toMatchObject({ status: 'inProgress', completedOn: null, closeOut: null, overdue: true })
    expect(back.progress.at(-1)).toMatchObject({ text: '验收未通过：笔记不全', rejected: true })

    await ok(b, 'followup:rectificationComplete', { id, completedOn: '2026-07-01', evidence: '补齐笔记' })
    const closed = await ok(b, 'followup:rectificationCheck', { id, verifierId: personId(b, '王喆'), on: '2026-07-01', passed: true, check: '抽查笔记，内容完整' })
    expect(closed).toMatchObject({ status: 'closed', closeOut: { verifierId: personId(b, '王喆'), on: '2026-07-01', check: '抽查笔记，内容完整' } })
    expect(await refused(b, 'followup:rectificationSave', { id, year: 2026, problem: '改一下', owner: { kind: 'unit' }, deadline: '2026-08-01' })).toBe('已销号的整改事项不能修改')
    expect(await refused(b, 'followup:rectificationDelete', { id })).toBe('已销号的整改事项是台账记录，不能删除')

    const told = await ok(b, 'followup:rectificationFeedback', { id, on: '2026-07-01', channel: 'meeting', note: '支部大会通报' })
    expect(told.feedback).toEqual({ on: '2026-07-01', channel: 'meeting', note: '支部大会通报' })
  })

  it('refuses a team member as the verifier of the team’s item', async () => {
    const b = await rosterBackend(NOW, backends)
    const item = await ok(b, 'followup:rectificationSave', { year: 2026, kind: 'publicReview', problem: '排队时间长', owner: { kind: 'team', id: teamId(b, '综合受理窗口') }, deadline: '2026-07-20' })
    await ok(b, 'followup:rectificationComplete', { id: item.id, completedOn: '2026-07-01', evidence: '增开窗口' })
    expect(await refused(b, 'followup:rectificationCheck', { id: item.id, verifierId: personId(b, '黄丽萍'), on: '2026-07-01', passed: true, check: '好了' })).toBe(
      '验收人不能是责任班组的成员，请由督导领导或班组外的同志验收销号'
    )
    expect((await ok(b, 'followup:rectificationCheck', { id: item.id, verifierId: personId(b, '李堃'), on: '2026-07-01', passed: true, check: '回访3名群众' })).status).toBe('closed')
  })
})

describe('followup: items by hand, their checks and counts', () => {
  it('names the field of bad input in Chinese and saves nothing', async () => {
    const b = await rosterBackend(NOW, backends)
    expect(await refused(b, 'followup:rectificationSave', { year: 2026, problem: ' ', owner: { kind: 'unit' }, deadline: '2026-07-20' })).toBe('请填写存在问题')
    expect(await refused(b, 'followup:rectificationSave', { year: 2026, problem: '漏记', owner: { kind: 'unit' }, deadline: '7月20日' })).toBe('整改时限：日期格式应为“2026-06-30”')
    expect(await refused(b, 'followup:rectificationSave', { year: 2026, problem: '漏记', owner: { kind: 'person', id: 'nobody' }, deadline: '2026-07-20' })).toBe(
      '整改责任人：所选人员不存在或已被删除'
    )
    expect(await refused(b, 'followup:rectificationProgress', { id: 'x', on: '2026-07-01', text: '' })).toBe('请填写整改进展')
  })

  it('counts 已整改 / 整改中（含部分整改） / 未整改 per source kind, 逾期 from the deadline', async () => {
    const b = await rosterBackend(NOW, backends)
    const make = (kind: 'phoneCheck' | 'supervisor', deadline: string) =>
      ok(b, 'followup:rectificationSave', { year: 2026, kind, problem: `${kind}问题`, owner: { kind: 'unit' }, deadline })
    const a = await make('phoneCheck', '2026-06-01') // overdue, not started
    const c = await make('phoneCheck', '2026-08-01') // in progress
    const d = await make('phoneCheck', '2026-08-01') // closed
    const e = await make('supervisor', '2026-06-30') // finished, waiting for its check
    await ok(b, 'followup:rectificationProgress', { id: c.id, on: '2026-07-01', text: '开始' })
    await ok(b, 'followup:rectificationComplete', { id: d.id, completedOn: '2026-07-01', evidence: '完成' })
    await ok(b, 'followup:rectificationCheck', { id: d.id, verifierId: personId(b, '周建国'), on: '2026-07-01', passed: true, check: '到位' })
    await ok(b, 'followup:rectificationComplete', { id: e.id, completedOn: '2026-06-29', evidence: '完成' })
    const items = await ok(b, 'followup:rectifications', { year: 2026 })
    expect(items.filter((i) => i.overdue).map((i) => i.id)).toEqual([a.id])
    expect(tallyByKind(items, '2026-07-01')).toEqual([
      { kind: 'phoneCheck', tally: { done: 1, ongoing: 1, notStarted: 1, total: 3, overdue: 1 } },
      { kind: 'supervisor', tally: { done: 0, ongoing: 1, notStarted: 0, total: 1, overdue: 0 } }
    ])
  })

  it('deletes an open item with its chases and says what it kept', async () => {
    const b = await rosterBackend(NOW, backends)
    await withOverduePledge(b)
    const [finding] = await ok(b, 'followup:findings')
    const item = await ok(b, 'followup:rectificationFromFinding', { key: finding.key })
    const subject = { key: `followup/rectifications/${item.id}`, stage: 'followup', kind: '整改事项', title: 'x', ownerName: 'x', dueOn: '2026-07-31' }
    await ok(b, 'followup:chaseSave', { subject, on: '2026-07-01', way: 'phone', toWhom: '吴昊' })
    expect((await ok(b, 'followup:rectifications'))[0].chaseCount).toBe(1)
    expect(await ok(b, 'followup:rectificationDelete', { id: item.id })).toEqual({
      message: '已删除整改事项“承诺事项“每月自学8学时”逾期未完成（完…”及其1条催办记录；问题来源的记录未改动，需要时可重新列入台账'
    })
    expect(await ok(b, 'followup:chases')).toEqual([])
    expect((await ok(b, 'followup:findings'))[0].rectificationId).toBeNull()
  })
})
