import type { PrintDocument } from '../../../print/document'
import { publicQuestionnaire } from './public-questionnaire'
import { publicResults } from './public-results'

/** This part's printed documents, in the print centre's order: one module each in this folder, one line here. */
export const PUBLIC_DOCUMENTS: readonly PrintDocument[] = [publicQuestionnaire, publicResults]
