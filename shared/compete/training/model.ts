import type { z } from 'zod'
import type { CountedAs, YearScope } from '../../stage'

/* 人才培养计划与四帮四促结对: the records this part keeps. */

export const trainingCollections = {} satisfies Record<string, z.ZodType>

export const trainingYears = {} satisfies { [K in keyof typeof trainingCollections]: YearScope }

export const trainingCounts = {} satisfies { [K in keyof typeof trainingCollections]?: CountedAs }
