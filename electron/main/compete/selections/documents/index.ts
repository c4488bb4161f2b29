import type { PrintDocument } from '../../../print/document'

/** This part's printed documents, in the print centre's order: one module each in this folder, one line here. */
export const SELECTION_DOCUMENTS: readonly PrintDocument[] = []
