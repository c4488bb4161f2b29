import type { NomineeResult } from './ballot-tally'

/*
 * Votes inform, the meeting decides (不能简单以票取人): the meeting's 当选 / 未当选 is recorded next
 * to the votes and both are kept. The votes point one way (within the quota and with more than half
 * of the valid ballots favourable); a decision that goes the other way, or settles a tie at the
 * quota's edge, needs a note saying why.
 */

export type Suggestion = 'elected' | 'notElected' | 'tie'
export const SUGGESTION_LABELS: Record<Suggestion, string> = { elected: '得票在名额内且过半数', notElected: '得票未过半数或在名额外', tie: '得票相同、处在名额边界' }

/** What the votes alone would say of each nominee. */
export function voteSuggestions(results: readonly Pick<NomineeResult, 'id' | 'favourable' | 'overHalf' | 'rank'>[], quota: number): Map<string, Suggestion> {
  const suggestions = new Map<string, Suggestion>()
  for (const result of results) {
    const tied = results.filter((other) => other.favourable === result.favourable).length
    const lastPlace = result.rank + tied - 1
    suggestions.set(result.id, !result.overHalf || result.rank > quota ? 'notElected' : lastPlace <= quota ? 'elected' : 'tie')
  }
  return suggestions
}

export interface DecisionEntry {
  id: string
  name: string
  decision: 'elected' | 'notElected' | null
  note: string
  /** From voteSuggestions; null when the round has no valid tally. */
  suggestion: Suggestion | null
}

export interface DecisionIssue {
  /** The nominee the sentence is about, or null for the whole list. */
  nomineeId: string | null
  message: string
}

/** `round`: the tally's verdict (`valid`, `void`), or null when no tally is entered. */
export function checkDecisions(entries: readonly DecisionEntry[], quota: number, round: 'valid' | 'void' | null): DecisionIssue[] {
  const issues: DecisionIssue[] = []
  for (const entry of entries) {
    if (entry.decision === 'elected' && round !== 'valid') {
      issues.push({ nomineeId: entry.id, message: round === 'void' ? `本轮投票无效，不能记录${entry.name}当选；请重新投票` : `尚未录入计票，不能记录${entry.name}当选` })
      continue
    }
    if (!entry.decision || !entry.suggestion || entry.note) continue
    if (entry.suggestion === 'tie') issues.push({ nomineeId: entry.id, message: `${entry.name}与他人得票相同、处在名额边界，请在说明中写明会议如何决定` })
    else if (entry.suggestion !== entry.decision) {
      const votes = entry.suggestion === 'elected' ? '得票在名额内且过半数' : '得票未过半数或不在名额内'
      issues.push({ nomineeId: entry.id, message: `${entry.name}${votes}，会议决定${entry.decision === 'elected' ? '当选' : '未当选'}：请在说明中写明理由` })
    }
  }
  const elected = entries.filter((entry) => entry.decision === 'elected').length
  if (elected > quota) issues.push({ nomineeId: null, message: `当选${elected}名，超过名额${quota}名` })
  return issues
}
