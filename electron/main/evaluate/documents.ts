import type { PrintDocument } from '../print/document'
import { REVIEW_DOCUMENTS } from './reviews/documents'
import { LEADER_DOCUMENTS } from './leader/documents'
import { PUBLIC_DOCUMENTS } from './public/documents'

/** The stage's printed documents, part by part; imported by the stage and by the print worker (without the handlers). */
export const EVALUATE_DOCUMENTS: readonly PrintDocument[] = [...REVIEW_DOCUMENTS, ...LEADER_DOCUMENTS, ...PUBLIC_DOCUMENTS]
