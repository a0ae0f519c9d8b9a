/**
 * The one YAML loader of the validator and the importer: every document of a text, parsed once
 * (js-yaml 5 `parseEvents`), with where each field starts and how much its aliases expand.
 *
 * One broken document must not hide the others: when the text does not parse whole, it is split
 * at `---` lines (the YAML spec forbids that marker at column 0 inside content) and each chunk is
 * parsed on its own; a chunk that still fails is one document with its error.
 *
 * Aliases are counted because an alias is a reference: a few hundred bytes of nested aliases
 * describe billions of values to whoever walks them (the validator, JSON.stringify). Constructing
 * them is cheap (js-yaml shares the referenced object); callers refuse before walking.
 */
import { EVENT_ID, YAMLException, constructFromEvents, getScalarValue, parseEvents } from 'js-yaml';
import type { Event } from 'js-yaml';
import { formatPath, type Path, type Segment } from './validate/toolkit';

export interface YamlDocument {
  /** The constructed value; null for an empty document and for one that does not parse. */
  value: unknown;
  /** Offset of the document's first content (of its chunk when it does not parse). */
  start: number;
  /** formatPath(path) → offset of the key (mapping entries) or of the item (sequence entries). */
  offsets: Map<string, number>;
  /** Why the document does not parse, and where. */
  error?: { offset: number; message: string };
}

export interface YamlDocuments {
  documents: YamlDocument[];
  /** How many aliases the text uses. */
  aliases: number;
  /** How many values the aliases add when expanded (0 without aliases). */
  aliasGrowth: number;
  /** 1-based line of an offset. */
  lineOf(offset: number): number;
}

/** Parses every document of `text`; never throws. */
export function loadYamlDocuments(text: string): YamlDocuments {
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
  let documents: YamlDocument[];
  try {
    documents = loadChunk(text, 0, counts);
  } catch {
    counts.aliases = 0;
    counts.growth = 0;
    documents = loadChunks(text, counts);
  }
  return { documents, aliases: counts.aliases, aliasGrowth: counts.growth, lineOf };
}

/** Where `path` starts in a document; a path absent from the text points at its nearest parent. */
export function offsetIn(doc: YamlDocument, path: readonly Segment[]): number {
  for (let n = path.length; n > 0; n--) {
    const hit = doc.offsets.get(formatPath(path.slice(0, n)));
    if (hit !== undefined) return hit;
  }
  return doc.start;
}

interface Counts {
  aliases: number;
  growth: number;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function loadChunk(text: string, base: number, counts: Counts): YamlDocument[] {
  const events = parseEvents(text, {});
  const values = constructFromEvents(events, { source: text });
  const indexes = walk(events, text, base, counts);
  return values.map((value, i) => ({
    value,
    start: indexes[i]?.start ?? base,
    offsets: indexes[i]?.offsets ?? new Map<string, number>(),
  }));
}

function loadChunks(text: string, counts: Counts): YamlDocument[] {
  const markers = [...text.matchAll(/^---(?=[ \t\r\n]|$)/gm)].map((m) => m.index);
  const bounds = [0, ...markers, text.length];
  const out: YamlDocument[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i] ?? 0;
    const chunk = text.slice(start, bounds[i + 1]);
    // Text before the first `---` is a document only if it has content besides comments.
    if (i === 0 && !/^[ \t]*[^\s#%]/m.test(chunk)) continue;
    try {
      out.push(...loadChunk(chunk, start, counts));
    } catch (e) {
      // An error found at the end of the chunk belongs to its last content line, not to the
      // next document's `---`.
      const end = start + chunk.trimEnd().length;
      const offset = Math.min(
        e instanceof YAMLException && e.mark ? start + e.mark.position : start,
        end,
      );
      const reason = e instanceof YAMLException ? e.reason : String(e);
      out.push({
        value: null,
        start,
        offsets: new Map(),
        error: { offset, message: `YAML syntax error: ${reason}` },
      });
    }
  }
  return out;
}

type Frame =
  | { kind: 'doc'; size: number }
  | { kind: 'seq'; path: Path | null; index: number; size: number; anchor: string }
  | {
      kind: 'map';
      path: Path | null;
      key: string | null;
      keyOffset: number;
      expectKey: boolean;
      size: number;
      anchor: string;
    };

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
 * Walks one event stream of `text` (which starts at `base` in the whole input): where each path
 * starts, per document, and the aliases with their expanded sizes.
 */
function walk(
  events: readonly Event[],
  text: string,
  base: number,
  counts: Counts,
): { start: number; offsets: Map<string, number> }[] {
  const docs: { start: number; offsets: Map<string, number> }[] = [];
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
    let path: Path | null;
    let recordAt = offset;
    let isKey = false;
    if (top.kind === 'doc') {
      path = [];
      current.start = offset;
    } else if (top.kind === 'seq') {
      path = top.path && [...top.path, top.index];
      top.index++;
    } else if (top.expectKey) {
      // A mapping key. Complex keys (a mapping used as a key) are legal YAML but never part of a
      // resource; their contents are walked under a null path and not recorded.
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
      const key = formatPath(path);
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
