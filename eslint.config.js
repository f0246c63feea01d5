// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

/**
 * The layers of the house (see docs/architecture.md): the engine is pure, the renderer
 * never reaches into the main process. These patterns are what makes that a fact.
 */
const engineMustNotImport = [
  { group: ['**/electron/**', 'electron', 'electron/*'], message: 'engine/ is pure: no Electron.' },
  {
    group: ['**/renderer/**', 'react', 'react-dom', 'react/*'],
    message: 'engine/ is pure: no UI.',
  },
  {
    group: ['node:*', 'fs', 'fs/*', 'path', 'child_process', 'os'],
    message: 'engine/ is pure: no Node I/O (only engine/cli may).',
  },
]
const rendererMustNotImport = [
  {
    group: ['**/electron/main/**', '**/electron/main', 'electron', 'electron/*'],
    message: 'renderer/ talks to the platform only through HostApi.',
  },
  {
    group: ['node:*', 'fs', 'fs/*', 'child_process'],
    message: 'renderer/ runs in a sandboxed browser.',
  },
]

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      'dist-web/**',
      'release/**',
      'test-results/**',
      'playwright-report/**',
      '.scratch/**',
      '.cache/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs', '.ci/*.mjs'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['engine/**/*.ts'],
    ignores: ['engine/cli/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: engineMustNotImport }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'localStorage', 'fetch'],
    },
  },
  {
    // The host contract is shared by main, the preload and the renderer, so it is as pure as
    // the engine (which it may use): no Electron, no UI, no Node I/O, no DOM.
    files: ['contract/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: engineMustNotImport }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'localStorage', 'fetch'],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: rendererMustNotImport }],
    },
  },
)
