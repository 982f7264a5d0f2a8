import path from 'node:path'
import { defineConfig } from 'vitest/config'
import { ProcessesFirstSequencer } from './tests/helpers/int-sequencer.ts'

const alias = {
  '@payload-config': path.resolve(import.meta.dirname, 'src/payload.config.ts'),
  '@': path.resolve(import.meta.dirname, 'src'),
}

export default defineConfig({
  resolve: { alias },
  test: {
    // Integration files that start processes run first (tests/helpers/int-sequencer.ts); vitest
    // takes the sequencer from the root configuration only.
    sequence: { sequencer: ProcessesFirstSequencer },
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts'],
          exclude: ['src/**/*.int.test.ts', 'node_modules/**'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          environment: 'node',
          include: ['src/**/*.int.test.ts', 'tests/int/**/*.int.test.ts'],
          // Each file gets its own database, a copy of one migrated once per run (global setup);
          // files run one after another to stay within 2 cores.
          globalSetup: ['tests/helpers/int-global-setup.ts'],
          // Password hashing at a test cost (see the file): hundreds of fixture accounts are made.
          setupFiles: ['tests/helpers/fast-password-hashing.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          // One server, one browser at a time: the journeys share the database and the 2 cores.
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
})
