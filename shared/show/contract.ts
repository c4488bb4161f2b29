import { z } from 'zod'
import { command, noInput, query, type ContractPart } from '../contract/define'
import { yearSchema } from '../rules/dates'
import {
  ASSESSMENT_PERIODS,
  assessmentConfigSchema,
  assessmentDraftSchema,
  fulfilmentDraftSchema,
  fulfilmentSchema,
  gradeLevelSchema,
  PLEDGE_ACTIONS,
  PLEDGE_STATUSES,
  pledgeAssessmentSchema,
  pledgeDraftSchema,
  pledgeSchema,
  showSettingsSchema,
  tipAssignmentSchema,
  tipPhraseDraftSchema,
  tipPhraseSchema,
  daySchema
} from './model'

const id = z.string().min(1).max(100)
const byId = z.object({ id })
const year = yearSchema

/** A pledge as the screens show it: with the moves its status allows, its overdue and its done items. */
export const pledgeViewSchema = pledgeSchema.extend({
  allowedActions: z.array(z.enum(PLEDGE_ACTIONS)),
  overdueItemIds: z.array(z.string()),
  /** Items a 践诺记录 reports done (该项已完成), with the day of the first such record. */
  doneItems: z.array(z.object({ itemId: z.string(), on: daySchema }))
})
export type PledgeView = z.infer<typeof pledgeViewSchema>

/**
 * An assessment with its result worked out by shared/rules/pledge-assessment.ts: with its basis once
 * final, else with the current settings (`config` is the one used).
 */
export const assessmentViewSchema = pledgeAssessmentSchema.extend({
  result: z.object({
    score: z.number().nullable(),
    level: gradeLevelSchema.nullable(),
    complete: z.boolean(),
    items: z.array(z.object({ itemId: z.string(), score: z.number().nullable(), complete: z.boolean() }))
  }),
  config: assessmentConfigSchema
})
export type AssessmentView = z.infer<typeof assessmentViewSchema>

const computedResultSchema = z.object({ score: z.number().nullable(), level: gradeLevelSchema.nullable(), config: assessmentConfigSchema })

/** 重新计算 of a final assessment, before it is done: its result now, and under the current settings. */
export const recomputationSchema = z.object({ assessmentId: z.string(), before: computedResultSchema, after: computedResultSchema, changed: z.boolean() })
export type RecomputationView = z.infer<typeof recomputationSchema>

export const overdueEntrySchema = z.object({
  pledgeId: z.string(),
  itemId: z.string(),
  scope: pledgeSchema.shape.scope,
  personId: z.string().nullable(),
  teamId: z.string().nullable(),
  /** The member's or team's name, or the branch's, ready to show. */
  ownerName: z.string(),
  content: z.string(),
  dueOn: daySchema,
  daysOverdue: z.number().int()
})
export type OverdueEntry = z.infer<typeof overdueEntrySchema>

/** 三亮: pledges (草拟 → 支部审核 → 公开 → 践诺 → 评诺), fulfilment records, assessments, the tip phrase library. */
export const showContract = {
  settings: query('三亮设置：评诺等次与权重、监督电话、桌牌配色', noInput, showSettingsSchema),
  settingsSave: command('保存三亮设置', showSettingsSchema, showSettingsSchema),

  pledges: query('承诺列表（可按年度、状态筛选），附可执行的操作和逾期事项', z.object({ year: year.optional(), status: z.enum(PLEDGE_STATUSES).optional() }).optional(), z.array(pledgeViewSchema)),
  pledgeSave: command('新增或修改承诺（草拟或退回修改时）', pledgeDraftSchema, pledgeViewSchema),
  pledgeDelete: command('删除一条承诺', byId, z.null()),
  pledgeTransition: command('推进一条承诺的流程：提交、审核、退回、公开、践诺、评诺、撤回', 
    z.object({ id, action: z.enum(PLEDGE_ACTIONS), reason: z.string().max(300, '原因不超过300个字').default('').meta({ label: '原因' }) }),
    pledgeViewSchema
  ),
  /** Several pledges at once (e.g. 全部审核通过, 全部公开): all or nothing. */
  pledgeTransitionMany: command('批量推进承诺流程（全部成功或全部不改）', 
    z.object({ ids: z.array(id).min(1).max(5000), action: z.enum(PLEDGE_ACTIONS), reason: z.string().max(300, '原因不超过300个字').default('').meta({ label: '原因' }) }),
    z.array(pledgeViewSchema)
  ),
  /** Overdue pledge items for the home page, most overdue first. */
  overdue: query('逾期未完成的承诺事项，逾期最久的在前', z.object({ asOf: daySchema.optional() }).optional(), z.array(overdueEntrySchema)),

  fulfilments: query('践诺记录（可按承诺筛选）', z.object({ pledgeId: id.optional() }).optional(), z.array(fulfilmentSchema)),
  fulfilmentSave: command('新增或修改践诺记录', fulfilmentDraftSchema, fulfilmentSchema),
  fulfilmentDelete: command('删除践诺记录', byId, z.null()),

  assessments: query('评诺记录及其结果（已定稿的按定稿时的设置，其余按当前设置）', z.object({ year: year.optional(), period: z.enum(ASSESSMENT_PERIODS).optional() }).optional(), z.array(assessmentViewSchema)),
  /** Creates or replaces the assessment of one pledge for one period. */
  assessmentSave: command('保存一条承诺某一时段的评诺', assessmentDraftSchema, assessmentViewSchema),
  assessmentDelete: command('删除评诺记录', byId, z.null()),
  /** What 重新计算 would change, for the user to see before confirming. */
  assessmentRecomputePreview: query('查看一条已定稿的评诺按当前设置重新计算后的变化', byId, recomputationSchema),
  /** `config` is the settings the user saw in the preview: refused if they have changed since. */
  assessmentRecompute: command('按当前评诺设置重新计算一条已定稿的评诺', z.object({ id, config: assessmentConfigSchema }), assessmentViewSchema),

  phrases: query('温馨提示语库', noInput, z.array(tipPhraseSchema)),
  phraseSave: command('新增或修改提示语', tipPhraseDraftSchema, tipPhraseSchema),
  phraseDelete: command('删除提示语', byId, z.null()),
  /** Puts back the built-in phrases that were deleted or edited; the user's own phrases stay. */
  phrasesRestoreDefaults: command('找回被删除或修改的内置提示语（自己添加的保留）', noInput, z.array(tipPhraseSchema)),
  tipAssignments: query('为每人选定的桌面提示语', noInput, z.array(tipAssignmentSchema)),
  tipAssign: command('为一人选定桌面提示语', tipAssignmentSchema, tipAssignmentSchema)
} satisfies ContractPart
