#!/usr/bin/env bash
# Runs Herald's benchmark and writes bench/target/report/report.{json,md,png}.
#
#   bench/run.sh [smoke|quick|full] [workload]   (default quick; full is the published run)
#
# With a workload (part of a name such as loom-store, or idle), only the matching workloads run.
# Starts Herald (the build's provisioned WildFly, ports shifted by 300: HTTP 8380, wss 9802,
# management 10290) and the raw Undertow baseline (port 18080) both pinned to core 0, then the load client
# and publisher pinned to core 1. Stops both servers when done, also on failure or Ctrl+C.
# Environment: BENCH_SKIP_BUILD=1 reuses the built jars; HERALD_PORT_OFFSET, BASELINE_PORT,
# SERVER_CORE, CLIENT_CORE override the defaults.
# HERALD_DB=postgresql runs Herald with its store on PostgreSQL instead of the provisioned server's H2:
# a fresh PostgreSQL (the tests' embedded one, on BENCH_PG_PORT, default 25532, pinned to the server's core
# too) and the provisioned server switched by postgresql-datasource.cli in a base directory of its own.
set -euo pipefail

MODE="${1:-quick}"
ONLY="${2:-}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
# The JDK Maven built with (JAVA_HOME), so the bench client runs on the version the code was compiled for.
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
OFFSET="${HERALD_PORT_OFFSET:-300}"
HTTP_PORT=$((8080 + OFFSET))
WSS_PORT=$((9502 + OFFSET))
MGMT_PORT=$((9990 + OFFSET))
BASELINE_PORT="${BASELINE_PORT:-18080}"
SERVER_CORE="${SERVER_CORE:-0}"
CLIENT_CORE="${CLIENT_CORE:-1}"
SERVER_DIR="$ROOT/wildfly-config/target/server"
OUT="$ROOT/bench/target/report"
JAR="$ROOT/bench/target/herald-bench.jar"
LOOM_SECRET="${LOOM_SECRET:-herald-demo-loom-secret-0123456789abcdef}"
CLI="$SERVER_DIR/bin/jboss-cli.sh --controller=remote+http://127.0.0.1:$MGMT_PORT --connect"
DB="${HERALD_DB:-h2}"
PG_PORT="${BENCH_PG_PORT:-25532}"
PG_DATA="$ROOT/bench/target/postgresql"
case "$DB" in h2|postgresql) ;; *) echo "HERALD_DB must be h2 or postgresql, not $DB"; exit 2 ;; esac

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    (cd "$ROOT" && mvn -q package -DskipTests)
fi
mkdir -p "$OUT"

HERALD_PIDFILE="$OUT/herald.pid"
BASELINE_PID=""
stop_servers() {
    if [ -s "$HERALD_PIDFILE" ]; then
        $CLI --command="undeploy herald.ear" >/dev/null 2>&1 || true
        $CLI --command=":shutdown" >/dev/null 2>&1 || kill "$(cat "$HERALD_PIDFILE")" 2>/dev/null || true
    fi
    if [ -n "$BASELINE_PID" ]; then
        kill "$BASELINE_PID" 2>/dev/null || true
    fi
    if [ "$DB" = postgresql ]; then
        postgres stop "$PG_DATA" || true
    fi
}
trap stop_servers EXIT

# The tests' PostgreSQL launcher (ear/src/test/java/io/herald/it/PostgresForTests.java), on the ear's test classpath.
postgres() {
    taskset -c "$SERVER_CORE" "$JAVA" -cp "$ROOT/ear/target/test-classes:$(cat "$ROOT/ear/target/test-classpath.txt")" \
        io.herald.it.PostgresForTests "$@"
}

SERVER_OPTS=()
if [ "$DB" = postgresql ]; then
    export HERALD_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/herald_bench" HERALD_DB_USER=herald
    export HERALD_DB_PASSWORD="${HERALD_DB_PASSWORD:-herald-bench-db-password}"
    echo "starting PostgreSQL on 127.0.0.1:$PG_PORT (core $SERVER_CORE)"
    postgres start "$PG_DATA" "$PG_PORT" herald herald_bench
    bash "$ROOT/ear/src/test/postgresql/pg-server.sh" "$SERVER_DIR" "$ROOT/bench/target/pg-server" \
        "$ROOT/wildfly-config/src/main/cli/postgresql-datasource.cli"
    SERVER_OPTS=(-Djboss.server.base.dir="$ROOT/bench/target/pg-server")
fi

echo "starting Herald on 127.0.0.1:$HTTP_PORT (core $SERVER_CORE)"
rm -f "$HERALD_PIDFILE"
LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$HERALD_PIDFILE" JBOSS_JAVA_SIZING="-Xms512m -Xmx1g" \
    taskset -c "$SERVER_CORE" "$SERVER_DIR/bin/standalone.sh" -c standalone-full.xml \
    -Djboss.socket.binding.port-offset="$OFFSET" -Djboss.bind.address=127.0.0.1 \
    -Dherald.loom.jwt.hs256-secret="$LOOM_SECRET" "${SERVER_OPTS[@]}" \
    > "$OUT/herald-console.log" 2>&1 &
for _ in $(seq 180); do
    curl -sf "http://127.0.0.1:$MGMT_PORT/health/ready" >/dev/null 2>&1 && break
    sleep 1
done
curl -sf "http://127.0.0.1:$MGMT_PORT/health/ready" >/dev/null || { echo "Herald did not start, see $OUT/herald-console.log"; exit 2; }
$CLI --command="deploy $ROOT/ear/target/herald.ear --force" >/dev/null

echo "starting the baseline on 127.0.0.1:$BASELINE_PORT (core $SERVER_CORE)"
taskset -c "$SERVER_CORE" "$JAVA" -Xms512m -Xmx1g -cp "$JAR" io.herald.bench.BaselineServer "$BASELINE_PORT" \
    > "$OUT/baseline-console.log" 2>&1 &
BASELINE_PID=$!
for _ in $(seq 30); do
    grep -q listening "$OUT/baseline-console.log" && break
    sleep 0.5
done

echo "running mode $MODE, store on $DB (client on core $CLIENT_CORE)"
taskset -c "$CLIENT_CORE" "$JAVA" -Xms512m -Xmx1g -cp "$JAR" \
    -Dbench.mode="$MODE" -Dbench.out="$OUT" -Dbench.clk.tck="$(getconf CLK_TCK)" \
    -Dbench.herald.port="$HTTP_PORT" -Dbench.herald.wss.port="$WSS_PORT" -Dbench.herald.pid="$(cat "$HERALD_PIDFILE")" \
    -Dbench.baseline.port="$BASELINE_PORT" -Dbench.baseline.pid="$BASELINE_PID" -Dbench.loom.secret="$LOOM_SECRET" \
    -Dbench.only="$ONLY" -Dbench.database="$DB" io.herald.bench.BenchRunner
