export { searchModule } from './manifest'
export { foldedSearch as siteSearch } from './server/folded-search'
export { checkQuery } from './server/site-search'
