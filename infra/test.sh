#!/usr/bin/env bash
# Runs every test of Fokus:
#   1. mvn verify: backend unit, module and web tests (embedded PostgreSQL, real HTTP), the frontend's Vitest tests,
#      and the integration tests (*IT) against a real Keycloak that starts meanwhile;
#   2. the end-to-end tests in Chromium (Playwright) against the built jar and that Keycloak.
#      Screenshots and traces land in frontend/e2e/results;
#   3. infra/tests/scripts-test.sh (run.sh unpacks Keycloak into a new data directory, stops at once on TERM and
#      Ctrl-C) and infra/tests/external-postgres-test.sh (docs/deployment.md's setup on a real PostgreSQL server:
#      sign-up, row-level security, stop within 10 s of SIGTERM).
#
# Usage: infra/test.sh [--skip-e2e]   (--skip-e2e: step 1 only, without Keycloak)
# Needs: a JDK 21+, Maven, npm (Node 20), Chromium for step 2 (CHROMIUM_PATH, or chromium on the PATH), and the
# PostgreSQL server binaries for step 3 (Debian package postgresql; .ci/run installs both).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

e2e=true
for arg in "$@"; do
  case "$arg" in
    --skip-e2e) e2e=false ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option $arg" ;;
  esac
done

started=$SECONDS
KEYCLOAK_PID="" APP_PID=""
trap 'stop_started 130' INT
trap 'stop_started 143' TERM
trap 'stop_started $?' EXIT

select_jdk
prepare_node

if ! $e2e; then
  log "mvn verify (backend and frontend tests; Keycloak and end-to-end tests skipped)"
  in_background mvn_cmd verify
  exit 0
fi

chromium="${CHROMIUM_PATH:-$(command -v chromium || command -v chromium-browser || true)}"
[[ -n "$chromium" ]] || die "Chromium is needed for the end-to-end tests (install the chromium package or set CHROMIUM_PATH)"

work="$FOKUS_ROOT/target/e2e"
rm -rf "$work/keycloak/keycloak-$KEYCLOAK_VERSION/data" "$work/fokus.log"
mkdir -p "$work"
kc_port="$(free_port 18180)"
app_port="$(free_port 18080)"
app_url="http://localhost:$app_port"

# Keycloak starts while Maven builds; KeycloakProvisioningIT (run by failsafe in the same reactor, so that nothing
# needs an earlier `mvn install`) waits for it.
log "Starting Keycloak for the integration and end-to-end tests"
launch_keycloak "$work/keycloak" "$kc_port" "$app_url"

log "Step 1: mvn verify (backend unit, module, web and integration tests; frontend tests)"
in_background mvn_cmd verify -Dfokus.it.keycloak-url="http://localhost:$kc_port" \
  -Dfokus.it.keycloak-secret="$FOKUS_KEYCLOAK_SECRET"
grep -h "Tests run" "$FOKUS_ROOT/backend/target/failsafe-reports/"*KeycloakProvisioningIT.txt >&2 \
  || die "KeycloakProvisioningIT did not run"
wait_for_keycloak "$work/keycloak" "$kc_port"

log "Step 2: Fokus against Keycloak for the end-to-end tests"
FOKUS_ISSUER_URI="http://localhost:$kc_port/realms/fokus" FOKUS_KEYCLOAK_URL="http://localhost:$kc_port" \
  FOKUS_KEYCLOAK_CLIENT_SECRET="$FOKUS_KEYCLOAK_SECRET" \
  java -jar "$FOKUS_ROOT/backend/target/fokus.jar" --server.port="$app_port" --fokus.embedded-db.ephemeral=true \
  --fokus.promises.check-interval=PT5S --fokus.promises.check-initial-delay=PT5S \
  > "$work/fokus.log" 2>&1 &
APP_PID=$!
wait_for_url "$app_url/actuator/health" 180 "Fokus" "$APP_PID"

log "End-to-end tests in Chromium ($chromium)"
node_bin="$FOKUS_ROOT/frontend/node/node"
[[ -x "$node_bin" ]] || node_bin="$(command -v node)"
cd "$FOKUS_ROOT/frontend"
in_background env FOKUS_URL="$app_url" KEYCLOAK_URL="http://localhost:$kc_port" CHROMIUM_PATH="$chromium" \
  "$node_bin" node_modules/@playwright/test/cli.js test --config e2e/playwright.config.ts
cd "$FOKUS_ROOT"
stop_pid "$APP_PID"
stop_pid "$KEYCLOAK_PID"

log "Step 3: the run script's start-up and stop, and the documented production setup on an external PostgreSQL"
in_background "$FOKUS_ROOT/infra/tests/scripts-test.sh"
in_background "$FOKUS_ROOT/infra/tests/external-postgres-test.sh"

log "All tests passed in $((SECONDS - started))s"
