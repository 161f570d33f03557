#!/bin/sh
# Regenerates corpora/scans/: image-only scans of documents of corpora/independent/, made the way a scanner makes them
# (each page rendered to a grey JPEG at the scanner's resolution, some sheets laid slightly askew, the images put
# into a PDF by img2pdf: no text layer), with the source documents' truth copied beside each scan.
#
# A scan shows exactly the pages of its source, so the source's figures (X.figures.tsv) and expected findings
# (X.expected.tsv) hold for it unchanged. A scan may also legitimately come out UNVERIFIABLE (a number read below the
# confidence threshold is unreadable, never a guess): the low-resolution (150 dpi) and skewed scans say so with
# `# accept: UNVERIFIABLE` in their expected file, written here before any of them was read.
#
# Debian packages: poppler-utils img2pdf imagemagick
# Usage: scripts/corpora/scans/make.sh            (from anywhere; about a minute)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
src="$root/corpora/independent"
out="$root/corpora/scans"
for tool in pdftoppm img2pdf; do
  command -v "$tool" >/dev/null 2>&1 || { echo "missing $tool (see the package list in $0)" >&2; exit 2; }
done
# ImageMagick's convert (Debian's is /usr/bin/convert; another convert earlier on PATH may not be ImageMagick)
magick=/usr/bin/convert
[ -x "$magick" ] || magick=$(command -v convert-im6.q16 || true)
"$magick" -version 2>/dev/null | grep -q ImageMagick || { echo "missing ImageMagick (apt-get install imagemagick)" >&2; exit 2; }

mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# stem of the source document, scanner resolution (dpi), skew in degrees (0: laid straight; positive: turned
# anticlockwise, as ImageMagick's -rotate turns clockwise for positive angles)
cat > "$tmp/list" <<'EOF'
huilongxu-15th-grid 300 0
qiyang-15th-lohtml 200 0
jiangyong-15th-lohtml 150 0
jingkai-15th-borderless 300 0.7
ningyuan-15th-comment 200 0
daoxian-energy-special 300 0
dongan-education-special 150 1.0
yongzhou-health-special 200 0.5
shuangpai-15th-twoheader 300 -0.8
jindong-15th-threeline 200 0
yongzhou-water-special 150 0
lingling-15th-borderless 200 -0.6
dongan-15th-notice 300 0
jianghua-15th-star 150 0.7
EOF

while read -r stem dpi skew; do
  name="$stem-scan$dpi"
  [ "$skew" != 0 ] && name="$name-skew"
  pages="$tmp/$stem"
  mkdir -p "$pages"
  pdftoppm -r "$dpi" -gray -jpeg -jpegopt quality=75 "$src/$stem.pdf" "$pages/p"
  if [ "$skew" != 0 ]; then
    # the sheet turned on the glass: the page image rotated, the corners filled with paper white
    cw=$(echo "$skew" | awk '{ printf "%g", -$1 }')
    for f in "$pages"/p-*.jpg; do
      "$magick" "$f" -background white -rotate "$cw" -density "$dpi" -units PixelsPerInch -quality 75 "$f"
    done
  fi
  # fixed dates, so that a rebuild leaves git clean
  img2pdf --creationdate 2026-01-01T00:00:00 --moddate 2026-01-01T00:00:00 -o "$out/$name.pdf" "$pages"/p-*.jpg
  cp "$src/$stem.figures.tsv" "$out/$name.figures.tsv"
  {
    sed -n '1,/^ruleId/{/^#/p}' "$src/$stem.expected.tsv"
    if [ "$dpi" -le 150 ] || [ "$skew" != 0 ]; then
      echo "# accept: UNVERIFIABLE"
    fi
    sed -n '/^ruleId/,$p' "$src/$stem.expected.tsv"
  } > "$out/$name.expected.tsv"
  echo "$name.pdf: $(ls "$pages" | wc -l) pages at $dpi dpi, skew $skew°" >&2
done < "$tmp/list"
cp "$src/quotas.tsv" "$src/assigned.tsv" "$out/"
