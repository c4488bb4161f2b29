import type { PrintDocument } from '../../../print/document'
import { peerBallot } from './peer-ballot'
import { reviewSummary } from './review-summary'
import { selfReviewForm } from './self-review-form'

/** This part's printed documents, in the print centre's order: one module each in this folder, one line here. */
export const REVIEW_DOCUMENTS: readonly PrintDocument[] = [selfReviewForm, peerBallot, reviewSummary]
