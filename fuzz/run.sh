#!/usr/bin/env bash
# Fuzzes every target for SECONDS each (default 300), one after the other, seeding from fuzz/corpus/.
#   fuzz/run.sh [SECONDS] [Class#method ...]
# A finding stops that target and is written by Jazzer to src/test/resources/org/plancheck/fuzz/<Class>Inputs/
# <method>/crash-<sha1>: rename it to say what it is, fix the bug, commit it; the default build then replays it.
# Logs: $BUILD_DIR/fuzz-logs/<target>.log. Exit status: 1 when any target found something.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-300}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(GrammarFuzzTest#parse GrammarFuzzTest#number GrammarFuzzTest#normalize GrammarFuzzTest#units
    ConfigFuzzTest#targets ConfigFuzzTest#upperFolder ConfigFuzzTest#quotas ConfigFuzzTest#assigned
    ConfigFuzzTest#suppressions ConfigFuzzTest#baseline)
  [ -f src/test/java/org/plancheck/fuzz/TableFuzzTest.java ] && targets+=(TableFuzzTest#rebuild)
  [ -f src/test/java/org/plancheck/fuzz/PdfFuzzTest.java ] && targets+=(PdfFuzzTest#read)
  [ -f src/test/java/org/plancheck/fuzz/WordFuzzTest.java ] && targets+=(WordFuzzTest#read)
  [ -f src/test/java/org/plancheck/fuzz/RulesFuzzTest.java ] && targets+=(RulesFuzzTest#judge)
fi
BUILD_DIR="${BUILD_DIR:-target-fuzz}"
mkdir -p "$BUILD_DIR/fuzz-logs"
mvn -q -B -o -DbuildDir="$BUILD_DIR" -DskipTests test-compile || exit 2
status=0
for t in "${targets[@]}"; do
  cls="${t%%#*}"
  method="${t##*#}"
  # Jazzer's working corpus for a @FuzzTest lives in .cifuzz-corpus/<class>/<method>; seed it from fuzz/corpus.
  work=".cifuzz-corpus/org.plancheck.fuzz.$cls/$method"
  mkdir -p "$work"
  [ -d "fuzz/corpus/$cls/$method" ] && cp -n "fuzz/corpus/$cls/$method"/* "$work"/ 2>/dev/null
  log="$BUILD_DIR/fuzz-logs/$cls-$method.log"
  start=$(date +%s)
  echo "fuzz: $t for ${seconds}s (log $log)"
  JAZZER_FUZZ=1 mvn -B -o -Pfuzz -DbuildDir="$BUILD_DIR" -Dfuzz.seconds="$seconds" -Dtest="$t" \
    -Dsurefire.failIfNoSpecifiedTests=false test > "$log" 2>&1
  rc=$?
  end=$(date +%s)
  execs=$(grep -oE '#[0-9]+\s+(DONE|pulse|NEW|REDUCE)' "$log" | tail -1 | grep -oE '[0-9]+' || true)
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 || true)
  if [ $rc -eq 0 ]; then
    echo "fuzz: $t ok after $((end - start))s, ${execs:-?} executions, ${cov:-cov: ?}"
  else
    status=1
    echo "fuzz: $t FAILED after $((end - start))s:"
    grep -E 'FuzzTestFinding|Caused by|== Java Exception|crash-' "$log" | head -5
  fi
done
exit $status
