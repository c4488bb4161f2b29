import type { PrintDocument } from '../../print/document'
import { chaseNotice } from './chase-notice'
import { fundsSummary } from './funds-summary'
import { rectificationLedger } from './rectification-ledger'

/** 跟踪's printed documents, in the print centre's order: one module each in this folder, one line here. */
export const FOLLOWUP_DOCUMENTS: readonly PrintDocument[] = [rectificationLedger, chaseNotice, fundsSummary]
