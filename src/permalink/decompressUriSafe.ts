/**
 * lz-string's `decompressFromEncodedURIComponent`, re-implemented with bounds. The library's own
 * decoder cannot be stopped: LZW output grows quadratically with crafted input (each code may
 * repeat the previous entry plus one character), so a one-megabyte link could unpack to tens of
 * gigabytes. This port counts what it has produced and gives up past `maxChars`, and it refuses a
 * character outside the alphabet instead of reading it as zero bits. For every input the library
 * decodes within the bound, the result is the same string (decompressUriSafe.test.ts checks this
 * against lz-string itself).
 */

/** lz-string's URI-safe alphabet: 6 bits per character. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE = new Map<string, number>([...ALPHABET].map((c, i) => [c, i]));
const BITS_PER_CHAR = 6;

export type DecompressResult =
  | { ok: true; text: string }
  /** A character lz-string never writes, at a 0-based index. */
  | { ok: false; reason: 'badCharacter'; index: number; char: string }
  /** The stream ends early or names a dictionary entry that does not exist. */
  | { ok: false; reason: 'corrupt' }
  /** The output would exceed `maxChars`. */
  | { ok: false; reason: 'tooLarge' };

/** Reads the bit stream the way lz-string does: least significant bit first, 6 bits per char. */
class BitReader {
  private index = 1;
  private position = 1 << (BITS_PER_CHAR - 1);
  private value: number;

  constructor(private readonly values: readonly number[]) {
    this.value = values[0] ?? 0;
  }

  /** True once the reader has consumed more characters than there are (lz-string's end test). */
  get exhausted(): boolean {
    return this.index > this.values.length;
  }

  read(bitCount: number): number {
    let bits = 0;
    for (let power = 1, n = 0; n < bitCount; n++, power *= 2) {
      const bit = this.value & this.position;
      this.position >>= 1;
      if (this.position === 0) {
        this.position = 1 << (BITS_PER_CHAR - 1);
        // Past the end lz-string reads `undefined`, which is 0 in bit arithmetic.
        this.value = this.values[this.index++] ?? 0;
      }
      if (bit > 0) bits += power;
    }
    return bits;
  }
}

/**
 * Decompresses lz-string's `compressToEncodedURIComponent` output, producing at most `maxChars`
 * characters. Spaces are read as `+`, as lz-string does (a `+` in a query string becomes a space).
 */
export function decompressUriSafe(input: string, maxChars: number): DecompressResult {
  const values: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const char = input[i] === ' ' ? '+' : (input[i] ?? '');
    const v = VALUE.get(char);
    if (v === undefined) return { ok: false, reason: 'badCharacter', index: i, char };
    values.push(v);
  }
  if (values.length === 0) return { ok: false, reason: 'corrupt' };

  const reader = new BitReader(values);
  // Codes 0, 1 and 2 are control codes (8-bit literal, 16-bit literal, end); entries start at 3.
  const dictionary: string[] = ['', '', ''];
  let enlargeIn = 4;
  let numBits = 3;
  const result: string[] = [];

  const first = reader.read(2);
  // lz-string compresses "" to a lone end code.
  if (first === 2) return { ok: true, text: '' };
  // 3 is no code at all (lz-string itself throws on it).
  if (first === 3) return { ok: false, reason: 'corrupt' };
  const c0 = String.fromCharCode(reader.read(first === 0 ? 8 : 16));
  dictionary.push(c0);
  let w = c0;
  result.push(c0);
  let produced = 1;

  for (;;) {
    if (reader.exhausted) return { ok: false, reason: 'corrupt' };
    let code = reader.read(numBits);
    if (code === 2) return { ok: true, text: result.join('') };
    if (code === 0 || code === 1) {
      dictionary.push(String.fromCharCode(reader.read(code === 0 ? 8 : 16)));
      code = dictionary.length - 1;
      enlargeIn--;
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entry: string;
    if (code < dictionary.length) entry = dictionary[code] ?? '';
    else if (code === dictionary.length) entry = w + w.charAt(0);
    else return { ok: false, reason: 'corrupt' };
    produced += entry.length;
    if (produced > maxChars) return { ok: false, reason: 'tooLarge' };
    result.push(entry);
    dictionary.push(w + entry.charAt(0));
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}
