#!/bin/sh
# Command-line start-up, measured beside `java -version` in the same run: the median wall time of
# N fresh JVMs each for `java -version`, `java -jar` on the runnable jar validating one document,
# and the launcher (with its class-data archive, made by a first run that is not counted).
# Run from the repository after `./mvnw -q -pl cli -am package -DskipTests`.
set -eu
cd "$(dirname "$0")/.."
n=${N:-21}
jar=$(ls cli/target/campaign-cli-*-all.jar | head -n 1)
document=core/src/test/resources/org/campaignmodel/testing/fixtures/article/seed.json
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
export XDG_CACHE_HOME="$cache"

median() {
  # runs "$@" n times and prints the median wall time in milliseconds
  times=""
  i=0
  while [ "$i" -lt "$n" ]; do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times="$times $(( (end - start) / 1000000 ))"
    i=$((i + 1))
  done
  echo "$times" | tr ' ' '\n' | grep . | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

sh cli/target/campaign validate "$document" >/dev/null
echo "java:     $("$java" -version 2>&1 | head -n 1)"
echo "runs:     $n each, median wall time"
echo "java -version:                        $(median "$java" -version) ms"
echo "java -jar campaign-cli validate:      $(median "$java" -jar "$jar" validate "$document") ms"
echo "cli/target/campaign validate (AppCDS): $(median sh cli/target/campaign validate "$document") ms"
