import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * Integration files that start processes of their own (tsx scripts, several Payload instances):
 * they run first, while `npm test` has only the two integration lanes going, rather than at the
 * end, beside the end-to-end build and browsers, where a 2-core machine starved them into their
 * timeouts (scripts/test.mjs). Otherwise vitest's own order.
 */
const FIRST = [
  'migrate-command.int.test.ts',
  'ops-startup.int.test.ts',
  'backup.int.test.ts',
  'tls-services.int.test.ts',
]

export class ProcessesFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const rank = (spec: TestSpecification): number => {
      const at = FIRST.findIndex((name) => spec.moduleId.endsWith(`/${name}`))
      return at < 0 ? FIRST.length : at
    }
    return [...sorted].sort((a, b) => rank(a) - rank(b))
  }
}
