# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_rcon_global_optspecs
    string join \n root= runroot= storage-driver= log-level= storage-opt= cgroup-manager= events-backend= tmpdir= volumepath= network-cmd-path= noout h/help V/version
end

function __fish_rcon_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_rcon_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_rcon_using_subcommand
    set -l cmd (__fish_rcon_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c rcon -n "__fish_rcon_needs_command" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_needs_command" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_needs_command" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_needs_command" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_needs_command" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_needs_command" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_needs_command" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_needs_command" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_needs_command" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_needs_command" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_needs_command" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_needs_command" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_needs_command" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "run" -d 'Run a command in a new container'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "create" -d 'Create a container without starting it'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "start" -d 'Start one or more containers'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "stop" -d 'Stop one or more containers (stop signal, then SIGKILL after the timeout)'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "kill" -d 'Send a signal to one or more containers'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "restart" -d 'Restart one or more containers'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "rm" -d 'Remove one or more containers'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "ps" -d 'List containers'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "ls" -d 'List containers'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "list" -d 'List containers'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "inspect" -d 'Show details of containers or images'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "wait" -d 'Wait for containers to stop and print their exit codes'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "logs" -d 'Show a container\'s output'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "exec" -d 'Run a process in a running container'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "attach" -d 'Attach to a running container\'s terminal or output'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "top" -d 'Show the processes of a container'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "pause" -d 'Pause all processes in containers'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "unpause" -d 'Resume paused containers'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "rename" -d 'Rename a container'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "cp" -d 'Copy files between a container and the host (`-` for a tar archive on stdin/stdout)'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "export" -d 'Write a container\'s filesystem as a tar archive'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "diff" -d 'Show files a container changed (A added, C changed, D deleted)'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "port" -d 'List port mappings of a container'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "commit" -d 'Create a new image from a container\'s changes'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "init" -d 'Initialize one or more containers: ready to start, not started'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "mount" -d 'Mount a container\'s root filesystem on the host and print where'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "unmount" -d 'Unmount a container\'s root filesystem'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "umount" -d 'Unmount a container\'s root filesystem'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "images" -d 'List images'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "import" -d 'Create an image from a root filesystem tarball (plain, gzip or zstd; - for stdin)'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "load" -d 'Load images from a docker-archive, OCI archive or OCI layout'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "tag" -d 'Add names to an image'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "untag" -d 'Remove names from an image'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "rmi" -d 'Remove images'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "pull" -d 'Pull an image from a registry'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "push" -d 'Push an image to a registry'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "save" -d 'Save images to an archive (docker-archive or oci-archive)'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "history" -d 'Show the history of an image'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "container" -d 'Manage containers'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "image" -d 'Manage images'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "volume" -d 'Manage volumes'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "network" -d 'Manage networks (created and inspected; containers join them with the bridge datapath)'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "system" -d 'Manage rcon itself'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "info" -d 'Display information about the host and rcon'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "events" -d 'Show rcon events (from the events log; followed until interrupted)'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "version" -d 'Display the rcon version'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "completion" -d 'Print a shell completion script'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "login" -d 'Log in to a registry (credentials kept in auth.json)'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "logout" -d 'Log out of a registry'
complete -c rcon -n "__fish_rcon_needs_command" -f -a "unshare" -d 'Run a command (default: $SHELL) in the rootless user namespace, where rcon mount works'
complete -c rcon -n "__fish_rcon_using_subcommand run" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand run" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand run" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand run" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand run" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand run" -l detach-keys -d 'Keys that detach from the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l sig-proxy -d 'Forward signals received by rcon to the container' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand run" -l passwd -d 'add entries to /etc/passwd and /etc/group' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand run" -l preserve-fds -d 'Pass a number of additional file descriptors into the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l name -d 'Name of the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -s e -l env -d 'Set an environment variable (NAME=VALUE, or NAME to copy the host\'s)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l env-file -d 'Read environment variables from a file' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand run" -s w -l workdir -d 'Working directory inside the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -s u -l user -d 'User (name or uid) and optionally group, as user[:group]' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l entrypoint -d 'Override the image\'s entrypoint (a command or a JSON array)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -s h -l hostname -d 'Hostname of the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -s l -l label -d 'Set a label (KEY=VALUE)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l network -l net -d 'Network mode: none (default until bridge networking) or host' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l log-driver -d 'Logging driver (k8s-file)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l log-opt -d 'Log option: max-size=SIZE, max-file=N' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l ulimit -d 'Resource limit NAME=SOFT[:HARD], e.g. nofile=1024:2048' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l stop-signal -d 'Signal that stops the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l stop-timeout -d 'Seconds to wait for the stop signal before SIGKILL' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l cidfile -d 'Write the container id to this file' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand run" -l cap-add -d 'Add capabilities (e.g. NET_ADMIN, or ALL; a comma-separated list or repeated)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l cap-drop -d 'Drop capabilities (e.g. CHOWN, or ALL; a comma-separated list or repeated)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l security-opt -d 'seccomp=unconfined|FILE, no-new-privileges[=true|false]' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l pull -d 'Pull the image: missing (default), always, never, newer' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l authfile -d 'Credentials file (default: $REGISTRY_AUTH_FILE, else podman\'s auth.json)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand run" -l tls-verify -d 'Require HTTPS and verify certificates (false: allow plain HTTP and any certificate)' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand run" -l arch -d 'Pull the image for this architecture instead of the host\'s' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l os -d 'Pull the image for this OS instead of linux' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l variant -d 'Pull the image for this architecture variant (e.g. v7)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l platform -d 'Pull the image for OS/ARCH[/VARIANT]' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l annotation -d 'Add annotations to container (key=value)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -s a -l attach -d 'Attach to STDIN, STDOUT or STDERR' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l env-merge -d 'Preprocess environment variables from image before injecting them into the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l unsetenv -d 'Unset environment default variables in container' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l http-proxy -d 'Set proxy environment variables in the container based on the host proxy vars' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand run" -l label-file -d 'Read in a line delimited file of labels' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand run" -l tz -d 'Set timezone in container (a zone of /usr/share/zoneinfo, or local)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l umask -d 'Set umask in container (default 0022)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l pidfile -d 'Write the container process ID to the file' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand run" -l conmon-pidfile -d 'Path to the file that will receive the PID of the container\'s supervisor (conmon)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand run" -l requires -d 'Add one or more requirement containers that must be started before this container will start' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l timeout -d 'Maximum length of time a container is allowed to run. The container will be killed automatically after the time expires' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l add-host -d 'Add a custom host-to-IP mapping (host:ip)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l hostuser -d 'Host user account to add to /etc/passwd within container' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l passwd-entry -d 'Entry to write to /etc/passwd ($USERNAME, $UID, $GID, $NAME and $HOME are replaced)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l cgroupns -d 'cgroup namespace to use: host, private, container:NAME, ns:PATH' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l chrootdirs -d 'Chroot directories inside the container (their etc/hosts and etc/resolv.conf are provided)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l gidmap -d 'GID map to use for the user namespace (CONTAINER_GID:HOST_GID:SIZE)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l group-add -d 'Add additional groups to the primary container process. \'keep-groups\' allows container processes to use supplementary groups' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l init-path -d 'Path to the container-init binary (with --init)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l ipc -d 'IPC namespace to use: host, private, shareable, none, container:NAME, ns:PATH' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l oom-score-adj -d 'Tune the host\'s OOM preferences (-1000 to 1000)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l personality -d 'Configure execution domain using personality (e.g., LINUX/LINUX32)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l pid -d 'PID namespace to use: host, private, container:NAME, ns:PATH' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l read-only -d 'Make containers root filesystem read-only' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand run" -l read-only-tmpfs -d 'When running containers in read-only mode mount a read-write tmpfs on /run, /tmp and /var/tmp' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand run" -l seccomp-policy -d 'Policy for selecting a seccomp profile: default, or image (the image\'s io.containers.seccomp.profile label)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l shm-size -d 'Size of /dev/shm (format: <number>[<unit>], where unit = b, k, m or g)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l subgidname -d 'Name of range listed in /etc/subgid for use in user namespace' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l subuidname -d 'Name of range listed in /etc/subuid for use in user namespace' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l sysctl -d 'Sysctl options (namespaced ones: net.*, kernel.shm*, kernel.msg*, kernel.sem, fs.mqueue.*)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l uidmap -d 'UID map to use for the user namespace (CONTAINER_UID:HOST_UID:SIZE)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l userns -d 'User namespace to use: host, keep-id, nomap, auto[:size=N]' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l uts -d 'UTS namespace to use: host, private, container:NAME, ns:PATH' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -s v -l volume -d 'Bind mount a volume into the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l mount -d 'Attach a filesystem mount to the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l tmpfs -d 'Mount a temporary filesystem (tmpfs) into a container' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l image-volume -d 'Tells rcon how to handle the builtin image volumes ("bind"|"tmpfs"|"ignore")' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l volumes-from -d 'Mount volumes from the specified container(s)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -s p -l publish -d 'Publish a container\'s port, or a range of ports, to the host (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -s P -l publish-all -d 'Publish all exposed ports to random ports on the host interface (not available yet: comes with networks)' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand run" -l ip -d 'Specify a static IPv4 address for the container (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l ip6 -d 'Specify a static IPv6 address for the container (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l dns -d 'Set custom DNS servers (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l dns-option -d 'Set custom DNS options (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l dns-search -d 'Set custom DNS search domains (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l network-alias -d 'Add network-scoped alias for the container (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l mac-address -d 'Container MAC address (e.g. 92:d0:c6:0a:29:33) (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l expose -d 'Expose a port or a range of ports (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -s m -l memory -d 'Memory limit (format: <number>[<unit>], where unit = b, k, m or g) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l memory-reservation -d 'Memory soft limit (format: <number>[<unit>], where unit = b, k, m or g) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l memory-swap -d 'Swap limit equal to memory plus swap: \'-1\' to enable unlimited swap (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l memory-swappiness -d 'Tune container memory swappiness (0 to 100, or -1 for system default) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l cpus -d 'Number of CPUs (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l cpu-period -d 'Limit the CPU CFS (Completely Fair Scheduler) period (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l cpu-quota -d 'Limit the CPU CFS (Completely Fair Scheduler) quota (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l cpu-rt-period -d 'Limit the CPU real-time period in microseconds (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l cpu-rt-runtime -d 'Limit the CPU real-time runtime in microseconds (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -s c -l cpu-shares -d 'CPU shares (relative weight) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l cpuset-mems -d 'Memory nodes (MEMs) in which to allow execution (0-3, 0,1) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l pids-limit -d 'Tune container pids limit (set -1 for unlimited) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l blkio-weight -d 'Block IO weight (relative weight) accepts a weight value between 10 and 1000 (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l blkio-weight-device -d 'Block IO weight (relative device weight) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l device -d 'Add a host device to the container (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l device-cgroup-rule -d 'Add a rule to the cgroup allowed devices list (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l device-read-bps -d 'Limit read rate (bytes per second) from a device (e.g. --device-read-bps=/dev/sda:1mb) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l device-read-iops -d 'Limit read rate (IO per second) from a device (e.g. --device-read-iops=/dev/sda:1000) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l device-write-bps -d 'Limit write rate (bytes per second) to a device (e.g. --device-write-bps=/dev/sda:1mb) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l device-write-iops -d 'Limit write rate (IO per second) to a device (e.g. --device-write-iops=/dev/sda:1000) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l cgroup-parent -d 'Optional parent cgroup for the container (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l cgroups -d 'control container cgroup configuration ("enabled"|"disabled"|"no-conmon"|"split") (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l cgroup-conf -d 'Configure cgroup v2 (key=value) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l oom-kill-disable -d 'Disable OOM Killer (not available yet: comes with resource limits)' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand run" -l health-cmd -d 'set a healthcheck command for the container (\'none\' disables the existing healthcheck) (not available yet: comes with health checks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l health-interval -d 'set an interval for the healthchecks (not available yet: comes with health checks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l health-on-failure -d 'action to take once the container turns unhealthy (not available yet: comes with health checks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l health-retries -d 'the number of retries allowed before a healthcheck is considered to be unhealthy (not available yet: comes with health checks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l health-start-period -d 'the initialization time needed for a container to bootstrap (not available yet: comes with health checks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l health-timeout -d 'the maximum time allowed to complete the healthcheck before an interval is considered failed (not available yet: comes with health checks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l no-healthcheck -d 'Disable healthchecks on container (not available yet: comes with health checks)' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand run" -l restart -d 'Restart policy to apply when a container exits ("always"|"no"|"on-failure"|"unless-stopped") (not available yet: comes with restart policies)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l sdnotify -d 'control sd-notify behavior ("container"|"conmon"|"ignore") (not available yet: comes with systemd integration)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l systemd -d 'Run container in systemd mode ("true"|"false"|"always") (not available yet: comes with systemd integration)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l pod -d 'Run container in an existing pod (not available yet: comes with pods)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l pod-id-file -d 'Read the pod ID from the file (not available yet: comes with pods)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l secret -d 'Add secret to container (not available yet: comes with secrets)' -r
complete -c rcon -n "__fish_rcon_using_subcommand run" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand run" -s d -l detach -d 'Run in the background and print the container id'
complete -c rcon -n "__fish_rcon_using_subcommand run" -l rmi -d 'Remove container image unless used by other containers'
complete -c rcon -n "__fish_rcon_using_subcommand run" -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand run" -s i -l interactive -d 'Keep stdin open'
complete -c rcon -n "__fish_rcon_using_subcommand run" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c rcon -n "__fish_rcon_using_subcommand run" -l rm -d 'Remove the container when it exits'
complete -c rcon -n "__fish_rcon_using_subcommand run" -l init -d 'Run an init process as PID 1 that forwards signals and reaps zombies'
complete -c rcon -n "__fish_rcon_using_subcommand run" -l privileged -d 'Give extended privileges to container'
complete -c rcon -n "__fish_rcon_using_subcommand run" -s q -l quiet -d 'Pull without progress output'
complete -c rcon -n "__fish_rcon_using_subcommand run" -l disable-content-trust -d 'Docker\'s content trust switch: accepted for scripts and does nothing, as in podman'
complete -c rcon -n "__fish_rcon_using_subcommand run" -l env-host -d 'Use all current host environment variables in container'
complete -c rcon -n "__fish_rcon_using_subcommand run" -l unsetenv-all -d 'Unset all default environment variables in container'
complete -c rcon -n "__fish_rcon_using_subcommand run" -l replace -d 'If a container with the same name exists, replace it'
complete -c rcon -n "__fish_rcon_using_subcommand run" -l no-hosts -d 'Do not create /etc/hosts within the container, instead use the version from the image'
complete -c rcon -n "__fish_rcon_using_subcommand run" -l rootfs -d 'The first argument is not an image but the rootfs to the exploded container (DIR, or DIR:O for an overlay over it)'
complete -c rcon -n "__fish_rcon_using_subcommand run" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand create" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand create" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand create" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand create" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand create" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand create" -l name -d 'Name of the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -s e -l env -d 'Set an environment variable (NAME=VALUE, or NAME to copy the host\'s)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l env-file -d 'Read environment variables from a file' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand create" -s w -l workdir -d 'Working directory inside the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -s u -l user -d 'User (name or uid) and optionally group, as user[:group]' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l entrypoint -d 'Override the image\'s entrypoint (a command or a JSON array)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -s h -l hostname -d 'Hostname of the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -s l -l label -d 'Set a label (KEY=VALUE)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l network -l net -d 'Network mode: none (default until bridge networking) or host' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l log-driver -d 'Logging driver (k8s-file)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l log-opt -d 'Log option: max-size=SIZE, max-file=N' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l ulimit -d 'Resource limit NAME=SOFT[:HARD], e.g. nofile=1024:2048' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l stop-signal -d 'Signal that stops the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l stop-timeout -d 'Seconds to wait for the stop signal before SIGKILL' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l cidfile -d 'Write the container id to this file' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand create" -l cap-add -d 'Add capabilities (e.g. NET_ADMIN, or ALL; a comma-separated list or repeated)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l cap-drop -d 'Drop capabilities (e.g. CHOWN, or ALL; a comma-separated list or repeated)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l security-opt -d 'seccomp=unconfined|FILE, no-new-privileges[=true|false]' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l pull -d 'Pull the image: missing (default), always, never, newer' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l authfile -d 'Credentials file (default: $REGISTRY_AUTH_FILE, else podman\'s auth.json)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand create" -l tls-verify -d 'Require HTTPS and verify certificates (false: allow plain HTTP and any certificate)' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand create" -l arch -d 'Pull the image for this architecture instead of the host\'s' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l os -d 'Pull the image for this OS instead of linux' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l variant -d 'Pull the image for this architecture variant (e.g. v7)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l platform -d 'Pull the image for OS/ARCH[/VARIANT]' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l annotation -d 'Add annotations to container (key=value)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -s a -l attach -d 'Attach to STDIN, STDOUT or STDERR' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l env-merge -d 'Preprocess environment variables from image before injecting them into the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l unsetenv -d 'Unset environment default variables in container' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l http-proxy -d 'Set proxy environment variables in the container based on the host proxy vars' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand create" -l label-file -d 'Read in a line delimited file of labels' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand create" -l tz -d 'Set timezone in container (a zone of /usr/share/zoneinfo, or local)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l umask -d 'Set umask in container (default 0022)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l pidfile -d 'Write the container process ID to the file' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand create" -l conmon-pidfile -d 'Path to the file that will receive the PID of the container\'s supervisor (conmon)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand create" -l requires -d 'Add one or more requirement containers that must be started before this container will start' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l timeout -d 'Maximum length of time a container is allowed to run. The container will be killed automatically after the time expires' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l add-host -d 'Add a custom host-to-IP mapping (host:ip)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l hostuser -d 'Host user account to add to /etc/passwd within container' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l passwd-entry -d 'Entry to write to /etc/passwd ($USERNAME, $UID, $GID, $NAME and $HOME are replaced)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l cgroupns -d 'cgroup namespace to use: host, private, container:NAME, ns:PATH' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l chrootdirs -d 'Chroot directories inside the container (their etc/hosts and etc/resolv.conf are provided)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l gidmap -d 'GID map to use for the user namespace (CONTAINER_GID:HOST_GID:SIZE)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l group-add -d 'Add additional groups to the primary container process. \'keep-groups\' allows container processes to use supplementary groups' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l init-path -d 'Path to the container-init binary (with --init)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l ipc -d 'IPC namespace to use: host, private, shareable, none, container:NAME, ns:PATH' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l oom-score-adj -d 'Tune the host\'s OOM preferences (-1000 to 1000)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l personality -d 'Configure execution domain using personality (e.g., LINUX/LINUX32)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l pid -d 'PID namespace to use: host, private, container:NAME, ns:PATH' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l read-only -d 'Make containers root filesystem read-only' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand create" -l read-only-tmpfs -d 'When running containers in read-only mode mount a read-write tmpfs on /run, /tmp and /var/tmp' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand create" -l seccomp-policy -d 'Policy for selecting a seccomp profile: default, or image (the image\'s io.containers.seccomp.profile label)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l shm-size -d 'Size of /dev/shm (format: <number>[<unit>], where unit = b, k, m or g)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l subgidname -d 'Name of range listed in /etc/subgid for use in user namespace' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l subuidname -d 'Name of range listed in /etc/subuid for use in user namespace' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l sysctl -d 'Sysctl options (namespaced ones: net.*, kernel.shm*, kernel.msg*, kernel.sem, fs.mqueue.*)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l uidmap -d 'UID map to use for the user namespace (CONTAINER_UID:HOST_UID:SIZE)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l userns -d 'User namespace to use: host, keep-id, nomap, auto[:size=N]' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l uts -d 'UTS namespace to use: host, private, container:NAME, ns:PATH' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -s v -l volume -d 'Bind mount a volume into the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l mount -d 'Attach a filesystem mount to the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l tmpfs -d 'Mount a temporary filesystem (tmpfs) into a container' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l image-volume -d 'Tells rcon how to handle the builtin image volumes ("bind"|"tmpfs"|"ignore")' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l volumes-from -d 'Mount volumes from the specified container(s)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -s p -l publish -d 'Publish a container\'s port, or a range of ports, to the host (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -s P -l publish-all -d 'Publish all exposed ports to random ports on the host interface (not available yet: comes with networks)' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand create" -l ip -d 'Specify a static IPv4 address for the container (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l ip6 -d 'Specify a static IPv6 address for the container (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l dns -d 'Set custom DNS servers (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l dns-option -d 'Set custom DNS options (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l dns-search -d 'Set custom DNS search domains (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l network-alias -d 'Add network-scoped alias for the container (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l mac-address -d 'Container MAC address (e.g. 92:d0:c6:0a:29:33) (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l expose -d 'Expose a port or a range of ports (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -s m -l memory -d 'Memory limit (format: <number>[<unit>], where unit = b, k, m or g) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l memory-reservation -d 'Memory soft limit (format: <number>[<unit>], where unit = b, k, m or g) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l memory-swap -d 'Swap limit equal to memory plus swap: \'-1\' to enable unlimited swap (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l memory-swappiness -d 'Tune container memory swappiness (0 to 100, or -1 for system default) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l cpus -d 'Number of CPUs (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l cpu-period -d 'Limit the CPU CFS (Completely Fair Scheduler) period (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l cpu-quota -d 'Limit the CPU CFS (Completely Fair Scheduler) quota (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l cpu-rt-period -d 'Limit the CPU real-time period in microseconds (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l cpu-rt-runtime -d 'Limit the CPU real-time runtime in microseconds (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -s c -l cpu-shares -d 'CPU shares (relative weight) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l cpuset-mems -d 'Memory nodes (MEMs) in which to allow execution (0-3, 0,1) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l pids-limit -d 'Tune container pids limit (set -1 for unlimited) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l blkio-weight -d 'Block IO weight (relative weight) accepts a weight value between 10 and 1000 (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l blkio-weight-device -d 'Block IO weight (relative device weight) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l device -d 'Add a host device to the container (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l device-cgroup-rule -d 'Add a rule to the cgroup allowed devices list (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l device-read-bps -d 'Limit read rate (bytes per second) from a device (e.g. --device-read-bps=/dev/sda:1mb) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l device-read-iops -d 'Limit read rate (IO per second) from a device (e.g. --device-read-iops=/dev/sda:1000) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l device-write-bps -d 'Limit write rate (bytes per second) to a device (e.g. --device-write-bps=/dev/sda:1mb) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l device-write-iops -d 'Limit write rate (IO per second) to a device (e.g. --device-write-iops=/dev/sda:1000) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l cgroup-parent -d 'Optional parent cgroup for the container (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l cgroups -d 'control container cgroup configuration ("enabled"|"disabled"|"no-conmon"|"split") (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l cgroup-conf -d 'Configure cgroup v2 (key=value) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l oom-kill-disable -d 'Disable OOM Killer (not available yet: comes with resource limits)' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand create" -l health-cmd -d 'set a healthcheck command for the container (\'none\' disables the existing healthcheck) (not available yet: comes with health checks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l health-interval -d 'set an interval for the healthchecks (not available yet: comes with health checks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l health-on-failure -d 'action to take once the container turns unhealthy (not available yet: comes with health checks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l health-retries -d 'the number of retries allowed before a healthcheck is considered to be unhealthy (not available yet: comes with health checks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l health-start-period -d 'the initialization time needed for a container to bootstrap (not available yet: comes with health checks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l health-timeout -d 'the maximum time allowed to complete the healthcheck before an interval is considered failed (not available yet: comes with health checks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l no-healthcheck -d 'Disable healthchecks on container (not available yet: comes with health checks)' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand create" -l restart -d 'Restart policy to apply when a container exits ("always"|"no"|"on-failure"|"unless-stopped") (not available yet: comes with restart policies)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l sdnotify -d 'control sd-notify behavior ("container"|"conmon"|"ignore") (not available yet: comes with systemd integration)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l systemd -d 'Run container in systemd mode ("true"|"false"|"always") (not available yet: comes with systemd integration)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l pod -d 'Run container in an existing pod (not available yet: comes with pods)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l pod-id-file -d 'Read the pod ID from the file (not available yet: comes with pods)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l secret -d 'Add secret to container (not available yet: comes with secrets)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l init-ctr -d 'Make this a pod init container ("always"|"once") (not available yet: comes with pods)' -r
complete -c rcon -n "__fish_rcon_using_subcommand create" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand create" -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand create" -s i -l interactive -d 'Keep stdin open'
complete -c rcon -n "__fish_rcon_using_subcommand create" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c rcon -n "__fish_rcon_using_subcommand create" -l rm -d 'Remove the container when it exits'
complete -c rcon -n "__fish_rcon_using_subcommand create" -l init -d 'Run an init process as PID 1 that forwards signals and reaps zombies'
complete -c rcon -n "__fish_rcon_using_subcommand create" -l privileged -d 'Give extended privileges to container'
complete -c rcon -n "__fish_rcon_using_subcommand create" -s q -l quiet -d 'Pull without progress output'
complete -c rcon -n "__fish_rcon_using_subcommand create" -l disable-content-trust -d 'Docker\'s content trust switch: accepted for scripts and does nothing, as in podman'
complete -c rcon -n "__fish_rcon_using_subcommand create" -l env-host -d 'Use all current host environment variables in container'
complete -c rcon -n "__fish_rcon_using_subcommand create" -l unsetenv-all -d 'Unset all default environment variables in container'
complete -c rcon -n "__fish_rcon_using_subcommand create" -l replace -d 'If a container with the same name exists, replace it'
complete -c rcon -n "__fish_rcon_using_subcommand create" -l no-hosts -d 'Do not create /etc/hosts within the container, instead use the version from the image'
complete -c rcon -n "__fish_rcon_using_subcommand create" -l rootfs -d 'The first argument is not an image but the rootfs to the exploded container (DIR, or DIR:O for an overlay over it)'
complete -c rcon -n "__fish_rcon_using_subcommand create" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand start" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand start" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand start" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand start" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand start" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand start" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand start" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand start" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand start" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand start" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand start" -l detach-keys -d 'Keys that detach from the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand start" -l sig-proxy -d 'Forward signals received by rcon to the container (with --attach)' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand start" -s f -l filter -d 'Filter output based on conditions given' -r
complete -c rcon -n "__fish_rcon_using_subcommand start" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand start" -s a -l attach -d 'Attach to the container\'s output (one container)'
complete -c rcon -n "__fish_rcon_using_subcommand start" -s i -l interactive -d 'Forward stdin to the container (with --attach)'
complete -c rcon -n "__fish_rcon_using_subcommand start" -l all -d 'Start all containers regardless of their state or configuration'
complete -c rcon -n "__fish_rcon_using_subcommand start" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand start" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand start" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand stop" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand stop" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand stop" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand stop" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand stop" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand stop" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand stop" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand stop" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand stop" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand stop" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand stop" -s t -l time -l timeout -d 'Seconds to wait for stop before killing the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand stop" -l cidfile -d 'Read the container ID from the file (repeatable)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand stop" -s f -l filter -d 'Filter output based on conditions given' -r
complete -c rcon -n "__fish_rcon_using_subcommand stop" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand stop" -s a -l all -d 'Stop all running containers'
complete -c rcon -n "__fish_rcon_using_subcommand stop" -s i -l ignore -d 'Ignore errors when a specified container is missing'
complete -c rcon -n "__fish_rcon_using_subcommand stop" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand stop" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand stop" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand kill" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand kill" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand kill" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand kill" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand kill" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand kill" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand kill" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand kill" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand kill" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand kill" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand kill" -s s -l signal -d 'Signal to send' -r
complete -c rcon -n "__fish_rcon_using_subcommand kill" -l cidfile -d 'Read the container ID from the file (repeatable)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand kill" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand kill" -s a -l all -d 'Signal all running containers'
complete -c rcon -n "__fish_rcon_using_subcommand kill" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand kill" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand kill" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand restart" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand restart" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand restart" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand restart" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand restart" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand restart" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand restart" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand restart" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand restart" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand restart" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand restart" -s t -l time -l timeout -d 'Seconds to wait for stop before killing the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand restart" -l cidfile -d 'Read the container ID from the file (repeatable)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand restart" -s f -l filter -d 'Filter output based on conditions given' -r
complete -c rcon -n "__fish_rcon_using_subcommand restart" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand restart" -s a -l all -d 'Restart all containers'
complete -c rcon -n "__fish_rcon_using_subcommand restart" -l running -d 'Restart only running containers'
complete -c rcon -n "__fish_rcon_using_subcommand restart" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand restart" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand restart" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand rm" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand rm" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand rm" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand rm" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand rm" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand rm" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand rm" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand rm" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand rm" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand rm" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand rm" -s t -l time -d 'Seconds to wait for stop before killing the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand rm" -l cidfile -d 'Read the container ID from the file (repeatable)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand rm" -l filter -d 'Filter output based on conditions given' -r
complete -c rcon -n "__fish_rcon_using_subcommand rm" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand rm" -s f -l force -d 'Force removal of a running or unusable container (stopped first)'
complete -c rcon -n "__fish_rcon_using_subcommand rm" -s a -l all -d 'Remove all containers'
complete -c rcon -n "__fish_rcon_using_subcommand rm" -s i -l ignore -d 'Ignore errors when a specified container is missing'
complete -c rcon -n "__fish_rcon_using_subcommand rm" -l depend -d 'Remove container and all containers that depend on the selected container'
complete -c rcon -n "__fish_rcon_using_subcommand rm" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand rm" -s v -l volumes -d 'Remove anonymous volumes associated with the container'
complete -c rcon -n "__fish_rcon_using_subcommand rm" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand rm" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand ps" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand ps" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand ps" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand ps" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand ps" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand ps" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand ps" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand ps" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand ps" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand ps" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand ps" -s n -l last -d 'The last N created containers' -r
complete -c rcon -n "__fish_rcon_using_subcommand ps" -s f -l filter -d 'Filter: name=, id=, status=, label=, ancestor=, exited=' -r
complete -c rcon -n "__fish_rcon_using_subcommand ps" -l format -d 'json, table, table TEMPLATE, or a Go template' -r
complete -c rcon -n "__fish_rcon_using_subcommand ps" -l sort -d 'Sort output by: command, created, id, image, names, runningfor, size, status' -r
complete -c rcon -n "__fish_rcon_using_subcommand ps" -s w -l watch -d 'Watch the ps output on an interval in seconds' -r
complete -c rcon -n "__fish_rcon_using_subcommand ps" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand ps" -s a -l all -d 'Show all containers, not only running ones'
complete -c rcon -n "__fish_rcon_using_subcommand ps" -s q -l quiet -d 'Print only ids'
complete -c rcon -n "__fish_rcon_using_subcommand ps" -s l -l latest -d 'The latest created container'
complete -c rcon -n "__fish_rcon_using_subcommand ps" -l no-trunc -d 'Do not truncate ids and commands'
complete -c rcon -n "__fish_rcon_using_subcommand ps" -l noheading -d 'Do not print the header row'
complete -c rcon -n "__fish_rcon_using_subcommand ps" -l external -d 'Show containers of other tools too (rcon has none of them: its own, stopped included)'
complete -c rcon -n "__fish_rcon_using_subcommand ps" -l sync -d 'Sync the container state with the runtime (rcon\'s state is always current: no-op)'
complete -c rcon -n "__fish_rcon_using_subcommand ps" -l ns -d 'Display namespace information'
complete -c rcon -n "__fish_rcon_using_subcommand ps" -s p -l pod -d 'Print the ID and name of the pod the containers are associated with (rcon has no pods yet: empty)'
complete -c rcon -n "__fish_rcon_using_subcommand ps" -s s -l size -d 'Display the total file sizes'
complete -c rcon -n "__fish_rcon_using_subcommand ps" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand ps" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand ls" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand ls" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand ls" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand ls" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand ls" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand ls" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand ls" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand ls" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand ls" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand ls" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand ls" -s n -l last -d 'The last N created containers' -r
complete -c rcon -n "__fish_rcon_using_subcommand ls" -s f -l filter -d 'Filter: name=, id=, status=, label=, ancestor=, exited=' -r
complete -c rcon -n "__fish_rcon_using_subcommand ls" -l format -d 'json, table, table TEMPLATE, or a Go template' -r
complete -c rcon -n "__fish_rcon_using_subcommand ls" -l sort -d 'Sort output by: command, created, id, image, names, runningfor, size, status' -r
complete -c rcon -n "__fish_rcon_using_subcommand ls" -s w -l watch -d 'Watch the ps output on an interval in seconds' -r
complete -c rcon -n "__fish_rcon_using_subcommand ls" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand ls" -s a -l all -d 'Show all containers, not only running ones'
complete -c rcon -n "__fish_rcon_using_subcommand ls" -s q -l quiet -d 'Print only ids'
complete -c rcon -n "__fish_rcon_using_subcommand ls" -s l -l latest -d 'The latest created container'
complete -c rcon -n "__fish_rcon_using_subcommand ls" -l no-trunc -d 'Do not truncate ids and commands'
complete -c rcon -n "__fish_rcon_using_subcommand ls" -l noheading -d 'Do not print the header row'
complete -c rcon -n "__fish_rcon_using_subcommand ls" -l external -d 'Show containers of other tools too (rcon has none of them: its own, stopped included)'
complete -c rcon -n "__fish_rcon_using_subcommand ls" -l sync -d 'Sync the container state with the runtime (rcon\'s state is always current: no-op)'
complete -c rcon -n "__fish_rcon_using_subcommand ls" -l ns -d 'Display namespace information'
complete -c rcon -n "__fish_rcon_using_subcommand ls" -s p -l pod -d 'Print the ID and name of the pod the containers are associated with (rcon has no pods yet: empty)'
complete -c rcon -n "__fish_rcon_using_subcommand ls" -s s -l size -d 'Display the total file sizes'
complete -c rcon -n "__fish_rcon_using_subcommand ls" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand ls" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand list" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand list" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand list" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand list" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand list" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand list" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand list" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand list" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand list" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand list" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand list" -s n -l last -d 'The last N created containers' -r
complete -c rcon -n "__fish_rcon_using_subcommand list" -s f -l filter -d 'Filter: name=, id=, status=, label=, ancestor=, exited=' -r
complete -c rcon -n "__fish_rcon_using_subcommand list" -l format -d 'json, table, table TEMPLATE, or a Go template' -r
complete -c rcon -n "__fish_rcon_using_subcommand list" -l sort -d 'Sort output by: command, created, id, image, names, runningfor, size, status' -r
complete -c rcon -n "__fish_rcon_using_subcommand list" -s w -l watch -d 'Watch the ps output on an interval in seconds' -r
complete -c rcon -n "__fish_rcon_using_subcommand list" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand list" -s a -l all -d 'Show all containers, not only running ones'
complete -c rcon -n "__fish_rcon_using_subcommand list" -s q -l quiet -d 'Print only ids'
complete -c rcon -n "__fish_rcon_using_subcommand list" -s l -l latest -d 'The latest created container'
complete -c rcon -n "__fish_rcon_using_subcommand list" -l no-trunc -d 'Do not truncate ids and commands'
complete -c rcon -n "__fish_rcon_using_subcommand list" -l noheading -d 'Do not print the header row'
complete -c rcon -n "__fish_rcon_using_subcommand list" -l external -d 'Show containers of other tools too (rcon has none of them: its own, stopped included)'
complete -c rcon -n "__fish_rcon_using_subcommand list" -l sync -d 'Sync the container state with the runtime (rcon\'s state is always current: no-op)'
complete -c rcon -n "__fish_rcon_using_subcommand list" -l ns -d 'Display namespace information'
complete -c rcon -n "__fish_rcon_using_subcommand list" -s p -l pod -d 'Print the ID and name of the pod the containers are associated with (rcon has no pods yet: empty)'
complete -c rcon -n "__fish_rcon_using_subcommand list" -s s -l size -d 'Display the total file sizes'
complete -c rcon -n "__fish_rcon_using_subcommand list" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand list" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand inspect" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand inspect" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand inspect" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand inspect" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand inspect" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand inspect" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand inspect" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand inspect" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand inspect" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand inspect" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand inspect" -s f -l format -d 'json or a Go template, e.g. \'{{.State.Status}}\'' -r
complete -c rcon -n "__fish_rcon_using_subcommand inspect" -s t -l type -d 'container, image or all' -r
complete -c rcon -n "__fish_rcon_using_subcommand inspect" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand inspect" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand inspect" -s s -l size -d 'Display total file size'
complete -c rcon -n "__fish_rcon_using_subcommand inspect" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand inspect" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand wait" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand wait" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand wait" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand wait" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand wait" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand wait" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand wait" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand wait" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand wait" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand wait" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand wait" -l condition -d 'Condition to wait on: configured, created, exited, paused, running, stopped, stopping' -r
complete -c rcon -n "__fish_rcon_using_subcommand wait" -s i -l interval -d 'Time interval to wait before polling for completion' -r
complete -c rcon -n "__fish_rcon_using_subcommand wait" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand wait" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand wait" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand wait" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand logs" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand logs" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand logs" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand logs" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand logs" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand logs" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand logs" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand logs" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand logs" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand logs" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand logs" -l tail -d 'Only the last N lines (-1: all)' -r
complete -c rcon -n "__fish_rcon_using_subcommand logs" -l since -d 'Only lines since this time (RFC 3339, unix time, or a duration like 10m)' -r
complete -c rcon -n "__fish_rcon_using_subcommand logs" -l until -d 'Only lines until this time' -r
complete -c rcon -n "__fish_rcon_using_subcommand logs" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand logs" -l color -d 'Output the containers with different colors in the log'
complete -c rcon -n "__fish_rcon_using_subcommand logs" -s f -l follow -d 'Follow the output until the containers stop'
complete -c rcon -n "__fish_rcon_using_subcommand logs" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand logs" -s n -l names -d 'Output the container name in the log (with several containers)'
complete -c rcon -n "__fish_rcon_using_subcommand logs" -s t -l timestamps -d 'Show timestamps'
complete -c rcon -n "__fish_rcon_using_subcommand logs" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand logs" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand exec" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand exec" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand exec" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand exec" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand exec" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand exec" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand exec" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand exec" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand exec" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand exec" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand exec" -s e -l env -d 'Set an environment variable' -r
complete -c rcon -n "__fish_rcon_using_subcommand exec" -l env-file -d 'Read environment variables from a file' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand exec" -s u -l user -d 'User as user[:group]' -r
complete -c rcon -n "__fish_rcon_using_subcommand exec" -s w -l workdir -d 'Working directory' -r
complete -c rcon -n "__fish_rcon_using_subcommand exec" -l detach-keys -d 'Keys that detach from the process' -r
complete -c rcon -n "__fish_rcon_using_subcommand exec" -l preserve-fds -d 'Pass N additional file descriptors to the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand exec" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand exec" -s i -l interactive -d 'Keep stdin open'
complete -c rcon -n "__fish_rcon_using_subcommand exec" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c rcon -n "__fish_rcon_using_subcommand exec" -s d -l detach -d 'Run in the background'
complete -c rcon -n "__fish_rcon_using_subcommand exec" -l privileged -d 'Give the process all capabilities and no seccomp filter'
complete -c rcon -n "__fish_rcon_using_subcommand exec" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand exec" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand exec" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand attach" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand attach" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand attach" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand attach" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand attach" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand attach" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand attach" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand attach" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand attach" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand attach" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand attach" -l detach-keys -d 'Keys that detach from the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand attach" -l sig-proxy -d 'Forward signals received by rcon to the container' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand attach" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand attach" -l no-stdin -d 'Do not forward stdin'
complete -c rcon -n "__fish_rcon_using_subcommand attach" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand attach" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand attach" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand top" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand top" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand top" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand top" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand top" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand top" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand top" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand top" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand top" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand top" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand top" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand top" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand top" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand top" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand pause" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand pause" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand pause" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand pause" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand pause" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand pause" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand pause" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand pause" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand pause" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand pause" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand pause" -l cidfile -d 'Read the container ID from the file (repeatable)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand pause" -s f -l filter -d 'Filter output based on conditions given' -r
complete -c rcon -n "__fish_rcon_using_subcommand pause" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand pause" -s a -l all -d 'All running (pause) or paused (unpause) containers'
complete -c rcon -n "__fish_rcon_using_subcommand pause" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand pause" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand pause" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand unpause" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand unpause" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand unpause" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand unpause" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand unpause" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand unpause" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand unpause" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand unpause" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand unpause" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand unpause" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand unpause" -l cidfile -d 'Read the container ID from the file (repeatable)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand unpause" -s f -l filter -d 'Filter output based on conditions given' -r
complete -c rcon -n "__fish_rcon_using_subcommand unpause" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand unpause" -s a -l all -d 'All running (pause) or paused (unpause) containers'
complete -c rcon -n "__fish_rcon_using_subcommand unpause" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand unpause" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand unpause" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand rename" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand rename" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand rename" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand rename" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand rename" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand rename" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand rename" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand rename" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand rename" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand rename" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand rename" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand rename" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand rename" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand cp" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand cp" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand cp" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand cp" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand cp" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand cp" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand cp" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand cp" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand cp" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand cp" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand cp" -s a -l archive -d 'Chown copied files to the primary uid/gid of the destination container' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand cp" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand cp" -l overwrite -d 'Allow to overwrite directories with non-directories and vice versa'
complete -c rcon -n "__fish_rcon_using_subcommand cp" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand cp" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand export" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand export" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand export" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand export" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand export" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand export" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand export" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand export" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand export" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand export" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand export" -s o -l output -d 'Write to a file instead of stdout' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand export" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand export" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand export" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand diff" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand diff" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand diff" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand diff" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand diff" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand diff" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand diff" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand diff" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand diff" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand diff" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand diff" -l format -d 'json or a Go template' -r
complete -c rcon -n "__fish_rcon_using_subcommand diff" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand diff" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand diff" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand diff" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand port" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand port" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand port" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand port" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand port" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand port" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand port" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand port" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand port" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand port" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand port" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand port" -s a -l all -d 'All containers'
complete -c rcon -n "__fish_rcon_using_subcommand port" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand port" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand port" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand commit" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand commit" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand commit" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand commit" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand commit" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand commit" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand commit" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand commit" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand commit" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand commit" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand commit" -s a -l author -d 'Set the author for the image committed' -r
complete -c rcon -n "__fish_rcon_using_subcommand commit" -s c -l change -d 'Apply the following possible instructions to the created image: CMD | ENTRYPOINT | ENV | EXPOSE | LABEL | ONBUILD | STOPSIGNAL | USER | VOLUME | WORKDIR' -r
complete -c rcon -n "__fish_rcon_using_subcommand commit" -s f -l format -d 'Format of the image manifest and metadata: oci or docker' -r
complete -c rcon -n "__fish_rcon_using_subcommand commit" -l iidfile -d 'File to write the image ID to' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand commit" -s m -l message -d 'Set commit message for the image' -r
complete -c rcon -n "__fish_rcon_using_subcommand commit" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand commit" -l include-volumes -d 'Include container volumes as image volumes (rcon has no volumes yet: nothing to include)'
complete -c rcon -n "__fish_rcon_using_subcommand commit" -s p -l pause -d 'Pause the container during commit'
complete -c rcon -n "__fish_rcon_using_subcommand commit" -s q -l quiet -d 'Suppress output'
complete -c rcon -n "__fish_rcon_using_subcommand commit" -s s -l squash -d 'Squash all layers into a single new layer'
complete -c rcon -n "__fish_rcon_using_subcommand commit" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand commit" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand init" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand init" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand init" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand init" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand init" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand init" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand init" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand init" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand init" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand init" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand init" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand init" -s a -l all -d 'Initialize all containers'
complete -c rcon -n "__fish_rcon_using_subcommand init" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand init" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand init" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand mount" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand mount" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand mount" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand mount" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand mount" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand mount" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand mount" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand mount" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand mount" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand mount" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand mount" -l format -d 'Print the mounted containers in specified format (json)' -r
complete -c rcon -n "__fish_rcon_using_subcommand mount" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand mount" -s a -l all -d 'Mount all containers'
complete -c rcon -n "__fish_rcon_using_subcommand mount" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand mount" -l no-trunc -d 'Do not truncate output'
complete -c rcon -n "__fish_rcon_using_subcommand mount" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand mount" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand unmount" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand unmount" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand unmount" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand unmount" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand unmount" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand unmount" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand unmount" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand unmount" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand unmount" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand unmount" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand unmount" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand unmount" -s a -l all -d 'Unmount all of the currently mounted containers'
complete -c rcon -n "__fish_rcon_using_subcommand unmount" -s f -l force -d 'Force the complete unmount of the specified mounted containers'
complete -c rcon -n "__fish_rcon_using_subcommand unmount" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand unmount" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand unmount" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand umount" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand umount" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand umount" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand umount" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand umount" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand umount" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand umount" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand umount" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand umount" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand umount" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand umount" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand umount" -s a -l all -d 'Unmount all of the currently mounted containers'
complete -c rcon -n "__fish_rcon_using_subcommand umount" -s f -l force -d 'Force the complete unmount of the specified mounted containers'
complete -c rcon -n "__fish_rcon_using_subcommand umount" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand umount" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand umount" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand images" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand images" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand images" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand images" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand images" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand images" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand images" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand images" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand images" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand images" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand images" -s f -l filter -d 'Filter output based on conditions provided: before, since, dangling, label, reference (a glob), readonly, id, digest, intermediate, containers, until' -r
complete -c rcon -n "__fish_rcon_using_subcommand images" -l format -d 'Change the output format to JSON or a Go template' -r
complete -c rcon -n "__fish_rcon_using_subcommand images" -l sort -d 'Sort by created, id, repository, size, tag' -r
complete -c rcon -n "__fish_rcon_using_subcommand images" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand images" -s a -l all -d 'Show all images (default hides intermediate images)'
complete -c rcon -n "__fish_rcon_using_subcommand images" -l digests -d 'Show digests'
complete -c rcon -n "__fish_rcon_using_subcommand images" -l history -d 'Display the image name history'
complete -c rcon -n "__fish_rcon_using_subcommand images" -l no-trunc -l notruncate -d 'Do not truncate output'
complete -c rcon -n "__fish_rcon_using_subcommand images" -s n -l noheading -d 'Do not print column headings'
complete -c rcon -n "__fish_rcon_using_subcommand images" -s q -l quiet -d 'Display only image IDs'
complete -c rcon -n "__fish_rcon_using_subcommand images" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand images" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand import" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand import" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand import" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand import" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand import" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand import" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand import" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand import" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand import" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand import" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand import" -l arch -d 'Set the architecture of the imported image' -r
complete -c rcon -n "__fish_rcon_using_subcommand import" -s c -l change -d 'Apply the following possible instructions to the created image: CMD | ENTRYPOINT | ENV | EXPOSE | LABEL | ONBUILD | STOPSIGNAL | USER | VOLUME | WORKDIR' -r
complete -c rcon -n "__fish_rcon_using_subcommand import" -s m -l message -d 'Set commit message for imported image' -r
complete -c rcon -n "__fish_rcon_using_subcommand import" -l os -d 'Set the OS of the imported image' -r
complete -c rcon -n "__fish_rcon_using_subcommand import" -l variant -d 'Set the variant of the imported image' -r
complete -c rcon -n "__fish_rcon_using_subcommand import" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand import" -s q -l quiet -d 'Suppress output'
complete -c rcon -n "__fish_rcon_using_subcommand import" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand import" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand load" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand load" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand load" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand load" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand load" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand load" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand load" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand load" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand load" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand load" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand load" -s i -l input -d 'Archive to read (default: stdin)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand load" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand load" -s q -l quiet -d 'Print nothing but errors'
complete -c rcon -n "__fish_rcon_using_subcommand load" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand load" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand tag" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand tag" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand tag" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand tag" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand tag" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand tag" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand tag" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand tag" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand tag" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand tag" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand tag" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand tag" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand tag" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand untag" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand untag" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand untag" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand untag" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand untag" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand untag" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand untag" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand untag" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand untag" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand untag" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand untag" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand untag" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand untag" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand rmi" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand rmi" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand rmi" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand rmi" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand rmi" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand rmi" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand rmi" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand rmi" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand rmi" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand rmi" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand rmi" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand rmi" -s a -l all -d 'Remove all images'
complete -c rcon -n "__fish_rcon_using_subcommand rmi" -s f -l force -d 'Force Removal of the image (and of the containers using it)'
complete -c rcon -n "__fish_rcon_using_subcommand rmi" -s i -l ignore -d 'Ignore errors if a specified image does not exist'
complete -c rcon -n "__fish_rcon_using_subcommand rmi" -l no-prune -d 'Do not remove dangling images'
complete -c rcon -n "__fish_rcon_using_subcommand rmi" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand rmi" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand pull" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand pull" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand pull" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand pull" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand pull" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand pull" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand pull" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand pull" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand pull" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand pull" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand pull" -l authfile -d 'Credentials file (default: $REGISTRY_AUTH_FILE, else podman\'s auth.json)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand pull" -l tls-verify -d 'Require HTTPS and verify certificates (false: allow plain HTTP and any certificate)' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand pull" -l arch -d 'Pull the image for this architecture instead of the host\'s' -r
complete -c rcon -n "__fish_rcon_using_subcommand pull" -l os -d 'Pull the image for this OS instead of linux' -r
complete -c rcon -n "__fish_rcon_using_subcommand pull" -l variant -d 'Pull the image for this architecture variant (e.g. v7)' -r
complete -c rcon -n "__fish_rcon_using_subcommand pull" -l platform -d 'Pull the image for OS/ARCH[/VARIANT]' -r
complete -c rcon -n "__fish_rcon_using_subcommand pull" -l cert-dir -d 'Directory of the registry\'s certificates (*.crt authorities, NAME.cert + NAME.key client certificate), instead of /etc/containers/certs.d/HOST' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand pull" -l creds -d 'Credentials for the registry, USERNAME:PASSWORD' -r
complete -c rcon -n "__fish_rcon_using_subcommand pull" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand pull" -l disable-content-trust -d 'Docker\'s content trust switch: accepted for scripts and does nothing, as in podman'
complete -c rcon -n "__fish_rcon_using_subcommand pull" -s a -l all-tags -d 'Pull every tag of the repository (not supported)'
complete -c rcon -n "__fish_rcon_using_subcommand pull" -s q -l quiet -d 'Print only the image id'
complete -c rcon -n "__fish_rcon_using_subcommand pull" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand pull" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand push" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand push" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand push" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand push" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand push" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand push" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand push" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand push" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand push" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand push" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand push" -l authfile -d 'Credentials file (default: $REGISTRY_AUTH_FILE, else podman\'s auth.json)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand push" -l tls-verify -d 'Require HTTPS and verify certificates (false: allow plain HTTP and any certificate)' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand push" -l creds -d 'Credentials for the registry, USERNAME:PASSWORD' -r
complete -c rcon -n "__fish_rcon_using_subcommand push" -s f -l format -d 'Manifest format: oci or v2s2 (default: the image\'s own)' -r
complete -c rcon -n "__fish_rcon_using_subcommand push" -l compression-format -d 'Recompress the layers: gzip, zstd or none (default: as stored)' -r
complete -c rcon -n "__fish_rcon_using_subcommand push" -l digestfile -d 'Write the pushed manifest\'s digest to this file' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand push" -l cert-dir -d 'Directory of the registry\'s certificates (*.crt authorities, NAME.cert + NAME.key client certificate), instead of /etc/containers/certs.d/HOST' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand push" -l sign-by -d 'Sign the image with this GPG key (not supported)' -r
complete -c rcon -n "__fish_rcon_using_subcommand push" -l sign-by-sigstore-private-key -d 'Sign the image with this sigstore private key (not supported)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand push" -l sign-passphrase-file -d 'Passphrase file of the signing key (not supported)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand push" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand push" -l disable-content-trust -d 'Docker\'s content trust switch: accepted for scripts and does nothing, as in podman'
complete -c rcon -n "__fish_rcon_using_subcommand push" -s q -l quiet -d 'No progress output'
complete -c rcon -n "__fish_rcon_using_subcommand push" -l remove-signatures -d 'Push no signatures: rcon never copies signatures, so this is what it always does'
complete -c rcon -n "__fish_rcon_using_subcommand push" -l compress -d 'Compress layers for the dir: transport (not supported: rcon pushes to registries)'
complete -c rcon -n "__fish_rcon_using_subcommand push" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand push" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand save" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand save" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand save" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand save" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand save" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand save" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand save" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand save" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand save" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand save" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand save" -s o -l output -d 'Write to this file (default: stdout, which must not be a terminal)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand save" -l format -d 'docker-archive (default), oci-archive, or a directory: oci-dir (an OCI layout) or docker-dir (containers/image\'s dir: format)' -r
complete -c rcon -n "__fish_rcon_using_subcommand save" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand save" -s m -l multi-image-archive -d 'Allow several images in one docker-archive'
complete -c rcon -n "__fish_rcon_using_subcommand save" -l compress -d 'Gzip the layers stored uncompressed (docker-dir only)'
complete -c rcon -n "__fish_rcon_using_subcommand save" -l uncompressed -d 'Write the layers uncompressed (oci-dir and docker-dir only)'
complete -c rcon -n "__fish_rcon_using_subcommand save" -s q -l quiet -d 'No progress output (save prints none)'
complete -c rcon -n "__fish_rcon_using_subcommand save" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand save" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand history" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand history" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand history" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand history" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand history" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand history" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand history" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand history" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand history" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand history" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand history" -l format -d 'Change the output to JSON or a Go template' -r
complete -c rcon -n "__fish_rcon_using_subcommand history" -s H -l human -d 'Display sizes and dates in human readable format (default true)' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand history" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand history" -l no-trunc -d 'Do not truncate the output'
complete -c rcon -n "__fish_rcon_using_subcommand history" -s q -l quiet -d 'Display the numeric IDs only'
complete -c rcon -n "__fish_rcon_using_subcommand history" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand history" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -f -a "run" -d 'Run a command in a new container'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -f -a "create" -d 'Create a container without starting it'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -f -a "start" -d 'Start one or more containers'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -f -a "stop" -d 'Stop one or more containers (stop signal, then SIGKILL after the timeout)'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -f -a "kill" -d 'Send a signal to one or more containers'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -f -a "restart" -d 'Restart one or more containers'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -f -a "rm" -d 'Remove one or more containers'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -f -a "ps" -d 'List containers'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -f -a "ls" -d 'List containers'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -f -a "list" -d 'List containers'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -f -a "inspect" -d 'Show details of containers or images'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -f -a "wait" -d 'Wait for containers to stop and print their exit codes'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -f -a "logs" -d 'Show a container\'s output'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -f -a "exec" -d 'Run a process in a running container'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -f -a "attach" -d 'Attach to a running container\'s terminal or output'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -f -a "top" -d 'Show the processes of a container'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -f -a "pause" -d 'Pause all processes in containers'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -f -a "unpause" -d 'Resume paused containers'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -f -a "rename" -d 'Rename a container'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -f -a "cp" -d 'Copy files between a container and the host (`-` for a tar archive on stdin/stdout)'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -f -a "export" -d 'Write a container\'s filesystem as a tar archive'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -f -a "diff" -d 'Show files a container changed (A added, C changed, D deleted)'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -f -a "port" -d 'List port mappings of a container'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -f -a "commit" -d 'Create a new image from a container\'s changes'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -f -a "init" -d 'Initialize one or more containers: ready to start, not started'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -f -a "mount" -d 'Mount a container\'s root filesystem on the host and print where'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -f -a "unmount" -d 'Unmount a container\'s root filesystem'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -f -a "umount" -d 'Unmount a container\'s root filesystem'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -f -a "prune" -d 'Remove all stopped containers'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -f -a "exists" -d 'Check if a container exists (exit 0) or not (exit 1)'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -f -a "clone" -d 'Create a copy of an existing container'
complete -c rcon -n "__fish_rcon_using_subcommand container; and not __fish_seen_subcommand_from run create start stop kill restart rm ps ls list inspect wait logs exec attach top pause unpause rename cp export diff port commit init mount unmount umount prune exists clone runlabel" -f -a "runlabel" -d 'Execute the command described by an image label'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l detach-keys -d 'Keys that detach from the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l sig-proxy -d 'Forward signals received by rcon to the container' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l passwd -d 'add entries to /etc/passwd and /etc/group' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l preserve-fds -d 'Pass a number of additional file descriptors into the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l name -d 'Name of the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -s e -l env -d 'Set an environment variable (NAME=VALUE, or NAME to copy the host\'s)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l env-file -d 'Read environment variables from a file' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -s w -l workdir -d 'Working directory inside the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -s u -l user -d 'User (name or uid) and optionally group, as user[:group]' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l entrypoint -d 'Override the image\'s entrypoint (a command or a JSON array)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -s h -l hostname -d 'Hostname of the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -s l -l label -d 'Set a label (KEY=VALUE)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l network -l net -d 'Network mode: none (default until bridge networking) or host' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l log-driver -d 'Logging driver (k8s-file)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l log-opt -d 'Log option: max-size=SIZE, max-file=N' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l ulimit -d 'Resource limit NAME=SOFT[:HARD], e.g. nofile=1024:2048' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l stop-signal -d 'Signal that stops the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l stop-timeout -d 'Seconds to wait for the stop signal before SIGKILL' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l cidfile -d 'Write the container id to this file' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l cap-add -d 'Add capabilities (e.g. NET_ADMIN, or ALL; a comma-separated list or repeated)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l cap-drop -d 'Drop capabilities (e.g. CHOWN, or ALL; a comma-separated list or repeated)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l security-opt -d 'seccomp=unconfined|FILE, no-new-privileges[=true|false]' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l pull -d 'Pull the image: missing (default), always, never, newer' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l authfile -d 'Credentials file (default: $REGISTRY_AUTH_FILE, else podman\'s auth.json)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l tls-verify -d 'Require HTTPS and verify certificates (false: allow plain HTTP and any certificate)' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l arch -d 'Pull the image for this architecture instead of the host\'s' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l os -d 'Pull the image for this OS instead of linux' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l variant -d 'Pull the image for this architecture variant (e.g. v7)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l platform -d 'Pull the image for OS/ARCH[/VARIANT]' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l annotation -d 'Add annotations to container (key=value)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -s a -l attach -d 'Attach to STDIN, STDOUT or STDERR' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l env-merge -d 'Preprocess environment variables from image before injecting them into the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l unsetenv -d 'Unset environment default variables in container' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l http-proxy -d 'Set proxy environment variables in the container based on the host proxy vars' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l label-file -d 'Read in a line delimited file of labels' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l tz -d 'Set timezone in container (a zone of /usr/share/zoneinfo, or local)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l umask -d 'Set umask in container (default 0022)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l pidfile -d 'Write the container process ID to the file' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l conmon-pidfile -d 'Path to the file that will receive the PID of the container\'s supervisor (conmon)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l requires -d 'Add one or more requirement containers that must be started before this container will start' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l timeout -d 'Maximum length of time a container is allowed to run. The container will be killed automatically after the time expires' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l add-host -d 'Add a custom host-to-IP mapping (host:ip)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l hostuser -d 'Host user account to add to /etc/passwd within container' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l passwd-entry -d 'Entry to write to /etc/passwd ($USERNAME, $UID, $GID, $NAME and $HOME are replaced)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroupns -d 'cgroup namespace to use: host, private, container:NAME, ns:PATH' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l chrootdirs -d 'Chroot directories inside the container (their etc/hosts and etc/resolv.conf are provided)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l gidmap -d 'GID map to use for the user namespace (CONTAINER_GID:HOST_GID:SIZE)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l group-add -d 'Add additional groups to the primary container process. \'keep-groups\' allows container processes to use supplementary groups' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l init-path -d 'Path to the container-init binary (with --init)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l ipc -d 'IPC namespace to use: host, private, shareable, none, container:NAME, ns:PATH' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l oom-score-adj -d 'Tune the host\'s OOM preferences (-1000 to 1000)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l personality -d 'Configure execution domain using personality (e.g., LINUX/LINUX32)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l pid -d 'PID namespace to use: host, private, container:NAME, ns:PATH' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l read-only -d 'Make containers root filesystem read-only' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l read-only-tmpfs -d 'When running containers in read-only mode mount a read-write tmpfs on /run, /tmp and /var/tmp' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l seccomp-policy -d 'Policy for selecting a seccomp profile: default, or image (the image\'s io.containers.seccomp.profile label)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l shm-size -d 'Size of /dev/shm (format: <number>[<unit>], where unit = b, k, m or g)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l subgidname -d 'Name of range listed in /etc/subgid for use in user namespace' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l subuidname -d 'Name of range listed in /etc/subuid for use in user namespace' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l sysctl -d 'Sysctl options (namespaced ones: net.*, kernel.shm*, kernel.msg*, kernel.sem, fs.mqueue.*)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l uidmap -d 'UID map to use for the user namespace (CONTAINER_UID:HOST_UID:SIZE)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l userns -d 'User namespace to use: host, keep-id, nomap, auto[:size=N]' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l uts -d 'UTS namespace to use: host, private, container:NAME, ns:PATH' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -s v -l volume -d 'Bind mount a volume into the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l mount -d 'Attach a filesystem mount to the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l tmpfs -d 'Mount a temporary filesystem (tmpfs) into a container' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l image-volume -d 'Tells rcon how to handle the builtin image volumes ("bind"|"tmpfs"|"ignore")' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l volumes-from -d 'Mount volumes from the specified container(s)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -s p -l publish -d 'Publish a container\'s port, or a range of ports, to the host (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -s P -l publish-all -d 'Publish all exposed ports to random ports on the host interface (not available yet: comes with networks)' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l ip -d 'Specify a static IPv4 address for the container (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l ip6 -d 'Specify a static IPv6 address for the container (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l dns -d 'Set custom DNS servers (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l dns-option -d 'Set custom DNS options (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l dns-search -d 'Set custom DNS search domains (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l network-alias -d 'Add network-scoped alias for the container (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l mac-address -d 'Container MAC address (e.g. 92:d0:c6:0a:29:33) (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l expose -d 'Expose a port or a range of ports (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -s m -l memory -d 'Memory limit (format: <number>[<unit>], where unit = b, k, m or g) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l memory-reservation -d 'Memory soft limit (format: <number>[<unit>], where unit = b, k, m or g) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l memory-swap -d 'Swap limit equal to memory plus swap: \'-1\' to enable unlimited swap (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l memory-swappiness -d 'Tune container memory swappiness (0 to 100, or -1 for system default) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l cpus -d 'Number of CPUs (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l cpu-period -d 'Limit the CPU CFS (Completely Fair Scheduler) period (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l cpu-quota -d 'Limit the CPU CFS (Completely Fair Scheduler) quota (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l cpu-rt-period -d 'Limit the CPU real-time period in microseconds (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l cpu-rt-runtime -d 'Limit the CPU real-time runtime in microseconds (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -s c -l cpu-shares -d 'CPU shares (relative weight) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l cpuset-mems -d 'Memory nodes (MEMs) in which to allow execution (0-3, 0,1) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l pids-limit -d 'Tune container pids limit (set -1 for unlimited) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l blkio-weight -d 'Block IO weight (relative weight) accepts a weight value between 10 and 1000 (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l blkio-weight-device -d 'Block IO weight (relative device weight) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l device -d 'Add a host device to the container (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l device-cgroup-rule -d 'Add a rule to the cgroup allowed devices list (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l device-read-bps -d 'Limit read rate (bytes per second) from a device (e.g. --device-read-bps=/dev/sda:1mb) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l device-read-iops -d 'Limit read rate (IO per second) from a device (e.g. --device-read-iops=/dev/sda:1000) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l device-write-bps -d 'Limit write rate (bytes per second) to a device (e.g. --device-write-bps=/dev/sda:1mb) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l device-write-iops -d 'Limit write rate (IO per second) to a device (e.g. --device-write-iops=/dev/sda:1000) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroup-parent -d 'Optional parent cgroup for the container (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroups -d 'control container cgroup configuration ("enabled"|"disabled"|"no-conmon"|"split") (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroup-conf -d 'Configure cgroup v2 (key=value) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l oom-kill-disable -d 'Disable OOM Killer (not available yet: comes with resource limits)' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l health-cmd -d 'set a healthcheck command for the container (\'none\' disables the existing healthcheck) (not available yet: comes with health checks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l health-interval -d 'set an interval for the healthchecks (not available yet: comes with health checks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l health-on-failure -d 'action to take once the container turns unhealthy (not available yet: comes with health checks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l health-retries -d 'the number of retries allowed before a healthcheck is considered to be unhealthy (not available yet: comes with health checks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l health-start-period -d 'the initialization time needed for a container to bootstrap (not available yet: comes with health checks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l health-timeout -d 'the maximum time allowed to complete the healthcheck before an interval is considered failed (not available yet: comes with health checks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l no-healthcheck -d 'Disable healthchecks on container (not available yet: comes with health checks)' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l restart -d 'Restart policy to apply when a container exits ("always"|"no"|"on-failure"|"unless-stopped") (not available yet: comes with restart policies)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l sdnotify -d 'control sd-notify behavior ("container"|"conmon"|"ignore") (not available yet: comes with systemd integration)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l systemd -d 'Run container in systemd mode ("true"|"false"|"always") (not available yet: comes with systemd integration)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l pod -d 'Run container in an existing pod (not available yet: comes with pods)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l pod-id-file -d 'Read the pod ID from the file (not available yet: comes with pods)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l secret -d 'Add secret to container (not available yet: comes with secrets)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -s d -l detach -d 'Run in the background and print the container id'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l rmi -d 'Remove container image unless used by other containers'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -s i -l interactive -d 'Keep stdin open'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l rm -d 'Remove the container when it exits'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l init -d 'Run an init process as PID 1 that forwards signals and reaps zombies'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l privileged -d 'Give extended privileges to container'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Pull without progress output'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l disable-content-trust -d 'Docker\'s content trust switch: accepted for scripts and does nothing, as in podman'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l env-host -d 'Use all current host environment variables in container'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l unsetenv-all -d 'Unset all default environment variables in container'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l replace -d 'If a container with the same name exists, replace it'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l no-hosts -d 'Do not create /etc/hosts within the container, instead use the version from the image'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -l rootfs -d 'The first argument is not an image but the rootfs to the exploded container (DIR, or DIR:O for an overlay over it)'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from run" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l name -d 'Name of the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -s e -l env -d 'Set an environment variable (NAME=VALUE, or NAME to copy the host\'s)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l env-file -d 'Read environment variables from a file' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -s w -l workdir -d 'Working directory inside the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -s u -l user -d 'User (name or uid) and optionally group, as user[:group]' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l entrypoint -d 'Override the image\'s entrypoint (a command or a JSON array)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -s h -l hostname -d 'Hostname of the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -s l -l label -d 'Set a label (KEY=VALUE)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l network -l net -d 'Network mode: none (default until bridge networking) or host' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l log-driver -d 'Logging driver (k8s-file)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l log-opt -d 'Log option: max-size=SIZE, max-file=N' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l ulimit -d 'Resource limit NAME=SOFT[:HARD], e.g. nofile=1024:2048' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l stop-signal -d 'Signal that stops the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l stop-timeout -d 'Seconds to wait for the stop signal before SIGKILL' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l cidfile -d 'Write the container id to this file' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l cap-add -d 'Add capabilities (e.g. NET_ADMIN, or ALL; a comma-separated list or repeated)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l cap-drop -d 'Drop capabilities (e.g. CHOWN, or ALL; a comma-separated list or repeated)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l security-opt -d 'seccomp=unconfined|FILE, no-new-privileges[=true|false]' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l pull -d 'Pull the image: missing (default), always, never, newer' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l authfile -d 'Credentials file (default: $REGISTRY_AUTH_FILE, else podman\'s auth.json)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l tls-verify -d 'Require HTTPS and verify certificates (false: allow plain HTTP and any certificate)' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l arch -d 'Pull the image for this architecture instead of the host\'s' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l os -d 'Pull the image for this OS instead of linux' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l variant -d 'Pull the image for this architecture variant (e.g. v7)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l platform -d 'Pull the image for OS/ARCH[/VARIANT]' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l annotation -d 'Add annotations to container (key=value)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -s a -l attach -d 'Attach to STDIN, STDOUT or STDERR' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l env-merge -d 'Preprocess environment variables from image before injecting them into the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l unsetenv -d 'Unset environment default variables in container' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l http-proxy -d 'Set proxy environment variables in the container based on the host proxy vars' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l label-file -d 'Read in a line delimited file of labels' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l tz -d 'Set timezone in container (a zone of /usr/share/zoneinfo, or local)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l umask -d 'Set umask in container (default 0022)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l pidfile -d 'Write the container process ID to the file' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l conmon-pidfile -d 'Path to the file that will receive the PID of the container\'s supervisor (conmon)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l requires -d 'Add one or more requirement containers that must be started before this container will start' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l timeout -d 'Maximum length of time a container is allowed to run. The container will be killed automatically after the time expires' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l add-host -d 'Add a custom host-to-IP mapping (host:ip)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l hostuser -d 'Host user account to add to /etc/passwd within container' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l passwd-entry -d 'Entry to write to /etc/passwd ($USERNAME, $UID, $GID, $NAME and $HOME are replaced)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroupns -d 'cgroup namespace to use: host, private, container:NAME, ns:PATH' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l chrootdirs -d 'Chroot directories inside the container (their etc/hosts and etc/resolv.conf are provided)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l gidmap -d 'GID map to use for the user namespace (CONTAINER_GID:HOST_GID:SIZE)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l group-add -d 'Add additional groups to the primary container process. \'keep-groups\' allows container processes to use supplementary groups' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l init-path -d 'Path to the container-init binary (with --init)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l ipc -d 'IPC namespace to use: host, private, shareable, none, container:NAME, ns:PATH' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l oom-score-adj -d 'Tune the host\'s OOM preferences (-1000 to 1000)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l personality -d 'Configure execution domain using personality (e.g., LINUX/LINUX32)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l pid -d 'PID namespace to use: host, private, container:NAME, ns:PATH' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l read-only -d 'Make containers root filesystem read-only' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l read-only-tmpfs -d 'When running containers in read-only mode mount a read-write tmpfs on /run, /tmp and /var/tmp' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l seccomp-policy -d 'Policy for selecting a seccomp profile: default, or image (the image\'s io.containers.seccomp.profile label)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l shm-size -d 'Size of /dev/shm (format: <number>[<unit>], where unit = b, k, m or g)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l subgidname -d 'Name of range listed in /etc/subgid for use in user namespace' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l subuidname -d 'Name of range listed in /etc/subuid for use in user namespace' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l sysctl -d 'Sysctl options (namespaced ones: net.*, kernel.shm*, kernel.msg*, kernel.sem, fs.mqueue.*)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l uidmap -d 'UID map to use for the user namespace (CONTAINER_UID:HOST_UID:SIZE)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l userns -d 'User namespace to use: host, keep-id, nomap, auto[:size=N]' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l uts -d 'UTS namespace to use: host, private, container:NAME, ns:PATH' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -s v -l volume -d 'Bind mount a volume into the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l mount -d 'Attach a filesystem mount to the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l tmpfs -d 'Mount a temporary filesystem (tmpfs) into a container' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l image-volume -d 'Tells rcon how to handle the builtin image volumes ("bind"|"tmpfs"|"ignore")' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l volumes-from -d 'Mount volumes from the specified container(s)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -s p -l publish -d 'Publish a container\'s port, or a range of ports, to the host (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -s P -l publish-all -d 'Publish all exposed ports to random ports on the host interface (not available yet: comes with networks)' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l ip -d 'Specify a static IPv4 address for the container (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l ip6 -d 'Specify a static IPv6 address for the container (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l dns -d 'Set custom DNS servers (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l dns-option -d 'Set custom DNS options (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l dns-search -d 'Set custom DNS search domains (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l network-alias -d 'Add network-scoped alias for the container (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l mac-address -d 'Container MAC address (e.g. 92:d0:c6:0a:29:33) (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l expose -d 'Expose a port or a range of ports (not available yet: comes with networks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -s m -l memory -d 'Memory limit (format: <number>[<unit>], where unit = b, k, m or g) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l memory-reservation -d 'Memory soft limit (format: <number>[<unit>], where unit = b, k, m or g) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l memory-swap -d 'Swap limit equal to memory plus swap: \'-1\' to enable unlimited swap (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l memory-swappiness -d 'Tune container memory swappiness (0 to 100, or -1 for system default) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l cpus -d 'Number of CPUs (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l cpu-period -d 'Limit the CPU CFS (Completely Fair Scheduler) period (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l cpu-quota -d 'Limit the CPU CFS (Completely Fair Scheduler) quota (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l cpu-rt-period -d 'Limit the CPU real-time period in microseconds (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l cpu-rt-runtime -d 'Limit the CPU real-time runtime in microseconds (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -s c -l cpu-shares -d 'CPU shares (relative weight) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l cpuset-mems -d 'Memory nodes (MEMs) in which to allow execution (0-3, 0,1) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l pids-limit -d 'Tune container pids limit (set -1 for unlimited) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l blkio-weight -d 'Block IO weight (relative weight) accepts a weight value between 10 and 1000 (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l blkio-weight-device -d 'Block IO weight (relative device weight) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l device -d 'Add a host device to the container (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l device-cgroup-rule -d 'Add a rule to the cgroup allowed devices list (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l device-read-bps -d 'Limit read rate (bytes per second) from a device (e.g. --device-read-bps=/dev/sda:1mb) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l device-read-iops -d 'Limit read rate (IO per second) from a device (e.g. --device-read-iops=/dev/sda:1000) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l device-write-bps -d 'Limit write rate (bytes per second) to a device (e.g. --device-write-bps=/dev/sda:1mb) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l device-write-iops -d 'Limit write rate (IO per second) to a device (e.g. --device-write-iops=/dev/sda:1000) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroup-parent -d 'Optional parent cgroup for the container (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroups -d 'control container cgroup configuration ("enabled"|"disabled"|"no-conmon"|"split") (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroup-conf -d 'Configure cgroup v2 (key=value) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l oom-kill-disable -d 'Disable OOM Killer (not available yet: comes with resource limits)' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l health-cmd -d 'set a healthcheck command for the container (\'none\' disables the existing healthcheck) (not available yet: comes with health checks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l health-interval -d 'set an interval for the healthchecks (not available yet: comes with health checks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l health-on-failure -d 'action to take once the container turns unhealthy (not available yet: comes with health checks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l health-retries -d 'the number of retries allowed before a healthcheck is considered to be unhealthy (not available yet: comes with health checks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l health-start-period -d 'the initialization time needed for a container to bootstrap (not available yet: comes with health checks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l health-timeout -d 'the maximum time allowed to complete the healthcheck before an interval is considered failed (not available yet: comes with health checks)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l no-healthcheck -d 'Disable healthchecks on container (not available yet: comes with health checks)' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l restart -d 'Restart policy to apply when a container exits ("always"|"no"|"on-failure"|"unless-stopped") (not available yet: comes with restart policies)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l sdnotify -d 'control sd-notify behavior ("container"|"conmon"|"ignore") (not available yet: comes with systemd integration)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l systemd -d 'Run container in systemd mode ("true"|"false"|"always") (not available yet: comes with systemd integration)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l pod -d 'Run container in an existing pod (not available yet: comes with pods)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l pod-id-file -d 'Read the pod ID from the file (not available yet: comes with pods)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l secret -d 'Add secret to container (not available yet: comes with secrets)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l init-ctr -d 'Make this a pod init container ("always"|"once") (not available yet: comes with pods)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -s i -l interactive -d 'Keep stdin open'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l rm -d 'Remove the container when it exits'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l init -d 'Run an init process as PID 1 that forwards signals and reaps zombies'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l privileged -d 'Give extended privileges to container'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Pull without progress output'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l disable-content-trust -d 'Docker\'s content trust switch: accepted for scripts and does nothing, as in podman'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l env-host -d 'Use all current host environment variables in container'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l unsetenv-all -d 'Unset all default environment variables in container'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l replace -d 'If a container with the same name exists, replace it'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l no-hosts -d 'Do not create /etc/hosts within the container, instead use the version from the image'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -l rootfs -d 'The first argument is not an image but the rootfs to the exploded container (DIR, or DIR:O for an overlay over it)'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from start" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from start" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from start" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from start" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from start" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from start" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from start" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from start" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from start" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from start" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from start" -l detach-keys -d 'Keys that detach from the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from start" -l sig-proxy -d 'Forward signals received by rcon to the container (with --attach)' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from start" -s f -l filter -d 'Filter output based on conditions given' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from start" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from start" -s a -l attach -d 'Attach to the container\'s output (one container)'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from start" -s i -l interactive -d 'Forward stdin to the container (with --attach)'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from start" -l all -d 'Start all containers regardless of their state or configuration'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from start" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from stop" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from stop" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from stop" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from stop" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from stop" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from stop" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from stop" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from stop" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from stop" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from stop" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from stop" -s t -l time -l timeout -d 'Seconds to wait for stop before killing the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from stop" -l cidfile -d 'Read the container ID from the file (repeatable)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from stop" -s f -l filter -d 'Filter output based on conditions given' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from stop" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from stop" -s a -l all -d 'Stop all running containers'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from stop" -s i -l ignore -d 'Ignore errors when a specified container is missing'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from stop" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from stop" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from kill" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from kill" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from kill" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from kill" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from kill" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from kill" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from kill" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from kill" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from kill" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from kill" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from kill" -s s -l signal -d 'Signal to send' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from kill" -l cidfile -d 'Read the container ID from the file (repeatable)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from kill" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from kill" -s a -l all -d 'Signal all running containers'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from kill" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from kill" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from kill" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from restart" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from restart" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from restart" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from restart" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from restart" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from restart" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from restart" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from restart" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from restart" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from restart" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from restart" -s t -l time -l timeout -d 'Seconds to wait for stop before killing the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from restart" -l cidfile -d 'Read the container ID from the file (repeatable)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from restart" -s f -l filter -d 'Filter output based on conditions given' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from restart" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from restart" -s a -l all -d 'Restart all containers'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from restart" -l running -d 'Restart only running containers'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from restart" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from restart" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rm" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rm" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rm" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rm" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rm" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rm" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rm" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rm" -s t -l time -d 'Seconds to wait for stop before killing the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rm" -l cidfile -d 'Read the container ID from the file (repeatable)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rm" -l filter -d 'Filter output based on conditions given' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rm" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rm" -s f -l force -d 'Force removal of a running or unusable container (stopped first)'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove all containers'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'Ignore errors when a specified container is missing'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rm" -l depend -d 'Remove container and all containers that depend on the selected container'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rm" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rm" -s v -l volumes -d 'Remove anonymous volumes associated with the container'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ps" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ps" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ps" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ps" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ps" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ps" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ps" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ps" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ps" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ps" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ps" -s n -l last -d 'The last N created containers' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ps" -s f -l filter -d 'Filter: name=, id=, status=, label=, ancestor=, exited=' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ps" -l format -d 'json, table, table TEMPLATE, or a Go template' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ps" -l sort -d 'Sort output by: command, created, id, image, names, runningfor, size, status' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ps" -s w -l watch -d 'Watch the ps output on an interval in seconds' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ps" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ps" -s a -l all -d 'Show all containers, not only running ones'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ps" -s q -l quiet -d 'Print only ids'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ps" -s l -l latest -d 'The latest created container'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ps" -l no-trunc -d 'Do not truncate ids and commands'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ps" -l noheading -d 'Do not print the header row'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ps" -l external -d 'Show containers of other tools too (rcon has none of them: its own, stopped included)'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ps" -l sync -d 'Sync the container state with the runtime (rcon\'s state is always current: no-op)'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ps" -l ns -d 'Display namespace information'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ps" -s p -l pod -d 'Print the ID and name of the pod the containers are associated with (rcon has no pods yet: empty)'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ps" -s s -l size -d 'Display the total file sizes'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ps" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ps" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ls" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ls" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ls" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ls" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ls" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ls" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ls" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ls" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ls" -s n -l last -d 'The last N created containers' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter: name=, id=, status=, label=, ancestor=, exited=' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ls" -l format -d 'json, table, table TEMPLATE, or a Go template' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ls" -l sort -d 'Sort output by: command, created, id, image, names, runningfor, size, status' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ls" -s w -l watch -d 'Watch the ps output on an interval in seconds' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ls" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ls" -s a -l all -d 'Show all containers, not only running ones'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only ids'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ls" -s l -l latest -d 'The latest created container'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Do not truncate ids and commands'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ls" -l noheading -d 'Do not print the header row'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ls" -l external -d 'Show containers of other tools too (rcon has none of them: its own, stopped included)'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ls" -l sync -d 'Sync the container state with the runtime (rcon\'s state is always current: no-op)'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ls" -l ns -d 'Display namespace information'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ls" -s p -l pod -d 'Print the ID and name of the pod the containers are associated with (rcon has no pods yet: empty)'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ls" -s s -l size -d 'Display the total file sizes'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from list" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from list" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from list" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from list" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from list" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from list" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from list" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from list" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from list" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from list" -s n -l last -d 'The last N created containers' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter: name=, id=, status=, label=, ancestor=, exited=' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from list" -l format -d 'json, table, table TEMPLATE, or a Go template' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from list" -l sort -d 'Sort output by: command, created, id, image, names, runningfor, size, status' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from list" -s w -l watch -d 'Watch the ps output on an interval in seconds' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from list" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from list" -s a -l all -d 'Show all containers, not only running ones'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from list" -s l -l latest -d 'The latest created container'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from list" -l no-trunc -d 'Do not truncate ids and commands'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from list" -l noheading -d 'Do not print the header row'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from list" -l external -d 'Show containers of other tools too (rcon has none of them: its own, stopped included)'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from list" -l sync -d 'Sync the container state with the runtime (rcon\'s state is always current: no-op)'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from list" -l ns -d 'Display namespace information'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from list" -s p -l pod -d 'Print the ID and name of the pod the containers are associated with (rcon has no pods yet: empty)'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from list" -s s -l size -d 'Display the total file sizes'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from inspect" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from inspect" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from inspect" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from inspect" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from inspect" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from inspect" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from inspect" -s f -l format -d 'json or a Go template, e.g. \'{{.State.Status}}\'' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from inspect" -s t -l type -d 'container, image or all' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from inspect" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from inspect" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from inspect" -s s -l size -d 'Display total file size'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from wait" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from wait" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from wait" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from wait" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from wait" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from wait" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from wait" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from wait" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from wait" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from wait" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from wait" -l condition -d 'Condition to wait on: configured, created, exited, paused, running, stopped, stopping' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from wait" -s i -l interval -d 'Time interval to wait before polling for completion' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from wait" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from wait" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from wait" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from logs" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from logs" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from logs" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from logs" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from logs" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from logs" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from logs" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from logs" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from logs" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from logs" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from logs" -l tail -d 'Only the last N lines (-1: all)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from logs" -l since -d 'Only lines since this time (RFC 3339, unix time, or a duration like 10m)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from logs" -l until -d 'Only lines until this time' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from logs" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from logs" -l color -d 'Output the containers with different colors in the log'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Follow the output until the containers stop'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from logs" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from logs" -s n -l names -d 'Output the container name in the log (with several containers)'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from logs" -s t -l timestamps -d 'Show timestamps'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from logs" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exec" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exec" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exec" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exec" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exec" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exec" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exec" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exec" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exec" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exec" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exec" -s e -l env -d 'Set an environment variable' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exec" -l env-file -d 'Read environment variables from a file' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exec" -s u -l user -d 'User as user[:group]' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exec" -s w -l workdir -d 'Working directory' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exec" -l detach-keys -d 'Keys that detach from the process' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exec" -l preserve-fds -d 'Pass N additional file descriptors to the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exec" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exec" -s i -l interactive -d 'Keep stdin open'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exec" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exec" -s d -l detach -d 'Run in the background'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exec" -l privileged -d 'Give the process all capabilities and no seccomp filter'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exec" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exec" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exec" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from attach" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from attach" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from attach" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from attach" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from attach" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from attach" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from attach" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from attach" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from attach" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from attach" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from attach" -l detach-keys -d 'Keys that detach from the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from attach" -l sig-proxy -d 'Forward signals received by rcon to the container' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from attach" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from attach" -l no-stdin -d 'Do not forward stdin'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from attach" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from attach" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from attach" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from top" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from top" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from top" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from top" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from top" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from top" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from top" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from top" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from top" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from top" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from top" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from top" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from top" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from top" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from pause" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from pause" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from pause" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from pause" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from pause" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from pause" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from pause" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from pause" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from pause" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from pause" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from pause" -l cidfile -d 'Read the container ID from the file (repeatable)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from pause" -s f -l filter -d 'Filter output based on conditions given' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from pause" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from pause" -s a -l all -d 'All running (pause) or paused (unpause) containers'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from pause" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from pause" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from unpause" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from unpause" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from unpause" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from unpause" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from unpause" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from unpause" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from unpause" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from unpause" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from unpause" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from unpause" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from unpause" -l cidfile -d 'Read the container ID from the file (repeatable)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from unpause" -s f -l filter -d 'Filter output based on conditions given' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from unpause" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from unpause" -s a -l all -d 'All running (pause) or paused (unpause) containers'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from unpause" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from unpause" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from unpause" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rename" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rename" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rename" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rename" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rename" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rename" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rename" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rename" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rename" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rename" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rename" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from cp" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from cp" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from cp" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from cp" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from cp" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from cp" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from cp" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from cp" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from cp" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from cp" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from cp" -s a -l archive -d 'Chown copied files to the primary uid/gid of the destination container' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from cp" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from cp" -l overwrite -d 'Allow to overwrite directories with non-directories and vice versa'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from cp" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from cp" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from export" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from export" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from export" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from export" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from export" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from export" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from export" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from export" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from export" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from export" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from export" -s o -l output -d 'Write to a file instead of stdout' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from export" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from diff" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from diff" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from diff" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from diff" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from diff" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from diff" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from diff" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from diff" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from diff" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from diff" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from diff" -l format -d 'json or a Go template' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from diff" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from diff" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from diff" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from port" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from port" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from port" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from port" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from port" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from port" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from port" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from port" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from port" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from port" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from port" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from port" -s a -l all -d 'All containers'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from port" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from port" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from port" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from commit" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from commit" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from commit" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from commit" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from commit" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from commit" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from commit" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from commit" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from commit" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from commit" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from commit" -s a -l author -d 'Set the author for the image committed' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from commit" -s c -l change -d 'Apply the following possible instructions to the created image: CMD | ENTRYPOINT | ENV | EXPOSE | LABEL | ONBUILD | STOPSIGNAL | USER | VOLUME | WORKDIR' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from commit" -s f -l format -d 'Format of the image manifest and metadata: oci or docker' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from commit" -l iidfile -d 'File to write the image ID to' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from commit" -s m -l message -d 'Set commit message for the image' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from commit" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from commit" -l include-volumes -d 'Include container volumes as image volumes (rcon has no volumes yet: nothing to include)'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from commit" -s p -l pause -d 'Pause the container during commit'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from commit" -s q -l quiet -d 'Suppress output'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from commit" -s s -l squash -d 'Squash all layers into a single new layer'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from commit" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from commit" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from init" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from init" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from init" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from init" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from init" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from init" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from init" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from init" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from init" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from init" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from init" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from init" -s a -l all -d 'Initialize all containers'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from init" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from mount" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from mount" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from mount" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from mount" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from mount" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from mount" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from mount" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from mount" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from mount" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from mount" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from mount" -l format -d 'Print the mounted containers in specified format (json)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from mount" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from mount" -s a -l all -d 'Mount all containers'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from mount" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from mount" -l no-trunc -d 'Do not truncate output'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from mount" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from mount" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from unmount" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from unmount" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from unmount" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from unmount" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from unmount" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from unmount" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from unmount" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from unmount" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from unmount" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from unmount" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from unmount" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from unmount" -s a -l all -d 'Unmount all of the currently mounted containers'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from unmount" -s f -l force -d 'Force the complete unmount of the specified mounted containers'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from unmount" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from unmount" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from unmount" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from umount" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from umount" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from umount" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from umount" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from umount" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from umount" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from umount" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from umount" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from umount" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from umount" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from umount" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from umount" -s a -l all -d 'Unmount all of the currently mounted containers'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from umount" -s f -l force -d 'Force the complete unmount of the specified mounted containers'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from umount" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from umount" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from umount" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from prune" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from prune" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from prune" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from prune" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from prune" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from prune" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from prune" -l filter -d 'Provide filter values (label=, label!=, until=)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from prune" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from prune" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exists" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exists" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exists" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exists" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exists" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exists" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exists" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exists" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exists" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exists" -l external -d 'Check external storage containers as well (rcon has none: only its own are checked)'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from exists" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from clone" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from clone" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from clone" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from clone" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from clone" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from clone" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from clone" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from clone" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from clone" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from clone" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from clone" -l name -d 'Assign a name to the container (default: ORIGINAL-clone, then -clone1, -clone2, ...)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from clone" -l blkio-weight -d 'Block IO weight (relative weight) accepts a weight value between 10 and 1000 (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from clone" -l blkio-weight-device -d 'Block IO weight (relative device weight) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from clone" -l cpu-period -d 'Limit the CPU CFS (Completely Fair Scheduler) period (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from clone" -l cpu-quota -d 'Limit the CPU CFS (Completely Fair Scheduler) quota (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from clone" -l cpu-rt-period -d 'Limit the CPU real-time period in microseconds (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from clone" -l cpu-rt-runtime -d 'Limit the CPU real-time runtime in microseconds (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from clone" -s c -l cpu-shares -d 'CPU shares (relative weight) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from clone" -l cpus -d 'Number of CPUs (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from clone" -l cpuset-cpus -d 'CPUs in which to allow execution (0-3, 0,1) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from clone" -l cpuset-mems -d 'Memory nodes (MEMs) in which to allow execution (0-3, 0,1) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from clone" -l device-read-bps -d 'Limit read rate (bytes per second) from a device (e.g. --device-read-bps=/dev/sda:1mb) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from clone" -l device-write-bps -d 'Limit write rate (bytes per second) to a device (e.g. --device-write-bps=/dev/sda:1mb) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from clone" -s m -l memory -d 'Memory limit (format: <number>[<unit>], where unit = b, k, m or g) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from clone" -l memory-reservation -d 'Memory soft limit (format: <number>[<unit>], where unit = b, k, m or g) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from clone" -l memory-swap -d 'Swap limit equal to memory plus swap: \'-1\' to enable unlimited swap (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from clone" -l memory-swappiness -d 'Tune container memory swappiness (0 to 100, or -1 for system default) (not available yet: comes with resource limits)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from clone" -l pod -d 'Run container in an existing pod (not available yet: comes with pods)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from clone" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from clone" -l destroy -d 'Destroy the original container'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from clone" -l run -d 'Run the new container'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from clone" -s f -l force -d 'Force the existing container to be destroyed'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from clone" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from clone" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l authfile -d 'Path of the authentication file (default: $REGISTRY_AUTH_FILE, else podman\'s auth.json)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l cert-dir -d 'Directory of the registry\'s certificates, instead of /etc/containers/certs.d/HOST' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l creds -d 'Credentials (USERNAME:PASSWORD) to use for authenticating to a registry' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from runlabel" -s n -l name -d 'Assign a name to the container (NAME in the label)' -r
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l tls-verify -d 'Require HTTPS and verify certificates when contacting registries (default true)' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l display -d 'Preview the command that the label would run'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from runlabel" -s q -l quiet -d 'Suppress output information when installing images'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from runlabel" -l replace -d 'Replace existing container with a new one from the image'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from runlabel" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand container; and __fish_seen_subcommand_from runlabel" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand image; and not __fish_seen_subcommand_from images ls list inspect rm import load tag untag prune pull push save history diff exists tree" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and not __fish_seen_subcommand_from images ls list inspect rm import load tag untag prune pull push save history diff exists tree" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and not __fish_seen_subcommand_from images ls list inspect rm import load tag untag prune pull push save history diff exists tree" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and not __fish_seen_subcommand_from images ls list inspect rm import load tag untag prune pull push save history diff exists tree" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and not __fish_seen_subcommand_from images ls list inspect rm import load tag untag prune pull push save history diff exists tree" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and not __fish_seen_subcommand_from images ls list inspect rm import load tag untag prune pull push save history diff exists tree" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and not __fish_seen_subcommand_from images ls list inspect rm import load tag untag prune pull push save history diff exists tree" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and not __fish_seen_subcommand_from images ls list inspect rm import load tag untag prune pull push save history diff exists tree" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and not __fish_seen_subcommand_from images ls list inspect rm import load tag untag prune pull push save history diff exists tree" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and not __fish_seen_subcommand_from images ls list inspect rm import load tag untag prune pull push save history diff exists tree" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and not __fish_seen_subcommand_from images ls list inspect rm import load tag untag prune pull push save history diff exists tree" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand image; and not __fish_seen_subcommand_from images ls list inspect rm import load tag untag prune pull push save history diff exists tree" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand image; and not __fish_seen_subcommand_from images ls list inspect rm import load tag untag prune pull push save history diff exists tree" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand image; and not __fish_seen_subcommand_from images ls list inspect rm import load tag untag prune pull push save history diff exists tree" -f -a "images" -d 'List images'
complete -c rcon -n "__fish_rcon_using_subcommand image; and not __fish_seen_subcommand_from images ls list inspect rm import load tag untag prune pull push save history diff exists tree" -f -a "ls" -d 'List images'
complete -c rcon -n "__fish_rcon_using_subcommand image; and not __fish_seen_subcommand_from images ls list inspect rm import load tag untag prune pull push save history diff exists tree" -f -a "list" -d 'List images'
complete -c rcon -n "__fish_rcon_using_subcommand image; and not __fish_seen_subcommand_from images ls list inspect rm import load tag untag prune pull push save history diff exists tree" -f -a "inspect" -d 'Show details of images'
complete -c rcon -n "__fish_rcon_using_subcommand image; and not __fish_seen_subcommand_from images ls list inspect rm import load tag untag prune pull push save history diff exists tree" -f -a "rm" -d 'Remove images'
complete -c rcon -n "__fish_rcon_using_subcommand image; and not __fish_seen_subcommand_from images ls list inspect rm import load tag untag prune pull push save history diff exists tree" -f -a "import" -d 'Create an image from a root filesystem tarball'
complete -c rcon -n "__fish_rcon_using_subcommand image; and not __fish_seen_subcommand_from images ls list inspect rm import load tag untag prune pull push save history diff exists tree" -f -a "load" -d 'Load images from an archive'
complete -c rcon -n "__fish_rcon_using_subcommand image; and not __fish_seen_subcommand_from images ls list inspect rm import load tag untag prune pull push save history diff exists tree" -f -a "tag" -d 'Add names to an image'
complete -c rcon -n "__fish_rcon_using_subcommand image; and not __fish_seen_subcommand_from images ls list inspect rm import load tag untag prune pull push save history diff exists tree" -f -a "untag" -d 'Remove names from an image'
complete -c rcon -n "__fish_rcon_using_subcommand image; and not __fish_seen_subcommand_from images ls list inspect rm import load tag untag prune pull push save history diff exists tree" -f -a "prune" -d 'Remove images without names and children (all with -a) that no container uses'
complete -c rcon -n "__fish_rcon_using_subcommand image; and not __fish_seen_subcommand_from images ls list inspect rm import load tag untag prune pull push save history diff exists tree" -f -a "pull" -d 'Pull an image from a registry'
complete -c rcon -n "__fish_rcon_using_subcommand image; and not __fish_seen_subcommand_from images ls list inspect rm import load tag untag prune pull push save history diff exists tree" -f -a "push" -d 'Push an image to a registry'
complete -c rcon -n "__fish_rcon_using_subcommand image; and not __fish_seen_subcommand_from images ls list inspect rm import load tag untag prune pull push save history diff exists tree" -f -a "save" -d 'Save images to an archive (docker-archive or oci-archive)'
complete -c rcon -n "__fish_rcon_using_subcommand image; and not __fish_seen_subcommand_from images ls list inspect rm import load tag untag prune pull push save history diff exists tree" -f -a "history" -d 'Show the history of an image'
complete -c rcon -n "__fish_rcon_using_subcommand image; and not __fish_seen_subcommand_from images ls list inspect rm import load tag untag prune pull push save history diff exists tree" -f -a "diff" -d 'Inspect changes to the image\'s file systems (its top layer against the ones below)'
complete -c rcon -n "__fish_rcon_using_subcommand image; and not __fish_seen_subcommand_from images ls list inspect rm import load tag untag prune pull push save history diff exists tree" -f -a "exists" -d 'Check if an image exists in local storage (exit 0) or not (exit 1)'
complete -c rcon -n "__fish_rcon_using_subcommand image; and not __fish_seen_subcommand_from images ls list inspect rm import load tag untag prune pull push save history diff exists tree" -f -a "tree" -d 'Print the layer hierarchy of an image in a tree format'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from images" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from images" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from images" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from images" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from images" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from images" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from images" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from images" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from images" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from images" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from images" -s f -l filter -d 'Filter output based on conditions provided: before, since, dangling, label, reference (a glob), readonly, id, digest, intermediate, containers, until' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from images" -l format -d 'Change the output format to JSON or a Go template' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from images" -l sort -d 'Sort by created, id, repository, size, tag' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from images" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from images" -s a -l all -d 'Show all images (default hides intermediate images)'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from images" -l digests -d 'Show digests'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from images" -l history -d 'Display the image name history'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from images" -l no-trunc -l notruncate -d 'Do not truncate output'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from images" -s n -l noheading -d 'Do not print column headings'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from images" -s q -l quiet -d 'Display only image IDs'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from images" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from images" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from ls" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from ls" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from ls" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from ls" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from ls" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from ls" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from ls" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from ls" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter output based on conditions provided: before, since, dangling, label, reference (a glob), readonly, id, digest, intermediate, containers, until' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from ls" -l format -d 'Change the output format to JSON or a Go template' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from ls" -l sort -d 'Sort by created, id, repository, size, tag' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from ls" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from ls" -s a -l all -d 'Show all images (default hides intermediate images)'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from ls" -l digests -d 'Show digests'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from ls" -l history -d 'Display the image name history'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from ls" -l no-trunc -l notruncate -d 'Do not truncate output'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from ls" -s n -l noheading -d 'Do not print column headings'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Display only image IDs'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from list" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from list" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from list" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from list" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from list" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from list" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from list" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from list" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from list" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter output based on conditions provided: before, since, dangling, label, reference (a glob), readonly, id, digest, intermediate, containers, until' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from list" -l format -d 'Change the output format to JSON or a Go template' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from list" -l sort -d 'Sort by created, id, repository, size, tag' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from list" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from list" -s a -l all -d 'Show all images (default hides intermediate images)'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from list" -l digests -d 'Show digests'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from list" -l history -d 'Display the image name history'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from list" -l no-trunc -l notruncate -d 'Do not truncate output'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from list" -s n -l noheading -d 'Do not print column headings'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Display only image IDs'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from inspect" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from inspect" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from inspect" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from inspect" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from inspect" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from inspect" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from inspect" -s f -l format -d 'json or a Go template' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from inspect" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from rm" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from rm" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from rm" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from rm" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from rm" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from rm" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from rm" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from rm" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove all images'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from rm" -s f -l force -d 'Force Removal of the image (and of the containers using it)'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'Ignore errors if a specified image does not exist'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from rm" -l no-prune -d 'Do not remove dangling images'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from import" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from import" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from import" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from import" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from import" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from import" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from import" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from import" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from import" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from import" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from import" -l arch -d 'Set the architecture of the imported image' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from import" -s c -l change -d 'Apply the following possible instructions to the created image: CMD | ENTRYPOINT | ENV | EXPOSE | LABEL | ONBUILD | STOPSIGNAL | USER | VOLUME | WORKDIR' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from import" -s m -l message -d 'Set commit message for imported image' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from import" -l os -d 'Set the OS of the imported image' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from import" -l variant -d 'Set the variant of the imported image' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from import" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Suppress output'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from load" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from load" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from load" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from load" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from load" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from load" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from load" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from load" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from load" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from load" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from load" -s i -l input -d 'Archive to read (default: stdin)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from load" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from load" -s q -l quiet -d 'Print nothing but errors'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from load" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from load" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from tag" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from tag" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from tag" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from tag" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from tag" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from tag" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from tag" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from tag" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from tag" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from tag" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from tag" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from tag" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from tag" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from untag" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from untag" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from untag" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from untag" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from untag" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from untag" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from untag" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from untag" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from untag" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from untag" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from untag" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from untag" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from untag" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from prune" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from prune" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from prune" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from prune" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from prune" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from prune" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from prune" -l filter -d 'Provide filter values (e.g. \'label=<key>=<value>\', \'until=<timestamp>\')' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from prune" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all images not in use by containers, not just dangling ones'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from prune" -l external -d 'Remove images even when they are used by external containers (rcon has none: the same as without it)'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from prune" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from pull" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from pull" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from pull" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from pull" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from pull" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from pull" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from pull" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from pull" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from pull" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from pull" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from pull" -l authfile -d 'Credentials file (default: $REGISTRY_AUTH_FILE, else podman\'s auth.json)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from pull" -l tls-verify -d 'Require HTTPS and verify certificates (false: allow plain HTTP and any certificate)' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from pull" -l arch -d 'Pull the image for this architecture instead of the host\'s' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from pull" -l os -d 'Pull the image for this OS instead of linux' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from pull" -l variant -d 'Pull the image for this architecture variant (e.g. v7)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from pull" -l platform -d 'Pull the image for OS/ARCH[/VARIANT]' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from pull" -l cert-dir -d 'Directory of the registry\'s certificates (*.crt authorities, NAME.cert + NAME.key client certificate), instead of /etc/containers/certs.d/HOST' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from pull" -l creds -d 'Credentials for the registry, USERNAME:PASSWORD' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from pull" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from pull" -l disable-content-trust -d 'Docker\'s content trust switch: accepted for scripts and does nothing, as in podman'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from pull" -s a -l all-tags -d 'Pull every tag of the repository (not supported)'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from pull" -s q -l quiet -d 'Print only the image id'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from pull" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from pull" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from push" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from push" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from push" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from push" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from push" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from push" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from push" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from push" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from push" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from push" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from push" -l authfile -d 'Credentials file (default: $REGISTRY_AUTH_FILE, else podman\'s auth.json)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from push" -l tls-verify -d 'Require HTTPS and verify certificates (false: allow plain HTTP and any certificate)' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from push" -l creds -d 'Credentials for the registry, USERNAME:PASSWORD' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from push" -s f -l format -d 'Manifest format: oci or v2s2 (default: the image\'s own)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from push" -l compression-format -d 'Recompress the layers: gzip, zstd or none (default: as stored)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from push" -l digestfile -d 'Write the pushed manifest\'s digest to this file' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from push" -l cert-dir -d 'Directory of the registry\'s certificates (*.crt authorities, NAME.cert + NAME.key client certificate), instead of /etc/containers/certs.d/HOST' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from push" -l sign-by -d 'Sign the image with this GPG key (not supported)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from push" -l sign-by-sigstore-private-key -d 'Sign the image with this sigstore private key (not supported)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from push" -l sign-passphrase-file -d 'Passphrase file of the signing key (not supported)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from push" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from push" -l disable-content-trust -d 'Docker\'s content trust switch: accepted for scripts and does nothing, as in podman'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from push" -s q -l quiet -d 'No progress output'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from push" -l remove-signatures -d 'Push no signatures: rcon never copies signatures, so this is what it always does'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from push" -l compress -d 'Compress layers for the dir: transport (not supported: rcon pushes to registries)'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from push" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from push" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from save" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from save" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from save" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from save" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from save" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from save" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from save" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from save" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from save" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from save" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from save" -s o -l output -d 'Write to this file (default: stdout, which must not be a terminal)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from save" -l format -d 'docker-archive (default), oci-archive, or a directory: oci-dir (an OCI layout) or docker-dir (containers/image\'s dir: format)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from save" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from save" -s m -l multi-image-archive -d 'Allow several images in one docker-archive'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from save" -l compress -d 'Gzip the layers stored uncompressed (docker-dir only)'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from save" -l uncompressed -d 'Write the layers uncompressed (oci-dir and docker-dir only)'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from save" -s q -l quiet -d 'No progress output (save prints none)'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from save" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from save" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from history" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from history" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from history" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from history" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from history" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from history" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from history" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from history" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from history" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from history" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from history" -l format -d 'Change the output to JSON or a Go template' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from history" -s H -l human -d 'Display sizes and dates in human readable format (default true)' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from history" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from history" -l no-trunc -d 'Do not truncate the output'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Display the numeric IDs only'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from diff" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from diff" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from diff" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from diff" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from diff" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from diff" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from diff" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from diff" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from diff" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from diff" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from diff" -l format -d 'Change the output format (json)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from diff" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from diff" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from exists" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from exists" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from exists" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from exists" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from exists" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from exists" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from exists" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from exists" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from exists" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from exists" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from tree" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from tree" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from tree" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from tree" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from tree" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from tree" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from tree" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from tree" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from tree" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from tree" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from tree" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from tree" -l whatrequires -d 'Show all child images and layers of the specified image'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from tree" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand image; and __fish_seen_subcommand_from tree" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and not __fish_seen_subcommand_from create exists export import inspect ls list mount prune reload rm remove unmount umount" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and not __fish_seen_subcommand_from create exists export import inspect ls list mount prune reload rm remove unmount umount" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and not __fish_seen_subcommand_from create exists export import inspect ls list mount prune reload rm remove unmount umount" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and not __fish_seen_subcommand_from create exists export import inspect ls list mount prune reload rm remove unmount umount" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and not __fish_seen_subcommand_from create exists export import inspect ls list mount prune reload rm remove unmount umount" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and not __fish_seen_subcommand_from create exists export import inspect ls list mount prune reload rm remove unmount umount" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and not __fish_seen_subcommand_from create exists export import inspect ls list mount prune reload rm remove unmount umount" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and not __fish_seen_subcommand_from create exists export import inspect ls list mount prune reload rm remove unmount umount" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and not __fish_seen_subcommand_from create exists export import inspect ls list mount prune reload rm remove unmount umount" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and not __fish_seen_subcommand_from create exists export import inspect ls list mount prune reload rm remove unmount umount" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and not __fish_seen_subcommand_from create exists export import inspect ls list mount prune reload rm remove unmount umount" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and not __fish_seen_subcommand_from create exists export import inspect ls list mount prune reload rm remove unmount umount" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and not __fish_seen_subcommand_from create exists export import inspect ls list mount prune reload rm remove unmount umount" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and not __fish_seen_subcommand_from create exists export import inspect ls list mount prune reload rm remove unmount umount" -f -a "create" -d 'Create a new volume'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and not __fish_seen_subcommand_from create exists export import inspect ls list mount prune reload rm remove unmount umount" -f -a "exists" -d 'Check if the given volume exists (exit 0) or not (exit 1)'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and not __fish_seen_subcommand_from create exists export import inspect ls list mount prune reload rm remove unmount umount" -f -a "export" -d 'Export the contents of a volume as a tar'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and not __fish_seen_subcommand_from create exists export import inspect ls list mount prune reload rm remove unmount umount" -f -a "import" -d 'Import a tarball (a file, or - for stdin) into an existing volume'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and not __fish_seen_subcommand_from create exists export import inspect ls list mount prune reload rm remove unmount umount" -f -a "inspect" -d 'Display detailed information on one or more volumes'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and not __fish_seen_subcommand_from create exists export import inspect ls list mount prune reload rm remove unmount umount" -f -a "ls" -d 'List volumes'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and not __fish_seen_subcommand_from create exists export import inspect ls list mount prune reload rm remove unmount umount" -f -a "list" -d 'List volumes'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and not __fish_seen_subcommand_from create exists export import inspect ls list mount prune reload rm remove unmount umount" -f -a "mount" -d 'Mount a volume and print its path (volumes with --opt are mounted; rootless: in `rcon unshare`)'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and not __fish_seen_subcommand_from create exists export import inspect ls list mount prune reload rm remove unmount umount" -f -a "prune" -d 'Remove all unused volumes'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and not __fish_seen_subcommand_from create exists export import inspect ls list mount prune reload rm remove unmount umount" -f -a "reload" -d 'Reload volumes from volume plugins (rcon has none: nothing to do)'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and not __fish_seen_subcommand_from create exists export import inspect ls list mount prune reload rm remove unmount umount" -f -a "rm" -d 'Remove one or more volumes'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and not __fish_seen_subcommand_from create exists export import inspect ls list mount prune reload rm remove unmount umount" -f -a "remove" -d 'Remove one or more volumes'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and not __fish_seen_subcommand_from create exists export import inspect ls list mount prune reload rm remove unmount umount" -f -a "unmount" -d 'Unmount a volume mounted by `volume mount`'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and not __fish_seen_subcommand_from create exists export import inspect ls list mount prune reload rm remove unmount umount" -f -a "umount" -d 'Unmount a volume mounted by `volume mount`'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from create" -l driver -d 'Specify volume driver name (only "local")' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from create" -s l -l label -d 'Set metadata for a volume (KEY[=VALUE])' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from create" -s o -l opt -d 'Set driver specific options: type=tmpfs|none|bind|TYPE, device=DEV, o=OPTIONS (uid=, gid=, size=, mount options)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from create" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from create" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from create" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from create" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from create" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from create" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from create" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from create" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from create" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from create" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from exists" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from exists" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from exists" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from exists" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from exists" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from exists" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from exists" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from exists" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from exists" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from exists" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from export" -s o -l output -d 'Write to a specified file (default: stdout, which must be redirected)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from export" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from export" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from export" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from export" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from export" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from export" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from export" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from export" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from export" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from export" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from export" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from import" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from import" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from import" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from import" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from import" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from import" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from import" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from import" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from import" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from import" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from import" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Format volume output using Go template (default "json")' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s a -l all -d 'Inspect all volumes'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter volume output (name, label, label!, dangling, driver, scope, opt, until, since)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from ls" -l format -d 'Format volume output using Go template (or json, table ...)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from ls" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from ls" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from ls" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from ls" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from ls" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from ls" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from ls" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from ls" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from ls" -l noheading -d 'Do not print headers'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print volume output in quiet mode (names only)'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from ls" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter volume output (name, label, label!, dangling, driver, scope, opt, until, since)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from list" -l format -d 'Format volume output using Go template (or json, table ...)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from list" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from list" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from list" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from list" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from list" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from list" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from list" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from list" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from list" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from list" -l noheading -d 'Do not print headers'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print volume output in quiet mode (names only)'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from list" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from mount" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from mount" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from mount" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from mount" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from mount" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from mount" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from mount" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from mount" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from mount" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from mount" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from mount" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from mount" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from mount" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from prune" -l filter -d 'Provide filter values (label, label!, until)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from prune" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from prune" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from prune" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from prune" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from prune" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from prune" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from prune" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from prune" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from reload" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from reload" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from reload" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from reload" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from reload" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from reload" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from reload" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from reload" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from reload" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from reload" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from reload" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from reload" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from reload" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from rm" -s t -l time -d 'Seconds to wait for running containers to stop before killing the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from rm" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from rm" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from rm" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from rm" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from rm" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from rm" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from rm" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove all volumes'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove a volume by force, even if it is being used by a container (those containers are removed)'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from rm" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from remove" -s t -l time -d 'Seconds to wait for running containers to stop before killing the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from remove" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from remove" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from remove" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from remove" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from remove" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from remove" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from remove" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from remove" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from remove" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from remove" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from remove" -s a -l all -d 'Remove all volumes'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from remove" -s f -l force -d 'Remove a volume by force, even if it is being used by a container (those containers are removed)'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from remove" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from unmount" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from unmount" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from unmount" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from umount" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from umount" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from umount" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from umount" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from umount" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from umount" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from umount" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from umount" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from umount" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from umount" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from umount" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from umount" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand volume; and __fish_seen_subcommand_from umount" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand network; and not __fish_seen_subcommand_from connect create disconnect exists inspect ls list prune reload rm remove" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and not __fish_seen_subcommand_from connect create disconnect exists inspect ls list prune reload rm remove" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and not __fish_seen_subcommand_from connect create disconnect exists inspect ls list prune reload rm remove" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and not __fish_seen_subcommand_from connect create disconnect exists inspect ls list prune reload rm remove" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and not __fish_seen_subcommand_from connect create disconnect exists inspect ls list prune reload rm remove" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and not __fish_seen_subcommand_from connect create disconnect exists inspect ls list prune reload rm remove" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and not __fish_seen_subcommand_from connect create disconnect exists inspect ls list prune reload rm remove" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and not __fish_seen_subcommand_from connect create disconnect exists inspect ls list prune reload rm remove" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and not __fish_seen_subcommand_from connect create disconnect exists inspect ls list prune reload rm remove" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and not __fish_seen_subcommand_from connect create disconnect exists inspect ls list prune reload rm remove" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and not __fish_seen_subcommand_from connect create disconnect exists inspect ls list prune reload rm remove" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand network; and not __fish_seen_subcommand_from connect create disconnect exists inspect ls list prune reload rm remove" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand network; and not __fish_seen_subcommand_from connect create disconnect exists inspect ls list prune reload rm remove" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand network; and not __fish_seen_subcommand_from connect create disconnect exists inspect ls list prune reload rm remove" -f -a "connect" -d 'Connect a container to a network (not available yet: comes with the bridge datapath)'
complete -c rcon -n "__fish_rcon_using_subcommand network; and not __fish_seen_subcommand_from connect create disconnect exists inspect ls list prune reload rm remove" -f -a "create" -d 'Create a network'
complete -c rcon -n "__fish_rcon_using_subcommand network; and not __fish_seen_subcommand_from connect create disconnect exists inspect ls list prune reload rm remove" -f -a "disconnect" -d 'Disconnect a container from a network (not available yet: comes with the bridge datapath)'
complete -c rcon -n "__fish_rcon_using_subcommand network; and not __fish_seen_subcommand_from connect create disconnect exists inspect ls list prune reload rm remove" -f -a "exists" -d 'Check if the given network exists (exit 0) or not (exit 1)'
complete -c rcon -n "__fish_rcon_using_subcommand network; and not __fish_seen_subcommand_from connect create disconnect exists inspect ls list prune reload rm remove" -f -a "inspect" -d 'Display detailed information on one or more networks'
complete -c rcon -n "__fish_rcon_using_subcommand network; and not __fish_seen_subcommand_from connect create disconnect exists inspect ls list prune reload rm remove" -f -a "ls" -d 'List networks'
complete -c rcon -n "__fish_rcon_using_subcommand network; and not __fish_seen_subcommand_from connect create disconnect exists inspect ls list prune reload rm remove" -f -a "list" -d 'List networks'
complete -c rcon -n "__fish_rcon_using_subcommand network; and not __fish_seen_subcommand_from connect create disconnect exists inspect ls list prune reload rm remove" -f -a "prune" -d 'Remove all networks not used by at least one container'
complete -c rcon -n "__fish_rcon_using_subcommand network; and not __fish_seen_subcommand_from connect create disconnect exists inspect ls list prune reload rm remove" -f -a "reload" -d 'Reload the network configuration of containers (none is connected yet: nothing to do)'
complete -c rcon -n "__fish_rcon_using_subcommand network; and not __fish_seen_subcommand_from connect create disconnect exists inspect ls list prune reload rm remove" -f -a "rm" -d 'Remove one or more networks'
complete -c rcon -n "__fish_rcon_using_subcommand network; and not __fish_seen_subcommand_from connect create disconnect exists inspect ls list prune reload rm remove" -f -a "remove" -d 'Remove one or more networks'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from connect" -l alias -d 'network scoped alias for container' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from connect" -l ip -d 'set a static ipv4 address for this container network' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from connect" -l ip6 -d 'set a static ipv6 address for this container network' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from connect" -l mac-address -d 'set a static mac address for this container network' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from connect" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from connect" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from connect" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from connect" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from connect" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from connect" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from connect" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from connect" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from connect" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from connect" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from connect" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from connect" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from connect" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from create" -s d -l driver -d 'driver to manage the network (only "bridge"; macvlan and ipvlan are refused)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from create" -l gateway -d 'IPv4 or IPv6 gateway for the subnet' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from create" -l ip-range -d 'allocate container IP from range (CIDR inside the subnet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from create" -l ipam-driver -d 'IP Address Management Driver (only "host-local")' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from create" -l label -d 'set metadata on a network (KEY[=VALUE])' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from create" -s o -l opt -d 'Set driver specific options: mtu=, vlan=, isolate=, metric=' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from create" -l subnet -d 'subnets in CIDR format' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from create" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from create" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from create" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from create" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from create" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from create" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from create" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from create" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from create" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from create" -l disable-dns -d 'disable dns plugin'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from create" -l internal -d 'restrict external access from this network'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from create" -l ipv6 -d 'enable IPv6 networking (a ULA /64 when no IPv6 --subnet is given)'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from create" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s f -l force -d 'force removal of container from network'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from exists" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from exists" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from exists" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from exists" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from exists" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from exists" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from exists" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from exists" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from exists" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from exists" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Pretty-print network to JSON or using a Go template' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from inspect" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from inspect" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from inspect" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from inspect" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from inspect" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from inspect" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from inspect" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Provide filter values (name, id, driver, label, label!, dangling, until)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from ls" -l format -d 'Pretty-print networks to JSON or using a Go template' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from ls" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from ls" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from ls" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from ls" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from ls" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from ls" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from ls" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from ls" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Do not truncate the network ID'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from ls" -l noheading -d 'Do not print headers'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'display only names'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from ls" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from list" -s f -l filter -d 'Provide filter values (name, id, driver, label, label!, dangling, until)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from list" -l format -d 'Pretty-print networks to JSON or using a Go template' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from list" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from list" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from list" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from list" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from list" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from list" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from list" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from list" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from list" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from list" -l no-trunc -d 'Do not truncate the network ID'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from list" -l noheading -d 'Do not print headers'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from list" -s q -l quiet -d 'display only names'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from list" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from prune" -l filter -d 'Provide filter values (label, label!, until)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from prune" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from prune" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from prune" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from prune" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from prune" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from prune" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from prune" -s f -l force -d 'do not prompt for confirmation'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from prune" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from prune" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from reload" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from reload" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from reload" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from reload" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from reload" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from reload" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from reload" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from reload" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from reload" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from reload" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from reload" -s a -l all -d 'Reload network configuration of all containers'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from reload" -s l -l latest -d 'Act on the latest container rcon is aware of'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from reload" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from reload" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from reload" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from rm" -s t -l time -d 'Seconds to wait for running containers to stop before killing the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from rm" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from rm" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from rm" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from rm" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from rm" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from rm" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from rm" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from rm" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from rm" -s f -l force -d 'remove any containers using network'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from rm" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from remove" -s t -l time -d 'Seconds to wait for running containers to stop before killing the container' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from remove" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from remove" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from remove" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from remove" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from remove" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from remove" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from remove" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from remove" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from remove" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from remove" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from remove" -s f -l force -d 'remove any containers using network'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from remove" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand network; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand system; and not __fish_seen_subcommand_from check reset info events df prune" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and not __fish_seen_subcommand_from check reset info events df prune" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and not __fish_seen_subcommand_from check reset info events df prune" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and not __fish_seen_subcommand_from check reset info events df prune" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and not __fish_seen_subcommand_from check reset info events df prune" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and not __fish_seen_subcommand_from check reset info events df prune" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and not __fish_seen_subcommand_from check reset info events df prune" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and not __fish_seen_subcommand_from check reset info events df prune" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and not __fish_seen_subcommand_from check reset info events df prune" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and not __fish_seen_subcommand_from check reset info events df prune" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and not __fish_seen_subcommand_from check reset info events df prune" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand system; and not __fish_seen_subcommand_from check reset info events df prune" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand system; and not __fish_seen_subcommand_from check reset info events df prune" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand system; and not __fish_seen_subcommand_from check reset info events df prune" -f -a "check" -d 'Report what an interrupted rcon left behind (and fix it with --repair)'
complete -c rcon -n "__fish_rcon_using_subcommand system; and not __fish_seen_subcommand_from check reset info events df prune" -f -a "reset" -d 'Remove all containers, images and state rcon made'
complete -c rcon -n "__fish_rcon_using_subcommand system; and not __fish_seen_subcommand_from check reset info events df prune" -f -a "info" -d 'Display information about the host and rcon'
complete -c rcon -n "__fish_rcon_using_subcommand system; and not __fish_seen_subcommand_from check reset info events df prune" -f -a "events" -d 'Show rcon events (from the events log; followed until interrupted)'
complete -c rcon -n "__fish_rcon_using_subcommand system; and not __fish_seen_subcommand_from check reset info events df prune" -f -a "df" -d 'Show rcon disk usage'
complete -c rcon -n "__fish_rcon_using_subcommand system; and not __fish_seen_subcommand_from check reset info events df prune" -f -a "prune" -d 'Remove unused data'
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from check" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from check" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from check" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from check" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from check" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from check" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from check" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from check" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from check" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from check" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from check" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from check" -s r -l repair -d 'Fix what can be fixed'
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only problems (no summary line)'
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from reset" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from reset" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from reset" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from reset" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from reset" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from reset" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from reset" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from reset" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from reset" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from reset" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from reset" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from reset" -s f -l force -d 'Do not ask for confirmation'
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from info" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from info" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from info" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from info" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from info" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from info" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from info" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from info" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from info" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from info" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from info" -s f -l format -d 'json, or a Go template over podman\'s fields ({{.Store.GraphRoot}}); YAML by default' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from info" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from events" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from events" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from events" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from events" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from events" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from events" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from events" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from events" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from events" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from events" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from events" -s f -l filter -d 'Filter output: container=, event=, image=, label=, type=, since=, until= (repeatable)' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from events" -l format -d 'json, or a Go template over the event\'s fields ({{.Status}}, {{.Name}}, {{.Time}})' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from events" -l no-trunc -d 'Do not truncate the output (default true)' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from events" -l since -d 'Show all events created since timestamp' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from events" -l stream -d 'Stream new events as they happen (default true)' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from events" -l until -d 'Show all events created until timestamp' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from events" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from events" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from events" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from df" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from df" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from df" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from df" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from df" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from df" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from df" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from df" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from df" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from df" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from df" -l format -d 'Pretty-print images using a Go template' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from df" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from df" -s v -l verbose -d 'Show detailed information on disk usage'
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from df" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from df" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from prune" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from prune" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from prune" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from prune" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from prune" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from prune" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from prune" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from prune" -l filter -d 'Provide filter values (e.g. \'label=<key>=<value>\')' -r
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from prune" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove all unused data'
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not prompt for confirmation.  The default is false'
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from prune" -l volumes -d 'Prune volumes'
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand system; and __fish_seen_subcommand_from prune" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand info" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand info" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand info" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand info" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand info" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand info" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand info" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand info" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand info" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand info" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand info" -s f -l format -d 'json, or a Go template over podman\'s fields ({{.Store.GraphRoot}}); YAML by default' -r
complete -c rcon -n "__fish_rcon_using_subcommand info" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand info" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand info" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand events" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand events" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand events" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand events" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand events" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand events" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand events" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand events" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand events" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand events" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand events" -s f -l filter -d 'Filter output: container=, event=, image=, label=, type=, since=, until= (repeatable)' -r
complete -c rcon -n "__fish_rcon_using_subcommand events" -l format -d 'json, or a Go template over the event\'s fields ({{.Status}}, {{.Name}}, {{.Time}})' -r
complete -c rcon -n "__fish_rcon_using_subcommand events" -l no-trunc -d 'Do not truncate the output (default true)' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand events" -l since -d 'Show all events created since timestamp' -r
complete -c rcon -n "__fish_rcon_using_subcommand events" -l stream -d 'Stream new events as they happen (default true)' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand events" -l until -d 'Show all events created until timestamp' -r
complete -c rcon -n "__fish_rcon_using_subcommand events" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand events" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand events" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand version" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand version" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand version" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand version" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand version" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand version" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand version" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand version" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand version" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand version" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand version" -s f -l format -d 'json, or a Go template over podman\'s fields ({{.Client.Version}})' -r
complete -c rcon -n "__fish_rcon_using_subcommand version" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand version" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand version" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand completion" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand completion" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand completion" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand completion" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand completion" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand completion" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand completion" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand completion" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand completion" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand completion" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand completion" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand completion" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand completion" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand login" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand login" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand login" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand login" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand login" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand login" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand login" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand login" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand login" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand login" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand login" -s u -l username -d 'Username' -r
complete -c rcon -n "__fish_rcon_using_subcommand login" -s p -l password -d 'Password (visible to other users of this host: prefer --password-stdin)' -r
complete -c rcon -n "__fish_rcon_using_subcommand login" -l authfile -d 'Credentials file (default: $REGISTRY_AUTH_FILE, else podman\'s auth.json)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand login" -l tls-verify -d 'Require HTTPS and verify certificates (false: allow plain HTTP and any certificate)' -r -f -a "true\t''
false\t''"
complete -c rcon -n "__fish_rcon_using_subcommand login" -l cert-dir -d 'Directory of the registry\'s certificates (*.crt authorities, NAME.cert + NAME.key client certificate), instead of /etc/containers/certs.d/HOST' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand login" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand login" -l password-stdin -d 'Read the password from standard input'
complete -c rcon -n "__fish_rcon_using_subcommand login" -l disable-content-trust -d 'Docker\'s content trust switch: accepted for scripts and does nothing, as in podman'
complete -c rcon -n "__fish_rcon_using_subcommand login" -l get-login -d 'Print the username stored for the registry'
complete -c rcon -n "__fish_rcon_using_subcommand login" -s v -l verbose -d 'Say which credentials file was used'
complete -c rcon -n "__fish_rcon_using_subcommand login" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand login" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand logout" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand logout" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand logout" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand logout" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand logout" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand logout" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand logout" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand logout" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand logout" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand logout" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand logout" -l authfile -d 'Credentials file' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand logout" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand logout" -s a -l all -d 'Remove the credentials of every registry'
complete -c rcon -n "__fish_rcon_using_subcommand logout" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand logout" -s V -l version -d 'Print version'
complete -c rcon -n "__fish_rcon_using_subcommand unshare" -l root -d 'Path of persistent storage (images, containers)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand unshare" -l runroot -d 'Path of runtime state (sockets, exit files)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand unshare" -l storage-driver -d 'Storage driver of a new store: overlay (default where available) or vfs' -r
complete -c rcon -n "__fish_rcon_using_subcommand unshare" -l log-level -d 'Diagnostics level: trace, debug, info, warn, warning, error, fatal, panic' -r
complete -c rcon -n "__fish_rcon_using_subcommand unshare" -l storage-opt -d 'Storage driver option (rcon\'s drivers take none: only "" is accepted)' -r
complete -c rcon -n "__fish_rcon_using_subcommand unshare" -l cgroup-manager -d 'Cgroup manager: cgroupfs (systemd is not available yet)' -r
complete -c rcon -n "__fish_rcon_using_subcommand unshare" -l events-backend -d 'Events backend: file or none (journald is not available)' -r
complete -c rcon -n "__fish_rcon_using_subcommand unshare" -l tmpdir -d 'Directory of runtime state (not available: rcon keeps it under --runroot)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand unshare" -l volumepath -d 'Directory of volumes (not available: volumes are kept under --root)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand unshare" -l network-cmd-path -d 'Path of the rootless network command (not available yet: comes with networks)' -r -F
complete -c rcon -n "__fish_rcon_using_subcommand unshare" -l noout -d 'Send nothing to stdout'
complete -c rcon -n "__fish_rcon_using_subcommand unshare" -l rootless-netns -d 'Join the rootless network namespace used for CNI and netavark networking (comes later: rcon has no rootless network namespace yet)'
complete -c rcon -n "__fish_rcon_using_subcommand unshare" -s h -l help -d 'Print help'
complete -c rcon -n "__fish_rcon_using_subcommand unshare" -s V -l version -d 'Print version'

# rcon's own: container names for container verbs, image names for image verbs (asked of
# rcon itself, as podman's completions do)
complete -c rcon -n "__fish_seen_subcommand_from start stop kill restart rm inspect wait logs exec attach top pause unpause rename port commit init mount unmount umount export diff exists clone" -f -a "(rcon ps -a --format '{{.Names}}' 2>/dev/null)"
complete -c rcon -n "__fish_seen_subcommand_from run create rmi history tag untag push save tree runlabel" -f -a "(rcon images --format '{{.Repository}}:{{.Tag}}' 2>/dev/null | string replace -r '^(localhost/|docker\.io/library/)' '')"
