#!/usr/bin/env bash
# Runs every benchmark and writes camel-mistral-benchmarks/BENCHMARKS.md (about 5 minutes on 2 cores).
# On a shared machine hold the build lock so that no build runs meanwhile:
#   flock /tmp/mvn.lock camel-mistral-benchmarks/run.sh
# (this script runs Maven itself, so it must not take that lock again).
# Extra arguments go to the launcher: --sizes smoke for a quick check.
set -euo pipefail
module="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$module")"
cd "$root"
mvn -B -q -pl camel-mistral-benchmarks -am -DskipTests package
classpath="$module/target/classes:$(cat "$module/target/runtime-classpath.txt")"
exec java -cp "$classpath" io.github.camelmistral.benchmarks.RunAll --out "$module/BENCHMARKS.md" "$@"
