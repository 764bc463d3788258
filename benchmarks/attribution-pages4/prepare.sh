#!/usr/bin/env bash
# Gunzips the fourth fresh attribution split's pages out of a clone of tiptopjaw/web-content-extraction-benchmark,
# at the commit pages.json names, into a folder that stays out of git (the pages are third-party work).
#   git clone https://github.com/tiptopjaw/web-content-extraction-benchmark
#   benchmarks/attribution-pages4/prepare.sh path/to/web-content-extraction-benchmark [OUT]
# A bare clone works too (git -C reads either). The SHA-256 in pages.json is of the gunzipped HTML.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exec "$here/../copy-pages.sh" "$here" "$@"
