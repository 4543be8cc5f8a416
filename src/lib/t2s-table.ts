/**
 * The Traditional → Simplified character table the search page downloads (src/lib/simplified.ts),
 * generated at build time from opencc-js: every CJK character (basic block and extension A) that
 * OpenCC's Taiwan or Hong Kong converter turns into one different character. Single characters
 * lose OpenCC's phrase context, which search does not need: the index is of words, and a
 * resident who types 乾淨 or 頭髮 gets 干净 and 头发 either way.
 */
import * as OpenCC from 'opencc-js';
import type { T2sTable } from './simplified.ts';

let cached: T2sTable | undefined;

export function t2sTable(): T2sTable {
  if (cached) return cached;
  const converters = [OpenCC.Converter({ from: 'tw', to: 'cn' }), OpenCC.Converter({ from: 'hk', to: 'cn' })];
  let from = '';
  let to = '';
  for (let code = 0x3400; code <= 0x9fff; code++) {
    const char = String.fromCodePoint(code);
    for (const convert of converters) {
      const simplified = convert(char);
      if (simplified !== char && [...simplified].length === 1) {
        from += char;
        to += simplified;
        break;
      }
    }
  }
  cached = { from, to };
  return cached;
}
