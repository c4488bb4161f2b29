import { z } from 'zod'
import { fundLineSchema } from './funds'
import { chaseSchema, rectificationSchema } from './ledger'
import { assessmentRecordSchema, rewardPenaltySchema } from './records'
import { responsibilityTargetSchema } from './targets'

/** The stage's part of the database (joined into shared/model/database.ts). */
export const followupCollections = {
  rectifications: z.array(rectificationSchema).default([]),
  chases: z.array(chaseSchema).default([]),
  responsibilityTargets: z.array(responsibilityTargetSchema).default([]),
  fundLines: z.array(fundLineSchema).default([]),
  assessmentRecords: z.array(assessmentRecordSchema).default([]),
  rewardPenalties: z.array(rewardPenaltySchema).default([])
}
