// @ts-check
/**
 * The one-way layers of src/, as ESLint rules: content → domain → schemas → lib → pages and islands.
 * A module may import from its own layer and the layers before it, never from a later one.
 * Type-only imports are allowed where noted: a type costs no bytes and creates no runtime cycle.
 * tests/unit/layers.test.ts lints an import against the direction to prove these rules bite.
 */

/** Import paths of each layer, as regular expressions over a relative or aliased specifier. */
const layer = {
  schemas: '(^|/)schemas(/|$)',
  lib: '(^|/)lib(/|$)',
  data: '(^|/)data/loadSite',
  ui: '(^|/)(pages|islands|components|layouts)(/|$)',
  zod: '^(zod|zod/.*|astro/zod|astro:content)$',
  astroContent: '^(astro/zod|astro:content)$',
};

/**
 * @param {string} files
 * @param {{ regex: string, message: string, allowTypeImports?: boolean }[]} patterns
 * @returns {import('eslint').Linter.Config}
 */
const restrict = (files, patterns) => ({
  files: [files],
  rules: {
    '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
  },
});

export const layerRules = [
  restrict('src/domain/**/*.ts', [
    { regex: layer.zod, message: 'src/domain is plain constants and arithmetic: no zod, no Astro.' },
    { regex: layer.schemas, message: 'src/domain comes before src/schemas: move the shared piece into src/domain.' },
    { regex: layer.lib, message: 'src/domain comes before src/lib: move the shared piece into src/domain.' },
    { regex: layer.data, message: 'src/domain cannot read the site: pass what it needs in.' },
    { regex: layer.ui, message: 'src/domain cannot depend on pages, islands or components.' },
  ]),
  restrict('src/schemas/**/*.ts', [
    { regex: layer.lib, message: 'src/schemas comes before src/lib: import the vocabulary from src/domain.' },
    { regex: layer.data, message: 'src/schemas cannot read the site.' },
    { regex: layer.ui, message: 'src/schemas cannot depend on pages, islands or components.' },
  ]),
  restrict('src/lib/**/*.ts', [
    { regex: layer.data, message: 'src/lib is pure: take the content as a parameter instead of loading the site.' },
    { regex: layer.ui, message: 'src/lib cannot depend on pages, islands or components.' },
    { regex: layer.astroContent, message: 'src/lib runs outside Astro: use zod/mini for stored documents.' },
  ]),
  restrict('src/islands/**/*.{ts,tsx}', [
    { regex: layer.data, message: 'Islands run in the browser: they receive props built at build time.' },
    { regex: layer.schemas, message: 'Islands cannot bundle the content schemas (zod): take types only.', allowTypeImports: true },
    { regex: '(^|/)(pages|layouts)(/|$)', message: 'Islands cannot depend on pages or layouts.' },
  ]),
];
