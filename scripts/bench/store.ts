import { mkdtemp, open, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDatabase, type Database } from '@shared/model/database'
import { personSchema, type Person } from '@shared/model/roster'
import { DurableJsonAdapter } from '../../electron/main/store/adapter'
import { serializeDatabase } from '../../electron/main/store/parse-database'
import { Store } from '../../electron/main/store/store'

/*
 * Store write latency: one `Store.update` (change one person, encode, temp file, fsync, rename,
 * fsync the folder) against a bare `writeFile + fsync` of the same, already encoded bytes, at
 * 1 MB and 10 MB. For reference, the naive save: JSON.stringify of the whole database, then write.
 */

const SAMPLES = 20
const WARM_UP = 3
const MB = 1024 * 1024

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉兰文辉海燕晓东春梅德胜立新建华宏伟丽华'
const POSTS = ['营销班班长', '运维检修专责', '客户服务窗口', '综合管理员', '安全员', '抄表核算员', '配电运维工', '党建专责']
const DUTIES =
  '负责辖区内配电线路及设备的日常巡视、维护和缺陷处理,执行两票三制,确保安全生产;做好客户用电咨询、报装受理和故障报修的服务工作,落实首问负责制和一次性告知制度;参加班组安全日活动和技能培训,完成上级交办的其他工作。'

/** A GB 11643 number with a correct check digit, so the data looks like a real roster. */
function idNumber(i: number): string {
  const body = `330102${1960 + (i % 40)}${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...body].reduce((s, d, k) => s + Number(d) * weights[k], 0)
  return body + '10X98765432'[sum % 11]
}

function fakePerson(i: number): Person {
  const name = SURNAMES[i % SURNAMES.length] + GIVEN[(i * 7) % GIVEN.length] + (i % 3 ? GIVEN[(i * 13) % GIVEN.length] : '')
  const year = 1960 + (i % 40)
  return personSchema.parse({
    id: `p${String(i).padStart(6, '0')}`,
    name,
    gender: i % 2 ? 'male' : 'female',
    ethnicity: '汉族',
    birth: `${year}-${String((i % 12) + 1).padStart(2, '0')}`,
    education: ['大学本科', '大专', '硕士研究生'][i % 3],
    politicalStatus: i % 4 ? 'member' : 'masses',
    joinedPartyOn: i % 4 ? `${year + 22}-07` : '',
    post: POSTS[i % POSTS.length],
    duties: DUTIES,
    teamId: `t${i % 12}`,
    phone: `138${String(10_000_000 + i).slice(-8)}`,
    idNumber: idNumber(i),
    note: i % 5 ? '' : '借调至县公司营销部',
    createdAt: '2026-01-05T08:00:00.000Z',
    updatedAt: '2026-01-05T08:00:00.000Z'
  })
}

/** Enough people that the compact file reaches `bytes`. */
function databaseOfSize(bytes: number): Database {
  const base = createDatabase(new Date(2026, 0, 5))
  const perPerson = JSON.stringify(fakePerson(1)).length * 3 // CJK is 3 bytes in UTF-8; JSON.length counts characters
  const people: Person[] = []
  for (let i = 0; Buffer.byteLength(serializeDatabase({ ...base, people })) < bytes; ) {
    const batch = Math.max(1, Math.ceil((bytes - Buffer.byteLength(serializeDatabase({ ...base, people }))) / perPerson))
    for (const end = i + batch; i < end; i++) people.push(fakePerson(i))
  }
  return { ...base, people }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

async function timeIt(times: number, action: (i: number) => Promise<unknown>): Promise<number[]> {
  const taken: number[] = []
  for (let i = -WARM_UP; i < times; i++) {
    const started = performance.now()
    await action(i)
    if (i >= 0) taken.push(performance.now() - started)
  }
  return taken
}

async function bareWrite(path: string, bytes: string | Buffer) {
  const handle = await open(path, 'w')
  try {
    await handle.writeFile(bytes)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

async function measure(size: number) {
  const dir = await mkdtemp(join(tmpdir(), 'lbp-bench-store-'))
  try {
    const data = databaseOfSize(size)
    const text = serializeDatabase(data)
    const bytes = Buffer.from(text)
    const adapter = new DurableJsonAdapter(join(dir, 'liangbiping.json'))
    await adapter.write(data)
    const store = new Store(adapter, data)
    const storeTimes = await timeIt(SAMPLES, (i) =>
      store.update((db) => {
        const people = (db.people as Person[]).slice()
        const k = Math.abs(i) % people.length
        people[k] = { ...people[k], note: `第${i}次修改`, updatedAt: new Date().toISOString() }
        return { ...db, people }
      })
    )
    // Already-encoded bytes: the baseline is the disk work alone.
    const bareTimes = await timeIt(SAMPLES, () => bareWrite(join(dir, 'bare.json'), bytes))
    // The least any save from memory must do: what the durable path adds on top is temp file, rename and folder fsync.
    const fromObject = await timeIt(SAMPLES, () => bareWrite(join(dir, 'bare.json'), JSON.stringify(store.data)))
    return {
      bytes: bytes.byteLength,
      people: (data.people as Person[]).length,
      store: median(storeTimes),
      bare: median(bareTimes),
      fromObject: median(fromObject)
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

export async function run(): Promise<void> {
  console.log(`存储写入延迟(Store.update 与裸 writeFile+fsync,各 ${SAMPLES} 次取中位数)`)
  for (const size of [1 * MB, 10 * MB]) {
    const r = await measure(size)
    const mb = (r.bytes / MB).toFixed(1)
    console.log(
      `  ${mb} MB(${r.people} 人): Store.update ${r.store.toFixed(1)} ms;裸 writeFile+fsync 同样字节 ${r.bare.toFixed(1)} ms,` +
        `比值 ${(r.store / r.bare).toFixed(2)};参考:JSON.stringify+裸写 ${r.fromObject.toFixed(1)} ms`
    )
  }
  console.log('  目标: 1 MB 下 < 40 ms, 比值 < 1.5')
}
