import type { AppraisalOverview, AppraisalRowView } from '@shared/appraisal/contract'
import { AppError } from '@shared/errors'
import type { Database } from '@shared/model/database'
import { sortByName } from '@shared/rules/name-order'
import type { NameOrder } from '@shared/rules/name-order-choices'
import type { GatherContext } from '../../print/document'
import { overviewOf } from '../overview'

/** The year's appraisal as the documents print it: every stage's figures come through the print context. */
export function printedAppraisal(db: Database, year: number, context: GatherContext): AppraisalOverview {
  return overviewOf(db, year, () => context.stages.appraisalFigures(db, year, context.today))
}

/** The graded rows, each with its decision: refuses while the branch has not decided every one. */
export function decidedRows(overview: AppraisalOverview, nameOrder: NameOrder): (AppraisalRowView & { decision: NonNullable<AppraisalRowView['decision']> })[] {
  const graded = overview.rows.filter((row) => row.graded)
  if (!graded.length) throw new AppError('NOTHING_TO_PRINT', '没有评定等次的党员：请先在花名册中录入党员')
  if (overview.undecided > 0)
    throw new AppError('NOTHING_TO_PRINT', `还有${overview.undecided}人未评定等次：请先在“年终评优”中评定全部正式党员的等次，再打印结果`)
  return sortByName(graded, (row) => row.name, nameOrder) as (AppraisalRowView & { decision: NonNullable<AppraisalRowView['decision']> })[]
}
