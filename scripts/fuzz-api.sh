#!/usr/bin/env bash
# schemathesis against /api/openapi.json: anonymous, then signed in as the demo editor, with a
# fixed seed and bounded examples so that runs repeat. Fails when either run meets a server error,
# or when an anonymous run of response-schema conformance finds an answer outside the documented
# schema. Needs `schemathesis` on PATH
# (pip install schemathesis==4.32.5). Usage: scripts/fuzz-api.sh [max-examples]
set -euo pipefail
cd "$(dirname "$0")/.."
examples="${1:-25}"
port="${FUZZ_PORT:-4010}"
work="$(mktemp -d)"
export NODE_ENV=test DATABASE_SCHEMA=push DATABASE_URL="file:$work/fuzz.db" \
  DATA_DIR="$work/data" MEDIA_DIR="$work/media" LOG_LEVEL=silent FUZZ_PORT="$port" \
  PAYLOAD_SECRET="${PAYLOAD_SECRET:-fuzz-secret-that-is-long-enough-0123456789}" \
  AUTH_RATE_LIMIT=100000
npx tsx scripts/fuzz-server.ts >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 180); do
  grep -q listening "$work/server.log" && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 1
done
base="http://127.0.0.1:$port"
token="$(curl -sf -H 'content-type: application/json' \
  -d '{"email":"editor@example.org","password":"learning-city-editor"}' \
  "$base/api/users/login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')"
run() {
  local label=$1 checks=$2
  shift 2
  echo "== schemathesis ($label: $checks)"
  schemathesis run "$base/api/openapi.json" --url "$base" --seed 1 \
    --max-examples "$examples" --checks "$checks" --workers 1 "$@"
}
status=0
run anonymous not_a_server_error || status=1
run "signed in as editor" not_a_server_error -H "Authorization: JWT $token" || status=1
run anonymous response_schema_conformance || status=1
exit "$status"
