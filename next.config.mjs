import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Several builds can live side by side (tests, benchmarks) when NEXT_DIST_DIR is set.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  compress: true,
  images: { unoptimized: true },
  experimental: {},
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
