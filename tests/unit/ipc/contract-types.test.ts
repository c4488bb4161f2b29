import { describe, expect, it } from 'vitest'
import { channelNames, contract, type Api, type InputOf, type OutputOf, type Result } from '@shared/contract'
import { buildApi } from '@shared/contract/bridge'

/*
 * The bridge and the contract must not drift: the type assertions below fail `npm run typecheck`
 * when `Api` stops matching the contract, and the test fails when buildApi builds another shape.
 */

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
const assertType = <T extends true>(_: T) => undefined

// One part per contract part, one method per channel, each typed by its channel.
assertType<Equal<keyof Api, keyof typeof contract>>(true)
assertType<Equal<keyof Api['roster'], keyof (typeof contract)['roster']>>(true)
assertType<Equal<Parameters<Api['settings']['save']>[0], InputOf<'settings:save'>>>(true)
assertType<Equal<ReturnType<Api['settings']['save']>, Promise<Result<OutputOf<'settings:save'>>>>>(true)
assertType<Equal<Parameters<Api['roster']['list']>, [input?: undefined]>>(true)
assertType<Equal<ReturnType<Api['demo']['load']>, Promise<Result<OutputOf<'demo:load'>>>>>(true)
// @ts-expect-error a channel the contract does not have is not on the api
assertType<Equal<Api['roster']['loadDemo'], never>>(true)

describe('buildApi', () => {
  it('has exactly one method per channel, and each invokes its own channel', async () => {
    const invoked: string[] = []
    const api = buildApi(async (channel) => void invoked.push(channel))
    const methods = Object.entries(api).flatMap(([part, verbs]) => Object.keys(verbs).map((verb) => `${part}:${verb}`))
    expect(methods.sort()).toEqual([...channelNames].sort())
    for (const [part, verbs] of Object.entries(api)) for (const method of Object.values(verbs as Record<string, () => Promise<unknown>>)) await method()
    expect(invoked.sort()).toEqual([...channelNames].sort())
  })

  it('gives every channel a Chinese summary', () => {
    for (const [part, specs] of Object.entries(contract)) {
      for (const [verb, spec] of Object.entries(specs)) expect(spec.summary, `${part}:${verb}`).toMatch(/[\u4e00-\u9fff]/)
    }
  })
})
