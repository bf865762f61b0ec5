
# rcon's own: container names for container verbs, image names for image verbs (asked of
# rcon itself, as podman's completions do), and no file names for --network.
_rcon_dynamic() {
    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"
    local i w verb="" globals=()
    for ((i = 1; i < COMP_CWORD; i++)); do
        w="${COMP_WORDS[i]}"
        case "$w" in
            --root|--runroot|--storage-driver) globals+=("$w" "${COMP_WORDS[i+1]}"); ((i++)) ;;
            --log-level|--storage-opt|--cgroup-manager|--events-backend) ((i++)) ;;
            -*|container|image) ;;
            *) verb="$w"; break ;;
        esac
    done
    if [[ "$prev" == --network || "$prev" == --net ]]; then
        compopt +o default 2>/dev/null
        COMPREPLY=($(compgen -W "none host private" -- "$cur"))
        return 0
    fi
    if [[ -n "$verb" && "$cur" != -* && "$prev" != -* ]]; then
        local words=""
        case "$verb" in
            start|stop|kill|restart|rm|inspect|wait|logs|exec|attach|top|pause|unpause|rename|port|commit|init|mount|unmount|umount|export|diff|exists|clone)
                words="$(rcon "${globals[@]}" ps -a --format '{{.Names}}' 2>/dev/null)" ;;
            run|create|rmi|history|tag|untag|push|save|tree|runlabel)
                words="$(rcon "${globals[@]}" images --format '{{.Repository}}:{{.Tag}}' 2>/dev/null)"
                # and as they are typed: without localhost/ and docker.io/library/
                words="$words $(printf '%s\n' $words | sed -n -e 's#^localhost/##p' -e 's#^docker\.io/library/##p')" ;;
        esac
        if [[ -n "$words" ]]; then
            compopt +o default 2>/dev/null
            COMPREPLY=($(compgen -W "$words" -- "$cur"))
            return 0
        fi
    fi
    _rcon "$@"
}
complete -F _rcon_dynamic -o nosort -o bashdefault -o default rcon
