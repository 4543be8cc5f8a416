#!/usr/bin/env bash
# Try the editorial workflow (草稿 → 待审核 → 可以发布 → 发布) on your own machine, without a Git
# host and without touching this checkout: the committed state of the current branch is cloned into
# .tmp/workflow-<time>/ as its `main`, and the site and decap-server run there with decap-server in
# git mode (drafts become cms/… branches, 发布 merges them into the clone's main). Ctrl-C stops both;
# delete the folder afterwards. `npm start` stays the quick way to edit content/ directly.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
dir="$root/.tmp/workflow-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$root/.tmp"
git clone --quiet --no-hardlinks "$root" "$dir"
cd "$dir"
git checkout --quiet -B main
git config user.name "${GIT_AUTHOR_NAME:-本机试用}"
git config user.email "${GIT_AUTHOR_EMAIL:-cms@localhost}"
ln -s "$root/node_modules" node_modules
echo "编辑工作流试用副本:$dir(在这里发布的内容不会进入你的工作目录)"
exec npx concurrently --kill-others --names site,cms --prefix-colors blue,magenta \
  "astro dev $*" \
  "CMS_MODE=git bash scripts/cms-server.sh"
