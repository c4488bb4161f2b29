import { z } from 'zod'
import { command, query, type ContractPart } from '../../contract/define'
import { yearSchema } from '../../rules/dates'
import { BANDS } from '../../rules/satisfaction'
import { CHANNELS } from '../../rules/satisfaction-channels'
import {
  boxEntrySchema,
  forumPointSchema,
  forumSchema,
  opinionSchema,
  phoneCheckSchema,
  publicResponseSchema,
  publicRoundDraftSchema,
  publicRoundSchema,
  publicTallySchema,
  questionnaireDraftSchema,
  questionnaireSchema,
  responseDraftSchema,
  supervisorVisitSchema,
  tallyDraftSchema
} from './model'

const id = z.string().min(1).max(100)
const byId = z.object({ id })
/** What a delete did and what it kept, in words for the message after it. */
const deleted = z.object({ said: z.string() })

export const questionnaireViewSchema = questionnaireSchema.extend({ responseCount: z.number().int(), tallyCount: z.number().int(), returned: z.number().int() })
export type QuestionnaireView = z.infer<typeof questionnaireViewSchema>

const rate = z.number().nullable()
export const dimensionResultSchema = z.object({
  name: z.string(),
  counts: z.array(z.number().int()),
  valid: z.number().int(),
  invalid: z.number().int(),
  rate,
  topShare: rate,
  unsatisfied: rate,
  band: z.enum(BANDS),
  /** The same dimension's 满意率 in the previous round, and the change in points. */
  previous: rate,
  change: rate
})
export type DimensionResultView = z.infer<typeof dimensionResultSchema>

export const objectResultSchema = z.object({
  questionnaire: questionnaireViewSchema,
  returned: z.number().int(),
  voided: z.number().int(),
  kinds: z.array(z.number().int()),
  kindUnknown: z.number().int(),
  returnRate: rate,
  dimensions: z.array(dimensionResultSchema),
  overall: dimensionResultSchema,
  formula: z.string(),
  /** The previous round's questionnaire for the same object, when there is one. */
  previousTitle: z.string().nullable()
})
export type ObjectResult = z.infer<typeof objectResultSchema>

const crossCell = z.object({ rate, count: z.number().int() })
export const roundResultsSchema = z.object({
  round: publicRoundSchema,
  roundName: z.string(),
  previousRoundName: z.string().nullable(),
  objects: z.array(objectResultSchema),
  cross: z.array(z.object({ dimension: z.string(), cells: z.record(z.enum(CHANNELS), crossCell) })),
  logs: z.object({ phoneChecks: z.number().int(), forums: z.number().int(), supervisorVisits: z.number().int(), suggestions: z.number().int(), reports: z.number().int() })
})
export type RoundResults = z.infer<typeof roundResultsSchema>

/** A 举报 entry as listed before the extra confirmation: that it exists, not what it says. */
export const boxEntryViewSchema = boxEntrySchema.extend({ hidden: z.boolean() })
export type BoxEntryView = z.infer<typeof boxEntryViewSchema>

const ofRound = z.object({ roundId: id.optional(), year: yearSchema.optional() }).optional()

/** 群众评议：问卷、电话抽访、座谈会、特约监督员、意见箱和举报箱. Verbs are unique across the stage's parts (they share one contract part). */
export const publicContract = {
  publicRounds: query('群众评议轮次（可按年度筛选）', z.object({ year: yearSchema.optional() }).optional(), z.array(publicRoundSchema)),
  publicRoundSave: command('新增或修改群众评议轮次', publicRoundDraftSchema, publicRoundSchema),
  publicRoundDelete: command('删除一轮群众评议（其中已有问卷或记录时不删除）', byId, deleted),

  questionnaires: query('评议问卷（可按轮次、年度筛选），附已录入的份数', ofRound, z.array(questionnaireViewSchema)),
  questionnaireSave: command('新增或修改评议问卷（已录入答卷后评议项目和满意程度不能再改）', questionnaireDraftSchema, questionnaireViewSchema),
  questionnaireDelete: command('删除评议问卷及其已录入的答卷和汇总', byId, deleted),

  publicResponses: query('一份问卷已录入的答卷', z.object({ questionnaireId: id }), z.array(publicResponseSchema)),
  publicResponseSave: command('录入或修改一份答卷', responseDraftSchema, publicResponseSchema),
  publicResponseDelete: command('删除一份答卷', byId, deleted),
  publicTallies: query('一份问卷按项目汇总录入的份数', z.object({ questionnaireId: id }), z.array(publicTallySchema)),
  publicTallySave: command('按项目录入或修改一批纸质问卷的汇总份数', tallyDraftSchema, publicTallySchema),
  publicTallyDelete: command('删除一批汇总份数', byId, deleted),

  publicResults: query('一轮群众评议的结果：各评议对象各项目的份数、满意率、档次、与上一轮比较，以及各渠道对照', z.object({ roundId: id }), roundResultsSchema),

  phoneChecks: query('电话随机抽访记录', ofRound, z.array(phoneCheckSchema)),
  phoneCheckSave: command('新增或修改电话抽访记录', phoneCheckSchema.omit({ id: true }).extend({ id: id.optional() }), phoneCheckSchema),
  phoneCheckDelete: command('删除电话抽访记录', byId, deleted),
  forums: query('座谈会记录', ofRound, z.array(forumSchema)),
  forumSave: command('新增或修改座谈会记录', forumSchema.omit({ id: true }).extend({ id: id.optional(), points: z.array(forumPointSchema.omit({ id: true }).extend({ id: id.optional() })).max(50).default([]) }), forumSchema),
  forumDelete: command('删除座谈会记录', byId, deleted),
  supervisors: query('特约监督员（花名册中的单位外人员）', z.undefined(), z.array(z.object({ id: z.string(), name: z.string(), phone: z.string(), note: z.string() }))),
  supervisorVisits: query('特约监督员的监督记录', ofRound, z.array(supervisorVisitSchema)),
  supervisorVisitSave: command(
    '新增或修改特约监督员的监督记录',
    supervisorVisitSchema.omit({ id: true }).extend({ id: id.optional(), opinions: z.array(opinionSchema.omit({ id: true }).extend({ id: id.optional() })).max(30).default([]) }),
    supervisorVisitSchema
  ),
  supervisorVisitDelete: command('删除特约监督员的监督记录', byId, deleted),
  /** 举报 entries come back hidden (no sender, content, handling or reply) unless `showReports` is asked for after a confirmation. */
  boxEntries: query('意见箱、举报箱来信（举报内容须确认后才显示）', z.object({ roundId: id.optional(), year: yearSchema.optional(), showReports: z.boolean().default(false) }).optional(), z.array(boxEntryViewSchema)),
  boxEntrySave: command('新增或修改意见箱、举报箱来信及其办理、答复', boxEntrySchema.omit({ id: true }).extend({ id: id.optional() }), boxEntrySchema),
  boxEntryDelete: command('删除一件来信', byId, deleted)
} satisfies ContractPart
