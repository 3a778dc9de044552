#!/usr/bin/env bash
# Runs the benchmarks against the local platform and writes docs/benchmarks.md: builds the platform (unless
# SKIP_BUILD=1), then the benchmark profile starts it through its launcher on ports of its own, runs the Gatling
# simulations one after another, measures memory and start-up, stops it and prints the table. Arguments go to Maven,
# e.g. -Dbenchmark.scale=0.3 for a quick try, or -Dbenchmark.label=after -Dbenchmark.platform-environment=NAME=value
# for the second run of a before/after pair (benchmarks/README.md).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

if [[ "${SKIP_BUILD:-}" != "1" ]]; then
  echo "Building the platform (./mvnw -q -B package -DskipTests) ..."
  ./mvnw -q -B package -DskipTests
fi

# If the run fails half-way, the platform it started must not outlive it: the launcher stops its children in order.
stop_platform() {
  local figures="$repo_root/benchmarks/target/benchmark/figures.properties"
  [[ -f "$figures" ]] || return 0
  local pid
  # The second gateway (without its token cache) is the run's own child, not the launcher's.
  pid="$(sed -n 's/^pid\.gateway-uncached=//p' "$figures")"
  if [[ -n "$pid" ]] && tr '\0' ' ' 2>/dev/null < "/proc/$pid/cmdline" | grep -q gateway.jar; then
    echo "Stopping the second gateway ($pid)"
    kill "$pid" 2>/dev/null || true
  fi
  pid="$(sed -n 's/^launcher\.pid=//p' "$figures")"
  if [[ -n "$pid" ]] && tr '\0' ' ' 2>/dev/null < "/proc/$pid/cmdline" | grep -q LocalPlatform; then
    echo "Stopping the benchmark's platform (launcher $pid)"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 90); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
}
trap stop_platform EXIT

./mvnw -B -pl benchmarks verify -Pbenchmark "$@"
