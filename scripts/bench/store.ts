import { mkdtemp, open, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDatabase, type Database } from '@shared/model/database'
import { personSchema, type Person } from '@shared/roster/model'
import { DurableJsonAdapter } from '../../electron/main/store/adapter'
import { DatabaseEncoder } from '../../electron/main/store/encode'
import type { DurableFileOps } from '../../electron/main/store/durable-file'
import { serializeDatabase } from '../../electron/main/store/parse-database'
import { Store } from '../../electron/main/store/store'
import { record } from '../bench-record'

/*
 * Store write latency: one `Store.update` (change one person, encode, temp file, fsync, rename,
 * fsync the folder) against a bare `writeFile + fsync` of the same, already encoded bytes over a
 * file of the same size in the same folder, at 1 MB and 10 MB. The two are timed in turns, so
 * whatever else the machine is doing slows both alike. A second, instrumented store shows where
 * the time goes. For reference, the naive save: JSON.stringify of the whole database, then write.
 */

const SAMPLES = 20
/** Targets, printed at the end: Store.update at 1 MB, and store / bare write (median) at every size. */
const TARGET_1MB_MS = 40
const TARGET_RATIO = 1.5
const WARM_UP = 3
const MB = 1024 * 1024

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉兰文辉海燕晓东春梅德胜立新建华宏伟丽华'
const POSTS = ['营销班班长', '运维检修专责', '客户服务窗口', '综合管理员', '安全员', '抄表核算员', '配电运维工', '党建专责']
const DUTIES =
  '负责辖区内配电线路及设备的日常巡视、维护和缺陷处理，执行两票三制，确保安全生产；做好客户用电咨询、报装受理和故障报修的服务工作，落实首问负责制和一次性告知制度；参加班组安全日活动和技能培训，完成上级交办的其他工作。'

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

async function timed(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await action()
  return performance.now() - started
}

/** Times of each step, by name, over all samples. */
class Steps {
  readonly times = new Map<string, number[]>()
  private last = 0
  start() {
    this.last = performance.now()
  }
  /** The time since the previous step ended goes to `name`. */
  lap(name: string) {
    const now = performance.now()
    const times = this.times.get(name) ?? []
    times.push(now - this.last)
    this.times.set(name, times)
    this.last = now
  }
  medians(): string {
    return [...this.times].map(([name, values]) => `${name} ${median(values).toFixed(2)}`).join(',')
  }
}

/**
 * The bare baseline: open (truncating the old file, as the store's rename drops the old one), one
 * write of the whole buffer, fsync, close. One write is quicker than FileHandle.writeFile, which
 * writes in 512 KB chunks, so the store is held to the stricter figure.
 */
async function bareWrite(path: string, bytes: Buffer, steps?: Steps) {
  steps?.start()
  const handle = await open(path, 'w')
  steps?.lap('打开并截断')
  try {
    for (let done = 0; done < bytes.length; ) done += (await handle.write(bytes, done)).bytesWritten
    steps?.lap('写入')
    await handle.sync()
    steps?.lap('fsync')
  } finally {
    await handle.close()
    steps?.lap('关闭')
  }
}

/**
 * File operations that note when each step of a durable write ends. Before the first: the queue and
 * the change itself. The temp file is opened while the data is encoded, so those two share a step.
 * After the rename: the folder fsync.
 */
function timedFileOps(steps: Steps): Partial<DurableFileOps> {
  return {
    openForWrite: async (path) => {
      steps.lap('修改')
      const handle = await open(path, 'w')
      steps.lap('编码‖建临时文件')
      return {
        writev: async (buffers: Uint8Array[]) => {
          const result = await handle.writev(buffers)
          steps.lap('写入')
          return result
        },
        sync: async () => {
          await handle.sync()
          steps.lap('fsync')
        },
        close: async () => {
          await handle.close()
          steps.lap('关闭')
        }
      }
    },
    rename: async (from, to) => {
      await rename(from, to)
      steps.lap('改名')
    }
  }
}

function changeOnePerson(i: number) {
  return (db: Database): Database => {
    const people = (db.people as Person[]).slice()
    const k = (i * 7919) % people.length
    people[k] = { ...people[k], note: `第${i}次修改`, updatedAt: new Date().toISOString() }
    return { ...db, people }
  }
}

async function measure(size: number) {
  const dir = await mkdtemp(join(tmpdir(), 'lbp-bench-store-'))
  try {
    const data = databaseOfSize(size)
    const bytes = Buffer.from(serializeDatabase(data))
    const barePath = join(dir, 'bare.json')
    await writeFile(barePath, bytes)
    const adapter = new DurableJsonAdapter(join(dir, 'liangbiping.json'))
    await adapter.write(data) // the app's first write after opening encodes everything; later ones reuse it
    const store = new Store(adapter, data)
    const storeTimes: number[] = []
    const bareTimes: number[] = []
    for (let i = -WARM_UP; i < SAMPLES; i++) {
      // Taking turns, and swapping who goes first, shares out the noise of the other processes.
      const storeFirst = i % 2 === 0
      const first = await timed(() => (storeFirst ? store.update(changeOnePerson(i)) : bareWrite(barePath, bytes)))
      const second = await timed(() => (storeFirst ? bareWrite(barePath, bytes) : store.update(changeOnePerson(i))))
      if (i < 0) continue
      storeTimes.push(storeFirst ? first : second)
      bareTimes.push(storeFirst ? second : first)
    }

    const storeSteps = new Steps()
    const bareSteps = new Steps()
    const timedAdapter = new DurableJsonAdapter(join(dir, 'timed.json'), { fileOps: timedFileOps(storeSteps) })
    await timedAdapter.write(data)
    const timedStore = new Store(timedAdapter, data)
    // Encoding alone, as it runs in the store: right after a write, with the CPU caches cold.
    const encoder = new DatabaseEncoder()
    encoder.encode(data)
    let encoded = data
    const encodeTimes: number[] = []
    for (let i = 0; i < SAMPLES; i++) {
      storeSteps.start()
      await timedStore.update(changeOnePerson(i))
      storeSteps.lap('目录 fsync')
      await bareWrite(barePath, bytes, bareSteps)
      encoded = changeOnePerson(i)(encoded)
      const started = performance.now()
      encoder.encode(encoded)
      encodeTimes.push(performance.now() - started)
    }

    // The least any save from memory must do: what the durable path adds on top is temp file, rename and folder fsync.
    const fromObject: number[] = []
    for (let i = -WARM_UP; i < SAMPLES; i++) {
      const taken = await timed(() => bareWrite(barePath, Buffer.from(JSON.stringify(store.data))))
      if (i >= 0) fromObject.push(taken)
    }
    return {
      bytes: bytes.byteLength,
      people: (data.people as Person[]).length,
      store: storeTimes,
      bare: bareTimes,
      fromObject: median(fromObject),
      storeSteps: storeSteps.medians(),
      encode: median(encodeTimes),
      bareSteps: bareSteps.medians()
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

export async function run(): Promise<void> {
  console.log(`存储写入延迟（Store.update 与裸 writeFile+fsync 轮流各 ${SAMPLES} 次，取中位数与最小值，单位 ms）`)
  for (const size of [1 * MB, 10 * MB]) {
    const r = await measure(size)
    const mb = (r.bytes / MB).toFixed(1)
    const [storeMid, bareMid, storeMin, bareMin] = [median(r.store), median(r.bare), Math.min(...r.store), Math.min(...r.bare)]
    console.log(
      `  ${mb} MB（${r.people} 人）：Store.update 中位 ${storeMid.toFixed(1)} / 最小 ${storeMin.toFixed(1)}；` +
        `裸 writeFile+fsync 同样字节 中位 ${bareMid.toFixed(1)} / 最小 ${bareMin.toFixed(1)}；` +
        `比值 中位 ${(storeMid / bareMid).toFixed(2)} / 最小 ${(storeMin / bareMin).toFixed(2)}；参考：JSON.stringify+裸写 ${r.fromObject.toFixed(1)}`
    )
    console.log(`    Store.update 分步中位：${r.storeSteps}（其中单独编码 ${r.encode.toFixed(2)}）`)
    console.log(`    裸写 分步中位：${r.bareSteps}`)
    const at = `${mb} MB`
    record({ name: `Store.update ${at}，中位`, value: storeMid, unit: 'ms', target: size === 1 * MB ? TARGET_1MB_MS : null })
    record({ name: `Store.update ${at}，最小`, value: storeMin, unit: 'ms', target: null })
    record({ name: `裸 writeFile+fsync ${at}，中位`, value: bareMid, unit: 'ms', target: null })
    record({ name: `裸 writeFile+fsync ${at}，最小`, value: bareMin, unit: 'ms', target: null })
    record({ name: `Store.update / 裸写 ${at}，中位`, value: storeMid / bareMid, unit: 'ratio', target: TARGET_RATIO })
    record({ name: `Store.update / 裸写 ${at}，最小`, value: storeMin / bareMin, unit: 'ratio', target: null })
    record({ name: `Store.update ${at} 单独编码，中位`, value: r.encode, unit: 'ms', target: null })
    record({ name: `参考：JSON.stringify+裸写 ${at}，中位`, value: r.fromObject, unit: 'ms', target: null })
  }
  console.log(`  目标：1 MB 下 < ${TARGET_1MB_MS} ms，比值 < ${TARGET_RATIO}`)
}
