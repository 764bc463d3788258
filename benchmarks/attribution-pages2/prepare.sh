#!/usr/bin/env bash
# Copies the second fresh attribution split's pages out of a clone of adbar/trafilatura, at the commit
# pages.json names, into a folder that stays out of git (the pages are third-party work).
#   git clone https://github.com/adbar/trafilatura
#   benchmarks/attribution-pages2/prepare.sh path/to/trafilatura [OUT]
# A bare clone works too (git -C reads either).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exec "$here/../copy-pages.sh" "$here" "$@"
