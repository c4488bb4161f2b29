import type { PrintDocument } from '../../print/document'

/** 年终评优's printed documents, in the print centre's order: one module each in this folder, one line here. */
export const APPRAISAL_DOCUMENTS: readonly PrintDocument[] = []
