#!/usr/bin/env bash
# Builds what the local platform needs and starts it: Kafka, MongoDB, SMTP, then the services, the gateway last.
# Works from any directory. Arguments go to the launcher (e.g. --infrastructure-only); settings such as
# PLATFORM_DATA_DIR or PLATFORM_GATEWAY_PORT are read from the environment (see infra/README.md).
# Set SKIP_BUILD=1 to start what was built last time without building again.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

if [[ "${SKIP_BUILD:-}" != "1" ]]; then
  echo "Building the platform (./mvnw -q -B install -DskipTests) ..."
  ./mvnw -q -B install -DskipTests
fi

# The same Java that Maven used, unless JAVA_HOME says otherwise.
java_cmd="java"
if [[ -n "${JAVA_HOME:-}" ]]; then
  java_cmd="$JAVA_HOME/bin/java"
fi

# exec: the launcher takes this shell's place, so Ctrl-C reaches it and it stops everything in reverse order.
exec "$java_cmd" -Xmx128m -XX:+UseSerialGC \
  -Dplatform.repo-root="$repo_root" \
  -cp "$repo_root/infra/local-platform/target/local-platform.jar:$repo_root/infra/local-platform/target/lib/*" \
  org.communitysafety.infra.LocalPlatform "$@"
