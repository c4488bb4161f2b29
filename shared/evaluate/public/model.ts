import type { z } from 'zod'
import type { CountedAs, YearScope } from '../../stage'

/* 群众评议：问卷、电话抽访、座谈会、特约监督员、意见箱和举报箱: the records this part keeps. */

export const publicCollections = {} satisfies Record<string, z.ZodType>

export const publicYears = {} satisfies { [K in keyof typeof publicCollections]: YearScope }

export const publicCounts = {} satisfies { [K in keyof typeof publicCollections]?: CountedAs }
