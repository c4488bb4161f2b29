import { DEFAULT_APPRAISAL_CONFIG } from '/work/main/shared/appraisal/model'
import { createDatabase, type Database } from '/work/main/shared/model/database'
import { APPRAISAL_COMPONENTS, SCORED_COMPONENTS, type AppraisalFigure } from '/work/main/shared/model/appraisal-figure'
import { personSchema, teamSchema } from '/work/main/shared/roster/model'
const PEOPLE = 1000
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁'
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏建红'
const mb = (bytes: number) => bytes / 1024 / 1024

export function bigUnitForProfile(): { db: Database; figures: AppraisalFigure[] } {
  const base = createDatabase(new Date(Date.UTC(2026, 0, 5)))
  const at = '2026-01-05T00:00:00.000Z'
  const teams = Array.from({ length: 20 }, (_, i) => teamSchema.parse({ id: `t${i}`, name: `第${i + 1}服务窗口`, kind: 'window', order: i }))
  let seed = 20261202
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  const people = Array.from({ length: PEOPLE }, (_, i) =>
    personSchema.parse({
      id: `p${i}`,
      name: SURNAMES[i % SURNAMES.length] + GIVEN[Math.floor(random() * GIVEN.length)] + GIVEN[Math.floor(random() * GIVEN.length)],
      politicalStatus: i % 12 === 0 ? 'probationary' : 'member',
      teamId: teams[i % teams.length].id,
      createdAt: at,
      updatedAt: at
    })
  )
  // A full year: every scored component for most people (two contests for some), titles, rewards and a few penalties.
  const figures: AppraisalFigure[] = []
  for (const person of people)
    for (const component of APPRAISAL_COMPONENTS) {
      const scored = (SCORED_COMPONENTS as readonly string[]).includes(component)
      const times = scored ? (component === 'contest' ? 2 : random() < 0.9 ? 1 : 0) : random() < 0.2 ? 1 : 0
      for (let n = 0; n < times; n++)
        figures.push({
          component,
          personId: person.id,
          value: scored ? Math.round((60 + random() * 40) * 10) / 10 : 1,
          detail: `${component} 记录`,
          sources: [{ stage: 'bench', collection: component, recordId: `${person.id}-${component}-${n}`, label: `${component}记录${n + 1}`, on: '2026-11-30' }]
        })
    }
  return { db: { ...base, settings: { ...base.settings, unitName: '基准单位', year: 2026 }, teams, people }, figures }
}

