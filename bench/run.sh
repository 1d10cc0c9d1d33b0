#!/bin/sh
# imgedit's benchmarks, one command from a clean clone (docs/performance.md): builds the distribution when it is
# missing or stale (through ./imgedit), compiles the benchmark's own Java, starts a loopback ModelsLab-compatible
# server and prints the table of medians and same-run ratios.
#
# Usage: bench/run.sh [--runs N] [--batch-runs N] [--latency MS] [--rows 1,2,3,4,5] [--baseline DIR] [--out FILE]
# (--baseline: another build's distribution folder, measured in turn with this one; see docs/performance.md)
# Environment: MODELSLAB_PY (a source checkout of ModelsLab's modelslab-py, for row 2's comparison; without it that
# comparison is skipped), JAVA_HOME (the JDK that runs imgedit, the server and row 1; else java on PATH).
# Needs Java 17+, Maven 3.8 and Python 3.9+ (standard library only; the SDK itself needs requests and pydantic).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd -P)
distribution=$root/cli-app/target/imgedit
classes=$root/bench/target/classes
if [ -n "${JAVA_HOME:-}" ]; then
    java=$JAVA_HOME/bin/java
    javac=$JAVA_HOME/bin/javac
else
    java=$(command -v java)
    javac=$(command -v javac)
fi

echo "bench: building the distribution when stale..." >&2
"$root/imgedit" --version >/dev/null
# Starts from no class-data archive, so the first-use row measures the one that builds it.
rm -rf "$distribution/cache"

echo "bench: compiling the benchmark..." >&2
rm -rf "$classes"
mkdir -p "$classes"
# The test kit's TestImages encodes the photos; it is built beside the distribution but not shipped in it.
testkit=
for jar in "$root"/testkit/target/imgedit-testkit-*.jar; do
    case $jar in
        *-sources.jar|*-javadoc.jar|*-tests.jar) ;;
        *) testkit=$jar ;;
    esac
done
if [ -z "$testkit" ]; then
    echo "bench: error: no testkit/target/imgedit-testkit jar: run 'mvn -DskipTests package' first" >&2
    exit 1
fi
# shellcheck disable=SC2046
"$javac" -nowarn -d "$classes" -cp "$distribution/lib/*:$testkit" $(find "$root/bench/java" -name '*.java')

exec python3 -B "$root/bench/python/harness.py" --imgedit "$distribution/bin/imgedit" --java "$java" \
    --classes "$classes:$testkit" --lib "$distribution/lib" --image "$root/docs/samples/cabin.png" "$@"
