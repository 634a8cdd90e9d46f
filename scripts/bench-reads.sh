#!/usr/bin/env bash
# Random sheet reads against /healthz on SQLite and on PostgreSQL (release build): 100 funds ×
# the thirteen example sheets (1,300 sheets) loaded into a fresh database of each backend, then
# BENCH_RUNS rounds (3 by default) of `GET /healthz` and `GET /sheets/{id}` with a random id of
# the 1,300 on every request, each BENCH_SECONDS seconds (8), 16 connections. The service is
# pinned to CPU 0 and wrk to CPU 1 with taskset; PostgreSQL itself is not pinned. Prints each
# round and the medians, with a read's rate as a share of /healthz's.
#
#   scripts/bench-reads.sh
#
# Needs: wrk (Debian package `wrk`), taskset, curl, python3, psql, and a PostgreSQL server at
# BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres). Everything listens on
# loopback; the servers stop by themselves.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH="${BENCH_SECONDS:-8}"
RUNS="${BENCH_RUNS:-3}"
PG_ADMIN="${BENCH_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
command -v taskset >/dev/null || { echo "taskset is missing (util-linux)" >&2; exit 1; }

cargo build --release --bin perf-targets
BIN="$PWD/target/release/perf-targets"
WORK=$(mktemp -d)
SERVER_PID=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# wrk, pinned; prints requests per second.
rate() {
  taskset -c 1 timeout $((SECONDS_EACH + 30)) wrk -t1 -c16 -d"${SECONDS_EACH}s" "$@" |
    awk '/^Requests\/sec:/ {printf "%.0f\n", $2}'
}

declare -A rates=()
for backend in sqlite postgres; do
  case "$backend" in
    sqlite) DB_URL="$WORK/reads.db" ;;
    postgres)
      name="perf_targets_reads_$$"
      psql "$PG_ADMIN" -qc "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name"
      DB_URL="${PG_ADMIN%/*}/$name"
      ;;
  esac
  PORT=$(free_port)
  URL="http://127.0.0.1:$PORT"
  taskset -c 0 timeout 600 "$BIN" serve --database-url "$DB_URL" --addr "127.0.0.1:$PORT" \
    --admin-token-file "$WORK/token-$backend" --rate-limit 0 --upload-limit-mib 0 \
    >"$WORK/server-$backend.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 100); do curl -fsS "$URL/readyz" >/dev/null 2>&1 && break; sleep 0.2; done
  TOKEN=$(cat "$WORK/token-$backend")
  python3 - "$URL" "$TOKEN" <<'PY'
import json, sys, urllib.request
url, token = sys.argv[1:]
def call(method, path, body):
    req = urllib.request.Request(url + path, method=method, data=json.dumps(body).encode(),
                                 headers={"Authorization": f"Bearer {token}",
                                          "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=300) as res:
        return json.load(res)
sheets = json.load(open("examples/2024-cross-border-ecommerce.json"))["sheets"]
for i in range(100):
    fund = call("POST", "/api/v1/funds", {"name": f"读取基准专项 {i:03d}", "year": 2024})["id"]
    summary = call("POST", "/api/v1/sheets/bulk", [dict(s, fund_id=fund) for s in sheets])
    assert summary["created"] == len(sheets), summary
PY
  cat >"$WORK/random.lua" <<LUA
math.randomseed(os.time())
request = function()
  return wrk.format("GET", "/api/v1/sheets/" .. math.random(1, 1300),
                    {["Authorization"] = "Bearer $TOKEN"})
end
LUA
  # Every sheet read once first, as a client would have: the measurement is of steady serving.
  rate -s "$WORK/random.lua" "$URL" >/dev/null
  for run in $(seq 1 "$RUNS"); do
    h=$(rate "$URL/healthz")
    r=$(rate -s "$WORK/random.lua" "$URL")
    rates[$backend-$run]="$h $r"
    echo "$backend run $run: /healthz $h req/s, random GET /sheets/{id} $r req/s" >&2
  done
  kill "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
  [ "$backend" = postgres ] && psql "$PG_ADMIN" -qc "DROP DATABASE IF EXISTS $name"
done

ordered=()
for backend in sqlite postgres; do
  for run in $(seq 1 "$RUNS"); do ordered+=("${rates[$backend-$run]}"); done
done
python3 - "$RUNS" "${ordered[@]}" <<'PY'
import statistics, sys
runs = int(sys.argv[1])
values = [tuple(map(int, v.split())) for v in sys.argv[2:]]
print("| backend | " + " | ".join(f"run {i + 1}" for i in range(runs)) + " | median | share of /healthz |")
print("|---|" + "---|" * (runs + 2))
for k, backend in enumerate(["SQLite", "PostgreSQL"]):
    rows = values[k * runs:(k + 1) * runs]
    cells = [f"{r:,} ({r / h:.0%})" for h, r in rows]
    h_med = statistics.median(h for h, _ in rows)
    r_med = statistics.median(r for _, r in rows)
    print(f"| {backend} | " + " | ".join(cells) + f" | **{r_med:,.0f} req/s** | {r_med / h_med:.0%} of {h_med:,.0f} |")
PY
