//! Real peers: Dovecot (IMAP, POP3, submission; STARTTLS and implicit TLS) and dnsmasq (MX
//! records), each configured in a temporary directory on free loopback ports, stopped on drop.

use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::ca::TestCa;
use super::free_port;

/// The Dovecot binary from Debian's `dovecot-core`.
pub const DOVECOT: &str = "/usr/sbin/dovecot";
/// The dnsmasq binary from Debian's `dnsmasq-base`.
pub const DNSMASQ: &str = "/usr/sbin/dnsmasq";

/// A running Dovecot and its ports.
pub struct Dovecot {
    child: Child,
    /// IMAP with STARTTLS (143's role).
    pub imap: u16,
    /// IMAP over implicit TLS (993's role).
    pub imaps: u16,
    /// POP3 with STLS (110's role).
    pub pop3: u16,
    /// POP3 over implicit TLS (995's role).
    pub pop3s: u16,
    /// Submission with STARTTLS (587's role).
    pub submission: u16,
    /// Submission over implicit TLS (465's role).
    pub submissions: u16,
    log: std::path::PathBuf,
}

impl Dovecot {
    /// Starts Dovecot with a certificate from `ca` for the Gmail names.
    pub fn start(ca: &TestCa) -> Dovecot {
        let root = tempfile::Builder::new()
            .prefix("dovecot")
            .tempdir_in(ca.dir.path())
            .expect("dir")
            .keep();
        // Login processes run as dovenull and must reach the sockets under base_dir.
        set_mode(&root, 0o755);
        set_mode(ca.dir.path(), 0o755);
        let leaf = ca.leaf(
            &["imap.gmail.com", "pop.gmail.com", "smtp.gmail.com"],
            false,
        );
        std::fs::write(root.join("cert.pem"), &leaf.cert_pem).expect("cert");
        std::fs::write(root.join("key.pem"), &leaf.key_pem).expect("key");
        // A port found free may be taken before Dovecot listens on it (other tests, other
        // programs on the machine): then Dovecot stops at once, and it starts again on others.
        for _ in 0..3 {
            let mut dovecot = Self::start_in(&root);
            if dovecot.wait_ready() {
                return dovecot;
            }
            if !dovecot.log().contains("Address already in use") {
                panic!("dovecot did not start; log:\n{}", dovecot.log());
            }
        }
        panic!("dovecot found no free ports in three tries");
    }

    /// Dovecot configured in `root` on six free ports.
    fn start_in(root: &Path) -> Dovecot {
        let _ = std::fs::remove_file(root.join("dovecot.log"));
        let ports: Vec<u16> = (0..6).map(|_| free_port()).collect();
        let r = root.display();
        let conf = format!(
            "base_dir = {r}/run\nstate_dir = {r}/state\nlog_path = {r}/dovecot.log\n\
             protocols = imap pop3 submission\nlisten = 127.0.0.1\n\
             ssl = yes\nssl_cert = <{r}/cert.pem\nssl_key = <{r}/key.pem\nssl_min_protocol = TLSv1.2\n\
             disable_plaintext_auth = yes\nauth_mechanisms = plain\n\
             passdb {{\n driver = static\n args = password=unused-test-password\n}}\n\
             userdb {{\n driver = static\n args = uid=65534 gid=65534 home={r}/home\n}}\n\
             mail_location = maildir:{r}/mail\nhostname = portolan-test.invalid\n\
             submission_relay_host = 127.0.0.1\nsubmission_relay_port = 9\n\
             service imap-login {{\n service_count = 0\n process_min_avail = 1\n inet_listener imap {{\n  port = {}\n }}\n inet_listener imaps {{\n  port = {}\n  ssl = yes\n }}\n}}\n\
             service pop3-login {{\n service_count = 0\n process_min_avail = 1\n inet_listener pop3 {{\n  port = {}\n }}\n inet_listener pop3s {{\n  port = {}\n  ssl = yes\n }}\n}}\n\
             service submission-login {{\n service_count = 0\n process_min_avail = 1\n inet_listener submission {{\n  port = {}\n }}\n inet_listener submissions {{\n  port = {}\n  ssl = yes\n }}\n}}\n",
            ports[0], ports[1], ports[2], ports[3], ports[4], ports[5]
        );
        std::fs::write(root.join("dovecot.conf"), conf).expect("conf");
        let child = Command::new(DOVECOT)
            .arg("-F")
            .arg("-c")
            .arg(root.join("dovecot.conf"))
            .stdin(Stdio::null())
            .spawn()
            .expect(
                "dovecot starts (apt-get install dovecot-imapd dovecot-pop3d dovecot-submissiond)",
            );
        Dovecot {
            child,
            imap: ports[0],
            imaps: ports[1],
            pop3: ports[2],
            pop3s: ports[3],
            submission: ports[4],
            submissions: ports[5],
            log: root.join("dovecot.log"),
        }
    }

    /// Whether all three plain listeners greet within 10 s (false at once if Dovecot stopped).
    fn wait_ready(&mut self) -> bool {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(10) {
            if matches!(self.child.try_wait(), Ok(Some(_))) {
                return false;
            }
            let ready = [self.imap, self.pop3, self.submission].iter().all(|&port| {
                TcpStream::connect(("127.0.0.1", port))
                    .and_then(|s| {
                        s.set_read_timeout(Some(Duration::from_secs(2)))?;
                        let mut line = String::new();
                        BufReader::new(s)
                            .read_line(&mut line)
                            .map(|_| !line.is_empty())
                    })
                    .unwrap_or(false)
            });
            if ready {
                return true;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        false
    }

    /// Dovecot's log, for failure messages.
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// `--connect-to` rules mapping Gmail's endpoints (and 143, 110) to this Dovecot.
    pub fn connect_to(&self) -> Vec<String> {
        use super::map;
        vec![
            map("imap.gmail.com", 993, self.imaps),
            map("imap.gmail.com", 143, self.imap),
            map("pop.gmail.com", 995, self.pop3s),
            map("pop.gmail.com", 110, self.pop3),
            map("smtp.gmail.com", 465, self.submissions),
            map("smtp.gmail.com", 587, self.submission),
        ]
    }
}

impl Drop for Dovecot {
    fn drop(&mut self) {
        // SIGTERM lets the master stop its login processes; SIGKILL would orphan them.
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status();
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(3) {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode));
}

/// A running dnsmasq answering MX questions for test domains.
pub struct Dnsmasq {
    child: Child,
    /// The UDP port it answers on (127.0.0.1).
    pub port: u16,
}

impl Dnsmasq {
    /// Starts dnsmasq with `--mx-host` entries `(domain, exchange, preference)`.
    pub fn start(records: &[(&str, &str, u16)]) -> Dnsmasq {
        let port = free_udp_port();
        let mut cmd = Command::new(DNSMASQ);
        cmd.args([
            "--keep-in-foreground",
            "--no-resolv",
            "--no-hosts",
            "--no-daemon",
            "--listen-address=127.0.0.1",
            "--bind-interfaces",
            "--conf-file=/dev/null",
            "--pid-file=",
            "--user=root",
            &format!("--port={port}"),
        ]);
        for (domain, exchange, preference) in records {
            cmd.arg(format!("--mx-host={domain},{exchange},{preference}"));
        }
        let child = cmd
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("dnsmasq starts");
        let dnsmasq = Dnsmasq { child, port };
        // Ready when it answers a question.
        let socket = std::net::UdpSocket::bind("127.0.0.1:0").expect("udp");
        socket
            .set_read_timeout(Some(Duration::from_millis(100)))
            .expect("timeout");
        let start = Instant::now();
        let query = [
            0u8, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, b'x', 0, 0, 15, 0, 1,
        ];
        while start.elapsed() < Duration::from_secs(5) {
            let _ = socket.send_to(&query, ("127.0.0.1", port));
            let mut buf = [0u8; 512];
            if socket.recv_from(&mut buf).is_ok() {
                return dnsmasq;
            }
        }
        panic!("dnsmasq did not answer on port {port}");
    }

    /// `--resolver` for this server.
    pub fn resolver(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }
}

impl Drop for Dnsmasq {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_udp_port() -> u16 {
    std::net::UdpSocket::bind("127.0.0.1:0")
        .and_then(|s| s.local_addr())
        .map(|a| a.port())
        .expect("a free UDP port")
}
