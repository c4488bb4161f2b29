/**
 * Readings (toneless, Unihan kMandarin) of name characters pinyin-pro has none for, so the quick
 * search finds 𠮷祥 by "jx" and "jixiang". pinyin-pro knows the Extension B-F characters of the
 * 通用规范汉字表 (𫖯 fu, 𬀩 wei); these are the ones outside it that names are known to carry.
 * A character in neither is skipped: its name is still found by the other characters.
 */
export const RARE_READINGS: Readonly<Record<string, string>> = {
  '𠮷': 'ji', // U+20BB7, the 土 form of 吉
  '𡈼': 'ting', // U+2123C
  '𪚥': 'zhe' // U+2A6A5, four 龍
}
