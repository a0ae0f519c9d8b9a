/**
 * The design carried inside a policy file: two comment lines of the generated YAML header hold the
 * share-link payload of the design and a digest of the resources below them. Importing the file
 * gives back the exact design while the digest still matches; a file edited after export no longer
 * matches, and the importer then reads the resources instead (and says so).
 *
 * Shared by the generator (writes the lines) and the importer (reads them), so the format lives in
 * one place.
 */
import type { Design } from '../model/design';
import { canonicalJson } from './canonicalJson';
import { decodeDesign, encodeDesign, type DecodeResult } from './permalink';

/** `# cipd-design: v1z:…`: the design, as a share link carries it. */
export const DESIGN_LINE_PREFIX = 'cipd-design: ';
/** `# cipd-digest: …`: a digest of the canonical JSON of every resource of the part. */
export const DIGEST_LINE_PREFIX = 'cipd-digest: ';

/**
 * A 53-bit digest (cyrb53, two 32-bit lanes) of a string, as 14 hex digits. Detects edits, not
 * tampering: the file is the user's own, the digest only says whether it changed since export.
 */
function cyrb53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, '0');
}

/**
 * Digest of resources as they read back from YAML: canonical JSON (keys sorted, `undefined`
 * dropped), so the generator's objects and the parsed documents of the same file agree.
 */
export function digestResources(resources: readonly unknown[]): string {
  return cyrb53(canonicalJson(resources));
}

/**
 * The two header lines (without `# `) for a design and the resources of its policy file. The
 * design's baseline (what the cluster ran when it was imported) stays out: the file is the
 * proposal, and a cluster's whole policy would not fit a comment line.
 */
export function designHeaderLines(design: Design, resources: readonly unknown[]): string[] {
  const { baseline: _baseline, ...proposal } = design;
  return [
    `${DESIGN_LINE_PREFIX}${encodeDesign(proposal)}`,
    `${DIGEST_LINE_PREFIX}${digestResources(resources)}`,
  ];
}

export interface DesignHeader {
  /** The decoded design, or why the payload did not open. */
  design: DecodeResult;
  /** The digest the file was written with; absent when the line is missing. */
  digest?: string;
  /** 1-based line of the design line. */
  line: number;
}

/**
 * Finds the design line (and digest line) among the comment lines before the first document of a
 * file. Undefined when the file carries no design (a hand-written file, or another tool's).
 */
export function readDesignHeader(text: string): DesignHeader | undefined {
  let design: DecodeResult | undefined;
  let digest: string | undefined;
  let designLine = 0;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '' || line === '---') continue;
    if (!line.startsWith('#')) break;
    const body = line.replace(/^#\s?/, '');
    if (body.startsWith(DESIGN_LINE_PREFIX)) {
      design = decodeDesign(body.slice(DESIGN_LINE_PREFIX.length).trim());
      designLine = i + 1;
    } else if (body.startsWith(DIGEST_LINE_PREFIX)) {
      digest = body.slice(DIGEST_LINE_PREFIX.length).trim();
    }
  }
  return design ? { design, digest, line: designLine } : undefined;
}
