import { checkDependencies } from 'payload'

/**
 * Payload's own start-up check (outside production) requires every @payloadcms package at the
 * version of `payload`. `@payloadcms/storage-s3` and `@payloadcms/plugin-cloud-storage` have no
 * 3.90.2 release: the last 3.90 one, 3.90.1, is pinned, and package.json's `overrides` make the
 * plugin use the project's `payload` and `@payloadcms/ui` (one copy of each). Payload's check is
 * therefore turned off in payload.config.ts (PAYLOAD_DISABLE_DEPENDENCY_CHECKER) and replaced by
 * this one: the same rule for every other Payload package, the pinned version for those two.
 * Remove this file (and the variable) once both packages are released at payload's version.
 */
export const STORAGE_PACKAGES_VERSION = '3.90.1'

const SAME_AS_PAYLOAD = [
  'payload',
  '@payloadcms/db-postgres',
  '@payloadcms/db-sqlite',
  '@payloadcms/drizzle',
  '@payloadcms/graphql',
  '@payloadcms/next/utilities',
  '@payloadcms/richtext-lexical',
  '@payloadcms/translations',
  '@payloadcms/ui/shared',
]

export async function checkPayloadVersions(): Promise<void> {
  await checkDependencies({
    dependencyGroups: [{ name: 'payload', dependencies: SAME_AS_PAYLOAD, targetVersionDependency: 'payload' }],
    dependencyVersions: {
      '@payloadcms/storage-s3': { required: true, version: STORAGE_PACKAGES_VERSION },
      '@payloadcms/plugin-cloud-storage': { required: true, version: STORAGE_PACKAGES_VERSION },
    },
  })
}
