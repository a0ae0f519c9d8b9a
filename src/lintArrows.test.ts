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
  ])('forbids an import against the arrows (%s)', async (file, code) => {
    expect(await restrictedImports(file, code)).toHaveLength(1);
  });

  it.each([
    ['src/generator/x.ts', "import { d } from '../model/design';\nexport const x = d;\n"],
    ['src/ui/canvas/x.ts', "import { d } from '../../model/design';\nexport const x = d;\n"],
    ['src/ui/x.tsx', "import Button from '@mui/material/Button';\nexport const x = Button;\n"],
    ['src/app/x.tsx', "import { T } from '../ui/shell/TopBar';\nexport const x = T;\n"],
  ])('allows an import along the arrows (%s)', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});
