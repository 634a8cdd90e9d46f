#!/usr/bin/env bash
# Load benchmark of `GET /funds/{fund_id}/indicators` (SPEC §7.1, a fund's indicators side by
# side) on a release build, for funds of 14, 100 and 1,000 sheets, on SQLite and PostgreSQL.
#
# Each fund holds the example sheets cycled over its regions (the 13 seed sheets and a copy for
# 长沙 make the 14-sheet fund; the larger funds need more regions than Hunan's 14, so the script
# adds numbered test regions straight into the database, as only a benchmark would). Every sheet
# is approved, has a submitted July report (every indicator reported) and a submitted
# self-evaluation, so the view reads all it can read: the fund, its sheets and indicators, the
# latest counted month, that month's reports with their lines, the evaluations.
#
# The service is pinned to CPU 0 and the load generator (hey) to CPU 1 with taskset. For each
# fund it measures the highest rate (closed loop, BENCH_CONNECTIONS connections, BENCH_SECONDS
# seconds) with p50/p99, then p50/p99 at a fixed rate of half that maximum. Percentiles are
# computed from hey's per-request CSV. Results go to target/bench-side-by-side/results.json and a
# Markdown table on standard output.
#
#   scripts/bench-side-by-side.sh
#   BENCH_BACKENDS=sqlite BENCH_SIZES="14 100" scripts/bench-side-by-side.sh
#
# Needs: hey (Debian package `hey`), taskset, curl, python3, sqlite3 or psql; for PostgreSQL a
# server at BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres).
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH="${BENCH_SECONDS:-10}"
CONNECTIONS="${BENCH_CONNECTIONS:-4}"
BACKENDS="${BENCH_BACKENDS:-sqlite postgres}"
SIZES="${BENCH_SIZES:-14 100 1000}"
PG_ADMIN="${BENCH_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
OUT="target/bench-side-by-side"
SERVER_CPU=0
LOAD_CPU=1

command -v hey >/dev/null || { echo "hey is missing: apt-get install hey" >&2; exit 1; }
command -v taskset >/dev/null || { echo "taskset is missing (util-linux)" >&2; exit 1; }

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

# hey, pinned; prints "rps p50_ms p99_ms ok_ratio" from its per-request CSV.
load() {
  local name="$1"; shift
  taskset -c "$LOAD_CPU" timeout $((SECONDS_EACH + 60)) hey -z "${SECONDS_EACH}s" -o csv "$@" \
    >"$WORK/$name.csv"
  python3 - "$WORK/$name.csv" "$SECONDS_EACH" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
lat = sorted(float(r["response-time"]) * 1000 for r in rows)
ok = sum(1 for r in rows if r["status-code"].startswith("2"))
def pct(p):
    return lat[min(len(lat) - 1, int(round(p / 100 * (len(lat) - 1))))] if lat else 0.0
print(f"{len(rows) / float(sys.argv[2]):.1f} {pct(50):.2f} {pct(99):.2f} {ok / max(len(rows), 1):.4f}")
PY
}

results="$OUT/results.json"
echo "[" >"$results"
first=1
for backend in $BACKENDS; do
  case "$backend" in
    sqlite) DB_URL="$WORK/bench.db" ;;
    postgres)
      name="perf_targets_sbs_$$"
      psql "$PG_ADMIN" -qc "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name"
      DB_URL="${PG_ADMIN%/*}/$name"
      ;;
    *) echo "unknown backend $backend" >&2; exit 1 ;;
  esac
  PORT=$(free_port)
  URL="http://127.0.0.1:$PORT"
  taskset -c "$SERVER_CPU" timeout 1800 "$BIN" serve --database-url "$DB_URL" \
    --addr "127.0.0.1:$PORT" --admin-token-file "$WORK/token-$backend" \
    --rate-limit 0 --upload-limit-mib 0 --log-format json >"$WORK/server-$backend.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 100); do curl -fsS "$URL/readyz" >/dev/null 2>&1 && break; sleep 0.2; done
  TOKEN=$(cat "$WORK/token-$backend")

  # Test regions 990001–990986 beside Hunan's 14: a fund of 1,000 sheets needs 1,000 regions.
  regions_sql="INSERT INTO regions (code, name, short_name) VALUES $(python3 -c '
print(",".join(f"(\x27{990000 + k}\x27, \x27测试地区{k:04d}\x27, \x27测试{k:04d}\x27)" for k in range(1, 987)))')"
  case "$backend" in
    sqlite) sqlite3 "$DB_URL" "$regions_sql" ;;
    postgres) psql "$DB_URL" -qc "$regions_sql" ;;
  esac

  # One fund per size: sheets, approvals, July reports and self-evaluations, all submitted.
  python3 - "$URL" "$TOKEN" "$SIZES" >"$WORK/funds-$backend" <<'PY'
import json, sys, urllib.request
url, token, sizes = sys.argv[1], sys.argv[2], [int(s) for s in sys.argv[3].split()]
def call(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url + path, method=method, data=data,
                                 headers={"Authorization": f"Bearer {token}",
                                          "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=600) as res:
        return json.load(res)
example = json.load(open("examples/2024-cross-border-ecommerce.json"))
seed = example["sheets"]
hunan = ["430100"] + [s["region_code"] for s in seed]
extra = [str(990000 + k) for k in range(1, 987)]
regions = hunan + extra
def value(ind):
    p = ind["target_parsed"] or {}
    if p.get("kind") == "QUANTITATIVE" and p.get("value") is not None:
        return f'{p["value"]}{p.get("unit") or ""}'
    if p.get("kind") == "RELATIVE":
        # A growth at least the target's (正增长 and bare 同比增长 read as 0).
        return f'同比增长{max(float(p.get("value") or 0), 8):g}%'
    if p.get("kind") == "DEADLINE":
        return "2024年11月"
    return "效果较好"
for size in sizes:
    fund = call("POST", "/api/v1/funds", {"name": f"2024年度横向比较测试资金 {size}", "year": 2024,
                                           "template": example["fund"]["template"]})
    fid = fund["id"]
    docs = []
    for k in range(size):
        doc = dict(seed[k % len(seed)], fund_id=fid, region_code=regions[k])
        doc["departments"] = ["测试部门"]
        docs.append(doc)
    summary = call("POST", "/api/v1/sheets/bulk", docs)
    assert summary["created"] == size, summary
    sheets = call("GET", f"/api/v1/sheets?fund_id={fid}&page_size=500", None)
    items = sheets["items"]
    while sheets.get("next_page_token"):
        token_ = sheets["next_page_token"]
        sheets = call("GET", f"/api/v1/sheets?fund_id={fid}&page_size=500&page_token={token_}")
        items += sheets["items"]
    assert len(items) == size, len(items)
    for s in items:
        sid = s["id"]
        for verb in ("submit", "approve"):
            call("POST", f"/api/v1/sheets/{sid}/{verb}")
        lines = [{"indicator_id": i["id"], "actual": value(i), "expected": value(i),
                  "likelihood": "CERTAIN"} for i in s["indicators"]]
        call("PUT", f"/api/v1/sheets/{sid}/monitoring/7", {"executed_funds": "50", "indicators": lines})
        call("POST", f"/api/v1/sheets/{sid}/monitoring/7/submit")
        judged = lambda i: (i["target_parsed"] or {}).get("kind") == "QUALITATIVE" or not (i["target_parsed"] or {}).get("measurable", True)
        elines = [dict({"indicator_id": i["id"], "actual": value(i), "deviation_analysis": "无"},
                       **({"achievement": "ACHIEVED"} if judged(i) else {})) for i in s["indicators"]]
        call("PUT", f"/api/v1/sheets/{sid}/self-evaluation",
             {"executed_funds": s["provincial_funds"], "indicators": elines,
              "budget_deviation_analysis": "配套资金另行核算"})
        call("POST", f"/api/v1/sheets/{sid}/self-evaluation/submit")
    view = call("GET", f"/api/v1/funds/{fid}/indicators")
    assert view["sheets"] == size, view["sheets"]
    print(size, fid, len(view["items"]))
PY
  cat "$WORK/funds-$backend" >&2

  while read -r size fid groups; do
    path="$URL/api/v1/funds/$fid/indicators"
    read -r rps p50 p99 okr < <(load "$backend-$size-max" -c "$CONNECTIONS" -H "Authorization: Bearer $TOKEN" "$path")
    # hey's -q is per connection: half the highest rate over the connections.
    q=$(python3 -c "print(max(0.1, round($rps / 2 / $CONNECTIONS, 2)))")
    read -r frps fp50 fp99 fokr < <(load "$backend-$size-half" -c "$CONNECTIONS" -q "$q" -H "Authorization: Bearer $TOKEN" "$path")
    bytes=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$path" | wc -c)
    printf '%-9s %5s sheets (%s groups, %s bytes): max %7s req/s p50 %8s ms p99 %8s ms (2xx %s) | at %6s req/s: p50 %8s ms p99 %8s ms\n' \
      "$backend" "$size" "$groups" "$bytes" "$rps" "$p50" "$p99" "$okr" "$frps" "$fp50" "$fp99" >&2
    [ $first -eq 1 ] || echo "," >>"$results"
    first=0
    echo "{\"backend\": \"$backend\", \"sheets\": $size, \"groups\": $groups, \"bytes\": $bytes, \"max_rps\": $rps, \"p50_ms\": $p50, \"p99_ms\": $p99, \"ok_ratio\": $okr, \"fixed_rps\": $frps, \"fixed_p50_ms\": $fp50, \"fixed_p99_ms\": $fp99, \"fixed_ok_ratio\": $fokr}" >>"$results"
  done <"$WORK/funds-$backend"
  kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
  [ "$backend" = postgres ] && psql "$PG_ADMIN" -qc "DROP DATABASE IF EXISTS $name WITH (FORCE)"
done
echo "]" >>"$results"

echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
python3 - "$results" <<'PY'
import json, sys
runs = json.load(open(sys.argv[1]))
print("| backend | sheets | groups | body | max req/s | p50 | p99 | half rate | p50 | p99 |")
print("|---|---|---|---|---|---|---|---|---|---|")
for r in runs:
    print(f'| {r["backend"]} | {r["sheets"]:,} | {r["groups"]} | {r["bytes"] / 1024:.0f} KiB | {r["max_rps"]} '
          f'| {r["p50_ms"]} ms | {r["p99_ms"]} ms | {r["fixed_rps"]} req/s | {r["fixed_p50_ms"]} ms | {r["fixed_p99_ms"]} ms |')
PY
