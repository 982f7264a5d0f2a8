/**
 * Writes the committed commune fixture for a province from ../shared/data/admin-units, so that a
 * machine without the shared data can still seed. Usage: tsx scripts/derive-communes.ts pre2025 80
 */
import fs from 'node:fs'
import path from 'node:path'
import { readCommunesFromCsv, type AdminUnitSet } from '../src/modules/taxonomy/server/load-communes'

const [set = 'pre2025', code = '80'] = process.argv.slice(2)
const communes = readCommunesFromCsv(path.resolve('..', 'shared', 'data', 'admin-units'), set as AdminUnitSet, code)
const out = path.resolve('src', 'modules', 'demo', 'fixtures', `communes-${set}-${code}.json`)
fs.writeFileSync(out, `${JSON.stringify(communes, null, 1)}\n`)
console.log(`Wrote ${communes.length} communes to ${path.relative(process.cwd(), out)}`)
