#!/usr/bin/env bash
# The CMS's local backend (decap-server), which writes entries straight into a checkout. It has no
# login, so it listens on the loopback interface only, whatever the environment says: nobody on
# the office network can edit through it. PORT (default 8081) and GIT_REPO_DIRECTORY (default:
# the current directory) may be set; CMS_MODE=git (scripts/start-workflow.sh) gives the editorial workflow.
set -euo pipefail
export BIND_HOST=127.0.0.1 PORT="${PORT:-8081}" MODE="${CMS_MODE:-fs}" GIT_REPO_DIRECTORY="${GIT_REPO_DIRECTORY:-$PWD}"
exec npx decap-server
