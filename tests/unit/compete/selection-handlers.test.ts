import { readFile } from 'node:fs/promises'
import { afterEach, describe, expect, it } from 'vitest'
import type { ChannelName, InputOf, OutputOf } from '@shared/contract'
import { demoDatabase } from '../../../electron/main/roster/demo'
import { dataPaths } from '../../../electron/main/store/data-dir'
import { createTestBackend, type TestBackend } from '../../support/backend'

/*
 * The 评选 channels through the real dispatch and store: a selection from nominations through the
 * tally and the meeting's decisions to the 公示, what is refused on the way (each refusal leaving
 * the database file byte-identical), the titles won, and the roster's purge and team merge.
 */

const NOW = new Date(2026, 11, 2, 9, 0) // Wednesday 2026-12-02, local time

const backends: TestBackend[] = []
afterEach(async () => {
  await Promise.all(backends.splice(0).map((b) => b.dispose()))
})

async function demoBackend() {
  const b = await createTestBackend({ now: () => NOW })
  backends.push(b)
  await b.host.store().update((db) => demoDatabase(db, NOW))
  return b
}

const ok = <C extends ChannelName>(b: TestBackend, channel: C, input?: InputOf<C>): Promise<OutputOf<C>> => b.call(channel, input)

async function refused(b: TestBackend, channel: ChannelName, input: unknown): Promise<string> {
  const before = await readFile(dataPaths(b.dir).dbFile)
  const result = await b.dispatch(channel, input)
  expect(result.ok).toBe(false)
  expect(await readFile(dataPaths(b.dir).dbFile)).toEqual(before)
  return result.ok ? '' : result.error.message
}

const personId = (b: TestBackend, name: string) => b.host.data().people.find((p) => p.name === name)!.id
const teamId = (b: TestBackend, name: string) => b.host.data().teams.find((t) => t.name === name)!.id

const APPROVE = { choices: ['同意', '不同意', '弃权'], limitFavourable: true }

async function serviceSelection(b: TestBackend, names = ['吴昊', '黄丽萍', '朱晓燕']) {
  const selection = await ok(b, 'compete:selectionSave', { year: 2026, titleId: 'title-service', quota: 2, ballot: APPROVE, meeting: '民主测评会', meetingDate: '2026-11-30', entitled: 38 })
  let view = selection
  for (const name of names) view = await ok(b, 'compete:nominationSave', { selectionId: selection.id, nomineeId: personId(b, name), recommendedBy: '综合受理窗口', reasons: `${name}服务热情`, deeds: '事迹' })
  return view
}

/** 38 entitled, 36 issued, 35 returned, 34 valid + 1 void; 吴昊 30+3+1, 黄丽萍 25+8+1, 朱晓燕 10+20+4 (each 34). */
const tally = (id: string, view: OutputOf<'compete:selection'>, counts: number[][] = [[30, 3, 1], [25, 8, 1], [10, 20, 4]]) => ({
  id,
  entitled: 38,
  issued: 36,
  returned: 35,
  valid: 34,
  void: 1,
  votes: view.nominations.map((n, i) => ({ nominationId: n.id, counts: counts[i] }))
})

describe('compete: a selection from nominations to the 公示', () => {
  it('ships the article titles as an editable list', async () => {
    const b = await demoBackend()
    const titles = await ok(b, 'compete:selectionTitles')
    expect(titles.map((t) => t.name)).toEqual(['技术标兵', '五星级员工', '党员示范岗', '满意窗口', '岗位明星', '服务标兵'])
    expect(titles.find((t) => t.name === '满意窗口')?.nominee).toBe('team')
    const own = await ok(b, 'compete:selectionTitleSave', { name: '青年岗位能手', nominee: 'person', quota: 1, criteria: '35周岁以下' })
    expect((await ok(b, 'compete:selectionTitles')).at(-1)).toEqual(own)
    expect(await refused(b, 'compete:selectionTitleSave', { name: '技术标兵', nominee: 'person', quota: 1 })).toBe('已有称号“技术标兵”')
    expect(await refused(b, 'compete:selectionTitleSave', { name: '标兵', nominee: 'person', quota: 0 })).toBe('名额至少为1名')
  })

  it('runs the whole selection and hands the titles won to the year-end appraisal', async () => {
    const b = await demoBackend()
    let view = await serviceSelection(b)
    expect(view.status).toBe('nominating')
    expect(view.ruleText).toBe('同意人数不得超过2名，超过视为废票')
    expect(view.nominations.map((n) => [n.nomineeName, n.teamName, n.post])).toEqual([
      ['吴昊', '综合受理窗口', '综合受理'],
      ['黄丽萍', '综合受理窗口', '窗口负责人'],
      ['朱晓燕', '综合受理窗口', '综合受理']
    ])

    // 黄丽萍 25 + 8 + 2 = 35, not the 34 valid ballots: refused at her name, nothing saved.
    expect(await refused(b, 'compete:selectionTallySave', tally(view.id, view, [[30, 3, 1], [25, 8, 2], [10, 20, 4]]))).toBe('黄丽萍：各项得票之和为35，应等于有效票数（34）')
    expect(await refused(b, 'compete:selectionTallySave', { ...tally(view.id, view), void: 2 })).toBe('有效票（34）与废票（2）之和为36，应等于收回票数（35）')
    expect(await refused(b, 'compete:selectionTallySave', { ...tally(view.id, view), issued: -1 })).toBe('发出票数不能为负数')

    view = await ok(b, 'compete:selectionTallySave', tally(view.id, view))
    expect(view.status).toBe('voted')
    expect(view.tallyCheck?.verdict).toBe('valid')
    // 30/34, 25/34; 10 is not more than half of 34.
    expect(view.nominations.map((n) => [n.nomineeName, n.result?.rank, n.result?.favourableRate?.toFixed(4), n.result?.suggestion])).toEqual([
      ['吴昊', 1, '0.8824', 'elected'],
      ['黄丽萍', 2, '0.7353', 'elected'],
      ['朱晓燕', 3, '0.2941', 'notElected']
    ])
    // The ballot was printed with these names: the list is fixed until the tally is cleared.
    expect(await refused(b, 'compete:nominationSave', { selectionId: view.id, nomineeId: personId(b, '马国强'), reasons: '补充' })).toMatch(/^已录入计票，不能增加被推荐人/)
    expect(await refused(b, 'compete:nominationDelete', { id: view.nominations[2].id })).toMatch(/^已录入计票，不能删除推荐/)

    const [wu, huang, zhu] = view.nominations.map((n) => n.id)
    const decisions = (huangDecision: 'elected' | 'notElected', note = '') => ({
      id: view.id,
      decidedOn: '2026-12-02',
      decisions: [
        { nominationId: wu, decision: 'elected' as const, note: '' },
        { nominationId: huang, decision: huangDecision, note },
        { nominationId: zhu, decision: 'notElected' as const, note: '' }
      ]
    })
    expect(await refused(b, 'compete:selectionDecide', decisions('notElected'))).toBe('黄丽萍得票在名额内且过半数，会议决定未当选：请在说明中写明理由')
    view = await ok(b, 'compete:selectionDecide', decisions('elected'))
    expect(view.status).toBe('decided')
    expect(view.nominations.map((n) => n.decision)).toEqual(['elected', 'elected', 'notElected'])
    // Votes and decisions are kept side by side.
    expect(view.nominations[0].votes).toEqual([30, 3, 1])
    expect(await refused(b, 'compete:selectionTallySave', tally(view.id, view))).toMatch(/^已记录会议决定，不能修改计票/)

    expect(await refused(b, 'compete:selectionPublish', { id: view.id, noticeFrom: '2026-12-01', noticeDays: 5 })).toBe('公示开始日期不能早于会议决定日期')
    view = await ok(b, 'compete:selectionPublish', { id: view.id, noticeFrom: '2026-12-03', noticeDays: 5 })
    // Thu 3, Fri 4, Mon 7, Tue 8, Wed 9 December.
    expect(view.noticeTo).toBe('2026-12-09')
    expect(view.status).toBe('published')

    const won = await ok(b, 'compete:titlesWon', { year: 2026 })
    expect(won.map((w) => [w.titleName, w.nomineeName, w.noticeTo, w.noticeOver])).toEqual([
      ['服务标兵', '吴昊', '2026-12-09', false],
      ['服务标兵', '黄丽萍', '2026-12-09', false]
    ])
    expect(await ok(b, 'compete:titlesWon', { nomineeId: personId(b, '吴昊') })).toHaveLength(1)
    expect(await ok(b, 'compete:titlesWon', { year: 2025 })).toEqual([])

    const reminders = await ok(b, 'home:reminders', { withinDays: 7 })
    expect(reminders).toContainEqual(expect.objectContaining({ kind: '评选结果公示期', title: '2026年度服务标兵评选结果公示期满', ownerName: '吴昊、黄丽萍', dueOn: '2026-12-09', daysOverdue: -7 }))

    // Posted results are locked until the 公示 is withdrawn, with a reason.
    expect(await refused(b, 'compete:selectionDecide', decisions('elected'))).toMatch(/^评选结果已公示，不能修改/)
    expect(await refused(b, 'compete:selectionDelete', { id: view.id })).toMatch(/^已公示的评选结果不能删除/)
    expect(await refused(b, 'compete:selectionUnpublish', { id: view.id, reason: ' ' })).toBe('请填写撤回原因')
    view = await ok(b, 'compete:selectionUnpublish', { id: view.id, reason: '公示期内收到异议，需复核' })
    expect(view.history.map((h) => [h.action, h.note])).toEqual([
      ['publish', '公示5个工作日'],
      ['unpublish', '公示期内收到异议，需复核']
    ])
    expect(await ok(b, 'compete:titlesWon')).toEqual([])
    expect(view.nominations.map((n) => n.decision)).toEqual(['elected', 'elected', 'notElected'])

    view = await ok(b, 'compete:selectionTallyClear', { id: view.id, reason: '复核后重新投票' })
    expect(view.tally).toBeNull()
    expect(view.nominations.map((n) => [n.votes, n.decision])).toEqual([[null, null], [null, null], [null, null]])
    const { message } = await ok(b, 'compete:selectionDelete', { id: view.id })
    expect(message).toBe('已删除2026年度服务标兵评选及其3条推荐；称号“服务标兵”和花名册中的人员、班组保留')
    expect(b.host.data().nominations).toEqual([])
  })

  it('keeps a void round as void: no votes counted, no one elected, nothing posted', async () => {
    const b = await demoBackend()
    let view = await serviceSelection(b)
    // 37 returned of 36 issued.
    view = await ok(b, 'compete:selectionTallySave', { ...tally(view.id, view), returned: 37, valid: 36 })
    expect(view.tallyCheck).toMatchObject({ verdict: 'void', voidReasons: ['收回票数（37）多于发出票数（36），本轮投票无效'] })
    expect(view.nominations.every((n) => n.votes === null && n.result === null)).toBe(true)
    const decideOne = { id: view.id, decidedOn: '2026-12-02', decisions: [{ nominationId: view.nominations[0].id, decision: 'elected', note: '' }] }
    expect(await refused(b, 'compete:selectionDecide', decideOne)).toBe('本轮投票无效，不能记录吴昊当选；请重新投票')
    expect(await refused(b, 'compete:selectionPublish', { id: view.id, noticeFrom: '2026-12-03', noticeDays: 5 })).toBe('本轮投票无效，不能公示；请重新投票并录入计票')
  })

  it('refuses nominees the title does not allow, and a second nomination of the same one', async () => {
    const b = await demoBackend()
    const view = await serviceSelection(b, ['吴昊'])
    expect(await refused(b, 'compete:nominationSave', { selectionId: view.id, nomineeId: personId(b, '吴昊'), reasons: '再推' })).toBe('吴昊已被推荐，请在原推荐上修改')
    expect(await refused(b, 'compete:nominationSave', { selectionId: view.id, nomineeId: personId(b, '田秀英'), reasons: '监督员' })).toBe('田秀英是单位外人员，不能被推荐')
    expect(await refused(b, 'compete:nominationSave', { selectionId: view.id, nomineeId: teamId(b, '综合受理窗口'), reasons: '集体' })).toBe('“服务标兵”评选个人，请选择花名册中的人员')
    expect(await refused(b, 'compete:nominationSave', { selectionId: view.id, nomineeId: personId(b, '马国强'), reasons: '' })).toBe('请填写推荐理由')
    expect(await refused(b, 'compete:nominationSave', { selectionId: view.id, nomineeId: personId(b, '马国强'), reasons: '好', deeds: '事'.repeat(1601) })).toBe('事迹材料不超过1600个字')
    const post = await ok(b, 'compete:selectionSave', { year: 2026, titleId: 'title-model-post', quota: 2, ballot: { choices: ['优秀', '称职', '基本称职', '不称职'], limitFavourable: true }, meeting: '党员大会', entitled: 20 })
    expect(await refused(b, 'compete:nominationSave', { selectionId: post.id, nomineeId: personId(b, '朱晓燕'), reasons: '好' })).toBe('“党员示范岗”只评选党员，朱晓燕不是党员')
    expect(await refused(b, 'compete:selectionSave', { year: 2026, titleId: 'title-model-post', quota: 2, ballot: APPROVE, meeting: '党员大会', entitled: 20 })).toBe('2026年度党员示范岗评选已经建立，请在原评选上修改')
    expect(await refused(b, 'compete:selectionSave', { year: 2026, titleId: 'title-window', quota: 1, ballot: { choices: ['同意', '同意'], limitFavourable: true }, meeting: '民主测评会', entitled: 20 })).toBe('测评选项不能重复')
    expect(await refused(b, 'compete:selectionTitleDelete', { id: 'title-service' })).toBe('“服务标兵”已用于2026年度的评选，不能删除')
  })
})

describe('compete: selections and the roster', () => {
  it('keeps a counted nominee from being purged, and lets an uncounted nomination go with its nominee', async () => {
    const b = await demoBackend()
    const counted = await serviceSelection(b)
    await ok(b, 'compete:selectionTallySave', tally(counted.id, counted))
    await ok(b, 'roster:deletePerson', { id: personId(b, '吴昊') })
    expect(await refused(b, 'roster:purge', { kind: 'person', id: personId(b, '吴昊') })).toContain('1条已计票的评选推荐')

    const post = await ok(b, 'compete:selectionSave', { year: 2026, titleId: 'title-post-star', quota: 3, ballot: APPROVE, meeting: '民主测评会', entitled: 38 })
    await ok(b, 'compete:nominationSave', { selectionId: post.id, nomineeId: personId(b, '杨帆'), reasons: '网络运维保障好' })
    await ok(b, 'roster:deletePerson', { id: personId(b, '杨帆') })
    const { notes } = await ok(b, 'roster:purge', { kind: 'person', id: personId(b, '杨帆') })
    expect(notes).toContain('已一并删除杨帆在2026年度岗位明星评选中尚未计票的推荐')
    expect((await ok(b, 'compete:selection', { id: post.id })).nominations).toEqual([])
  })

  it('moves a merged team’s nominations, except where the other team is nominated too', async () => {
    const b = await demoBackend()
    const window = await ok(b, 'compete:selectionSave', { year: 2026, titleId: 'title-window', quota: 1, ballot: APPROVE, meeting: '民主测评会', entitled: 38 })
    for (const name of ['综合受理窗口', '社保医保窗口']) await ok(b, 'compete:nominationSave', { selectionId: window.id, nomineeId: teamId(b, name), reasons: `${name}服务好` })
    const estate = await ok(b, 'compete:selectionSave', { year: 2025, titleId: 'title-window', quota: 1, ballot: APPROVE, meeting: '民主测评会', entitled: 38 })
    await ok(b, 'compete:nominationSave', { selectionId: estate.id, nomineeId: teamId(b, '社保医保窗口'), reasons: '2025年服务好' })

    const told = await ok(b, 'roster:mergeTeam', { fromId: teamId(b, '社保医保窗口'), intoId: teamId(b, '综合受理窗口') })
    expect(told.said).toContain('1条评选推荐')
    expect(told.notes).toContain('「社保医保窗口」在2026年度满意窗口评选中的推荐没有并入：「综合受理窗口」在该评选中也被推荐；它留在「社保医保窗口」名下，恢复该班组即可查看')
    expect((await ok(b, 'compete:selection', { id: estate.id })).nominations.map((n) => n.nomineeName)).toEqual(['综合受理窗口'])
    expect((await ok(b, 'compete:selection', { id: window.id })).nominations.map((n) => n.nomineeName)).toEqual(['综合受理窗口', '社保医保窗口'])
  })
})

describe('compete: the demo selection', () => {
  it('is finished, adds up, and its titles are won', async () => {
    const b = await createTestBackend({ now: () => NOW })
    backends.push(b)
    await ok(b, 'demo:load')
    const [technician, modelPost] = await ok(b, 'compete:selections', { year: 2026 })
    expect(technician.status).toBe('closed')
    expect(technician.tallyCheck?.verdict).toBe('valid')
    expect(technician.nominations.map((n) => [n.nomineeName, n.votes, n.decision])).toEqual([
      ['梁伟', [31, 3, 1], 'elected'],
      ['唐磊', [27, 6, 2], 'elected'],
      ['吴昊', [9, 20, 6], 'notElected'],
      ['高磊', [2, 26, 7], 'notElected']
    ])
    expect(modelPost.status).toBe('nominating')
    expect((await ok(b, 'compete:titlesWon', { year: 2026 })).map((w) => [w.titleName, w.nomineeName, w.noticeOver])).toEqual([
      ['技术标兵', '梁伟', true],
      ['技术标兵', '唐磊', true]
    ])
    // The 党员大会 is in three days: nothing to remind of yet; its tally would be due after it.
    expect((await ok(b, 'home:reminders', { withinDays: 7 })).filter((r) => r.path === '/compete/selections')).toEqual([])
  })
})
