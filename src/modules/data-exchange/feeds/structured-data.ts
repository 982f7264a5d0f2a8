import type { Article, Event, LegalDocument, SiteSetting } from '@/payload-types'
import { documentPath } from '@/modules/legal-documents/constants'
import { DOCUMENT_TYPES, EFFECT_STATUSES } from '@/modules/legal-documents/parse'
import { breadcrumbLd, jsonLdText } from '@/shared/ui/breadcrumbs'
import { absoluteUrl, siteUrl } from '@/shared/ui/site-url'

/**
 * schema.org JSON-LD and Dublin Core metadata of public pages (issue 7 §3). Builders only: the
 * pages render them with <JsonLd> and put dublinCore() in their metadata's `other`.
 */

type Ld = Record<string, unknown>

/** JSON for a <script type="application/ld+json"> (the same escaping as the breadcrumbs' own). */
export { jsonLdText }

export const publisherLd = (settings: Pick<SiteSetting, 'operatorName' | 'siteName' | 'provinceName'>): Ld => ({
  '@type': 'GovernmentOrganization',
  name: settings.operatorName,
  url: siteUrl(),
})

/** BreadcrumbList from the visible trail (home first; the last item is the page itself). */
export function breadcrumbListLd(items: { label: string; href: string }[]): Ld {
  return breadcrumbLd([{ label: 'Trang chủ', href: '/' }, ...items])
}

/** The home page: the operator of the portal. */
export function governmentOrganizationLd(settings: SiteSetting): Ld {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    name: settings.operatorName,
    alternateName: `${settings.siteName} ${settings.provinceName}`,
    url: siteUrl(),
    parentOrganization: { '@type': 'GovernmentOrganization', name: settings.ownerName },
    address: settings.address
      ? { '@type': 'PostalAddress', streetAddress: settings.address, addressCountry: 'VN' }
      : undefined,
    telephone: settings.phone ?? undefined,
    email: settings.email ?? undefined,
    areaServed: { '@type': 'AdministrativeArea', name: settings.provinceName },
  }
}

export function newsArticleLd(article: Article, settings: SiteSetting, image?: string | null): Ld {
  const url = absoluteUrl(`/bai-viet/${article.slug}`)
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title.slice(0, 110),
    description: article.summary ?? undefined,
    url,
    mainEntityOfPage: url,
    inLanguage: 'vi',
    datePublished: article.publishedAt ?? article.createdAt,
    dateModified: article.updatedAt,
    image: image ? [absoluteUrl(image)] : undefined,
    author: { '@type': 'GovernmentOrganization', name: settings.operatorName, url: siteUrl() },
    publisher: publisherLd(settings),
  }
}

/** schema.org's legal force from our effect status. */
function legalForce(status: LegalDocument['status']): string | undefined {
  switch (status) {
    case 'con-hieu-luc':
      return 'https://schema.org/InForce'
    case 'het-hieu-luc-mot-phan':
    case 'ngung-hieu-luc-mot-phan':
      return 'https://schema.org/PartiallyInForce'
    case 'het-hieu-luc-toan-bo':
    case 'ngung-hieu-luc':
    case 'chua-co-hieu-luc':
      return 'https://schema.org/NotInForce'
    default:
      return undefined
  }
}

type LegislationSource = Pick<
  LegalDocument,
  | 'slug'
  | 'id'
  | 'number'
  | 'type'
  | 'title'
  | 'displayTitle'
  | 'issuer'
  | 'issuedAt'
  | 'effectiveAt'
  | 'expiresAt'
  | 'status'
  | 'updatedAt'
>

export function legislationLd(doc: LegislationSource, settings: SiteSetting): Ld {
  const url = absoluteUrl(documentPath(doc.slug ?? String(doc.id)))
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: doc.displayTitle || doc.title,
    url,
    inLanguage: 'vi',
    legislationIdentifier: doc.number,
    legislationType: DOCUMENT_TYPES.find((t) => t.value === doc.type)?.label ?? doc.type,
    legislationDate: doc.issuedAt?.slice(0, 10),
    legislationDateOfApplicability: doc.effectiveAt?.slice(0, 10),
    expires: doc.expiresAt?.slice(0, 10),
    legislationLegalForce: legalForce(doc.status),
    legislationPassedBy: doc.issuer ? { '@type': 'GovernmentOrganization', name: doc.issuer } : undefined,
    legislationJurisdiction: { '@type': 'Country', name: 'Việt Nam' },
    dateModified: doc.updatedAt,
    publisher: publisherLd(settings),
    description: EFFECT_STATUSES.find((s) => s.value === doc.status)?.label,
  }
}

export function eventLd(event: Event, settings: SiteSetting): Ld {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    url: absoluteUrl(`/su-kien/${event.slug}`),
    startDate: event.startsAt,
    endDate: event.endsAt ?? undefined,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: event.place ?? settings.operatorName,
      address: event.place ?? settings.provinceName,
    },
    organizer: publisherLd(settings),
    description: event.summary ?? undefined,
    inLanguage: 'vi',
  }
}

/**
 * Dublin Core elements as <meta name="DC.…"> (the metadata required on state websites), for
 * Next's `metadata.other`.
 */
export function dublinCore(args: {
  title: string
  creator: string
  date: string | null | undefined
  identifier: string
  type: string
  description?: string | null
  subject?: string | null
  publisher: string
}): Record<string, string> {
  const meta: Record<string, string> = {
    'DC.title': args.title,
    'DC.creator': args.creator,
    'DC.publisher': args.publisher,
    'DC.identifier': args.identifier,
    'DC.language': 'vi',
    'DC.type': args.type,
    'DC.format': 'text/html',
  }
  if (args.date) meta['DC.date'] = args.date.slice(0, 10)
  if (args.description) meta['DC.description'] = args.description
  if (args.subject) meta['DC.subject'] = args.subject
  return meta
}

/**
 * BreadcrumbList from a page's visible trail as <Breadcrumbs> takes it (without "Trang chủ"); the
 * last crumb is the page itself, so it gets the page's own path when it has no link.
 */
export function trailLd(crumbs: { label: string; href?: string }[], path: string): Ld {
  return breadcrumbListLd(
    crumbs
      .map((c, i) => ({ label: c.label, href: c.href ?? (i === crumbs.length - 1 ? path : '') }))
      .filter((c) => c.href),
  )
}

/**
 * Several schema.org nodes of one page as ONE JSON-LD document (`@graph`), so a page has a single
 * application/ld+json block (the main entity first, then its BreadcrumbList).
 */
export function graphLd(nodes: Ld[]): Ld {
  return {
    '@context': 'https://schema.org',
    '@graph': nodes.map((node) => {
      const { '@context': _context, ...rest } = node
      return rest
    }),
  }
}

/** Dublin Core of a page from its settings-wide publisher (see dublinCore). */
export function pageDublinCore(
  settings: Pick<SiteSetting, 'operatorName'>,
  args: {
    title: string
    path: string
    date: string | null | undefined
    type: string
    description?: string | null
    subject?: string | null
    creator?: string | null
  },
): Record<string, string> {
  return dublinCore({
    title: args.title,
    creator: args.creator || settings.operatorName,
    publisher: settings.operatorName,
    date: args.date,
    identifier: absoluteUrl(args.path),
    type: args.type,
    description: args.description,
    subject: args.subject,
  })
}
