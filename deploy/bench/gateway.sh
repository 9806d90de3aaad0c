#!/usr/bin/env bash
# Side-by-side benchmark of the gateway: the same call straight to org-service, through the gateway, and through
# nginx as a plain reverse proxy, in alternating rounds so that the machine's load hits all three alike.
# Prints each round, the medians and the ratios to direct (throughput) and the p99 added (latency).
#
#   deploy/bench/gateway.sh [--gateway URL] [--direct URL] [--token TOKEN] [--rounds N] [--seconds S]
#
# Needs a running suite (./tochuc run; the defaults are its ports), wrk and nginx (apt-get install wrk nginx;
# ./tochuc bench installs them when it can): without them it says so and exits 0, so it can stay in scripts that run
# on machines without them.
# The gateway's read limit must be above what wrk sends (TOCHUC_RATE_LIMIT_READS=100000000 for the suite), or the
# gateway rounds measure 429 answers.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
GATEWAY=http://127.0.0.1:8080
DIRECT=http://127.0.0.1:8081
TOKEN=""
ROUNDS=5
SECONDS_PER_ROUND=10
NGINX_PORT=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --gateway) GATEWAY="$2"; shift 2 ;;
    --direct) DIRECT="$2"; shift 2 ;;
    --token) TOKEN="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --seconds) SECONDS_PER_ROUND="$2"; shift 2 ;;
    --nginx-port) NGINX_PORT="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done

for tool in wrk nginx curl; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIPPED: $tool is not installed (apt-get install -y wrk nginx curl); nothing was measured."
    exit 0
  fi
done
if [[ -z "$TOKEN" ]]; then
  TOKEN="$("$ROOT/tochuc" token --role board-officer)"
fi
AUTH="Authorization: Bearer $TOKEN"

# One org unit to read: the first one listed, or a new one when the database is empty.
ID="$(curl -fsS -H "$AUTH" "$DIRECT/api/v1/org-units?size=1" | grep -o '"id":"[0-9a-f-]\{36\}"' | head -1 | cut -d'"' -f4 || true)"
if [[ -z "$ID" ]]; then
  CODE="BENCH-$RANDOM$RANDOM"
  ID="$(curl -fsS -H "$AUTH" -H 'Content-Type: application/json' -X POST "$DIRECT/api/v1/org-units" \
    -d "{\"code\":\"$CODE\",\"name\":\"Tỉnh ủy Đo tải $CODE\",\"shortName\":\"$CODE\",\"kind\":\"PROVINCIAL_PARTY_COMMITTEE\",\"parentId\":null,\"validFrom\":\"2025-01-03\"}" \
    | grep -o '"id":"[0-9a-f-]\{36\}"' | head -1 | cut -d'"' -f4)"
fi
PATH_UNDER_TEST="/api/v1/org-units/$ID"
curl -fsS -o /dev/null -H "$AUTH" "$GATEWAY$PATH_UNDER_TEST" || { echo "the gateway does not answer $PATH_UNDER_TEST" >&2; exit 1; }

# nginx as a plain reverse proxy with a keep-alive pool to org-service, as it would be deployed.
WORK="$(mktemp -d)"
DIRECT_HOSTPORT="${DIRECT#http://}"
if [[ -z "$NGINX_PORT" ]]; then NGINX_PORT=$(( ${GATEWAY##*:} + 9 )); fi
cat > "$WORK/nginx.conf" <<CONF
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK; proxy_temp_path $WORK; fastcgi_temp_path $WORK; uwsgi_temp_path $WORK; scgi_temp_path $WORK;
  upstream org { server $DIRECT_HOSTPORT; keepalive 64; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / { proxy_pass http://org; proxy_http_version 1.1; proxy_set_header Connection ""; }
  }
}
CONF
nginx -c "$WORK/nginx.conf"
trap 'nginx -c "$WORK/nginx.conf" -s stop 2>/dev/null || true; rm -rf "$WORK"' EXIT
NGINX="http://127.0.0.1:$NGINX_PORT"

# Prints "<requests per second> <p99 in ms>" for one wrk run.
measure() {
  local out
  out="$(wrk -t2 -c32 -d"${SECONDS_PER_ROUND}s" --latency -H "$AUTH" "$1$PATH_UNDER_TEST")"
  if grep -q "Non-2xx" <<<"$out"; then echo "non-2xx answers from $1: $(grep Non-2xx <<<"$out")" >&2; fi
  local rps p99
  rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
  p99="$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v=v*1000}; print v}' <<<"$out")"
  echo "$rps $p99"
}
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "GET $PATH_UNDER_TEST, wrk 2 threads 32 connections, ${SECONDS_PER_ROUND}s rounds; load now: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "warm-up..."
for target in "$DIRECT" "$GATEWAY" "$NGINX"; do measure "$target" >/dev/null; done
declare -A RPS P99
for round in $(seq 1 "$ROUNDS"); do
  line="round $round:"
  for name in direct gateway nginx; do
    case $name in direct) url=$DIRECT ;; gateway) url=$GATEWAY ;; nginx) url=$NGINX ;; esac
    read -r rps p99 < <(measure "$url")
    RPS[$name]+="$rps"$'\n'; P99[$name]+="$p99"$'\n'
    line+=" $name $rps req/s p99 ${p99} ms;"
  done
  echo "$line"
done
d_rps=$(printf '%s' "${RPS[direct]}" | median); g_rps=$(printf '%s' "${RPS[gateway]}" | median); n_rps=$(printf '%s' "${RPS[nginx]}" | median)
d_p99=$(printf '%s' "${P99[direct]}" | median); g_p99=$(printf '%s' "${P99[gateway]}" | median); n_p99=$(printf '%s' "${P99[nginx]}" | median)
echo "medians: direct $d_rps req/s p99 $d_p99 ms | gateway $g_rps req/s p99 $g_p99 ms | nginx $n_rps req/s p99 $n_p99 ms"
awk -v d="$d_rps" -v g="$g_rps" -v n="$n_rps" -v dp="$d_p99" -v gp="$g_p99" -v np="$n_p99" 'BEGIN {
  printf "gateway/direct %.2fx (target >= 0.90), nginx/direct %.2fx; p99 added: gateway %+.2f ms (target <= 2), nginx %+.2f ms\n", g/d, n/d, gp-dp, np-dp }'
# The report's table (deploy/bench-report.sh): the gateway against direct, with nginx's figure beside it, since on
# one machine the load generator, the proxy and the service share the cores and nginx shows what a proxy can reach.
awk -v d="$d_rps" -v g="$g_rps" -v n="$n_rps" -v dp="$d_p99" -v gp="$g_p99" -v np="$n_p99" -v r="$ROUNDS" \
    -v s="$SECONDS_PER_ROUND" 'BEGIN {
  what = sprintf("GET /api/v1/org-units/{id}, wrk 2 threads 32 connections, median of %d rounds of %d s", r, s)
  printf "BENCHROW | gateway | %s, through the gateway | %.0f req/s | %.0f req/s (straight to org-service; nginx %.0f, %.2f×) | %.2f | ≥ 0.90× | %s |\n", what, g, d, n, n/d, g/d, (g/d >= 0.9 ? "yes" : "NO")
  printf "BENCHROW | gateway | %s, p99 added by the gateway | %+.2f ms | %+.2f ms (added by nginx; direct p99 %.2f ms) | - | ≤ 2 ms | %s |\n", what, gp-dp, np-dp, dp, (gp-dp <= 2 ? "yes" : "NO")
}'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
