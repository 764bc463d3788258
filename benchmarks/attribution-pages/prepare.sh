#!/usr/bin/env bash
# Copies the fresh attribution split's pages out of a clone of postlight/parser, at the commit
# pages.json names, into a folder that stays out of git (the pages are third-party work).
#   git clone https://github.com/postlight/parser
#   benchmarks/attribution-pages/prepare.sh path/to/parser [OUT]
# A bare clone works too (git -C reads either).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exec "$here/../copy-pages.sh" "$here" "$@"
