import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { createDatabase } from '@shared/model/database'
import { recordYear, yearScope } from '@shared/rules/campaign-year'
import { STAGES, STAGE_IDS } from '@shared/stages'

/** The element schema of a collection (`z.array(x).default([])` → x), when it is an array of objects. */
function elementShape(collection: z.ZodType): Record<string, z.ZodType> | null {
  let schema: z.ZodType = collection
  while (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional) schema = schema.unwrap() as z.ZodType
  if (!(schema instanceof z.ZodArray)) return null
  const element = schema.element as z.ZodType
  return element instanceof z.ZodObject ? (element.shape as Record<string, z.ZodType>) : null
}

describe('campaign years', () => {
  it('every stage says how each of its collections belongs to a year, and year-scoped records carry a year', () => {
    for (const id of STAGE_IDS) {
      const { collections, years } = STAGES[id] as { collections: Record<string, z.ZodType>; years: Record<string, unknown> }
      expect(Object.keys(years).sort(), id).toEqual(Object.keys(collections).sort())
      for (const [name, scope] of Object.entries(years)) {
        if (scope === 'year') expect(elementShape(collections[name])?.year, `${name}.year`).toBeDefined()
        if (scope && typeof scope === 'object') {
          const { parent, key } = scope as { parent: string; key: string }
          expect(yearScope(parent), `${name} → ${parent}`).not.toBe('lasting')
          expect(elementShape(collections[name])?.[key], `${name}.${key}`).toBeDefined()
        }
      }
    }
  })

  it('finds a record’s year, through its parent for child records', () => {
    const db = {
      ...createDatabase(new Date(2026, 0, 1)),
      pledges: [{ id: 'p1', year: 2025 } as never],
      fulfilments: [{ id: 'f1', pledgeId: 'p1' } as never, { id: 'f2', pledgeId: 'gone' } as never]
    }
    expect(recordYear(db, 'pledges', { id: 'p1', year: 2025 })).toBe(2025)
    expect(recordYear(db, 'fulfilments', { id: 'f1', pledgeId: 'p1' })).toBe(2025)
    expect(recordYear(db, 'fulfilments', { id: 'f2', pledgeId: 'gone' })).toBeNull()
    expect(recordYear(db, 'people', { id: 'x' })).toBeNull()
  })
})
