#!/usr/bin/env bash
# Runs tabula-java 1.0.5, the field's standard table extractor, as a peer on corpora with figures truth files and
# prints its row recall: a truth table row (source `table`, the corpus's target year) counts as recovered when one
# extracted row, of lattice (-l) or stream (-t) mode, on the truth row's page, holds the row's name in one cell and
# its target value in another (tabula-score.py says exactly how).
#
# tabula runs in its own JVM on its own classpath (it needs PDFBox 2; it never goes near plancheck's classpath). On
# first use a throwaway Maven project under ${XDG_CACHE_HOME:-$HOME/.cache}/plancheck/tabula/ resolves
# technology.tabula:tabula:1.0.5 and the classpath is cached in cp.txt there (delete the folder to re-resolve).
# tabula 1.0.5's JSON carries no page number, so tabula runs once per PDF, mode and page that holds truth rows
# (`-p N`; tabula reads every page on its own, so this is `-p all` cut by page). The JSON is cached there by PDF
# content (sha256), so a rerun on unchanged PDFs starts no JVM.
#
# Usage: scripts/bench/tabula-peer.sh [--details] [--year YEAR] [CORPUS_DIR...]
#   default corpora: samples/ and every folder under corpora/ that holds X.figures.tsv files
#   --details  also list every truth row not recovered
#   --year     the target year for every corpus (default: targetYear of the upper plan named by the folder's
#              corpus.properties `upper=`, else 2030)
# stdout: one line per corpus; progress on stderr. Exit 0; 3 when Java or Maven is unusable; 2 on bad arguments.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/plancheck/tabula"
version=1.0.5
timeout_s="${TABULA_TIMEOUT:-120}"

details=""
year=""
corpora=()
while [ $# -gt 0 ]; do
  case "$1" in
    --details) details=1 ;;
    --year) shift; year="${1:-}"; [[ "$year" =~ ^[0-9]{4}$ ]] || { echo "tabula-peer: --year needs a year" >&2; exit 2; } ;;
    -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "tabula-peer: unknown option $1" >&2; exit 2 ;;
    *) corpora+=("$1") ;;
  esac
  shift
done

py=""
for c in "${PYTHON:-}" /usr/bin/python3 python3; do
  if [ -n "$c" ] && "$c" -c 'import sys; sys.exit(sys.version_info < (3, 7))' 2>/dev/null; then py="$c"; break; fi
done
[ -n "$py" ] || { echo "tabula-peer: python3 (3.7+) not found" >&2; exit 3; }

# --- Java and Maven ------------------------------------------------------------------------------------------
command -v java >/dev/null || { echo "tabula-peer: java not found (apt-get install openjdk-17-jdk)" >&2; exit 3; }
java -version >/dev/null 2>&1 || { echo "tabula-peer: java does not run: $(java -version 2>&1 | head -1)" >&2; exit 3; }
mkdir -p "$cache/json" || { echo "tabula-peer: cannot create $cache" >&2; exit 3; }
if [ ! -s "$cache/cp.txt" ]; then
  command -v mvn >/dev/null || { echo "tabula-peer: mvn not found (apt-get install maven), needed once to resolve tabula $version" >&2; exit 3; }
  cat > "$cache/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<!-- Throwaway project written by plancheck's scripts/bench/tabula-peer.sh to resolve tabula-java's classpath. -->
<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.plancheck</groupId>
  <artifactId>tabula-peer</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>technology.tabula</groupId>
      <artifactId>tabula</artifactId>
      <version>$version</version>
    </dependency>
  </dependencies>
</project>
EOF
  echo "tabula-peer: resolving technology.tabula:tabula:$version with Maven (once) ..." >&2
  if ! (cd "$cache" && mvn -q -B dependency:build-classpath -Dmdep.outputFile=cp.txt.tmp >"$cache/mvn.log" 2>&1); then
    echo "tabula-peer: Maven could not resolve tabula $version (log: $cache/mvn.log):" >&2
    grep -m3 -E 'ERROR|Could not' "$cache/mvn.log" >&2
    rm -f "$cache/cp.txt.tmp"
    exit 3
  fi
  mv "$cache/cp.txt.tmp" "$cache/cp.txt"
fi
cp="$(cat "$cache/cp.txt")"
jar="$(tr ':' '\n' <"$cache/cp.txt" | grep -m1 "/tabula-$version.jar")"
if [ -z "$jar" ] || [ ! -f "$jar" ]; then
  echo "tabula-peer: the cached classpath $cache/cp.txt lacks tabula-$version.jar (delete $cache and retry)" >&2
  exit 3
fi
if ! java -cp "$cp" technology.tabula.CommandLineApp --version >/dev/null 2>&1; then
  echo "tabula-peer: tabula $version does not start: $(java -cp "$cp" technology.tabula.CommandLineApp --version 2>&1 | head -2)" >&2
  exit 3
fi

# --- corpora -------------------------------------------------------------------------------------------------
if [ ${#corpora[@]} -eq 0 ]; then
  corpora=("$root/samples")
  for d in "$root"/corpora/*/; do
    compgen -G "${d}*.figures.tsv" >/dev/null && corpora+=("${d%/}")
  done
fi

# tabula-score.py runs tabula (one JVM per PDF, mode and truth page; JSON cached by PDF content) and scores
exec "$py" "$here/tabula-score.py" --cp "$cp" --cache "$cache/json" --timeout "$timeout_s" --root "$root" \
    ${year:+--year "$year"} ${details:+--details} -- "${corpora[@]}"
