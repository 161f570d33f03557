#!/usr/bin/env bash
# Bounded load test of plancheck serve on 127.0.0.1 (not part of mvn verify): 20 concurrent clients send 200
# checks of the 42-page sample and wait for each result; the cold CLI checks the same file before and after, in
# the same run. Prints p50 / p95 latency, throughput and errors (also in target/load-test.txt).
#   scripts/load-test.sh [-Dload.clients=20] [-Dload.requests=200] [-Dload.workers=2] [-Dload.file=PDF]
set -euo pipefail
cd "$(dirname "$0")/.."
./plancheck --version >&2          # builds the launcher's jar and class archive when needed: the cold CLI measured
# the access log of thousands of polls goes to target/load-test.log, the figures to the terminal
mvn -B -q test -Dtest=LoadTest -Dexcluded.groups=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dload.cli="$PWD/plancheck" "$@" > target/load-test.log 2>&1 || { tail -40 target/load-test.log >&2; exit 1; }
cat target/load-test.txt
