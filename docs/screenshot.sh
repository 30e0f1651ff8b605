#!/usr/bin/env bash
# Makes docs/view.png, the README's picture of the HTML view: annotates corpus/samples as one
# page and has headless Chromium photograph it. Needs what ./marsad needs, plus Debian's
# chromium (apt-get install chromium); Arabic renders with the DejaVu Sans that it brings.
set -euo pipefail
cd "$(dirname "$0")/.."
page="$(mktemp -d)/marsad-view.html"
profile="$(mktemp -d)"
./marsad annotate corpus/samples --format html -o "$page"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars \
  --screenshot=docs/view.png --window-size=1280,1600 "file://$page"
rm -rf "$profile"
