import { z } from 'zod'
import { daySchema, monthOrDaySchema, yearSchema } from '../rules/dates'
import { phoneSchema } from '../rules/phone'
import { labelled } from '../validation'
import { DEFAULT_TIP_PHRASES } from './tip-phrases'

export { daySchema }

/*
 * 三亮 (show): pledges and their fulfilment and assessment (亮承诺 / 亮形象), the phrase library for
 * desk tip cards (亮身份), and the stage's settings. People and teams are referred to by id only.
 */

/** A deadline may be a day or only a month (`2026-06` means by the end of June). */
export const deadlineSchema = monthOrDaySchema('完成时限格式应为“2026-06”或“2026-06-30”')

// ---------------------------------------------------------------------------------------------
// Pledges (亮承诺)

export const PLEDGE_CATEGORIES = ['study', 'work', 'service', 'discipline', 'other'] as const
export type PledgeCategory = (typeof PLEDGE_CATEGORIES)[number]
export const PLEDGE_CATEGORY_LABELS: Record<PledgeCategory, string> = {
  study: '学习提高',
  work: '岗位工作',
  service: '服务群众',
  discipline: '遵纪守法',
  other: '其他'
}
/** Each category answers one of the 五带头 criteria the pledge is checked against. */
export const PLEDGE_CATEGORY_FIVE_LEADS: Record<PledgeCategory, string> = {
  study: '带头学习提高',
  work: '带头争创佳绩',
  service: '带头服务群众',
  discipline: '带头遵纪守法',
  other: '带头弘扬正气'
}

/** Whose pledge: a member's own, a team's (班组/窗口), or the branch's (党支部). */
export const PLEDGE_SCOPES = ['person', 'team', 'branch'] as const
export type PledgeScope = (typeof PLEDGE_SCOPES)[number]
export const PLEDGE_SCOPE_LABELS: Record<PledgeScope, string> = { person: '党员承诺', team: '班组承诺', branch: '支部承诺' }

/** A member pledges 2–5 items (practice: 学习、工作、自律、服务); team and branch pledges up to 10. */
export const PERSON_PLEDGE_ITEMS = { min: 2, max: 5 } as const
export const GROUP_PLEDGE_ITEMS = { min: 1, max: 10 } as const

export const pledgeItemSchema = z.object(
  labelled(
    {
    id: z.string().min(1),
    category: z.enum(PLEDGE_CATEGORIES).default('work'),
    content: z.string().trim().min(1, '请填写承诺内容').max(200, '承诺内容不超过200个字'),
    /** 衡量标准: how completion is judged. */
    standard: z.string().trim().max(200, '衡量标准不超过200个字').default(''),
    /** 措施: how a team or branch pledge is carried out. */
    actions: z.string().trim().max(300, '措施不超过300个字').default(''),
    /** 责任人 of a team or branch item (a person's id). */
    responsibleId: z.string().nullable().default(null),
    /** 完成时限. Empty means "within the year". */
    deadline: deadlineSchema.default('')
  },
    { category: '类别', content: '承诺内容', standard: '衡量标准', actions: '措施', responsibleId: '责任人', deadline: '完成时限' }
  )
)
export type PledgeItem = z.infer<typeof pledgeItemSchema>

/**
 * 草拟 → 支部审核 (approve, or return with a reason) → 公开 → 践诺中 → 评诺 (assessed).
 * The allowed moves are in shared/rules/pledge-workflow.ts.
 */
export const PLEDGE_STATUSES = ['draft', 'submitted', 'returned', 'approved', 'published', 'fulfilling', 'assessed'] as const
export type PledgeStatus = (typeof PLEDGE_STATUSES)[number]
export const PLEDGE_STATUS_LABELS: Record<PledgeStatus, string> = {
  draft: '草拟',
  submitted: '待支部审核',
  returned: '退回修改',
  approved: '审核通过',
  published: '已公开',
  fulfilling: '践诺中',
  assessed: '已评诺'
}

export const PLEDGE_ACTIONS = ['submit', 'approve', 'return', 'publish', 'startFulfilling', 'finish', 'reopen'] as const
export type PledgeAction = (typeof PLEDGE_ACTIONS)[number]
export const PLEDGE_ACTION_LABELS: Record<PledgeAction, string> = {
  submit: '提交审核',
  approve: '审核通过',
  return: '退回修改',
  publish: '公开承诺',
  startFulfilling: '开始践诺',
  finish: '完成评诺',
  reopen: '撤回重改'
}

export const pledgeHistoryEntrySchema = z.object({
  at: z.string(),
  action: z.enum(PLEDGE_ACTIONS),
  from: z.enum(PLEDGE_STATUSES),
  to: z.enum(PLEDGE_STATUSES),
  note: z.string().max(300).default('')
})
export type PledgeHistoryEntry = z.infer<typeof pledgeHistoryEntrySchema>

export const pledgeSchema = z.object({
  id: z.string().min(1),
  year: yearSchema,
  scope: z.enum(PLEDGE_SCOPES),
  /** The member, for a person pledge. */
  personId: z.string().nullable().default(null),
  /** The team, for a team pledge. */
  teamId: z.string().nullable().default(null),
  items: z.array(pledgeItemSchema).max(GROUP_PLEDGE_ITEMS.max).default([]),
  /** 服务承诺 in one line for placards and the notice board; derived from the items when empty. */
  summary: z.string().trim().max(60, '承诺摘要不超过60个字').default(''),
  status: z.enum(PLEDGE_STATUSES).default('draft'),
  /** Why the branch returned it, shown to the member until it is submitted again. */
  returnReason: z.string().max(300).default(''),
  history: z.array(pledgeHistoryEntrySchema).default([]),
  createdAt: z.string().default(''),
  updatedAt: z.string().default('')
})
export type Pledge = z.infer<typeof pledgeSchema>

/** What the editor sends: the pledge without its workflow fields. A missing id creates a new pledge. */
export const pledgeDraftSchema = z.object(
  labelled(
    {
    id: z.string().min(1).optional(),
    year: z.number({ error: '请选择年度' }).int().min(2000).max(2100),
    scope: z.enum(PLEDGE_SCOPES),
    personId: z.string().min(1).nullable().default(null),
    teamId: z.string().min(1).nullable().default(null),
    items: z
      .array(pledgeItemSchema.extend({ id: z.string().min(1).optional() }))
      .min(1, '至少填写一项承诺')
      .max(GROUP_PLEDGE_ITEMS.max, `承诺事项不超过${GROUP_PLEDGE_ITEMS.max}项`),
    summary: z.string().trim().max(60, '承诺摘要不超过60个字').default('')
  },
    { year: '年度', items: '承诺事项', summary: '承诺摘要' }
  )
)
export type PledgeDraft = z.input<typeof pledgeDraftSchema>

// ---------------------------------------------------------------------------------------------
// Fulfilment (践诺记录)

export const fulfilmentSchema = z.object(
  labelled(
    {
    id: z.string().min(1),
    pledgeId: z.string().min(1),
    /** The item it advances; null when it concerns the pledge as a whole. */
    itemId: z.string().nullable().default(null),
    date: daySchema,
    content: z.string().trim().min(1, '请填写践诺情况').max(500, '践诺情况不超过500个字'),
    /** 佐证: what shows it was done (a document number, a photo kept elsewhere, a witness). */
    evidence: z.string().trim().max(300, '佐证材料说明不超过300个字').default(''),
    /** This record reports the item done: it is then no longer overdue. */
    completesItem: z.boolean().default(false),
    createdAt: z.string().default('')
  },
    { itemId: '承诺事项', date: '日期', content: '践诺情况', evidence: '佐证材料' }
  )
)
export type Fulfilment = z.infer<typeof fulfilmentSchema>

export const fulfilmentDraftSchema = fulfilmentSchema.omit({ id: true, createdAt: true }).extend({ id: z.string().min(1).optional() })
export type FulfilmentDraft = z.input<typeof fulfilmentDraftSchema>

// ---------------------------------------------------------------------------------------------
// Assessment (评诺)

export const ASSESSMENT_PERIODS = ['midYear', 'yearEnd'] as const
export type AssessmentPeriod = (typeof ASSESSMENT_PERIODS)[number]
export const ASSESSMENT_PERIOD_LABELS: Record<AssessmentPeriod, string> = { midYear: '年中评诺', yearEnd: '年终评诺' }

export const ASSESSORS = ['self', 'organisation', 'public'] as const
export type Assessor = (typeof ASSESSORS)[number]
export const ASSESSOR_LABELS: Record<Assessor, string> = { self: '党员自评', organisation: '组织评价', public: '群众评价' }

/** One grade of the scale: `score` is what the grade is worth, `threshold` the least score that earns it as a result. */
export const gradeLevelSchema = z.object(
  labelled(
    {
    id: z.string().min(1).max(20),
    label: z.string().trim().min(1, '请填写等次名称').max(6, '等次名称不超过6个字'),
    score: z.number({ error: '请填写分值' }).min(0, '分值应在0至100之间').max(100, '分值应在0至100之间'),
    threshold: z.number({ error: '请填写最低分' }).min(0, '最低分应在0至100之间').max(100, '最低分应在0至100之间')
  },
    { label: '等次名称', score: '分值', threshold: '最低分' }
  )
)
export type GradeLevel = z.infer<typeof gradeLevelSchema>

const assessorWeight = z.number({ error: '请填写权重' }).min(0, '权重应在0%至100%之间').max(100, '权重应在0%至100%之间')

export const assessmentConfigSchema = z.object(
  labelled(
    {
    /** Best first. */
    levels: z.array(gradeLevelSchema).min(2, '至少需要两个等次').max(6, '等次不超过6个'),
    /**
     * Percentages that add up to 100 (shared/rules/weighted-score.ts checks it when they are saved;
     * a file from before that rule may hold others, which then count relative to their sum). A
     * source that has not graded shares its weight among the others.
     */
    weights: z.object({
      self: assessorWeight,
      organisation: assessorWeight,
      public: assessorWeight
    })
  },
    { levels: '等次', weights: '权重' }
  )
)
export type AssessmentConfig = z.infer<typeof assessmentConfigSchema>

export const DEFAULT_ASSESSMENT_CONFIG: AssessmentConfig = {
  levels: [
    { id: 'good', label: '好', score: 100, threshold: 90 },
    { id: 'fairlyGood', label: '较好', score: 85, threshold: 75 },
    { id: 'average', label: '一般', score: 70, threshold: 60 },
    { id: 'poor', label: '差', score: 40, threshold: 0 }
  ],
  weights: { self: 20, organisation: 50, public: 30 }
}

/** The grades one item received: level ids of the scale, null when that source has not graded it. */
export const itemGradesSchema = z.object({
  itemId: z.string().min(1),
  self: z.string().nullable().default(null),
  organisation: z.string().nullable().default(null),
  public: z.string().nullable().default(null)
})
export type ItemGrades = z.infer<typeof itemGradesSchema>

/** What fixed an assessment's basis: 完成评诺, a save after it, 重新计算, or the upgrade that found it final. */
export const BASIS_SOURCES = ['finish', 'save', 'recompute', 'upgrade'] as const
export type BasisSource = (typeof BASIS_SOURCES)[number]

/**
 * The scale and weights a final (定稿) assessment was computed with, kept with it so that later
 * settings do not move its figures (shared/rules/pledge-assessment-basis.ts says when it is final).
 */
export const assessmentBasisSchema = assessmentConfigSchema.extend({
  fixedBy: z.enum(BASIS_SOURCES),
  /** ISO time; empty when the upgrade kept it (the old file does not say when those settings were made). */
  fixedAt: z.string().default('')
})
export type AssessmentBasis = z.infer<typeof assessmentBasisSchema>

export const pledgeAssessmentSchema = z.object(
  labelled(
    {
    id: z.string().min(1),
    pledgeId: z.string().min(1),
    period: z.enum(ASSESSMENT_PERIODS),
    grades: z.array(itemGradesSchema).default([]),
    /** 评语 / 存在问题, shown on the 践诺情况公示. */
    comment: z.string().trim().max(300, '评语不超过300个字').default(''),
    assessedOn: daySchema,
    /** Set once the result is final; null while it follows the current settings. */
    basis: assessmentBasisSchema.nullable().default(null),
    createdAt: z.string().default(''),
    updatedAt: z.string().default('')
  },
    { period: '评诺时段', grades: '评分', comment: '评语', assessedOn: '评诺日期' }
  )
)
export type PledgeAssessment = z.infer<typeof pledgeAssessmentSchema>

/** What the panel sends: the grades and words. The basis is main's to fix, never the sender's. */
export const assessmentDraftSchema = pledgeAssessmentSchema.omit({ id: true, basis: true, createdAt: true, updatedAt: true })
export type AssessmentDraft = z.input<typeof assessmentDraftSchema>

// ---------------------------------------------------------------------------------------------
// Tip phrases (温馨提示牌)

export const PHRASE_CATEGORIES = ['fiveGoodsFiveLeads', 'motto', 'integrity', 'service'] as const
export type PhraseCategory = (typeof PHRASE_CATEGORIES)[number]
export const PHRASE_CATEGORY_LABELS: Record<PhraseCategory, string> = {
  fiveGoodsFiveLeads: '五好五带头',
  motto: '励志格言',
  integrity: '廉政警句',
  service: '文明服务提示语'
}

export const tipPhraseSchema = z.object(
  labelled(
    {
    id: z.string().min(1),
    category: z.enum(PHRASE_CATEGORIES),
    text: z.string().trim().min(1, '请填写提示语').max(80, '提示语不超过80个字'),
    /** Where a quotation comes from, printed small under it. */
    source: z.string().trim().max(30, '出处不超过30个字').default(''),
    /** Shipped with the app; may still be edited or deleted. */
    builtIn: z.boolean().default(false)
  },
    { category: '类别', text: '提示语', source: '出处' }
  )
)
export type TipPhrase = z.infer<typeof tipPhraseSchema>

export const tipPhraseDraftSchema = tipPhraseSchema.omit({ builtIn: true }).extend({ id: z.string().min(1).optional() })
export type TipPhraseDraft = z.input<typeof tipPhraseDraftSchema>

/** The phrases a member puts on the desk. */
export const tipAssignmentSchema = z.object(
  labelled(
    {
    personId: z.string().min(1),
    phraseIds: z.array(z.string().min(1)).max(10, '每人最多10条提示语')
  },
    { phraseIds: '提示语' }
  )
)
export type TipAssignment = z.infer<typeof tipAssignmentSchema>

// ---------------------------------------------------------------------------------------------
// Stage settings

export const PLACARD_COLORS = ['redOnWhite', 'whiteOnRed'] as const
export type PlacardColor = (typeof PLACARD_COLORS)[number]
export const PLACARD_COLOR_LABELS: Record<PlacardColor, string> = { redOnWhite: '白底红字', whiteOnRed: '红底白字' }

export const showSettingsSchema = z.object(
  labelled(
    {
    assessment: assessmentConfigSchema.default(DEFAULT_ASSESSMENT_CONFIG),
    /** 监督电话 printed on placards and notices; the unit's phone when empty. */
    supervisionPhone: phoneSchema('监督电话').default(''),
    placardColor: z.enum(PLACARD_COLORS).default('whiteOnRed')
  },
    { supervisionPhone: '监督电话', placardColor: '配色', assessment: '评诺设置' }
  )
)
export type ShowSettings = z.infer<typeof showSettingsSchema>

/** The stage's part of the database (joined into shared/model/database.ts). */
export const showCollections = {
  pledges: z.array(pledgeSchema).default([]),
  fulfilments: z.array(fulfilmentSchema).default([]),
  pledgeAssessments: z.array(pledgeAssessmentSchema).default([]),
  /** Seeded with the built-in phrases; an emptied library stays empty. */
  tipPhrases: z.array(tipPhraseSchema).default(() => DEFAULT_TIP_PHRASES.map((phrase) => ({ ...phrase }))),
  tipAssignments: z.array(tipAssignmentSchema).default([]),
  showSettings: showSettingsSchema.default(() => showSettingsSchema.parse({}))
}

