import { rosterStage } from './roster'
import { showStage } from './show'
import { competeStage } from './compete'
import { evaluateStage } from './evaluate'
import { followupStage } from './followup'
import { appraisalStage } from './appraisal'

/*
 * The activity's stages as both sides share them: each gives its id, its Chinese name, its part of
 * the IPC contract and its collections in the database. A new stage adds its folder and one line
 * here; the contract (shared/contract/index.ts) and the database schema (shared/model/database.ts)
 * are built from this list. Order matters: it is the menu's order and the demo seeders' order.
 */
export const STAGES = {
  roster: rosterStage,
  show: showStage,
  compete: competeStage,
  evaluate: evaluateStage,
  followup: followupStage,
  appraisal: appraisalStage
}

export type Stages = typeof STAGES
export type StageId = keyof Stages
export const STAGE_IDS = Object.keys(STAGES) as [StageId, ...StageId[]]

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never

/** Every stage's collections as one shape. */
export type StageCollections = UnionToIntersection<Stages[StageId]['collections']>
export const stageCollections = Object.assign({}, ...STAGE_IDS.map((id) => STAGES[id].collections)) as StageCollections

/** Every stage's contract part, by stage id. */
export type StageContracts = { [K in StageId]: Stages[K]['contract'] }
export const stageContracts = Object.fromEntries(STAGE_IDS.map((id) => [id, STAGES[id].contract])) as StageContracts
