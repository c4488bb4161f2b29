import type { StageId } from '@shared/stages'
import type { PartHandlers } from './ipc/dispatch'
import type { Services } from './services'
import { acrossStages, stageList } from './stages'
import type { DemoSeed } from './stage'

/**
 * `demo:load`: every stage's seeder in stage order over one draft, written once, so the demo is
 * all there or not at all. `through` stops after that stage (tests that want only the roster).
 */
export function demoHandlers({ host, now }: Services): PartHandlers<'demo'> {
  return {
    load: async (input) => {
      const through: StageId | undefined = input?.through
      const { seeds } = await host.store().change((db) => {
        const seeds: DemoSeed[] = []
        const at = now()
        for (const stage of stageList()) {
          if (stage.seedDemo) {
            const seed = stage.seedDemo(db, at, acrossStages)
            seeds.push(seed)
            db = seed.db
          }
          if (stage.id === through) break
        }
        return { db, seeds }
      })
      const counts = Object.assign({}, ...seeds.map((seed) => seed.counts)) as Record<string, number>
      return { counts, message: `已载入示例数据：${seeds.flatMap((seed) => seed.said).join('，')}` }
    }
  }
}
