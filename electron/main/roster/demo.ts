import type { Database } from '@shared/model/database'
import type { Gender, Person, PoliticalStatus, Team, TeamKind } from '@shared/roster/model'
import { idCheckChar } from '@shared/rules/id-number'

/*
 * 示例数据: a made-up county government service centre, written for this app. Deterministic: the
 * same ids and values every time, so screenshots and tests can rely on them. It includes what real
 * rosters contain: leaders, probationary members, outside supervisors, a person on leave, and names
 * with rare characters (𠮷 is missing from the print fonts; 喆 堃 䶮 are not).
 */

export const DEMO_UNIT = { unitName: '青川县政务服务中心', branchName: '中共青川县政务服务中心支部委员会' }

const TEAMS: { key: string; name: string; kind: TeamKind; leader: string }[] = [
  { key: 'office', name: '综合办公室', kind: 'department', leader: '周建国' },
  { key: 'intake', name: '综合受理窗口', kind: 'window', leader: '王喆' },
  { key: 'estate', name: '不动产登记窗口', kind: 'window', leader: '李堃' },
  { key: 'social', name: '社保医保窗口', kind: 'window', leader: '王喆' },
  { key: 'support', name: '后勤保障组', kind: 'team', leader: '李堃' }
]

const DUTIES: Record<string, string> = {
  office: '1. 负责中心文件收发、会议组织和综合协调；\n2. 负责党建、宣传和档案管理工作；\n3. 完成领导交办的其他工作。',
  intake: '1. 负责综合受理窗口的咨询、收件和出件；\n2. 落实首问负责、一次性告知和限时办结制度；\n3. 收集群众意见建议并及时反馈。',
  estate: '1. 负责不动产登记申请的受理和初审；\n2. 核对权籍资料，按时限办结登记事项；\n3. 做好登记资料的整理归档。',
  social: '1. 负责社会保险和医疗保险参保登记、变更和待遇申报；\n2. 解答群众政策咨询，帮办代办；\n3. 按月核对业务数据。',
  support: '1. 负责办公场所设施设备维护和安全保卫；\n2. 保障大厅秩序、环境卫生和便民服务设施正常使用；\n3. 做好节能和物资管理。'
}

type Row = [name: string, gender: 'm' | 'f', birth: string, status: PoliticalStatus, joined: string, post: string, extra?: Partial<Person>]

/** Per team: name, gender, 出生年月, 政治面貌, 入党时间, 岗位, and whatever else the person has. */
const PEOPLE: Record<string, Row[]> = {
  office: [
    ['周建国', 'm', '1971-03', 'member', '1994-06', '中心主任', { adminPost: '主任', partyPost: '支部书记', isLeader: true, education: '大学本科' }],
    ['李堃', 'm', '1980-11', 'member', '2003-05', '分管不动产和后勤', { adminPost: '副主任', partyPost: '纪检委员', isLeader: true, education: '研究生' }],
    ['陈静', 'f', '1988-06', 'member', '2010-06', '办公室主任', { adminPost: '科长', partyPost: '组织委员', education: '大学本科' }],
    ['赵敏', 'f', '1992-09', 'member', '2014-12', '文秘', { partyPost: '宣传委员', education: '大学本科' }],
    ['孙立', 'm', '1995-02', 'league', '', '信息管理', { education: '大学本科' }],
    ['刘䶮', 'm', '1990-07', 'member', '2012-11', '档案管理', { education: '大学本科' }],
    ['杨帆', 'm', '1998-12', 'masses', '', '网络运维', { education: '大学专科' }]
  ],
  intake: [
    ['王喆', 'm', '1978-05', 'member', '2001-07', '分管窗口业务', { adminPost: '副主任', partyPost: '支部副书记', isLeader: true, education: '大学本科' }],
    ['黄丽萍', 'f', '1985-04', 'member', '2008-06', '窗口负责人', { adminPost: '科长', partyPost: '党小组长', education: '大学本科' }],
    ['吴昊', 'm', '1993-08', 'member', '2016-06', '综合受理', { education: '大学本科' }],
    ['徐婷婷', 'f', '1996-01', 'probationary', '2025-06', '综合受理', { education: '大学本科' }],
    ['朱晓燕', 'f', '1990-10', 'masses', '', '综合受理', { education: '大学专科' }],
    ['马国强', 'm', '1983-02', 'member', '2009-07', '帮办代办', { ethnicity: '回族', education: '大学专科' }],
    ['胡晓', 'f', '1999-05', 'league', '', '咨询引导', { education: '大学专科' }],
    ['郭敏', 'f', '1987-07', 'member', '2011-06', '综合受理', { education: '大学本科', dutyStatus: 'leave', note: '产假至2026年10月' }],
    ['彭淼', 'f', '2000-03', 'league', '', '咨询引导', { education: '大学本科' }]
  ],
  estate: [
    ['何志刚', 'm', '1979-09', 'member', '2004-06', '窗口负责人', { adminPost: '科长', partyPost: '党小组长', education: '大学本科' }],
    ['林小娟', 'f', '1991-03', 'member', '2015-07', '登记受理', { education: '大学本科' }],
    ['高磊', 'm', '1989-12', 'masses', '', '权籍审核', { education: '大学本科' }],
    ['罗佳', 'f', '1994-06', 'probationary', '2025-05', '登记受理', { education: '研究生' }],
    ['梁伟', 'm', '1986-04', 'member', '2010-12', '登簿发证', { education: '大学本科' }],
    ['宋雨桐', 'f', '1997-11', 'league', '', '登记受理', { education: '大学本科' }],
    ['郑浩', 'm', '1992-02', 'masses', '', '资料归档', { education: '大学专科' }],
    ['谢芳', 'f', '1984-08', 'member', '2007-06', '权籍审核', { ethnicity: '土家族', education: '大学本科' }]
  ],
  social: [
    ['韩冬梅', 'f', '1982-12', 'member', '2006-06', '窗口负责人', { adminPost: '科长', partyPost: '党小组长', education: '大学本科' }],
    ['唐磊', 'm', '1990-01', 'member', '2013-06', '社保登记', { education: '大学本科' }],
    ['冯晓雪', 'f', '1995-03', 'probationary', '2025-04', '医保结算', { education: '大学本科' }],
    ['于洋', 'm', '1988-09', 'masses', '', '待遇审核', { education: '大学本科' }],
    ['董倩', 'f', '1993-05', 'member', '2017-07', '社保登记', { education: '大学本科' }],
    ['萧然', 'm', '1996-07', 'league', '', '医保结算', { education: '大学专科' }],
    ['程琳', 'f', '1989-02', 'member', '2012-06', '待遇审核', { ethnicity: '满族', education: '大学本科' }],
    ['曹阳', 'm', '1991-10', 'masses', '', '政策咨询', { education: '大学专科' }]
  ],
  support: [
    ['袁卫东', 'm', '1968-06', 'member', '1992-07', '后勤组长', { education: '高中' }],
    ['邓桂兰', 'f', '1972-03', 'masses', '', '保洁管理', { education: '初中及以下' }],
    ['许建军', 'm', '1975-11', 'masses', '', '设备维护', { education: '中专' }],
    ['傅红', 'f', '1980-05', 'member', '2005-06', '物资管理', { education: '大学专科' }],
    ['沈志勇', 'm', '1977-08', 'masses', '', '安全保卫', { education: '高中' }],
    ['𠮷祥云', 'm', '1985-04', 'masses', '', '驾驶员', { education: '中专' }]
  ]
}

/** Appointed from outside: no team, no post; they watch the service on behalf of the people. */
const SUPERVISORS: Row[] = [
  ['张德厚', 'm', '1962-10', 'masses', '', '', { note: '城关社区居民代表，退休教师', education: '大学专科' }],
  ['田秀英', 'f', '1966-04', 'member', '1990-06', '', { note: '县人大代表', education: '大学本科' }]
]

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** A made-up 身份证号 that passes the check: area 510823 (a county code), the birth month's 15th. */
function demoIdNumber(birth: string, gender: Gender, index: number): string {
  // The 17th digit is odd for men and even for women.
  const sequence = pad(10 + ((index * 7) % 89)) + String(2 * (index % 5) + (gender === 'male' ? 1 : 0))
  const first17 = `510823${birth.replace('-', '')}15${sequence}`
  return first17 + idCheckChar(first17)
}

function person(row: Row, index: number, teamId: string | null, teamKey: string | null, at: string): Person {
  const [name, g, birth, politicalStatus, joined, post, extra = {}] = row
  const gender: Gender = g === 'm' ? 'male' : 'female'
  const joinedYear = Number(joined.slice(0, 4))
  return {
    id: `demo-person-${pad(index + 1)}`,
    name,
    gender,
    ethnicity: '汉族',
    birth,
    education: '',
    politicalStatus,
    joinedPartyOn: joined,
    fullMemberOn: politicalStatus === 'member' && joined ? `${joinedYear + 1}${joined.slice(4)}` : '',
    partyPost: '',
    adminPost: '',
    post,
    duties: teamKey ? DUTIES[teamKey] : '',
    teamId,
    phone: `1398823${pad((index * 37) % 10000, 4)}`,
    idNumber: teamId ? demoIdNumber(birth, gender, index) : '',
    isLeader: false,
    isSupervisor: teamId === null,
    isOutsider: teamId === null,
    photo: null,
    dutyStatus: 'onDuty',
    note: '',
    deletedAt: null,
    createdAt: at,
    updatedAt: at,
    ...extra
  }
}

/** The demo unit added to an empty roster; unit settings are filled only where still blank. */
export function demoDatabase(db: Database, now: Date): Database {
  const at = now.toISOString()
  const people: Person[] = []
  for (const team of TEAMS) {
    for (const row of PEOPLE[team.key]) people.push(person(row, people.length, `demo-team-${team.key}`, team.key, at))
  }
  for (const row of SUPERVISORS) people.push(person(row, people.length, null, null, at))
  const teams: Team[] = TEAMS.map((t, i) => ({
    id: `demo-team-${t.key}`,
    name: t.name,
    kind: t.kind,
    leaderId: people.find((p) => p.name === t.leader)!.id,
    order: i + 1,
    deletedAt: null
  }))
  const settings = {
    ...db.settings,
    unitName: db.settings.unitName || DEMO_UNIT.unitName,
    branchName: db.settings.branchName || DEMO_UNIT.branchName
  }
  return { ...db, settings, people: [...db.people, ...people], teams: [...db.teams, ...teams] }
}
