import { defineStage } from '../stage'
import { leaderCollections, leaderCounts, leaderYears } from './leader/model'
import { leaderContract } from './leader/contract'
import { publicCollections, publicCounts, publicYears } from './public/model'
import { publicContract } from './public/contract'
import { reviewCollections, reviewCounts, reviewYears } from './reviews/model'
import { reviewContract } from './reviews/contract'

/*
 * 三评: 党员自评（及互评）、领导点评、群众评议. Three parts, each its own folder with model.ts and
 * contract.ts: reviews/, leader/, public/. They share one contract part (`evaluate:<verb>`), so
 * verbs are unique across them. Every problem they find is listed by the main side's `findings`
 * (shared/model/finding.ts) for the rectification ledger.
 */
export const evaluateStage = defineStage({
  id: 'evaluate',
  label: '三评',
  contract: { ...reviewContract, ...leaderContract, ...publicContract },
  collections: { ...reviewCollections, ...leaderCollections, ...publicCollections },
  years: { ...reviewYears, ...leaderYears, ...publicYears },
  counts: { ...reviewCounts, ...leaderCounts, ...publicCounts }
})
