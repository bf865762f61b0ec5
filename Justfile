# rcon's tasks. Everything that runs containers needs root: `sudo -E env "PATH=$PATH" just ...`
# where you are not root.

set shell := ["bash", "-euo", "pipefail", "-c"]

# Debian 12 packages the build, the tests and the benchmarks need
packages := "zsh fish gcc libc6-dev pkg-config libseccomp-dev busybox-static uidmap util-linux iproute2 passwd tar gzip zstd hyperfine time jq skopeo docker-registry apache2-utils openssl curl"

# what the cgroup v2 VM test needs on top (vm-test installs them itself)
vm_packages := "qemu-system-x86 cpio xz-utils"

# bash: the packages of `packages` that dpkg does not have installed, into the array `missing`
find_missing := "missing=(); for p in " + packages + "; do dpkg-query -W -f='${Status}' \"$p\" 2>/dev/null | grep -q '^install ok installed$' || missing+=(\"$p\"); done"

rcon := "./target/release/rcon"

# the throw-away cgroup v2 VM of the shared tools (vm-test)
vmrun := env_var_or_default("VMRUN", "../shared/tools/vmtest/vm-run.sh")

# list the recipes
default:
    @{{just_executable()}} --list --justfile {{justfile()}}

# install what the build, tests and benchmarks need (Debian 12, as root; fast when present)
deps:
    #!/usr/bin/env bash
    set -euo pipefail
    {{find_missing}}
    if [ ${#missing[@]} -gt 0 ]; then
        if [ "$(id -u)" != 0 ]; then
            echo "just deps: missing packages: ${missing[*]}; installing them needs root: sudo -E env \"PATH=\$PATH\" just deps" >&2
            exit 1
        fi
        echo "just deps: installing ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "just deps: all packages present"
    fi
    # distributions ship /dev/net/tun 666; some machines have 600, which breaks rootless networking
    if [ -c /dev/net/tun ] && [ "$(id -u)" = 0 ] && [ "$(stat -c %a /dev/net/tun)" != 666 ]; then
        chmod 666 /dev/net/tun
        echo "just deps: chmod 666 /dev/net/tun"
    fi
    # just runs this recipe, but maybe from elsewhere than PATH: put one where cargo puts it
    if ! command -v just >/dev/null && command -v cargo >/dev/null; then cargo install just --locked; fi

# fail unless every package of `just deps` is installed
_check-deps:
    #!/usr/bin/env bash
    set -euo pipefail
    {{find_missing}}
    if [ ${#missing[@]} -gt 0 ]; then
        echo "missing packages: ${missing[*]}: run just deps (as root)" >&2
        exit 1
    fi

# fail unless we are root (containers, and the rootless tests' user, need it)
_check-root what:
    #!/usr/bin/env bash
    if [ "$(id -u)" != 0 ]; then
        echo "just {{what}} runs real containers and must run as root: sudo -E env \"PATH=\$PATH\" just {{what}}" >&2
        exit 1
    fi

# build the release binary (target/release/rcon)
build:
    cargo build --release

# import a busybox image and run two containers in a private store (target/demo), as root, offline
demo: (_check-root "demo") deps build
    #!/usr/bin/env bash
    set -euo pipefail
    dir="$PWD/target/demo"
    rcon=("{{rcon}}" --root "$dir/root" --runroot "$dir/run")
    # re-runnable: forget what the last demo left
    if [ -d "$dir" ]; then "${rcon[@]}" system reset -f; rm -rf "$dir"; fi
    mkdir -p "$dir"
    echo "+ tests/fixtures/busybox-rootfs.sh $dir/busybox.tar"
    sh tests/fixtures/busybox-rootfs.sh "$dir/busybox.tar"
    echo "+ rcon import --change 'CMD [\"/bin/sh\"]' $dir/busybox.tar demo-busybox"
    "${rcon[@]}" import --change 'CMD ["/bin/sh"]' "$dir/busybox.tar" demo-busybox
    echo "+ rcon run --rm demo-busybox echo \"hello from rcon\""
    "${rcon[@]}" run --rm demo-busybox echo "hello from rcon"
    echo "+ rcon run --rm demo-busybox sh -c 'echo \"pid \$\$ on \$(hostname)\"; id'"
    "${rcon[@]}" run --rm demo-busybox sh -c 'echo "pid $$ on $(hostname)"; id'
    echo
    echo "What happened: a root filesystem was built from Debian's static busybox and imported as"
    echo "the image demo-busybox; each rcon run started a container in its own pid, mount, uts,"
    echo "ipc and network namespaces (so the shell is pid 1 and has its own hostname), on an"
    echo "overlay of the image (a copy where overlay cannot be mounted), and removed it when it"
    echo "exited (--rm). The store is $dir:"
    echo "  {{rcon}} --root $dir/root --runroot $dir/run run --rm -it demo-busybox"
    echo "starts an interactive shell; just demo again starts from scratch."

# run the test suite (real containers, as root; the rootless cases run as the user rcontest)
test: (_check-root "test") _check-deps
    cargo test --release

# the cgroup v2 checks (tests/vm/cgroup-v2.sh) in a throw-away VM, root and rootless
vm-test: build
    #!/usr/bin/env bash
    set -euo pipefail
    missing=(); for p in {{vm_packages}}; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p"); done
    if [ ${#missing[@]} -gt 0 ]; then
        [ "$(id -u)" = 0 ] || { echo "vm-test: missing ${missing[*]}: install them as root" >&2; exit 1; }
        echo "vm-test: installing ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
    vm="{{vmrun}}"
    [ -x "$vm" ] || { echo "vm-test: $vm not found (set VMRUN=path/to/vm-run.sh)" >&2; exit 1; }
    command -v qemu-system-x86_64 >/dev/null || { echo "vm-test: install qemu-system-x86 cpio xz-utils" >&2; exit 1; }
    sh tests/fixtures/busybox-rootfs.sh target/busybox.tar
    "$vm" --share "$PWD" -- tests/vm/cgroup-v2.sh "$PWD/{{rcon}}" "$PWD/target/busybox.tar"

# install the binary, the man pages and the shell completions (as root; PREFIX=/usr/local,
# DESTDIR for packaging): `man rcon` and tab completion work afterwards
install: build
    #!/usr/bin/env bash
    set -euo pipefail
    prefix="${DESTDIR:-}${PREFIX:-/usr/local}"
    install -D -m 755 {{rcon}} "$prefix/bin/rcon"
    install -d "$prefix/share/man/man1"
    install -m 644 man/*.1 "$prefix/share/man/man1/"
    install -D -m 644 completions/rcon.bash "$prefix/share/bash-completion/completions/rcon"
    install -D -m 644 completions/_rcon "$prefix/share/zsh/site-functions/_rcon"
    install -D -m 644 completions/rcon.fish "$prefix/share/fish/vendor_completions.d/rcon.fish"
    echo "installed rcon, $(ls man/*.1 | wc -l) man pages and the bash, zsh and fish completions under $prefix"

# rustfmt and clippy, warnings are errors
lint:
    cargo fmt --all -- --check
    cargo clippy --all-targets --release -- -D warnings

# regenerate the man pages (man/) and shell completions (completions/)
docs: build
    rm -rf man completions
    {{rcon}} __docs man completions

# fail if man/ or completions/ differ from what the binary generates
docs-check: build
    #!/usr/bin/env bash
    set -euo pipefail
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    {{rcon}} __docs "$tmp/man" "$tmp/completions"
    if ! diff -r man "$tmp/man" >/dev/null 2>&1 || ! diff -r completions "$tmp/completions" >/dev/null 2>&1; then
        diff -r man "$tmp/man" | head -n 20 || true
        diff -r completions "$tmp/completions" | head -n 20 || true
        echo "man pages or completions are stale: run just docs" >&2
        exit 1
    fi
    echo "man pages and completions are up to date"

# measure start, exec and ps latency and the supervisor's memory (as root)
bench: (_check-root "bench") _check-deps
    bash bench/bench.sh
    bash bench/pull.sh

# what CI runs (.ci/run): deps, lint, docs-check, test, and the cgroup v2 checks in a VM
ci: deps lint docs-check test vm-test
