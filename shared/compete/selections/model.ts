import { z } from 'zod'
import { daySchema, yearSchema } from '../../rules/dates'
import type { CountedAs, YearScope } from '../../stage'
import { labelled } from '../../validation'

/*
 * 评选 (比业绩): titles from an editable list (技术标兵 …), a selection per title and campaign year,
 * nominations with reasons and 事迹材料, the 民主测评 ballot's choices, the tally typed from the
 * paper ballots, the meeting's decision beside the votes, and the 公示. People and teams are
 * referred to by id only. The tally rules are in shared/rules/ballot-tally.ts, the decision rules
 * in shared/rules/selection-decisions.ts.
 */

/** Who a title is for: a person, or a team (班组、窗口). */
export const NOMINEE_KINDS = ['person', 'team'] as const
export type NomineeKind = (typeof NOMINEE_KINDS)[number]
export const NOMINEE_KIND_LABELS: Record<NomineeKind, string> = { person: '个人', team: '集体（班组、窗口）' }

/** 事迹材料 of an award nomination runs 600–1500 字; a little room above that. */
export const DEEDS_MAX = 1600
export const REASONS_MAX = 300

const count = (label: string) => z.number({ error: `请填写${label}` }).int(`${label}应为整数`).min(0, `${label}不能为负数`).max(100_000, `${label}不超过100000`)

// ---------------------------------------------------------------------------------------------
// Titles (称号)

export const selectionTitleSchema = z.object(
  labelled(
    {
      id: z.string().min(1),
      name: z.string().trim().min(1, '请填写称号名称').max(20, '称号名称不超过20个字'),
      nominee: z.enum(NOMINEE_KINDS),
      /** Only Party members (正式、预备) may be nominated: 党员示范岗. */
      membersOnly: z.boolean().default(false),
      /** 名额: how many may be elected in one selection; the ballot's 同意 limit. */
      quota: z.number({ error: '请填写名额' }).int('名额应为整数').min(1, '名额至少为1名').max(99, '名额不超过99名'),
      /** 评选条件, printed on the 推荐审批表 and shown while nominating. */
      criteria: z.string().trim().max(500, '评选条件不超过500个字').default(''),
      order: z.number().int().default(0),
      builtIn: z.boolean().default(false)
    },
    { name: '称号名称', nominee: '评选对象', membersOnly: '仅限党员', quota: '名额', criteria: '评选条件' }
  )
)
export type SelectionTitle = z.infer<typeof selectionTitleSchema>

export const selectionTitleDraftSchema = selectionTitleSchema.omit({ builtIn: true, order: true }).extend({ id: z.string().min(1).optional() })
export type SelectionTitleDraft = z.input<typeof selectionTitleDraftSchema>

/** The article's titles (三比 · 比业绩), shipped as editable defaults. */
export const DEFAULT_SELECTION_TITLES: SelectionTitle[] = [
  { id: 'title-technician', name: '技术标兵', nominee: 'person', membersOnly: false, quota: 2, criteria: '业务技术精湛，在岗位技能比武、岗位练兵中成绩突出，能解决工作中的技术难题，传帮带作用明显。' },
  { id: 'title-five-star', name: '五星级员工', nominee: 'person', membersOnly: false, quota: 3, criteria: '爱岗敬业，遵章守纪，服务热情周到，全年无投诉、无差错，业绩考核优秀。' },
  { id: 'title-model-post', name: '党员示范岗', nominee: 'person', membersOnly: true, quota: 2, criteria: '对照“五带头”要求，亮身份、践承诺成效明显，岗位业绩突出，群众评价好，发挥先锋模范作用。' },
  { id: 'title-window', name: '满意窗口', nominee: 'team', membersOnly: false, quota: 1, criteria: '服务规范、办事高效、作风优良，群众满意率高，全年无有效投诉。' },
  { id: 'title-post-star', name: '岗位明星', nominee: 'person', membersOnly: false, quota: 3, criteria: '立足岗位创先争优，工作业绩突出，在本岗位起到示范带动作用。' },
  { id: 'title-service', name: '服务标兵', nominee: 'person', membersOnly: false, quota: 2, criteria: '践行“人人都是窗口、处处都是服务”理念，服务态度好、效率高，群众评价好。' }
].map((title, i) => ({ ...title, nominee: title.nominee as NomineeKind, order: i + 1, builtIn: true }))

// ---------------------------------------------------------------------------------------------
// The ballot (民主测评票)

/** The usual choice sets; the officer may also type his own. The first choice is the favourable one (同意, 优秀). */
export const BALLOT_PRESETS = {
  approve: ['同意', '不同意', '弃权'],
  grade: ['优秀', '称职', '基本称职', '不称职']
} as const satisfies Record<string, readonly string[]>
export const BALLOT_PRESET_LABELS: Record<keyof typeof BALLOT_PRESETS, string> = { approve: '同意 / 不同意 / 弃权', grade: '优秀 / 称职 / 基本称职 / 不称职' }

export const ballotSchema = z
  .object(
    labelled(
      {
        choices: z
          .array(z.string().trim().min(1, '请填写选项').max(6, '选项不超过6个字'))
          .min(2, '测评票至少需要两个选项')
          .max(5, '测评票的选项不超过5个'),
        /** The rule "同意人数不得超过N名，超过视为废票" is printed and checked in the tally. */
        limitFavourable: z.boolean().default(true)
      },
      { choices: '测评选项', limitFavourable: '限定同意人数' }
    )
  )
  .refine((ballot) => new Set(ballot.choices).size === ballot.choices.length, { message: '测评选项不能重复', path: ['choices'] })
export type Ballot = z.infer<typeof ballotSchema>

// ---------------------------------------------------------------------------------------------
// The tally (计票) and the decisions

/** The round's totals from the paper ballots; each nominee's counts are on the nomination. */
export const tallySchema = z.object(
  labelled(
    {
      issued: count('发出票数'),
      returned: count('收回票数'),
      valid: count('有效票数'),
      void: count('废票数'),
      enteredAt: z.string().default('')
    },
    { issued: '发出票数', returned: '收回票数', valid: '有效票数', void: '废票数' }
  )
)
export type Tally = z.infer<typeof tallySchema>

export const DECISIONS = ['elected', 'notElected'] as const
export type Decision = (typeof DECISIONS)[number]
export const DECISION_LABELS: Record<Decision, string> = { elected: '当选', notElected: '未当选' }

/** What was done to a selection's finished figures, and why (撤回公示 needs a reason). */
export const SELECTION_ACTIONS = ['publish', 'unpublish', 'clearTally'] as const
export type SelectionAction = (typeof SELECTION_ACTIONS)[number]
export const SELECTION_ACTION_LABELS: Record<SelectionAction, string> = { publish: '公示', unpublish: '撤回公示', clearTally: '清除计票' }

export const selectionHistoryEntrySchema = z.object({
  at: z.string(),
  action: z.enum(SELECTION_ACTIONS),
  note: z.string().max(300).default('')
})
export type SelectionHistoryEntry = z.infer<typeof selectionHistoryEntrySchema>

export const MEETING_KINDS = ['民主测评会', '党员群众大会', '党员大会', '职工大会'] as const

// ---------------------------------------------------------------------------------------------
// Selections and nominations

const selectionFields = {
  id: z.string().min(1),
  year: yearSchema,
  titleId: z.string().min(1, '请选择评选称号'),
  /** 名额 of this selection; starts as the title's. */
  quota: z.number({ error: '请填写名额' }).int('名额应为整数').min(1, '名额至少为1名').max(99, '名额不超过99名'),
  ballot: ballotSchema,
  /** The meeting that votes and decides (民主测评会、党员群众大会 …). */
  meeting: z.string().trim().min(1, '请填写会议名称').max(20, '会议名称不超过20个字'),
  meetingDate: z.union([z.literal(''), daySchema]).default(''),
  /** 应到人数: those entitled to vote; the round needs more than half of them returned. */
  entitled: z.number({ error: '请填写应到人数' }).int('应到人数应为整数').min(1, '应到人数至少为1人').max(100_000, '应到人数不超过100000')
}
const selectionLabels = { titleId: '评选称号', quota: '名额', ballot: '测评票', meeting: '会议名称', meetingDate: '会议日期', entitled: '应到人数' } as const

export const selectionSchema = z.object(
  labelled(
    {
      ...selectionFields,
      tally: tallySchema.nullable().default(null),
      /** The day the meeting decided (会议决定), with the decisions on the nominations. */
      decidedOn: z.union([z.literal(''), daySchema]).default(''),
      /** 公示: from this day, for `noticeDays` working days (shared/rules/working-days.ts). */
      noticeFrom: daySchema.nullable().default(null),
      noticeDays: z.number().int().min(1).max(30).default(5),
      history: z.array(selectionHistoryEntrySchema).default([]),
      createdAt: z.string().default(''),
      updatedAt: z.string().default('')
    },
    selectionLabels
  )
)
export type Selection = z.infer<typeof selectionSchema>

/** What the selection editor sends. A missing id creates one. */
export const selectionDraftSchema = z.object(labelled({ ...selectionFields, id: z.string().min(1).optional() }, selectionLabels))
export type SelectionDraft = z.input<typeof selectionDraftSchema>

export const nominationSchema = z.object(
  labelled(
    {
      id: z.string().min(1),
      selectionId: z.string().min(1),
      /** The selection's title says which; kept here so a title edited later does not re-read old records. */
      nomineeKind: z.enum(NOMINEE_KINDS),
      nomineeId: z.string().min(1, '请选择被推荐人'),
      /** 推荐单位（推荐人）: the team or people who put the nominee forward. */
      recommendedBy: z.string().trim().max(30, '推荐单位不超过30个字').default(''),
      reasons: z.string().trim().min(1, '请填写推荐理由').max(REASONS_MAX, `推荐理由不超过${REASONS_MAX}个字`),
      deeds: z.string().trim().max(DEEDS_MAX, `事迹材料不超过${DEEDS_MAX}个字`).default(''),
      /** Count per ballot choice, in the ballot's order; null until the tally is entered (or when the round was void). */
      votes: z.array(count('票数')).nullable().default(null),
      decision: z.enum(DECISIONS).nullable().default(null),
      /** Why the meeting decided so, required where it departs from the votes. */
      decisionNote: z.string().trim().max(200, '决定说明不超过200个字').default(''),
      createdAt: z.string().default(''),
      updatedAt: z.string().default('')
    },
    { nomineeId: '被推荐人', recommendedBy: '推荐单位', reasons: '推荐理由', deeds: '事迹材料', votes: '得票', decision: '会议决定', decisionNote: '决定说明' }
  )
)
export type Nomination = z.infer<typeof nominationSchema>

export const nominationDraftSchema = nominationSchema
  .pick({ selectionId: true, nomineeId: true, recommendedBy: true, reasons: true, deeds: true })
  .extend({ id: z.string().min(1).optional() })
export type NominationDraft = z.input<typeof nominationDraftSchema>

/** The part's records (joined into the 三比 stage's collections). */
export const selectionCollections = {
  /** Seeded with the article's titles; an emptied list stays empty. */
  selectionTitles: z.array(selectionTitleSchema).default(() => DEFAULT_SELECTION_TITLES.map((title) => ({ ...title }))),
  selections: z.array(selectionSchema).default([]),
  nominations: z.array(nominationSchema).default([])
}

export const selectionYears = {
  selectionTitles: 'lasting',
  selections: 'year',
  nominations: { parent: 'selections', key: 'selectionId' }
} satisfies { [K in keyof typeof selectionCollections]: YearScope }

export const selectionCounts = {
  selections: { label: '评选', unit: '项' },
  nominations: { label: '评选推荐', unit: '人次' }
} satisfies { [K in keyof typeof selectionCollections]?: CountedAs }
