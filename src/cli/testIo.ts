/**
 * An `Io` for tests of the command line: files from a record (a missing one throws as the file
 * system would), and what the command prints or writes, kept to be read back.
 */
import type { Io } from './cli';

export function fakeIo(files: Record<string, string>) {
  const out = { stdout: '', stderr: '', written: {} as Record<string, string> };
  const io: Io = {
    readFile: (p) => {
      const f = files[p];
      if (f === undefined) throw new Error('ENOENT: no such file');
      return f;
    },
    writeFile: (p, t) => (out.written[p] = t),
    stdout: (t) => (out.stdout += t),
    stderr: (t) => (out.stderr += t),
  };
  return { io, out };
}
