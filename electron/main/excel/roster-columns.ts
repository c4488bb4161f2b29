import { PERSON_FIELD_LABELS, type PersonFields } from '@shared/roster/model'

/*
 * The roster's columns, once: the template and the export write them in this order under these
 * headers, and the import recognises them (and the synonyms hand-made rosters use) in any order.
 */

export type ColumnField = Exclude<keyof PersonFields, 'teamId' | 'photo'> | 'teamName'
export type ColumnKind = 'text' | 'longText' | 'date' | 'gender' | 'political' | 'yesNo' | 'duty' | 'id' | 'phone'

export interface RosterColumn {
  field: ColumnField
  header: string
  kind: ColumnKind
  /** Other headers meaning the same, compared after removing spaces, `*` and bracketed notes. */
  synonyms: string[]
  /** Width in characters for the template and export (Chinese characters count as 2). */
  width: number
}

const label = (field: keyof PersonFields) => PERSON_FIELD_LABELS[field]

export const ROSTER_COLUMNS: RosterColumn[] = [
  { field: 'name', header: label('name'), kind: 'text', synonyms: ['名字', '人员姓名', '党员姓名', '职工姓名', '员工姓名'], width: 10 },
  { field: 'gender', header: label('gender'), kind: 'gender', synonyms: [], width: 6 },
  { field: 'ethnicity', header: label('ethnicity'), kind: 'text', synonyms: ['族别'], width: 8 },
  { field: 'birth', header: label('birth'), kind: 'date', synonyms: ['出生日期', '出生年月日', '生日', '出生时间'], width: 11 },
  { field: 'education', header: label('education'), kind: 'text', synonyms: ['文化程度', '最高学历', '全日制学历'], width: 10 },
  { field: 'politicalStatus', header: label('politicalStatus'), kind: 'political', synonyms: ['政治身份', '党员类别', '党员身份'], width: 10 },
  { field: 'joinedPartyOn', header: label('joinedPartyOn'), kind: 'date', synonyms: ['入党日期', '入党年月', '入党时间年月'], width: 11 },
  { field: 'fullMemberOn', header: label('fullMemberOn'), kind: 'date', synonyms: ['转正日期', '转正年月'], width: 11 },
  { field: 'partyPost', header: label('partyPost'), kind: 'text', synonyms: ['党内职务名称'], width: 12 },
  { field: 'adminPost', header: label('adminPost'), kind: 'text', synonyms: ['职务', '行政职务名称', '现任职务'], width: 12 },
  { field: 'post', header: label('post'), kind: 'text', synonyms: ['工作岗位', '所在岗位', '岗位名称', '现岗位'], width: 14 },
  { field: 'duties', header: label('duties'), kind: 'longText', synonyms: ['职责', '主要职责', '工作职责', '岗位职责描述'], width: 40 },
  {
    field: 'teamName',
    header: '所在班组',
    kind: 'text',
    synonyms: ['班组', '所在部门', '部门', '窗口', '所在窗口', '所在队', '科室', '所在科室', '班组窗口', '所在班组窗口'],
    width: 14
  },
  { field: 'phone', header: label('phone'), kind: 'phone', synonyms: ['手机', '手机号', '手机号码', '电话', '电话号码', '联系方式'], width: 14 },
  { field: 'idNumber', header: label('idNumber'), kind: 'id', synonyms: ['身份证号码', '公民身份号码', '身份证', '证件号码'], width: 21 },
  { field: 'isLeader', header: label('isLeader'), kind: 'yesNo', synonyms: ['领导干部', '是否领导'], width: 8 },
  { field: 'isSupervisor', header: label('isSupervisor'), kind: 'yesNo', synonyms: ['特约监督员'], width: 8 },
  { field: 'isOutsider', header: label('isOutsider'), kind: 'yesNo', synonyms: ['单位外人员', '外部人员'], width: 8 },
  { field: 'dutyStatus', header: label('dutyStatus'), kind: 'duty', synonyms: ['状态', '人员状态', '在职状态'], width: 10 },
  { field: 'note', header: label('note'), kind: 'longText', synonyms: ['说明'], width: 20 }
]

/** Headers that carry nothing to import and need no remark. */
export const IGNORED_HEADERS = new Set(['序号', '编号', '序', '照片', '相片'])

/** Header text as compared: no spaces or line breaks, no `*` marks, no bracketed notes like (必填). */
export function normalizeHeader(text: string): string {
  return text
    .replace(/[(（[【][^)）\]】]*[)）\]】]/g, '')
    .replace(/[\s\u3000*＊:：]/g, '')
}

const BY_HEADER = new Map<string, RosterColumn>()
for (const column of ROSTER_COLUMNS) {
  for (const header of [column.header, ...column.synonyms]) BY_HEADER.set(normalizeHeader(header), column)
}

export function columnForHeader(text: string): RosterColumn | undefined {
  return BY_HEADER.get(normalizeHeader(text))
}
