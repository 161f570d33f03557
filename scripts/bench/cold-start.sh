#!/usr/bin/env bash
# Cold start, measured in one run: N alternating fresh processes of `./plancheck --version`, `./plancheck check FILE`
# and `pdftotext FILE`, each timed wall-clock; prints the median and the best of each and the ratios of the medians.
# Usage: scripts/bench/cold-start.sh [FILE] [N]   (defaults: samples/lengshuitan-15th-draft.pdf, 11)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
file="${1:-samples/lengshuitan-15th-draft.pdf}"
n="${2:-11}"
./plancheck --version >/dev/null   # builds and archives first, if needed: not timed
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
declare -a v c p
for ((i = 0; i < n; i++)); do
  v+=("$(ms ./plancheck --version)")
  c+=("$(ms ./plancheck check "$file")")
  p+=("$(ms pdftotext "$file" /dev/null)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
best() { printf '%s\n' "$@" | sort -n | head -1; }
mv=$(median "${v[@]}"); mc=$(median "${c[@]}"); mp=$(median "${p[@]}")
echo "cold start, $n alternating runs each, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '  %-36s median %5d ms  best %5d ms\n' "./plancheck --version" "$mv" "$(best "${v[@]}")"
printf '  %-36s median %5d ms  best %5d ms\n' "./plancheck check $(basename "$file")" "$mc" "$(best "${c[@]}")"
printf '  %-36s median %5d ms  best %5d ms\n' "pdftotext $(basename "$file")" "$mp" "$(best "${p[@]}")"
awk -v c="$mc" -v v="$mv" -v p="$mp" 'BEGIN { printf "  check / --version %.1f×; check / pdftotext %.0f×\n", c / v, c / p }'
