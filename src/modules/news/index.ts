import type { PortalModule } from '@/modules/types'
import { Announcements } from './collections/announcements'
import { Articles } from './collections/articles'
import { Events } from './collections/events'
import { Plans } from './collections/plans'
import { newsStatistics } from './statistics'

/** News and editorial content: articles, events, announcements/invitations, plans. */
export const newsModule: PortalModule = {
  name: 'news',
  collections: [Articles, Events, Announcements, Plans],
  workflowCollections: ['articles', 'events', 'announcements', 'plans'],
  statistics: [newsStatistics],
  searchable: [
    { collection: 'articles', label: 'Bài viết', path: (slug) => `/bai-viet/${slug}` },
    { collection: 'events', label: 'Sự kiện', path: (slug) => `/su-kien/${slug}` },
    { collection: 'announcements', label: 'Thông báo, giấy mời', path: (slug) => `/thong-bao/${slug}` },
    { collection: 'plans', label: 'Kế hoạch, chương trình, đề án', path: (slug) => `/ke-hoach/${slug}` },
  ],
}
