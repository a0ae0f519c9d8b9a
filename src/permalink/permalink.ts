/**
 * The share link: the URL fragment *is* the design, as in mermaid-live-editor. A fragment is a
 * versioned envelope `"<codec>:<payload>"`; today's only codec is `v1z`: lz-string
 * `compressToEncodedURIComponent` of the design as canonical JSON (sorted keys, layout included).
 *
 * Decoding is decode → migrate → validate, and it never throws: every failure is a Problem with a
 * message id, so the app can say why a link does not open and keep the design it had. The work is
 * bounded: a fragment over 1 MiB is refused unread, and decompression stops at 5 MiB of JSON.
 *
 * Every string in a decoded design is plain text. The UI renders names and labels as text nodes,
 * never as HTML, so a link carrying `<img src=x onerror=…>` in a client's name shows those
 * characters and runs nothing (permalink.test.ts keeps such strings intact through the codec).
 */
import LZString from 'lz-string';
import type { Design } from '../model/design';
import type { Problem } from '../model/problem';
import { validateDesign } from '../model/validateDesign';
import { canonicalJson } from './canonicalJson';
import { decompressUriSafe } from './decompressUriSafe';

/** Links longer than this may be cut by chat tools, mail clients and some proxies: warn the user. */
export const PERMALINK_WARN_LENGTH = 8000;
/** Fragments longer than this are refused before any decompression. */
export const MAX_FRAGMENT_LENGTH = 1024 * 1024;
/** Decompression stops once the JSON would exceed this many characters. */
export const MAX_DESIGN_JSON_LENGTH = 5 * 1024 * 1024;

/** The codec every new link uses. */
export const CURRENT_CODEC = 'v1z';

export type DecodeResult = { ok: true; design: Design } | { ok: false; problems: Problem[] };

type CodecResult = { ok: true; json: string } | { ok: false; problems: Problem[] };

const problem = (messageId: Problem['messageId'], params: Problem['params'] = {}): Problem => ({
  path: '',
  messageId,
  params,
});

const fail = (messageId: Problem['messageId'], params: Problem['params'] = {}) => ({
  ok: false as const,
  problems: [problem(messageId, params)],
});

/** Decoders by envelope codec. A new codec is added here; old ones stay so old links still open. */
const CODECS: Readonly<Record<string, (payload: string) => CodecResult>> = {
  v1z: (payload) => {
    const r = decompressUriSafe(payload, MAX_DESIGN_JSON_LENGTH);
    if (r.ok) return r.text ? { ok: true, json: r.text } : fail('permalink.corrupt');
    switch (r.reason) {
      case 'badCharacter':
        return fail('permalink.badCharacter', {
          char: r.char,
          // 1-based, counted in the payload after the codec tag.
          position: r.index + 1 + CURRENT_CODEC.length + 1,
        });
      case 'tooLarge':
        return fail('permalink.tooLarge', { max: MAX_DESIGN_JSON_LENGTH });
      case 'corrupt':
        return fail('permalink.corrupt');
    }
  },
};

/** The fragment payload for a design: `v1z:` and the compressed canonical JSON. */
export function encodeDesign(design: Design): string {
  return `${CURRENT_CODEC}:${LZString.compressToEncodedURIComponent(canonicalJson(design))}`;
}

/** Length of the fragment `encodeDesign` gives (the page address comes on top). */
export function permalinkLength(design: Design): number {
  return encodeDesign(design).length;
}

/**
 * The fragment of a bare payload, `#payload`, or a full URL. Line breaks a mail client inserted
 * are dropped, and a percent-encoded fragment is decoded (the payload alphabet needs no escapes).
 */
function fragmentOf(input: string): string {
  const hash = input.indexOf('#');
  let fragment: string;
  if (hash >= 0) fragment = input.slice(hash + 1);
  else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input.trim())) fragment = '';
  else fragment = input;
  fragment = fragment.replace(/[\r\n\t]/g, '').trim();
  if (fragment.includes('%')) {
    try {
      fragment = decodeURIComponent(fragment);
    } catch {
      // Not valid percent-encoding: keep the text; the codec reports the stray character.
    }
  }
  return fragment;
}

function decodeFragment(input: string): DecodeResult {
  if (input.length > MAX_FRAGMENT_LENGTH * 3) {
    return fail('permalink.tooLong', { length: input.length, max: MAX_FRAGMENT_LENGTH });
  }
  const fragment = fragmentOf(input);
  if (fragment === '') return fail('permalink.empty');
  if (fragment.length > MAX_FRAGMENT_LENGTH) {
    return fail('permalink.tooLong', { length: fragment.length, max: MAX_FRAGMENT_LENGTH });
  }
  const colon = fragment.indexOf(':');
  if (colon < 0) return fail('permalink.noCodec');
  const codec = fragment.slice(0, colon);
  const payload = fragment.slice(colon + 1);
  const decode = Object.hasOwn(CODECS, codec) ? CODECS[codec] : undefined;
  if (!decode) {
    const version = /^v([0-9]{1,6})[a-z]*$/.exec(codec);
    const newer = version && Number(version[1]) > Number(/[0-9]+/.exec(CURRENT_CODEC)?.[0]);
    return fail(newer ? 'permalink.newerVersion' : 'permalink.unknownCodec', {
      codec: codec.slice(0, 40),
    });
  }
  if (payload === '') return fail('permalink.empty');
  const unpacked = decode(payload);
  if (!unpacked.ok) return unpacked;
  let value: unknown;
  try {
    value = JSON.parse(unpacked.json);
  } catch (e) {
    // A damaged payload of a design unpacks to broken JSON: still "{…", but unreadable.
    const detail = (e as Error).message;
    return unpacked.json.startsWith('{')
      ? fail('permalink.corrupt', { detail })
      : fail('permalink.notJson', { detail });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail('permalink.notJson', {
      detail: `a JSON ${Array.isArray(value) ? 'list' : typeof value}`,
    });
  }
  // validateDesign migrates an older design first.
  return validateDesign(value);
}

/**
 * Opens a link: decode → migrate → validate. Never throws; a link that does not open gives the
 * problems that say why (`permalink.*`, or the design's own validation problems).
 */
export function decodeDesign(fragmentOrUrl: string): DecodeResult {
  if (typeof fragmentOrUrl !== 'string') return fail('permalink.empty');
  try {
    return decodeFragment(fragmentOrUrl);
  } catch (e) {
    // Defensive: nothing above is expected to throw, but a link must never crash the app.
    return fail('permalink.corrupt', { detail: e instanceof Error ? e.message : String(e) });
  }
}
