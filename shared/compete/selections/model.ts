import type { z } from 'zod'
import type { CountedAs, YearScope } from '../../stage'

/* 评选：称号、推荐、民主测评票、计票、评选结果公示: the records this part keeps. */

export const selectionCollections = {} satisfies Record<string, z.ZodType>

export const selectionYears = {} satisfies { [K in keyof typeof selectionCollections]: YearScope }

export const selectionCounts = {} satisfies { [K in keyof typeof selectionCollections]?: CountedAs }
