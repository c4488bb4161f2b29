import { performance } from 'node:perf_hooks'
import { nameComparator, sortByName } from '../../shared/rules/name-order'
import { record } from '../bench-record'

/*
 * Name order for printed lists: sorting 1,000 names by 姓氏笔画 and by pinyin, target < 50 ms. The
 * first sort in a process also loads the stroke and pinyin data (shown apart, no target).
 */

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'

/** The 3,755 characters of GB2312 level 1, the common ones names are made of. */
function commonCharacters(): string[] {
  const decoder = new TextDecoder('gbk')
  const chars: string[] = []
  for (let lead = 0xb0; lead <= 0xd7; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) chars.push(decoder.decode(Uint8Array.from([lead, trail])))
  }
  return chars.filter((c) => /^\p{Script=Han}$/u.test(c))
}

export async function run(): Promise<void> {
  const common = commonCharacters()
  let seed = 20240701
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  const pick = (chars: string | string[]) => chars[Math.floor(random() * chars.length)]
  const names = () => Array.from({ length: 1000 }, () => pick(SURNAMES) + pick(common) + (random() < 0.7 ? pick(common) : ''))

  for (const order of ['strokes', 'pinyin'] as const) {
    const label = order === 'strokes' ? '姓氏笔画' : '拼音'
    let start = performance.now()
    sortByName(names(), (n) => n, order)
    const first = performance.now() - start
    console.log(`${label}：进程中第一次排序1,000个姓名（含载入数据）${first.toFixed(1)} ms`)
    record({ name: `${label}：首次排序1,000个姓名（含载入数据）`, value: first, unit: 'ms', target: null })

    const times: number[] = []
    for (let round = 0; round < 5; round++) {
      const batch = names()
      start = performance.now()
      sortByName(batch, (n) => n, order)
      times.push(performance.now() - start)
    }
    const median = times.sort((a, b) => a - b)[2]
    console.log(`${label}：排序1,000个新姓名，中位数 ${median.toFixed(1)} ms（目标 < 50 ms）`)
    record({ name: `${label}：排序1,000个新姓名（中位数）`, value: median, unit: 'ms', target: 50 })

    const known = names()
    sortByName(known, (n) => n, order)
    start = performance.now()
    known.slice().sort(nameComparator(order))
    console.log(`${label}：已缓存的1,000个姓名再排一次 ${(performance.now() - start).toFixed(1)} ms`)
  }
}
