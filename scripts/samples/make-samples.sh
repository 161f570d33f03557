#!/usr/bin/env bash
# Regenerates the sample corpus (samples/*.pdf, their HTML sources and expectations, quotas.tsv, assigned.tsv,
# batch.expected.tsv) from scripts/samples/specs.py. Idempotent; samples/upper/ is not touched.
# Usage: scripts/samples/make-samples.sh [STEM...]
set -euo pipefail
cd "$(dirname "$0")/../.."
repo="${M2_REPO:-$HOME/.m2/repository}/org/apache/pdfbox"
cp="$(ls "$repo"/pdfbox/3.0.8/pdfbox-3.0.8.jar "$repo"/fontbox/3.0.8/fontbox-3.0.8.jar \
      "$repo"/pdfbox-io/3.0.8/pdfbox-io-3.0.8.jar | tr '\n' ':')"
cp="$cp$(ls "${M2_REPO:-$HOME/.m2/repository}"/commons-logging/commons-logging/*/commons-logging-*.jar 2>/dev/null | tail -1)"
python3 scripts/samples/make_samples.py samples "$cp" "$@"
