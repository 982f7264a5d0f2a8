import type { Payload } from 'payload'

export type Option = { id: number; title: string }
export type AreaGroup = { label: string; areas: Option[] }
export type AskFormOptions = { fields: Option[]; areaGroups: AreaGroup[] }

/**
 * The choices of the ask form's selects: legal fields in their set order, and the communes grouped
 * by their former district (a long list a phone's native picker scrolls well). Public taxonomy,
 * read as an anonymous visitor.
 */
export async function askFormOptions(payload: Payload): Promise<AskFormOptions> {
  const visitor = { overrideAccess: false, user: null, depth: 0, pagination: false } as const
  const [fields, areas] = await Promise.all([
    payload.find({ collection: 'legal-fields', sort: 'order', select: { title: true }, ...visitor }),
    payload.find({ collection: 'areas', sort: 'title', select: { title: true, district: true }, ...visitor }),
  ])
  const groups = new Map<string, Option[]>()
  for (const a of areas.docs) {
    const label = a.district?.trim() || 'Xã, phường khác'
    groups.set(label, [...(groups.get(label) ?? []), { id: a.id, title: a.title }])
  }
  const collator = new Intl.Collator('vi')
  return {
    fields: fields.docs.map((f) => ({ id: f.id, title: f.title })),
    areaGroups: [...groups.entries()]
      .sort(([a], [b]) => collator.compare(a, b))
      .map(([label, list]) => ({ label, areas: list.sort((x, y) => collator.compare(x.title, y.title)) })),
  }
}
