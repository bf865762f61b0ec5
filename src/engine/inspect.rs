//! `inspect`: podman-shaped JSON for containers and images (the common fields).

use super::error::Result;
use super::lifecycle::effective_status;
use super::Engine;
use crate::image::ImageRecord;
use crate::store::{ContainerRecord, ContainerStatus};
use serde_json::{json, Value};

impl Engine {
    pub fn inspect_container(&self, rec: &ContainerRecord) -> Value {
        let (status, err) = effective_status(rec);
        let st = &rec.state;
        let c = &rec.config;
        let dir = self.paths.container_dir(&rec.id);
        let ud = self.paths.run_etc_dir(&rec.id);
        let lower: Vec<String> = self
            .paths
            .layer_dirs(rec)
            .iter()
            .map(|p| p.display().to_string())
            .collect();
        let (path, args) = c
            .args
            .split_first()
            .map(|(p, a)| (p.clone(), a.to_vec()))
            .unwrap_or_default();
        let stop_signal = super::signal_name(c.stop_signal);
        let x = &c.extras;
        let streams =
            super::extras::attach_streams(&x.attach).unwrap_or(super::extras::AttachStreams {
                stdin: true,
                stdout: true,
                stderr: true,
            });
        let caps = c.caps.clone().unwrap_or_else(|| {
            crate::runtime::caps::DEFAULT_CAPS
                .iter()
                .map(|s| s.to_string())
                .collect()
        });
        let (mounts, binds, tmpfs) = super::mounts::inspect_mounts(rec, &|n| {
            self.volumes().data_dir(n).display().to_string()
        });
        let mut v = json!({
            "Id": rec.id,
            "Created": rec.created,
            "Path": path,
            "Args": args,
            "State": {
                "OciVersion": "1.2.0",
                "Status": if status == ContainerStatus::Created && st.initialized { "initialized" } else { status.as_str() },
                "Running": status == ContainerStatus::Running,
                "Paused": status == ContainerStatus::Paused,
                "Restarting": false,
                "OOMKilled": false,
                "Dead": false,
                "Pid": if status.is_active() { st.pid } else { 0 },
                "ConmonPid": if status.is_active() { st.supervisor_pid } else { 0 },
                "ExitCode": st.exit_code.unwrap_or(0),
                "Error": err.unwrap_or_else(|| st.error.clone()),
                "StartedAt": st.started_at.clone().unwrap_or_else(|| "0001-01-01T00:00:00Z".into()),
                "FinishedAt": st.finished_at.clone().unwrap_or_else(|| "0001-01-01T00:00:00Z".into()),
                "CgroupPath": st.cgroup,
            },
            "Image": c.image_id,
            "ImageName": c.image,
            "Rootfs": c.isolation.rootfs,
            "ResolvConfPath": ud.join("resolv.conf"),
            "HostnamePath": ud.join("hostname"),
            "HostsPath": ud.join("hosts"),
            "StaticDir": dir,
            "OCIConfigPath": self.paths.spec_path(&rec.id),
            "LogPath": dir.join("ctr.log"),
            "Name": rec.name,
            "RestartCount": st.restart_count,
            "Driver": if c.is_vfs() { "vfs" } else { "overlay" },
            "EffectiveCaps": caps,
            "BoundingCaps": caps,
            "ExecIDs": [],
            "GraphDriver": if c.is_vfs() { json!({"Name": "vfs", "Data": {}}) } else { json!({"Name": "overlay", "Data": {
                "LowerDir": lower.join(":"),
                "UpperDir": dir.join("upper"),
                "WorkDir": dir.join("work"),
                "MergedDir": self.paths.merged_dir(&rec.id),
            }}) },
            "Mounts": mounts,
            "Dependencies": x.requires,
            "NetworkSettings": {"Ports": {}, "SandboxKey": if c.network == "host" { "".to_string() } else if status.is_active() { format!("/proc/{}/ns/net", st.pid) } else { String::new() }},
            "IsInfra": false,
            "Config": {
                "Hostname": c.hostname,
                "Domainname": "",
                "User": c.user,
                "AttachStdin": c.interactive && streams.stdin,
                "AttachStdout": streams.stdout,
                "AttachStderr": streams.stderr,
                "Tty": c.tty,
                "OpenStdin": c.interactive,
                "StdinOnce": false,
                "Env": c.env,
                "Cmd": c.cmd,
                "Image": c.image,
                "Volumes": null,
                "WorkingDir": c.workdir,
                "Entrypoint": c.entrypoint,
                "Labels": c.labels,
                "Annotations": x.annotations,
                "StopSignal": stop_signal,
                "StopTimeout": c.stop_timeout,
                "Timeout": x.timeout,
                "Timezone": x.timezone,
                "Umask": format!("{:0>4}", if x.umask.is_empty() { "0022" } else { x.umask.as_str() }),
                "Passwd": !x.no_passwd,
                "CreateCommand": [],
            },
            "HostConfig": {
                "NetworkMode": c.network,
                "AutoRemove": c.auto_remove,
                "ExtraHosts": x.add_hosts.iter().map(|(h, ip)| format!("{h}:{ip}")).collect::<Vec<_>>(),
                "Init": c.init,
                "LogConfig": {"Type": "k8s-file", "Config": null, "Path": dir.join("ctr.log"), "Size": if c.log_max_size > 0 { c.log_max_size.to_string() } else { "0B".to_string() }},
                "Ulimits": c.ulimits.iter().map(|(n, s, h)| json!({"Name": n, "Soft": s, "Hard": h})).collect::<Vec<_>>(),
                "CapAdd": [],
                "CapDrop": [],
                "Privileged": c.privileged,
                "Binds": binds,
                "Tmpfs": tmpfs,
            },
        });
        if let (Some(h), Value::Object(more)) = (
            v["HostConfig"].as_object_mut(),
            super::isolation::inspect_host_config(&c.isolation),
        ) {
            h.extend(more);
        }
        v
    }

    pub fn inspect_image(&self, img: &ImageRecord) -> Result<Value> {
        let cfg: Value = serde_json::from_slice(&self.images.blobs.read(&img.config_digest)?)?;
        let (repo_tags, repo_digests) = image_names(img);
        Ok(json!({
            "Id": img.id,
            "Digest": img.digest,
            "RepoTags": repo_tags,
            "RepoDigests": repo_digests,
            "Parent": "",
            "Comment": cfg["history"].as_array().and_then(|h| h.last()).and_then(|h| h["comment"].as_str()).unwrap_or(""),
            "Created": img.created,
            "Config": cfg["config"],
            "Version": "",
            "Author": cfg["author"].as_str().unwrap_or(""),
            "Architecture": cfg["architecture"],
            "Os": cfg["os"],
            "Size": img.size,
            "VirtualSize": img.size,
            "GraphDriver": {"Name": "overlay", "Data": {
                "UpperDir": img.layers.last().map(|l| self.images.layers.diff_dir(&l.chain_id)),
                "LowerDir": img.layers.iter().rev().skip(1).map(|l| self.images.layers.diff_dir(&l.chain_id).display().to_string()).collect::<Vec<_>>().join(":"),
            }},
            "RootFS": {"Type": "layers", "Layers": img.layers.iter().map(|l| l.diff_id.clone()).collect::<Vec<_>>()},
            "Labels": cfg["config"]["Labels"],
            "Annotations": {},
            "ManifestType": img.manifest_media_type,
            "User": cfg["config"]["User"].as_str().unwrap_or(""),
            "History": cfg["history"],
            "NamesHistory": img.names,
        }))
    }
}

/// RepoTags are the names; RepoDigests are repo@manifest-digest for each repo (podman's).
pub fn image_names(img: &ImageRecord) -> (Vec<String>, Vec<String>) {
    let tags = img.names.clone();
    let mut digests: Vec<String> = img.repo_digests.clone();
    for n in &img.names {
        let repo = match n.rfind(':') {
            Some(i) if !n[i..].contains('/') => &n[..i],
            _ => n.as_str(),
        };
        let d = format!("{repo}@{}", img.digest);
        if !digests.contains(&d) {
            digests.push(d);
        }
    }
    (tags, digests)
}
