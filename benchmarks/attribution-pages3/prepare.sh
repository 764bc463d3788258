#!/usr/bin/env bash
# Gunzips the third fresh attribution split's pages out of a clone of scrapinghub/article-extraction-benchmark,
# at the commit pages.json names, into a folder that stays out of git (the pages are third-party work).
#   git clone https://github.com/scrapinghub/article-extraction-benchmark
#   benchmarks/attribution-pages3/prepare.sh path/to/article-extraction-benchmark [OUT]
# A bare clone works too (git -C reads either). The SHA-256 in pages.json is of the gunzipped HTML.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
clone="$1"; out="${2:-$here/data}"
mkdir -p "$out/pages"
jq -r '.pages[] | [.id, .repo, .commit, .path, .sha256] | @tsv' "$here/pages.json" \
  | while IFS=$'\t' read -r id repo commit path sha; do
  if [ "$repo" != "scrapinghub/article-extraction-benchmark" ]; then
    echo "unknown repository $repo" >&2; exit 2
  fi
  git -C "$clone" show "$commit:$path" | gunzip -c > "$out/pages/$id.html"
  echo "$sha  $out/pages/$id.html" | sha256sum --quiet -c -
done
echo "$(jq '.pages | length' "$here/pages.json") pages in $out/pages"
