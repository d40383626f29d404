#!/usr/bin/env bash
# Back up the database, restore the backup into a scratch database and check that it is whole:
# every table has the same number of rows, the migration history matches and `migrate` has nothing to do.
#   deploy/backup-restore-check.sh postgres://user@host:5432/dangjian [backup-dir]
# Run it after changing the backup job and at least monthly against a recent backup (docs/deploy.md).
set -euo pipefail
url="${1:?usage: $0 postgres://user@host:port/db [backup-dir]}"
dir="${2:-$(mktemp -d)}"
here="$(cd "$(dirname "$0")/.." && pwd)"
py="${PYTHON:-$here/.venv/bin/python}"
base="${url%/*}"
scratch="dj_restore_check_$$"
dump="$dir/dangjian-$(date -u +%Y%m%dT%H%M%SZ).dump"

counts() {  # "table rows" per line, every table of the public schema, exact counts
  psql -X -q -At -d "$1" -c "SELECT format('SELECT %L || '' '' || count(*) FROM %I;', tablename, tablename)
                                FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename" \
    | psql -X -q -At -d "$1"
}

echo "backup  : pg_dump -Fc → $dump"
pg_dump -Fc --no-owner -d "$url" -f "$dump"
echo "restore : into $scratch"
psql -X -q -d "$base/postgres" -c "CREATE DATABASE \"$scratch\""
trap 'psql -X -q -d "$base/postgres" -c "DROP DATABASE IF EXISTS \"$scratch\" WITH (FORCE)" >/dev/null' EXIT
pg_restore --no-owner -d "$base/$scratch" "$dump"
echo "check   : row counts of every table"
diff <(counts "$url") <(counts "$base/$scratch") && echo "          $(counts "$url" | wc -l) tables, identical counts"
echo "check   : migrate has nothing left to apply on the restored copy"
out="$(DATABASE_URL="$base/$scratch" "$py" -m server migrate)"
echo "          $out"
case "$out" in *"applied: 0"*) ;; *) echo "the restored copy was behind its migrations" >&2; exit 1;; esac
echo "OK: $(du -h "$dump" | cut -f1) backup restores whole"
