#!/usr/bin/env bash
# Generates the Python client from openapi/openapi.json (or SPEC) with openapi-python-client (the
# version pinned in requirements.txt) as the package OUTPUT/perf_targets_client (default OUTPUT:
# clients/python/generated; put OUTPUT on PYTHONPATH to import it), and fails
# when the generator warns: a warning means a part of the API (an operation, a body, a response)
# is missing from the generated client.
#
# Usage: clients/python/generate.sh [OUTPUT [SPEC]]
#   with openapi-python-client and ruff on PATH (pip install -r clients/python/requirements.txt).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${1:-$here/generated}"
spec="${2:-$root/openapi/openapi.json}"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

rm -rf "$out/perf_targets_client"
status=0
mkdir -p "$out"
openapi-python-client generate --path "$spec" --config "$here/config.yaml" \
  --output-path "$out/perf_targets_client" --meta none --fail-on-warning >"$log" 2>&1 || status=$?
cat "$log"
# --fail-on-warning already exits non-zero on a warning; the log is read too, so that neither a
# warning printed another way nor a post hook that could not run (ruff missing) passes.
if [ "$status" -ne 0 ] || grep -qiE 'warning|error|not in PATH' "$log"; then
  echo "FAIL: openapi-python-client reported warnings or errors (exit ${status}); see above" >&2
  exit 1
fi
echo "generated ${out}/perf_targets_client"
