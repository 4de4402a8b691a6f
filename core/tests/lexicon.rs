//! A lexicon test: real mail-setup captions, taken from the localisation files of real mail
//! clients and mail-sending applications, in the eleven languages Portolan reads (en, de, fr,
//! es, it, pt, nl, pl, ru, ja, zh). Each caption becomes the label of a minimal control (a text
//! box, a password box, a checkbox for "Use SSL" / "Use SMTP authentication" captions, or a
//! select for security, authentication-method and protocol captions, whose real controls are
//! lists: a text box can never be a security setting), with an empty name and id, and goes
//! through `classify`. The expected concept is what the caption means in a mail setup form,
//! decided from the caption; `None` is a caption Portolan must leave alone (display names,
//! reply-to and test recipients, account nicknames, signatures, charsets, ...). A side is
//! expected only where the caption itself names one.
//! The captions after the first four sources come from applications Portolan was not tuned
//! on; they add connection timeouts, folders, charsets, intervals, certificate checks and
//! mailer types as negatives.
//!
//! A second table holds option lists, each as it appears in one real select (security and
//! authentication-method selects), scored option by option with
//! `portolan_core::form::options::security_meanings(&options, None)` against the meaning the
//! application gives it (implicit TLS, STARTTLS, no encryption, or not a security option at
//! all: an authentication method, "Autodetect").
//!
//! `cargo test -p portolan-core --test lexicon -- --nocapture` prints every miss and the
//! coverage per language and overall, for both tables. The tests fail when the overall
//! coverage falls below [`FLOOR`] (captions) or [`OPTION_FLOOR`] (options), just under the
//! figures measured when the tables were written; raise them as the vocabulary improves.
//!
//! Sources (exact files, all read from their public repositories):
//! - Thunderbird desktop: `thunderbird/thunderbird-l10n` `<locale>/mail/messenger/accountcreation/accountSetup.ftl`
//!   (English: `thunderbird/thunderbird-l10n-source` `mail/messenger/accountcreation/accountSetup.ftl`)
//!   and `<locale>/mail/chrome/messenger/am-main.dtd` (English: the `en-GB` file).
//! - Thunderbird for Android (K-9 Mail): `thunderbird/thunderbird-android`
//!   `feature/account/server/settings/src/main/res/values-<locale>/strings.xml`
//!   and `feature/account/setup/src/main/res/values/strings.xml`.
//! - Nextcloud Mail: `nextcloud/mail` `l10n/<locale>.json` (English: the source strings, which
//!   are the keys of those files).
//! - Jenkins Mailer plugin: `jenkinsci/mailer-plugin`
//!   `src/main/resources/hudson/tasks/Mailer/global_<locale>.properties` (English: `global.jelly`).
//! - RainLoop: `RainLoop/rainloop-webmail` `rainloop/v/0.0.0/langs/admin/<locale>.ini` (domain
//!   popup: server, port, security select and its options; security tab).
//! - SnappyMail: `the-djmaze/snappymail` `snappymail/v/0.0.0/app/localization/<locale>/user.json`
//!   and `pl/admin.json` (login, identities, preferences; the Polish domain popup).
//! - YetiForce CRM: `YetiForceCompany/YetiForceCRM` `languages/<locale>/Settings/MailSmtp.json`
//!   (SMTP server settings; the Italian file is untranslated and left out).
//! - Serendipity smtpmail plugin: `s9y/additional_plugins` `serendipity_event_smtpmail/lang_en.inc.php`,
//!   `UTF-8/lang_de.inc.php`, and `serendipity_event_smtpmail.php` (its select options).
//! - ClearOS SMTP server app: `clearos/app-smtp` `language/<locale>/smtp_lang.php`.
//! - Roundcube: `roundcube/roundcubemail` `program/localization/<locale>/labels.inc`.
//! - Option texts also come from Thunderbird's `accountSetup.ftl` (above): its manual
//!   configuration's security and outgoing authentication selects.

#![allow(
    clippy::panic,
    clippy::print_stdout,
    clippy::cast_precision_loss,
    reason = "a measurement harness: it prints its table and fails loudly"
)]

use portolan_core::Security as Sec;
use portolan_core::form::Control;
use portolan_core::form::classify::{Side, classify};
use portolan_core::form::options::security_meanings;
use portolan_core::form::snapshot::ChoiceOption;
use portolan_core::form::vocabulary::Concept;

/// The lowest overall coverage (percent) the test accepts: 92.8% when the table was written,
/// 98.8% (400/405) after the vocabulary took its misses, 97.1% (706/727) once captions of
/// RainLoop, SnappyMail, YetiForce, Serendipity, ClearOS and Roundcube were appended (306/322
/// of those read right), 98.9% (719/727) after the vocabulary took those misses; the floor
/// sits just below.
const FLOOR: f64 = 98.5;

/// The lowest option-text coverage (percent) [`option_text_coverage`] accepts: 83.9% (94/112)
/// when the option table was written, 99.1% (111/112) once authentication-method options
/// ("Encrypted password", "No authentication") stopped reading as securities; the floor sits
/// just below.
const OPTION_FLOOR: f64 = 98.5;

/// The control a caption labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// `<input type=text>`.
    Text,
    /// `<input type=password>`.
    Pass,
    /// `<input type=checkbox>` whose caption is the text.
    Check,
    /// `<select>` (no options given: the caption alone must say it).
    Select,
}

/// One caption: (language, caption, control, expected concept, expected side, source).
type Row = (
    &'static str,
    &'static str,
    Kind,
    Option<Concept>,
    Option<Side>,
    &'static str,
);

use Concept::{Auth, Email, Host, Password, Port, Protocol, Security, Username};
use Kind::{Check, Pass, Select, Text};

const IN: Option<Side> = Some(Side::Incoming);
const OUT: Option<Side> = Some(Side::Outgoing);
const NO: Option<Side> = None;

const fn c(concept: Concept) -> Option<Concept> {
    Some(concept)
}

/// Ignore: the caption names no setting Portolan fills.
const IGNORE: Option<Concept> = None;

// Source files, per language.
const TB_SETUP_EN: &str =
    "thunderbird/thunderbird-l10n-source mail/messenger/accountcreation/accountSetup.ftl";
const TB_MAIN_EN: &str = "thunderbird/thunderbird-l10n en-GB/mail/chrome/messenger/am-main.dtd";
const K9_EN: &str = "thunderbird/thunderbird-android feature/account/server/settings/src/main/res/values/strings.xml";
const K9_SETUP_EN: &str =
    "thunderbird/thunderbird-android feature/account/setup/src/main/res/values/strings.xml";
const NC_EN: &str = "nextcloud/mail l10n/*.json (source strings)";
const JK_EN: &str = "jenkinsci/mailer-plugin src/main/resources/hudson/tasks/Mailer/global.jelly";
const TB_SETUP_DE: &str =
    "thunderbird/thunderbird-l10n de/mail/messenger/accountcreation/accountSetup.ftl";
const TB_MAIN_DE: &str = "thunderbird/thunderbird-l10n de/mail/chrome/messenger/am-main.dtd";
const K9_DE: &str = "thunderbird/thunderbird-android feature/account/server/settings/src/main/res/values-de/strings.xml";
const NC_DE: &str = "nextcloud/mail l10n/de_DE.json";
const JK_DE: &str =
    "jenkinsci/mailer-plugin src/main/resources/hudson/tasks/Mailer/global_de.properties";
const TB_SETUP_FR: &str =
    "thunderbird/thunderbird-l10n fr/mail/messenger/accountcreation/accountSetup.ftl";
const TB_MAIN_FR: &str = "thunderbird/thunderbird-l10n fr/mail/chrome/messenger/am-main.dtd";
const K9_FR: &str = "thunderbird/thunderbird-android feature/account/server/settings/src/main/res/values-fr/strings.xml";
const NC_FR: &str = "nextcloud/mail l10n/fr.json";
const JK_FR: &str =
    "jenkinsci/mailer-plugin src/main/resources/hudson/tasks/Mailer/global_fr.properties";
const TB_SETUP_ES: &str =
    "thunderbird/thunderbird-l10n es-ES/mail/messenger/accountcreation/accountSetup.ftl";
const TB_MAIN_ES: &str = "thunderbird/thunderbird-l10n es-ES/mail/chrome/messenger/am-main.dtd";
const K9_ES: &str = "thunderbird/thunderbird-android feature/account/server/settings/src/main/res/values-es/strings.xml";
const NC_ES: &str = "nextcloud/mail l10n/es.json";
const JK_ES: &str =
    "jenkinsci/mailer-plugin src/main/resources/hudson/tasks/Mailer/global_es.properties";
const TB_SETUP_IT: &str =
    "thunderbird/thunderbird-l10n it/mail/messenger/accountcreation/accountSetup.ftl";
const TB_MAIN_IT: &str = "thunderbird/thunderbird-l10n it/mail/chrome/messenger/am-main.dtd";
const K9_IT: &str = "thunderbird/thunderbird-android feature/account/server/settings/src/main/res/values-it/strings.xml";
const NC_IT: &str = "nextcloud/mail l10n/it.json";
const JK_IT: &str =
    "jenkinsci/mailer-plugin src/main/resources/hudson/tasks/Mailer/global_it.properties";
const TB_SETUP_PT: &str =
    "thunderbird/thunderbird-l10n pt-BR/mail/messenger/accountcreation/accountSetup.ftl";
const TB_MAIN_PT: &str = "thunderbird/thunderbird-l10n pt-BR/mail/chrome/messenger/am-main.dtd";
const K9_PT: &str = "thunderbird/thunderbird-android feature/account/server/settings/src/main/res/values-pt-rBR/strings.xml";
const NC_PT: &str = "nextcloud/mail l10n/pt_BR.json";
const JK_PT: &str =
    "jenkinsci/mailer-plugin src/main/resources/hudson/tasks/Mailer/global_pt_BR.properties";
const TB_SETUP_NL: &str =
    "thunderbird/thunderbird-l10n nl/mail/messenger/accountcreation/accountSetup.ftl";
const TB_MAIN_NL: &str = "thunderbird/thunderbird-l10n nl/mail/chrome/messenger/am-main.dtd";
const K9_NL: &str = "thunderbird/thunderbird-android feature/account/server/settings/src/main/res/values-nl/strings.xml";
const NC_NL: &str = "nextcloud/mail l10n/nl.json";
const JK_NL: &str =
    "jenkinsci/mailer-plugin src/main/resources/hudson/tasks/Mailer/global_nl.properties";
const TB_SETUP_PL: &str =
    "thunderbird/thunderbird-l10n pl/mail/messenger/accountcreation/accountSetup.ftl";
const TB_MAIN_PL: &str = "thunderbird/thunderbird-l10n pl/mail/chrome/messenger/am-main.dtd";
const K9_PL: &str = "thunderbird/thunderbird-android feature/account/server/settings/src/main/res/values-pl/strings.xml";
const NC_PL: &str = "nextcloud/mail l10n/pl.json";
const TB_SETUP_RU: &str =
    "thunderbird/thunderbird-l10n ru/mail/messenger/accountcreation/accountSetup.ftl";
const TB_MAIN_RU: &str = "thunderbird/thunderbird-l10n ru/mail/chrome/messenger/am-main.dtd";
const K9_RU: &str = "thunderbird/thunderbird-android feature/account/server/settings/src/main/res/values-ru/strings.xml";
const NC_RU: &str = "nextcloud/mail l10n/ru.json";
const JK_RU: &str =
    "jenkinsci/mailer-plugin src/main/resources/hudson/tasks/Mailer/global_ru.properties";
const TB_SETUP_JA: &str =
    "thunderbird/thunderbird-l10n ja/mail/messenger/accountcreation/accountSetup.ftl";
const K9_JA: &str = "thunderbird/thunderbird-android feature/account/server/settings/src/main/res/values-ja/strings.xml";
const NC_JA: &str = "nextcloud/mail l10n/ja.json";
const JK_JA: &str =
    "jenkinsci/mailer-plugin src/main/resources/hudson/tasks/Mailer/global_ja.properties";
const TB_SETUP_ZH: &str =
    "thunderbird/thunderbird-l10n zh-CN/mail/messenger/accountcreation/accountSetup.ftl";
const TB_MAIN_ZH: &str = "thunderbird/thunderbird-l10n zh-CN/mail/chrome/messenger/am-main.dtd";
const K9_ZH: &str = "thunderbird/thunderbird-android feature/account/server/settings/src/main/res/values-zh-rCN/strings.xml";
const NC_ZH: &str = "nextcloud/mail l10n/zh_CN.json";
const JK_ZH: &str =
    "jenkinsci/mailer-plugin src/main/resources/hudson/tasks/Mailer/global_zh_TW.properties";

// Source files of the appended captions (applications Portolan was not tuned on).
const RL_EN: &str = "RainLoop/rainloop-webmail rainloop/v/0.0.0/langs/admin/en.ini";
const RL_DE: &str = "RainLoop/rainloop-webmail rainloop/v/0.0.0/langs/admin/de.ini";
const RL_IT: &str = "RainLoop/rainloop-webmail rainloop/v/0.0.0/langs/admin/it.ini";
const RL_PT: &str = "RainLoop/rainloop-webmail rainloop/v/0.0.0/langs/admin/pt-br.ini";
const RL_NL: &str = "RainLoop/rainloop-webmail rainloop/v/0.0.0/langs/admin/nl.ini";
const RL_PL: &str = "RainLoop/rainloop-webmail rainloop/v/0.0.0/langs/admin/pl.ini";
const RL_RU: &str = "RainLoop/rainloop-webmail rainloop/v/0.0.0/langs/admin/ru.ini";
const SM_EN: &str = "the-djmaze/snappymail snappymail/v/0.0.0/app/localization/en/user.json";
const SM_DE: &str = "the-djmaze/snappymail snappymail/v/0.0.0/app/localization/de/user.json";
const SM_FR: &str = "the-djmaze/snappymail snappymail/v/0.0.0/app/localization/fr/user.json";
const SM_ES: &str = "the-djmaze/snappymail snappymail/v/0.0.0/app/localization/es/user.json";
const SM_IT: &str = "the-djmaze/snappymail snappymail/v/0.0.0/app/localization/it/user.json";
const SM_PT: &str = "the-djmaze/snappymail snappymail/v/0.0.0/app/localization/pt-BR/user.json";
const SM_NL: &str = "the-djmaze/snappymail snappymail/v/0.0.0/app/localization/nl/user.json";
const SM_PL: &str = "the-djmaze/snappymail snappymail/v/0.0.0/app/localization/pl/user.json";
const SM_ADMIN_PL: &str = "the-djmaze/snappymail snappymail/v/0.0.0/app/localization/pl/admin.json";
const SM_RU: &str = "the-djmaze/snappymail snappymail/v/0.0.0/app/localization/ru/user.json";
const SM_JA: &str = "the-djmaze/snappymail snappymail/v/0.0.0/app/localization/ja/user.json";
const SM_ZH: &str = "the-djmaze/snappymail snappymail/v/0.0.0/app/localization/zh/user.json";
const YF_DE: &str = "YetiForceCompany/YetiForceCRM languages/de_de/Settings/MailSmtp.json";
const YF_FR: &str = "YetiForceCompany/YetiForceCRM languages/fr_fr/Settings/MailSmtp.json";
const YF_ES: &str = "YetiForceCompany/YetiForceCRM languages/es_es/Settings/MailSmtp.json";
const YF_PT: &str = "YetiForceCompany/YetiForceCRM languages/pt_br/Settings/MailSmtp.json";
const YF_PL: &str = "YetiForceCompany/YetiForceCRM languages/pl_pl/Settings/MailSmtp.json";
const YF_RU: &str = "YetiForceCompany/YetiForceCRM languages/ru_ru/Settings/MailSmtp.json";
const S9Y_EN: &str = "s9y/additional_plugins serendipity_event_smtpmail/lang_en.inc.php";
const S9Y_DE: &str = "s9y/additional_plugins serendipity_event_smtpmail/UTF-8/lang_de.inc.php";
const S9Y_PHP: &str =
    "s9y/additional_plugins serendipity_event_smtpmail/serendipity_event_smtpmail.php";
const CO_EN: &str = "clearos/app-smtp language/en_US/smtp_lang.php";
const CO_FR: &str = "clearos/app-smtp language/fr/smtp_lang.php";
const CO_IT: &str = "clearos/app-smtp language/it/smtp_lang.php";
const CO_NL: &str = "clearos/app-smtp language/nl/smtp_lang.php";
const CO_JA: &str = "clearos/app-smtp language/ja/smtp_lang.php";
const CO_ZH: &str = "clearos/app-smtp language/zh/smtp_lang.php";
const RC_ES: &str = "roundcube/roundcubemail program/localization/es_ES/labels.inc";
const RC_NL: &str = "roundcube/roundcubemail program/localization/nl_NL/labels.inc";
const RC_JA: &str = "roundcube/roundcubemail program/localization/ja_JP/labels.inc";
const RC_ZH: &str = "roundcube/roundcubemail program/localization/zh_CN/labels.inc";
const RC_FR: &str = "roundcube/roundcubemail program/localization/fr_FR/labels.inc";
const RC_IT: &str = "roundcube/roundcubemail program/localization/it_IT/labels.inc";
const RC_PT: &str = "roundcube/roundcubemail program/localization/pt_BR/labels.inc";
const CO_ES: &str = "clearos/app-smtp language/es/smtp_lang.php";
const CO_DE: &str = "clearos/app-smtp language/de/smtp_lang.php";
const CO_RU: &str = "clearos/app-smtp language/ru/smtp_lang.php";
const CO_PL: &str = "clearos/app-smtp language/pl/smtp_lang.php";

/// The captions.
#[rustfmt::skip]
const ROWS: &[Row] = &[
    // en: Thunderbird account setup.
    ("en", "Your full name", Text, IGNORE, NO, TB_SETUP_EN),
    ("en", "Email address", Text, c(Email), NO, TB_SETUP_EN),
    ("en", "Password", Pass, c(Password), NO, TB_SETUP_EN),
    ("en", "Your login", Text, c(Username), NO, TB_SETUP_EN),
    ("en", "Incoming server", Text, c(Host), IN, TB_SETUP_EN),
    ("en", "Outgoing server", Text, c(Host), OUT, TB_SETUP_EN),
    ("en", "Protocol:", Select, c(Protocol), NO, TB_SETUP_EN),
    ("en", "Hostname:", Text, c(Host), NO, TB_SETUP_EN),
    ("en", "Port:", Text, c(Port), NO, TB_SETUP_EN),
    ("en", "Connection security:", Select, c(Security), NO, TB_SETUP_EN),
    ("en", "Authentication method:", Select, c(Auth), NO, TB_SETUP_EN),
    ("en", "Username:", Text, c(Username), NO, TB_SETUP_EN),
    // en: Thunderbird account settings (identity).
    ("en", "Account Name:", Text, IGNORE, NO, TB_MAIN_EN),
    ("en", "Your Name:", Text, IGNORE, NO, TB_MAIN_EN),
    ("en", "Reply-to Address:", Text, IGNORE, NO, TB_MAIN_EN),
    ("en", "Organisation:", Text, IGNORE, NO, TB_MAIN_EN),
    ("en", "Signature text:", Text, IGNORE, NO, TB_MAIN_EN),
    // en: Thunderbird for Android server settings.
    ("en", "Server", Text, c(Host), NO, K9_EN),
    ("en", "Security", Select, c(Security), NO, K9_EN),
    ("en", "Authentication", Select, c(Auth), NO, K9_EN),
    ("en", "Display name", Text, IGNORE, NO, K9_SETUP_EN),
    ("en", "Check frequency", Select, IGNORE, NO, K9_SETUP_EN),
    // en: Nextcloud Mail account form.
    ("en", "Name", Text, IGNORE, NO, NC_EN),
    ("en", "Mail address", Text, c(Email), NO, NC_EN),
    ("en", "IMAP Host", Text, c(Host), IN, NC_EN),
    ("en", "IMAP Security", Select, c(Security), IN, NC_EN),
    ("en", "IMAP Port", Text, c(Port), IN, NC_EN),
    ("en", "IMAP User", Text, c(Username), IN, NC_EN),
    ("en", "IMAP Password", Pass, c(Password), IN, NC_EN),
    ("en", "SMTP Host", Text, c(Host), OUT, NC_EN),
    ("en", "SMTP Security", Select, c(Security), OUT, NC_EN),
    ("en", "SMTP Port", Text, c(Port), OUT, NC_EN),
    ("en", "SMTP User", Text, c(Username), OUT, NC_EN),
    ("en", "SMTP Password", Pass, c(Password), OUT, NC_EN),
    // en: Jenkins e-mail notification.
    ("en", "SMTP server", Text, c(Host), OUT, JK_EN),
    ("en", "Default user e-mail suffix", Text, IGNORE, NO, JK_EN),
    ("en", "User Name", Text, c(Username), NO, JK_EN),
    ("en", "Use SMTP Authentication", Check, c(Auth), OUT, JK_EN),
    ("en", "Use SSL", Check, c(Security), NO, JK_EN),
    ("en", "Use TLS", Check, c(Security), NO, JK_EN),
    ("en", "Charset", Text, IGNORE, NO, JK_EN),
    ("en", "Test e-mail recipient", Text, IGNORE, NO, JK_EN),

    // de: Thunderbird account setup.
    ("de", "Ihr vollständiger Name", Text, IGNORE, NO, TB_SETUP_DE),
    ("de", "E-Mail-Adresse", Text, c(Email), NO, TB_SETUP_DE),
    ("de", "Passwort", Pass, c(Password), NO, TB_SETUP_DE),
    ("de", "Ihr Benutzername", Text, c(Username), NO, TB_SETUP_DE),
    ("de", "Posteingangs-Server", Text, c(Host), IN, TB_SETUP_DE),
    ("de", "Postausgangs-Server", Text, c(Host), OUT, TB_SETUP_DE),
    ("de", "Protokoll:", Select, c(Protocol), NO, TB_SETUP_DE),
    ("de", "Hostname:", Text, c(Host), NO, TB_SETUP_DE),
    ("de", "Port:", Text, c(Port), NO, TB_SETUP_DE),
    ("de", "Verbindungssicherheit:", Select, c(Security), NO, TB_SETUP_DE),
    ("de", "Authentifizierungsmethode:", Select, c(Auth), NO, TB_SETUP_DE),
    ("de", "Benutzername:", Text, c(Username), NO, TB_SETUP_DE),
    // de: Thunderbird account settings.
    ("de", "Kontoname:", Text, IGNORE, NO, TB_MAIN_DE),
    ("de", "Ihr Name:", Text, IGNORE, NO, TB_MAIN_DE),
    ("de", "Antwortadresse:", Text, IGNORE, NO, TB_MAIN_DE),
    ("de", "Organisation:", Text, IGNORE, NO, TB_MAIN_DE),
    ("de", "Signaturtext:", Text, IGNORE, NO, TB_MAIN_DE),
    // de: Thunderbird for Android.
    ("de", "Server", Text, c(Host), NO, K9_DE),
    ("de", "Sicherheit", Select, c(Security), NO, K9_DE),
    ("de", "Authentifizierung", Select, c(Auth), NO, K9_DE),
    // de: Nextcloud Mail.
    ("de", "Name", Text, IGNORE, NO, NC_DE),
    ("de", "IMAP-Host", Text, c(Host), IN, NC_DE),
    ("de", "IMAP-Sicherheit", Select, c(Security), IN, NC_DE),
    ("de", "IMAP-Port", Text, c(Port), IN, NC_DE),
    ("de", "IMAP-Benutzer", Text, c(Username), IN, NC_DE),
    ("de", "IMAP-Passwort", Pass, c(Password), IN, NC_DE),
    ("de", "SMTP-Host", Text, c(Host), OUT, NC_DE),
    ("de", "SMTP-Sicherheit", Select, c(Security), OUT, NC_DE),
    ("de", "SMTP-Port", Text, c(Port), OUT, NC_DE),
    ("de", "SMTP-Benutzer", Text, c(Username), OUT, NC_DE),
    ("de", "SMTP-Passwort", Pass, c(Password), OUT, NC_DE),
    // de: Jenkins.
    ("de", "SMTP-Server", Text, c(Host), OUT, JK_DE),
    ("de", "Standardendung für E-Mail-Adressen", Text, IGNORE, NO, JK_DE),
    ("de", "Kennwort", Pass, c(Password), NO, JK_DE),
    ("de", "Verwende SMTP Authentifizierung", Check, c(Auth), OUT, JK_DE),
    ("de", "SSL verwenden", Check, c(Security), NO, JK_DE),
    ("de", "Reply-To Adresse", Text, IGNORE, NO, JK_DE),
    ("de", "Zeichensatz", Text, IGNORE, NO, JK_DE),
    ("de", "Empfänger der Test-E-Mail", Text, IGNORE, NO, JK_DE),

    // fr: Thunderbird account setup.
    ("fr", "Votre nom complet", Text, IGNORE, NO, TB_SETUP_FR),
    ("fr", "Adresse e-mail", Text, c(Email), NO, TB_SETUP_FR),
    ("fr", "Mot de passe", Pass, c(Password), NO, TB_SETUP_FR),
    ("fr", "Votre identifiant", Text, c(Username), NO, TB_SETUP_FR),
    ("fr", "Serveur entrant", Text, c(Host), IN, TB_SETUP_FR),
    ("fr", "Serveur sortant", Text, c(Host), OUT, TB_SETUP_FR),
    ("fr", "Protocole :", Select, c(Protocol), NO, TB_SETUP_FR),
    ("fr", "Nom d’hôte :", Text, c(Host), NO, TB_SETUP_FR),
    ("fr", "Port :", Text, c(Port), NO, TB_SETUP_FR),
    ("fr", "Sécurité de la connexion :", Select, c(Security), NO, TB_SETUP_FR),
    ("fr", "Méthode d’authentification :", Select, c(Auth), NO, TB_SETUP_FR),
    ("fr", "Nom d’utilisateur :", Text, c(Username), NO, TB_SETUP_FR),
    // fr: Thunderbird account settings.
    ("fr", "Nom du compte :", Text, IGNORE, NO, TB_MAIN_FR),
    ("fr", "Nom :", Text, IGNORE, NO, TB_MAIN_FR),
    ("fr", "Adresse pour la réponse :", Text, IGNORE, NO, TB_MAIN_FR),
    ("fr", "Organisation :", Text, IGNORE, NO, TB_MAIN_FR),
    ("fr", "Texte de signature :", Text, IGNORE, NO, TB_MAIN_FR),
    // fr: Thunderbird for Android.
    ("fr", "Serveur", Text, c(Host), NO, K9_FR),
    ("fr", "Sécurité", Select, c(Security), NO, K9_FR),
    ("fr", "Authentification", Select, c(Auth), NO, K9_FR),
    // fr: Nextcloud Mail.
    ("fr", "Hôte IMAP", Text, c(Host), IN, NC_FR),
    ("fr", "Sécurité IMAP", Select, c(Security), IN, NC_FR),
    ("fr", "Port IMAP", Text, c(Port), IN, NC_FR),
    ("fr", "Utilisateur IMAP", Text, c(Username), IN, NC_FR),
    ("fr", "Mot de passe IMAP", Pass, c(Password), IN, NC_FR),
    ("fr", "Hôte SMTP", Text, c(Host), OUT, NC_FR),
    ("fr", "Sécurité SMTP", Select, c(Security), OUT, NC_FR),
    ("fr", "Port SMTP", Text, c(Port), OUT, NC_FR),
    ("fr", "Utilisateur SMTP", Text, c(Username), OUT, NC_FR),
    ("fr", "Mot de passe SMTP", Pass, c(Password), OUT, NC_FR),
    // fr: Jenkins.
    ("fr", "Serveur SMTP", Text, c(Host), OUT, JK_FR),
    ("fr", "Suffixe par défaut des emails des utilisateurs", Text, IGNORE, NO, JK_FR),
    ("fr", "Adresse e-mail de l'expéditeur", Text, c(Email), NO, JK_FR),
    ("fr", "Utiliser l'authentification par SMTP", Check, c(Auth), OUT, JK_FR),
    ("fr", "Utiliser SSL", Check, c(Security), NO, JK_FR),
    ("fr", "Jeu de caractères", Text, IGNORE, NO, JK_FR),
    ("fr", "Destinataire du courriel de test", Text, IGNORE, NO, JK_FR),

    // es: Thunderbird account setup.
    ("es", "Nombre completo", Text, IGNORE, NO, TB_SETUP_ES),
    ("es", "Dirección de correo electrónico", Text, c(Email), NO, TB_SETUP_ES),
    ("es", "Contraseña", Pass, c(Password), NO, TB_SETUP_ES),
    ("es", "Nombre de usuario", Text, c(Username), NO, TB_SETUP_ES),
    ("es", "Servidor entrante", Text, c(Host), IN, TB_SETUP_ES),
    ("es", "Servidor saliente", Text, c(Host), OUT, TB_SETUP_ES),
    ("es", "Protocolo:", Select, c(Protocol), NO, TB_SETUP_ES),
    ("es", "Nombre del servidor:", Text, c(Host), NO, TB_SETUP_ES),
    ("es", "Puerto:", Text, c(Port), NO, TB_SETUP_ES),
    ("es", "Seguridad de la conexión:", Select, c(Security), NO, TB_SETUP_ES),
    ("es", "Método de autenticación:", Select, c(Auth), NO, TB_SETUP_ES),
    // es: Thunderbird account settings.
    ("es", "Nombre de la cuenta:", Text, IGNORE, NO, TB_MAIN_ES),
    ("es", "Su nombre:", Text, IGNORE, NO, TB_MAIN_ES),
    ("es", "Dirección de respuesta:", Text, IGNORE, NO, TB_MAIN_ES),
    ("es", "Organización:", Text, IGNORE, NO, TB_MAIN_ES),
    ("es", "Texto de la firma:", Text, IGNORE, NO, TB_MAIN_ES),
    // es: Thunderbird for Android.
    ("es", "Servidor", Text, c(Host), NO, K9_ES),
    ("es", "Seguridad", Select, c(Security), NO, K9_ES),
    ("es", "Autenticación", Select, c(Auth), NO, K9_ES),
    ("es", "Usuario", Text, c(Username), NO, K9_ES),
    // es: Nextcloud Mail.
    ("es", "Nombre", Text, IGNORE, NO, NC_ES),
    ("es", "Servidor IMAP", Text, c(Host), IN, NC_ES),
    ("es", "Seguridad IMAP", Select, c(Security), IN, NC_ES),
    ("es", "Puerto IMAP", Text, c(Port), IN, NC_ES),
    ("es", "Usuario IMAP", Text, c(Username), IN, NC_ES),
    ("es", "Contraseña IMAP", Pass, c(Password), IN, NC_ES),
    ("es", "Servidor SMTP", Text, c(Host), OUT, NC_ES),
    ("es", "Seguridad SMTP", Select, c(Security), OUT, NC_ES),
    ("es", "Puerto SMTP", Text, c(Port), OUT, NC_ES),
    ("es", "Usuario SMTP", Text, c(Username), OUT, NC_ES),
    ("es", "Contraseña SMTP", Pass, c(Password), OUT, NC_ES),
    // es: Jenkins.
    ("es", "Servidor de correo saliente (SMTP)", Text, c(Host), OUT, JK_ES),
    ("es", "Sufijo de email por defecto", Text, IGNORE, NO, JK_ES),
    ("es", "Dirección de remitente", Text, c(Email), NO, JK_ES),
    ("es", "Usar seguridad SSL", Check, c(Security), NO, JK_ES),
    ("es", "Usar seguridad TLS (STARTTLS)", Check, c(Security), NO, JK_ES),
    ("es", "Dirección para la respuesta", Text, IGNORE, NO, JK_ES),
    ("es", "Juego de caracteres", Text, IGNORE, NO, JK_ES),
    ("es", "Dirección para el correo de prueba", Text, IGNORE, NO, JK_ES),

    // it: Thunderbird account setup.
    ("it", "Nome e cognome", Text, IGNORE, NO, TB_SETUP_IT),
    ("it", "Indirizzo email", Text, c(Email), NO, TB_SETUP_IT),
    ("it", "Password", Pass, c(Password), NO, TB_SETUP_IT),
    ("it", "Le tue credenziali", Text, c(Username), NO, TB_SETUP_IT),
    ("it", "Server in entrata", Text, c(Host), IN, TB_SETUP_IT),
    ("it", "Server in uscita", Text, c(Host), OUT, TB_SETUP_IT),
    ("it", "Protocollo:", Select, c(Protocol), NO, TB_SETUP_IT),
    ("it", "Server:", Text, c(Host), NO, TB_SETUP_IT),
    ("it", "Porta:", Text, c(Port), NO, TB_SETUP_IT),
    ("it", "Sicurezza della connessione:", Select, c(Security), NO, TB_SETUP_IT),
    ("it", "Metodo di autenticazione:", Select, c(Auth), NO, TB_SETUP_IT),
    ("it", "Nome utente:", Text, c(Username), NO, TB_SETUP_IT),
    // it: Thunderbird account settings.
    ("it", "Nome account:", Text, IGNORE, NO, TB_MAIN_IT),
    ("it", "Nome:", Text, IGNORE, NO, TB_MAIN_IT),
    ("it", "Indirizzo per risposte:", Text, IGNORE, NO, TB_MAIN_IT),
    ("it", "Organizzazione:", Text, IGNORE, NO, TB_MAIN_IT),
    ("it", "Testo per firma:", Text, IGNORE, NO, TB_MAIN_IT),
    // it: Thunderbird for Android.
    ("it", "Sicurezza", Select, c(Security), NO, K9_IT),
    ("it", "Autenticazione", Select, c(Auth), NO, K9_IT),
    // it: Nextcloud Mail.
    ("it", "Indirizzo di posta", Text, c(Email), NO, NC_IT),
    ("it", "Host IMAP", Text, c(Host), IN, NC_IT),
    ("it", "Sicurezza IMAP", Select, c(Security), IN, NC_IT),
    ("it", "Porta IMAP", Text, c(Port), IN, NC_IT),
    ("it", "Utente IMAP", Text, c(Username), IN, NC_IT),
    ("it", "Password IMAP", Pass, c(Password), IN, NC_IT),
    ("it", "Host SMTP", Text, c(Host), OUT, NC_IT),
    ("it", "Sicurezza SMTP", Select, c(Security), OUT, NC_IT),
    ("it", "Porta SMTP", Text, c(Port), OUT, NC_IT),
    ("it", "Utente SMTP", Text, c(Username), OUT, NC_IT),
    ("it", "Password SMTP", Pass, c(Password), OUT, NC_IT),
    // it: Jenkins.
    ("it", "Server SMTP", Text, c(Host), OUT, JK_IT),
    ("it", "Suffisso predefinito per gli indirizzi di posta elettronica degli utenti", Text, IGNORE, NO, JK_IT),
    ("it", "Utilizza autenticazione SMTP", Check, c(Auth), OUT, JK_IT),
    ("it", "Utilizza SSL", Check, c(Security), NO, JK_IT),
    ("it", "Utilizza TLS", Check, c(Security), NO, JK_IT),
    ("it", "Indirizzo \"Rispondi a\"", Text, IGNORE, NO, JK_IT),
    ("it", "Codifica", Text, IGNORE, NO, JK_IT),
    ("it", "Destinatario messaggio di posta elettronica di prova", Text, IGNORE, NO, JK_IT),

    // pt (pt-BR): Thunderbird account setup.
    ("pt", "Seu nome completo", Text, IGNORE, NO, TB_SETUP_PT),
    ("pt", "Endereço de email", Text, c(Email), NO, TB_SETUP_PT),
    ("pt", "Senha", Pass, c(Password), NO, TB_SETUP_PT),
    ("pt", "Sua conta", Text, c(Username), NO, TB_SETUP_PT),
    ("pt", "Servidor de recebimento", Text, c(Host), IN, TB_SETUP_PT),
    ("pt", "Servidores de envio", Text, c(Host), OUT, TB_SETUP_PT),
    ("pt", "Protocolo:", Select, c(Protocol), NO, TB_SETUP_PT),
    ("pt", "Servidor:", Text, c(Host), NO, TB_SETUP_PT),
    ("pt", "Porta:", Text, c(Port), NO, TB_SETUP_PT),
    ("pt", "Segurança da conexão:", Select, c(Security), NO, TB_SETUP_PT),
    ("pt", "Método de autenticação:", Select, c(Auth), NO, TB_SETUP_PT),
    ("pt", "Nome de usuário:", Text, c(Username), NO, TB_SETUP_PT),
    // pt: Thunderbird account settings.
    ("pt", "Nome da conta:", Text, IGNORE, NO, TB_MAIN_PT),
    ("pt", "Seu nome:", Text, IGNORE, NO, TB_MAIN_PT),
    ("pt", "Endereço de resposta:", Text, IGNORE, NO, TB_MAIN_PT),
    ("pt", "Organização:", Text, IGNORE, NO, TB_MAIN_PT),
    ("pt", "Texto da assinatura:", Text, IGNORE, NO, TB_MAIN_PT),
    // pt: Thunderbird for Android.
    ("pt", "Segurança", Select, c(Security), NO, K9_PT),
    ("pt", "Autenticação", Select, c(Auth), NO, K9_PT),
    // pt: Nextcloud Mail.
    ("pt", "Nome", Text, IGNORE, NO, NC_PT),
    ("pt", "Endereço de correio", Text, c(Email), NO, NC_PT),
    ("pt", "Servidor IMAP", Text, c(Host), IN, NC_PT),
    ("pt", "Segurança IMAP", Select, c(Security), IN, NC_PT),
    ("pt", "Porta IMAP", Text, c(Port), IN, NC_PT),
    ("pt", "Usuário IMAP", Text, c(Username), IN, NC_PT),
    ("pt", "Senha IMAP", Pass, c(Password), IN, NC_PT),
    ("pt", "Servidor SMTP", Text, c(Host), OUT, NC_PT),
    ("pt", "Segurança SMTP", Select, c(Security), OUT, NC_PT),
    ("pt", "Porta SMTP", Text, c(Port), OUT, NC_PT),
    ("pt", "Usuário SMTP", Text, c(Username), OUT, NC_PT),
    ("pt", "Senha SMTP", Pass, c(Password), OUT, NC_PT),
    // pt: Jenkins.
    ("pt", "Sufixo padrão para e-mail de usuário", Text, IGNORE, NO, JK_PT),
    ("pt", "Nome do Usuário", Text, c(Username), NO, JK_PT),
    ("pt", "Usar SSL", Check, c(Security), NO, JK_PT),
    ("pt", "Usar autenticação SMTP", Check, c(Auth), OUT, JK_PT),
    ("pt", "Charset", Text, IGNORE, NO, JK_PT),

    // nl: Thunderbird account setup.
    ("nl", "Uw volledige naam", Text, IGNORE, NO, TB_SETUP_NL),
    ("nl", "E-mailadres", Text, c(Email), NO, TB_SETUP_NL),
    ("nl", "Wachtwoord", Pass, c(Password), NO, TB_SETUP_NL),
    ("nl", "Uw aanmelding", Text, c(Username), NO, TB_SETUP_NL),
    ("nl", "Inkomende server", Text, c(Host), IN, TB_SETUP_NL),
    ("nl", "Uitgaande server", Text, c(Host), OUT, TB_SETUP_NL),
    ("nl", "Protocol:", Select, c(Protocol), NO, TB_SETUP_NL),
    ("nl", "Hostnaam:", Text, c(Host), NO, TB_SETUP_NL),
    ("nl", "Poort:", Text, c(Port), NO, TB_SETUP_NL),
    ("nl", "Verbindingsbeveiliging:", Select, c(Security), NO, TB_SETUP_NL),
    ("nl", "Authenticatiemethode:", Select, c(Auth), NO, TB_SETUP_NL),
    ("nl", "Gebruikersnaam:", Text, c(Username), NO, TB_SETUP_NL),
    // nl: Thunderbird account settings.
    ("nl", "Accountnaam:", Text, IGNORE, NO, TB_MAIN_NL),
    ("nl", "Uw naam:", Text, IGNORE, NO, TB_MAIN_NL),
    ("nl", "Antwoordadres:", Text, IGNORE, NO, TB_MAIN_NL),
    ("nl", "Organisatie:", Text, IGNORE, NO, TB_MAIN_NL),
    ("nl", "Tekst van de ondertekening:", Text, IGNORE, NO, TB_MAIN_NL),
    // nl: Thunderbird for Android.
    ("nl", "Server", Text, c(Host), NO, K9_NL),
    ("nl", "Beveiliging", Select, c(Security), NO, K9_NL),
    ("nl", "Authenticatie", Select, c(Auth), NO, K9_NL),
    // nl: Nextcloud Mail.
    ("nl", "Naam", Text, IGNORE, NO, NC_NL),
    ("nl", "IMAP host", Text, c(Host), IN, NC_NL),
    ("nl", "IMAP beveiliging", Select, c(Security), IN, NC_NL),
    ("nl", "IMAP poort", Text, c(Port), IN, NC_NL),
    ("nl", "IMAP gebruikersnaam", Text, c(Username), IN, NC_NL),
    ("nl", "IMAP wachtwoord", Pass, c(Password), IN, NC_NL),
    ("nl", "SMTP host", Text, c(Host), OUT, NC_NL),
    ("nl", "SMTP beveiliging", Select, c(Security), OUT, NC_NL),
    ("nl", "SMTP poort", Text, c(Port), OUT, NC_NL),
    ("nl", "SMTP gebruikersnaam", Text, c(Username), OUT, NC_NL),
    ("nl", "SMTP wachtwoord", Pass, c(Password), OUT, NC_NL),
    // nl: Jenkins.
    ("nl", "SMTP server", Text, c(Host), OUT, JK_NL),
    ("nl", "Standaard e-mail suffix", Text, IGNORE, NO, JK_NL),
    ("nl", "Naam gebruiker", Text, c(Username), NO, JK_NL),
    ("nl", "Paswoord", Pass, c(Password), NO, JK_NL),
    ("nl", "Gebruik SMTP Authenticatie", Check, c(Auth), OUT, JK_NL),
    ("nl", "Gebruik SSL", Check, c(Security), NO, JK_NL),

    // pl: Thunderbird account setup.
    ("pl", "Imię i nazwisko", Text, IGNORE, NO, TB_SETUP_PL),
    ("pl", "Adres e-mail", Text, c(Email), NO, TB_SETUP_PL),
    ("pl", "Hasło", Pass, c(Password), NO, TB_SETUP_PL),
    ("pl", "Nazwa użytkownika", Text, c(Username), NO, TB_SETUP_PL),
    ("pl", "Serwer poczty przychodzącej", Text, c(Host), IN, TB_SETUP_PL),
    ("pl", "Serwer poczty wychodzącej", Text, c(Host), OUT, TB_SETUP_PL),
    ("pl", "Protokół:", Select, c(Protocol), NO, TB_SETUP_PL),
    ("pl", "Adres serwera:", Text, c(Host), NO, TB_SETUP_PL),
    ("pl", "Port:", Text, c(Port), NO, TB_SETUP_PL),
    ("pl", "Bezpieczeństwo połączenia:", Select, c(Security), NO, TB_SETUP_PL),
    ("pl", "Metoda uwierzytelniania:", Select, c(Auth), NO, TB_SETUP_PL),
    // pl: Thunderbird account settings.
    ("pl", "Nazwa konta:", Text, IGNORE, NO, TB_MAIN_PL),
    ("pl", "Zwrotny adres e-mail:", Text, IGNORE, NO, TB_MAIN_PL),
    ("pl", "Firma/Organizacja:", Text, IGNORE, NO, TB_MAIN_PL),
    ("pl", "Sygnaturka:", Text, IGNORE, NO, TB_MAIN_PL),
    // pl: Thunderbird for Android.
    ("pl", "Serwer", Text, c(Host), NO, K9_PL),
    ("pl", "Zabezpieczenia", Select, c(Security), NO, K9_PL),
    ("pl", "Uwierzytelnianie", Select, c(Auth), NO, K9_PL),
    // pl: Nextcloud Mail.
    ("pl", "Nazwa", Text, IGNORE, NO, NC_PL),
    ("pl", "Adres mailowy", Text, c(Email), NO, NC_PL),
    ("pl", "Host IMAP", Text, c(Host), IN, NC_PL),
    ("pl", "Zabezpieczenia IMAP", Select, c(Security), IN, NC_PL),
    ("pl", "Port IMAP", Text, c(Port), IN, NC_PL),
    ("pl", "Użytkownik IMAP", Text, c(Username), IN, NC_PL),
    ("pl", "Hasło IMAP", Pass, c(Password), IN, NC_PL),
    ("pl", "Host SMTP", Text, c(Host), OUT, NC_PL),
    ("pl", "Zabezpieczenia SMTP", Select, c(Security), OUT, NC_PL),
    ("pl", "Port SMTP", Text, c(Port), OUT, NC_PL),
    ("pl", "Użytkownik SMTP", Text, c(Username), OUT, NC_PL),
    ("pl", "Hasło SMTP", Pass, c(Password), OUT, NC_PL),

    // ru: Thunderbird account setup. The server legends begin with a Latin "C" in the file.
    ("ru", "Ваше полное имя", Text, IGNORE, NO, TB_SETUP_RU),
    ("ru", "Адрес электронной почты", Text, c(Email), NO, TB_SETUP_RU),
    ("ru", "Пароль", Pass, c(Password), NO, TB_SETUP_RU),
    ("ru", "Ваш логин", Text, c(Username), NO, TB_SETUP_RU),
    ("ru", "Cервер входящей почты", Text, c(Host), IN, TB_SETUP_RU),
    ("ru", "Cервер исходящей почты", Text, c(Host), OUT, TB_SETUP_RU),
    ("ru", "Протокол:", Select, c(Protocol), NO, TB_SETUP_RU),
    ("ru", "Имя сервера:", Text, c(Host), NO, TB_SETUP_RU),
    ("ru", "Порт:", Text, c(Port), NO, TB_SETUP_RU),
    ("ru", "Защита соединения:", Select, c(Security), NO, TB_SETUP_RU),
    ("ru", "Метод аутентификации:", Select, c(Auth), NO, TB_SETUP_RU),
    ("ru", "Имя пользователя:", Text, c(Username), NO, TB_SETUP_RU),
    // ru: Thunderbird account settings.
    ("ru", "Имя учётной записи:", Text, IGNORE, NO, TB_MAIN_RU),
    ("ru", "Имя отправителя:", Text, IGNORE, NO, TB_MAIN_RU),
    ("ru", "Адрес для ответа:", Text, IGNORE, NO, TB_MAIN_RU),
    ("ru", "Организация:", Text, IGNORE, NO, TB_MAIN_RU),
    ("ru", "Текст подписи:", Text, IGNORE, NO, TB_MAIN_RU),
    // ru: Thunderbird for Android.
    ("ru", "Сервер", Text, c(Host), NO, K9_RU),
    ("ru", "Безопасность", Select, c(Security), NO, K9_RU),
    ("ru", "Аутентификация", Select, c(Auth), NO, K9_RU),
    // ru: Nextcloud Mail.
    ("ru", "Имя", Text, IGNORE, NO, NC_RU),
    ("ru", "Почтовый адрес", Text, c(Email), NO, NC_RU),
    ("ru", "IMAP-сервер", Text, c(Host), IN, NC_RU),
    ("ru", "Безопасность IMAP", Select, c(Security), IN, NC_RU),
    ("ru", "Порт IMAP", Text, c(Port), IN, NC_RU),
    ("ru", "Имя пользователя IMAP", Text, c(Username), IN, NC_RU),
    ("ru", "Пароль IMAP", Pass, c(Password), IN, NC_RU),
    ("ru", "Сервер SMTP", Text, c(Host), OUT, NC_RU),
    ("ru", "Безопасность SMTP", Select, c(Security), OUT, NC_RU),
    ("ru", "Порт SMTP", Text, c(Port), OUT, NC_RU),
    ("ru", "Имя пользователя SMTP", Text, c(Username), OUT, NC_RU),
    ("ru", "Пароль SMTP", Pass, c(Password), OUT, NC_RU),
    // ru: Jenkins.
    ("ru", "Суффикс адреса по умолчанию", Text, IGNORE, NO, JK_RU),
    ("ru", "Использовать SSL", Check, c(Security), NO, JK_RU),

    // ja: Thunderbird account setup.
    ("ja", "あなたのお名前", Text, IGNORE, NO, TB_SETUP_JA),
    ("ja", "メールアドレス", Text, c(Email), NO, TB_SETUP_JA),
    ("ja", "パスワード", Pass, c(Password), NO, TB_SETUP_JA),
    ("ja", "ログイン名", Text, c(Username), NO, TB_SETUP_JA),
    ("ja", "受信サーバー", Text, c(Host), IN, TB_SETUP_JA),
    ("ja", "送信サーバー", Text, c(Host), OUT, TB_SETUP_JA),
    ("ja", "プロトコル:", Select, c(Protocol), NO, TB_SETUP_JA),
    ("ja", "ホスト名:", Text, c(Host), NO, TB_SETUP_JA),
    ("ja", "ポート番号:", Text, c(Port), NO, TB_SETUP_JA),
    ("ja", "接続の保護:", Select, c(Security), NO, TB_SETUP_JA),
    ("ja", "認証方式:", Select, c(Auth), NO, TB_SETUP_JA),
    ("ja", "ユーザー名:", Text, c(Username), NO, TB_SETUP_JA),
    // ja: Thunderbird for Android.
    ("ja", "サーバー", Text, c(Host), NO, K9_JA),
    ("ja", "セキュリティ", Select, c(Security), NO, K9_JA),
    // ja: Nextcloud Mail.
    ("ja", "名前", Text, IGNORE, NO, NC_JA),
    ("ja", "IMAPホスト", Text, c(Host), IN, NC_JA),
    ("ja", "IMAPポート", Text, c(Port), IN, NC_JA),
    ("ja", "IMAP SSLモード", Select, c(Security), IN, NC_JA),
    ("ja", "IMAPユーザー", Text, c(Username), IN, NC_JA),
    ("ja", "IMAP パスワード", Pass, c(Password), IN, NC_JA),
    ("ja", "SMTPホスト", Text, c(Host), OUT, NC_JA),
    ("ja", "SMTPポート", Text, c(Port), OUT, NC_JA),
    ("ja", "SMTP SSLモード", Select, c(Security), OUT, NC_JA),
    ("ja", "SMTPユーザー", Text, c(Username), OUT, NC_JA),
    ("ja", "SMTP パスワード", Pass, c(Password), OUT, NC_JA),
    // ja: Jenkins.
    ("ja", "SMTPサーバー", Text, c(Host), OUT, JK_JA),
    ("ja", "E-mailのサフィックス", Text, IGNORE, NO, JK_JA),
    ("ja", "送信元メールアドレス", Text, c(Email), NO, JK_JA),
    ("ja", "SSL", Check, c(Security), NO, JK_JA),
    ("ja", "返信先アドレス", Text, IGNORE, NO, JK_JA),
    ("ja", "文字セット", Text, IGNORE, NO, JK_JA),
    ("ja", "テストメールの宛先", Text, IGNORE, NO, JK_JA),

    // zh (zh-CN): Thunderbird account setup.
    ("zh", "您的全名", Text, IGNORE, NO, TB_SETUP_ZH),
    ("zh", "电子邮件地址", Text, c(Email), NO, TB_SETUP_ZH),
    ("zh", "密码", Pass, c(Password), NO, TB_SETUP_ZH),
    ("zh", "您的登录信息", Text, c(Username), NO, TB_SETUP_ZH),
    ("zh", "收件服务器", Text, c(Host), IN, TB_SETUP_ZH),
    ("zh", "发件服务器", Text, c(Host), OUT, TB_SETUP_ZH),
    ("zh", "协议：", Select, c(Protocol), NO, TB_SETUP_ZH),
    ("zh", "主机名：", Text, c(Host), NO, TB_SETUP_ZH),
    ("zh", "端口：", Text, c(Port), NO, TB_SETUP_ZH),
    ("zh", "连接安全性：", Select, c(Security), NO, TB_SETUP_ZH),
    ("zh", "验证方式：", Select, c(Auth), NO, TB_SETUP_ZH),
    ("zh", "用户名：", Text, c(Username), NO, TB_SETUP_ZH),
    // zh: Thunderbird account settings.
    ("zh", "账户名称：", Text, IGNORE, NO, TB_MAIN_ZH),
    ("zh", "您的姓名：", Text, IGNORE, NO, TB_MAIN_ZH),
    ("zh", "电子邮件：", Text, c(Email), NO, TB_MAIN_ZH),
    ("zh", "回复地址：", Text, IGNORE, NO, TB_MAIN_ZH),
    ("zh", "工作单位：", Text, IGNORE, NO, TB_MAIN_ZH),
    ("zh", "签名文字：", Text, IGNORE, NO, TB_MAIN_ZH),
    // zh: Thunderbird for Android.
    ("zh", "服务器", Text, c(Host), NO, K9_ZH),
    ("zh", "安全性", Select, c(Security), NO, K9_ZH),
    ("zh", "身份验证", Select, c(Auth), NO, K9_ZH),
    // zh: Nextcloud Mail.
    ("zh", "姓名", Text, IGNORE, NO, NC_ZH),
    ("zh", "邮箱", Text, c(Email), NO, NC_ZH),
    ("zh", "IMAP 主机", Text, c(Host), IN, NC_ZH),
    ("zh", "IMAP 安全", Select, c(Security), IN, NC_ZH),
    ("zh", "IMAP 端口", Text, c(Port), IN, NC_ZH),
    ("zh", "IMAP 用户", Text, c(Username), IN, NC_ZH),
    ("zh", "IMAP 密码", Pass, c(Password), IN, NC_ZH),
    ("zh", "SMTP 主机", Text, c(Host), OUT, NC_ZH),
    ("zh", "SMTP 安全", Select, c(Security), OUT, NC_ZH),
    ("zh", "SMTP 端口", Text, c(Port), OUT, NC_ZH),
    ("zh", "SMTP 用户", Text, c(Username), OUT, NC_ZH),
    ("zh", "SMTP 密码", Pass, c(Password), OUT, NC_ZH),
    // zh (zh-TW, traditional): Jenkins.
    ("zh", "SMTP 伺服器", Text, c(Host), OUT, JK_ZH),
    ("zh", "使用 SMTP 驗證", Check, c(Auth), OUT, JK_ZH),
    ("zh", "使用者名稱", Text, c(Username), NO, JK_ZH),
    ("zh", "使用 SSL", Check, c(Security), NO, JK_ZH),
    ("zh", "SMTP 連接埠", Text, c(Port), OUT, JK_ZH),
    ("zh", "回信信箱", Text, IGNORE, NO, JK_ZH),
    ("zh", "字元集", Text, IGNORE, NO, JK_ZH),
    ("zh", "測試信收件者", Text, IGNORE, NO, JK_ZH),
    // --- Captions from applications Portolan was not tuned on (appended). ---
    // en: RainLoop admin, domain popup (IMAP / SMTP server settings).
    ("en", "Port", Text, c(Port), NO, RL_EN),
    ("en", "Secure", Select, c(Security), NO, RL_EN),
    ("en", "Use authentication", Check, c(Auth), NO, RL_EN),
    ("en", "Use short login", Check, IGNORE, NO, RL_EN),
    ("en", "Use php mail() function", Check, IGNORE, NO, RL_EN),
    ("en", "Allow sieve scripts", Check, IGNORE, NO, RL_EN),
    ("en", "White List", Text, IGNORE, NO, RL_EN),
    ("en", "Require verification of SSL certificate used (IMAP/SMTP)", Check, IGNORE, NO, RL_EN),
    ("en", "Allow self signed certificates", Check, IGNORE, NO, RL_EN),
    // en: SnappyMail user strings (login, identities).
    ("en", "Email", Text, c(Email), NO, SM_EN),
    ("en", "Passphrase", Pass, c(Password), NO, SM_EN),
    ("en", "Reply-To", Text, IGNORE, NO, SM_EN),
    ("en", "Login", Text, c(Username), NO, SM_EN),
    ("en", "Signature", Text, IGNORE, NO, SM_EN),
    ("en", "Label", Text, IGNORE, NO, SM_EN),
    ("en", "Bcc", Text, IGNORE, NO, SM_EN),
    // en: Serendipity smtpmail plugin (its password box is a plain text box, and misspelled).
    ("en", "Host of SMTP server", Text, c(Host), OUT, S9Y_EN),
    ("en", "Port of SMTP server", Text, c(Port), OUT, S9Y_EN),
    ("en", "Host of POP3 server", Text, c(Host), IN, S9Y_EN),
    ("en", "Port of POP3 Servers", Text, c(Port), IN, S9Y_EN),
    ("en", "Method of authentification", Select, c(Auth), NO, S9Y_EN),
    ("en", "Use secure connection", Select, c(Security), NO, S9Y_EN),
    ("en", "Username", Text, c(Username), NO, S9Y_EN),
    ("en", "Pasword", Text, c(Password), NO, S9Y_EN),
    // en: ClearOS SMTP server app.
    ("en", "Relay Host", Text, c(Host), NO, CO_EN),
    ("en", "SMTP Authentication", Check, c(Auth), OUT, CO_EN),
    ("en", "Destination Domains", Text, IGNORE, NO, CO_EN),
    ("en", "Maximum Message Size", Text, IGNORE, NO, CO_EN),
    ("en", "Trusted Networks", Text, IGNORE, NO, CO_EN),
    ("en", "Block Plain-Text Passwords", Check, IGNORE, NO, CO_EN),
    // de: YetiForce CRM SMTP settings.
    ("de", "Host", Text, c(Host), NO, YF_DE),
    ("de", "Port", Text, c(Port), NO, YF_DE),
    ("de", "Username", Text, c(Username), NO, YF_DE),
    ("de", "Mailer Typ", Select, IGNORE, NO, YF_DE),
    ("de", "Sicherheitsprotokoll", Select, c(Security), NO, YF_DE),
    ("de", "Zusätzliche Parameter", Text, IGNORE, NO, YF_DE),
    ("de", "Sender Name", Text, IGNORE, NO, YF_DE),
    ("de", "Authentifikation", Check, c(Auth), NO, YF_DE),
    ("de", "Antwort an", Text, IGNORE, NO, YF_DE),
    ("de", "Individuelle Zustellung", Check, IGNORE, NO, YF_DE),
    ("de", "Sender E-Mail", Text, c(Email), NO, YF_DE),
    ("de", "Zertifikat validieren?", Check, IGNORE, NO, YF_DE),
    ("de", "Verzeichnis", Text, IGNORE, NO, YF_DE),
    // de: RainLoop admin, domain popup.
    ("de", "Authentifizierung verwenden", Check, c(Auth), NO, RL_DE),
    ("de", "Kurze Benutzernamen verwenden", Check, IGNORE, NO, RL_DE),
    ("de", "PHPs mail()-Funktion verwenden", Check, IGNORE, NO, RL_DE),
    ("de", "Sieve-Skripte erlauben", Check, IGNORE, NO, RL_DE),
    ("de", "Whitelist", Text, IGNORE, NO, RL_DE),
    ("de", "Verlangen, dass das verwendete SSL-Zertifikat beglaubigt ist (IMAP/SMTP)", Check, IGNORE, NO, RL_DE),
    ("de", "Selbst-signierte Zertifikate erlauben", Check, IGNORE, NO, RL_DE),
    // de: SnappyMail.
    ("de", "E-Mail", Text, c(Email), NO, SM_DE),
    ("de", "Nutzername", Text, c(Username), NO, SM_DE),
    ("de", "Anmeldung", Text, c(Username), NO, SM_DE),
    ("de", "Signatur", Text, IGNORE, NO, SM_DE),
    ("de", "Anzeigename", Text, IGNORE, NO, SM_DE),
    ("de", "BCC", Text, IGNORE, NO, SM_DE),
    // de: Serendipity smtpmail plugin.
    ("de", "Adresse des SMTP Servers", Text, c(Host), OUT, S9Y_DE),
    ("de", "Port des SMTP Servers", Text, c(Port), OUT, S9Y_DE),
    ("de", "Adresse des POP3 Servers", Text, c(Host), IN, S9Y_DE),
    ("de", "Port des POP3 Servers", Text, c(Port), IN, S9Y_DE),
    ("de", "Authentifizierungsmethode", Select, c(Auth), NO, S9Y_DE),
    ("de", "Sichere Verbindung nutzen", Select, c(Security), NO, S9Y_DE),
    ("de", "Paßwort", Text, c(Password), NO, S9Y_DE),
    // fr: YetiForce CRM.
    ("fr", "Hôte", Text, c(Host), NO, YF_FR),
    ("fr", "Port", Text, c(Port), NO, YF_FR),
    ("fr", "Nom d'utilisateur", Text, c(Username), NO, YF_FR),
    ("fr", "Type d'expéditeur", Select, IGNORE, NO, YF_FR),
    ("fr", "Protocole de sécurité", Select, c(Security), NO, YF_FR),
    ("fr", "Paramètres supplémentaires", Text, IGNORE, NO, YF_FR),
    ("fr", "Nom de l'expéditeur", Text, IGNORE, NO, YF_FR),
    ("fr", "Répondre à", Text, IGNORE, NO, YF_FR),
    ("fr", "Prénom", Text, IGNORE, NO, YF_FR),
    ("fr", "Dossier", Text, IGNORE, NO, YF_FR),
    ("fr", "Livraison individuelle", Check, IGNORE, NO, YF_FR),
    ("fr", "Voulez-vous valider le certificat ?", Check, IGNORE, NO, YF_FR),
    // fr: SnappyMail.
    ("fr", "Courriel", Text, c(Email), NO, SM_FR),
    ("fr", "Nom", Text, IGNORE, NO, SM_FR),
    ("fr", "Identifiant", Text, c(Username), NO, SM_FR),
    ("fr", "Signature", Text, IGNORE, NO, SM_FR),
    ("fr", "Nom à afficher", Text, IGNORE, NO, SM_FR),
    ("fr", "Cci", Text, IGNORE, NO, SM_FR),
    // fr: ClearOS SMTP server app.
    ("fr", "hôte relais", Text, c(Host), NO, CO_FR),
    ("fr", "authentification SMTP", Check, c(Auth), OUT, CO_FR),
    ("fr", "Domaines de destination", Text, IGNORE, NO, CO_FR),
    ("fr", "Message Taille maximale", Text, IGNORE, NO, CO_FR),
    ("fr", "Réseaux de confiance", Text, IGNORE, NO, CO_FR),
    ("fr", "Bloc Plain-texte des mots de passe", Check, IGNORE, NO, CO_FR),
    // es: YetiForce CRM.
    ("es", "Host", Text, c(Host), NO, YF_ES),
    ("es", "Puerto", Text, c(Port), NO, YF_ES),
    ("es", "Tipo de correo", Select, IGNORE, NO, YF_ES),
    ("es", "Protocolo de seguridad", Select, c(Security), NO, YF_ES),
    ("es", "Parámetros adicionales", Text, IGNORE, NO, YF_ES),
    ("es", "Nombre del remitente", Text, IGNORE, NO, YF_ES),
    ("es", "Responder a", Text, IGNORE, NO, YF_ES),
    ("es", "Correo del remitente", Text, c(Email), NO, YF_ES),
    // es: SnappyMail.
    ("es", "Email", Text, c(Email), NO, SM_ES),
    ("es", "Responder", Text, IGNORE, NO, SM_ES),
    ("es", "Login", Text, c(Username), NO, SM_ES),
    ("es", "Nombre a visualizar", Text, IGNORE, NO, SM_ES),
    ("es", "CCO (BCC)", Text, IGNORE, NO, SM_ES),
    // it: RainLoop admin, domain popup.
    ("it", "Server", Text, c(Host), NO, RL_IT),
    ("it", "porta", Text, c(Port), NO, RL_IT),
    ("it", "Sicuro", Select, c(Security), NO, RL_IT),
    ("it", "Utilizza autenticazione", Check, c(Auth), NO, RL_IT),
    ("it", "Utilizza login corto", Check, IGNORE, NO, RL_IT),
    ("it", "Usa la funzione mail() di PHP", Check, IGNORE, NO, RL_IT),
    ("it", "Abilita script sieve", Check, IGNORE, NO, RL_IT),
    ("it", "Nome dominio", Text, IGNORE, NO, RL_IT),
    ("it", "Whitelist", Text, IGNORE, NO, RL_IT),
    ("it", "Richiedi verifica dei certificati SSL (IMAP/SMTP)", Check, IGNORE, NO, RL_IT),
    ("it", "Abilita certificati autofirmati", Check, IGNORE, NO, RL_IT),
    // it: SnappyMail.
    ("it", "Email", Text, c(Email), NO, SM_IT),
    ("it", "Nome", Text, IGNORE, NO, SM_IT),
    ("it", "Nome utente", Text, c(Username), NO, SM_IT),
    ("it", "Passphrase", Pass, c(Password), NO, SM_IT),
    ("it", "Rispondi a", Text, IGNORE, NO, SM_IT),
    ("it", "Login", Text, c(Username), NO, SM_IT),
    ("it", "Nome visualizzato", Text, IGNORE, NO, SM_IT),
    ("it", "CCN", Text, IGNORE, NO, SM_IT),
    // it: ClearOS SMTP server app.
    ("it", "relay host", Text, c(Host), NO, CO_IT),
    ("it", "autenticazione SMTP", Check, c(Auth), OUT, CO_IT),
    ("it", "domini di destinazione", Text, IGNORE, NO, CO_IT),
    ("it", "Dimensione massima dei messaggi", Text, IGNORE, NO, CO_IT),
    ("it", "Reti attendibili", Text, IGNORE, NO, CO_IT),
    ("it", "Blocco testo semplice password", Check, IGNORE, NO, CO_IT),
    // pt (pt-BR): YetiForce CRM.
    ("pt", "Servidor", Text, c(Host), NO, YF_PT),
    ("pt", "Porta", Text, c(Port), NO, YF_PT),
    ("pt", "Nome de usuário", Text, c(Username), NO, YF_PT),
    ("pt", "Typo do Servidor", Select, IGNORE, NO, YF_PT),
    ("pt", "Protocolo de Segurança", Select, c(Security), NO, YF_PT),
    ("pt", "Parâmetros adicionais", Text, IGNORE, NO, YF_PT),
    ("pt", "Nome do Rementente", Text, IGNORE, NO, YF_PT),
    ("pt", "Responder para", Text, IGNORE, NO, YF_PT),
    ("pt", "E-mail do Remetente", Text, c(Email), NO, YF_PT),
    // pt (pt-BR): RainLoop admin, domain popup.
    ("pt", "Criptografia", Select, c(Security), NO, RL_PT),
    ("pt", "Usar autenticação", Check, c(Auth), NO, RL_PT),
    ("pt", "Usar login curto", Check, IGNORE, NO, RL_PT),
    ("pt", "Usar função php mail()", Check, IGNORE, NO, RL_PT),
    ("pt", "Permitir scripts sieve", Check, IGNORE, NO, RL_PT),
    ("pt", "Domínio", Text, IGNORE, NO, RL_PT),
    ("pt", "Lista branca", Text, IGNORE, NO, RL_PT),
    ("pt", "Exigir verificação do certificado SSL (IMAP/SMTP)", Check, IGNORE, NO, RL_PT),
    ("pt", "Permitir certificados auto-assinados", Check, IGNORE, NO, RL_PT),
    // pt (pt-BR): SnappyMail.
    ("pt", "E-mail", Text, c(Email), NO, SM_PT),
    ("pt", "Usuário", Text, c(Username), NO, SM_PT),
    ("pt", "Nome de exibição", Text, IGNORE, NO, SM_PT),
    ("pt", "Cco", Text, IGNORE, NO, SM_PT),
    // nl: RainLoop admin (security tab; the domain popup is untranslated).
    ("nl", "Verificatie van SSL certificaten (IMAP/SMTP)", Check, IGNORE, NO, RL_NL),
    ("nl", "Sta zelf ondertekende certificaten toe", Check, IGNORE, NO, RL_NL),
    // nl: SnappyMail.
    ("nl", "Gebruikersnaam", Text, c(Username), NO, SM_NL),
    ("nl", "Antwoordadres", Text, IGNORE, NO, SM_NL),
    ("nl", "Inlognaam", Text, c(Username), NO, SM_NL),
    ("nl", "Handtekening", Text, IGNORE, NO, SM_NL),
    ("nl", "Weergeven als", Text, IGNORE, NO, SM_NL),
    ("nl", "BCC", Text, IGNORE, NO, SM_NL),
    // nl: ClearOS SMTP server app.
    ("nl", "Relay Host", Text, c(Host), NO, CO_NL),
    ("nl", "SMTP-verificatie", Check, c(Auth), OUT, CO_NL),
    ("nl", "bestemming Domeinen", Text, IGNORE, NO, CO_NL),
    ("nl", "Maximum Message Size", Text, IGNORE, NO, CO_NL),
    ("nl", "Trusted Networks", Text, IGNORE, NO, CO_NL),
    ("nl", "Block Plain Text-wachtwoorden", Check, IGNORE, NO, CO_NL),
    // pl: YetiForce CRM.
    ("pl", "Host", Text, c(Host), NO, YF_PL),
    ("pl", "Port", Text, c(Port), NO, YF_PL),
    ("pl", "Typ mailera", Select, IGNORE, NO, YF_PL),
    ("pl", "Protokół bezpieczeństwa", Select, c(Security), NO, YF_PL),
    ("pl", "Parametry dodatkowe", Text, IGNORE, NO, YF_PL),
    ("pl", "Nazwa nadawcy", Text, IGNORE, NO, YF_PL),
    ("pl", "Autentykacja", Check, c(Auth), NO, YF_PL),
    ("pl", "Odpowiedz do", Text, IGNORE, NO, YF_PL),
    ("pl", "Dostawa indywidualna", Check, IGNORE, NO, YF_PL),
    ("pl", "Email nadawcy", Text, c(Email), NO, YF_PL),
    ("pl", "Czy walidować certyfikat?", Check, IGNORE, NO, YF_PL),
    ("pl", "Folder", Text, IGNORE, NO, YF_PL),
    // pl: RainLoop admin, domain popup.
    ("pl", "Serwer:", Text, c(Host), NO, RL_PL),
    ("pl", "Rodzaj połączenia:", Select, c(Security), NO, RL_PL),
    ("pl", "Użyj autoryzacji", Check, c(Auth), NO, RL_PL),
    ("pl", "Użyj krótkiego loginu", Check, IGNORE, NO, RL_PL),
    ("pl", "Użyj funkcji php: 'mail()'", Check, IGNORE, NO, RL_PL),
    ("pl", "Zezwól na skrypty sieve", Check, IGNORE, NO, RL_PL),
    ("pl", "Biała lista", Text, IGNORE, NO, RL_PL),
    ("pl", "Wymagaj sprawdzania poprawności certyfikatów SSL (IMAP/SMTP)", Check, IGNORE, NO, RL_PL),
    // pl: SnappyMail admin, domain popup.
    ("pl", "Rodzaj połączenia", Select, c(Security), NO, SM_ADMIN_PL),
    ("pl", "Limit czasu", Text, IGNORE, NO, SM_ADMIN_PL),
    ("pl", "Użyj uwierzytelnienia", Check, c(Auth), NO, SM_ADMIN_PL),
    ("pl", "Użyj loginu jako nadawcy", Check, IGNORE, NO, SM_ADMIN_PL),
    // pl: SnappyMail user strings.
    ("pl", "Odpisz do", Text, IGNORE, NO, SM_PL),
    ("pl", "Login", Text, c(Username), NO, SM_PL),
    ("pl", "Podpis", Text, IGNORE, NO, SM_PL),
    ("pl", "Nazwa wyświetlana", Text, IGNORE, NO, SM_PL),
    ("pl", "Kopia ukryta", Text, IGNORE, NO, SM_PL),
    // ru: YetiForce CRM.
    ("ru", "Хост", Text, c(Host), NO, YF_RU),
    ("ru", "Порт", Text, c(Port), NO, YF_RU),
    ("ru", "Имя пользователя", Text, c(Username), NO, YF_RU),
    ("ru", "Тип почтовой программы", Select, IGNORE, NO, YF_RU),
    ("ru", "Протокол безопасности", Select, c(Security), NO, YF_RU),
    ("ru", "Дополнительные параметры", Text, IGNORE, NO, YF_RU),
    ("ru", "Имя отправителя", Text, IGNORE, NO, YF_RU),
    ("ru", "Адрес для ответных писем", Text, IGNORE, NO, YF_RU),
    ("ru", "Почта отправителя", Text, c(Email), NO, YF_RU),
    ("ru", "Папка", Text, IGNORE, NO, YF_RU),
    ("ru", "Хотите утвердить сертификат?", Check, IGNORE, NO, YF_RU),
    // ru: RainLoop admin, domain popup.
    ("ru", "Использовать аутентификацию", Check, c(Auth), NO, RL_RU),
    ("ru", "Использовать короткий логин", Check, IGNORE, NO, RL_RU),
    ("ru", "Использовать mail() функцию", Check, IGNORE, NO, RL_RU),
    ("ru", "Разрешить sieve скрипты", Check, IGNORE, NO, RL_RU),
    ("ru", "Белый список", Text, IGNORE, NO, RL_RU),
    ("ru", "Требовать проверку SSL сертификата для IMAP и SMTP", Check, IGNORE, NO, RL_RU),
    ("ru", "Разрешить cамоподписанные сертификаты", Check, IGNORE, NO, RL_RU),
    // ru: SnappyMail.
    ("ru", "Почта", Text, c(Email), NO, SM_RU),
    ("ru", "Ответить-на", Text, IGNORE, NO, SM_RU),
    ("ru", "Логин", Text, c(Username), NO, SM_RU),
    ("ru", "Полное имя", Text, IGNORE, NO, SM_RU),
    ("ru", "Скрытая", Text, IGNORE, NO, SM_RU),
    // ja: SnappyMail.
    ("ja", "ユーザー名", Text, c(Username), NO, SM_JA),
    ("ja", "ログイン", Text, c(Username), NO, SM_JA),
    ("ja", "自動ログアウト", Select, IGNORE, NO, SM_JA),
    ("ja", "1ページに表示する件数", Select, IGNORE, NO, SM_JA),
    ("ja", "メッセージが既読となるまでの秒数", Select, IGNORE, NO, SM_JA),
    ("ja", "親フォルダ", Select, IGNORE, NO, SM_JA),
    // ja: ClearOS SMTP server app.
    ("ja", "中継ホスト", Text, c(Host), NO, CO_JA),
    ("ja", "SMTP認証", Check, c(Auth), OUT, CO_JA),
    ("ja", "宛先ドメイン", Text, IGNORE, NO, CO_JA),
    ("ja", "最大メッセージサイズ", Text, IGNORE, NO, CO_JA),
    ("ja", "トラステッドネットワーク", Text, IGNORE, NO, CO_JA),
    ("ja", "ブロックプレーンテキストのパスワード", Check, IGNORE, NO, CO_JA),
    // zh: SnappyMail.
    ("zh", "名称", Text, IGNORE, NO, SM_ZH),
    ("zh", "用户名", Text, c(Username), NO, SM_ZH),
    ("zh", "回复", Text, IGNORE, NO, SM_ZH),
    ("zh", "登录", Text, c(Username), NO, SM_ZH),
    ("zh", "显示名称", Text, IGNORE, NO, SM_ZH),
    ("zh", "密送", Text, IGNORE, NO, SM_ZH),
    ("zh", "邮件检查间隔", Select, IGNORE, NO, SM_ZH),
    ("zh", "自动登出", Select, IGNORE, NO, SM_ZH),
    ("zh", "父文件夹", Select, IGNORE, NO, SM_ZH),
    // zh: ClearOS SMTP server app.
    ("zh", "中继主机", Text, c(Host), NO, CO_ZH),
    ("zh", "SMTP认证", Check, c(Auth), OUT, CO_ZH),
    ("zh", "目标域", Text, IGNORE, NO, CO_ZH),
    ("zh", "最大邮件大小", Text, IGNORE, NO, CO_ZH),
    ("zh", "可信网络", Text, IGNORE, NO, CO_ZH),
    ("zh", "块纯文本密码", Check, IGNORE, NO, CO_ZH),
    // es: Roundcube (login form, identities, preferences).
    ("es", "Respuesta a", Text, IGNORE, NO, RC_ES),
    ("es", "Organización", Text, IGNORE, NO, RC_ES),
    ("es", "Correo", Text, c(Email), NO, RC_ES),
    ("es", "Cco", Text, IGNORE, NO, RC_ES),
    ("es", "Codificación", Select, IGNORE, NO, RC_ES),
    ("es", "Firma", Text, IGNORE, NO, RC_ES),
    ("es", "Juego de caracteres por defecto", Select, IGNORE, NO, RC_ES),
    ("es", "Zona horaria", Select, IGNORE, NO, RC_ES),
    ("es", "Filas por página", Text, IGNORE, NO, RC_ES),
    ("es", "Comprobar mensajes en línea", Select, IGNORE, NO, RC_ES),
    ("es", "Guardar mensaje enviado en", Select, IGNORE, NO, RC_ES),
    // nl: Roundcube.
    ("nl", "Antwoord-aan", Text, IGNORE, NO, RC_NL),
    ("nl", "Organisatie", Text, IGNORE, NO, RC_NL),
    ("nl", "E-Mail", Text, c(Email), NO, RC_NL),
    ("nl", "Bcc", Text, IGNORE, NO, RC_NL),
    ("nl", "karakterset", Select, IGNORE, NO, RC_NL),
    ("nl", "Onderschrift", Text, IGNORE, NO, RC_NL),
    ("nl", "Tijdszone", Select, IGNORE, NO, RC_NL),
    ("nl", "Rijen per pagina", Text, IGNORE, NO, RC_NL),
    ("nl", "Mapnaam", Text, IGNORE, NO, RC_NL),
    // ja: Roundcube.
    ("ja", "企業名", Text, IGNORE, NO, RC_JA),
    ("ja", "表示名", Text, IGNORE, NO, RC_JA),
    ("ja", "文字エンコード", Select, IGNORE, NO, RC_JA),
    ("ja", "署名", Text, IGNORE, NO, RC_JA),
    ("ja", "新着メールの確認間隔", Select, IGNORE, NO, RC_JA),
    ("ja", "送信済みメールの保存先", Select, IGNORE, NO, RC_JA),
    ("ja", "標準の文字セット", Select, IGNORE, NO, RC_JA),
    ("ja", "タイムゾーン", Select, IGNORE, NO, RC_JA),
    ("ja", "1 ページの表示件数", Text, IGNORE, NO, RC_JA),
    ("ja", "フォルダー名", Text, IGNORE, NO, RC_JA),
    // zh: Roundcube.
    ("zh", "回复至", Text, IGNORE, NO, RC_ZH),
    ("zh", "组织", Text, IGNORE, NO, RC_ZH),
    ("zh", "邮件地址", Text, c(Email), NO, RC_ZH),
    ("zh", "字符集", Select, IGNORE, NO, RC_ZH),
    ("zh", "签名", Text, IGNORE, NO, RC_ZH),
    ("zh", "默认字符集", Select, IGNORE, NO, RC_ZH),
    ("zh", "时区", Select, IGNORE, NO, RC_ZH),
    ("zh", "每页显示的邮件数量", Text, IGNORE, NO, RC_ZH),
    ("zh", "刷新间隔", Select, IGNORE, NO, RC_ZH),
    ("zh", "保存已发送邮件至", Select, IGNORE, NO, RC_ZH),
    // es: ClearOS SMTP server app.
    ("es", "Host de retransmisión", Text, c(Host), NO, CO_ES),
    ("es", "autenticación SMTP", Check, c(Auth), OUT, CO_ES),
    ("es", "Dominios de destino", Text, IGNORE, NO, CO_ES),
    ("es", "Tamaño máximo del mensaje", Text, IGNORE, NO, CO_ES),
    ("es", "Redes de confianza", Text, IGNORE, NO, CO_ES),
    ("es", "Bloque de texto sin formato contraseñas", Check, IGNORE, NO, CO_ES),
    // de: ClearOS SMTP server app.
    ("de", "Relay-Host", Text, c(Host), NO, CO_DE),
    ("de", "SMTP-Authentifizierung", Check, c(Auth), OUT, CO_DE),
    ("de", "Destination Domains", Text, IGNORE, NO, CO_DE),
    ("de", "Maximale Nachrichtengröße", Text, IGNORE, NO, CO_DE),
    ("de", "Trusted Networks", Text, IGNORE, NO, CO_DE),
    ("de", "Block Plain-Text Passwörter", Check, IGNORE, NO, CO_DE),
    // ru: ClearOS SMTP server app.
    ("ru", "реле хоста", Text, c(Host), NO, CO_RU),
    ("ru", "Аутентификация SMTP", Check, c(Auth), OUT, CO_RU),
    ("ru", "Направление Домены", Text, IGNORE, NO, CO_RU),
    ("ru", "Максимальный размер сообщения", Text, IGNORE, NO, CO_RU),
    ("ru", "Доверенные сети", Text, IGNORE, NO, CO_RU),
    ("ru", "Блок простые текстовые пароли", Check, IGNORE, NO, CO_RU),
    // pl: ClearOS SMTP server app.
    ("pl", "Przekaźnik Host", Text, c(Host), NO, CO_PL),
    ("pl", "Autoryzacja SMTP", Check, c(Auth), OUT, CO_PL),
    ("pl", "Wylot Domeny", Text, IGNORE, NO, CO_PL),
    ("pl", "Maksymalny rozmiar wiadomości", Text, IGNORE, NO, CO_PL),
    ("pl", "Zaufane Networks", Text, IGNORE, NO, CO_PL),
    ("pl", "Blok tekstowe Hasła", Check, IGNORE, NO, CO_PL),
    // fr: Roundcube.
    ("fr", "Nom d’utilisateur", Text, c(Username), NO, RC_FR),
    ("fr", "Organisation", Text, IGNORE, NO, RC_FR),
    ("fr", "Nom d’affichage", Text, IGNORE, NO, RC_FR),
    ("fr", "Enregistrer le courriel envoyé dans", Select, IGNORE, NO, RC_FR),
    ("fr", "Type d’éditeur", Select, IGNORE, NO, RC_FR),
    // it: Roundcube.
    ("it", "Nome Utente", Text, c(Username), NO, RC_IT),
    ("it", "Ccn", Text, IGNORE, NO, RC_IT),
    ("it", "Società", Text, IGNORE, NO, RC_IT),
    ("it", "Insieme di caratteri", Select, IGNORE, NO, RC_IT),
    ("it", "E-Mail", Text, c(Email), NO, RC_IT),
    ("it", "Salva i messaggi inviati in", Select, IGNORE, NO, RC_IT),
    ("it", "Tipo editor", Select, IGNORE, NO, RC_IT),
    // pt (pt-BR): Roundcube.
    ("pt", "Cópia Oculta (Cco)", Text, IGNORE, NO, RC_PT),
    ("pt", "Organização", Text, IGNORE, NO, RC_PT),
    ("pt", "Codificação", Select, IGNORE, NO, RC_PT),
    ("pt", "E-Mail", Text, c(Email), NO, RC_PT),
    ("pt", "Salvar mensagens enviadas em", Select, IGNORE, NO, RC_PT),
    ("pt", "Tipo de editor", Select, IGNORE, NO, RC_PT),
];

/// What an option of a real select means, decided from the application's semantics.
const IMPLICIT: Option<Sec> = Some(Sec::ImplicitTls);
const STARTTLS: Option<Sec> = Some(Sec::Starttls);
const PLAIN: Option<Sec> = Some(Sec::None);
/// Not a security option at all (an authentication method, "Autodetect").
const NOT_SECURITY: Option<Sec> = None;

/// One real select: (language, its (value, text) options in order, the meaning of each
/// option, source). Thunderbird's values live in its markup, not its l10n files, so its
/// options carry the text only.
type OptionRow = (
    &'static str,
    &'static [(&'static str, &'static str)],
    &'static [Option<Sec>],
    &'static str,
);

/// RainLoop's domain popup: one security select per server, values from its `ServerSecure`
/// enum (0 none, 1 SSL/TLS from the first byte, 2 STARTTLS).
const RL_SECURE: &[Option<Sec>] = &[PLAIN, IMPLICIT, STARTTLS];
/// Thunderbird's manual configuration: the connection security select.
const TB_SECURE: &[Option<Sec>] = &[NOT_SECURITY, PLAIN, STARTTLS, IMPLICIT];
/// Thunderbird's manual configuration: the outgoing authentication select (its localised
/// options; "Encrypted password" is CRAM-MD5, not transport security).
const TB_AUTH: &[Option<Sec>] = &[NOT_SECURITY, NOT_SECURITY, NOT_SECURITY, NOT_SECURITY];

/// The option lists.
#[rustfmt::skip]
const OPTION_ROWS: &[OptionRow] = &[
    // Serendipity smtpmail plugin: PHPMailer's SMTPSecure ('ssl' implicit, 'tls' STARTTLS), and
    // its authentication select. The texts are not translated.
    ("en", &[("0", "none"), ("ssl", "SSL"), ("tls", "TLS")], &[PLAIN, IMPLICIT, STARTTLS], S9Y_PHP),
    ("en", &[("0", "none"), ("1", "POP3 before SMTP"), ("2", "SMTP AUTH")], &[NOT_SECURITY, NOT_SECURITY, NOT_SECURITY], S9Y_PHP),
    // RainLoop admin, domain popup (SECURE_OPTION_NONE / _SSL / _STARTTLS).
    ("en", &[("0", "None"), ("1", "SSL/TLS"), ("2", "STARTTLS")], RL_SECURE, RL_EN),
    ("de", &[("0", "Ohne"), ("1", "SSL/TLS"), ("2", "STARTTLS")], RL_SECURE, RL_DE),
    ("it", &[("0", "Nessuna"), ("1", "SSL/TLS"), ("2", "STARTTLS")], RL_SECURE, RL_IT),
    ("pt", &[("0", "Nenhuma"), ("1", "SSL/TLS"), ("2", "STARTTLS")], RL_SECURE, RL_PT),
    ("pl", &[("0", "Bez zabezpieczeń"), ("1", "SSL/TLS"), ("2", "STARTTLS")], RL_SECURE, RL_PL),
    ("ru", &[("0", "Нет"), ("1", "SSL/TLS"), ("2", "STARTTLS")], RL_SECURE, RL_RU),
    // Thunderbird account setup, manual configuration: security (ssl-autodetect-option,
    // ssl-noencryption-option, STARTTLS, SSL/TLS) and outgoing authentication
    // (ssl-autodetect-option, ssl-no-authentication-option, ssl-cleartext-password-option,
    // ssl-encrypted-password-option).
    ("en", &[("", "Autodetect"), ("", "None"), ("", "STARTTLS"), ("", "SSL/TLS")], TB_SECURE, TB_SETUP_EN),
    ("en", &[("", "Autodetect"), ("", "No authentication"), ("", "Normal password"), ("", "Encrypted password")], TB_AUTH, TB_SETUP_EN),
    ("de", &[("", "Automatisch erkennen"), ("", "Keine Verbindungssicherheit"), ("", "STARTTLS"), ("", "SSL/TLS")], TB_SECURE, TB_SETUP_DE),
    ("de", &[("", "Automatisch erkennen"), ("", "Keine Authentifizierung"), ("", "Passwort, normal"), ("", "Verschlüsseltes Passwort")], TB_AUTH, TB_SETUP_DE),
    ("fr", &[("", "Autodétection"), ("", "Aucun"), ("", "STARTTLS"), ("", "SSL/TLS")], TB_SECURE, TB_SETUP_FR),
    ("fr", &[("", "Autodétection"), ("", "Pas d’authentification"), ("", "Mot de passe normal"), ("", "Mot de passe chiffré")], TB_AUTH, TB_SETUP_FR),
    ("es", &[("", "Detectar automáticamente"), ("", "Ninguna"), ("", "STARTTLS"), ("", "SSL/TLS")], TB_SECURE, TB_SETUP_ES),
    ("es", &[("", "Detectar automáticamente"), ("", "Sin autenticación"), ("", "Contraseña normal"), ("", "Contraseña cifrada")], TB_AUTH, TB_SETUP_ES),
    ("it", &[("", "Rilevamento automatico"), ("", "Nessuna"), ("", "STARTTLS"), ("", "SSL/TLS")], TB_SECURE, TB_SETUP_IT),
    ("it", &[("", "Rilevamento automatico"), ("", "Nessuna autenticazione"), ("", "Password normale"), ("", "Password crittata")], TB_AUTH, TB_SETUP_IT),
    ("pt", &[("", "Detectar automaticamente"), ("", "Nenhum"), ("", "STARTTLS"), ("", "SSL/TLS")], TB_SECURE, TB_SETUP_PT),
    ("pt", &[("", "Detectar automaticamente"), ("", "Sem autenticação"), ("", "Senha normal"), ("", "Senha criptografada")], TB_AUTH, TB_SETUP_PT),
    ("nl", &[("", "Autodetectie"), ("", "Geen"), ("", "STARTTLS"), ("", "SSL/TLS")], TB_SECURE, TB_SETUP_NL),
    ("nl", &[("", "Autodetectie"), ("", "Geen authenticatie"), ("", "Normaal wachtwoord"), ("", "Versleuteld wachtwoord")], TB_AUTH, TB_SETUP_NL),
    ("pl", &[("", "Wykryj"), ("", "Bez szyfrowania"), ("", "STARTTLS"), ("", "SSL/TLS")], TB_SECURE, TB_SETUP_PL),
    ("pl", &[("", "Wykryj"), ("", "Bez uwierzytelniania"), ("", "Zwykłe hasło"), ("", "Szyfrowane hasło")], TB_AUTH, TB_SETUP_PL),
    ("ru", &[("", "Автоопределение"), ("", "Нет"), ("", "STARTTLS"), ("", "SSL/TLS")], TB_SECURE, TB_SETUP_RU),
    ("ru", &[("", "Автоопределение"), ("", "Без аутентификации"), ("", "Обычный пароль"), ("", "Зашифрованный пароль")], TB_AUTH, TB_SETUP_RU),
    ("ja", &[("", "自動検出"), ("", "なし"), ("", "STARTTLS"), ("", "SSL/TLS")], TB_SECURE, TB_SETUP_JA),
    ("ja", &[("", "自動検出"), ("", "認証なし"), ("", "通常のパスワード認証"), ("", "暗号化されたパスワード認証")], TB_AUTH, TB_SETUP_JA),
    ("zh", &[("", "自动检测"), ("", "无"), ("", "STARTTLS"), ("", "SSL/TLS")], TB_SECURE, TB_SETUP_ZH),
    ("zh", &[("", "自动检测"), ("", "无须验证"), ("", "普通密码"), ("", "加密过的密码")], TB_AUTH, TB_SETUP_ZH),
];

/// The eleven languages, in report order.
const LANGS: [&str; 11] = [
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "ja", "zh",
];

fn control(caption: &str, kind: Kind) -> Control {
    let mut control = Control {
        tag: "input".into(),
        visible: true,
        ..Control::default()
    };
    match kind {
        Kind::Text => {
            control.kind = "text".into();
            control.labels = vec![caption.into()];
        }
        Kind::Pass => {
            control.kind = "password".into();
            control.labels = vec![caption.into()];
        }
        Kind::Check => {
            control.kind = "checkbox".into();
            control.caption = caption.into();
        }
        Kind::Select => {
            control.tag = "select".into();
            control.kind = "select-one".into();
            control.labels = vec![caption.into()];
        }
    }
    control
}

fn show(concept: Option<Concept>, side: Option<Side>) -> String {
    let concept = concept.map_or_else(|| "ignore".to_owned(), |c| format!("{c:?}"));
    match side {
        Some(s) => format!("{concept}/{s:?}"),
        None => concept,
    }
}

#[test]
fn the_table_covers_every_language() {
    for lang in LANGS {
        let rows: Vec<&Row> = ROWS.iter().filter(|r| r.0 == lang).collect();
        assert!(rows.len() >= 12, "{lang}: only {} captions", rows.len());
        for concept in [Host, Port, Username, Password, Security, Email] {
            assert!(
                rows.iter().any(|r| r.3 == Some(concept)),
                "{lang}: no {concept:?} caption"
            );
        }
        assert!(rows.iter().any(|r| r.3.is_none()), "{lang}: no negative");
        assert!(
            rows.iter().any(|r| r.4 == IN),
            "{lang}: no incoming caption"
        );
        assert!(
            rows.iter().any(|r| r.4 == OUT),
            "{lang}: no outgoing caption"
        );
    }
    for (i, a) in ROWS.iter().enumerate() {
        assert!(LANGS.contains(&a.0), "unknown language {}", a.0);
        assert!(
            !ROWS[..i].iter().any(|b| b.0 == a.0 && b.1 == a.1),
            "{} {:?} twice",
            a.0,
            a.1
        );
    }
}

#[test]
fn lexicon_coverage() {
    let mut total = 0usize;
    let mut hits = 0usize;
    let mut per_lang = Vec::new();
    println!("misses (lang, caption, control: expected -> got; source):");
    for lang in LANGS {
        let mut n = 0usize;
        let mut ok = 0usize;
        for &(l, caption, kind, concept, side, source) in ROWS {
            if l != lang {
                continue;
            }
            n += 1;
            let got = classify(&control(caption, kind));
            let got_side = got.own_side.decide();
            let hit = got.concept == concept && (side.is_none() || got_side == side);
            if hit {
                ok += 1;
            } else {
                println!(
                    "  MISS {lang} {caption:?} ({kind:?}): expected {} -> got {}; {source}",
                    show(concept, side),
                    show(got.concept, got_side),
                );
            }
        }
        per_lang.push((lang, ok, n));
        total += n;
        hits += ok;
    }
    println!("coverage per language:");
    for (lang, ok, n) in &per_lang {
        println!(
            "  {lang}: {ok}/{n} = {:.1}%",
            100.0 * *ok as f64 / *n as f64
        );
    }
    let overall = 100.0 * hits as f64 / total as f64;
    println!("overall: {hits}/{total} = {overall:.1}% (floor {FLOOR:.1}%)");
    assert!(
        overall >= FLOOR,
        "lexicon coverage {overall:.1}% fell below the floor of {FLOOR:.1}%"
    );
}

fn show_security(meaning: Option<Sec>) -> &'static str {
    match meaning {
        Some(Sec::ImplicitTls) => "implicit-tls",
        Some(Sec::Starttls) => "starttls",
        Some(Sec::None) => "none",
        None => "not-security",
    }
}

#[test]
fn the_option_table_covers_every_language() {
    for lang in LANGS {
        let rows: Vec<&OptionRow> = OPTION_ROWS.iter().filter(|r| r.0 == lang).collect();
        assert!(
            rows.iter()
                .any(|r| r.2.contains(&STARTTLS) && r.2.contains(&IMPLICIT)),
            "{lang}: no security select"
        );
        assert!(
            rows.iter().any(|r| r.2.iter().all(Option::is_none)),
            "{lang}: no authentication select"
        );
    }
    for (lang, options, meanings, source) in OPTION_ROWS {
        assert!(LANGS.contains(lang), "unknown language {lang}");
        assert_eq!(
            options.len(),
            meanings.len(),
            "{lang} {options:?}: one meaning per option ({source})"
        );
    }
}

#[test]
fn option_text_coverage() {
    let mut total = 0usize;
    let mut hits = 0usize;
    let mut per_lang = Vec::new();
    println!("option misses (lang, select, option: expected -> got; source):");
    for lang in LANGS {
        let mut n = 0usize;
        let mut ok = 0usize;
        for &(l, options, meanings, source) in OPTION_ROWS {
            if l != lang {
                continue;
            }
            let choices: Vec<ChoiceOption> = options
                .iter()
                .map(|&(value, text)| ChoiceOption {
                    value: value.into(),
                    text: text.into(),
                    ..ChoiceOption::default()
                })
                .collect();
            let got = security_meanings(&choices, None);
            let texts: Vec<&str> = options.iter().map(|o| o.1).collect();
            for (i, &expected) in meanings.iter().enumerate() {
                n += 1;
                let found = got.get(i).copied().flatten();
                if found == expected {
                    ok += 1;
                } else {
                    println!(
                        "  MISS {lang} {texts:?} {:?}: expected {} -> got {}; {source}",
                        options[i].1,
                        show_security(expected),
                        show_security(found),
                    );
                }
            }
        }
        per_lang.push((lang, ok, n));
        total += n;
        hits += ok;
    }
    println!("option coverage per language:");
    for (lang, ok, n) in &per_lang {
        println!(
            "  {lang}: {ok}/{n} = {:.1}%",
            100.0 * *ok as f64 / *n as f64
        );
    }
    let overall = 100.0 * hits as f64 / total as f64;
    println!("options overall: {hits}/{total} = {overall:.1}% (floor {OPTION_FLOOR:.1}%)");
    assert!(
        overall >= OPTION_FLOOR,
        "option coverage {overall:.1}% fell below the floor of {OPTION_FLOOR:.1}%"
    );
}
