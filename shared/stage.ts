import type { z } from 'zod'
import type { ContractPart } from './contract/define'

/*
 * What a stage gives the shared side: shared/<stage>/index.ts exports one of these, and
 * shared/stages.ts lists it once.
 */

/**
 * How a collection's records belong to a campaign year (活动年度; the current one is
 * `settings.year`): `year` records carry a `year` field; a child record belongs to its parent's
 * year (a 践诺记录 to its pledge's); `lasting` records serve every year (the roster, the phrase
 * library, a stage's settings).
 */
export type YearScope = 'year' | { parent: string; key: string } | 'lasting'

/** How a restore's confirmation names a collection's records: 人员 40 人, 承诺 12 条. */
export interface CountedAs {
  label: string
  /** The measure word after the number. */
  unit: string
}

export interface SharedStage<C extends Record<string, z.ZodType> = Record<string, z.ZodType>, P extends ContractPart = ContractPart> {
  id: string
  /** The stage's Chinese name (花名册, 三亮, 三比 ...). */
  label: string
  contract: P
  /** The stage's part of the database: collection name → schema with its default. */
  collections: C
  years: { [K in keyof C]: YearScope }
  /**
   * The collections a restore's confirmation counts, comparing a backup with the current data
   * (collections of records only; records in the recycle bin are left out of the count).
   */
  counts: { [K in keyof C]?: CountedAs }
}

export function defineStage<const Id extends string, C extends Record<string, z.ZodType>, P extends ContractPart>(
  stage: SharedStage<C, P> & { id: Id }
): SharedStage<C, P> & { id: Id } {
  return stage
}
