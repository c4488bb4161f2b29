import type { StageScreens } from '../screens'

/** 三评 (党员自评、领导点评、群众评议): its menu entries and screens, one folder per part (reviews/, leader/, public/). */
export const evaluateScreens: StageScreens<'evaluate'> = {
  stage: 'evaluate',
  label: '三评 · 自评 点评 评议',
  routes: []
}
