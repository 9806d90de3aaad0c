#!/usr/bin/env bash
# ./tochuc bench: runs every benchmark (tagged "benchmark", excluded from the normal test run) in one Maven run,
# then assembles target/bench/report.md from the BENCHROW lines they print (figure, anchor, ratio, goal) and the
# output of the extra benchmark scripts in deploy/bench/ (e.g. gateway against direct against nginx).
#
# Each benchmark times its figure and its anchor side by side in the same run, because the machine is shared:
# absolute figures move with the load, their ratio much less. The load average goes into the report.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="$ROOT/target/bench"
modules="org-service,cadre-service,task-service,gateway,deploy"
mvn_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --modules) modules="$2"; shift 2 ;;
    --soak) mvn_args+=("-Dtochuc.bench.soak-seconds=$2"); shift 2 ;;
    --people) mvn_args+=("-Dtochuc.bench.people=$2"); shift 2 ;;
    *) mvn_args+=("$1"); shift ;;
  esac
done
mkdir -p "$OUT"
log="$OUT/maven.log"
started="$(date -u '+%Y-%m-%d %H:%M UTC')"
load_before="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"

echo "Running the benchmarks of $modules (log: $log); this takes several minutes..."
# -fae: one module's failure still lets the others report; the report says which failed
mvn -B -fae -pl "$modules" -am verify -Dgroups=benchmark -DexcludedGroups=none \
  -Dsurefire.failIfNoSpecifiedTests=false -DfailIfNoTests=false ${mvn_args[@]+"${mvn_args[@]}"} >"$log" 2>&1
maven_rc=$?

# Extra benchmark scripts (another part of the suite may add some): each prints Markdown, and BENCHROW lines for
# the table. They get where to write and which slot to use in the environment.
hooks_out="$OUT/hooks.md"
: >"$hooks_out"
# The scripts measure a running suite: when none answers on the gateway's port, start one (as ./tochuc run does,
# from what Maven just built) with the read limit lifted, so that wrk measures answers rather than 429s.
suite_pid=""
if [[ -d "$ROOT/deploy/bench" ]] && ! curl -fs -o /dev/null http://127.0.0.1:8080/q/health/ready; then
  if [[ -d "$ROOT/deploy/target/lib" ]]; then
    echo "Starting the suite for the benchmark scripts (log: $OUT/suite.log)..."
    TOCHUC_RATE_LIMIT_READS=100000000 java -Xmx128m -XX:+UseSerialGC -cp "deploy/target/classes:deploy/target/lib/*" \
      vn.tochuc.deploy.Main run --root "$ROOT" >"$OUT/suite.log" 2>&1 &
    suite_pid=$!
    for _ in $(seq 1 180); do
      grep -q "ToChuc is up" "$OUT/suite.log" 2>/dev/null && break
      kill -0 "$suite_pid" 2>/dev/null || break
      sleep 1
    done
  fi
fi
# What the scripts measure with: wrk and nginx (the gateway against direct against nginx), from Debian's packages
# when they are missing and this is a root shell with apt-get, as .ci/run does for Node.js. The package's own
# nginx service is kept from starting (policy-rc.d): the script runs its own, on a port of its own.
if [[ -d "$ROOT/deploy/bench" ]] && { ! command -v wrk >/dev/null 2>&1 || ! command -v nginx >/dev/null 2>&1; }; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing wrk and nginx for deploy/bench/gateway.sh (apt-get install -y wrk nginx)..."
    policy=""
    if [[ ! -e /usr/sbin/policy-rc.d ]]; then
      printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && policy=yes
    fi
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx; } >"$OUT/install.log" 2>&1 \
      || echo "Could not install them (see $OUT/install.log); the gateway script will say it skipped"
    [[ -n "$policy" ]] && rm -f /usr/sbin/policy-rc.d
  else
    echo "wrk or nginx is missing and cannot be installed from here (not root, or no apt-get); the gateway script skips"
  fi
fi
if [[ -d "$ROOT/deploy/bench" ]]; then
  for hook in "$ROOT"/deploy/bench/*; do
    [[ -f "$hook" && -x "$hook" ]] || continue
    echo "Running $(basename "$hook")..."
    {
      echo "### $(basename "$hook")"
      echo
      TOCHUC_BENCH_OUT="$OUT" "$hook" 2>>"$OUT/hooks.err" || echo "(exited with $?; see target/bench/hooks.err)"
      echo
    } >>"$hooks_out"
  done
fi
if [[ -n "$suite_pid" ]]; then
  kill "$suite_pid" 2>/dev/null  # the launcher's shutdown hook stops the services it started
  wait "$suite_pid" 2>/dev/null
fi
load_after="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"

report="$OUT/report.md"
{
  echo "# ToChuc benchmark report"
  echo
  if commit="$(git rev-parse --short HEAD 2>/dev/null)"; then
    git diff --quiet HEAD 2>/dev/null || commit="$commit (with uncommitted changes)"
  else
    commit="? (not a git checkout)"
  fi
  echo "- started $started, commit $commit"
  echo "- machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo) RAM, $(java -version 2>&1 | head -1)"
  echo "- load average (1, 5, 15 min) before: $load_before; after: $load_after"
  echo "- modules: $modules; Maven $( [[ $maven_rc -eq 0 ]] && echo 'succeeded' || echo "FAILED (exit $maven_rc): see target/bench/maven.log")"
  echo
  echo "Each figure is measured beside its anchor in the same run; on a shared machine compare the ratios."
  echo
  echo "| section | what | figure | anchor | ratio | goal | met |"
  echo "|---|---|---|---|---|---|---|"
  grep -h '^BENCHROW |' "$log" "$hooks_out" | sed 's/^BENCHROW //'
  echo
  if [[ -s "$hooks_out" ]]; then
    echo "## Extra benchmark scripts (deploy/bench/)"
    echo
    grep -v '^BENCHROW |' "$hooks_out"
    echo
  fi
  echo "## Every figure printed, with query plans"
  echo
  echo '```'
  grep -h 'BENCHMARK' "$log" | sed 's/^.*BENCHMARK/BENCHMARK/'
  echo '```'
  if [[ $maven_rc -ne 0 ]]; then
    echo
    echo "## Failures"
    echo
    echo '```'
    grep -E '^\[ERROR\]' "$log" | head -40
    echo '```'
  fi
} >"$report"
echo "Report: $report"
grep '^| ' "$report" | head -60
exit $maven_rc
