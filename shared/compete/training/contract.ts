import { z } from 'zod'
import { command, query, type ContractPart } from '../../contract/define'
import { yearSchema } from '../../rules/dates'
import {
  helpRecordDraftSchema,
  mentoringPairDraftSchema,
  mentoringPairSchema,
  progressNoteDraftSchema,
  TRAINING_STATUSES,
  trainingPlanDraftSchema,
  trainingPlanSchema
} from './model'

const id = z.string().min(1).max(100)
const byId = z.object({ id })
/** What a deletion did and what it kept, in a sentence for the user. */
const told = z.object({ message: z.string() })

/** A plan as the screens and documents show it: names resolved, overdue worked out for today. */
export const trainingPlanViewSchema = trainingPlanSchema.extend({
  personName: z.string(),
  teamName: z.string(),
  mentorName: z.string(),
  overdue: z.boolean(),
  /** Positive once the 完成期限 has passed, 0 on the day, negative before. */
  daysOverdue: z.number().int()
})
export type TrainingPlanView = z.infer<typeof trainingPlanViewSchema>

export const mentoringPairViewSchema = mentoringPairSchema.extend({
  helperName: z.string(),
  /** The person helped, or the team a leader is linked to. */
  helpedName: z.string()
})
export type MentoringPairView = z.infer<typeof mentoringPairViewSchema>

/** 人才培养计划与四帮四促结对. Verbs are unique across the stage's parts (they share one contract part). */
export const trainingContract = {
  trainingPlans: query(
    '人才培养计划（可按年度、状态筛选，或只看逾期的）',
    z.object({ year: yearSchema.optional(), status: z.enum(TRAINING_STATUSES).optional(), overdueOnly: z.boolean().optional() }).optional(),
    z.array(trainingPlanViewSchema)
  ),
  trainingPlanSave: command('新增或修改一项人才培养计划', trainingPlanDraftSchema, trainingPlanViewSchema),
  trainingPlanDelete: command('删除一项人才培养计划（连同它的进展记录）', byId, told),
  trainingNoteSave: command('新增或修改培养计划的一条进展记录（计划中的计划随之转为进行中）', progressNoteDraftSchema, trainingPlanViewSchema),
  trainingNoteDelete: command('删除培养计划的一条进展记录', z.object({ planId: id, id }), trainingPlanViewSchema),

  mentoringPairs: query('四帮四促结对（可按年度筛选）', z.object({ year: yearSchema.optional() }).optional(), z.array(mentoringPairViewSchema)),
  mentoringPairSave: command('新增或修改一对四帮四促结对', mentoringPairDraftSchema, mentoringPairViewSchema),
  mentoringPairDelete: command('删除一对四帮四促结对（连同它的帮扶记录）', byId, told),
  mentoringRecordSave: command('新增或修改结对的一条帮扶记录', helpRecordDraftSchema, mentoringPairViewSchema),
  mentoringRecordDelete: command('删除结对的一条帮扶记录', z.object({ pairId: id, id }), mentoringPairViewSchema)
} satisfies ContractPart
