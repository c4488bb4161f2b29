import type { z } from 'zod'
import type { CountedAs, YearScope } from '../../stage'

/* 党员自评与互评（每半年一轮）: the records this part keeps. */

export const reviewCollections = {} satisfies Record<string, z.ZodType>

export const reviewYears = {} satisfies { [K in keyof typeof reviewCollections]: YearScope }

export const reviewCounts = {} satisfies { [K in keyof typeof reviewCollections]?: CountedAs }
