import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/fixtures/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Type tests (`*.test-d.ts`, expectTypeOf) fail `npm run check`: astro check type-checks every .ts file of the
    // project, so the unit run does not start the compiler a second time (about 10 s). Alone:
    // `npx vitest run --typecheck.only`.
    typecheck: {
      include: ['tests/unit/**/*.test-d.ts'],
      tsconfig: 'tsconfig.json',
    },
  },
});
