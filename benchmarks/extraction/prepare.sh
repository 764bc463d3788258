#!/usr/bin/env bash
# Copies the benchmark's pages and gold bodies out of clones of their repositories, at the
# commits gold.json names, into a folder that stays out of git (the pages are third-party work).
#   git clone https://github.com/mozilla/readability
#   git clone https://github.com/codelucas/newspaper
#   benchmarks/extraction/prepare.sh path/to/readability path/to/newspaper [OUT]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
readability="$1"; newspaper="$2"; out="${3:-$here/data}"
mkdir -p "$out/pages" "$out/gold"
jq -r '.pages[] | [.source.repo, .source.commit, .source.path, .page, .source.goldPath, .gold, .source.sha256] | @tsv' \
  "$here/gold.json" | while IFS=$'\t' read -r repo commit path page goldpath gold sha; do
  case "$repo" in
    mozilla/readability) clone="$readability" ;;
    codelucas/newspaper) clone="$newspaper" ;;
    *) echo "unknown repository $repo" >&2; exit 2 ;;
  esac
  git -C "$clone" show "$commit:$path" > "$out/$page"
  git -C "$clone" show "$commit:$goldpath" > "$out/$gold"
  echo "$sha  $out/$page" | sha256sum --quiet -c -
done
echo "$(jq '.pages | length' "$here/gold.json") pages in $out"
