#!/usr/bin/env bash
# Reproduce the vendored front-end assets under src/thungngoen/web/static/vendor/.
#
# The app serves every asset itself (no CDN, works offline). This script fetches the
# packages from the npm registry with `npm pack` into a temporary directory and copies only
# the files the pages use, with each package's licence and a README naming the version.
#
#   scripts/vendor_assets.sh            # pinned versions below
#   HTMX_VERSION=2.0.4 scripts/vendor_assets.sh
set -euo pipefail

HTMX_VERSION="${HTMX_VERSION:-2.0.11}"
SARABUN_VERSION="${SARABUN_VERSION:-5.3.0}"
JSQR_VERSION="${JSQR_VERSION:-1.4.0}"
SWAGGER_UI_VERSION="${SWAGGER_UI_VERSION:-5.35.0}"
CHARTJS_VERSION="${CHARTJS_VERSION:-4.6.1}"
AXE_CORE_VERSION="${AXE_CORE_VERSION:-4.14.1}"

root="$(cd "$(dirname "$0")/.." && pwd)"
vendor="$root/src/thungngoen/web/static/vendor"
test_vendor="$root/tests/browser/vendor"  # used only by the tests, never served
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

unpack() { # unpack <spec> <dir>: npm pack the spec, extract it into $work/<dir>
    (cd "$work" && npm pack --silent "$1" >"$2.name")
    mkdir -p "$work/$2"
    tar -xzf "$work/$(cat "$work/$2.name")" -C "$work/$2" --strip-components=1
}

version_of() { node -p "require('$work/$1/package.json').version"; }

readme() { # readme <target dir> <package> <version> <files...>
    local target="$1" package="$2" version="$3"
    shift 3
    {
        echo "# $package $version"
        echo
        echo "Vendored from the npm registry by scripts/vendor_assets.sh (\`npm pack $package@$version\`)."
        echo
        echo "Files:"
        echo
        for file in "$@"; do echo "- $file"; done
    } >"$target/README.md"
}

# HTMX: the minified build.
unpack "htmx.org@$HTMX_VERSION" htmx
target="$vendor/htmx.org"
rm -rf "$target" && mkdir -p "$target"
cp "$work/htmx/dist/htmx.min.js" "$work/htmx/LICENSE" "$target/"
readme "$target" htmx.org "$(version_of htmx)" htmx.min.js LICENSE

# Sarabun: weights 400 and 600, Thai and Latin subsets, woff2.
unpack "@fontsource/sarabun@$SARABUN_VERSION" sarabun
target="$vendor/sarabun"
rm -rf "$target" && mkdir -p "$target"
fonts=()
for weight in 400 600; do
    for subset in thai latin; do
        file="sarabun-$subset-$weight-normal.woff2"
        cp "$work/sarabun/files/$file" "$target/"
        fonts+=("$file")
    done
done
cp "$work/sarabun/LICENSE" "$target/LICENSE"
readme "$target" @fontsource/sarabun "$(version_of sarabun)" "${fonts[@]}" LICENSE

# jsQR: the browser build, for the pay-by-scan page.
unpack "jsqr@$JSQR_VERSION" jsqr
target="$vendor/jsqr"
rm -rf "$target" && mkdir -p "$target"
cp "$work/jsqr/dist/jsQR.js" "$work/jsqr/LICENSE" "$target/"
readme "$target" jsqr "$(version_of jsqr)" jsQR.js LICENSE

# Swagger UI: the API explorer at /api/docs (FastAPI would load it from a CDN).
unpack "swagger-ui-dist@$SWAGGER_UI_VERSION" swagger
target="$vendor/swagger-ui"
rm -rf "$target" && mkdir -p "$target"
cp "$work/swagger/swagger-ui-bundle.js" "$work/swagger/swagger-ui.css" \
    "$work/swagger/favicon-32x32.png" "$work/swagger/LICENSE" "$target/"
readme "$target" swagger-ui-dist "$(version_of swagger)" swagger-ui-bundle.js swagger-ui.css \
    favicon-32x32.png LICENSE

# Chart.js: the UMD build, for the circulation dashboard's trend charts.
unpack "chart.js@$CHARTJS_VERSION" chartjs
target="$vendor/chart.js"
rm -rf "$target" && mkdir -p "$target"
cp "$work/chartjs/dist/chart.umd.min.js" "$work/chartjs/LICENSE.md" "$target/"
readme "$target" chart.js "$(version_of chartjs)" chart.umd.min.js LICENSE.md

# axe-core: the accessibility checker the browser tests inject (tests/browser/axe.py); it
# lives under tests/, so the app never serves it.
unpack "axe-core@$AXE_CORE_VERSION" axe
target="$test_vendor/axe-core"
rm -rf "$target" && mkdir -p "$target"
cp "$work/axe/axe.min.js" "$work/axe/LICENSE" "$target/"
readme "$target" axe-core "$(version_of axe)" axe.min.js LICENSE

echo "vendored into $vendor and $test_vendor"
