import type { z } from 'zod'
import '../validation'
import { stageContracts } from '../stages'
import type { ChannelSpec, ContractPart, Result } from './define'
import { demoContract } from './demo'
import { homeContract } from './home'
import { printContract } from './print'
import { settingsContract } from './settings'
import { storeContract } from './store'

/**
 * Every message between renderer and main, nested by part: the database (store), 单位信息,
 * the demo, printing, then each stage from shared/stages.ts. Channel `roster:list` is
 * `contract.roster.list` and `window.api.roster.list()`. The preload, main's registration, the
 * renderer's client and `cli call` all derive from this one object.
 */
export const contract = {
  store: storeContract,
  settings: settingsContract,
  demo: demoContract,
  home: homeContract,
  print: printContract,
  ...stageContracts
} satisfies Record<string, ContractPart>

export type Contract = typeof contract
export type PartName = keyof Contract & string
export type ChannelName = { [P in PartName]: `${P}:${keyof Contract[P] & string}` }[PartName]

type SpecOf<C extends ChannelName> = C extends `${infer P extends PartName}:${infer V}` ? (V extends keyof Contract[P] ? Contract[P][V] : never) : never
type SpecInput<S> = S extends ChannelSpec<infer I, z.ZodType> ? I : never
type SpecOutput<S> = S extends ChannelSpec<z.ZodType, infer O> ? O : never

export type InputOf<C extends ChannelName> = z.input<SpecInput<SpecOf<C>>>
export type ParsedInputOf<C extends ChannelName> = z.output<SpecInput<SpecOf<C>>>
export type OutputOf<C extends ChannelName> = z.output<SpecOutput<SpecOf<C>>>

export function splitChannel(name: string): [part: string, verb: string] {
  const at = name.indexOf(':')
  return [name.slice(0, at), name.slice(at + 1)]
}

export const channelNames = Object.entries(contract).flatMap(([part, specs]) => Object.keys(specs).map((verb) => `${part}:${verb}`)) as ChannelName[]

/** A channel's spec by its name, or undefined for a name the contract does not have. */
export function channelSpec(name: string): ChannelSpec | undefined {
  const [part, verb] = splitChannel(name)
  const specs: Record<string, ChannelSpec> | undefined = Object.hasOwn(contract, part) ? contract[part as PartName] : undefined
  return specs && Object.hasOwn(specs, verb) ? specs[verb] : undefined
}

type Method<C extends ChannelName> = undefined extends InputOf<C>
  ? (input?: InputOf<C>) => Promise<Result<OutputOf<C>>>
  : (input: InputOf<C>) => Promise<Result<OutputOf<C>>>

/** What the preload puts on `window.api`: `api.settings.save(input)` for channel `settings:save`. */
export type Api = {
  [P in PartName]: { [V in keyof Contract[P] & string]: Method<Extract<`${P}:${V}`, ChannelName>> }
}

export type { Result } from './define'
