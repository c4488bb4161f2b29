import type { z } from 'zod'
import '../validation'
import type { ChannelSpec, Result } from './define'
import { rosterContract } from './roster'
import { settingsContract } from './settings'
import { showContract } from './show'
import { storeContract } from './store'

/**
 * Every message between renderer and main. Channel names are `domain:verb`; each stage adds its
 * own file and joins it here. The preload, main's registration and the renderer's client all
 * derive from this one object.
 */
export const contract = {
  ...storeContract,
  ...settingsContract,
  ...rosterContract,
  ...showContract
} satisfies Record<string, ChannelSpec>

export type Contract = typeof contract
export type ChannelName = keyof Contract
export type InputOf<C extends ChannelName> = z.input<Contract[C]['input']>
export type ParsedInputOf<C extends ChannelName> = z.output<Contract[C]['input']>
export type OutputOf<C extends ChannelName> = z.output<Contract[C]['output']>

export const channelNames = Object.keys(contract) as ChannelName[]

type Domain<C> = C extends `${infer D}:${string}` ? D : never
type Verb<C, D extends string> = C extends `${D}:${infer V}` ? V : never

type Method<C extends ChannelName> = undefined extends InputOf<C>
  ? (input?: InputOf<C>) => Promise<Result<OutputOf<C>>>
  : (input: InputOf<C>) => Promise<Result<OutputOf<C>>>

/** What the preload puts on `window.api`: `api.settings.save(input)` for channel `settings:save`. */
export type Api = {
  [D in Domain<ChannelName>]: { [V in Verb<ChannelName, D>]: Method<Extract<`${D}:${V}`, ChannelName>> }
}

export function splitChannel(name: string): [domain: string, verb: string] {
  const at = name.indexOf(':')
  return [name.slice(0, at), name.slice(at + 1)]
}

export type { Result } from './define'
