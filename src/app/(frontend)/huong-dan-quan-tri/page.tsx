import { GuidePage, guideMetadata } from '@/modules/guide/ui/guide-page'

/** The staff user guide (docs/huong-dan-su-dung.md); the admin navigation links here. */
export const revalidate = 3600
export const metadata = guideMetadata

export default function GuideRoute() {
  return <GuidePage />
}
