import { describe, expect, it } from 'vitest'
import { areTeamNamesClose, teamNameCore } from '../../../electron/main/roster/similar-teams'

/* 相近班组 (issue #8): when a new team name in an import is hinted as perhaps an existing team. */

describe('team names that are close', () => {
  it.each([
    ['运维班', '运维检修班'],
    ['综合窗口', '综合受理窗口'],
    ['运维班', '运维组'],
    ['后勤组', '后勤保障组'],
    ['办公室', '综合办公室'],
    ['营销部', '市场营销部'],
    ['不动产登计窗口', '不动产登记窗口'], // a typo: one character of five
    ['运维检修班组', '运维检修班'],
    ['统一受理窗口', '受理窗口'] // 一 in a word, not a number on one side only
  ])('%s ~ %s', (a, b) => {
    expect(areTeamNamesClose(a, b)).toBe(true)
    expect(areTeamNamesClose(b, a)).toBe(true)
  })

  it.each([
    ['财务科', '后勤科'],
    ['社保窗口', '医保窗口'], // one character apart, but only two long: different services
    ['营业一班', '营业二班'],
    ['1号窗口', '2号窗口'],
    ['一线班', '二线班'],
    ['一班', '一线班'], // a single character in common is no evidence
    ['党办', '党政办'],
    ['综合窗口', '综合窗口'] // the same name is the same team, not a hint
  ])('%s ≁ %s', (a, b) => {
    expect(areTeamNamesClose(a, b)).toBe(false)
    expect(areTeamNamesClose(b, a)).toBe(false)
  })

  it('compares names without the words for the kind of team, never down to nothing', () => {
    expect(teamNameCore('运维检修班组')).toBe('运维检修')
    expect(teamNameCore('综合受理窗口')).toBe('综合受理')
    expect(teamNameCore('班组')).toBe('班')
    expect(teamNameCore(' 后勤 科 ')).toBe('后勤')
  })
})
