import { DEFAULT_SATISFIED_LEVELS } from '../evaluate/public/model'

/*
 * The cross-table of satisfaction by dimension and by channel (问卷, 电话抽访, 特约监督员, 意见箱).
 * Questionnaires are pooled by dimension name over the round's objects, each on its own scale and
 * formula; a phone call's or supervisor's rating is on the four default levels, 满意率 counting
 * 满意、比较满意、基本满意; a box entry carries no rating, so its cell counts the entries that
 * concern the dimension.
 */

export const CHANNELS = ['questionnaire', 'phone', 'supervisor', 'box'] as const
export type Channel = (typeof CHANNELS)[number]
export const CHANNEL_LABELS: Record<Channel, string> = { questionnaire: '问卷', phone: '电话抽访', supervisor: '特约监督员', box: '意见箱' }

export interface CrossCell {
  /** Satisfied over rated, 0–100; null for the box, or when nothing was rated. */
  rate: number | null
  /** Answers rated (or box entries). */
  count: number
}

export interface ChannelInput {
  /** Per questionnaire: per dimension name, satisfied and valid counts under its own formula. */
  questionnaires: readonly { name: string; satisfied: number; valid: number }[][]
  ratings: { phone: readonly { dimension: string; level: number }[][]; supervisor: readonly { dimension: string; level: number }[][] }
  boxDimensions: readonly (string | null)[]
}

export function crossTable(dimensions: readonly string[], input: ChannelInput): { dimension: string; cells: Record<Channel, CrossCell> }[] {
  const satisfiedLevel = new Set<number>(DEFAULT_SATISFIED_LEVELS)
  const rated = (lists: readonly { dimension: string; level: number }[][], name: string): CrossCell => {
    let satisfied = 0
    let count = 0
    for (const list of lists) {
      for (const r of list) {
        if (r.dimension !== name) continue
        count += 1
        if (satisfiedLevel.has(r.level)) satisfied += 1
      }
    }
    return { rate: count ? (satisfied * 100) / count : null, count }
  }
  return dimensions.map((name) => {
    let satisfied = 0
    let valid = 0
    for (const q of input.questionnaires) {
      for (const d of q) {
        if (d.name !== name) continue
        satisfied += d.satisfied
        valid += d.valid
      }
    }
    return {
      dimension: name,
      cells: {
        questionnaire: { rate: valid ? (satisfied * 100) / valid : null, count: valid },
        phone: rated(input.ratings.phone, name),
        supervisor: rated(input.ratings.supervisor, name),
        box: { rate: null, count: input.boxDimensions.filter((d) => d === name).length }
      }
    }
  })
}
