export { searchModule } from './manifest'
export { engineSearch as siteSearch } from './server/engine-search'
export { checkQuery } from './server/site-search'
