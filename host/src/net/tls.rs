//! TLS for probes: rustls with full certificate and host-name checks against two root sets, the
//! public web PKI (webpki-roots) and the local ones (the operating system's store plus an extra
//! CA file). The verifier records what each set said and the leaf certificate, so core can tell
//! "untrusted", "expired", "wrong name" and "intercepted" apart. Nothing here weakens a check:
//! the handshake fails unless one of the two sets fully accepts the chain.

use std::path::Path;
use std::sync::{Arc, Mutex, OnceLock};

use portolan_core::probe::{CertificateFacts, Verification};
use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{
    CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme,
};
use thiserror::Error;

/// The extra CA file could not be used.
#[derive(Debug, Error)]
pub enum CaFileUnusable {
    /// The file could not be read.
    #[error("cannot read the CA file {path}: {source}")]
    Unreadable {
        /// The path given.
        path: String,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The file holds no certificate rustls accepts.
    #[error("the CA file {path} holds no usable certificate")]
    NoCertificate {
        /// The path given.
        path: String,
    },
}

/// The two root sets, loaded once per process.
#[derive(Debug)]
pub struct Roots {
    public: Arc<RootCertStore>,
    local: Option<Arc<RootCertStore>>,
}

impl Roots {
    /// Loads the public roots, the OS store and the extra CA file.
    pub fn load(ca_file: Option<&Path>) -> Result<Arc<Roots>, CaFileUnusable> {
        let public = RootCertStore {
            roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
        };
        let mut local = RootCertStore::empty();
        // Unreadable OS stores are skipped: the public roots still work.
        let native = rustls_native_certs::load_native_certs();
        let _ = local.add_parsable_certificates(native.certs);
        if let Some(path) = ca_file {
            let shown = path.display().to_string();
            let pem = std::fs::read(path).map_err(|source| CaFileUnusable::Unreadable {
                path: shown.clone(),
                source,
            })?;
            let certs: Vec<CertificateDer<'static>> =
                rustls_pki_types::pem::PemObject::pem_slice_iter(&pem)
                    .filter_map(Result::ok)
                    .collect();
            let (added, _) = local.add_parsable_certificates(certs);
            if added == 0 {
                return Err(CaFileUnusable::NoCertificate { path: shown });
            }
        }
        Ok(Arc::new(Roots {
            public: Arc::new(public),
            local: (!local.is_empty()).then(|| Arc::new(local)),
        }))
    }
}

/// What the verifier saw during one handshake.
#[derive(Clone, Debug)]
pub struct Seen {
    /// The leaf certificate, DER.
    pub leaf: Vec<u8>,
    /// The verdict of the public roots.
    pub public: Verification,
    /// The verdict of the local roots.
    pub local: Verification,
}

/// Where a verifier leaves what it saw, for the prober to read after the handshake.
pub type SeenSlot = Arc<Mutex<Option<Seen>>>;

/// Verifies against both root sets and remembers what each said.
#[derive(Debug)]
struct DualVerifier {
    public: Arc<WebPkiServerVerifier>,
    local: Option<Arc<WebPkiServerVerifier>>,
    seen: SeenSlot,
}

fn verdict(result: &Result<ServerCertVerified, rustls::Error>) -> Verification {
    use CertificateError as E;
    match result {
        Ok(_) => Verification::Trusted,
        Err(rustls::Error::InvalidCertificate(e)) => match e {
            E::UnknownIssuer => Verification::UnknownIssuer,
            E::Expired
            | E::ExpiredContext { .. }
            | E::NotValidYet
            | E::NotValidYetContext { .. } => Verification::Expired,
            E::NotValidForName | E::NotValidForNameContext { .. } => Verification::NameMismatch,
            _ => Verification::Invalid,
        },
        Err(_) => Verification::Invalid,
    }
}

impl ServerCertVerifier for DualVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let public = self.public.verify_server_cert(
            end_entity,
            intermediates,
            server_name,
            ocsp_response,
            now,
        );
        let local = match &self.local {
            Some(v) => {
                v.verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
            }
            None => Err(rustls::Error::InvalidCertificate(
                CertificateError::UnknownIssuer,
            )),
        };
        if let Ok(mut seen) = self.seen.lock() {
            *seen = Some(Seen {
                leaf: end_entity.to_vec(),
                public: verdict(&public),
                local: verdict(&local),
            });
        }
        public.or(local)
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.public.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.public.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.public.supported_verify_schemes()
    }
}

/// A client configuration for one handshake, and where its verifier writes what it saw.
pub fn client_config(roots: &Roots) -> Result<(Arc<ClientConfig>, SeenSlot), rustls::Error> {
    static PROVIDER: OnceLock<Arc<rustls::crypto::CryptoProvider>> = OnceLock::new();
    let provider = PROVIDER.get_or_init(|| Arc::new(rustls::crypto::ring::default_provider()));
    let build = |store: &Arc<RootCertStore>| {
        WebPkiServerVerifier::builder_with_provider(store.clone(), provider.clone())
            .build()
            .map_err(|e| rustls::Error::General(e.to_string()))
    };
    let seen = Arc::new(Mutex::new(None));
    let verifier = DualVerifier {
        public: build(&roots.public)?,
        local: roots.local.as_ref().map(build).transpose()?,
        seen: seen.clone(),
    };
    let config = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()?
        .dangerous() // rustls's name for a custom verifier; ours verifies fully, twice.
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth();
    Ok((Arc::new(config), seen))
}

/// Reads the leaf's fields for core.
pub fn certificate_facts(seen: &Seen) -> Option<CertificateFacts> {
    use x509_parser::prelude::*;
    let (_, cert) = X509Certificate::from_der(&seen.leaf).ok()?;
    let names = match cert.subject_alternative_name() {
        Ok(Some(san)) => san
            .value
            .general_names
            .iter()
            .filter_map(|n| match n {
                GeneralName::DNSName(name) => Some((*name).to_owned()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    let t = cert.validity().not_after.to_datetime();
    Some(CertificateFacts {
        subject: cert.subject().to_string(),
        issuer: cert.issuer().to_string(),
        issuer_organization: first_str(cert.issuer().iter_organization()),
        issuer_common_name: first_str(cert.issuer().iter_common_name()),
        not_after: format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
            t.year(),
            u8::from(t.month()),
            t.day(),
            t.hour(),
            t.minute(),
            t.second()
        ),
        names,
        public_roots: seen.public,
        local_roots: seen.local,
    })
}

fn first_str<'a>(
    mut attrs: impl Iterator<Item = &'a x509_parser::x509::AttributeTypeAndValue<'a>>,
) -> Option<String> {
    attrs
        .next()
        .and_then(|a| a.as_str().ok())
        .map(str::to_owned)
}
