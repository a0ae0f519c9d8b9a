import { generate } from '../../generator/generate';
import { guideExample } from '../../model/examples';
import { highlightOf } from '../../state/highlight';
import {
  firstLitLine,
  lineHighlights,
  lineTargets,
  lineWindow,
  WINDOW_MIN_LINES,
} from './yamlLines';

const result = generate(guideExample);
if (!result.ok) throw new Error('guide example must generate');
const lines = result.yaml.split('\n');
/** 1-based number of the first line that reads `text`. */
const lineOf = (text: string) => lines.indexOf(text) + 1;
// Rules select a client by the label of its GlobalNetworkSet.
const officeNet = lineOf("      selector: clusterip-policy-designer/client == 'office'");
const partnerNet = lineOf("      selector: clusterip-policy-designer/client == 'partner'");
const nameLine = lineOf('  name: external-access.allow-cluster-ips');

describe('lineHighlights', () => {
  it('lights a rule strongly and the rest of its document lightly', () => {
    const h = highlightOf({ kind: 'access', client: 'office', service: 'svc-a' }, result);
    const lit = lineHighlights(result.spans, h);
    expect(lit.get(officeNet)).toBe('rule');
    expect(lit.get(nameLine)).toBe('resource');
    expect(lit.get(partnerNet)).toBe('resource'); // partner's rule, in the same document
    expect(lit.get(1)).toBeUndefined();
    // The first rule line, not the document's first line.
    const first = firstLitLine(lit);
    expect(lit.get(first!)).toBe('rule');
    expect(lines[first! - 1]).toBe('  - action: Allow');
    expect(first).toBeLessThan(officeNet);
  });

  it('lights nothing for no selection', () => {
    expect(lineHighlights(result.spans, highlightOf(null, result)).size).toBe(0);
  });
});

describe('lineTargets', () => {
  it('maps rule lines to their rule, other document lines to the resource, the header to nothing', () => {
    const targets = lineTargets(result.spans, lines.length - 1);
    expect(targets[1]).toBeUndefined();
    expect(targets[lineOf('---')]).toBeUndefined();
    expect(targets[nameLine]).toEqual({
      resource: 'GlobalNetworkPolicy/external-access.allow-cluster-ips',
      rulePath: '',
    });
    expect(targets[officeNet]).toEqual({
      resource: 'GlobalNetworkPolicy/external-access.allow-cluster-ips',
      rulePath: 'spec.ingress[0]',
    });
  });
});

describe('lineWindow', () => {
  it('renders every line of a short file', () => {
    expect(lineWindow(WINDOW_MIN_LINES, 5000, 600, 18)).toEqual({
      start: 0,
      end: WINDOW_MIN_LINES,
    });
  });

  it('renders the viewport of a long file with a margin, in steps of whole chunks', () => {
    // Lines 500..533 visible at 18px a line.
    const w = lineWindow(4585, 500 * 18, 600, 18);
    expect(w.start).toBeLessThanOrEqual(500 - 100);
    expect(w.end).toBeGreaterThanOrEqual(534 + 100);
    expect(w.start % 100).toBe(0);
    expect(w.end - w.start).toBeLessThan(600);
    // A small scroll stays within the same window.
    expect(lineWindow(4585, 510 * 18, 600, 18)).toEqual(w);
    expect(lineWindow(4585, 0, 600, 18).start).toBe(0);
    expect(lineWindow(4585, 4585 * 18, 600, 18).end).toBe(4585);
  });

  it('renders only the lines in view for the first paint (no overscan)', () => {
    expect(lineWindow(4585, 0, 1080, 18, 0)).toEqual({ start: 0, end: 60 });
    expect(lineWindow(4585, 500 * 18, 600, 18, 0)).toEqual({ start: 500, end: 534 });
    expect(lineWindow(40, 0, 1080, 18, 0)).toEqual({ start: 0, end: 40 });
  });
});
