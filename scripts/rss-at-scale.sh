#!/usr/bin/env bash
# Peak resident memory of the service at scale (SPEC §8): 10,000 seed-shaped sheets in one JSON
# bulk upload (15.6 MB compact), the same upload again onto the loaded database, then every
# sheet exported as JSON, CSV and Excel, and the CSV and Excel files uploaded back, on a fresh
# SQLite file and on a fresh PostgreSQL database.
#
# Each measurement runs in a server process of its own, started for it and stopped after it, so
# that each peak (`VmHWM` in /proc/PID/status) is that of the one request: the upload, the
# re-upload, then `GET /sheets/export?format=json|csv|xlsx`. The sheets are the seed's thirteen
# cycled over 715 funds × 14 regions (examples/2024-cross-border-ecommerce.json, as
# benches/import.rs makes them). Everything listens on loopback, every step is bounded in time,
# and the servers stop by themselves. Not run in CI: it takes minutes. Results go to
# target/rss-at-scale/results.json and a Markdown table on standard output (PERFORMANCE.md).
#
#   scripts/rss-at-scale.sh                          # release build of this checkout
#   RSS_BIN=/path/to/perf-targets scripts/rss-at-scale.sh   # another build (say, of main)
#   RSS_BACKENDS=sqlite RSS_SHEETS=2000 scripts/rss-at-scale.sh
#   RSS_JSON=pretty scripts/rss-at-scale.sh         # the upload indented, non-ASCII escaped (30.7 MB)
#
# Needs: curl, python3, and for PostgreSQL psql and a server at RSS_POSTGRES_URL (default
# postgres://postgres@127.0.0.1:5432/postgres).
set -euo pipefail
cd "$(dirname "$0")/.."

SHEETS="${RSS_SHEETS:-10000}"
BACKENDS="${RSS_BACKENDS:-sqlite postgres}"
PG_ADMIN="${RSS_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
OUT="target/rss-at-scale"
LABEL="${RSS_LABEL:-}"

if [ -n "${RSS_BIN:-}" ]; then
  BIN="$RSS_BIN"
else
  cargo build --release --bin perf-targets
  BIN="$PWD/target/release/perf-targets"
fi
mkdir -p "$OUT"
WORK=$(mktemp -d)
SERVER_PID=""
PG_NAME=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; fi
  if [ -n "$PG_NAME" ]; then psql "$PG_ADMIN" -qc "DROP DATABASE IF EXISTS $PG_NAME WITH (FORCE)" || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# free_port, start, peak_rss_mib, stop.
. scripts/rss-server.sh

# The funds (without a budget cap, so that no sheet is refused for it) and the upload body.
python3 - "$WORK" "$SHEETS" <<'PY'
import json, sys
work, n = sys.argv[1], int(sys.argv[2])
regions = [("430100", "长沙市"), ("430200", "株洲市"), ("430300", "湘潭市"), ("430400", "衡阳市"),
           ("430500", "邵阳市"), ("430600", "岳阳市"), ("430700", "常德市"), ("430800", "张家界市"),
           ("430900", "益阳市"), ("431000", "郴州市"), ("431100", "永州市"), ("431200", "怀化市"),
           ("431300", "娄底市"), ("433100", "湘西州")]
seed = json.load(open("examples/2024-cross-border-ecommerce.json"))["sheets"]
funds = (n + len(regions) - 1) // len(regions)
json.dump([{"name": f"规模测试资金{i:04d}", "year": 2024} for i in range(funds)],
          open(f"{work}/funds.json", "w"), ensure_ascii=False)
docs = []
for i in range(n):
    code, name = regions[i % len(regions)]
    doc = dict(seed[i % len(seed)], region_code=code, departments=[f"{name}商务局", f"{name}财政局"])
    doc["fund_index"] = i // len(regions)
    docs.append(doc)
json.dump(docs, open(f"{work}/template.json", "w"), ensure_ascii=False)
PY

results="$OUT/results${LABEL:+-$LABEL}.json"
echo "[" >"$results"
first=1
for backend in $BACKENDS; do
  case "$backend" in
    sqlite) DB_URL="$WORK/rss.db" ;;
    postgres)
      PG_NAME="perf_targets_rss_$$"
      psql "$PG_ADMIN" -qc "DROP DATABASE IF EXISTS $PG_NAME" -c "CREATE DATABASE $PG_NAME"
      DB_URL="${PG_ADMIN%/*}/$PG_NAME"
      ;;
    *) echo "unknown backend $backend" >&2; exit 1 ;;
  esac
  rm -f "$WORK/token"

  # The funds, in a server of their own; then the body naming their ids.
  start
  python3 - "$WORK" "$URL" "$TOKEN" <<'PY'
import json, os, sys, urllib.request
work, url, token = sys.argv[1:]
def call(method, path, body):
    req = urllib.request.Request(url + path, method=method, data=json.dumps(body).encode(),
                                 headers={"Authorization": f"Bearer {token}",
                                          "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as res:
        return json.load(res)
ids = [call("POST", "/api/v1/funds", f)["id"] for f in json.load(open(f"{work}/funds.json"))]
docs = json.load(open(f"{work}/template.json"))
for d in docs:
    d["fund_id"] = ids[d.pop("fund_index")]
if os.environ.get("RSS_JSON") == "pretty":
    # Python's defaults with an indent: every Chinese character escaped (\uXXXX), 30.7 MB.
    body = json.dumps(docs, indent=2).encode()
else:
    body = json.dumps(docs, ensure_ascii=False, separators=(",", ":")).encode()
open(f"{work}/upload.json", "wb").write(body)
print(f"{len(ids)} funds; the upload is {len(docs)} sheets, {len(body) / 1e6:.1f} MB", file=sys.stderr)
PY
  stop

  # The upload, one atomic request (every sheet CREATED); then the same again onto the loaded
  # database (every sheet UNCHANGED: each stored sheet read and compared).
  declare -A rss=() secs=() size=()
  for pass in upload reupload; do
    start
    t0=$(date +%s.%N)
    code=$(curl -sS --max-time 600 -o "$WORK/summary.json" -w '%{http_code}' \
      -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \
      --data-binary "@$WORK/upload.json" "$URL/api/v1/sheets/bulk")
    t1=$(date +%s.%N)
    rss[$pass]=$(peak_rss_mib)
    stop
    want=created; [ "$pass" = upload ] || want=unchanged
    got=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get(sys.argv[2]))' "$WORK/summary.json" "$want")
    [ "$code" = 200 ] && [ "$got" = "$SHEETS" ] || {
      echo "$backend: the $pass answered $code, $want $got" >&2; exit 1; }
    secs[$pass]=$(python3 -c "print(f'{$t1 - $t0:.1f}')")
    echo "$backend $pass of $SHEETS sheets: ${secs[$pass]} s, peak RSS ${rss[$pass]} MiB" >&2
  done

  # Each export in a server of its own.
  for format in json csv xlsx; do
    start
    t0=$(date +%s.%N)
    code=$(curl -sS --max-time 600 -o "$WORK/export.$format" -w '%{http_code}' \
      -H "Authorization: Bearer $TOKEN" "$URL/api/v1/sheets/export?format=$format")
    t1=$(date +%s.%N)
    rss[$format]=$(peak_rss_mib)
    stop
    [ "$code" = 200 ] || { echo "$backend: export $format answered $code" >&2; exit 1; }
    secs[$format]=$(python3 -c "print(f'{$t1 - $t0:.1f}')")
    size[$format]=$(python3 -c "import os,sys; print(f'{os.path.getsize(sys.argv[1]) / 1e6:.1f}')" "$WORK/export.$format")
    echo "$backend export $format: ${size[$format]} MB in ${secs[$format]} s, peak RSS ${rss[$format]} MiB, sha256 $(sha256sum "$WORK/export.$format" | cut -c1-16)" >&2
  done
  # The JSON export holds every sheet.
  python3 - "$WORK/export.json" "$SHEETS" <<'PY'
import json, sys
n = len(json.load(open(sys.argv[1])))
assert n == int(sys.argv[2]), f"the JSON export holds {n} sheets"
PY

  # The CSV and Excel exports uploaded back (every sheet read from the file, checked and
  # UNCHANGED), each in a server of its own.
  for format in csv xlsx; do
    media=text/csv
    [ "$format" = xlsx ] && media=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
    start
    t0=$(date +%s.%N)
    code=$(curl -sS --max-time 600 -o "$WORK/summary.json" -w '%{http_code}' \
      -H "Authorization: Bearer $TOKEN" -H "Content-Type: $media" \
      --data-binary "@$WORK/export.$format" "$URL/api/v1/sheets/bulk")
    t1=$(date +%s.%N)
    rss[back_$format]=$(peak_rss_mib)
    stop
    got=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("unchanged"))' "$WORK/summary.json")
    [ "$code" = 200 ] && [ "$got" = "$SHEETS" ] || {
      echo "$backend: the $format upload answered $code, unchanged $got" >&2; exit 1; }
    secs[back_$format]=$(python3 -c "print(f'{$t1 - $t0:.1f}')")
    echo "$backend $format export uploaded back: ${secs[back_$format]} s, peak RSS ${rss[back_$format]} MiB" >&2
  done

  if [ "$backend" = postgres ]; then
    psql "$PG_ADMIN" -qc "DROP DATABASE IF EXISTS $PG_NAME WITH (FORCE)"
    PG_NAME=""
  fi
  [ $first -eq 1 ] || echo "," >>"$results"
  first=0
  cat >>"$results" <<EOF
{"backend": "$backend", "sheets": $SHEETS,
 "upload": {"peak_rss_mib": ${rss[upload]}, "seconds": ${secs[upload]}},
 "reupload": {"peak_rss_mib": ${rss[reupload]}, "seconds": ${secs[reupload]}},
 "json": {"peak_rss_mib": ${rss[json]}, "seconds": ${secs[json]}, "mb": ${size[json]}},
 "csv": {"peak_rss_mib": ${rss[csv]}, "seconds": ${secs[csv]}, "mb": ${size[csv]}},
 "xlsx": {"peak_rss_mib": ${rss[xlsx]}, "seconds": ${secs[xlsx]}, "mb": ${size[xlsx]}},
 "back_csv": {"peak_rss_mib": ${rss[back_csv]}, "seconds": ${secs[back_csv]}},
 "back_xlsx": {"peak_rss_mib": ${rss[back_xlsx]}, "seconds": ${secs[back_xlsx]}}}
EOF
  unset rss secs size
done
echo "]" >>"$results"

python3 - "$results" <<'PY'
import json, sys
runs = json.load(open(sys.argv[1]))
print("| backend | JSON upload | the same again (unchanged) | export JSON | export CSV | export Excel | CSV uploaded back | Excel uploaded back |")
print("|---|---|---|---|---|---|---|---|")
for r in runs:
    cells = [f'{r[k]["peak_rss_mib"]} MiB ({r[k]["seconds"]} s)' for k in ("upload", "reupload", "json", "csv", "xlsx", "back_csv", "back_xlsx")]
    print(f'| {r["backend"]} | ' + " | ".join(cells) + " |")
PY
