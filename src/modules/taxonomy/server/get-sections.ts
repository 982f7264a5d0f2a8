import type { Section } from '@/payload-types'
import { portalPayload } from '@/shared/content/payload'

export type SectionNode = Section & { children: SectionNode[] }

/** Every section as a tree ordered by `order`, for navigation and the site map. */
export async function getSectionTree(): Promise<SectionNode[]> {
  const payload = await portalPayload()
  const { docs } = await payload.find({
    collection: 'sections',
    limit: 500,
    depth: 0,
    sort: 'order',
    overrideAccess: false,
    user: null,
  })
  const nodes = new Map<number, SectionNode>(docs.map((s) => [s.id, { ...s, children: [] }]))
  const roots: SectionNode[] = []
  for (const node of nodes.values()) {
    const parentId = typeof node.parent === 'object' && node.parent ? node.parent.id : node.parent
    const parent = parentId ? nodes.get(parentId) : undefined
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  return roots
}

/** A section with its ancestors (root first), for breadcrumbs; null when the slug is unknown. */
export async function getSectionWithTrail(slug: string): Promise<{ section: SectionNode; trail: Section[] } | null> {
  const roots = await getSectionTree()
  const walk = (nodes: SectionNode[], trail: Section[]): { section: SectionNode; trail: Section[] } | null => {
    for (const node of nodes) {
      if (node.slug === slug) return { section: node, trail }
      const found = walk(node.children, [...trail, node])
      if (found) return found
    }
    return null
  }
  return walk(roots, [])
}

/** Ids of a section and all its descendants: a parent section lists its children's articles. */
export function sectionAndDescendantIds(node: SectionNode): number[] {
  return [node.id, ...node.children.flatMap(sectionAndDescendantIds)]
}
