#!/usr/bin/env bash
# Benchmark: fills one tenant with N promises (default 1,000,000; over two years, 15 units with 3 owners each, mixed
# sources and outcomes) with their history and reminders, builds the kept-rate rollup with the module's code, makes
# N/10 open promises due at once and runs the job that breaks them (target: under 60 s, in transactions of
# fokus.promises.break-batch, each promise broken exactly once with one history row and one PromiseBroken
# publication), waits at most 10 minutes for the events' listeners, then prints p50/p95/max of the kept-rate view,
# the scores after kept and broken promises and the lists, asked over HTTP with a JWT (kept-rate target: p95 <= 100 ms).
# Builds what it needs first (the whole reactor up to test-compile: nothing comes from an earlier `mvn install`).
# Usage: infra/bench/promises-benchmark.sh [promises] [runs] [--listener-concurrency=N]
#   --listener-concurrency=N: how many asynchronous listener calls run at once (fokus.events.listener-concurrency;
#     default 8, the application's default)
# Stops by itself; FOKUS_BENCH_TIMEOUT (default 3h) bounds the whole Java run (TERM, then KILL a minute later).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
select_jdk
prepare_node
# test-compile writes backend/target/test.classpath (see backend/pom.xml)
mvn_cmd -q test-compile >&2
classpath_file="$FOKUS_ROOT/backend/target/test.classpath"
timeout --kill-after=60s "${FOKUS_BENCH_TIMEOUT:-3h}" java -Xmx1g -cp "$FOKUS_ROOT/backend/target/test-classes:$FOKUS_ROOT/backend/target/classes:$(cat "$classpath_file")" \
  io.fokus.bench.PromisesBenchmark "${1:-1000000}" "${2:-30}" "${@:3}"
