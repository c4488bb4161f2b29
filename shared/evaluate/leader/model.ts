import type { z } from 'zod'
import type { CountedAs, YearScope } from '../../stage'

/* 领导点评: the records this part keeps. */

export const leaderCollections = {} satisfies Record<string, z.ZodType>

export const leaderYears = {} satisfies { [K in keyof typeof leaderCollections]: YearScope }

export const leaderCounts = {} satisfies { [K in keyof typeof leaderCollections]?: CountedAs }
