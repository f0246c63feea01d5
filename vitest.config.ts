/**
 * Two projects: `unit`, the fast in-process tests a developer runs while working
 * (`npm run test:unit`), and `slow`, the fuzzing, property and crash-safety runs
 * (`npm run test:slow`). A test file joins `slow` by its name: `*.slow.test.ts` or
 * `*.fuzz.test.ts`, in any folder under tests/unit. `npm test` runs both.
 */
import { configDefaults, defineConfig } from 'vitest/config'

const UNIT = 'tests/unit/**/*.test.ts'
const SLOW = ['tests/unit/**/*.slow.test.ts', 'tests/unit/**/*.fuzz.test.ts']

export default defineConfig({
  // Vitest's results cache (it runs the slowest files first) stays in this checkout.
  cacheDir: '.cache/vite',
  test: {
    environment: 'node',
    testTimeout: 20_000,
    // fast-check's seed: random while working, fixed on CI (see the file).
    setupFiles: ['tests/unit/fast-check-seed.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: [UNIT], exclude: [...configDefaults.exclude, ...SLOW] },
      },
      { extends: true, test: { name: 'slow', include: SLOW } },
    ],
  },
})
