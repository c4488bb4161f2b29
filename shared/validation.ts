import { z } from 'zod'

/**
 * Chinese messages for zod's generic issues. Schemas that need a specific sentence pass their own
 * message, which wins over this map.
 */
export function chineseIssueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '为必填项' : '格式不正确'
    case 'too_small':
      if (issue.origin === 'string') return `至少需要${issue.minimum}个字`
      if (issue.origin === 'array' || issue.origin === 'set') return `至少需要${issue.minimum}项`
      return `不能小于${issue.minimum}`
    case 'too_big':
      if (issue.origin === 'string') return `不能超过${issue.maximum}个字`
      if (issue.origin === 'array' || issue.origin === 'set') return `不能超过${issue.maximum}项`
      return `不能大于${issue.maximum}`
    case 'invalid_format':
      return '格式不正确'
    case 'invalid_value':
      return '取值不在允许的范围内'
    case 'unrecognized_keys':
      return `包含无法识别的字段：${issue.keys.join('、')}`
    case 'invalid_union':
      return '格式不正确'
    default:
      return '输入无效'
  }
}

z.config({ customError: chineseIssueMessage })

/*
 * Field names as the user knows them, for messages like “联系电话：格式不正确”. Each schema labels
 * its own fields (`labelled`), so 内容 of a pledge item and 内容 of a review never share one map;
 * a message is prefixed with the label of the deepest labelled field on the issue's path.
 */

interface FieldMeta {
  label?: string
}

/** Gives each field of an object shape its label (kept through `.extend`, `.omit`, `.pick`). */
export function labelled<S extends z.ZodRawShape>(shape: S, labels: { [K in keyof S]?: string }): S {
  const out = { ...shape }
  for (const key of Object.keys(labels) as (keyof S)[]) {
    const label = labels[key]
    if (label) out[key] = (shape[key] as unknown as z.ZodType).meta({ label }) as unknown as S[keyof S]
  }
  return out
}

type Node = z.core.$ZodType
const defOf = (node: Node) => node._zod.def as unknown as Record<string, unknown> & { type: string }

function labelOf(node: Node): string | undefined {
  for (let at: Node | undefined = node; at; at = inner(at)) {
    const label = (z.globalRegistry.get(at) as FieldMeta | undefined)?.label
    if (label) return label
  }
  return undefined
}

/** The schema a wrapper (optional, default, pipe, ...) stands for. */
function inner(node: Node): Node | undefined {
  const def = defOf(node)
  if ('innerType' in def) return def.innerType as Node
  if (def.type === 'pipe') return def.in as Node
  if (def.type === 'lazy') return (def.getter as () => Node)()
  return undefined
}

function unwrap(node: Node): Node {
  let at = node
  for (let next = inner(at); next; next = inner(at)) at = next
  return at
}

function child(node: Node, key: PropertyKey): Node | undefined {
  const at = unwrap(node)
  const def = defOf(at)
  if (def.type === 'object') return (def.shape as Record<PropertyKey, Node>)[key]
  if (def.type === 'array') return def.element as Node
  if (def.type === 'record') return def.valueType as Node
  if (def.type === 'tuple') return (def.items as Node[])[Number(key)]
  if (def.type === 'union') {
    for (const option of def.options as Node[]) {
      const found = child(option, key)
      if (found) return found
    }
  }
  return undefined
}

/** The label of the deepest labelled field along `path` in `schema`, or ''. */
export function fieldLabel(schema: Node | undefined, path: readonly PropertyKey[]): string {
  let label = ''
  let node = schema
  for (const key of path) {
    node = node && child(node, key)
    if (!node) break
    label = labelOf(node) ?? label
  }
  return label
}

/** One sentence for the first problem: the user fixes one thing at a time. `schema` is the one that was parsed. */
export function describeZodError(error: z.ZodError, schema?: Node): string {
  const issue = error.issues[0]
  if (!issue) return '输入有误'
  const label = fieldLabel(schema, issue.path)
  const message = issue.message
  if (!label || message.includes(label)) return message
  return `${label}：${message}`
}
