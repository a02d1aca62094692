#!/usr/bin/env bash
# Renders the application icon (resources/icons/orchestration-console.svg, drawn by the UI)
# into the raster icons the installers need, and records which SVG they came from.
# Run it after the SVG changes and commit the results; the packaging tests fail while the
# recorded checksum and the SVG disagree.
# Needs (Debian): librsvg2-bin (rsvg-convert), icoutils (icotool), icnsutils (png2icns).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
svg=$here/../../resources/icons/orchestration-console.svg
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# hicolor sizes for Linux (16..256); 512 and 1024 only feed the macOS .icns.
for size in 16 22 24 32 48 64 128 256 512 1024; do
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$svg" -o "$tmp/$size.png"
done
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "$here/hicolor/${size}x${size}"
    cp "$tmp/$size.png" "$here/hicolor/${size}x${size}/orchestration-console.png"
done

# Windows: the sizes Explorer and the taskbar ask for; 256 is stored as PNG (Vista+).
icotool --create --output="$here/orchestration-console.ico" \
    "$tmp/16.png" "$tmp/24.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/128.png" \
    --raw="$tmp/256.png"

# macOS: png2icns picks the icon type from each image's size.
png2icns "$here/orchestration-console.icns" \
    "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/128.png" "$tmp/256.png" "$tmp/512.png" \
    "$tmp/1024.png" >/dev/null

(cd "$here/../.." && sha256sum resources/icons/orchestration-console.svg) > "$here/SOURCE.sha256"
echo "icons regenerated from $(cat "$here/SOURCE.sha256")"
