import { makeTaxonomy } from './make-taxonomy'

export const Audiences = makeTaxonomy({ slug: 'audiences', singular: 'Đối tượng', plural: 'Đối tượng' })
