import { z } from 'zod'
import { canceledOr, command, query, type ContractPart } from '../contract/define'
import { yearSchema } from '../rules/dates'
import { unitFigureSchema } from '../model/unit-figure'
import { NAME_ORDERS } from '../rules/name-order-choices'
import { appraisalConfigSchema, appraisalDecisionSchema, appraisalRowSchema, GRADES, reopeningSchema, scheduleEntrySchema } from './model'

const year = yearSchema.meta({ label: '活动年度' })

/** One person's row with the branch's decision beside the suggestion. */
export const appraisalRowViewSchema = appraisalRowSchema.extend({ decision: appraisalDecisionSchema.nullable() })
export type AppraisalRowView = z.infer<typeof appraisalRowViewSchema>

export const appraisalOverviewSchema = z.object({
  year: yearSchema,
  config: appraisalConfigSchema,
  status: z.enum(['open', 'final']),
  /** 参评 and graded (formal members; 预备党员 are not graded). */
  graded: z.number().int(),
  quota: z.number().int(),
  /** 优秀 decided so far: the live counter against the quota. */
  decidedExcellent: z.number().int(),
  /** Graded people still without a decision. */
  undecided: z.number().int(),
  rows: z.array(appraisalRowViewSchema),
  finalisedAt: z.string().nullable(),
  reopenings: z.array(reopeningSchema)
})
export type AppraisalOverview = z.infer<typeof appraisalOverviewSchema>

/** 年终评优: the composite per person with where each figure came from, suggestions, the branch's decisions, 定稿, the workbook. */
export const appraisalContract = {
  overview: query('年终评优：每人各项得分（含来源记录）、综合得分、排名、建议等次与支部评定', z.object({ year: year.optional() }).optional(), appraisalOverviewSchema),
  configSave: command('保存本年度评优的权重、加减分、等次分数线和优秀比例（定稿后不能修改）', z.object({ year, config: appraisalConfigSchema }), appraisalOverviewSchema),
  decide: command(
    '记录支部对一人的评定等次（清空时 grade 为 null）',
    z.object({
      year,
      personId: z.string().min(1).max(100),
      grade: z.enum(GRADES).nullable().meta({ label: '评定等次' }),
      note: z.string().trim().max(200, '说明不超过200个字').default('').meta({ label: '说明' })
    }),
    appraisalOverviewSchema
  ),
  finalise: command('年终评优定稿：保存此时的全部得分与评定，此后不再随其他记录变化', z.object({ year }), appraisalOverviewSchema),
  reopen: command(
    '重新打开已定稿的年终评优（须说明原因，原因会保留）',
    z.object({ year, reason: z.string().trim().min(2, '请写明重新打开的原因').max(200, '原因不超过200个字').meta({ label: '原因' }) }),
    appraisalOverviewSchema
  ),
  unitFigures: query('支部对照“五个好”的各项数据（来自各阶段的记录）', z.object({ year: year.optional() }).optional(), z.array(unitFigureSchema)),
  schedule: query(
    '年度日程：全年关键日期（未修改过时为默认日程）',
    z.object({ year: year.optional() }).optional(),
    z.object({ year: yearSchema, entries: z.array(scheduleEntrySchema), edited: z.boolean() })
  ),
  scheduleSave: command(
    '保存年度日程',
    z.object({ year, entries: z.array(scheduleEntrySchema).max(60, '日程不超过60项').meta({ label: '日程' }) }),
    z.object({ year: yearSchema, entries: z.array(scheduleEntrySchema), edited: z.boolean() })
  ),
  exportWorkbook: query(
    '导出年终评优工作簿（Excel）：汇总表（公式引用权重表）、各项得分表、权重与规则表',
    z.object({ year: year.optional(), nameOrder: z.enum(NAME_ORDERS).default('strokes').meta({ label: '名单顺序' }) }).optional(),
    canceledOr(z.string()),
    { dialog: 'save' }
  )
} satisfies ContractPart
