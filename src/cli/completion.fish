
# rcon's own: container names for container verbs, image names for image verbs (asked of
# rcon itself, as podman's completions do)
complete -c rcon -n "__fish_seen_subcommand_from start stop kill restart rm inspect wait logs exec attach top pause unpause rename port commit init mount unmount umount export diff exists clone" -f -a "(rcon ps -a --format '{{.Names}}' 2>/dev/null)"
complete -c rcon -n "__fish_seen_subcommand_from run create rmi history tag untag push save tree runlabel" -f -a "(rcon images --format '{{.Repository}}:{{.Tag}}' 2>/dev/null | string replace -r '^(localhost/|docker\.io/library/)' '')"
