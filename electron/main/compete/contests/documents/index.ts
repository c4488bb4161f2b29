import type { PrintDocument } from '../../../print/document'
import { contestCertificates } from './certificates'
import { contestResultsNotice } from './results-notice'
import { contestScoreSheets } from './score-sheets'

/** This part's printed documents, in the print centre's order: one module each in this folder, one line here. */
export const CONTEST_DOCUMENTS: readonly PrintDocument[] = [contestScoreSheets, contestResultsNotice, contestCertificates] as readonly PrintDocument[]
