#!/usr/bin/env bash
# Development helper (not used by CI): (re)generates the one not-yet-landed migration named
# "${1:-participation}" for both dialects from the current schema, then payload-types.ts and the
# admin import map. Safe to run repeatedly while a schema is being designed; serialised with flock
# because several people/agents may run it in the same checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:-participation}"
exec 9>/tmp/pbgdpl-regen-migration.lock
flock 9
rm -f src/migrations/sqlite/*_"$name".ts src/migrations/sqlite/*_"$name".json \
  src/migrations/postgres/*_"$name".ts src/migrations/postgres/*_"$name".json
export NODE_OPTIONS=--no-deprecation PAYLOAD_SECRET=regen-migration-secret-0123456789
# migrate:create rewrites index.ts from the folder listing, but --skip-empty exits early when
# nothing changed: rewrite both indexes now so a deleted migration never stays listed.
node --input-type=module -e '
  import { writeMigrationIndex } from "payload"
  for (const d of ["sqlite", "postgres"]) writeMigrationIndex({ migrationsDir: `src/migrations/${d}` })'
DATABASE_URL=file:./data/regen-migration.db npx payload migrate:create "$name" --skip-empty </dev/null
rm -f data/regen-migration.db data/regen-migration.db-wal data/regen-migration.db-shm
DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx payload migrate:create "$name" --skip-empty </dev/null
# Payload's generated PostgreSQL down() drops lock-table constraints that an earlier CASCADE has
# already removed: make those drops tolerant (tests/int/migrations.int.test.ts rolls it back).
sed -i 's/DROP CONSTRAINT "/DROP CONSTRAINT IF EXISTS "/' src/migrations/postgres/*_"$name".ts 2>/dev/null || true
# SQLite checks foreign keys on every DROP TABLE: a generated down() that drops a referenced
# table before the tables pointing at it fails, so it runs with the checks switched off.
python3 - "$name" <<'PY'
import glob, sys
for f in glob.glob(f"src/migrations/sqlite/*_{sys.argv[1]}.ts"):
    s = open(f).read()
    head, sep, body = s.partition("export async function down(")
    sig, brace, rest = body.partition("{\n")
    if not sep or rest.lstrip().startswith("await db.run(sql`PRAGMA foreign_keys=OFF;`)"):
        continue
    rest = rest.rstrip()
    assert rest.endswith("}")
    rest = rest[:-1].rstrip() + "\n  await db.run(sql`PRAGMA foreign_keys=ON;`)\n}\n"
    open(f, "w").write(head + sep + sig + brace + "  await db.run(sql`PRAGMA foreign_keys=OFF;`)\n" + rest)
PY
npx payload generate:types </dev/null >/dev/null
npx payload generate:importmap </dev/null >/dev/null
echo "Regenerated migration '$name' for SQLite and PostgreSQL, payload-types.ts and the import map."
