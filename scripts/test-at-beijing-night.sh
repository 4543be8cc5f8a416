#!/usr/bin/env bash
# Runs the test suite with the clock of every process (Node, decap-server, Chromium) moved to the
# next 00:37 Beijing time, when the UTC date and the Beijing date differ: a test or a feature
# that takes "today" from the machine's clock instead of from Beijing time fails in any run, not
# only in CI runs that happen to start between 16:00 and 24:00 UTC. Uses Debian's faketime
# (libfaketime); the clock keeps running from there.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v faketime >/dev/null 2>&1; then
  echo "需要 faketime(apt-get install faketime)/ faketime is not installed (apt-get install faketime)" >&2
  exit 1
fi
now=$(date -u +%s)
target=$(date -u -d "$(date -u +%F) 16:37:00" +%s)   # 00:37 the next day in Beijing (UTC+8)
if [ "$target" -le "$now" ]; then target=$((target + 86400)); fi
offset=$((target - now))
echo "Running the tests at $(date -u -d "@$target" '+%F %T') UTC = $(TZ=Asia/Shanghai date -d "@$target" '+%F %T') Beijing time" >&2
# A relative offset (not a fixed start time) keeps the clocks of all child processes in step;
# -m: the multithreaded libfaketime (Node and Chromium use threads).
#
# NO_FAKE_STAT: file times stay real. Faking them, libfaketime (0.9.10, Debian 12) takes one
# semaphore shared by every process under this faketime around each stat() call; a process killed
# inside one (Chromium's helpers at browser close, a shell the tests stop) leaves it taken, and
# every process that then starts or calls stat() waits forever. A CI run hung that way: every
# Vitest worker started after it timed out. tests/night-clock.test.ts kills such a process.
export NO_FAKE_STAT=1
if [ "$#" -eq 0 ]; then set -- npm test; fi
exec faketime -m -f "+${offset}" "$@"
