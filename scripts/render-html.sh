#!/usr/bin/env bash
# Renders an HTML report to PNG with headless Chromium, offline, to check how a reviewer will see it.
# Usage: scripts/render-html.sh report.html [out.png] [width,height]
set -euo pipefail
in="${1:?usage: scripts/render-html.sh report.html [out.png] [width,height]}"
out="${2:-${in%.html}.png}"
size="${3:-1280,2000}"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
[ -n "$browser" ] || { echo "render-html: chromium not found (apt-get install -y chromium)" >&2; exit 2; }
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
abs="$(cd "$(dirname "$in")" && pwd)/$(basename "$in")"
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
"$browser" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" \
  --screenshot="$out" --window-size="$size" "file://$abs" >/dev/null 2>&1
[ -s "$out" ] || { echo "render-html: no screenshot written" >&2; exit 1; }
echo "$out"
