#!/usr/bin/env bash
# rcon's benchmarks, next to their targets: start latency (against the kernel's floor and, when
# installed, podman), exec latency, ps with many containers, the supervisor's memory and the
# CLI's peak memory. Everything runs in a private store under target/, removed at the end.
#
# usage (as root): bench/bench.sh        environment: RUNS=30 (hyperfine runs), CONTAINERS=500,
#   BASELINE=path/to/an/older/rcon: run, exec, ps -a and the supervisor's memory measured with
#   both binaries in this run, on the same store, side by side (a change must not be slower)
# needs: hyperfine, jq, /usr/bin/time, unshare, busybox-static (just deps)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [ "$(id -u)" != 0 ]; then
    echo "bench.sh runs containers: run it as root (sudo -E env \"PATH=\$PATH\" just bench)" >&2
    exit 1
fi
for t in hyperfine jq /usr/bin/time unshare chroot; do
    command -v "$t" >/dev/null || { echo "bench.sh: $t not found: run just deps" >&2; exit 1; }
done

RUNS=${RUNS:-30}
CONTAINERS=${CONTAINERS:-500}

echo "== building (cargo build --release)"
cargo build --release --quiet
bin="$PWD/target/release/rcon"
work=$(mktemp -d "$PWD/target/bench.XXXXXX")
# runtime state on a tmpfs, as with the defaults (/run/rcon; podman's /run/containers)
run=$(mktemp -d /run/rcon-bench.XXXXXX)
podman_args=()

rcon() { "$bin" --root "$work/root" --runroot "$run" "$@"; }

cleanup() {
    set +e
    if [ ${#podman_args[@]} -gt 0 ]; then
        podman "${podman_args[@]}" rm -af >/dev/null 2>&1
        podman "${podman_args[@]}" rmi -af >/dev/null 2>&1
    fi
    rcon system reset -f >/dev/null 2>&1
    rm -rf "$work" "$run"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# hyperfine runs the commands without a shell (-N): quote paths for its word splitting
R="'$bin' --root '$work/root' --runroot '$run'"
hf() {
    local name=$1
    shift
    hyperfine -N --warmup 3 --runs "$RUNS" --export-json "$work/$name.json" "$@"
}
median_ms() { jq -r '.results[0].median * 1000' "$work/$1.json"; }

echo "== image: tests/fixtures/busybox-rootfs.sh, rcon import"
sh tests/fixtures/busybox-rootfs.sh "$work/busybox.tar"
mkdir "$work/rootfs"
tar -xf "$work/busybox.tar" -C "$work/rootfs"
rcon import --change 'CMD ["/bin/sh"]' "$work/busybox.tar" bench >/dev/null

echo "== (a) rcon run --rm IMG true"
hf run -n "rcon run --rm IMG true" "$R run --rm bench true"

echo "== (a2) rcon run --rm -v HOSTDIR:/d IMG true"
mkdir "$work/bind"
hf run-bind -n "rcon run --rm -v DIR:/d IMG true" "$R run --rm -v '$work/bind:/d' bench true"

echo "== (a3) rcon run --rm -v VOL:/d IMG true (a named volume, made before)"
rcon volume create benchvol >/dev/null
hf run-vol -n "rcon run --rm -v VOL:/d IMG true" "$R run --rm -v benchvol:/d bench true"

echo "== (b) floor: unshare --fork --pid --mount --uts --ipc --net chroot ROOTFS /bin/true"
hf floor -n "floor: unshare + chroot /bin/true" \
    "unshare --fork --pid --mount --uts --ipc --net chroot '$work/rootfs' /bin/true"

podman_ms=""
podman_label="podman run --rm IMG true"
if command -v podman >/dev/null; then
    echo "== (c) podman run --rm --network none IMG true (private --root/--runroot)"
    podman_args=(--root "$work/podman/root" --runroot "$run/podman")
    # without systemd podman needs the cgroupfs manager and a file for its events
    [ -d /run/systemd/system ] || podman_args+=(--cgroup-manager cgroupfs --events-backend file)
    # podman raises nofile and nproc as root, which fails where root lacks CAP_SYS_RESOURCE:
    # give it our nofile (rcon's containers inherit it) and a modest nproc (its runtime may
    # run with a lower hard limit than ours); neither changes the cost of a start
    lim() { local v; v=$(ulimit "$1"); [ "$v" = unlimited ] && v=-1; echo "$v"; }
    podman_run=(run --rm --network none
        --ulimit "nofile=$(lim -Sn):$(lim -Hn)" --ulimit "nproc=4096:4096")
    podman "${podman_args[@]}" import "$work/busybox.tar" bench >/dev/null
    if ! podman "${podman_args[@]}" "${podman_run[@]}" bench true 2>"$work/podman.err"; then
        # crun refuses hybrid cgroup hosts ("cgroups in hybrid mode not supported"): try runc
        if command -v runc >/dev/null &&
            podman "${podman_args[@]}" --runtime runc "${podman_run[@]}" bench true 2>>"$work/podman.err"; then
            podman_args+=(--runtime runc)
            podman_label="podman run --rm IMG true (runc)"
        else
            echo "podman cannot run a container here: $(tail -n 1 "$work/podman.err")"
            podman_label=""
        fi
    fi
    if [ -n "$podman_label" ]; then
        P="podman"
        for a in "${podman_args[@]}" "${podman_run[@]}"; do P+=" '$a'"; done
        hf podman -n "$podman_label" "$P bench true"
        podman_ms=$(median_ms podman)
    fi
else
    echo "== (c) podman is not installed: skipped"
fi

echo "== (d) rcon exec CTR true"
rcon run -d --name bench-exec bench sleep 1000 >/dev/null
hf exec -n "rcon exec CTR true" "$R exec bench-exec true"

echo "== (f) the supervisor's memory (container running sleep 1000)"
spid=$(rcon inspect --format '{{.State.ConmonPid}}' bench-exec)
rss_kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$spid/status")
pss_kb=$(awk '/^Pss:/ {print $2}' "/proc/$spid/smaps_rollup")
echo "supervisor pid $spid: VmRSS $rss_kb kB, Pss $pss_kb kB"

echo "== (g) peak memory of rcon run --rm IMG true (/usr/bin/time -v)"
/usr/bin/time -v -o "$work/time.txt" "$bin" --root "$work/root" --runroot "$run" \
    run --rm bench true
maxrss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
echo "maximum resident set size: $maxrss_kb kB"

echo "== (e) rcon ps -a with $CONTAINERS containers (creating them, 4 in parallel)"
export RCON_BIN="$bin" RCON_ROOT="$work/root" RCON_RUNROOT="$run"
seq "$CONTAINERS" | xargs -P 4 -n 25 sh -c '
    for i in "$@"; do
        "$RCON_BIN" --root "$RCON_ROOT" --runroot "$RCON_RUNROOT" create --name "ps-$i" bench true >/dev/null || exit 255
    done' sh
total=$(rcon ps -aq | wc -l)
echo "$total containers"
hf ps -n "rcon ps -a ($total containers)" "$R ps -a"

base_rows=()
if [ -n "${BASELINE:-}" ]; then
    echo "== (h) paired against BASELINE=$BASELINE (same store, same run)"
    B="'$BASELINE' --root '$work/root' --runroot '$run'"
    # a supervisor gives its start-up memory back after a while: both are read after the runs
    "$BASELINE" --root "$work/root" --runroot "$run" run -d --name bench-base bench sleep 1000 >/dev/null
    rcon run -d --name bench-new bench sleep 1000 >/dev/null
    hf pair-run -n "rcon run --rm" "$R run --rm bench true" -n "baseline run --rm" "$B run --rm bench true"
    hf pair-exec -n "rcon exec" "$R exec bench-exec true" -n "baseline exec" "$B exec bench-exec true"
    hf pair-ps -n "rcon ps -a" "$R ps -a" -n "baseline ps -a" "$B ps -a"
    rss_of() { awk '/^VmRSS:/ {print $2}' "/proc/$("$1" --root "$work/root" --runroot "$run" inspect --format '{{.State.ConmonPid}}' "$2")/status"; }
    new_rss_kb=$(rss_of "$bin" bench-new)
    base_rss_kb=$(rss_of "$BASELINE" bench-base)
    pair() {
        jq -r '.results | "\(.[0].median * 1000) \(.[1].median * 1000)"' "$work/pair-$1.json" |
            awk -v w="$2" '{ printf "%-34s %9.1f ms %9.1f ms   %.2fx\n", w, $1, $2, $1 / $2 }'
    }
    base_rows+=("$(pair run "run --rm IMG true")")
    base_rows+=("$(pair exec "exec CTR true")")
    base_rows+=("$(pair ps "ps -a ($total containers)")")
    base_rows+=("$(printf '%-34s %9s kB %9s kB   %.2fx' "supervisor VmRSS" "$new_rss_kb" "$base_rss_kb" \
        "$(awk -v a="$new_rss_kb" -v b="$base_rss_kb" 'BEGIN { print a / b }')")")
fi

run_ms=$(median_ms run)
bind_ms=$(median_ms run-bind)
vol_ms=$(median_ms run-vol)
bind_limit=$(awk -v r="$run_ms" 'BEGIN { printf "%.1f", r + 1 }')
floor_ms=$(median_ms floor)
exec_ms=$(median_ms exec)
ps_ms=$(median_ms ps)

# verdict VALUE LIMIT [strict]: ok when VALUE <= LIMIT (< LIMIT when strict)
verdict() {
    awk -v v="$1" -v t="$2" -v s="${3:-}" 'BEGIN { print ((s ? v < t : v <= t) ? "ok" : "MISSED") }'
}
row() { printf '%-34s %12s   %-34s %s\n' "$@"; }
ms() { awk -v v="$1" 'BEGIN { printf "%.1f ms", v }'; }

floor2=$(awk -v f="$floor_ms" 'BEGIN { printf "%.1f", 2 * f }')
echo
echo "== summary (medians of $RUNS runs; $(nproc) cpus, $(uname -r))"
row "what" "measured" "target" ""
row "rcon run --rm IMG true" "$(ms "$run_ms")" "<= 2x floor = $floor2 ms" "$(verdict "$run_ms" "$floor2")"
row "rcon run --rm -v DIR:/d IMG true" "$(ms "$bind_ms")" "<= run --rm + 1 ms = $bind_limit ms" "$(verdict "$bind_ms" "$bind_limit")"
row "rcon run --rm -v VOL:/d IMG true" "$(ms "$vol_ms")" "<= run --rm + 1 ms = $bind_limit ms" "$(verdict "$vol_ms" "$bind_limit")"
row "floor: unshare+chroot /bin/true" "$(ms "$floor_ms")" "" ""
if [ -n "$podman_ms" ]; then
    row "$podman_label" "$(ms "$podman_ms")" "(reference)" ""
else
    row "podman run --rm IMG true" "-" "(no podman that runs here)" ""
fi
row "rcon exec CTR true" "$(ms "$exec_ms")" "< 5 ms" "$(verdict "$exec_ms" 5 strict)"
row "rcon ps -a ($total containers)" "$(ms "$ps_ms")" "< 10 ms" "$(verdict "$ps_ms" 10 strict)"
row "supervisor VmRSS" "$rss_kb kB" "< 1024 kB" "$(verdict "$rss_kb" 1024 strict)"
row "supervisor Pss" "$pss_kb kB" "" ""
row "rcon run --rm peak RSS (time -v)" "$maxrss_kb kB" "" ""
if [ ${#base_rows[@]} -gt 0 ]; then
    echo
    echo "== against the baseline (medians; this rcon, the baseline, their ratio)"
    printf '%s\n' "${base_rows[@]}"
fi
