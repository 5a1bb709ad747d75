import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { layerRules } from '../../eslint.layers.js';

// The layer rules alone, without the typed rules (which need a real file in the project).
const eslint = new ESLint({
  cwd: join(import.meta.dirname, '../..'),
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser }, plugins: { '@typescript-eslint': tseslint.plugin } },
    ...layerRules,
  ],
});

/** The layer messages ESLint gives for one import written in the file at `filePath`. */
async function layerErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).map((message) => message.message);
}

describe('imports run one way: content, domain, schemas, lib, then pages and islands', () => {
  const against: [file: string, source: string][] = [
    ['src/domain/anything.ts', "import { roleSchema } from '../schemas/role';"],
    ['src/domain/anything.ts', "import { z } from 'astro/zod';"],
    ['src/schemas/anything.ts', "import { sortRoles } from '../lib/content/roles';"],
    ['src/lib/content/anything.ts', "import { loadSite } from '../../data/loadSite';"],
    ['src/lib/content/anything.ts', "import { getCollection } from 'astro:content';"],
    ['src/islands/Anything.tsx', "import { roleSchema } from '../schemas/role';"],
    ['src/islands/Anything.tsx', "import { loadSite } from '../data/loadSite';"],
  ];
  for (const [file, source] of against) {
    it(`refuses ${source} in ${file}`, async () => {
      expect(await layerErrors(file, source)).toHaveLength(1);
    });
  }

  const along: [file: string, source: string][] = [
    ['src/schemas/anything.ts', "import { ladders } from '../domain/jobFamilies';"],
    ['src/lib/openData/anything.ts', "import { toCsv } from './csv';"],
    ['src/lib/content/anything.ts', "import type { RoleData } from '../../schemas/role';"],
    ['src/islands/Anything.tsx', "import type { RoleData } from '../schemas/role';"],
    ['src/islands/Anything.tsx', "import { ladders } from '../domain/jobFamilies';"],
  ];
  for (const [file, source] of along) {
    it(`allows ${source} in ${file}`, async () => {
      expect(await layerErrors(file, source)).toEqual([]);
    });
  }
});
