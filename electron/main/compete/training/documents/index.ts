import type { PrintDocument } from '../../../print/document'
import { mentoringPairsDocument } from './mentoring-pairs'
import { trainingPlansDocument } from './training-plans'

/** This part's printed documents, in the print centre's order: one module each in this folder, one line here. */
export const TRAINING_DOCUMENTS: readonly PrintDocument[] = [trainingPlansDocument, mentoringPairsDocument]
