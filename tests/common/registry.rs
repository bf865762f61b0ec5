//! A real registry for the tests: Debian's `docker-registry` (distribution 2.x) on
//! 127.0.0.1 with a free port and a temporary storage dir, open, behind htpasswd basic auth, or
//! behind a bearer token server run here (tokens signed with `openssl`, the certificate in the
//! token's x5c header, as the registry's `auth: token` configuration expects).

use base64::Engine as _;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

pub const USER: &str = "tester";
pub const PASSWORD: &str = "s3cret-pass";

pub enum Auth {
    None,
    Htpasswd,
    Token,
}

pub struct Registry {
    pub host: String,
    pub dir: PathBuf,
    child: Child,
    /// requests the token server answered with a token
    pub tokens_issued: Arc<AtomicUsize>,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn run(cmd: &mut Command) -> Vec<u8> {
    let out = cmd.output().expect("running a fixture tool");
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// Make a certificate authority and, signed by it, a server certificate for 127.0.0.1 and a
/// client certificate, in `dir`: ca.crt/ca.key, server.crt/server.key, client.cert/client.key.
fn make_certificates(dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    let ec = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
    ];
    run(Command::new("openssl")
        .current_dir(dir)
        .args(["req", "-x509", "-days", "2", "-subj", "/CN=rcon-test-ca"])
        .args(ec)
        .args(["-keyout", "ca.key", "-out", "ca.crt"]));
    for (name, cert, ext) in [
        (
            "server",
            "server.crt",
            "subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n",
        ),
        ("client", "client.cert", "extendedKeyUsage=clientAuth\n"),
    ] {
        std::fs::write(dir.join(format!("{name}.ext")), ext).unwrap();
        run(Command::new("openssl")
            .current_dir(dir)
            .args(["req", "-subj", &format!("/CN=rcon-test-{name}")])
            .args(ec)
            .args([
                "-keyout",
                &format!("{name}.key"),
                "-out",
                &format!("{name}.csr"),
            ]));
        run(Command::new("openssl").current_dir(dir).args([
            "x509",
            "-req",
            "-days",
            "2",
            "-in",
            &format!("{name}.csr"),
            "-CA",
            "ca.crt",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-extfile",
            &format!("{name}.ext"),
            "-out",
            cert,
        ]));
    }
}

impl Registry {
    pub fn start(dir: &Path, auth: Auth) -> Registry {
        Registry::start_with(dir, auth, false)
    }

    /// With `tls`: HTTPS with a certificate of a CA made for it, and client certificates
    /// required; the CA and a client certificate are in `dir/tls` (see `make_certificates`).
    pub fn start_with(dir: &Path, auth: Auth, tls: bool) -> Registry {
        std::fs::create_dir_all(dir).unwrap();
        let port = free_port();
        let host = format!("127.0.0.1:{port}");
        let tokens_issued = Arc::new(AtomicUsize::new(0));
        let auth_conf = match auth {
            Auth::None => String::new(),
            Auth::Htpasswd => {
                let hp = dir.join("htpasswd");
                let line = run(Command::new("htpasswd").args(["-Bbn", USER, PASSWORD]));
                std::fs::write(&hp, line).unwrap();
                format!(
                    "auth:\n  htpasswd:\n    realm: test\n    path: {}\n",
                    hp.display()
                )
            }
            Auth::Token => {
                let key = dir.join("key.pem");
                let cert = dir.join("cert.pem");
                run(Command::new("openssl")
                    .args([
                        "req",
                        "-x509",
                        "-newkey",
                        "rsa:2048",
                        "-nodes",
                        "-days",
                        "2",
                        "-subj",
                        "/CN=rcon-test-token-issuer",
                    ])
                    .arg("-keyout")
                    .arg(&key)
                    .arg("-out")
                    .arg(&cert));
                let tport = token_server(key, cert.clone(), tokens_issued.clone());
                format!(
                    "auth:\n  token:\n    realm: http://127.0.0.1:{tport}/token\n    service: rcon-test\n    issuer: rcon-test-issuer\n    rootcertbundle: {}\n",
                    cert.display()
                )
            }
        };
        let tls_conf = if tls {
            let t = dir.join("tls");
            make_certificates(&t);
            format!(
                "  tls:\n    certificate: {}\n    key: {}\n    clientcas:\n      - {}\n",
                t.join("server.crt").display(),
                t.join("server.key").display(),
                t.join("ca.crt").display()
            )
        } else {
            String::new()
        };
        let conf = dir.join("config.yml");
        std::fs::write(
            &conf,
            format!(
                "version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: false\nstorage:\n  filesystem:\n    rootdirectory: {}\n  delete:\n    enabled: true\nhttp:\n  addr: {host}\n{tls_conf}{auth_conf}",
                dir.join("data").display()
            ),
        )
        .unwrap();
        let log = std::fs::File::create(dir.join("registry.log")).unwrap();
        let child = Command::new("docker-registry")
            .arg("serve")
            .arg(&conf)
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .expect("starting docker-registry (apt-get install docker-registry)");
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(&host).is_err() {
            assert!(
                Instant::now() < deadline,
                "docker-registry did not start: see {}",
                dir.join("registry.log").display()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        Registry {
            host,
            dir: dir.to_path_buf(),
            child,
            tokens_issued,
        }
    }

    /// The requests the registry served whose method is `method` and whose path contains
    /// `path_part`, from its access log (combined format: `"METHOD /path HTTP/1.1"`).
    pub fn requests(&self, method: &str, path_part: &str) -> usize {
        let log = std::fs::read_to_string(self.dir.join("registry.log")).unwrap_or_default();
        log.lines()
            .filter_map(|l| l.split('"').nth(1))
            .filter(|req| {
                let mut w = req.split(' ');
                w.next() == Some(method) && w.next().is_some_and(|p| p.contains(path_part))
            })
            .count()
    }

    /// Where the registry keeps a blob's bytes (to corrupt it).
    pub fn blob_path(&self, digest: &str) -> PathBuf {
        let hex = digest.trim_start_matches("sha256:");
        self.dir
            .join("data/docker/registry/v2/blobs/sha256")
            .join(&hex[..2])
            .join(hex)
            .join("data")
    }

    /// `skopeo copy` an OCI layout into the registry (all platforms of an index).
    pub fn push_layout(&self, layout: &Path, tag: &str, repo_tag: &str, creds: bool) {
        let mut c = Command::new("skopeo");
        c.args(["copy", "--quiet", "--all", "--dest-tls-verify=false"]);
        if creds {
            c.arg(format!("--dest-creds={USER}:{PASSWORD}"));
        }
        c.arg(format!("oci:{}:{tag}", layout.display()))
            .arg(format!("docker://{}/{repo_tag}", self.host));
        run(&mut c);
    }
}

impl Drop for Registry {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Where a cutting proxy breaks a connection (once).
#[derive(Clone, Copy)]
pub enum Cut {
    /// as the client starts its n-th request (from 1) with this method: the server sees
    /// nothing of it
    Request(&'static str, usize),
    /// in the middle of whatever carries the client's byte number n (over all connections)
    Byte(u64),
}

/// A TCP proxy to `upstream` that breaks one connection where `cut` says, as a network that
/// drops a connection would; returns its host:port.
pub fn cutting_proxy(upstream: &str, cut: Cut) -> String {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let host = l.local_addr().unwrap().to_string();
    let upstream = upstream.to_string();
    // bytes the client sent, requests seen of the method, whether the cut was made
    let state = Arc::new(std::sync::Mutex::new((0u64, 0usize, false)));
    std::thread::spawn(move || {
        for c in l.incoming().flatten() {
            let Ok(u) = TcpStream::connect(&upstream) else {
                continue;
            };
            let (mut back_from, mut back_to) = (u.try_clone().unwrap(), c.try_clone().unwrap());
            std::thread::spawn(move || {
                let _ = std::io::copy(&mut back_from, &mut back_to);
                let _ = back_to.shutdown(std::net::Shutdown::Both);
            });
            let state = state.clone();
            std::thread::spawn(move || forward_until_cut(c, u, cut, &state));
        }
    });
    host
}

fn forward_until_cut(
    mut c: TcpStream,
    mut u: TcpStream,
    cut: Cut,
    state: &std::sync::Mutex<(u64, usize, bool)>,
) {
    let mut buf = vec![0u8; 64 << 10];
    loop {
        let n = match c.read(&mut buf) {
            Ok(0) | Err(_) => {
                let _ = u.shutdown(std::net::Shutdown::Write);
                return;
            }
            Ok(n) => n,
        };
        let now = {
            let mut st = state.lock().unwrap();
            st.0 += n as u64;
            let hit = match cut {
                Cut::Request(method, k) => {
                    if buf[..n].starts_with(format!("{method} /").as_bytes()) {
                        st.1 += 1;
                    }
                    st.1 == k
                }
                Cut::Byte(b) => st.0 > b,
            };
            let now = hit && !st.2;
            st.2 |= now;
            now
        };
        if now || u.write_all(&buf[..n]).is_err() {
            let _ = c.shutdown(std::net::Shutdown::Both);
            let _ = u.shutdown(std::net::Shutdown::Both);
            return;
        }
    }
}

fn b64url(data: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(data)
}

/// A token server: GET /token?service=..&scope=.. with basic auth (tester's password)
/// answers {"token": JWT}; anonymous or wrong credentials get 401.
fn token_server(key: PathBuf, cert: PathBuf, issued: Arc<AtomicUsize>) -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    let pem = std::fs::read_to_string(&cert).unwrap();
    let der_b64: String = pem.lines().filter(|l| !l.starts_with("-----")).collect();
    std::thread::spawn(move || {
        for s in l.incoming().flatten() {
            let _ = serve_token(s, &key, &der_b64, &issued);
        }
    });
    port
}

fn serve_token(
    mut s: TcpStream,
    key: &Path,
    x5c: &str,
    issued: &AtomicUsize,
) -> std::io::Result<()> {
    let mut r = BufReader::new(s.try_clone()?);
    let mut first = String::new();
    r.read_line(&mut first)?;
    let mut authz = None;
    loop {
        let mut h = String::new();
        r.read_line(&mut h)?;
        if h.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            if k.eq_ignore_ascii_case("authorization") {
                authz = Some(v.trim().to_string());
            }
        }
    }
    let target = first.split(' ').nth(1).unwrap_or("");
    let query = target.split_once('?').map(|x| x.1).unwrap_or("");
    let good = format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{USER}:{PASSWORD}"))
    );
    if authz.as_deref() != Some(good.as_str()) {
        let body = r#"{"details":"credentials required"}"#;
        write!(
            s,
            "HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )?;
        return Ok(());
    }
    let mut access = vec![];
    for kv in query.split('&') {
        if let Some(v) = kv.strip_prefix("scope=") {
            let v = percent_decode(v);
            // repository:NAME:ACTIONS
            let mut parts = v.splitn(3, ':');
            if let (Some(t), Some(n), Some(a)) = (parts.next(), parts.next(), parts.next()) {
                let actions: Vec<&str> = a.split(',').collect();
                access.push(serde_json::json!({"type": t, "name": n, "actions": actions}));
            }
        }
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let header = serde_json::json!({"alg": "RS256", "typ": "JWT", "x5c": [x5c]});
    let claims = serde_json::json!({
        "iss": "rcon-test-issuer", "sub": USER, "aud": "rcon-test",
        "exp": now + 600, "nbf": now - 60, "iat": now - 60,
        "jti": format!("{now}-{}", issued.load(Ordering::SeqCst)),
        "access": access,
    });
    let signing_input = format!(
        "{}.{}",
        b64url(header.to_string().as_bytes()),
        b64url(claims.to_string().as_bytes())
    );
    let mut child = Command::new("openssl")
        .args(["dgst", "-sha256", "-sign"])
        .arg(key)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()?;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(signing_input.as_bytes())?;
    let mut sig = vec![];
    child.stdout.take().unwrap().read_to_end(&mut sig)?;
    child.wait()?;
    let token = format!("{signing_input}.{}", b64url(&sig));
    issued.fetch_add(1, Ordering::SeqCst);
    let body = serde_json::json!({"token": token, "expires_in": 600}).to_string();
    write!(
        s,
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = vec![];
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(if b[i] == b'+' { b' ' } else { b[i] });
        i += 1;
    }
    String::from_utf8_lossy(&out).to_string()
}
