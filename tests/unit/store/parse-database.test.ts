import { describe, expect, it } from 'vitest'
import { createDatabase, SCHEMA_VERSION } from '@shared/model/database'
import { describeProblem, parseDatabase, serializeDatabase, type DatabaseProblem } from '../../../electron/main/store/parse-database'

const CJK = /[\u4e00-\u9fff]/
const good = () => serializeDatabase(createDatabase(new Date(2026, 4, 1)))
const bytes = (text: string) => Buffer.from(text, 'utf8')

describe('parseDatabase', () => {
  it('accepts what serializeDatabase wrote, as compact JSON', () => {
    const text = good()
    expect(text).not.toContain('\n')
    const parsed = parseDatabase(bytes(text))
    expect(parsed).toMatchObject({ ok: true, migrated: false })
    if (parsed.ok) expect(parsed.data).toEqual(JSON.parse(text))
  })

  it('reads from a Uint8Array view into a larger buffer without looking outside it', () => {
    const text = bytes(good())
    const big = Buffer.concat([bytes('xxxx'), text, bytes('yyyy')])
    expect(parseDatabase(new Uint8Array(big.buffer, big.byteOffset + 4, text.byteLength)).ok).toBe(true)
  })

  const cases: [string, Uint8Array, DatabaseProblem][] = [
    ['an empty file', bytes(''), 'empty'],
    ['only whitespace', bytes('  \n\t'), 'empty'],
    ['NUL bytes', Buffer.alloc(4096), 'nul'],
    ['NUL bytes after good JSON', Buffer.concat([bytes(good()), Buffer.alloc(16)]), 'nul'],
    ['a UTF-8 BOM', bytes(`\uFEFF${good()}`), 'bom'],
    ['truncated JSON', bytes(good().slice(0, 20)), 'not-json'],
    ['not JSON at all', bytes('hello'), 'not-json'],
    ['JSON null', bytes('null'), 'not-object'],
    ['a JSON array', bytes('[1,2]'), 'not-object'],
    ['a JSON number', bytes('42'), 'not-object'],
    ['no schemaVersion', bytes('{"settings":{}}'), 'unversioned'],
    ['a string schemaVersion', bytes('{"schemaVersion":"1"}'), 'unversioned'],
    ['schemaVersion 0', bytes('{"schemaVersion":0}'), 'unversioned'],
    ['a fractional schemaVersion', bytes('{"schemaVersion":1.5}'), 'unversioned'],
    ['a newer schemaVersion', bytes(JSON.stringify({ ...JSON.parse(good()), schemaVersion: SCHEMA_VERSION + 1 })), 'newer'],
    ['settings missing', bytes(JSON.stringify({ schemaVersion: SCHEMA_VERSION })), 'schema'],
    ['a wrongly typed field', bytes(JSON.stringify({ schemaVersion: SCHEMA_VERSION, settings: { year: '二〇二六' } })), 'schema']
  ]

  it.each(cases)('reports %s as %s, with a Chinese explanation', (_name, input, problem) => {
    const parsed = parseDatabase(input)
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.problem).toBe(problem)
    expect(describeProblem(parsed.problem)).toMatch(CJK)
  })

  it('has a distinct Chinese sentence for every problem', () => {
    const problems = [...new Set(cases.map((c) => c[2]))]
    const sentences = problems.map(describeProblem)
    expect(new Set(sentences).size).toBe(problems.length)
    for (const s of sentences) expect(s).toMatch(CJK)
  })

  it('merges defaults for fields an older file does not have, keeping what it has', () => {
    const old = { schemaVersion: SCHEMA_VERSION, settings: { unitName: '某某供电所', year: 2025 }, futureField: { kept: true } }
    const parsed = parseDatabase(bytes(JSON.stringify(old)))
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.data.settings).toMatchObject({ unitName: '某某供电所', year: 2025, branchName: '', principal: '', phone: '', noticeSignature: '' })
    expect(parsed.data.futureField).toEqual({ kept: true })
  })
})
