import type { PrintDocument } from '../../print/document'
import { appraisalBallot } from './appraisal-ballot'
import { appraisalNotice } from './appraisal-notice'
import { fiveGoods } from './five-goods'
import { resultLetter } from './result-letter'

/** 年终评优's printed documents, in the print centre's order: one module each in this folder, one line here. */
export const APPRAISAL_DOCUMENTS: readonly PrintDocument[] = [appraisalBallot, appraisalNotice, resultLetter, fiveGoods]
