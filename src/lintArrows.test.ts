/**
 * The dependency arrows of ../shared/STYLE.md are enforced by ESLint (eslint.config.js). These
 * tests lint small synthetic files placed in each folder, so a broken rule cannot pass silently.
 */
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('dependency arrows', () => {
  it.each([
    ['src/model/x.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    [
      'src/generator/x.ts',
      "import Button from '@mui/material/Button';\nexport const x = Button;\n",
    ],
    [
      'src/simulate/x.ts',
      "import { ReactFlow } from '@xyflow/react';\nexport const x = ReactFlow;\n",
    ],
    [
      'src/calico/x.ts',
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
    ],
    ['src/net/x.ts', "import { isIP } from 'node:net';\nexport const x = isIP;\n"],
  ])('forbids a UI library or I/O in the pure core (%s)', async (file, code) => {
    expect(await restrictedImports(file, code)).toHaveLength(1);
  });

  it.each([
    [
      'src/simulate/x.ts',
      "import { generate } from '../generator/generate';\nexport const x = generate;\n",
    ],
    ['src/model/x.ts', "import { App } from '../ui/App';\nexport const x = App;\n"],
    ['src/generator/x.ts', "import { s } from '../state/store';\nexport const x = s;\n"],
    ['src/calico/x.ts', "import { d } from '../model/design';\nexport const x = d;\n"],
    ['src/ui/canvas/x.ts', "import { App } from '../../app/App';\nexport const x = App;\n"],
    [
      'src/workers/x.ts',
      "import { generate } from '../generator/generate';\nexport const x = generate;\n",
    ],
    ['src/workers/x.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    // src/net is a leaf: the IP/CIDR maths imports nothing, not even message ids.
    ['src/net/x.ts', "import { t } from '../i18n/t';\nexport const x = t;\n"],
    ['src/net/x.ts', "import { d } from '../model/design';\nexport const x = d;\n"],
  ])('forbids an import against the arrows (%s)', async (file, code) => {
    expect(await restrictedImports(file, code)).toHaveLength(1);
  });

  it.each([
    ['src/generator/x.ts', "import { d } from '../model/design';\nexport const x = d;\n"],
    ['src/ui/canvas/x.ts', "import { d } from '../../model/design';\nexport const x = d;\n"],
    ['src/ui/x.tsx', "import Button from '@mui/material/Button';\nexport const x = Button;\n"],
    ['src/app/x.tsx', "import { T } from '../ui/shell/TopBar';\nexport const x = T;\n"],
    // Every layer may use the one IP/CIDR module, the lowest ones included.
    ['src/calico/x.ts', "import { parseIp } from '../net/ip';\nexport const x = parseIp;\n"],
    ['src/model/x.ts', "import { parseIp } from '../net/ip';\nexport const x = parseIp;\n"],
    ['src/simulate/x.ts', "import { toAddr } from '../net/range';\nexport const x = toAddr;\n"],
    ['src/ui/x.ts', "import { parseIp } from '../net/ip';\nexport const x = parseIp;\n"],
  ])('allows an import along the arrows (%s)', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});

describe('text reaches the page only as text', () => {
  async function restrictedSyntax(filePath: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? [])
      .filter((m) => m.ruleId === 'no-restricted-syntax')
      .map((m) => m.message);
  }

  it.each([
    [
      'src/ui/x.tsx',
      'export const X = (p: { h: string }) => <div dangerouslySetInnerHTML={{ __html: p.h }} />;\n',
    ],
    ['src/ui/x.ts', 'export function f(e: HTMLElement, h: string) {\n  e.innerHTML = h;\n}\n'],
    [
      'src/ui/x.ts',
      "export function f(e: HTMLElement, h: string) {\n  e.insertAdjacentHTML('beforeend', h);\n}\n",
    ],
    ['src/app/x.ts', 'export function f(h: string) {\n  document.write(h);\n}\n'],
  ])('forbids an HTML string into the page (%s)', async (file, code) => {
    expect(await restrictedSyntax(file, code)).toHaveLength(1);
  });

  it('allows text content and writing to a stream', async () => {
    const code =
      'export function f(e: HTMLElement, t: string) {\n  e.textContent = t;\n  process.stdout.write(t);\n}\n';
    expect(await restrictedSyntax('src/ui/x.ts', code)).toEqual([]);
  });
});
