import type { PrintDocument } from '../../../print/document'
import { leaderReviewForm } from './leader-review-form'

/** This part's printed documents, in the print centre's order: one module each in this folder, one line here. */
export const LEADER_DOCUMENTS: readonly PrintDocument[] = [leaderReviewForm]
