#!/usr/bin/env bash
# Runs Fokus locally: Keycloak (dev mode, realm imported) and the app with its embedded PostgreSQL.
# Data persists under ./data (database and Keycloak); Ctrl-C stops everything.
#
# Usage: infra/run.sh [--demo] [--port 8080] [--keycloak-port 8180] [--no-build]
#   --demo       also create a demo tenant with one user per role and print their logins
#   --no-build   use the existing backend/target/fokus.jar
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

port=8080 kc_port=8180 demo=false build=true
while [[ $# -gt 0 ]]; do
  case "$1" in
    --demo) demo=true ;;
    --port) port="$2"; shift ;;
    --keycloak-port) kc_port="$2"; shift ;;
    --no-build) build=false ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
  shift
done

KEYCLOAK_PID="" APP_PID=""
trap 'log "Stopping"; stop_started 130' INT
trap 'log "Stopping"; stop_started 143' TERM
trap 'stop_started $?' EXIT

select_jdk
data="${FOKUS_DATA_DIR:-$FOKUS_ROOT/data}"
mkdir -p "$data"
jar="$FOKUS_ROOT/backend/target/fokus.jar"
if $build || [[ ! -f "$jar" ]]; then
  prepare_node
  log "Building (mvn package -DskipTests)"
  in_background mvn_cmd -q package -DskipTests >&2 || die "build failed"
fi


app_url="http://localhost:$port"
start_keycloak "$data/keycloak" "$kc_port" "$app_url"

log "Starting Fokus on port $port (log: $data/fokus.log)"
export FOKUS_ISSUER_URI="http://localhost:$kc_port/realms/fokus"
export FOKUS_KEYCLOAK_URL="http://localhost:$kc_port"
export FOKUS_KEYCLOAK_CLIENT_SECRET="$FOKUS_KEYCLOAK_SECRET"
java -jar "$jar" --server.port="$port" --fokus.embedded-db.data-dir="$data/postgres" \
  --fokus.demo.enabled="$demo" > "$data/fokus.log" 2>&1 &
APP_PID=$!
wait_for_url "$app_url/actuator/health" 180 "Fokus" "$APP_PID"
if $demo; then
  grep -A5 "Demo tenant" "$data/fokus.log" | sed 's/^.*\] [^:]*: //' >&2 || true
fi
log "Fokus is running: $app_url   (Ctrl-C stops Fokus and Keycloak)"
wait "$APP_PID"
