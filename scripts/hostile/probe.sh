#!/usr/bin/env bash
# Hostile-input probe: runs each case of issue 13 through ./plancheck and prints, per case, the exit code (and the
# one expected), the number of lines on stderr, whether a stack trace appeared, the peak resident memory
# (/usr/bin/time -v) and the wall time against its limit: timeout + 5 s per document, plus the start-up of the
# process (JVM and rule compilation, measured first on a one-line run: it is the same for every case and depends on
# the machine's load, not on the input).
# A case passes when the exit is the documented one, stderr has the expected number of lines (one per refused
# input), no stack trace, peak RSS <= 1 GB and wall <= limit; the batch case also checks that the good plans keep
# their verdicts (ningyuan FAIL, dongan PASS). Exit status 1 when any case fails.
#   scripts/hostile/probe.sh [WORKDIR]        (default target/hostile; inputs are generated there)
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT="$PWD"
W="${1:-$ROOT/target/hostile}"
rm -rf "$W" && mkdir -p "$W/in" "$W/run"
P="$ROOT/plancheck"
[ -x /usr/bin/time ] || { echo "probe: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

# build the launcher's jar and the test classes (the hostile PDFs are written by org.plancheck.robust.Hostile)
"$P" --version >/dev/null || exit 2
if [ ! -d target/test-classes ] || [ -n "$(find src/test -newer target/test-classes -name '*.java' -print -quit)" ]; then
  mvn -q -o -B -DskipTests test-compile >&2 || exit 2
fi
java -cp "target/test-classes:target/classes:target/lib/*" org.plancheck.robust.Hostile "$W/in" || exit 2

NING="$ROOT/samples/ningyuan-15th-draft.pdf"     # FAIL
DONG="$ROOT/samples/dongan-15th-draft.pdf"       # PASS
IN="$W/in"
cd "$W/run"
# argument files: "@a.pdf" is a PDF to check, "a.pdf" holds options that would hide the failure and overwrite a file
printf -- '--fail-on never --output victim.txt\n' > a.pdf
printf -- '--fail-on never --output victim.txt\n' > @a.pdf
echo keep > victim.txt
cp "$DONG" ./-x.pdf
cp "$NING" ./宁远县规划.pdf
printf 'not a pdf' > "$(printf 'bad\nplancheck: fake.pdf: PASS\033[31m.pdf')"
mkfifo pipe.tsv
truncate -s 17M huge.json
python3 - "$ROOT/samples/dongan-15th-draft.pdf" sparse-250mb.pdf <<'PY' 2>/dev/null || cp "$DONG" sparse-250mb.pdf
import sys
src = open(sys.argv[1], 'rb').read()
tail = src[src.rindex(b'startxref'):]
with open(sys.argv[2], 'wb') as f:
    f.write(src); f.seek(250 << 20); f.write(b'\n' + tail)
PY
cp -r "$ROOT/rules/yongzhou-15th" upper-zero && rm upper-zero/plan.txt && ln -s /dev/zero upper-zero/plan.txt
cp -r "$ROOT/rules/yongzhou-15th" upper-empty && head -1 "$ROOT/rules/yongzhou-15th/targets.tsv" > upper-empty/targets.tsv
cp -r "$ROOT/rules/yongzhou-15th" upper-notext && rm upper-notext/plan.txt
mkdir -p a b && cp "$NING" a/plan.pdf && cp "$NING" b/plan.pdf
cp "$NING" same.pdf
echo x > plain.txt

# start-up: the fastest of two runs on an unreadable one-page file
S=999
for i in 1 2; do
  t0=$(date +%s.%N); "$P" check "$ROOT/src/test/resources/bad/truncated.pdf" >/dev/null 2>&1; t1=$(date +%s.%N)
  S=$(awk -v a="$t0" -v b="$t1" -v s="$S" 'BEGIN { w = b - a; printf "%.1f", (w < s ? w : s) }')
done
echo "start-up (JVM + rule compilation, no document work): ${S} s; load: $(cut -d' ' -f1-3 /proc/loadavg)"
# limit for N documents of timeout T: N * (T + 5) + start-up
lim() { awk -v n="$1" -v t="$2" -v s="$S" 'BEGIN { printf "%.0f", n * (t + 5) + s }'; }

fails=0
printf '%-26s %-9s %-6s %-6s %-7s %-13s %s\n' case exit/want stderr trace RSS_MB wall_s/limit result
# run NAME WANT_EXIT WANT_STDERR_LINES LIMIT_S [ENV=V ...] -- ARGS...   (stdout to $W/run/NAME.out)
run() {
  local name="$1" want="$2" lines_want="$3" limit="$4"; shift 4
  local envs=()
  while [ "$1" != "--" ]; do envs+=("$1"); shift; done
  shift
  local out="$W/run/$name.out" err="$W/run/$name.err" stats="$W/run/$name.time"
  [ "$name" = stdout-dev-full ] && out=/dev/full
  local t0 t1
  t0=$(date +%s.%N)
  env "${envs[@]}" /usr/bin/time -v -o "$stats" "$P" "$@" >"$out" 2>"$err"
  local rc=$?
  t1=$(date +%s.%N)
  local wall rss lines trace ok=ok
  wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%d", $2 / 1024 }' "$stats")
  lines=$(grep -cv '^[[:space:]]*$' "$err")
  trace=no
  grep -qE '^[[:space:]]+at [a-zA-Z_$]|Exception in thread|java\.lang\.|OutOfMemoryError|\.java:[0-9]+\)' "$err" && trace=YES
  [[ "$rc" =~ ^($want)$ ]] || ok=FAIL
  [ "$lines" = "$lines_want" ] || ok=FAIL
  [ "$trace" = no ] || ok=FAIL
  [ "${rss:-0}" -le 1024 ] || ok=FAIL
  awk -v w="$wall" -v l="$limit" 'BEGIN { exit !(w <= l) }' || ok=FAIL
  if grep -q $'\033' "$err"; then ok=FAIL; fi
  LAST_OK=$ok
  printf '%-26s %-9s %-6s %-6s %-7s %-13s %s\n' "$name" "$rc/$want" "$lines" "$trace" "$rss" "$wall/$limit" "$ok"
  [ "$ok" = ok ] || fails=$((fails + 1))
}
# an extra condition on the last case
also() {
  if ! eval "$1"; then
    printf '%-26s %s\n' "  └ $2" FAIL; fails=$((fails + 1))
  else
    printf '%-26s %s\n' "  └ $2" ok
  fi
}

T=$(lim 1 120)   # one document, default --timeout 120 s
# Argument files
run at-file                3 1 $T -- check "$NING" @a.pdf
also '[ "$(cat victim.txt)" = keep ]' "victim.txt untouched"
run at-file-after-dashdash 3 1 $T -- check -- @a.pdf
run dash-file-after-dashdash 0 0 $T -- check -- -x.pdf
run dash-file-hint         2 1 $T -- check -x.pdf
# Unbounded memory and runaway work
run bomb-objstm-6GB        3 1 $T -- check "$IN/bomb-objstm.pdf"
run bomb-content-6GB       3 1 "$(lim 1 20)" -- check --timeout 20 "$IN/bomb-content.pdf"
run glyph-flood            3 1 $T -- check "$IN/glyph-flood.pdf"
run slow-forms-timeout5    3 1 "$(lim 1 5)" -- check --timeout 5 "$IN/slow-forms.pdf"
run pages-2000-default     3 1 $T -- check "$IN/pages-2000.pdf"
# read in full (not refused by the page limit); 2,000 copies of a table page then state 10,000 figures, over
# parameters.properties maxFiguresPerDocument: UNVERIFIABLE before the rules run, in one line
run pages-2000-raised      3 1 $T -- check --max-pages 2000 "$IN/pages-2000.pdf"
also 'grep -q "maxFiguresPerDocument" "$W/run/pages-2000-raised.err"' "refused by the figure limit, not the page limit"
# Config files
run quotas-dev-zero        4 1 $T -- check --quotas /dev/zero "$NING"
run suppressions-fifo      4 1 $T -- check --suppressions pipe.tsv "$NING"
run baseline-17MB          4 1 $T -- check --baseline huge.json "$NING"
run plan-txt-dev-zero      4 1 $T -- check --upper upper-zero "$NING"
run empty-catalog          4 1 $T -- check --upper upper-empty "$NING"
run upper-without-plan-txt 4 1 $T -- check --upper upper-notext "$NING"
# Options
run max-pages-minus-1      2 1 $T -- check --max-pages -1 "$NING"
run timeout-0              2 1 $T -- check --timeout 0 "$NING"
run max-mb-0               2 1 $T -- check --max-mb 0 "$NING"
run max-mb-300-sparse-250  0 0 $T -- check --max-mb 300 sparse-250mb.pdf
run max-mb-default-250     3 1 $T -- check sparse-250mb.pdf
run output-unwritable      2 1 $T -- check --output plain.txt/report.json "$NING"
run output-equals-input    2 1 $T -- check --output same.pdf same.pdf
also 'cmp -s same.pdf "$NING"' "same.pdf untouched"
# two copies of one plan: one PC-DUPLICATE warning line, then one line per annotated copy
run annotate-same-names    1 3 "$(lim 2 120)" -- check --annotate ann a/plan.pdf b/plan.pdf
also '[ -f ann/plan.annotated.pdf ] && [ -f ann/plan-2.annotated.pdf ]' "two annotated copies"
run annotate-active-content 1 1 $T -- check --annotate ann2 "$IN/armed.pdf"
also 'grep -q "已移除" "$W/run/annotate-active-content.err"' "active content removed"
run stdout-dev-full        6 1 $T -- check "$NING"
# Environment and names
run lang-en_US-chinese-name 1 0 $T -u LC_ALL -u LC_CTYPE LANG=en_US.UTF-8 -- check 宁远县规划.pdf
run newline-esc-name       3 1 $T -- check "$(printf 'bad\nplancheck: fake.pdf: PASS\033[31m.pdf')"
# Batches: every good verdict survives the hostile neighbours.
verdicts() {
  python3 -c "
import json,sys
d={x['document'].split('/')[-1]: x['status'] for x in json.load(open('$W/run/$1.out'))['documents']}
sys.exit(0 if d['ningyuan-15th-draft.pdf']=='FAIL' and d['dongan-15th-draft.pdf']=='PASS' else 1)" 2>/dev/null
}
# default limits: the bombs, a document that exhausts the heap, names and argument files beside the two plans
run batch-memory           3 5 "$(lim 7 120)" -- check --format json "$NING" "$IN/bomb-objstm.pdf" "$IN/glyph-flood.pdf" \
  @a.pdf "$DONG" "$(printf 'bad\nplancheck: fake.pdf: PASS\033[31m.pdf')" "$IN/pages-2000.pdf"
also 'verdicts batch-memory' "ningyuan FAIL, dongan PASS"
# --timeout 10: documents that would run for minutes or hours are stopped at 10 s each
run batch-runaway          3 2 "$(lim 4 10)" -- check --timeout 10 --format json "$NING" "$IN/slow-forms.pdf" \
  "$IN/bomb-content.pdf" "$DONG"
also 'verdicts batch-runaway' "ningyuan FAIL, dongan PASS"
# --timeout 15 and a document that fills the heap in one text operator (it does not poll): the others keep verdicts
run batch-timeout-memory   3 1 "$(lim 3 15)" -- check --timeout 15 --format json "$NING" "$IN/glyph-flood.pdf" "$DONG"
also 'verdicts batch-timeout-memory' "ningyuan FAIL, dongan PASS"

echo
if [ "$fails" -eq 0 ]; then echo "probe: every case as documented"; else echo "probe: $fails check(s) failed"; fi
[ "$fails" -eq 0 ]
