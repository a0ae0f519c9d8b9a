/** Message parameters: values substituted for `{name}` in a catalogue entry. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Substitutes `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function formatMessage(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}
