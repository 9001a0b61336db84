#!/usr/bin/env bash
# The documented production setup (docs/deployment.md) against a real external PostgreSQL 15 server:
#   1. a fresh cluster in a temporary directory on a free port of 127.0.0.1, passwords checked (scram-sha-256);
#   2. infra/deploy/postgres-setup.sql as the superuser;
#   3. backend/target/fokus.jar with the database variables of infra/deploy/fokus.env.example, unchanged except
#      host and port (no Keycloak: sign-up then creates no login, but an ADMIN invitation that login accepts);
#   4. sign-up over HTTP, row-level security as seen by fokus_app, and the time from SIGTERM to exit while a request
#      is still running (at most 10 s: load balancers and Kubernetes kill after 30 s).
# Stops everything it started. Needs the PostgreSQL server binaries (Debian: package postgresql) and a built jar.
# Usage: infra/tests/external-postgres-test.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

pg_bin="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
[[ -x "$pg_bin/initdb" ]] || die "PostgreSQL server binaries not found (install the postgresql package or set PG_BIN)"
jar="${FOKUS_JAR:-$FOKUS_ROOT/backend/target/fokus.jar}"
[[ -f "$jar" ]] || die "no $jar (build first: mvn -DskipTests package)"
select_jdk

work="$(mktemp -d "${TMPDIR:-/tmp}/fokus-external-pg.XXXXXX")"
cluster="$work/cluster"
# initdb and postgres refuse to run as root: then the cluster belongs to the system's postgres user
as_db_owner() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [[ $(id -u) -eq 0 ]]; then chown postgres "$work"; fi

KEYCLOAK_PID="" APP_PID="" cluster_started=false
stop_all() {
  local status="$1"
  trap - INT TERM EXIT
  stop_pid "$APP_PID"
  if $cluster_started; then as_db_owner "$pg_bin/pg_ctl" -D "$cluster" -m fast -w stop >/dev/null || true; fi
  if [[ $status -eq 0 || $status -ge 128 ]]; then # passed or interrupted: no logs to keep
    rm -rf "$work"
  else
    [[ -f "$work/fokus.log" ]] && tail -n 40 "$work/fokus.log" >&2
    log "kept $work (logs)"
  fi
  exit "$status"
}
trap 'stop_all 130' INT
trap 'stop_all 143' TERM
trap 'stop_all $?' EXIT

fail() { die "external PostgreSQL test: $*"; }

db_port="$(free_port 25432)"
app_port="$(free_port 18380)"
log "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') in $cluster on 127.0.0.1:$db_port"
as_db_owner "$pg_bin/initdb" -D "$cluster" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
  -E UTF8 --locale=C.UTF-8 > "$work/initdb.log" 2>&1 || fail "initdb failed (see $work/initdb.log)"
# the superuser reaches the server only through the socket in the test's own directory
cluster_started=true
as_db_owner "$pg_bin/pg_ctl" -D "$cluster" -l "$work/postgres.log" -w -t 30 \
  -o "-c listen_addresses=127.0.0.1 -p $db_port -k $cluster -c fsync=off" start > /dev/null \
  || fail "PostgreSQL did not start (see $work/postgres.log)"

superuser_sql() { as_db_owner "$pg_bin/psql" -h "$cluster" -p "$db_port" -U postgres -X -q -v ON_ERROR_STOP=1 "$@"; }
superuser_sql -d postgres < "$FOKUS_ROOT/infra/deploy/postgres-setup.sql" > /dev/null

# The documented environment: the example file's variables, pointed at this server and port; Keycloak's are left out
env_file="$work/fokus.env"
grep -E '^[A-Z_]+=' "$FOKUS_ROOT/infra/deploy/fokus.env.example" | grep -v '^FOKUS_KEYCLOAK_' \
  | sed -e "s#^SPRING_DATASOURCE_URL=.*#SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$db_port/fokus#" \
    -e "s#^SERVER_PORT=.*#SERVER_PORT=$app_port#" \
    -e "s#^FOKUS_ISSUER_URI=.*#FOKUS_ISSUER_URI=http://127.0.0.1:9/realms/fokus#" > "$env_file"
for name in SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME SPRING_DATASOURCE_PASSWORD SPRING_LIQUIBASE_USER \
  SPRING_LIQUIBASE_PASSWORD SERVER_PORT; do
  grep -q "^$name=" "$env_file" || fail "fokus.env.example names no $name"
done
app_password="$(sed -n 's/^SPRING_DATASOURCE_PASSWORD=//p' "$env_file")"

log "Fokus on port $app_port with the documented variables ($(cut -d= -f1 "$env_file" | tr '\n' ' '))"
(set -a; source "$env_file"; set +a; exec java -jar "$jar") > "$work/fokus.log" 2>&1 &
APP_PID=$!
app_url="http://127.0.0.1:$app_port"
wait_for_url "$app_url/actuator/health" 180 "Fokus" "$APP_PID"
grep -q "embedded PostgreSQL\|Embedded PostgreSQL" "$work/fokus.log" && fail "the embedded PostgreSQL was started"

log "Sign-up"
status="$(curl -sS -o "$work/signup.json" -w '%{http_code}' -H 'Content-Type: application/json' \
  -d '{"organizationName":"Acme GmbH","slug":"acme-external","adminName":"Ada Admin",
       "adminEmail":"ada@acme-external.test","locale":"en","timezone":"Europe/Berlin"}' "$app_url/api/signup")"
[[ "$status" == 201 ]] || fail "sign-up answered $status: $(cat "$work/signup.json")"
tenant_id="$(grep -o '"id":"[^"]*"' "$work/signup.json" | head -n 1 | cut -d'"' -f4)"
[[ -n "$tenant_id" ]] || fail "sign-up answered no tenant id: $(cat "$work/signup.json")"

log "Row-level security as the application role"
app_sql() { # SQL as fokus_app over TCP with the documented password; prints the single value
  PGPASSWORD="$app_password" "$pg_bin/psql" -h 127.0.0.1 -p "$db_port" -U fokus_app -d fokus -X -q -A -t \
    -v ON_ERROR_STOP=1 -c "$1"
}
[[ "$(app_sql "select rolsuper or rolbypassrls from pg_roles where rolname = current_user")" == f ]] \
  || fail "fokus_app is a superuser or bypasses row-level security"
# without a managed Keycloak the sign-up stores the tenant and its admin's invitation (which that login accepts after signing in)
for table in tenants.tenant tenants.invitation; do
  [[ "$(superuser_sql -d fokus -A -t -c "select count(*) > 0 from $table")" == t ]] \
    || fail "the sign-up stored no row in $table"
  seen="$(app_sql "select count(*) from $table")"
  [[ "$seen" == 0 ]] || fail "fokus_app without a tenant sees $seen rows of $table"
  seen="$(app_sql "select set_config('app.tenant_id', '$(cat /proc/sys/kernel/random/uuid)', false);
    select count(*) from $table" | tail -n 1)"
  [[ "$seen" == 0 ]] || fail "fokus_app in another tenant sees $seen rows of $table"
done
seen="$(app_sql "select set_config('app.tenant_id', '$tenant_id', false); select count(*) from tenants.tenant" \
  | tail -n 1)"
[[ "$seen" == 1 ]] || fail "fokus_app in the new tenant sees $seen tenants instead of 1"
app_sql "create table public.intruder (id int)" > /dev/null 2>&1 && fail "fokus_app may create tables"

log "SIGTERM while a request is still running"
# a sign-up whose body never completes keeps a request active until the graceful shutdown gives up
exec 3<>"/dev/tcp/127.0.0.1/$app_port"
printf 'POST /api/signup HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{' >&3
sleep 1
term_sent=$SECONDS
kill -TERM "$APP_PID"
wait "$APP_PID" || true
took=$((SECONDS - term_sent))
APP_PID=""
exec 3>&-
log "Fokus stopped ${took}s after SIGTERM"
((took <= 10)) || fail "Fokus needed ${took}s to stop after SIGTERM (at most 10 s)"

log "External PostgreSQL test passed"
