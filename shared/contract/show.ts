import { z } from 'zod'
import { canceledOr, channel, noInput } from './define'
import {
  ASSESSMENT_PERIODS,
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
} from '../model/show'
import { PRINT_DOCUMENT_IDS, PAPER_SIZES, ORIENTATIONS, printJobSchema, printRequestSchema } from '../model/print'

const id = z.string().min(1).max(100)
const byId = z.object({ id })
const byJob = z.object({ jobId: id })
const year = z.number().int().min(2000).max(2100)

/** A pledge as the screens show it: with the moves its status allows and its overdue items. */
export const pledgeViewSchema = pledgeSchema.extend({
  allowedActions: z.array(z.enum(PLEDGE_ACTIONS)),
  overdueItemIds: z.array(z.string())
})
export type PledgeView = z.infer<typeof pledgeViewSchema>

/** An assessment with its result worked out by shared/rules/pledge-assessment.ts under the current settings. */
export const assessmentViewSchema = pledgeAssessmentSchema.extend({
  result: z.object({
    score: z.number().nullable(),
    level: gradeLevelSchema.nullable(),
    complete: z.boolean(),
    items: z.array(z.object({ itemId: z.string(), score: z.number().nullable(), complete: z.boolean() }))
  })
})
export type AssessmentView = z.infer<typeof assessmentViewSchema>

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

/**
 * 三亮: pledges (草拟 → 支部审核 → 公开 → 践诺 → 评诺), fulfilment records, assessments, the tip
 * phrase library, and printing. Printing is a job: `print:render` answers at once with a job,
 * `print:progress` is polled (every ~300 ms) until the state is done / blocked / failed / canceled,
 * then `print:preview` gives the PDF bytes (base64) for the preview, `print:save` asks where to
 * save it, `print:open` hands it to the system PDF viewer to print.
 */
export const showContract = {
  'show:settings': channel(noInput, showSettingsSchema),
  'show:settingsSave': channel(showSettingsSchema, showSettingsSchema),

  'show:pledges': channel(z.object({ year: year.optional(), status: z.enum(PLEDGE_STATUSES).optional() }).optional(), z.array(pledgeViewSchema)),
  'show:pledgeSave': channel(pledgeDraftSchema, pledgeViewSchema),
  'show:pledgeDelete': channel(byId, z.null()),
  'show:pledgeTransition': channel(
    z.object({ id, action: z.enum(PLEDGE_ACTIONS), reason: z.string().max(300, '原因不超过300个字').default('') }),
    pledgeViewSchema
  ),
  /** Several pledges at once (e.g. 全部审核通过, 全部公开): all or nothing. */
  'show:pledgeTransitionMany': channel(
    z.object({ ids: z.array(id).min(1).max(5000), action: z.enum(PLEDGE_ACTIONS), reason: z.string().max(300).default('') }),
    z.array(pledgeViewSchema)
  ),
  /** Overdue pledge items for the home page, most overdue first. */
  'show:overdue': channel(z.object({ asOf: daySchema.optional() }).optional(), z.array(overdueEntrySchema)),

  'show:fulfilments': channel(z.object({ pledgeId: id.optional() }).optional(), z.array(fulfilmentSchema)),
  'show:fulfilmentSave': channel(fulfilmentDraftSchema, fulfilmentSchema),
  'show:fulfilmentDelete': channel(byId, z.null()),

  'show:assessments': channel(z.object({ year: year.optional(), period: z.enum(ASSESSMENT_PERIODS).optional() }).optional(), z.array(assessmentViewSchema)),
  /** Creates or replaces the assessment of one pledge for one period. */
  'show:assessmentSave': channel(assessmentDraftSchema, assessmentViewSchema),
  'show:assessmentDelete': channel(byId, z.null()),

  'show:phrases': channel(noInput, z.array(tipPhraseSchema)),
  'show:phraseSave': channel(tipPhraseDraftSchema, tipPhraseSchema),
  'show:phraseDelete': channel(byId, z.null()),
  /** Puts back the built-in phrases that were deleted or edited; the user's own phrases stay. */
  'show:phrasesRestoreDefaults': channel(noInput, z.array(tipPhraseSchema)),
  /** 示例承诺: pledges at every step for the roster's Party members (the activity year), for trying the app out. */
  'show:loadDemo': channel(noInput, z.object({ pledges: z.number().int() })),
  'show:tipAssignments': channel(noInput, z.array(tipAssignmentSchema)),
  'show:tipAssign': channel(tipAssignmentSchema, tipAssignmentSchema),

  'print:documents': channel(
    noInput,
    z.array(
      z.object({
        id: z.enum(PRINT_DOCUMENT_IDS),
        title: z.string(),
        stage: z.string(),
        description: z.string(),
        papers: z.array(z.enum(PAPER_SIZES)),
        orientations: z.array(z.enum(ORIENTATIONS))
      })
    )
  ),
  'print:render': channel(printRequestSchema, printJobSchema),
  'print:progress': channel(byJob, printJobSchema),
  'print:preview': channel(byJob, z.object({ fileName: z.string(), pages: z.number().int(), pdfBase64: z.string() })),
  'print:save': channel(byJob, canceledOr(z.string())),
  'print:open': channel(byJob, z.null()),
  'print:cancel': channel(byJob, printJobSchema)
}
