import { z } from 'zod'
import { daySchema, yearSchema } from '../../rules/dates'
import { labelled } from '../../validation'
import type { CountedAs, YearScope } from '../../stage'

/*
 * 群众评议 (public review): questionnaires with their keyed responses and hand-counted tallies, and the
 * other channels as dated logs (电话随机抽访, 座谈会, 特约监督员, 意见箱/举报箱). People and teams are
 * referred to by id; the object reviewed also keeps its name so a result still reads after a merge.
 */

export const DEFAULT_DIMENSIONS = ['政策落实', '服务水平', '服务质量', '办事效率', '工作作风', '廉洁自律'] as const
export const DEFAULT_SCALE = ['满意', '比较满意', '基本满意', '不满意'] as const
export const DEFAULT_RESPONDENT_KINDS = ['党员', '群众', '服务对象'] as const
export const DEFAULT_OPEN_QUESTIONS = ['您对我们的工作有哪些意见和建议？'] as const
/** 满意率 counts 满意 + 比较满意 + 基本满意 by default (levels by their place on the scale). */
export const DEFAULT_SATISFIED_LEVELS = [0, 1, 2] as const

export const HALVES = ['first', 'second'] as const
export type Half = (typeof HALVES)[number]
export const HALF_LABELS: Record<Half, string> = { first: '上半年', second: '下半年' }
/** 2026年上半年. */
export const roundName = (round: { year: number; half: Half }) => `${round.year}年${HALF_LABELS[round.half]}`

export const OBJECT_KINDS = ['unit', 'team', 'person'] as const
export type ObjectKind = (typeof OBJECT_KINDS)[number]
export const OBJECT_KIND_LABELS: Record<ObjectKind, string> = { unit: '本单位', team: '班组（窗口）', person: '党员' }

const shortText = (label: string, max: number) => z.string().trim().min(1, `请填写${label}`).max(max, `${label}不超过${max}个字`)
const note = (label: string, max: number) => z.string().trim().max(max, `${label}不超过${max}个字`).default('')

/** Bands in percent: a rate ≥ good is 好, ≥ fair is 一般, below fair 需整改. */
export const bandsSchema = z
  .object(
    labelled(
      { good: z.number().min(0, '不能小于0').max(100, '不能大于100').default(85), fair: z.number().min(0, '不能小于0').max(100, '不能大于100').default(60) },
      { good: '“好”的下限（%）', fair: '“一般”的下限（%）' }
    )
  )
  .refine((b) => b.fair <= b.good, { message: '不能高于“好”的下限', path: ['fair'] })
export type Bands = z.infer<typeof bandsSchema>

export const objectSchema = z.object(
  labelled(
    /** A team's or member's name is taken from the roster; the unit's defaults to the unit's name. */
    { kind: z.enum(OBJECT_KINDS), id: z.string().nullable().default(null), name: note('评议对象', 40) },
    { kind: '评议对象类型', name: '评议对象' }
  )
)
export type ReviewObject = z.infer<typeof objectSchema>

/** A half-year round of 群众评议 (2026年上半年): its questionnaires and logs fall within its dates. */
export const publicRoundSchema = z.object(
  labelled(
    {
      id: z.string().min(1),
      year: yearSchema,
      half: z.enum(HALVES),
      startOn: daySchema,
      endOn: daySchema
    },
    { year: '年度', half: '半年', startOn: '开始日期', endOn: '结束日期' }
  )
)
export type PublicRound = z.infer<typeof publicRoundSchema>
export const publicRoundDraftSchema = publicRoundSchema
  .omit({ id: true })
  .extend({ id: z.string().min(1).optional() })
  .refine((r) => r.endOn >= r.startOn, { message: '不能早于开始日期', path: ['endOn'] })

const questionnaireFields = {
  roundId: z.string().min(1, '请选择评议轮次'),
  title: shortText('问卷标题', 60),
  object: objectSchema,
  dimensions: z.array(shortText('评议项目', 20)).min(1, '至少需要一个评议项目').max(12, '评议项目不超过12个'),
  scale: z.array(shortText('满意程度', 8)).min(2, '满意程度至少两级').max(7, '满意程度不超过7级'),
  /** Which levels (by place on the scale) 满意率 counts: printed with the results. */
  satisfiedLevels: z.array(z.number().int().min(0)).min(1, '满意率至少要计入一级').default([...DEFAULT_SATISFIED_LEVELS]),
  respondentKinds: z.array(shortText('答卷人类别', 10)).max(8, '答卷人类别不超过8类').default([...DEFAULT_RESPONDENT_KINDS]),
  openQuestions: z.array(shortText('开放式问题', 60)).max(5, '开放式问题不超过5个').default([...DEFAULT_OPEN_QUESTIONS]),
  bands: bandsSchema.default({ good: 85, fair: 60 }),
  /** Fewer valid answers than this and a dimension's result is 样本不足. */
  minResponses: z.number().int().min(1, '最少有效份数不能小于1').max(10000).default(30),
  /** 发放份数, when known: keyed responses and tallies may not exceed it. */
  distributed: z.number().int().min(0).max(100000).nullable().default(null)
}
const questionnaireLabels = {
  roundId: '评议轮次',
  title: '问卷标题',
  object: '评议对象',
  dimensions: '评议项目',
  scale: '满意程度',
  satisfiedLevels: '满意率计入的等级',
  respondentKinds: '答卷人类别',
  openQuestions: '开放式问题',
  bands: '评定档次',
  minResponses: '最少有效份数',
  distributed: '发放份数'
} as const

const distinct = (list: readonly string[]) => new Set(list).size === list.length
const questionnaireRules = <T extends z.ZodType<{ dimensions: string[]; scale: string[]; satisfiedLevels: number[]; respondentKinds: string[] }>>(schema: T) =>
  schema
    .refine((q) => distinct(q.dimensions), { message: '评议项目不能重复', path: ['dimensions'] })
    .refine((q) => distinct(q.scale), { message: '满意程度不能重复', path: ['scale'] })
    .refine((q) => distinct(q.respondentKinds), { message: '答卷人类别不能重复', path: ['respondentKinds'] })
    .refine((q) => q.satisfiedLevels.every((l) => l < q.scale.length), { message: '满意率计入的等级不在满意程度之中', path: ['satisfiedLevels'] })
    .refine((q) => q.satisfiedLevels.length < q.scale.length, { message: '满意率不能计入全部等级，至少留一级为不满意', path: ['satisfiedLevels'] })

export const questionnaireSchema = z.object(labelled({ id: z.string().min(1), ...questionnaireFields, createdAt: z.string().default('') }, questionnaireLabels))
export type Questionnaire = z.infer<typeof questionnaireSchema>
export const questionnaireDraftSchema = questionnaireRules(z.object(labelled({ id: z.string().min(1).optional(), ...questionnaireFields }, questionnaireLabels)))
export type QuestionnaireDraft = z.input<typeof questionnaireDraftSchema>

/**
 * One mark per dimension: the level's place on the scale, `blank` (nothing ticked) or `several`
 * (more than one ticked). A blank or several is invalid for that dimension and counted apart.
 */
export const markSchema = z.union([z.number().int().min(0), z.enum(['blank', 'several'])])
export type Mark = z.infer<typeof markSchema>

/** One paper questionnaire keyed in: no name of whoever answered is kept. */
export const publicResponseSchema = z.object(
  labelled(
    {
      id: z.string().min(1),
      questionnaireId: z.string().min(1),
      /** Place in the questionnaire's respondent kinds; null when not ticked. */
      kind: z.number().int().min(0).nullable().default(null),
      marks: z.array(markSchema),
      answers: z.array(z.string().trim().max(500, '意见建议不超过500个字')).default([])
    },
    { kind: '答卷人类别', marks: '评议结果', answers: '意见建议' }
  )
)
export type PublicResponse = z.infer<typeof publicResponseSchema>
export const responseDraftSchema = publicResponseSchema.omit({ id: true }).extend({ id: z.string().min(1).optional() })

/** Hand-counted paper: how many came back, and per dimension how many ticked each level. */
export const publicTallySchema = z.object(
  labelled(
    {
      id: z.string().min(1),
      questionnaireId: z.string().min(1),
      returned: z.number().int().min(1, '收回份数至少为1').max(100000),
      /** counts[dimension][level]; what a dimension's counts leave of `returned` is invalid for it. */
      counts: z.array(z.array(z.number().int().min(0, '份数不能为负'))),
      /** Returned questionnaires per respondent kind, when counted. */
      kinds: z.array(z.number().int().min(0, '份数不能为负')).default([]),
      note: note('备注', 200)
    },
    { returned: '收回份数', counts: '各项份数', kinds: '答卷人类别份数', note: '备注' }
  )
)
export type PublicTally = z.infer<typeof publicTallySchema>
export const tallyDraftSchema = publicTallySchema.omit({ id: true }).extend({ id: z.string().min(1).optional() })

// ---------------------------------------------------------------------------------------------
// The other channels, each a dated log. They rate on the default four levels.

/** A rating of one dimension by a caller, a supervisor: level 0 = 满意 … 3 = 不满意. */
export const ratingSchema = z.object(
  labelled({ dimension: shortText('评议项目', 20), level: z.number().int().min(0, '满意程度不在范围内').max(DEFAULT_SCALE.length - 1, '满意程度不在范围内') }, { dimension: '评议项目', level: '满意程度' })
)
export type Rating = z.infer<typeof ratingSchema>
const ratings = z.array(ratingSchema).max(12).default([])
const levelOrNull = z.number().int().min(0).max(DEFAULT_SCALE.length - 1, '满意程度不在范围内').nullable().default(null)

export const phoneCheckSchema = z.object(
  labelled(
    {
      id: z.string().min(1),
      roundId: z.string().min(1, '请选择评议轮次'),
      date: daySchema,
      callerId: z.string().nullable().default(null),
      callee: shortText('被访人', 20),
      phone: note('电话', 30),
      answers: note('回访情况', 1000),
      satisfaction: levelOrNull,
      ratings
    },
    { roundId: '评议轮次', date: '抽访日期', callerId: '抽访人', callee: '被访人', phone: '电话', answers: '回访情况', satisfaction: '总体满意程度', ratings: '分项评价' }
  )
)
export type PhoneCheck = z.infer<typeof phoneCheckSchema>

export const forumPointSchema = z.object(labelled({ id: z.string().min(1), text: shortText('意见', 300), isProblem: z.boolean().default(true) }, { text: '意见', isProblem: '需整改' }))
export const forumSchema = z.object(
  labelled(
    {
      id: z.string().min(1),
      roundId: z.string().min(1, '请选择评议轮次'),
      date: daySchema,
      place: note('地点', 40),
      attendees: shortText('参加人员', 500),
      attendeeCount: z.number().int().min(1, '参加人数至少为1').max(1000),
      points: z.array(forumPointSchema).max(50).default([])
    },
    { roundId: '评议轮次', date: '座谈日期', place: '地点', attendees: '参加人员', attendeeCount: '参加人数', points: '提出的意见' }
  )
)
export type Forum = z.infer<typeof forumSchema>

export const opinionSchema = z.object(labelled({ id: z.string().min(1), text: shortText('意见', 300) }, { text: '意见' }))
export const supervisorVisitSchema = z.object(
  labelled(
    {
      id: z.string().min(1),
      roundId: z.string().min(1, '请选择评议轮次'),
      date: daySchema,
      supervisorId: z.string().min(1, '请选择特约监督员'),
      purpose: note('监督内容', 300),
      opinions: z.array(opinionSchema).max(30).default([]),
      ratings
    },
    { roundId: '评议轮次', date: '监督日期', supervisorId: '特约监督员', purpose: '监督内容', opinions: '意见', ratings: '分项评价' }
  )
)
export type SupervisorVisit = z.infer<typeof supervisorVisitSchema>

export const BOXES = ['suggestion', 'report'] as const
export type Box = (typeof BOXES)[number]
export const BOX_LABELS: Record<Box, string> = { suggestion: '意见箱', report: '举报箱' }
export const BOX_STATUSES = ['received', 'handling', 'replied', 'closed'] as const
export type BoxStatus = (typeof BOX_STATUSES)[number]
export const BOX_STATUS_LABELS: Record<BoxStatus, string> = { received: '已收到', handling: '办理中', replied: '已答复', closed: '已办结' }
/** Days within which a box entry should be replied to (the home page reminds after). */
export const BOX_REPLY_DAYS = 15

export const boxEntrySchema = z.object(
  labelled(
    {
      id: z.string().min(1),
      roundId: z.string().min(1, '请选择评议轮次'),
      box: z.enum(BOXES),
      receivedOn: daySchema,
      sender: note('来信人', 40),
      dimension: z.string().trim().max(20).nullable().default(null),
      content: shortText('内容', 2000),
      handling: note('办理情况', 1000),
      reply: note('答复内容', 1000),
      repliedOn: daySchema.nullable().default(null),
      status: z.enum(BOX_STATUSES).default('received')
    },
    { roundId: '评议轮次', box: '信箱', receivedOn: '收到日期', sender: '来信人', dimension: '涉及项目', content: '内容', handling: '办理情况', reply: '答复内容', repliedOn: '答复日期', status: '状态' }
  )
)
export type BoxEntry = z.infer<typeof boxEntrySchema>

export const publicCollections = {
  publicRounds: z.array(publicRoundSchema).default([]),
  questionnaires: z.array(questionnaireSchema).default([]),
  publicResponses: z.array(publicResponseSchema).default([]),
  publicTallies: z.array(publicTallySchema).default([]),
  phoneChecks: z.array(phoneCheckSchema).default([]),
  forums: z.array(forumSchema).default([]),
  supervisorVisits: z.array(supervisorVisitSchema).default([]),
  boxEntries: z.array(boxEntrySchema).default([])
} satisfies Record<string, z.ZodType>

const ofRound = { parent: 'publicRounds', key: 'roundId' } as const
export const publicYears = {
  publicRounds: 'year',
  questionnaires: ofRound,
  publicResponses: { parent: 'questionnaires', key: 'questionnaireId' },
  publicTallies: { parent: 'questionnaires', key: 'questionnaireId' },
  phoneChecks: ofRound,
  forums: ofRound,
  supervisorVisits: ofRound,
  boxEntries: ofRound
} satisfies { [K in keyof typeof publicCollections]: YearScope }

export const publicCounts = {
  publicRounds: { label: '群众评议轮次', unit: '轮' },
  questionnaires: { label: '评议问卷', unit: '种' },
  publicResponses: { label: '问卷答卷', unit: '份' },
  phoneChecks: { label: '电话抽访', unit: '次' },
  forums: { label: '座谈会', unit: '次' },
  supervisorVisits: { label: '特约监督员监督', unit: '次' },
  boxEntries: { label: '意见箱举报箱来信', unit: '件' }
} satisfies { [K in keyof typeof publicCollections]?: CountedAs }
