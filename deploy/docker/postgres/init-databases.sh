#!/usr/bin/env bash
# The bundled PostgreSQL's roles and databases, run by the postgres image at
# the server's first start (/docker-entrypoint-initdb.d), and by hand after
# adding a school (docs/deploy.md):
#
#   docker compose exec postgresql /docker-entrypoint-initdb.d/init-databases.sh
#
# - Dagster's storage: role DAGSTER_PG_USERNAME, password DAGSTER_PG_PASSWORD,
#   database DAGSTER_PG_DB.
# - Each school: from FLOWSYNC_DATABASE_URL in each schools/*.env (mounted at
#   /flowsync-schools) whose host is this server ("postgresql"), a role and a
#   database of its own, which no other role may connect to. A school's
#   credentials thus reach its own store only.
#
# Idempotent: what exists is kept (a password is set again, so rotating one is
# editing the file and running this). Refuses the placeholder "change-me".
set -euo pipefail

schools_dir=${FLOWSYNC_SCHOOLS_MOUNT:-/flowsync-schools}
server_host=postgresql

fail() { echo "init-databases: $*" >&2; exit 1; }

check_identifier() { # what, name
  [[ "$2" =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || fail "$1: '$2' must be a lower-case identifier"
}

check_password() { # what, password
  case "$2" in
    "" | change-me*) fail "$1: set a real password (not empty, not the placeholder)" ;;
  esac
  [[ "$2" =~ ^[A-Za-z0-9._~-]+$ ]] \
    || fail "$1: a password may hold only letters, digits and . _ ~ - (no URL escaping)"
}

create() { # role, password, database
  psql -v ON_ERROR_STOP=1 --no-psqlrc --quiet \
       --username "${POSTGRES_USER:-postgres}" --dbname "${POSTGRES_DB:-${POSTGRES_USER:-postgres}}" \
       -v role="$1" -v password="$2" -v database="$3" <<'SQL' >/dev/null
SELECT format('CREATE ROLE %I LOGIN', :'role')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', :'role', :'password') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'database', :'role')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'database') \gexec
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'database') \gexec
SQL
  echo "init-databases: role $1, database $3: ready"
}

: "${DAGSTER_PG_USERNAME:?}" "${DAGSTER_PG_PASSWORD:?}" "${DAGSTER_PG_DB:?}"
check_identifier DAGSTER_PG_USERNAME "$DAGSTER_PG_USERNAME"
check_identifier DAGSTER_PG_DB "$DAGSTER_PG_DB"
check_password DAGSTER_PG_PASSWORD "$DAGSTER_PG_PASSWORD"
create "$DAGSTER_PG_USERNAME" "$DAGSTER_PG_PASSWORD" "$DAGSTER_PG_DB"

shopt -s nullglob
for file in "$schools_dir"/*.env; do
  url=$(sed -n 's/^FLOWSYNC_DATABASE_URL=//p' "$file" | tail -n 1 | tr -d '\r')
  [ -n "$url" ] || fail "$file: no FLOWSYNC_DATABASE_URL"
  rest=${url#*://}
  [[ "$rest" == *@*/* ]] || fail "$file: FLOWSYNC_DATABASE_URL is not scheme://user:password@host:port/database"
  credentials=${rest%%@*}
  location=${rest#*@}
  host=${location%%/*}
  host=${host%%:*}
  if [ "$host" != "$server_host" ]; then
    echo "init-databases: $file: its store is on $host, not on this server: left alone"
    continue
  fi
  role=${credentials%%:*}
  password=${credentials#*:}
  [ "$password" != "$credentials" ] || fail "$file: FLOWSYNC_DATABASE_URL has no password"
  database=${location#*/}
  database=${database%%\?*}
  check_identifier "$file: the role" "$role"
  check_identifier "$file: the database" "$database"
  check_password "$file" "$password"
  create "$role" "$password" "$database"
done
