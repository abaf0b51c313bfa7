#!/usr/bin/env bash
# Container test: builds the bot's image the Dockerfile's way from a locally built base (no registry), runs it in a
# podman pod beside PostgreSQL and a fixture feed, all on the pod's own loopback (--network none), and checks:
# migrations applied, /readyz green, one alert delivered on the console sink, /metrics parses, SIGTERM -> exit 0
# within 10 s. Prints each check; exits non-zero when any fails. Root on Debian 12 (see
# ../shared/reference/containers.md for why podman needs the settings below).
#   bash deploy/test/container-test.sh          (WORK=dir for scratch files, KEEP=1 keeps the pod on failure)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
REPO=$PWD
T0=$(date +%s)
step() { echo "[container-test $(( $(date +%s) - T0 ))s] $*"; }
WORK=${WORK:-/tmp/bot-container-test}
POD=bot-ct-$$
BASE_IMAGE=localhost/bot-base:bookworm
BOT_IMAGE=localhost/attribution-watch-bot:ci
DB_PASSWORD=ct-secret-$$
# The Debian mirror apt is configured with (deb822 .sources or the classic sources.list).
MIRROR=${MIRROR:-$( { cat /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null || true; } |
  awk '/^URIs:/ { print $2 } /^deb / { print ($2 ~ /^\[/) ? $3 : $2 }' | grep -v security | head -n 1 || true)}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
mkdir -p "$WORK"

pass=0
fail=0
check() { # check "what" command...: runs the command, records PASS or FAIL
  local what=$1; shift
  if "$@"; then pass=$((pass + 1)); echo "PASS: $what"; else fail=$((fail + 1)); echo "FAIL: $what"; fi
}

PUBLISH_PID=
cleanup() {
  local rc=$?
  if [ -n "$PUBLISH_PID" ]; then kill "$PUBLISH_PID" 2>/dev/null || true; wait "$PUBLISH_PID" 2>/dev/null || true; fi
  if [ "$rc" -ne 0 ] || [ "$fail" -ne 0 ]; then
    for c in bot db feed; do
      echo "--- $c log (last 40 lines)"; podman logs "$POD-$c" 2>&1 | tail -40 || true
    done
  fi
  if [ -z "${KEEP:-}" ] && command -v podman >/dev/null; then podman pod rm -f -t 5 "$POD" >/dev/null 2>&1 || true; fi
  exit "$rc"
}
trap cleanup EXIT

step "tools: podman, runc, catatonit (pods), debootstrap"
if ! { command -v podman && command -v runc && command -v debootstrap && [ -x /usr/libexec/podman/catatonit ]; } >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends podman runc catatonit debootstrap >/dev/null
fi

# podman's defaults fail on our machines: rlimits above the hard limits (no CAP_SYS_RESOURCE; podman caps nproc
# at 32768 itself), crun refuses hybrid cgroups (use runc), and there is no systemd.
NOFILE=$(ulimit -Hn); NPROC=$(ulimit -Hu)
case $NOFILE in '' | *[!0-9]*) NOFILE=65536 ;; esac
case $NPROC in '' | *[!0-9]*) NPROC=32768 ;; esac
[ "$NPROC" -gt 32768 ] && NPROC=32768
cat > "$WORK/containers.conf" <<EOF
[containers]
default_ulimits = ["nofile=$NOFILE:$NOFILE", "nproc=$NPROC:$NPROC"]
netns = "host"
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
EOF
export CONTAINERS_CONF="$WORK/containers.conf"

# The self-contained publish runs on the host while the images are built (mostly downloads and unpacking).
step "publish the bot self-contained on the host, in the background"
rm -rf "$WORK/context"
mkdir -p "$WORK/context"
dotnet publish src/Bot.Host -c "${CONFIGURATION:-Release}" -r linux-x64 --self-contained -o "$WORK/context/published" \
  -nologo -v:q -clp:NoSummary -nodeReuse:false > "$WORK/publish.log" 2>&1 &
PUBLISH_PID=$!

step "base image $BASE_IMAGE: debootstrap bookworm minbase + .NET's native libraries (from $MIRROR)"
if ! podman image exists "$BASE_IMAGE"; then
  rm -rf "$WORK/rootfs"
  debootstrap --variant=minbase --include=libicu72,libssl3,libgssapi-krb5-2,ca-certificates,tzdata \
    bookworm "$WORK/rootfs" "$MIRROR" > "$WORK/debootstrap.log" 2>&1 || { tail -20 "$WORK/debootstrap.log"; exit 1; }
  rm -rf "$WORK"/rootfs/var/cache/apt/archives/*.deb "$WORK"/rootfs/var/lib/apt/lists/* \
    "$WORK"/rootfs/usr/share/doc/* "$WORK"/rootfs/usr/share/man/* "$WORK"/rootfs/usr/share/locale/*
  tar -C "$WORK/rootfs" -c . | podman import -q --change 'CMD ["/bin/bash"]' - "$BASE_IMAGE" >/dev/null
  rm -rf "$WORK/rootfs"
fi

# Tagged by the hash of its files, so a change rebuilds it and an unchanged one is reused.
PG_TAG=$(cat deploy/test/postgres/* | sha256sum | cut -c1-12)
PG_IMAGE=localhost/bot-ct-postgres:$PG_TAG
step "PostgreSQL + busybox image $PG_IMAGE"
if ! podman image exists "$PG_IMAGE"; then
  podman build -q --network=host --build-arg BASE_IMAGE="$BASE_IMAGE" -t "$PG_IMAGE" deploy/test/postgres >/dev/null
fi

step "build deploy/Dockerfile from the local base and the published bot"
wait "$PUBLISH_PID" || { echo "dotnet publish failed:"; tail -30 "$WORK/publish.log"; exit 1; }
PUBLISH_PID=
previous=$(podman image inspect --format '{{.Id}}' "$BOT_IMAGE" 2>/dev/null || true)
podman build -q --format docker -f deploy/Dockerfile \
  --build-arg RUNTIME_IMAGE="$BASE_IMAGE" --build-arg APP_SOURCE=published --build-arg EXTRA_PACKAGES= \
  -t "$BOT_IMAGE" "$WORK/context" >/dev/null
# The image of the previous run, now untagged: remove it so runs do not pile up images.
if [ -n "$previous" ] && [ "$previous" != "$(podman image inspect --format '{{.Id}}' "$BOT_IMAGE")" ]; then
  podman rmi "$previous" >/dev/null 2>&1 || true
fi
podman image ls --format '    {{.Repository}}:{{.Tag}} {{.Size}}' | grep -E 'bot-base|bot-ct-postgres|attribution-watch-bot' || true

step "pod $POD (its own loopback, no network) with PostgreSQL and the fixture feed"
podman pod create --name "$POD" --network none >/dev/null
podman run -d -q --pod "$POD" --name "$POD-db" -e POSTGRES_USER=bot -e POSTGRES_PASSWORD="$DB_PASSWORD" -e POSTGRES_DB=bot "$PG_IMAGE" >/dev/null
podman run -d -q --pod "$POD" --name "$POD-feed" -v "$REPO/deploy/test/fixture:/srv:ro,Z" --entrypoint busybox \
  "$PG_IMAGE" httpd -f -p 127.0.0.1:8000 -h /srv >/dev/null
db_ready=
for _ in $(seq 60); do
  if podman exec "$POD-db" psql -h /var/run/postgresql -U bot -d bot -tAc 'select 1' >/dev/null 2>&1; then db_ready=1; break; fi
  sleep 0.5
done
[ -n "$db_ready" ] || { echo "FAIL: PostgreSQL did not start"; exit 1; }

# The feed is on loopback, which the SSRF guard refuses unless the operator allows it (Bot:Http:AllowedNetworks);
# the poll interval is below the production minimum, so the minimum is lowered too.
env_args=(
  -e "ConnectionStrings__Postgres=Host=127.0.0.1;Port=5432;Username=bot;Password=$DB_PASSWORD;Database=bot"
  -e Bot__Sources__0__Name=fixture
  -e Bot__Sources__0__Url=http://127.0.0.1:8000/feed.xml
  -e Bot__Sources__0__Interval=00:00:05
  -e Bot__Polling__MinInterval=00:00:01
  -e "Bot__Rules__0__Name=Russia denial"
  -e Bot__Rules__0__Preset=russia-denial
  -e Bot__Scheduling__DeliveryInterval=00:00:02
  -e Bot__Http__AllowedNetworks__0=127.0.0.0/8
)

step "bot container (read-only root, /tmp on tmpfs)"
# Without systemd podman cannot schedule the image's HEALTHCHECK (it says so on stderr); it is run by hand below.
podman run -d -q --pod "$POD" --name "$POD-bot" --read-only --tmpfs /tmp "${env_args[@]}" "$BOT_IMAGE" \
  2> >(grep -v 'unable to get systemd connection' >&2) >/dev/null

sql() { podman exec "$POD-db" psql -h /var/run/postgresql -U bot -d bot -tAc "$1" 2>/dev/null || true; }
http() { podman exec "$POD-feed" busybox wget -q -O - "http://127.0.0.1:8080$1" 2>/dev/null; }

delivered=0
for _ in $(seq 120); do
  delivered=$(sql 'select count(*) from alerts where delivered_at is not null')
  [ "${delivered:-0}" -ge 1 ] && break
  sleep 0.5
done
step "checks"

latest=$(ls src/Bot.Storage/Migrations/*.sql | sed -E 's|.*/0*([0-9]+)_[^/]*$|\1|' | sort -n | tail -n 1)
applied=$(sql 'select max(version) from schema_migrations')
check "migrations applied (schema version ${applied:-none}, latest $latest)" test "${applied:-0}" = "$latest"

check "/readyz green via the image's HEALTHCHECK (podman healthcheck run)" podman healthcheck run "$POD-bot"
readyz=$(http /readyz || true)
check "/readyz green via busybox wget: $(tr '\n' ';' <<< "$readyz")" grep -q '^Healthy' <<< "$readyz"

stdout=$(podman logs "$POD-bot" 2> /dev/null)
alerts=$(grep -c '^ALERT \[Russia denial\] fixture · .*Kremlin denies hacking claims' <<< "$stdout" || true)
check "one alert delivered on the console sink (stdout: $alerts ALERT line(s); $delivered delivered in the outbox)" \
  test "$alerts" = 1 -a "${delivered:-0}" = 1

metrics=$(http /metrics || true)
check_metrics() {
  grep -Eq '^bot_alerts_delivered_total 1$' <<< "$metrics" &&
    grep -Eq '^bot_articles_fetched_total\{source="fixture"\} [0-9]+' <<< "$metrics" &&
    grep -Eq '^bot_outbox_depth 0$' <<< "$metrics" &&
    ! grep -Ev '^(# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* .*|[a-zA-Z_:][a-zA-Z0-9_:]*(\{[a-zA-Z_][a-zA-Z0-9_]*="([^"\\]|\\.)*"(,[a-zA-Z_][a-zA-Z0-9_]*="([^"\\]|\\.)*")*\})? ([-+]?[0-9.eE+-]+|[-+]Inf|NaN))$' <<< "$metrics"
}
check "/metrics is Prometheus text with delivered=1, fetched by source, outbox depth 0 ($(wc -l <<< "$metrics") lines)" check_metrics

uid=$(podman exec "$POD-bot" id -u)
check "runs as a non-root user (uid $uid)" test "$uid" != 0

start_ns=$(date +%s%N)
podman kill -s TERM "$POD-bot" >/dev/null
code=$(timeout 15 podman wait "$POD-bot" || echo timeout)
elapsed_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
check "SIGTERM -> exit code $code after ${elapsed_ms} ms (want 0 within 10000 ms)" test "$code" = 0 -a "$elapsed_ms" -le 10000

step "done: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
