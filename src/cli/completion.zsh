
# rcon's own: container names for container verbs, image names for image verbs (asked of
# rcon itself, as podman's completions do), over clap_complete's static `_rcon`.
functions[_rcon_static]=$functions[_rcon]
_rcon() {
    local i w verb=""
    local -a globals names
    for ((i = 2; i < CURRENT; i++)); do
        w=$words[i]
        case $w in
            --root|--runroot|--storage-driver) globals+=($w $words[i+1]); ((i++)) ;;
            --log-level|--storage-opt|--cgroup-manager|--events-backend) ((i++)) ;;
            -*|container|image) ;;
            *) verb=$w; break ;;
        esac
    done
    if [[ -n $verb && $words[CURRENT] != -* && $words[CURRENT-1] != -* ]]; then
        case $verb in
            start|stop|kill|restart|rm|inspect|wait|logs|exec|attach|top|pause|unpause|rename|port|commit|init|mount|unmount|umount|export|diff|exists|clone)
                names=(${(f)"$(rcon $globals ps -a --format '{{.Names}}' 2>/dev/null)"}) ;;
            run|create|rmi|history|tag|untag|push|save|tree|runlabel)
                names=(${(f)"$(rcon $globals images --format '{{.Repository}}:{{.Tag}}' 2>/dev/null)"})
                names+=(${${names#localhost/}#docker.io/library/}) ;;
        esac
        if (( $#names )); then
            compadd -a names
            return 0
        fi
    fi
    _rcon_static "$@"
}

if [ "$funcstack[1]" = "_rcon" ]; then
    _rcon "$@"
else
    compdef _rcon rcon
fi
