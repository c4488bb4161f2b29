import type { MainStage } from '../stage'
import { joinStageParts } from '../stage-parts'
import { COMPETE_DOCUMENTS } from './documents'
import { competeGlance } from './glance'
import { contestPart } from './contests'
import { trainingPart } from './training'
import { selectionPart } from './selections'

/** 三比: contests (比武竞赛), training plans and 四帮四促 pairs, title selections (评选与民主测评); one folder per part. */
export const competeStage: MainStage<'compete'> = {
  ...joinStageParts(
    'compete',
    (services, stages) => ({ ...contestPart.handlers(services, stages), ...trainingPart.handlers(services, stages), ...selectionPart.handlers(services, stages) }),
    [contestPart, trainingPart, selectionPart],
    COMPETE_DOCUMENTS
  ),
  glance: competeGlance
}
