#!/usr/bin/env bash
# Peak resident memory of the report and evaluation exports and uploads at scale (SPEC §8, the
# sibling of scripts/rss-at-scale.sh): RSS_REPORTS seed-shaped sheets (default 10,000), each
# approved with a July report and a self-evaluation, then `GET /monitoring/export` and `GET
# /self-evaluations/export` as JSON, CSV and Excel, and the reports and evaluations uploaded
# again as one compact JSON array each (`upload`: all UNCHANGED; `changed`: another amount in
# each, a dry run checking every item as an update), each in a server process of its own (its
# `VmHWM`), for each build named in RSS_BINS, on the same loaded database. RSS_FORMATS picks
# among `json csv xlsx upload changed` (default all).
#
# The sheets are the seed's thirteen cycled over funds × 14 regions (as rss-at-scale.sh makes
# them); a report's lines give each indicator a value that meets its target as the actual and
# expected value (确定能); an evaluation is the seed's example for the sheet's seed region
# (examples/2024-self-evaluations.json). Everything listens on loopback, every step is bounded
# in time, and the servers stop by themselves. Not run in CI. Results go to
# target/rss-at-scale/follow-up.json and a Markdown table on standard output.
#
#   scripts/rss-follow-up.sh                                    # release build of this checkout
#   RSS_BINS="before=/path/a after=/path/b" scripts/rss-follow-up.sh   # builds side by side
#   RSS_BACKENDS=sqlite RSS_REPORTS=2000 scripts/rss-follow-up.sh
#
# The first build named loads the data; RSS_KEEP=FILE keeps the SQLite database there. Needs: curl, python3, and for PostgreSQL psql and a
# server at RSS_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres).
set -euo pipefail
cd "$(dirname "$0")/.."

N="${RSS_REPORTS:-10000}"
FORMATS="${RSS_FORMATS:-json csv xlsx upload changed}"
BACKENDS="${RSS_BACKENDS:-sqlite postgres}"
PG_ADMIN="${RSS_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
OUT="target/rss-at-scale"

if [ -z "${RSS_BINS:-}" ]; then
  cargo build --release --bin perf-targets
  RSS_BINS="this=$PWD/target/release/perf-targets"
fi
mkdir -p "$OUT"
WORK=$(mktemp -d)
SERVER_PID=""
PG_NAME=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; fi
  if [ -n "${RSS_KEEP:-}" ] && [ -f "$WORK/rss.db" ]; then cp "$WORK/rss.db" "$RSS_KEEP"; fi
  if [ -n "$PG_NAME" ]; then psql "$PG_ADMIN" -qc "DROP DATABASE IF EXISTS $PG_NAME WITH (FORCE)" || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# free_port, start, peak_rss_mib, stop.
. scripts/rss-server.sh

results="$OUT/follow-up.json"
echo "[" >"$results"
first=1
for backend in $BACKENDS; do
  case "$backend" in
    sqlite) DB_URL="$WORK/rss.db"; rm -f "$DB_URL"* ;;
    postgres)
      PG_NAME="perf_targets_rssfu_$$"
      psql "$PG_ADMIN" -qc "DROP DATABASE IF EXISTS $PG_NAME" -c "CREATE DATABASE $PG_NAME"
      DB_URL="${PG_ADMIN%/*}/$PG_NAME"
      ;;
    *) echo "unknown backend $backend" >&2; exit 1 ;;
  esac
  rm -f "$WORK/token"

  # The data, loaded by the first build.
  BIN="${RSS_BINS%% *}"; BIN="${BIN#*=}"
  start
  t0=$(date +%s)
  python3 - "$URL" "$TOKEN" "$N" "$WORK" <<'PY'
import http.client, json, sys, urllib.parse
url, token, n, work = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
u = urllib.parse.urlparse(url)
conn = http.client.HTTPConnection(u.hostname, u.port, timeout=900)
def call(method, path, body=None, ok=(200, 201)):
    data = None if body is None else json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
    headers = {"Authorization": f"Bearer {token}"}
    if data is not None:
        headers["Content-Type"] = "application/json"
    conn.request(method, path, body=data, headers=headers)
    res = conn.getresponse()
    text = res.read()
    assert res.status in ok, f"{method} {path}: {res.status} {text[:400]!r}"
    return json.loads(text) if text else None
regions = [("430100", "长沙市"), ("430200", "株洲市"), ("430300", "湘潭市"), ("430400", "衡阳市"),
           ("430500", "邵阳市"), ("430600", "岳阳市"), ("430700", "常德市"), ("430800", "张家界市"),
           ("430900", "益阳市"), ("431000", "郴州市"), ("431100", "永州市"), ("431200", "怀化市"),
           ("431300", "娄底市"), ("433100", "湘西州")]
seed = json.load(open("examples/2024-cross-border-ecommerce.json"))["sheets"]
examples = {e["region_code"]: e for e in json.load(open("examples/2024-self-evaluations.json"))["evaluations"]}
funds = [call("POST", "/api/v1/funds", {"name": f"规模跟踪资金{i:04d}", "year": 2024})["id"]
         for i in range((n + len(regions) - 1) // len(regions))]
docs = []
for i in range(n):
    code, name = regions[i % len(regions)]
    doc = dict(seed[i % len(seed)], region_code=code, departments=[f"{name}商务局", f"{name}财政局"])
    doc["fund_id"] = funds[i // len(regions)]
    docs.append(doc)
summary = call("POST", "/api/v1/sheets/bulk", docs)
assert summary["created"] == n, summary
sheets = call("GET", "/api/v1/sheets/export?format=json")
seed_of = {}
for k, s in enumerate(sorted(sheets, key=lambda s: s["id"])):
    seed_of[s["id"]] = seed[k % len(seed)]["region_code"]
for s in sheets:
    for step in ("submit", "approve"):
        call("POST", f"/api/v1/sheets/{s['id']}/{step}")
def meeting(indicator):
    """A value that meets the indicator's target (as tests/api/follow_up_bulk.rs makes it)."""
    p = indicator.get("target_parsed") or {}
    unit, value = p.get("unit") or "", p.get("value")
    if p.get("kind") == "QUANTITATIVE" and value is not None:
        return f"{value}{unit}"
    if p.get("kind") == "RELATIVE" and value is not None:
        return f"增长{float(value) + 1}%" if p.get("comparator") == "GT" else f"增长{value}%"
    return "成效明显"
reports, evaluations = [], []
for s in sheets:
    by_name = {i["name"]: i["id"] for i in s["indicators"]}
    reports.append({"sheet_id": s["id"], "month": 7, "executed_funds": "100",
                    "indicators": [{"indicator_id": i["id"], "actual": meeting(i),
                                    "expected": meeting(i), "likelihood": "CERTAIN"}
                                   for i in s["indicators"]]})
    e = examples[seed_of[s["id"]]]
    ev = {k: v for k, v in e.items() if k not in ("region_code", "status", "indicators")}
    ev["sheet_id"] = s["id"]
    ev["indicators"] = [dict({k: v for k, v in l.items() if k != "name"}, indicator_id=by_name[l["name"]])
                        for l in e["indicators"]]
    evaluations.append(ev)
for path, items, name in (("/api/v1/monitoring/bulk?mode=partial", reports, "monitoring"),
                          ("/api/v1/self-evaluations/bulk?mode=partial", evaluations, "self-evaluations")):
    # Kept for the upload measured below (compact JSON, as a script sends it).
    with open(f"{work}/upload-{name}.json", "w") as f:
        json.dump(items, f, ensure_ascii=False, separators=(",", ":"))
    # And changed (another executed amount), for a dry run that checks every item as an update.
    with open(f"{work}/changed-{name}.json", "w") as f:
        json.dump([dict(i, executed_funds="101") for i in items], f, ensure_ascii=False,
                  separators=(",", ":"))
    summary = call("POST", path, items)
    assert summary["created"] == n, {k: summary[k] for k in ("created", "failed")} | {"first": summary["items"][:1]}
print(f"{n} sheets approved, each with a report and an evaluation", file=sys.stderr)
PY
  stop
  echo "$backend: loaded in $(( $(date +%s) - t0 )) s" >&2

  for named in $RSS_BINS; do
    label="${named%%=*}"; BIN="${named#*=}"
    for kind in monitoring self-evaluations; do
      for format in $FORMATS; do
        start
        if [ "$format" = upload ] || [ "$format" = changed ]; then
          # upload: the same items again, every one read and checked, all UNCHANGED; changed:
          # another amount in each, a dry run, every item checked as an update.
          if [ "$format" = upload ]; then file="upload-$kind.json"; query=""; want=unchanged
          else file="changed-$kind.json"; query="?dry_run=true"; want=updated; fi
          t0=$(date +%s.%N)
          code=$(curl -sS --max-time 900 -o "$WORK/upload-answer.json" -w '%{http_code}' \
            -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
            --data-binary "@$WORK/$file" "$URL/api/v1/$kind/bulk$query")
          t1=$(date +%s.%N)
          rss=$(peak_rss_mib)
          stop
          [ "$code" = 200 ] || { echo "$backend $label $kind $format answered $code" >&2; exit 1; }
          python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); assert s[sys.argv[3]] == int(sys.argv[2]), {k: s[k] for k in ("created", "updated", "unchanged", "failed")}' \
            "$WORK/upload-answer.json" "$N" "$want"
          secs=$(python3 -c "print(f'{$t1 - $t0:.1f}')")
          mb=$(python3 -c "import os,sys; print(f'{os.path.getsize(sys.argv[1]) / 1e6:.1f}')" "$WORK/$file")
          echo "$backend $label $kind $format: $mb MB in $secs s, peak RSS $rss MiB" >&2
          [ $first -eq 1 ] || echo "," >>"$results"
          first=0
          echo "{\"backend\": \"$backend\", \"build\": \"$label\", \"rows\": $N, \"kind\": \"$kind\", \"format\": \"$format\", \"peak_rss_mib\": $rss, \"seconds\": $secs, \"mb\": $mb}" >>"$results"
          continue
        fi
        t0=$(date +%s.%N)
        code=$(curl -sS --max-time 900 -o "$WORK/export.$format" -w '%{http_code}' \
          -H "Authorization: Bearer $TOKEN" "$URL/api/v1/$kind/export?format=$format")
        t1=$(date +%s.%N)
        rss=$(peak_rss_mib)
        stop
        if [ "$code" != 200 ]; then
          echo "$backend $label $kind $format answered $code: $(head -c 600 "$WORK/export.$format")" >&2
          tail -n 3 "$WORK/server.log" >&2
          [ $first -eq 1 ] || echo "," >>"$results"
          first=0
          echo "{\"backend\": \"$backend\", \"build\": \"$label\", \"rows\": $N, \"kind\": \"$kind\", \"format\": \"$format\", \"status\": $code, \"peak_rss_mib\": $rss}" >>"$results"
          continue
        fi
        secs=$(python3 -c "print(f'{$t1 - $t0:.1f}')")
        mb=$(python3 -c "import os,sys; print(f'{os.path.getsize(sys.argv[1]) / 1e6:.1f}')" "$WORK/export.$format")
        sha=$(sha256sum "$WORK/export.$format" | cut -c1-16)
        echo "$backend $label $kind $format: $mb MB in $secs s, peak RSS $rss MiB, sha256 $sha" >&2
        if [ "$format" = json ]; then
          python3 -c 'import json,sys; n=len(json.load(open(sys.argv[1]))); assert n == int(sys.argv[2]), n' \
            "$WORK/export.json" "$N"
        fi
        [ $first -eq 1 ] || echo "," >>"$results"
        first=0
        echo "{\"backend\": \"$backend\", \"build\": \"$label\", \"rows\": $N, \"kind\": \"$kind\", \"format\": \"$format\", \"peak_rss_mib\": $rss, \"seconds\": $secs, \"mb\": $mb, \"sha256\": \"$sha\"}" >>"$results"
      done
    done
  done

  if [ "$backend" = postgres ]; then
    psql "$PG_ADMIN" -qc "DROP DATABASE IF EXISTS $PG_NAME WITH (FORCE)"
    PG_NAME=""
  fi
done
echo "]" >>"$results"

python3 - "$results" <<'PY'
import json, sys
runs = json.load(open(sys.argv[1]))
formats = [f for f in ("json", "csv", "xlsx", "upload", "changed") if any(r["format"] == f for r in runs)]
cols = [(k, f) for k in ("monitoring", "self-evaluations") for f in formats]
print("| backend | build | " + " | ".join(f"{k} {f}" for k, f in cols) + " |")
print("|---|---|" + "---|" * len(cols))
rows = {}
for r in runs:
    rows.setdefault((r["backend"], r["build"]), {})[(r["kind"], r["format"])] = r
for (backend, build), cells in rows.items():
    print(f"| {backend} | {build} | " + " | ".join(
        f'{cells[c]["peak_rss_mib"]} MiB (' + (f'{cells[c]["seconds"]} s' if "seconds" in cells[c]
                                               else f'answered {cells[c]["status"]}') + ")"
        for c in cols) + " |")
PY
