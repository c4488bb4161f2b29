import type { PrintDocument } from '../../../print/document'
import { ballots } from './ballots'
import { nominationForms } from './nomination-forms'
import { selectionNotice } from './selection-notice'

/** This part's printed documents, in the order of the work: 推荐审批表, 民主测评票, 评选结果公示. One module each in this folder, one line here. */
export const SELECTION_DOCUMENTS: readonly PrintDocument[] = [nominationForms, ballots, selectionNotice]
