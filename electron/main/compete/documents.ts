import type { PrintDocument } from '../print/document'
import { CONTEST_DOCUMENTS } from './contests/documents'
import { TRAINING_DOCUMENTS } from './training/documents'
import { SELECTION_DOCUMENTS } from './selections/documents'

/** The stage's printed documents, part by part; imported by the stage and by the print worker (without the handlers). */
export const COMPETE_DOCUMENTS: readonly PrintDocument[] = [...CONTEST_DOCUMENTS, ...TRAINING_DOCUMENTS, ...SELECTION_DOCUMENTS]
