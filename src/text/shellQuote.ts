/**
 * One word of a POSIX `sh` command, quoted: every value the app writes into a command (a file
 * name, a resource name, a patch) goes through here, so no value can end the word or the command.
 */
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9@%+=:,./_-]+$/.test(word)) return word;
  // Inside single quotes sh takes every character literally; a quote itself is closed, escaped
  // and reopened ('\'').
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
