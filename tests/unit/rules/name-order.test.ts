import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  NAME_ORDERS,
  NAME_ORDER_LABELS,
  compareByPinyin,
  compareByStrokes,
  isNameOrder,
  nameCharacters,
  nameComparator,
  sortByName,
  strokeClasses,
  strokeCount
} from '@shared/rules/name-order'

/*
 * Every expected order below was worked out by hand, not copied from the module's output.
 * 笔顺编号 notation: 横(一, with 提) = 1, 竖(丨, with 竖钩) = 2, 撇(丿) = 3, 点(丶, with 捺) = 4,
 * 折(乙: every stroke that turns or hooks) = 5, as GB13000.1字符集汉字字序(笔画序)规范 classes them.
 * Each character's strokes were counted and written out from its standard stroke order (the
 * components are named in the comments), then checked against cnchar's data (the strokeClasses
 * table) and the stroke counts against Make Me a Hanzi (hanzi-writer-data), which agreed.
 */

const byStrokes = (names: string[]) => sortByName(names, (n) => n, 'strokes')
const byPinyin = (names: string[]) => sortByName(names, (n) => n, 'pinyin')

describe('the list of orders', () => {
  it('has roster, strokes and pinyin with their Chinese labels', () => {
    expect(NAME_ORDERS).toEqual(['roster', 'strokes', 'pinyin'])
    expect(NAME_ORDER_LABELS).toEqual({ roster: '花名册顺序（班组、职务）', strokes: '姓氏笔画', pinyin: '拼音' })
    expect(isNameOrder('strokes')).toBe(true)
    expect(isNameOrder('toString')).toBe(false)
    expect(isNameOrder(undefined)).toBe(false)
  })
})

describe('stroke data', () => {
  it('gives the stroke order of the characters used below, as written out by hand', () => {
    const expected: Record<string, string> = {
      丁: '12', // 横, 竖钩
      王: '1121', // 横 横 竖 横
      白: '32511', // 撇, 竖, 横折, 横, 横
      刘: '413422', // 文 (点 横 撇 捺) + 刂 (竖, 竖钩)
      张: '5153154', // 弓 (横折, 横, 竖折折钩) + 长 (撇, 横, 竖提, 捺)
      陈: '5215234', // 阝 (横撇弯钩, 竖) + 东 (横, 撇折, 竖钩, 撇, 点)
      陆: '5211252', // 阝 (横撇弯钩, 竖) + 击 (横, 横, 竖, 竖折, 竖)
      水: '2534', // 竖钩, 横撇, 撇, 捺
      日: '2511', // 竖, 横折, 横, 横
      毛: '3115', // 撇, 横, 横, 竖弯钩
      文: '4134', // 点, 横, 撇, 捺
      孔: '5215', // 子 (横撇, 竖钩, 提) + 乚 (竖弯钩)
      林: '12341234', // 木 (横 竖 撇 点) twice
      欧: '13453534', // 区 (横, 撇, 点, 竖折) + 欠 (撇, 横钩, 撇, 捺)
      江: '441121', // 氵 (点, 点, 提) + 工 (横, 竖, 横)
      心: '4544', // 点, 斜钩, 点, 点
      冯: '41551', // 冫 (点, 提) + 马 (横折, 竖折折钩, 横)
      宁: '44512', // 宀 (点, 点, 横钩) + 丁 (横, 竖钩)
      丽: '1254254', // 横, then twice 竖, 横折钩, 点
      芳: '1224153', // 艹 (横, 竖, 竖) + 方 (点, 横, 横折钩, 撇)
      亓: '1132', // 横, 横, 撇, 竖
      厍: '131512' // 厂 (横, 撇) + 车 (横, 撇折, 横, 竖)
    }
    for (const [char, classes] of Object.entries(expected)) {
      expect(strokeClasses(char), char).toBe(classes)
      expect(strokeCount(char), char).toBe(classes.length)
    }
  })

  it('knows every GB2312 character except 31 bare components', () => {
    const decoder = new TextDecoder('gbk')
    const missing: string[] = []
    let characters = 0
    for (let lead = 0xb0; lead <= 0xf7; lead++) {
      for (let trail = 0xa1; trail <= 0xfe; trail++) {
        const char = decoder.decode(Uint8Array.from([lead, trail]))
        if (!/^\p{Script=Han}$/u.test(char)) continue
        characters++
        const count = strokeCount(char)
        if (count === null || strokeClasses(char)?.length !== count) missing.push(char)
      }
    }
    expect(characters).toBe(6763)
    // Radicals and components that are not written alone, never name characters.
    expect(missing.join('')).toBe('丨丿丶匚刂亠冫冖讠卩阝廴艹扌彳彡犭夂饣忄丬氵宀辶彐屮纟灬礻疒衤')
  })

  it('answers null for what it does not know, and reads compatibility ideographs as unified', () => {
    expect(strokeCount('𠮷')).toBeNull() // Ext-B: not in the data
    expect(strokeCount('䶮')).toBeNull() // Ext-A: not in the data
    expect(strokeCount('A')).toBeNull()
    expect(strokeCount('')).toBeNull()
    expect(strokeCount('张三')).toBeNull() // one character only
    expect(strokeCount('\uF90A')).toBe(8) // compatibility 金 → 金: 撇 捺 横 横 竖 点 撇 横
  })

  it('leaves String.prototype as it was (cnchar adds enumerable methods to it)', () => {
    expect('stroke' in String.prototype).toBe(false)
    expect('spell' in String.prototype).toBe(false)
    const keys: string[] = []
    for (const key in new String('ab')) keys.push(key)
    expect(keys).toEqual(['0', '1'])
  })
})

describe('姓氏笔画 order', () => {
  it('puts fewer strokes first', () => {
    // 丁 2, 王 4, 白 5, 刘 6, 张 7, 陈 7 (张 vs 陈: see the next test)
    expect(byStrokes(['陈', '张', '刘', '白', '王', '丁'])).toEqual(['丁', '王', '白', '刘', '张', '陈'])
  })

  it('decides the same count by the strokes one by one: 张 陆 陈', () => {
    // All three have 7 strokes and start with a 折 (横折 / 横撇弯钩).
    // 2nd stroke: 张 横(1), 陆 and 陈 竖(2) → 张 first. 3rd: both 横. 4th: 陆 横(1), 陈 撇折(5).
    expect(byStrokes(['陈明', '陆明', '张明'])).toEqual(['张明', '陆明', '陈明'])
  })

  it('orders four-stroke surnames by first stroke 横 竖 撇 点 折, 竖钩 counting as 竖', () => {
    // 王 1121, 日 2511, 水 2534 (竖钩 is 竖), 毛 3115, 文 4134, 孔 5215.
    // 日 vs 水: 2nd stroke both 折, 3rd 横(1) before 撇(3).
    // Were 竖钩 a 折, 水 would come after 文.
    expect(byStrokes(['孔', '文', '毛', '水', '日', '王'])).toEqual(['王', '日', '水', '毛', '文', '孔'])
  })

  it('counts 提 as 横 and 捺 as 点', () => {
    // 5 strokes, all start with 点: 冯 41551 (提 = 1), 兰 43111, 宁 44512.
    // Were 提 a class of its own after 横, 冯 would not come first.
    expect(byStrokes(['宁静', '兰芳', '冯刚'])).toEqual(['冯刚', '兰芳', '宁静'])
    // 2 strokes: 丁 12, 卜 24, 人 34 (撇 捺, 捺 = 4), 九 35 (撇 横折弯钩), 刁 51, 乃 53.
    expect(byStrokes(['乃', '刁', '九', '人', '卜', '丁'])).toEqual(['丁', '卜', '人', '九', '刁', '乃'])
  })

  it('decides two eight-stroke names by their second stroke: 林 before 欧阳', () => {
    // 林 12341234, 欧 13453534: 2nd stroke 竖(2) before 撇(3).
    expect(byStrokes(['欧阳明', '林强'])).toEqual(['林强', '欧阳明'])
  })

  it('puts a main stroke before its secondary form when the classes are equal: 干 before 于', () => {
    // 干 横 横 竖, 于 横 横 竖钩: both 112. 竖 is the main form, 竖钩 the secondary one.
    // By code point 于 (U+4E8E) would come before 干 (U+5E72).
    expect(byStrokes(['于明', '干明'])).toEqual(['干明', '于明'])
    // 土 and 士 are written alike (横 竖 横): then by code point, 土 U+571F before 士 U+58EB.
    expect(byStrokes(['士', '土'])).toEqual(['土', '士'])
  })

  it('decides the same surname by the given name', () => {
    // 一 1 stroke, 大 3, 芳 7 (1224153), 丽 7 (1254254): 芳 vs 丽 differ at the 3rd stroke, 竖 before 横折钩.
    expect(byStrokes(['王丽', '王芳', '王大伟', '王一鸣'])).toEqual(['王一鸣', '王大伟', '王芳', '王丽'])
    // 小 234 vs 子 521: first stroke 竖钩(2) before 横撇(5).
    expect(byStrokes(['王子明', '王小明'])).toEqual(['王小明', '王子明'])
    // A name that is the start of another comes first.
    expect(byStrokes(['王芳华', '王芳'])).toEqual(['王芳', '王芳华'])
  })

  it('sorts compound surnames by their first character like any other', () => {
    // 上 3 (竖 横 横), 司 5 (横折钩 横 竖 横折 横), 欧 8, 诸 10 (讠 2 + 者 8).
    expect(byStrokes(['诸葛亮', '欧阳修', '司马光', '上官婉儿'])).toEqual(['上官婉儿', '司马光', '欧阳修', '诸葛亮'])
    // Five strokes each: 石 13251, 白 32511, 冯 41551, 司 51251.
    expect(byStrokes(['司马光', '冯刚', '白云', '石磊'])).toEqual(['石磊', '白云', '冯刚', '司马光'])
  })

  it('sorts rare surnames it knows, then the ones it does not, by code point', () => {
    // 丁 2, 亓 4, 厍 6, 芈 7 (竖 横 竖 横 横 横 竖; even counted as 6 it starts with 竖 and
    // so comes after 厍, which starts with 横). 䶮 (U+4DAE) and 𠮷 (U+20BB7) are not in the data.
    expect(byStrokes(['𠮷明', '䶮刚', '芈月', '厍力', '亓强', '丁一'])).toEqual(['丁一', '亓强', '厍力', '芈月', '䶮刚', '𠮷明'])
    // An unknown character only loses at its own position: 丁 (2) before 王 (4) decides first,
    // then 一 before 𠮷 under the same 王.
    expect(byStrokes(['王𠮷', '丁力', '王一'])).toEqual(['丁力', '王一', '王𠮷'])
    // Latin letters: after all Chinese names, then by code point.
    expect(byStrokes(['Bob', 'Alice', '王芳'])).toEqual(['王芳', 'Alice', 'Bob'])
  })

  it('ignores spaces and the middle dot of minority names', () => {
    expect(nameCharacters('王　芳 ')).toEqual(['王', '芳'])
    expect(nameCharacters('阿依古丽·买买提')).toEqual([...'阿依古丽买买提'])
    // "王　芳" is 王芳, a start of 王芳华. Were U+3000 an unknown character, 王芳华 would come first.
    expect(byStrokes(['王芳华', '王　芳'])).toEqual(['王　芳', '王芳华'])
    // 王芳 vs 王大伟: 芳 7 after 大 3. Were U+3000 a "zero" character, 王　芳 would come first.
    expect(byStrokes(['王　芳', '王大伟'])).toEqual(['王大伟', '王　芳'])
    // The dot is no character: 艾力古丽 vs 艾力江, 古 5 strokes before 江 6 (an unknown dot would lose).
    expect(byStrokes(['艾力江', '艾力·古丽'])).toEqual(['艾力·古丽', '艾力江'])
    // 阿依买买提 vs 阿依古丽: 古 5 before 买 6 (a dot sorting first would win).
    expect(byStrokes(['阿依·买买提', '阿依古丽'])).toEqual(['阿依古丽', '阿依·买买提'])
    // The other dots people type for it count the same.
    for (const dot of ['・', '•', '.', '．']) {
      expect(byStrokes([`艾力江`, `艾力${dot}古丽`])).toEqual([`艾力${dot}古丽`, '艾力江'])
    }
  })
})

describe('拼音 order', () => {
  it('sorts by syllable, character by character', () => {
    // li < wang < zhang < zhao
    expect(byPinyin(['赵六', '张三', '王五', '李四'])).toEqual(['李四', '王五', '张三', '赵六'])
    // 西安 xi-an vs 先 xian: the first syllables decide, xi before xian.
    expect(byPinyin(['李先', '李西安'])).toEqual(['李西安', '李先'])
  })

  it('reads polyphonic surnames as surnames: 单 shàn, 曾 zēng, 解 xiè, 尉迟 yùchí', () => {
    // deng < sha < shan < sun. Read as dān, 单 would come first.
    expect(byPinyin(['孙明', '单明', '沙明', '邓明'])).toEqual(['邓明', '沙明', '单明', '孙明'])
    // cai < cheng < zeng < zhang. Read as céng, 曾 would come right after 蔡.
    expect(byPinyin(['张明', '曾明', '程明', '蔡明'])).toEqual(['蔡明', '程明', '曾明', '张明'])
    // jiang < jin < xia < xie < xu. Read as jiě, 解 would come second.
    expect(byPinyin(['徐明', '解明', '夏明', '金明', '蒋明'])).toEqual(['蒋明', '金明', '夏明', '解明', '徐明'])
    // 于 yú (U+4E8E) and 余 yú (U+4F59) before 尉 yù. Read as wèi, 尉迟恭 would come first.
    expect(byPinyin(['尉迟恭', '余明', '于明'])).toEqual(['于明', '余明', '尉迟恭'])
  })

  it('then by tone, then by code point', () => {
    // 谭 tán < 汤 tāng < 唐 táng: the syllable first (tan before tang), then the tone.
    expect(byPinyin(['唐明', '汤明', '谭明'])).toEqual(['谭明', '汤明', '唐明'])
    // 李 理 礼 are all lǐ: code points U+674E, U+7406, U+793C.
    expect(byPinyin(['礼', '理', '李'])).toEqual(['李', '理', '礼'])
    // 一 keeps its own tone yī (no sandhi to yì before 鸣 míng), like 依 yī: then 一 U+4E00 before
    // 依 U+4F9D. With sandhi, 王依明 (yī) would come before 王一鸣 (yì).
    expect(byPinyin(['王依明', '王一鸣'])).toEqual(['王一鸣', '王依明'])
  })

  it('sorts ü as u, after u, as the 新华字典 syllable index does', () => {
    // lu (路 U+8DEF, 陆 U+9646, both lù) < lü (吕) < luan (栾) < luo (罗)
    expect(byPinyin(['罗明', '栾明', '吕明', '陆明', '路明'])).toEqual(['路明', '陆明', '吕明', '栾明', '罗明'])
  })

  it('puts characters without a reading after all others, by code point', () => {
    // 田 tián is known; 'A' U+0041 and 𠮷 U+20BB7 have no reading.
    expect(byPinyin(['𠮷田', 'Alice', '田明'])).toEqual(['田明', 'Alice', '𠮷田'])
    // Spaces and dots are ignored here too: 王芳 is a start of 王芳华.
    expect(byPinyin(['王芳华', '王　芳'])).toEqual(['王　芳', '王芳华'])
  })
})

describe('sortByName', () => {
  const people = [
    { id: 1, name: '王芳' },
    { id: 2, name: '李明' },
    { id: 3, name: '王芳' },
    { id: 4, name: '丁一' }
  ]

  it('is stable and leaves the input alone', () => {
    const before = structuredClone(people)
    // 丁 2 strokes, 王 4, 李 7; the two 王芳 keep their order.
    expect(sortByName(people, (p) => p.name, 'strokes').map((p) => p.id)).toEqual([4, 1, 3, 2])
    // ding < li < wang
    expect(sortByName(people, (p) => p.name, 'pinyin').map((p) => p.id)).toEqual([4, 2, 1, 3])
    expect(people).toEqual(before)
  })

  it('keeps the input order for the roster order, in a new array', () => {
    const sorted = sortByName(people, (p) => p.name, 'roster')
    expect(sorted).toEqual(people)
    expect(sorted).not.toBe(people)
  })

  it('gives the compare function for an order', () => {
    expect(nameComparator('strokes')).toBe(compareByStrokes)
    expect(nameComparator('pinyin')).toBe(compareByPinyin)
  })

})

describe('a total order on real names', () => {
  const surnames = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗单曾解区仇查丁于干亓芈厍', '欧阳', '司马', '诸葛', '上官', '尉迟']
  const given = [...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华一大小子古江买提依阿吉䶮𠮷A']
  const odd = ['　', ' ', '·', '']
  const name = fc
    .tuple(fc.constantFrom(...surnames), fc.constantFrom(...odd), fc.array(fc.constantFrom(...given), { minLength: 0, maxLength: 3 }))
    .map(([surname, gap, rest]) => surname + gap + rest.join(''))

  for (const [order, compare] of [
    ['strokes', compareByStrokes],
    ['pinyin', compareByPinyin]
  ] as const) {
    describe(order, () => {
      it('is antisymmetric, and 0 only for the same text', () => {
        fc.assert(
          fc.property(name, name, (a, b) => {
            expect(Math.sign(compare(a, b)) + Math.sign(compare(b, a))).toBe(0)
            expect(compare(a, a)).toBe(0)
            expect(compare(a, b) === 0).toBe(a === b)
          }),
          { numRuns: 500 }
        )
      })

      it('is transitive: every pair of a sorted sample is in order', () => {
        fc.assert(
          fc.property(fc.array(name, { minLength: 2, maxLength: 30 }), (names) => {
            const sorted = names.slice().sort(compare)
            for (let i = 0; i < sorted.length; i++) {
              for (let j = i + 1; j < sorted.length; j++) expect(compare(sorted[i], sorted[j])).toBeLessThanOrEqual(0)
            }
          }),
          { numRuns: 200 }
        )
      })

      it('sorts the same names the same way whatever their input order', () => {
        fc.assert(
          fc.property(fc.array(fc.tuple(name, fc.integer()), { minLength: 1, maxLength: 30 }), (rows) => {
            const names = rows.map(([n]) => n)
            const shuffled = rows
              .slice()
              .sort((x, y) => x[1] - y[1])
              .map(([n]) => n)
            const sorted = sortByName(names, (n) => n, order)
            expect(sortByName(shuffled, (n) => n, order)).toEqual(sorted)
            expect(names.slice().sort(compare)).toEqual(sorted)
          }),
          { numRuns: 200 }
        )
      })

      it('never throws, whatever the text', () => {
        fc.assert(
          fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
            expect(Math.sign(compare(a, b)) + Math.sign(compare(b, a))).toBe(0)
          }),
          { numRuns: 300 }
        )
        expect(() => compare('\uD800', '😀')).not.toThrow()
        expect(() => sortByName([undefined as unknown as string, '王'], (n) => n, order)).not.toThrow()
      })
    })
  }
})
