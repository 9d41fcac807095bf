# Shared by the drills: a PostgreSQL of their own (never the shared one), the packaged portal, and
# clean-up of exactly what they started (by process id). Sourced, not run.

PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
DRILL_DIR=$(mktemp -d /tmp/portal-drill.XXXXXX)
chmod 755 "$DRILL_DIR"
PORTAL_PIDS=()

as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# pg_init PORT: a new cluster in the drill's directory, trusting local connections, started.
pg_init() {
    local port=$1
    mkdir -p "$DRILL_DIR/pg"
    [ "$(id -u)" = 0 ] && chown postgres "$DRILL_DIR/pg"
    as_postgres "$PG_BIN/initdb" -D "$DRILL_DIR/pg/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$DRILL_DIR/initdb.log" 2>&1
    pg_start "$port"
    as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE portal" postgres
}

pg_start() {
    as_postgres "$PG_BIN/pg_ctl" -D "$DRILL_DIR/pg/data" -l "$DRILL_DIR/pg/server.log" -w \
        -o "-p $1 -k $DRILL_DIR/pg -c listen_addresses=127.0.0.1" start >/dev/null
}

pg_stop() {
    as_postgres "$PG_BIN/pg_ctl" -D "$DRILL_DIR/pg/data" -m fast -w stop >/dev/null
}

# psql_q PORT SQL: one value
psql_q() {
    as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$1" -U postgres -d portal -Atqc "$2"
}

portal_jar() {
    local jar
    jar=$(ls "$ROOT"/target/portal-*.jar 2>/dev/null | grep -v plain | head -1 || true)
    if [ -z "$jar" ] || [ "${BUILD:-0}" = 1 ]; then
        (cd "$ROOT" && ./mvnw -q -o -DskipTests package >/dev/null) || (cd "$ROOT" && ./mvnw -q -DskipTests package >/dev/null)
        jar=$(ls "$ROOT"/target/portal-*.jar | grep -v plain | head -1)
    fi
    echo "$jar"
}

# portal_start NAME HTTP_PORT PG_PORT: starts the packaged portal in the background; its pid in PORTAL_PID_<NAME>
portal_start() {
    local name=$1 port=$2 pgport=$3
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pgport/portal" SPRING_DATASOURCE_USERNAME=postgres \
        SPRING_DATASOURCE_PASSWORD= PORTAL_ADMIN_USERNAME="$ADMIN_USER" PORTAL_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
        java -Xmx256m -jar "$JAR" --server.port="$port" --spring.docker.compose.enabled=false \
        >"$DRILL_DIR/portal-$name.log" 2>&1 &
    local pid=$!
    PORTAL_PIDS+=("$pid")
    eval "PORTAL_PID_$name=$pid"
}

# wait_ready HTTP_PORT SECONDS
wait_ready() {
    local deadline=$((SECONDS + $2))
    until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$1/actuator/health/readiness")" = 200 ]; do
        if [ $SECONDS -ge $deadline ]; then echo "The portal on port $1 did not get ready in $2 s" >&2; return 1; fi
        sleep 0.5
    done
}

token() {
    curl -s --max-time 20 -u "$ADMIN_USER:$ADMIN_PASSWORD" -X POST "http://127.0.0.1:$1/api/v1/tokens" \
        | sed -E 's/.*"token":"([^"]+)".*/\1/'
}

now_ms() { date +%s%3N; }

drill_cleanup() {
    local pid
    for pid in "${PORTAL_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PORTAL_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    if [ -f "$DRILL_DIR/pg/data/postmaster.pid" ]; then pg_stop 2>/dev/null || true; fi
    if [ "${KEEP:-0}" = 1 ]; then echo "Kept: $DRILL_DIR"; else rm -rf "$DRILL_DIR"; fi
}
