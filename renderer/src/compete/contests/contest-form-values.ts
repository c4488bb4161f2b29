import dayjs, { type Dayjs } from 'dayjs'
import type { ContestDraft, ContestView } from '@shared/compete/contests/contract'
import type { AwardBasis, ContestKind, EntrantKind, ScoringMethod, TieBreak } from '@shared/compete/contests/model'

/*
 * The contest editor's values and the draft main expects. New items get their id here, so that
 * the tie-breaking item can be chosen before the contest is first saved.
 */

export interface ContestFormValues {
  kind: ContestKind
  name: string
  date: Dayjs | null
  place: string
  entrantKind: EntrantKind
  entrants: string[]
  items: { id: string; name: string; max: number | null; weight: number | null; decimals: number }[]
  judges: { id?: string; personId?: string | null; name?: string }[]
  rounds: { id?: string; name: string; entrantIds: string[] }[]
  method: ScoringMethod
  trimFrom: number
  resultDecimals: number
  deductions: boolean
  basis: AwardBasis
  tiers: { label: string; quota: number | null }[]
  tieBreak: TieBreak
  tieItemId: string | null
  issuer: string
}

export const newItem = (name = '') => ({ id: crypto.randomUUID(), name, max: null, weight: 1, decimals: 0 })

export function startValues(editing: ContestView | null, today: string): ContestFormValues {
  if (!editing) {
    return {
      kind: 'skill',
      name: '',
      date: dayjs(today),
      place: '',
      entrantKind: 'person',
      entrants: [],
      items: [newItem()],
      judges: [{ personId: null, name: '' }],
      rounds: [{ name: '决赛', entrantIds: [] }],
      method: 'trimmedMean',
      trimFrom: 5,
      resultDecimals: 2,
      deductions: false,
      basis: 'count',
      tiers: [
        { label: '一等奖', quota: 1 },
        { label: '二等奖', quota: 2 },
        { label: '三等奖', quota: 3 }
      ],
      tieBreak: 'highest',
      tieItemId: null,
      issuer: ''
    }
  }
  return {
    kind: editing.kind,
    name: editing.name,
    date: dayjs(editing.date),
    place: editing.place,
    entrantKind: editing.entrantKind,
    entrants: [...editing.entrants],
    items: editing.items.map((i) => ({ ...i })),
    judges: editing.judges.map((j) => ({ ...j })),
    rounds: editing.rounds.map((r) => ({ ...r, entrantIds: [...r.entrantIds] })),
    method: editing.rule.method,
    trimFrom: editing.rule.trimFrom,
    resultDecimals: editing.rule.resultDecimals,
    deductions: editing.rule.deductions,
    basis: editing.awards.basis,
    tiers: editing.awards.tiers.map((t) => ({ ...t })),
    tieBreak: editing.awards.tieBreak,
    tieItemId: editing.awards.tieItemId,
    issuer: editing.issuer
  }
}

export function toDraft(values: ContestFormValues, year: number, id: string | undefined, ruleChangeConfirmed = false): ContestDraft {
  return {
    id,
    year,
    kind: values.kind,
    name: values.name?.trim() ?? '',
    date: values.date ? values.date.format('YYYY-MM-DD') : '',
    place: values.place?.trim() ?? '',
    entrantKind: values.entrantKind,
    entrants: values.entrants ?? [],
    items: values.items.map((i) => ({ id: i.id, name: i.name?.trim() ?? '', max: i.max ?? Number.NaN, weight: i.weight ?? 1, decimals: i.decimals ?? 0 })),
    judges: values.judges.map((j) => ({ id: j.id, personId: j.personId ?? null, name: j.personId ? '' : (j.name?.trim() ?? '') })),
    rounds: values.rounds.map((r) => ({ id: r.id, name: r.name?.trim() ?? '', entrantIds: r.entrantIds ?? [] })),
    rule: { method: values.method, trimFrom: values.trimFrom, resultDecimals: values.resultDecimals, deductions: values.deductions },
    awards: { basis: values.basis, tiers: values.tiers.map((t) => ({ label: t.label?.trim() ?? '', quota: t.quota ?? 0 })), tieBreak: values.tieBreak, tieItemId: values.tieBreak === 'item' ? values.tieItemId : null },
    issuer: values.issuer?.trim() ?? '',
    ruleChangeConfirmed
  }
}

/** The part of a contest whose change re-scores what is entered (main asks the same). */
export function scoringSignature(draft: Pick<ContestDraft, 'items' | 'rule'>): string {
  const rule = draft.rule ?? {}
  return JSON.stringify({
    items: draft.items.map((i) => [i.id, i.max, i.weight ?? 1, i.decimals ?? 0]),
    rule: [rule.method, rule.trimFrom, rule.resultDecimals, rule.deductions]
  })
}
