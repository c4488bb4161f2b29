import type { MainStage } from '../stage'
import { joinStageParts } from '../stage-parts'
import { EVALUATE_DOCUMENTS } from './documents'
import { evaluateGlance } from './glance'
import { reviewPart } from './reviews'
import { leaderPart } from './leader'
import { publicPart } from './public'

/** 三评: 党员自评与互评, 领导点评, 群众评议; one folder per part. */
export const evaluateStage: MainStage<'evaluate'> = {
  ...joinStageParts(
    'evaluate',
    (services, stages) => ({ ...reviewPart.handlers(services, stages), ...leaderPart.handlers(services, stages), ...publicPart.handlers(services, stages) }),
    [reviewPart, leaderPart, publicPart],
    EVALUATE_DOCUMENTS
  ),
  glance: evaluateGlance
}
