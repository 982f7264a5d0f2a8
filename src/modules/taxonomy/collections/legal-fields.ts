import { makeTaxonomy } from './make-taxonomy'

export const LegalFields = makeTaxonomy({ slug: 'legal-fields', singular: 'Lĩnh vực', plural: 'Lĩnh vực pháp luật' })
