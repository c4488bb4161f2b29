import { localDay } from './dates'
import { checkIdNumber } from './id-number'
import { yearsBetween } from './partial-date'

/*
 * Consistency of one person's fields. Shared by the form (errors block saving) and the Excel import
 * (errors make a row unimportable, warnings are shown in the preview). Messages do not repeat the
 * field's name: the caller puts it in front ("身份证号:校验位不正确").
 */

export interface PersonIssue {
  field: 'idNumber' | 'birth' | 'gender' | 'joinedPartyOn' | 'fullMemberOn' | 'teamId' | 'isSupervisor'
  level: 'error' | 'warning'
  message: string
}

interface CheckedFields {
  gender: 'male' | 'female' | null
  birth: string
  politicalStatus: 'member' | 'probationary' | 'league' | 'masses'
  joinedPartyOn: string
  fullMemberOn: string
  idNumber: string
  teamId: string | null
  isOutsider: boolean
  isSupervisor: boolean
}

const inFuture = (value: string, today: string) => value !== '' && value > today.slice(0, value.length)

export function checkPerson(p: CheckedFields, today: string = localDay()): PersonIssue[] {
  const issues: PersonIssue[] = []
  const add = (field: PersonIssue['field'], level: PersonIssue['level'], message: string) => issues.push({ field, level, message })

  if (p.idNumber) {
    const id = checkIdNumber(p.idNumber)
    if (!id.ok) add('idNumber', 'error', id.message)
    else {
      if (p.birth && !id.birth.startsWith(p.birth)) add('birth', 'warning', `与身份证号中的出生日期（${id.birth}）不一致`)
      if (p.gender && p.gender !== id.gender) add('gender', 'warning', `与身份证号显示的性别（${id.gender === 'male' ? '男' : '女'}）不一致`)
    }
  }
  for (const field of ['birth', 'joinedPartyOn', 'fullMemberOn'] as const) {
    if (inFuture(p[field], today)) add(field, 'error', '不能晚于今天')
  }
  if (p.fullMemberOn && p.politicalStatus === 'probationary') add('fullMemberOn', 'error', '预备党员尚未转正，请清空转正时间或把政治面貌改为中共党员')
  if (p.fullMemberOn && p.joinedPartyOn && p.fullMemberOn < p.joinedPartyOn) add('fullMemberOn', 'error', '不能早于入党时间')
  if (p.joinedPartyOn && (p.politicalStatus === 'league' || p.politicalStatus === 'masses')) {
    add('joinedPartyOn', 'warning', '政治面貌不是党员，却填写了入党时间，请核对')
  }
  const ageAtJoining = yearsBetween(p.birth, p.joinedPartyOn)
  if (ageAtJoining !== null && ageAtJoining < 18) add('joinedPartyOn', 'warning', '入党时未满18周岁，请核对')
  if (p.isOutsider && p.teamId) add('teamId', 'error', '单位外的特约监督员不属于本单位班组，请清空所在班组')
  if (p.isOutsider && !p.isSupervisor) add('isSupervisor', 'error', '单位外人员只能作为特约监督员登记')
  return issues
}
