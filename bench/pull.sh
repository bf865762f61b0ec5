#!/usr/bin/env bash
# Pulling a multi-layer image from a local registry (Debian's docker-registry on 127.0.0.1)
# into an empty store: rcon (gzip and zstd layers), next to the serial floor (sha256sum, then
# gunzip into tar, layer after layer) and, when installed, podman pull and skopeo copy to an
# OCI directory. The image: 4 layers of random data, PULL_MB in all (default 104).
#
# needs: docker-registry, hyperfine, jq, curl (just deps)
# usage (as root): bench/pull.sh        environment: PULL_MB=104 PULL_RUNS=5
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

MB=${PULL_MB:-104}
RUNS=${PULL_RUNS:-5}
LAYERS=4
bin="$PWD/target/release/rcon"
work=$(mktemp -d "$PWD/target/bench-pull.XXXXXX")
run=$(mktemp -d /run/rcon-bench-pull.XXXXXX)
reg_pid=""
cleanup() {
    set +e
    [ -n "$reg_pid" ] && kill "$reg_pid" 2>/dev/null
    for s in "$work"/s-*; do
        [ -d "$s" ] && "$bin" --root "$s/root" --runroot "$run/$(basename "$s")" system reset -f >/dev/null 2>&1
    done
    rm -rf "$work" "$run"
}
trap cleanup EXIT

# a free port, and the registry on it
port=""
for p in $(shuf -i 20000-60000 -n 50); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then port=$p; break; fi
done
[ -n "$port" ] || { echo "pull.sh: no free port found" >&2; exit 1; }
host="127.0.0.1:$port"
cat >"$work/registry.yml" <<EOF
version: 0.1
log:
  level: error
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: $work/registry
http:
  addr: $host
EOF
docker-registry serve "$work/registry.yml" >"$work/registry.log" 2>&1 &
reg_pid=$!
for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done

echo "== image: $LAYERS layers, $MB MB of random data, as a docker-archive, loaded and pushed by rcon"
per=$((MB * 1024 * 1024 / LAYERS))
diffs=()
layers=()
for i in $(seq 0 $((LAYERS - 1))); do
    mkdir -p "$work/l$i"
    head -c "$per" /dev/urandom >"$work/l$i/data$i"
    tar -C "$work/l$i" -cf "$work/layer$i.tar" .
    diffs+=("\"sha256:$(sha256sum "$work/layer$i.tar" | cut -d' ' -f1)\"")
    layers+=("\"layer$i.tar\"")
    rm -rf "$work/l$i"
done
join() { local IFS=,; echo "$*"; }
echo "{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{\"Cmd\":[\"/data0\"]},\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[$(join "${diffs[@]}")]}}" >"$work/config.json"
echo "[{\"Config\":\"config.json\",\"RepoTags\":[\"bench/pull:latest\"],\"Layers\":[$(join "${layers[@]}")]}]" >"$work/manifest.json"
(cd "$work" && tar -cf image.tar config.json manifest.json layer*.tar && rm -f layer*.tar)
src=(--root "$work/src/root" --runroot "$run/src")
"$bin" "${src[@]}" load -i "$work/image.tar" >/dev/null
"$bin" "${src[@]}" push -q --compression-format gzip bench/pull:latest "$host/bench/pull:gzip"
"$bin" "${src[@]}" push -q --compression-format zstd bench/pull:latest "$host/bench/pull:zstd"
"$bin" "${src[@]}" system reset -f >/dev/null
rm -f "$work/image.tar"

hf() {
    local name=$1
    shift
    hyperfine -N --runs "$RUNS" --warmup 1 --export-json "$work/$name.json" "$@"
}
median_s() { jq -r '.results[0].median' "$work/$1.json"; }
pull_cmd() { echo "$bin --root $work/s-$1/root --runroot $run/s-$1 pull -q $host/bench/pull:$2"; }

echo "== rcon pull (gzip)"
hf gzip --prepare "rm -rf $work/s-g $run/s-g" "$(pull_cmd g gzip)"
echo "== rcon pull (zstd)"
hf zstd --prepare "rm -rf $work/s-z $run/s-z" "$(pull_cmd z zstd)"

echo "== floor: sha256sum, then gunzip | tar -x, of the gzip blobs one after another"
blobs="$work/registry/docker/registry/v2/blobs/sha256"
gz_layers=$(curl -s -H 'Accept: application/vnd.oci.image.manifest.v1+json' "http://$host/v2/bench/pull/manifests/gzip" | jq -r '.layers[].digest')
floor_script="$work/floor.sh"
{
    echo 'set -e; rm -rf "$1"; mkdir -p "$1"'
    for d in $gz_layers; do
        h=${d#sha256:}
        echo "sha256sum $blobs/${h:0:2}/$h/data >/dev/null; gzip -dc $blobs/${h:0:2}/$h/data | tar -x -C \"\$1\""
    done
} >"$floor_script"
hf floor "sh $floor_script $work/floor"

podman_s=""
if command -v podman >/dev/null; then
    echo "== podman pull (private --root/--runroot)"
    pa="--root $work/pod/root --runroot $run/pod"
    [ -d /run/systemd/system ] || pa="$pa --cgroup-manager cgroupfs --events-backend file"
    hf podman --prepare "rm -rf $work/pod $run/pod" "podman $pa pull -q --tls-verify=false $host/bench/pull:gzip"
    podman_s=$(median_s podman)
fi
skopeo_s=""
if command -v skopeo >/dev/null; then
    echo "== skopeo copy to an OCI directory"
    hf skopeo --prepare "rm -rf $work/sk" "skopeo copy -q --src-tls-verify=false docker://$host/bench/pull:gzip oci:$work/sk:x"
    skopeo_s=$(median_s skopeo)
fi

g=$(median_s gzip)
z=$(median_s zstd)
f=$(median_s floor)
row() { printf '%-34s %10s   %s\n' "$@"; }
s() { awk -v v="$1" 'BEGIN { printf "%.2f s", v }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", a / b }'; }
echo
echo "== pull summary (medians of $RUNS runs; $MB MB in $LAYERS layers; $(nproc) cpus)"
row "rcon pull (gzip)" "$(s "$g")" "$(ratio "$g" "$f") of the floor (target <= 1.1x)"
row "rcon pull (zstd)" "$(s "$z")" "$(ratio "$z" "$f") of the gzip floor"
row "floor: sha256 + gunzip + tar, serial" "$(s "$f")" ""
[ -n "$podman_s" ] && row "podman pull" "$(s "$podman_s")" "rcon gzip is $(ratio "$g" "$podman_s") of it (target <= 0.5x)"
[ -n "$skopeo_s" ] && row "skopeo copy to oci dir" "$(s "$skopeo_s")" ""
exit 0
