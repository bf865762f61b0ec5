#!/bin/bash
# Runs inside the cgroup-v2-only VM (../shared/tools/vmtest/vm-run.sh): checks rcon's
# cgroup v2 path as root and, through `asuser`, rootless in a delegated cgroup.
# usage: cgroup-v2.sh RCON_BINARY BUSYBOX_ROOTFS_TAR
set -u
RCON=$1
TAR=$2
fails=0
passes=0
pass() { echo "PASS: $*"; passes=$((passes + 1)); }
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
check() { local what=$1; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }

ip link set lo up 2>/dev/null || true
grep -q cgroup2 /proc/mounts && pass "cgroup2 is mounted" || fail "no cgroup2 in this VM"

# ---- root
R="$RCON --root /tmp/rcon-root/root --runroot /tmp/rcon-root/run"
$R import --change 'CMD ["/bin/sh"]' "$TAR" busybox >/dev/null || fail "import as root"
id=$($R run -d --name web busybox sh -c 'while true; do sleep 0.1; done')
check "run -d as root" test -n "$id"
cg=/sys/fs/cgroup/rcon/rcon-$id
check "the container has its own v2 cgroup" test -d "$cg"
pid=$($R inspect --format '{{.State.Pid}}' web)
check "its init is in that cgroup" grep -qx "$pid" "$cg/cgroup.procs"
check "cgroup namespace: the container sees itself at the root" test "$($R exec web cat /proc/self/cgroup)" = "0::/"
check "/sys/fs/cgroup is cgroup2, read-only, inside" sh -c "$R exec web grep ' /sys/fs/cgroup ' /proc/self/mountinfo | grep -q 'cgroup2.*ro'"
check "exec joins the container's cgroup" sh -c "$R exec web sh -c 'cat /sys/fs/cgroup/cgroup.procs | wc -l' | grep -qv '^1$'"
$R pause web
check "pause freezes the cgroup" grep -qx "frozen 1" "$cg/cgroup.events"
check "paused status" test "$($R inspect --format '{{.State.Status}}' web)" = paused
$R unpause web
check "unpause thaws it" grep -qx "frozen 0" "$cg/cgroup.events"
check "top lists the processes" sh -c "$R top web | grep -q 'while true'"
$R rm -f -t 0 web >/dev/null
check "rm -f removes the cgroup" test ! -d "$cg"
# the child is born in its cgroup (clone3 CLONE_INTO_CGROUP), no migration after the fact
bid=$(RCON_LOG=debug $R run -d busybox sleep 100)
check "the container is created directly in its cgroup (clone3)" sh -c "! grep -q 'joins it instead' /tmp/rcon-root/run/containers/$bid/supervisor.log && grep -qx \"\$($R inspect --format '{{.State.Pid}}' $bid)\" /sys/fs/cgroup/rcon/rcon-$bid/cgroup.procs"
$R rm -f -t 0 "$bid" >/dev/null
# the default device rules, as an eBPF program on the container's cgroup (v2 has no devices
# controller); podman's pids limit
out=$($R run --rm --cap-add MKNOD busybox sh -c 'mknod /tmp/null c 1 3 && echo x > /tmp/null && echo null-ok; mknod /tmp/kmsg c 1 11 && echo kmsg-made' 2>&1)
check "v2: mknod of a default device works" sh -c "echo '$out' | grep -q null-ok"
check "v2: mknod of /dev/kmsg's numbers is refused (eBPF device program)" sh -c "echo '$out' | grep -q 'kmsg: Operation not permitted'"
out=$($R run --rm --privileged busybox sh -c 'mknod /tmp/kmsg c 1 11 && dd if=/tmp/kmsg of=/dev/null bs=1 count=0 2>/dev/null && echo kmsg-open' 2>&1)
check "v2: --privileged lifts the device rules" test "$out" = kmsg-open
did=$($R run -d busybox sleep 100)
check "v2: pids.max is 2048" test "$(cat /sys/fs/cgroup/rcon/rcon-$did/pids.max)" = 2048
$R rm -f -t 0 "$did" >/dev/null
check "v2: rm -f removes the cgroup" test ! -d /sys/fs/cgroup/rcon/rcon-$did
check "system check is clean" $R system check -q

# ---- rootless, in the delegated cgroup user-1000
mkdir -p /tmp/rl && chown 1000:1000 /tmp/rl && cp "$TAR" /tmp/rl/bb.tar && chmod 644 /tmp/rl/bb.tar
U="asuser env HOME=/tmp/rl $RCON --root /tmp/rl/root --runroot /tmp/rl/run"
$U import --change 'CMD ["/bin/sh"]' /tmp/rl/bb.tar busybox >/dev/null || fail "import rootless"
id=$($U run -d --name rl busybox sh -c 'while true; do sleep 0.1; done')
check "run -d rootless" test -n "$id"
rcg=$(find /sys/fs/cgroup/user-1000 -maxdepth 2 -name "rcon-$id" | head -1)
check "the rootless container has a cgroup in the user's delegated subtree" test -n "$rcg"
$U pause rl
check "rootless pause freezes it" sh -c "grep -qx 'frozen 1' $rcg/cgroup.events"
$U unpause rl
check "rootless unpause" test "$($U inspect --format '{{.State.Status}}' rl)" = running
check "rootless ownership: image uid 1000 is a subordinate id on the host" test "$(stat -c %u /tmp/rl/root/layers/*/diff/home/user)" = 100999
$U rm -f -t 0 rl >/dev/null
check "rootless rm -f removes the cgroup" test ! -d "$rcg"
# rootless: no device program (attaching one needs CAP_SYS_ADMIN in the initial user
# namespace); the user namespace denies the device: mknod fails, and the run still works
out=$($U run --rm --cap-add MKNOD busybox sh -c 'mknod /tmp/kmsg c 1 11 || echo refused; echo ran' 2>&1)
check "rootless: mknod of a host device is refused by the user namespace" sh -c "echo '$out' | grep -q refused && echo '$out' | grep -q ran"

echo "cgroup-v2: $passes passed, $fails failed"
exit $((fails > 0))
