/**
 * The base of every exported file name, made from the design's name: lower-case letters, digits,
 * `-` and `.` (a run of either becomes one), no leading dot or dash, at most 80 characters;
 * `design` when nothing is left.
 */
export function fileBaseName(designName: string): string {
  const base = designName
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80)
    .replace(/[-.]+$/g, '');
  return base || 'design';
}
