#!/usr/bin/env bash
# Load benchmark of the HTTP API on a release build, on SQLite and on PostgreSQL, with the
# example data multiplied to 14 regions × 200 funds (2,800 sheets).
#
# The service is pinned to CPU 0 and the load generator (oha) to CPU 1 with taskset, so that
# figures are comparable between runs; PostgreSQL itself is not pinned. Everything listens on
# loopback, every measurement is bounded in time, and the servers stop by themselves.
#
# For each backend and operation it measures the highest rate (closed loop, BENCH_CONNECTIONS
# connections, BENCH_SECONDS seconds) with p50/p99 latency, then p50/p99 at a fixed rate of half
# that maximum, and the server's peak memory. Results go to target/bench-load/results.json and
# a Markdown table on standard output (pasted into PERFORMANCE.md).
#
#   scripts/bench-load.sh                     # both backends
#   BENCH_BACKENDS=sqlite scripts/bench-load.sh
#
# Needs: oha (cargo install oha --locked), taskset (util-linux), curl, python3, and for
# PostgreSQL a server at BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres).
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH="${BENCH_SECONDS:-10}"
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
BACKENDS="${BENCH_BACKENDS:-sqlite postgres}"
PG_ADMIN="${BENCH_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
OUT="target/bench-load"
SERVER_CPU=0
LOAD_CPU=1

command -v oha >/dev/null || { echo "oha is missing: cargo install oha --locked" >&2; exit 1; }
command -v taskset >/dev/null || { echo "taskset is missing (util-linux)" >&2; exit 1; }
[ "$(nproc --all)" -ge 2 ] || { echo "two CPUs are needed to pin server and load apart" >&2; exit 1; }

cargo build --release --bin perf-targets
BIN="$PWD/target/release/perf-targets"
mkdir -p "$OUT"
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

# The documents: 200 funds, and for each the thirteen example sheets plus one for 长沙市.
python3 - "$WORK" <<'PY'
import json, sys
work = sys.argv[1]
example = json.load(open("examples/2024-cross-border-ecommerce.json"))
sheets = example["sheets"]
changsha = dict(sheets[0], region_code="430100", departments=["长沙市商务局", "长沙市财政局"])
template = [dict(s) for s in sheets] + [changsha]
funds = [{"name": f"2024年度专项资金 {i:03d}", "year": 2024, "template": example["fund"].get("template")}
         for i in range(200)]
json.dump(funds, open(f"{work}/funds.json", "w"), ensure_ascii=False)
json.dump(template, open(f"{work}/sheets.json", "w"), ensure_ascii=False)
doc = dict(sheets[0], fund_id=1)
json.dump(doc, open(f"{work}/validate.json", "w"), ensure_ascii=False)
for name, amount in (("put-a", "100"), ("put-b", "101")):
    json.dump(dict(sheets[0], fund_id=1, matching_funds=amount), open(f"{work}/{name}.json", "w"), ensure_ascii=False)
PY

# oha, pinned, with the JSON summary kept; prints "rps p50_ms p99_ms".
load() {
  local name="$1"; shift
  taskset -c "$LOAD_CPU" timeout $((SECONDS_EACH + 30)) oha --no-tui --output-format json \
    -z "${SECONDS_EACH}s" "$@" >"$WORK/$name.json"
  python3 - "$WORK/$name.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
s = r["summary"]
p = r["latencyPercentiles"]
codes = r.get("statusCodeDistribution", {})
ok = sum(v for k, v in codes.items() if k.startswith("2"))
total = sum(codes.values()) or 1
print(f'{s["requestsPerSec"]:.0f} {p["p50"] * 1000:.2f} {p["p99"] * 1000:.2f} {ok / total:.4f}')
PY
}

# Peak resident memory of the service (the child of `timeout`).
peak_rss_mib() {
  local pid
  pid=$(pgrep -P "$SERVER_PID" | head -n 1)
  awk '/VmHWM/ {printf "%.1f", $2 / 1024}' "/proc/$pid/status"
}

results="$OUT/results.json"
echo "[" >"$results"
first=1
for backend in $BACKENDS; do
  case "$backend" in
    sqlite) DB_URL="$WORK/bench.db" ;;
    postgres)
      name="perf_targets_load_$$"
      psql "$PG_ADMIN" -qc "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name"
      DB_URL="${PG_ADMIN%/*}/$name"
      ;;
    *) echo "unknown backend $backend" >&2; exit 1 ;;
  esac
  PORT=$(free_port)
  URL="http://127.0.0.1:$PORT"
  # Limits off: the measurement is of the service, not of its per-token allowance.
  taskset -c "$SERVER_CPU" timeout 900 "$BIN" serve --database-url "$DB_URL" \
    --addr "127.0.0.1:$PORT" --admin-token-file "$WORK/token-$backend" \
    --rate-limit 0 --upload-limit-mib 0 --log-format json >"$WORK/server-$backend.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 100); do curl -fsS "$URL/readyz" >/dev/null 2>&1 && break; sleep 0.2; done
  TOKEN=$(cat "$WORK/token-$backend")
  AUTH="Authorization: Bearer $TOKEN"

  # Load the data: 200 funds, then their 2,800 sheets in one upload per fund (the peak memory
  # measured is that of serving, not of one 2,800-sheet transaction; PERFORMANCE.md has that).
  python3 - "$WORK" "$URL" "$TOKEN" <<'PY'
import json, sys, urllib.request
work, url, token = sys.argv[1:]
def call(method, path, body):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url + path, method=method, data=data,
                                 headers={"Authorization": f"Bearer {token}",
                                          "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=300) as res:
        return json.load(res)
ids = [call("POST", "/api/v1/funds", f)["id"] for f in json.load(open(f"{work}/funds.json"))]
template = json.load(open(f"{work}/sheets.json"))
created = 0
for i in ids:
    summary = call("POST", "/api/v1/sheets/bulk", [dict(s, fund_id=i) for s in template])
    assert summary["created"] == len(template), summary
    created += summary["created"]
print(f"loaded {len(ids)} funds and {created} sheets")

# Fund 200's 14 sheets approved, each with a July monitoring report (ten submitted, four drafts),
# for the fund's picture.
def meeting(ind):
    p = ind["target_parsed"] or {}
    if p.get("kind") == "QUANTITATIVE":
        return f'{p["value"]}{p.get("unit") or ""}'
    return "同比增长8%" if p.get("kind") == "RELATIVE" else "积极推动"
sheets = call("GET", "/api/v1/sheets?fund_id=200&page_size=500", None)["items"]
for k, sheet in enumerate(sheets):
    for verb in ("submit", "approve"):
        call("POST", f'/api/v1/sheets/{sheet["id"]}/{verb}', None)
    lines = [{"indicator_id": i["id"], "actual": meeting(i), "expected": meeting(i),
              "likelihood": "CERTAIN" if k % 3 else "POSSIBLE",
              "deviation_reasons": ["FUNDING"], "measures": "加快进度"} for i in sheet["indicators"]]
    path = f'/api/v1/sheets/{sheet["id"]}/monitoring/7'
    call("PUT", path, {"executed_funds": str(50 + 10 * k), "indicators": lines})
    if k < 10:
        call("POST", f"{path}/submit", None)
print(f"filed {len(sheets)} July reports for fund 200")
PY

  declare -A line=()
  run() {
    local op="$1"; shift
    read -r rps p50 p99 okr < <(load "$backend-$op-max" -c "$CONNECTIONS" "$@")
    local half=$(( rps / 2 )); [ "$half" -ge 1 ] || half=1
    read -r frps fp50 fp99 fokr < <(load "$backend-$op-half" -c "$CONNECTIONS" -q "$half" "$@")
    line[$op]="$rps $p50 $p99 $okr $half $fp50 $fp99 $fokr"
    printf '%-9s %-12s max %6s req/s  p50 %6s ms  p99 %6s ms  (2xx %s) | at %5s req/s: p50 %6s ms  p99 %6s ms\n' \
      "$backend" "$op" "$rps" "$p50" "$p99" "$okr" "$half" "$fp50" "$fp99" >&2
  }
  run healthz "$URL/healthz"
  run get_sheet -H "$AUTH" --rand-regex-url "$URL/api/v1/sheets/([1-9][0-9]{0,2}|1[0-9]{3}|2[0-7][0-9]{2})"
  run list_fund -H "$AUTH" --rand-regex-url "$URL/api/v1/sheets\\?fund_id=([1-9][0-9]?|1[0-9]{2}|200)"
  run fund_monitoring -H "$AUTH" "$URL/api/v1/funds/200/monitoring?month=7"
  run validate -H "$AUTH" -m POST -T application/json -D "$WORK/validate.json" "$URL/api/v1/sheets/validate"
  # PUT: two clients send two versions of sheet 1 at once, so nearly every request is a write;
  # the version counter tells how many were.
  before=$(curl -fsS -H "$AUTH" "$URL/api/v1/sheets/1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["version"])')
  half_c=$(( CONNECTIONS / 2 ))
  taskset -c "$LOAD_CPU" timeout $((SECONDS_EACH + 30)) oha --no-tui --output-format json -z "${SECONDS_EACH}s" \
    -c "$half_c" -H "$AUTH" -m PUT -T application/json -D "$WORK/put-b.json" "$URL/api/v1/sheets/1" \
    >"$WORK/$backend-put-b.json" &
  b_pid=$!
  read -r rps p50 p99 okr < <(load "$backend-put-max" -c "$half_c" -H "$AUTH" -m PUT -T application/json -D "$WORK/put-a.json" "$URL/api/v1/sheets/1")
  wait "$b_pid"
  rps_b=$(python3 -c 'import json,sys; print(round(json.load(open(sys.argv[1]))["summary"]["requestsPerSec"]))' "$WORK/$backend-put-b.json")
  after=$(curl -fsS -H "$AUTH" "$URL/api/v1/sheets/1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["version"])')
  put_rps=$(( rps + rps_b ))
  writes=$(( after - before ))
  echo "$backend   put          two clients: $put_rps req/s (A: p50 $p50 ms, p99 $p99 ms), $writes real writes in ${SECONDS_EACH} s" >&2
  half=$(( put_rps / 4 )); [ "$half" -ge 1 ] || half=1
  taskset -c "$LOAD_CPU" timeout $((SECONDS_EACH + 30)) oha --no-tui --output-format json -z "${SECONDS_EACH}s" \
    -c "$half_c" -q "$half" -H "$AUTH" -m PUT -T application/json -D "$WORK/put-b.json" "$URL/api/v1/sheets/1" \
    >"$WORK/$backend-put-half-b.json" &
  b_pid=$!
  read -r frps fp50 fp99 fokr < <(load "$backend-put-half" -c "$half_c" -q "$half" -H "$AUTH" -m PUT -T application/json -D "$WORK/put-a.json" "$URL/api/v1/sheets/1")
  wait "$b_pid"
  line[put]="$put_rps $p50 $p99 $okr $((half * 2)) $fp50 $fp99 $fokr $writes"
  rss=$(peak_rss_mib)
  echo "$backend   peak RSS of the server: $rss MiB" >&2
  kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
  [ "$backend" = postgres ] && psql "$PG_ADMIN" -qc "DROP DATABASE IF EXISTS $name WITH (FORCE)"

  [ $first -eq 1 ] || echo "," >>"$results"
  first=0
  {
    echo "{\"backend\": \"$backend\", \"peak_rss_mib\": $rss, \"seconds\": $SECONDS_EACH, \"connections\": $CONNECTIONS, \"operations\": {"
    sep=""
    for op in healthz get_sheet list_fund fund_monitoring validate put; do
      set -- ${line[$op]}
      echo "$sep\"$op\": {\"max_rps\": $1, \"p50_ms\": $2, \"p99_ms\": $3, \"ok_ratio\": $4, \"fixed_rps\": $5, \"fixed_p50_ms\": $6, \"fixed_p99_ms\": $7, \"fixed_ok_ratio\": $8${9:+, \"writes\": $9}}"
      sep=","
    done
    echo "}}"
  } >>"$results"
  unset line
done
echo "]" >>"$results"

python3 - "$results" <<'PY'
import json, sys
runs = json.load(open(sys.argv[1]))
names = {"healthz": "`GET /healthz`", "get_sheet": "`GET /sheets/{id}`",
         "list_fund": "`GET /sheets?fund_id=…`", "validate": "`POST /sheets/validate`",
         "fund_monitoring": "`GET /funds/{id}/monitoring?month=7`",
         "put": "`PUT /sheets/{id}`"}
print("| backend | operation | max req/s | p50 | p99 | fixed rate | p50 | p99 |")
print("|---|---|---|---|---|---|---|---|")
for r in runs:
    for op, f in r["operations"].items():
        print(f'| {r["backend"]} | {names[op]} | {f["max_rps"]} | {f["p50_ms"]} ms | {f["p99_ms"]} ms '
              f'| {f["fixed_rps"]} req/s | {f["fixed_p50_ms"]} ms | {f["fixed_p99_ms"]} ms |')
for r in runs:
    ops = r["operations"]
    share = ops["get_sheet"]["max_rps"] / ops["healthz"]["max_rps"]
    print(f'\n{r["backend"]}: reading a sheet runs at {share:.0%} of the /healthz rate; '
          f'peak RSS {r["peak_rss_mib"]} MiB; PUT made {ops["put"].get("writes")} real writes.')
PY
