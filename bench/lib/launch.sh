# The portal's process: the jar, the JDK that runs it, the launch docs/performance.md recommends
# for production (extracted jar plus a trained class cache), start, stop and start-up figures.
# Sourced by bench/run.sh; defines functions only. Reads JAR, LAUNCH, RUN_JAVA, OUT, RESULTS.

# build_jar: sets JAR to the absolute path of the fat jar, building it unless --no-build/--jar.
build_jar() {
    if [ "$BUILD" = 1 ]; then
        log "building the jar"
        ./mvnw -q -B -DskipTests package
    fi
    [ -n "$JAR" ] || JAR=$(ls target/portal-*.jar 2>/dev/null | grep -v -- '-plain.jar$' | head -n 1 || true)
    [ -n "$JAR" ] && [ -f "$JAR" ] || die "no jar in target/ (run without --no-build)"
    JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")
}

java_major() { "$1" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == 1 ? v[2] : v[1]) + 0; exit }'; }

# heap_options: the README's production heap, 256 MB with at most 96 MB of it for new objects.
heap_options() {
    echo -Xmx256m -XX:MaxNewSize=96m
}

# choose_java: the JDK that runs the portal, the newest under /usr/lib/jvm unless --java says (the
# portal is built for Java 17 and runs on any later JDK). Sets RUN_JAVA, RUN_JAVA_VERSION,
# LAUNCH_DESCRIPTION; LAUNCH_JAR stays empty until prepare_launch has a database to train on.
choose_java() {
    if [ -z "$RUN_JAVA" ]; then
        RUN_JAVA=$(command -v java)
        local best candidate v
        best=$(java_major "$RUN_JAVA")
        for candidate in /usr/lib/jvm/*/bin/java; do
            [ -x "$candidate" ] || continue
            v=$(java_major "$candidate")
            if [ "${v:-0}" -gt "$best" ]; then RUN_JAVA=$candidate; best=$v; fi
        done
    fi
    RUN_JAVA_VERSION=$(java_major "$RUN_JAVA")
    [ "${RUN_JAVA_VERSION:-0}" -ge 17 ] || die "$RUN_JAVA is not a JDK 17 or later"
    case "$LAUNCH" in
        cached) LAUNCH_DESCRIPTION="$("$RUN_JAVA" -version 2>&1 | head -n 1), extracted jar, $( [ "$RUN_JAVA_VERSION" -ge 24 ] && echo "AOT cache" || echo "CDS archive"), $(heap_options)" ;;
        plain) LAUNCH_DESCRIPTION="$("$RUN_JAVA" -version 2>&1 | head -n 1), java -jar, $(heap_options)" ;;
        *) die "--launch is cached or plain" ;;
    esac
    LAUNCH_JAR=
}

# A random port that nothing answers on, so that parallel runs and other services never collide.
free_port() {
    local port
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 20000))
        if ! (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    die "no free port"
}

# start_portal DATABASE LOGFILE [GCLOG [JAR [JAVA_OPTION...]]]: starts the portal in the background
# (the configured launch: RUN_JAVA with LAUNCH_OPTS on LAUNCH_JAR; with a JAR given, that jar with the
# java on the PATH), waits until it is ready; sets PORTAL_PID, PORT, READY_MS (launch to readiness)
# and READY_CPU. PORTAL_ENV (NAME=value words) is added to the portal's environment.
start_portal() {
    local db=$1 logfile=$2 gclog=${3:-} jar=${4:-}
    shift $(( $# < 4 ? $# : 4 ))
    local java_bin=java opts=("$@")
    if [ -z "$jar" ]; then
        java_bin=$RUN_JAVA
        jar=$LAUNCH_JAR
        opts+=("${LAUNCH_OPTS[@]}")
    fi
    # Unquoted on purpose: two options, split at the space.
    opts+=($(heap_options))
    [ -z "$gclog" ] || opts+=("-Xlog:gc:file=$gclog:uptime")
    local attempt started
    for attempt in 1 2 3 4 5; do
        PORT=$(free_port)
        started=$(now_ms)
        # env execs java, so that $! is the portal's own process id.
        env "${PORTAL_ENV[@]}" SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" \
            SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
            "$java_bin" "${opts[@]}" -jar "$jar" --server.port="$PORT" > "$logfile" 2>&1 &
        PORTAL_PID=$!
        for _ in $(seq 1 2400); do
            if curl -fs -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness"; then
                READY_MS=$(( $(now_ms) - started ))
                # CPU seconds the JVM used to get there: a figure that a busy machine distorts less.
                READY_CPU=$(awk '{ printf "%.1f", ($14 + $15) / 100 }' "/proc/$PORTAL_PID/stat")
                return 0
            fi
            kill -0 "$PORTAL_PID" 2>/dev/null || break
            sleep 0.05
        done
        if ! kill -0 "$PORTAL_PID" 2>/dev/null && grep -q "Port $PORT was already in use" "$logfile"; then
            wait "$PORTAL_PID" 2>/dev/null || true
            PORTAL_PID=
            log "port $PORT was taken meanwhile; another one"
            continue
        fi
        kill -0 "$PORTAL_PID" 2>/dev/null || { tail -n 30 "$logfile" >&2; die "the portal exited during start-up"; }
        die "the portal was not ready after 120 s (log: $logfile)"
    done
    die "no free port for the portal"
}

# stop_portal: the portal started last, by its process id; TERM first so that it shuts down cleanly.
stop_portal() {
    local pid=$PORTAL_PID
    PORTAL_PID=
    [ -n "$pid" ] || return 0
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
}

# prepare_launch DATABASE: with --launch cached (the default), the jar extracted (Spring Boot's
# jarmode tools) and a training run that starts the portal once against DATABASE and writes the
# JDK's class cache (-XX:AOTCacheOutput on JDK 24+, -XX:ArchiveClassesAtExit before); every later
# start reads it. Sets LAUNCH_JAR and LAUNCH_OPTS.
prepare_launch() {
    local db=$1 dir=$OUT/launch
    LAUNCH_JAR=$JAR
    LAUNCH_OPTS=()
    [ "$LAUNCH" = cached ] || return 0
    rm -rf "$dir"
    java -Djarmode=tools -jar "$JAR" extract --destination "$dir" > "$OUT/launch-extract.log" 2>&1 \
        || die "could not extract the jar (log: $OUT/launch-extract.log)"
    LAUNCH_JAR=$(ls "$dir"/*.jar | head -n 1)
    # A jar built with Spring AOT (process-aot) starts from its build-time bean definitions, as the
    # README's production launch says; an older jar (--compare-jar) has none and starts as before.
    local aot=()
    # (grep without -q: it reads the whole listing, so that unzip never dies of SIGPIPE under pipefail)
    if unzip -l "$JAR" 2>/dev/null | grep '__ApplicationContextInitializer.class' > /dev/null; then
        aot=(-Dspring.aot.enabled=true)
        LAUNCH_DESCRIPTION+=", Spring AOT"
    fi
    local write read
    if [ "$RUN_JAVA_VERSION" -ge 24 ]; then
        write=(-XX:AOTCacheOutput="$dir/portal.aot"); read=(-XX:AOTCache="$dir/portal.aot" -Xlog:aot=off)
    else
        write=(-XX:ArchiveClassesAtExit="$dir/portal.jsa"); read=(-XX:SharedArchiveFile="$dir/portal.jsa")
    fi
    if [ "$RUN_JAVA_VERSION" -ge 25 ] && [ ${#aot[@]} -gt 0 ]; then
        # As the README's production launch: a minute of public reading, so that the cache holds the
        # request paths' profiles (JEP 515), not only the start's.
        log "training the class cache with a minute of reading: tools/train-aot-cache.sh"
        SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" \
        SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" JAVA="$RUN_JAVA" \
            "$ROOT/tools/train-aot-cache.sh" "$LAUNCH_JAR" "$dir/portal.aot" 60 \
            > "$OUT/launch-training.log" 2>&1 || die "the training run failed (log: $OUT/launch-training.log)"
        LAUNCH_DESCRIPTION+=", cache trained with requests"
    else
        log "training the class cache: ${write[*]}"
        SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" \
        SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
            "$RUN_JAVA" "${write[@]}" "${aot[@]}" -Xmx256m -Dspring.context.exit=onRefresh -jar "$LAUNCH_JAR" \
            > "$OUT/launch-training.log" 2>&1 || die "the training run failed (log: $OUT/launch-training.log)"
    fi
    LAUNCH_OPTS=("${read[@]}" "${aot[@]}")
}

# measure_startup DATABASE SIZE: start-up to ready, three times each, alternating: the configured
# launch, and the plain fat jar (java -jar with the java on the PATH: what a newcomer's
# ./mvnw package gives).
measure_startup() {
    local db=$1 size=$2 runs=() plain=() i
    log "start-up: the launch and the plain fat jar, three times each"
    for i in 1 2 3; do
        start_portal "$db" "$OUT/startup-launch-$i.log"
        runs+=("$READY_MS ms ($READY_CPU s CPU)")
        stop_portal
        start_portal "$db" "$OUT/startup-plain-$i.log" "" "$JAR"
        plain+=("$READY_MS ms ($READY_CPU s CPU)")
        stop_portal
    done
    note "$size" "start-up to ready, $LAUNCH_DESCRIPTION: $(IFS=';'; echo "${runs[*]}" | sed 's/;/; /g')"
    note "$size" "start-up to ready, java -jar $(basename "$JAR") on $(java -version 2>&1 | head -n 1): $(IFS=';'; echo "${plain[*]}" | sed 's/;/; /g')"
}

# heap_peaks GCLOG [OFFSET]: the largest heap occupancy before and after a collection, and the
# number of collections, in a GC log from byte OFFSET on.
heap_peaks() {
    tail -c +"$(( ${2:-0} + 1 ))" "$1" 2>/dev/null | awk '
        { if (match($0, /[0-9]+M->[0-9]+M\([0-9]+M\)/)) { s = substr($0, RSTART, RLENGTH); split(s, p, /M->|M\(|M\)/);
          if (p[1] + 0 > before) before = p[1] + 0; if (p[2] + 0 > after) after = p[2] + 0; n++ } }
        END { printf "%d %d %d\n", before, after, n }'
}
