import type { Team } from '@shared/roster/model'

/*
 * 相近班组: a team name in an imported file that is probably an existing team written another way
 * (运维班 for 运维检修班, 综合窗口 for 综合受理窗口). Only a hint: the user decides in the preview,
 * and the default is to create the new team. So the rule errs towards hinting, except where a
 * difference is plainly meant: 一班 and 二班, 1号窗口 and 2号窗口 are different teams.
 */

/** The words that say what kind of team it is, not which: compared without them. */
const KIND_SUFFIXES = ['窗口', '班', '组', '部', '科', '室', '队']

/** Numbering that tells teams apart. */
const NUMERALS = /[0-9０-９一二三四五六七八九十百〇零甲乙丙丁]/gu

/** `运维检修班组` → `运维检修`; never down to nothing (`班组` stays `班`). */
export function teamNameCore(name: string): string {
  let core = name.replace(/[\s\u3000]/g, '')
  for (let stripped = true; stripped; ) {
    stripped = false
    for (const suffix of KIND_SUFFIXES) {
      if (core.length > suffix.length && core.endsWith(suffix)) {
        core = core.slice(0, -suffix.length)
        stripped = true
      }
    }
  }
  return core
}

/** Levenshtein distance over code points (so 𠮷 counts as one character). */
function editDistance(a: string, b: string): number {
  const x = Array.from(a)
  const y = Array.from(b)
  let previous = y.map((_, j) => j + 1)
  previous.unshift(0)
  for (let i = 1; i <= x.length; i++) {
    const current = [i]
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[y.length]
}

/**
 * Close when, without the kind words, one name contains the other (at least two characters of it:
 * a lone 一 is in too many names), or they differ in one character out of three or more
 * (不动产登计 for 不动产登记; two-character names like 社保 and 医保 differ by one and are not the
 * same). Never when both are numbered and the numbers differ.
 */
export function areTeamNamesClose(a: string, b: string): boolean {
  if (a === b) return false
  const x = teamNameCore(a)
  const y = teamNameCore(b)
  if (x === y) return true
  const numbersOf = (core: string) => (core.match(NUMERALS) ?? []).join('')
  const [nx, ny] = [numbersOf(x), numbersOf(y)]
  if (nx && ny && nx !== ny) return false
  const [shorter, longer] = Array.from(x).length <= Array.from(y).length ? [x, y] : [y, x]
  const shortLength = Array.from(shorter).length
  if (shortLength >= 2 && longer.includes(shorter)) return true
  return shortLength >= 3 && editDistance(x, y) <= 1
}

/** The existing teams a new name is close to, in the teams' order. */
export function similarTeams(name: string, teams: readonly Team[]): Team[] {
  return teams.filter((t) => areTeamNamesClose(name, t.name))
}
