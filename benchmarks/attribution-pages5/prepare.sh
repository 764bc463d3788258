#!/usr/bin/env bash
# Copies the fifth fresh attribution split's pages out of a clone of adbar/htmldate, at the commit pages.json
# names, into a folder that stays out of git (the pages are third-party work).
#   git clone https://github.com/adbar/htmldate
#   benchmarks/attribution-pages5/prepare.sh path/to/htmldate [OUT]
# A bare clone works too (git -C reads either). The pages are plain HTML; the SHA-256 is of the file itself.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exec "$here/../copy-pages.sh" "$here" "$@"
