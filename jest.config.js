// ESM all the way: @actions/core 3 is ESM-only, so tests run through ts-jest's ESM preset
// (npm test sets NODE_OPTIONS=--experimental-vm-modules).
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  // One fixed fuzz seed for every property (FUZZ_SEED overrides it; FUZZ_SEED=random draws one).
  // The end-to-end files stop at once when dist/ is older than the sources (fresh-dist.ts).
  setupFilesAfterEnv: ['<rootDir>/__tests__/setup/fuzz-seed.ts', '<rootDir>/__tests__/setup/fresh-dist.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  testTimeout: 30000,
  verbose: false
};
