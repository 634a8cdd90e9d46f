# Shared by scripts/rss-at-scale.sh and scripts/rss-follow-up.sh (sourced, not run): one server
# process per measurement. Uses $BIN, $DB_URL and $WORK; `start` sets SERVER_PID, URL and TOKEN.

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Starts $BIN on $DB_URL (in the background, stopped by `timeout` after SERVER_TIMEOUT seconds,
# 30 minutes by default) and waits until it answers. Limits off: the measurement is of the
# service, not of its per-token allowance.
start() {
  local port
  port=$(free_port)
  URL="http://127.0.0.1:$port"
  timeout "${SERVER_TIMEOUT:-1800}" "$BIN" serve --database-url "$DB_URL" --addr "127.0.0.1:$port" \
    --admin-token-file "$WORK/token" --rate-limit 0 --upload-limit-mib 0 --log-format json \
    >>"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 150); do
    curl -fsS "$URL/readyz" >/dev/null 2>&1 && break
    sleep 0.2
  done
  curl -fsS "$URL/readyz" >/dev/null
  TOKEN=$(cat "$WORK/token")
}

# Peak resident memory of the running server (the child of `timeout`), in MiB.
peak_rss_mib() {
  local pid
  pid=$(pgrep -P "$SERVER_PID" | head -n 1)
  awk '/VmHWM/ {printf "%.1f", $2 / 1024}' "/proc/$pid/status"
}

stop() {
  kill "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
}
