/**
 * One pass over the YAML event stream before anything walks the documents: it measures the
 * aliases (an alias is a reference, so a few hundred bytes of nested aliases describe billions of
 * values to whoever walks them, e.g. the validator) and records where every field starts, for the
 * report's line numbers. Documents are split the way validateYaml splits them (the whole text,
 * else chunk by chunk at `---`), so document indexes agree with its `documents`.
 */
import { EVENT_ID, constructFromEvents, getScalarValue, parseEvents } from 'js-yaml';
import type { Event } from 'js-yaml';

export type Segment = string | number;

export interface DocIndex {
  /** Offset of the document's first content. */
  start: number;
  /** `pathKey(path)` → offset of the key (mapping entry) or item (sequence entry). */
  offsets: Map<string, number>;
}

export interface YamlScan {
  aliases: number;
  /** How many values the aliases add when expanded (0 without aliases). */
  aliasGrowth: number;
  docs: DocIndex[];
  /** 1-based line of an offset. */
  lineOf(offset: number): number;
}

/** `spec.ingress[0].source`: the key format of DocIndex.offsets. */
export function pathKey(path: readonly Segment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}

/** The line of `path` in document `doc`, or of its nearest recorded parent; 0 if unknown. */
export function lineIn(scan: YamlScan, doc: number, path: readonly Segment[] = []): number {
  const index = scan.docs[doc];
  if (!index) return 0;
  for (let n = path.length; n > 0; n--) {
    const hit = index.offsets.get(pathKey(path.slice(0, n)));
    if (hit !== undefined) return scan.lineOf(hit);
  }
  return scan.lineOf(index.start);
}

type Frame =
  | { kind: 'doc'; size: number }
  | { kind: 'seq'; path: Segment[] | null; index: number; size: number; anchor: string }
  | {
      kind: 'map';
      path: Segment[] | null;
      key: string | null;
      keyOffset: number;
      expectKey: boolean;
      size: number;
      anchor: string;
    };

interface Counts {
  aliases: number;
  growth: number;
}

function eventStart(ev: Event): number {
  switch (ev.type) {
    case EVENT_ID.SCALAR:
      return ev.valueStart;
    case EVENT_ID.MAPPING:
    case EVENT_ID.SEQUENCE:
      return ev.start;
    case EVENT_ID.ALIAS:
      return Math.max(0, ev.anchorStart - 1);
    default:
      return 0;
  }
}

function anchorOf(text: string, ev: Event): string {
  if (ev.type === EVENT_ID.DOCUMENT || ev.type === EVENT_ID.POP) return '';
  return ev.anchorStart >= 0 ? text.slice(ev.anchorStart, ev.anchorEnd) : '';
}

/**
 * Walks one event stream of `text` (which starts at `base` in the whole file): offsets per
 * document, and alias counts with expanded sizes.
 */
function walk(events: readonly Event[], text: string, base: number, counts: Counts): DocIndex[] {
  const docs: DocIndex[] = [];
  const stack: Frame[] = [];
  const anchors = new Map<string, number>();
  const addSize = (n: number) => {
    const top = stack[stack.length - 1];
    if (top) top.size += n;
  };
  for (const ev of events) {
    if (ev.type === EVENT_ID.DOCUMENT) {
      docs.push({ start: base, offsets: new Map() });
      stack.push({ kind: 'doc', size: 0 });
      anchors.clear();
      continue;
    }
    if (ev.type === EVENT_ID.POP) {
      const done = stack.pop();
      if (done && done.kind !== 'doc') {
        if (done.anchor) anchors.set(done.anchor, done.size);
        addSize(done.size);
      }
      continue;
    }
    const current = docs[docs.length - 1];
    const top = stack[stack.length - 1];
    if (!current || !top) continue;
    const offset = base + eventStart(ev);
    const isCollection = ev.type === EVENT_ID.MAPPING || ev.type === EVENT_ID.SEQUENCE;
    let path: Segment[] | null;
    let recordAt = offset;
    let isKey = false;
    if (top.kind === 'doc') {
      path = [];
      current.start = offset;
    } else if (top.kind === 'seq') {
      path = top.path && [...top.path, top.index];
      top.index++;
    } else if (top.expectKey) {
      isKey = true;
      top.expectKey = false;
      top.key = ev.type === EVENT_ID.SCALAR ? getScalarValue(text, ev) : null;
      top.keyOffset = offset;
      path = null;
    } else {
      top.expectKey = true;
      path = top.path && top.key !== null ? [...top.path, top.key] : null;
      recordAt = top.keyOffset;
    }
    if (path && !isKey) {
      const key = pathKey(path);
      if (!current.offsets.has(key)) current.offsets.set(key, recordAt);
    }
    if (ev.type === EVENT_ID.ALIAS) {
      const size = anchors.get(anchorOf(text, ev)) ?? 1;
      counts.aliases++;
      counts.growth += size - 1;
      addSize(size);
    } else if (ev.type === EVENT_ID.SCALAR) {
      const anchor = anchorOf(text, ev);
      if (anchor) anchors.set(anchor, 1);
      addSize(1);
    } else if (isCollection) {
      const anchor = anchorOf(text, ev);
      stack.push(
        ev.type === EVENT_ID.MAPPING
          ? { kind: 'map', path, key: null, keyOffset: 0, expectKey: true, size: 1, anchor }
          : { kind: 'seq', path, index: 0, size: 1, anchor },
      );
    }
  }
  return docs;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** Parses and constructs, as validateYaml does; throws where it would fall back to chunks. */
function scanChunk(text: string, base: number, counts: Counts): DocIndex[] {
  const events = parseEvents(text, {});
  constructFromEvents(events, { source: text });
  return walk(events, text, base, counts);
}

/** Scans the text; never throws (a chunk that does not parse gets an empty index). */
export function scanYaml(text: string): YamlScan {
  const starts = lineStarts(text);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const counts: Counts = { aliases: 0, growth: 0 };
  let docs: DocIndex[];
  try {
    docs = scanChunk(text, 0, counts);
  } catch {
    counts.aliases = 0;
    counts.growth = 0;
    docs = [];
    const markers = [...text.matchAll(/^---(?=[ \t\r\n]|$)/gm)].map((m) => m.index);
    const bounds = [0, ...markers, text.length];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const start = bounds[i] ?? 0;
      const chunk = text.slice(start, bounds[i + 1]);
      if (i === 0 && !/^[ \t]*[^\s#%]/m.test(chunk)) continue;
      try {
        docs.push(...scanChunk(chunk, start, counts));
      } catch {
        docs.push({ start, offsets: new Map() });
      }
    }
  }
  return { aliases: counts.aliases, aliasGrowth: counts.growth, docs, lineOf };
}
