#!/usr/bin/env bash
# Copies the pages a benchmark's pages.json lists out of a clone of their repository, at the commit each
# entry names, into a folder that stays out of git (the pages are third-party work), and checks each
# page's SHA-256. A path ending in .gz is gunzipped first; the SHA-256 is of the page itself.
#   benchmarks/copy-pages.sh BENCHMARK_DIR CLONE [OUT]     (OUT defaults to BENCHMARK_DIR/data)
# A bare clone works too (git -C reads either). Each benchmark's prepare.sh calls this.
set -euo pipefail
here="$1"; clone="${2:?usage: prepare.sh path/to/clone [OUT]}"; out="${3:-$here/data}"
expected="$(jq -r '.pages[0].repo' "$here/pages.json")"
mkdir -p "$out/pages"
jq -r '.pages[] | [.id, .repo, .commit, .path, .sha256] | @tsv' "$here/pages.json" \
  | while IFS=$'\t' read -r id repo commit path sha; do
  if [ "$repo" != "$expected" ]; then
    echo "pages.json mixes repositories ($expected, $repo): one clone cannot hold both" >&2; exit 2
  fi
  case "$path" in
    *.gz) git -C "$clone" show "$commit:$path" | gunzip -c > "$out/pages/$id.html" ;;
    *) git -C "$clone" show "$commit:$path" > "$out/pages/$id.html" ;;
  esac
  echo "$sha  $out/pages/$id.html" | sha256sum --quiet -c -
done
echo "$(jq '.pages | length' "$here/pages.json") pages in $out/pages"
