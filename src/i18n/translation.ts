/** The shape a translation of a catalogue must have: every id of the English one, as a string. */
export type Translation<T> = { readonly [K in keyof T]: string };
