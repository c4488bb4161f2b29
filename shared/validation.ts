import { z } from 'zod'
import { PERSON_FIELD_LABELS } from './model/roster'
import { SHOW_FIELD_LABELS } from './model/show'

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

/** Field names as the user knows them, for messages like “联系电话：格式不正确”. Stages add theirs. */
export const fieldLabels: Record<string, string> = {
  unitName: '单位名称',
  branchName: '党组织名称',
  year: '活动年度',
  principal: '负责人',
  phone: '联系电话',
  noticeSignature: '公示落款',
  file: '文件',
  ...rosterFieldLabels(),
  ...SHOW_FIELD_LABELS
}

/** The person form's labels, except `name`, whose messages already say 姓名 and which other entities use too. */
function rosterFieldLabels(): Record<string, string> {
  const { name: _name, ...labels } = PERSON_FIELD_LABELS
  return labels
}

/** One sentence for the first problem: the user fixes one thing at a time. */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return '输入有误'
  const named = [...issue.path].reverse().find((p): p is string => typeof p === 'string' && p in fieldLabels)
  const label = named ? fieldLabels[named] : ''
  const message = issue.message
  if (!label || message.includes(label)) return message
  return `${label}：${message}`
}
