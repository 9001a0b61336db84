#!/usr/bin/env bash
# Benchmark: streams a survey of N responses (default 1,000,000) as CSV with a 256 MiB heap and prints rows,
# bytes, time and peak heap. Needs a built backend (mvn -pl backend -am test-compile or infra/test.sh once).
# Usage: infra/bench/export-benchmark.sh [responses]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
select_jdk
classpath_file="$FOKUS_ROOT/backend/target/bench.classpath"
mvn_cmd -q -pl backend dependency:build-classpath -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test >&2
java -Xmx256m -cp "$FOKUS_ROOT/backend/target/test-classes:$FOKUS_ROOT/backend/target/classes:$(cat "$classpath_file")" \
  io.fokus.bench.ExportBenchmark "${1:-1000000}"
