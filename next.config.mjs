import { withPayload } from '@payloadcms/next/withPayload'
import { fileURLToPath } from 'node:url'
import { securityHeaderRules } from './src/shared/security/headers.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Several builds can live side by side (tests, benchmarks) when NEXT_DIST_DIR is set.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  compress: true,
  images: { unoptimized: true },
  // The test builds skip Next's own type check: CI runs `npm run typecheck` (tsc) first.
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === '1' },
  experimental: {},
  // Next.js's own page cache, plus a script policy by hash on each prerendered page
  // (src/shared/security/isr-cache-handler.mjs).
  cacheHandler: fileURLToPath(new URL('./src/shared/security/isr-cache-handler.mjs', import.meta.url)),
  // Security headers on every response (src/shared/security/headers.mjs, docs/security.md).
  async headers() {
    return securityHeaderRules()
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
