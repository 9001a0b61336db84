#!/usr/bin/env bash
# Benchmark: fills one tenant with N complaints (default 1,000,000) with conversations and SLA clocks, then prints
# p50/p95/max of the inbox's first page (sorted, filtered by SLA state, a manager's view, a search) and of the SLA
# report, asked over HTTP with a JWT, against the targets (inbox p95 <= 100 ms, report p95 <= 300 ms). Builds what it
# needs first (the whole reactor up to test-compile: nothing comes from an earlier `mvn install`).
# Usage: infra/bench/complaints-benchmark.sh [complaints] [runs] [--explain]
#   --explain: the embedded PostgreSQL logs the plans (EXPLAIN ANALYZE, BUFFERS) of statements over 20 ms
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
select_jdk
prepare_node
# test-compile writes backend/target/test.classpath (see backend/pom.xml)
mvn_cmd -q test-compile >&2
classpath_file="$FOKUS_ROOT/backend/target/test.classpath"
java -Xmx1g -cp "$FOKUS_ROOT/backend/target/test-classes:$FOKUS_ROOT/backend/target/classes:$(cat "$classpath_file")" \
  io.fokus.bench.ComplaintsBenchmark "${1:-1000000}" "${2:-30}" "${@:3}"
