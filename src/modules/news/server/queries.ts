import type { Where } from 'payload'
import type { Announcement, Article, Event, Plan } from '@/payload-types'
import { findPublished, findPublishedBySlug, type Paged } from '@/shared/content/published'

/** Public queries of the news module: what a visitor sees, newest first. */

export function findArticles(args: { where?: Where; page?: number; limit?: number } = {}): Promise<Paged<Article>> {
  return findPublished<Article>({ collection: 'articles', sort: '-publishedAt', depth: 1, ...args })
}

export function getArticle(slug: string): Promise<Article | null> {
  return findPublishedBySlug<Article>('articles', slug, 2)
}

export function findEvents(
  args: { where?: Where; page?: number; limit?: number; sort?: string } = {},
): Promise<Paged<Event>> {
  return findPublished<Event>({ collection: 'events', sort: '-startsAt', depth: 1, ...args })
}

/** Events that have not ended yet, soonest first. */
export function findUpcomingEvents(limit = 4, now = new Date()): Promise<Paged<Event>> {
  return findEvents({
    where: {
      or: [
        { endsAt: { greater_than_equal: now.toISOString() } },
        { startsAt: { greater_than_equal: now.toISOString() } },
      ],
    },
    sort: 'startsAt',
    limit,
  })
}

export function getEvent(slug: string): Promise<Event | null> {
  return findPublishedBySlug<Event>('events', slug)
}

export function findAnnouncements(
  args: { where?: Where; page?: number; limit?: number } = {},
): Promise<Paged<Announcement>> {
  return findPublished<Announcement>({ collection: 'announcements', sort: '-issuedAt', depth: 1, ...args })
}

export function getAnnouncement(slug: string): Promise<Announcement | null> {
  return findPublishedBySlug<Announcement>('announcements', slug)
}

export function findPlans(args: { where?: Where; page?: number; limit?: number } = {}): Promise<Paged<Plan>> {
  return findPublished<Plan>({ collection: 'plans', sort: '-issuedAt', depth: 1, ...args })
}

export function getPlan(slug: string): Promise<Plan | null> {
  return findPublishedBySlug<Plan>('plans', slug)
}
