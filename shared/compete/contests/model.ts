import type { z } from 'zod'
import type { CountedAs, YearScope } from '../../stage'

/* 比武竞赛：技能比武、岗位练兵、作风竞赛（评委打分、排名、评奖）: the records this part keeps. */

export const contestCollections = {} satisfies Record<string, z.ZodType>

export const contestYears = {} satisfies { [K in keyof typeof contestCollections]: YearScope }

export const contestCounts = {} satisfies { [K in keyof typeof contestCollections]?: CountedAs }
