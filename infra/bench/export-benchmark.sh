#!/usr/bin/env bash
# Benchmark: streams a survey of N responses (default 1,000,000) as CSV with a 256 MiB heap and prints rows,
# bytes, time and peak heap. Builds what it needs first (the whole reactor up to test-compile: nothing comes from an
# earlier `mvn install`).
# Usage: infra/bench/export-benchmark.sh [responses]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
select_jdk
prepare_node
# test-compile writes backend/target/test.classpath (see backend/pom.xml)
mvn_cmd -q test-compile >&2
classpath_file="$FOKUS_ROOT/backend/target/test.classpath"
java -Xmx256m -cp "$FOKUS_ROOT/backend/target/test-classes:$FOKUS_ROOT/backend/target/classes:$(cat "$classpath_file")" \
  io.fokus.bench.ExportBenchmark "${1:-1000000}"
