#!/usr/bin/env bash
# Makes the local copies of the public datasets whose headlines eval/news-claim-pairs.tsv names
# (github:OWNER/NAME@COMMIT:PATH#ROW_ID), at DIR/OWNER+NAME/COMMIT/PATH. The project keeps ids and
# hashes only, never the text: this re-derives it. Each file is checked against its SHA-256.
#   eval/fetch-headlines.sh [DIR] [GIT_DIRS]
# DIR defaults to eval/headlines (git-ignored; the default of `eval matching --headlines`).
# GIT_DIRS, if given, holds git clones named OWNER+NAME (or OWNER+NAME/repo) to read instead of
# downloading from raw.githubusercontent.com.
set -euo pipefail
dir="${1:-eval/headlines}"
git_dirs="${2:-}"
# owner/name commit path sha256
sources=(
  "KaiDMML/FakeNewsNet 654361e1c8d5baa751baf1dac5032df621652280 dataset/politifact_fake.csv abe7fe7aad801b1e2ab5fc963cbd0881d9670190262ae3df85e91c3380bd004c"
  "SarithRavI/FakeNewsNet-extended 0dee7a70a2a4221a59ebf6c5f0cd23f47c8bd043 dataset/gossipcop_fake.csv 9938eb84c40501cb5f17e3c08b6f7ebd3c73f94cf4c2652b2a7127beb3f5cc7c"
)
for s in "${sources[@]}"; do
  read -r repo commit path sum <<<"$s"
  out="$dir/${repo/\//+}/$commit/$path"
  mkdir -p "$(dirname "$out")"
  local_git=""
  for g in "$git_dirs/${repo/\//+}/repo" "$git_dirs/${repo/\//+}"; do
    if [ -n "$git_dirs" ] && git -C "$g" cat-file -e "$commit:$path" 2>/dev/null; then local_git="$g"; break; fi
  done
  if [ -n "$local_git" ]; then
    git -C "$local_git" show "$commit:$path" >"$out"
  else
    curl -fsSL "https://raw.githubusercontent.com/$repo/$commit/$path" -o "$out"
  fi
  echo "$sum  $out" | sha256sum -c --quiet - || { echo "fetch-headlines: $out differs from the copy that was labelled" >&2; exit 1; }
  echo "$out"
done
