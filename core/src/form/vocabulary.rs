//! Label vocabularies: the words mail setup forms use for each concept, per language (en, de,
//! fr, es, it, pt, nl, pl, ru, ja, zh). Terms are written normalised (see [`super::text`]):
//! lower-case, accents folded, punctuation as spaces. Latin terms shorter than six characters
//! match at a token start; longer and CJK terms match anywhere (German compounds, no spaces in
//! Japanese and Chinese).

use super::text::{Pieces, contains_term};
use crate::prelude::*;

/// What a piece of text can say about a control.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Concept {
    /// A server host name.
    Host,
    /// A port number.
    Port,
    /// Connection security / encryption.
    Security,
    /// A login name.
    Username,
    /// A password.
    Password,
    /// An email (account or sender) address.
    Email,
    /// The protocol or account type (IMAP / POP3).
    Protocol,
    /// "Server requires authentication".
    Auth,
    /// The incoming side (IMAP, POP3, receiving).
    Incoming,
    /// The outgoing side (SMTP, sending).
    Outgoing,
    /// A person's or sender's display name: not a mail setting Portolan fills.
    DisplayName,
    /// Recipients, test addresses, reply-to: addresses that are not the account's.
    Recipient,
    /// Settings next to mail settings that Portolan leaves alone (timeouts, folders, ...).
    Unrelated,
    /// Another system's settings (database, administrator account, proxy).
    Foreign,
    /// A bare "address" word: a host, unless an email word makes it an email address.
    Address,
    /// An explicit "email address" phrase: an address even beside a name ("Name (email address)").
    EmailAddress,
}

impl Concept {
    /// Its name in lower case, as a signal shows it ("incoming", "displayname").
    pub fn label(self) -> &'static str {
        match self {
            Concept::Host => "host",
            Concept::Port => "port",
            Concept::Security => "security",
            Concept::Username => "username",
            Concept::Password => "password",
            Concept::Email => "email",
            Concept::Protocol => "protocol",
            Concept::Auth => "auth",
            Concept::Incoming => "incoming",
            Concept::Outgoing => "outgoing",
            Concept::DisplayName => "displayname",
            Concept::Recipient => "recipient",
            Concept::Unrelated => "unrelated",
            Concept::Foreign => "foreign",
            Concept::Address => "address",
            Concept::EmailAddress => "emailaddress",
        }
    }
}

/// (concept, terms): one row per language, so a missing language is easy to see. A row's terms
/// are one string split at `|` when read: a table of string slices costs eight bytes of
/// pointers per term in the wasm, and the extension's size budget is tight.
type Table = &'static [(Concept, &'static str)];

/// The vocabulary, all languages.
#[rustfmt::skip]
pub const VOCABULARY: Table = &[
    // Host / server.
    (Concept::Host, "host|hostname|server|smarthost|relayhost|smtp gateway|mail gateway|email gateway"),
    (Concept::Host, "rechner"),            // de
    (Concept::Host, "serveur|hote"),                     // fr
    (Concept::Host, "servidor|anfitrion|nombre de la maquina|nombre de maquina|nome da maquina"),                            // es, pt
    (Concept::Host, "serwer"),                                           // pl
    (Concept::Host, "сервер|хост|узел"),                                   // ru
    (Concept::Host, "サーバ|ホスト|メール ゲートウェイ|メールゲートウェイ"),                                 // ja
    (Concept::Host, "服务器|主机|伺服器|邮件网关|郵件閘道"),                         // zh
    (Concept::Host, "서버|호스트"),                                             // ko
    // A bare "address": the server's, unless an email word says it is an email address.
    (Concept::Address, "address|adresse|direccion|endereco|indirizzo|adres|адрес|地址"),
    // Port.
    (Concept::Port, "port|portnummer|serverport|serverpoort|puerto|poort|порт|ポート|ポート番号|端口|埠"),
    (Concept::Port, "포트"),                                                    // ko
    // Security.
    (Concept::Security, "security|secure|encrypt|ssl|tls|starttls|use smtps|use imaps|use pop3s|enable smtps"),
    (Concept::Security, "verschlusselung|verschlusselt|sicherheit|sichere verbindung"), // de
    (Concept::Security, "chiffrement|securite|connexion securisee"), // fr
    (Concept::Security, "cifrado|seguridad|encriptacion"),           // es
    (Concept::Security, "crittografia|sicur|cifratura"),         // it
    (Concept::Security, "criptografia|seguranca|encriptacao"),       // pt
    (Concept::Security, "beveiliging|beveiligd|versleuteling"),      // nl
    (Concept::Security, "szyfrowanie|zabezpiecz|bezpieczenst|rodzaj polaczenia"), // pl
    (Concept::Security, "шифрование|безопасн|защищенн|защищённ|защита соединения"), // ru
    (Concept::Security, "暗号化|セキュリティ|セキュア|接続の保護"),             // ja
    (Concept::Security, "加密|安全"),                                   // zh
    (Concept::Security, "보안|암호화"),                                         // ko
    // Username.
    (Concept::Username, "user|username|login|logon|userid|account name|server account|smtp account"),
    (Concept::Username, "benutzer|anmeldename|nutzername"),         // de
    (Concept::Username, "utilisateur|identifiant"), // fr
    (Concept::Username, "usuario|cuenta del servidor|cuenta smtp"),                    // es
    (Concept::Username, "utente|credenziali"),                           // it
    (Concept::Username, "utilizador"),                   // pt
    (Concept::Username, "gebruiker|aanmelding|inlognaam"),                     // nl
    (Concept::Username, "uzytkownik|konto$"),                 // pl
    (Concept::Username, "пользовател|логин|учетная запись"), // ru
    (Concept::Username, "ユーザ|アカウント|ログイン|認証用 id"),                // ja
    (Concept::Username, "用户|账号|帐号|账户|帳號|使用者|登录"),  // zh
    (Concept::Username, "사용자|아이디|계정|로그인"),                             // ko
    // Password.
    (Concept::Password, "password|passwd|pass|pwd|kennwort|passwort|contrasena|clave|senha|wachtwoord|haslo|пароль|パスワード|密码|密碼|授权码|授權碼"),
    (Concept::Password, "비밀번호|패스워드"),                                   // ko
    // Email / sender address. "email$" is whole-word: "Emails per fetch" is not an address.
    (Concept::EmailAddress, "emailaddress|mail address|email address|e mail adresse|adresse e mail|adresse electronique|indirizzo email|indirizzo e mail|endereco de e mail|endereco de email|e mailadres|emailadres|adres e mail|adres email|адрес почты|адрес электронной почты|メールアドレス|邮件地址|邮箱地址"),
    (Concept::Email, "email$|e mail$|from|sender|mailfrom"),
    (Concept::Email, "von adresse"),                                   // de
    (Concept::Email, "expediteur|expedition|adresse e mail|adresse electronique|courriel"), // fr
    (Concept::Email, "remitente|correo"),             // es
    (Concept::Email, "mittente|indirizzo email|indirizzo e mail|indirizzo di posta"),       // it
    (Concept::Email, "remetente|endereco de e mail|endereco de email|endereco de correio"),  // pt
    (Concept::Email, "afzender|e mailadres|emailadres|van adres"),       // nl
    (Concept::Email, "nadawca|nadawcy|adres e mail|adres email|adres mailowy"),     // pl
    (Concept::Email, "отправител|электронной почты|почта|адрес почты|почтовый адрес"), // ru
    (Concept::Email, "メールアドレス|送信者|差出人|送信元"),          // ja
    (Concept::Email, "邮箱|电子邮件|邮件地址|发件人|發件人|郵箱|发信人"), // zh
    (Concept::Email, "메일 주소|보내는 사람|발신자|발신인|발송자"),   // ko
    // Protocol / account type.
    (Concept::Protocol, "protocol|account type|server type|mailbox type|protokol|протокол|тип сервера|プロトコル|協議|协议|服务器类型"),
    (Concept::Protocol, "프로토콜|서버 유형|계정 유형"),                        // ko
    // "Requires authentication".
    (Concept::Auth, "authentication|authenticate|auth|authorization|use credentials|require credentials|requires credentials|inloggegevens vereist"),
    (Concept::Auth, "authentifizierung|anmeldung erforderlich|authentifiziert"), // de
    (Concept::Auth, "authentification|identification requise"),                   // fr
    (Concept::Auth, "autenticacion|autenticazione|autenticacao|authenticatie|authenticeren|uwierzytelni|autentykacj|autoryzacj"), // es it pt nl pl
    (Concept::Auth, "аутентификац|авторизац|подлинност"),                                    // ru
    (Concept::Auth, "認証|验证|认证|驗證"),                     // ja zh
    (Concept::Auth, "인증"),                                                    // ko
    // Incoming side.
    (Concept::Incoming, "incoming|inbound|receive$|receiving|fetch|fetching|retrieval|imap|pop|apop|mailbox|collector"),
    (Concept::Incoming, "eingehend|posteingang|empfang|abruf"),  // de
    (Concept::Incoming, "entrant|reception|releve"),               // fr
    (Concept::Incoming, "entrada|recepcion|recebimento"), // es pt
    (Concept::Incoming, "in arrivo|ricezione|in entrata"),                       // it
    (Concept::Incoming, "inkomend|binnenkomend|ontvangen"),        // nl
    (Concept::Incoming, "przychodzac|odbior"),                        // pl
    (Concept::Incoming, "входящ|получени"),                           // ru
    (Concept::Incoming, "受信|メールチェック"),                       // ja
    (Concept::Incoming, "收信|接收|收件服务器|收取"),           // zh
    (Concept::Incoming, "받는 메일|수신|가져오기"),                              // ko
    // Outgoing side.
    (Concept::Outgoing, "outgoing|outbound|send|sending|smtp|submission|relay|mailer|delivery|transport"),
    (Concept::Outgoing, "ausgehend|postausgang|versand"),          // de
    (Concept::Outgoing, "sortant|envoi"),                             // fr
    (Concept::Outgoing, "saliente|salida|envio|saida"),         // es pt
    (Concept::Outgoing, "uscita|invio"),                 // it
    (Concept::Outgoing, "uitgaand|verzend"),             // nl
    (Concept::Outgoing, "wychodzac|wysylk"),                          // pl
    (Concept::Outgoing, "исходящ|отправк"),                           // ru
    (Concept::Outgoing, "送信"),                     // ja
    (Concept::Outgoing, "发信|发送|外发|發送|寄件|发件服务器"),         // zh
    (Concept::Outgoing, "보내는 메일|발신|발송|송신"),                           // ko
    // Display names (negative for email and username).
    (Concept::DisplayName, "fromname|nickname|sendername|name"),
    (Concept::DisplayName, "nombre|nom|naam|nazwa|имя|名前|名称|昵称|暱稱|ニックネーム|送信者名|送信元名|发件人名|anzeigename|weergavenaam|表示名|差出人名|发件人姓名"),
    (Concept::DisplayName, "이름"),                                             // ko
    // Recipients, reply-to, contact and test addresses: not the account's.
    (Concept::Recipient, "recipient|receiver|test|prueba|di prova|testow|тестов|テスト|essai|bounce|return address|endereco de retorno|direccion de retorno|adresse de retour|indirizzo di ritorno|rucksendeadresse|адрес возврата|forward|weiterleit|transferer|reenvi|inoltr|encaminh|doorstuur|przekazyw|przekierow|пересыл|転送|转发|轉寄|redirec|reindirizz|umleit|doorverwijz|переадрес|email to$|mail to$|correo electronico a$|correo a$|email an$|mail an$|to email|to address|reply|replyto|return path|envelope|enveloppe|bcc|cc|admin email|contact|notification e mail|notification email"),
    (Concept::Recipient, "수신자|받는 사람|테스트"),                             // ko
    (Concept::Recipient, "接收邮件的地址|接收邮件地址"),                     // zh: the address mail goes to
    (Concept::Recipient, "copia oculta|copie cachee|blindkopie|copia nascosta|kopia ukryta|скрытая копия|administrator|administrador|administrateur|amministratore|beheerder|администратор|zustelladresse|delivery address|empfanger|antwort|kontakt|destinataire|reponse|destinatario|respuesta|contatto|resposta|contato|ontvanger|antwoord|odbiorc|odpowiedz|получател|ответ|受信者|宛先|返信|收件人|接收邮箱|收件邮箱|测试|回复|rispost|rispondi|zwrotny"),
    // "Send ... to this address", "Reply to", deliveries: where mail goes, not who sends it.
    (Concept::Recipient, "notifications$|benachrichtigungen$|systembenachrichtigungen$|notifiche$|notificaciones$|notificacoes$|meldingen$|powiadomien$|уведомлений$|通知先|to this address|an diese adresse|a cette adresse|a esta direccion|a questo indirizzo|para este endereco|naar dit adres|na ten adres|на этот адрес|このアドレス|此地址|to these addresses|email addresses|e mail addresses|e mail adressen|adresses e mail|direcciones de correo|indirizzi email|indirizzi e mail|enderecos de e mail|enderecos de email|e mailadressen|emailadressen|adresy e mail|adresy email|адреса электронной почты|a ces adresses|a estas direcciones|a questi indirizzi|para estes enderecos|naar deze adressen|na te adresy|на эти адреса|responder|livraison|entrega|consegna|bezorg|dostarcz|доставк"),
    // Neighbouring settings that are not Portolan's business.
    (Concept::Unrelated, "smtpd|timeout|time out|zeitlimit|zeituberschreitung|delai|tiempo de espera|limite de tempo|tempo di attesa|таймаут|время ожидания|タイムアウト|超时|逾时|ritardo|verzogerung|retard|retraso|atraso|vertraging|opoznienie|задержка|遅延|延迟|interval|folder|directory|signature|subject|limit|delay|batch|frequency|charset|encoding|debug|log$|logging|api key|client id|client secret|tenant|queue|priority|domain|helo|ehlo|hello|dns|keep|delete|leave|minutes|seconds|period|archive|spam|filter|department|mailer type|signing|dkim|max|size|client host|local hostname|local host name|token$|expiration|expiry|failure|attempts"),
    (Concept::Unrelated, "verify|validate|validation|cert|insecure|skip|auto tls|autotls|automatically|automatisch$|automatiquement|strict transport|hsts|alert|ignore|error|errors|https|無視|忽略|header|lote|tamanho|tamano|taille|grosse|dimensione|rozmiar|размер|サイズ|大小|backup|fallback|secondary|connection string|prefix|suffix|sendmail|sufijo|sufixo|suffisso|achtervoegsel|przyrostek|суффикс|サフィックス|后缀|standardendung"),
    (Concept::Unrelated, "path|pfad|serverpfad|zertifikat|uberpruf|ordner|betreff|certificat|chaine de connexion|dossier|objet|certificado|carpeta|asunto|pasta|assunto|cartella|oggetto|verific|onderwerp|weryfik|certyfikat|temat|проверк|сертификат|папк|тема|証明書|フォルダ|件名|证书|文件夹|主题|标题|標題|タイトル"),
    (Concept::Unrelated, "인증서|시간 초과|제목"),                               // ko
    // Certificate fingerprints ("SSL-Fingerabdruck") and second factors ("Zwei-Faktor-
    // Authentifizierung") are no security or authentication switch of the mail connection.
    (Concept::Unrelated, "fingerprint|fingerabdruck|empreinte|huella digital|impronta|impressao digital|vingerafdruk|odcisk palca|отпечаток|フィンガープリント|指纹|two factor|2fa|zwei faktor|deux facteurs|double authentification|dos factores|due fattori|dois fatores|tweestaps|twee factor|dwuskladnikow|двухфактор|2段階|二要素|双因素|两步验证|二次验证|2단계"),
    // This system's own side: its internal mail server (Koozali's delegate server), a local
    // user that fetched mail is delivered to (ClearOS).
    (Concept::Unrelated, "internal|interno|interne$|interner|interna$|intern$|wewnetrzn|внутренн|内部|local user|usuario local|utente locale|utilisateur local|lokaler benutzer|lokale gebruiker|uzytkownik lokalny|локальный пользовател|ローカルユーザ|本地用户"),
    // Sign-ups and locales are the application's own settings ("Autoriser l'inscription",
    // Sentry's `auth.allow-registration`; web2project's "Host Locale").
    (Concept::Unrelated, "registration|sign up|signup|inscription|registrierung|registrazione|registratie|rejestracj|регистрац|登録|注册|註冊|locale$"),
    // Time zones ("Fuseau horaire du site (ex. Europe/Paris, GMT = utiliser celui du serveur)").
    (Concept::Unrelated, "timezone|time zone|zeitzone|fuseau horaire|zona horaria|fuso orario|fuso horario|tijdzone|strefa czasowa|часовой пояс|タイムゾーン|时区|時區|시간대"),
    // A page's search and jump boxes ("Search", "Jump to...", Koha's `findborrower`).
    (Concept::Unrelated, "encryption key|user agent|useragent|private key|auth key|authentication key|密钥|秘钥|接口|api url|oauth|o auth|code|コード|代码"),
    (Concept::Unrelated, "webhook|次 smtp|备用|備用|keyword|search|find|jump to|jump menu|suche|suchen|recherche|buscar|busqueda|pesquis|cerca|ricerca|zoek|szukaj|wyszuk|поиск|検索|搜索"),
    // The application's own pages and looks (Admidio's "Startseite (angemeldete Benutzer)",
    // dotProject's "Default User Interface Style") and its count of failed logins before an
    // account is locked (e-Sales Manager's "ログイン失敗回数"), how long it stays locked, and the
    // shortest user name or password allowed (dotProject's `username_min_len`).
    (Concept::Unrelated, "homepage|home page|startseite|page d accueil|pagina de inicio|pagina iniziale|pagina inicial|startpagina|strona glowna|главная страница|ホームページ|首页|theme|skin|interface style|failed login|login fail|fehlversuch|tentatives de connexion|intentos de inicio|tentativi di accesso|tentativas de login|inlogpogingen|nieudane logowan|неудачн|失敗回数|失败次数|lockout|account lock|kontosperr|verrouillage|bloqueo|blocco|bloqueio|blokad|блокировк|アカウント停止|ロック|锁定|min len|length$|minimum length|mindestlange|longueur minimale|longitud minima|lunghezza minima|comprimento minimo|minimale lengte|minimalna dlugosc|минимальная длина|最小長|最小长度"),
    // Captchas by their Chinese name ("是否开启图形验证码", dujiaoka: the application's own
    // login, as "captcha" below); a bare 验证码 is also the authorisation code QQ Mail gives
    // as an SMTP password.
    (Concept::Unrelated, "图形验证码|图片验证码|圖形驗證碼"),
    // Other systems' settings: a heading or legend with these vetoes the mail roles below it.
    (Concept::Foreign, "caldav|cal dav|carddav|card dav|webdav|web dav|ntp|sntp|time server|timeserver|zeitserver|serveur de temps|servidor de hora|servidor de tiempo|server orario|tijdserver|serwer czasu|сервер времени|タイムサーバ|时间服务器|sieve|managesieve|web user|web password|web login|hash|client secret|api secret|secret key|mysql|mariadb|postgres|sqlite|redis|mongodb|jabber|xmpp|sms$|httpd|web interface|webinterface|pin$|code pin|pincode|db$|dbuser|dbpass|admin pass|admin user|admin login|administrator pass|database|datenbank|base de donnees|base de datos|banco de dados|baza danych|база данных|データベース|数据库|資料庫|admin account|administrator account|管理员|管理者|ldap|proxy|ftp|paypal|pay pal|stripe$|twilio|captcha|pgp$|gpg$|openpgp|access secret|app secret|ssh$|oidc|openid|saml$|passphrase|pfx$|pkcs|keystore|http$|run user|system user|系统用户|システムユーザ|fake|dummy|firebase|fcm|sendgrid|send grid|mailgun|mailjet|sparkpost|spark post|postmark|mandrill|sendinblue|elasticemail|elastic email|smdr|syslog|snmp|radius|trap|团体名|團體名|rss"),
    // News servers (NZBGet's "Host name of news server") and messengers (dujiaoka's Telegram
    // user id for order pushes) are other services than mail.
    (Concept::Foreign, "news server|newsserver|nntp|usenet|telegram|whatsapp"),
];

/// A 1024-bit set of the byte pairs in a text: a term whose pairs are not all in the set
/// cannot occur in it, which skips most of the vocabulary without a substring search. The
/// set folded to 64 bits comes first: one AND turns most terms away.
struct Pairs([u64; 16], u64);

impl Pairs {
    fn slot(pair: &[u8]) -> u16 {
        ((u16::from(pair[0]) * 31) ^ u16::from(pair[1])) & 1023
    }

    fn of(text: &str) -> Pairs {
        let mut bits = [0u64; 16];
        let mut folded = 0;
        for pair in text.as_bytes().windows(2) {
            let i = Self::slot(pair);
            bits[usize::from(i >> 6)] |= 1 << (i & 63);
            folded |= 1 << (i & 63);
        }
        Pairs(bits, folded)
    }

    fn has(&self, i: u16) -> bool {
        self.0[usize::from(i >> 6)] & (1 << (i & 63)) != 0
    }

    /// Whether every byte pair of a term occurs in the text.
    fn may_contain(&self, term: &Term) -> bool {
        if term.folded & !self.1 != 0 {
            return false;
        }
        // A loop, not `all`: the size-optimised wasm build would call a closure per pair.
        for pair in term.body().as_bytes().windows(2) {
            if !self.has(Self::slot(pair)) {
                return false;
            }
        }
        true
    }
}

/// One vocabulary term: its concept, its text (`$` kept: [`contains_term`] reads it), and the
/// 64-bit fold of its byte pairs' slots, computed once.
struct Term {
    concept: Concept,
    text: &'static str,
    folded: u64,
}

impl Term {
    /// The text without its whole-word mark.
    fn body(&self) -> &'static str {
        self.text.strip_suffix('$').unwrap_or(self.text)
    }

    /// The pair-filter slot of its first byte pair (0 for a term shorter than two bytes,
    /// which the tests rule out).
    fn first_slot(&self) -> usize {
        self.body()
            .as_bytes()
            .get(..2)
            .map_or(0, |p| usize::from(Pairs::slot(p)))
    }
}

/// Most terms the index can hold: the candidates of a text are marked in a bit set this big.
const MAX_TERMS: usize = 1024;

/// The vocabulary's terms in table order, and for each pair slot a list of the terms whose
/// first byte pair falls in it (`head[slot]`, then `next[term]`, until [`NONE`]): a text's
/// candidates are found from the pairs it has, a few dozen, instead of by testing all eight
/// hundred terms.
struct Index {
    terms: Vec<Term>,
    head: [u16; 1024],
    next: [u16; MAX_TERMS],
}

/// The end of a list in [`Index`].
const NONE: u16 = u16::MAX;

/// The index, built once on first use.
fn index() -> &'static Index {
    static INDEX: spin::Once<Index> = spin::Once::new();
    INDEX.call_once(|| {
        let mut terms = Vec::new();
        for (concept, row) in VOCABULARY {
            for text in row.pieces(b'|') {
                let mut folded = 0;
                for pair in text.strip_suffix('$').unwrap_or(text).as_bytes().windows(2) {
                    folded |= 1 << (Pairs::slot(pair) & 63);
                }
                terms.push(Term {
                    concept: *concept,
                    text,
                    folded,
                });
            }
        }
        // Every term has two bytes or more, and there are no more than MAX_TERMS: the tests
        // check both.
        terms.truncate(MAX_TERMS);
        let mut head = [NONE; 1024];
        let mut next = [NONE; MAX_TERMS];
        // Backwards, so that each list is in table order.
        for n in (0..terms.len()).rev() {
            let slot = terms[n].first_slot();
            next[n] = head[slot];
            head[slot] = n as u16;
        }
        Index { terms, head, next }
    })
}

/// The concepts `text` (normalised) mentions, in vocabulary order, without duplicates. The
/// terms looked at are those whose first byte pair the text has (from the index) and whose
/// other pairs it has too, in table order.
pub fn concepts(text: &str) -> Vec<Concept> {
    let mut out: Vec<Concept> = Vec::new();
    if text.is_empty() {
        return out;
    }
    let index = index();
    let pairs = Pairs::of(text);
    let mut marked = [0u64; MAX_TERMS / 64];
    for (w, &bits) in pairs.0.iter().enumerate() {
        let mut rest = bits;
        while rest != 0 {
            let mut n = index.head[w * 64 + rest.trailing_zeros() as usize];
            rest &= rest - 1;
            while let Some(word) = marked.get_mut(usize::from(n >> 6)) {
                *word |= 1 << (n & 63);
                n = index.next.get(usize::from(n)).copied().unwrap_or(NONE);
            }
        }
    }
    for (w, &bits) in marked.iter().enumerate() {
        let mut rest = bits;
        while rest != 0 {
            let n = w * 64 + rest.trailing_zeros() as usize;
            rest &= rest - 1;
            let Some(term) = index.terms.get(n) else {
                continue;
            };
            if pairs.may_contain(term)
                && !out.contains(&term.concept)
                && contains_term(text, term.text)
            {
                out.push(term.concept);
            }
        }
    }
    out
}

/// Whether `text` (normalised) mentions `concept`.
pub fn mentions(text: &str, concept: Concept) -> bool {
    concepts(text).contains(&concept)
}

#[cfg(test)]
mod tests {
    use super::super::text::normalize;
    use super::*;

    fn has(label: &str, concept: Concept) -> bool {
        mentions(&normalize(label), concept)
    }

    #[test]
    fn the_index_holds_every_term() {
        let index = index();
        let count: usize = VOCABULARY
            .iter()
            .map(|(_, row)| row.split('|').count())
            .sum();
        assert_eq!(index.terms.len(), count);
        assert!(count <= MAX_TERMS, "{count} terms");
        for t in &index.terms {
            assert!(
                t.body().len() >= 2,
                "{:?} is shorter than two bytes",
                t.text
            );
        }
    }

    #[test]
    fn no_term_is_implied_by_another_of_its_run() {
        // A term that matches only where another term of the same run of rows (one concept,
        // adjacent rows) matches too adds nothing but bytes to the shipped wasm: "mail
        // server" beside "server", "nom d utilisateur" beside "utilisateur". Within a run the
        // order of terms does not change the order `concepts` reports. Each term is tried in
        // the texts that tell terms apart: alone, glued to letters on either side (long terms
        // match inside words, short ones at a word's start), before a false friend's tail
        // ("portlet") and after a CJK false friend's head (レポート, 리포트).
        let terms = &index().terms;
        let run = |n: usize| {
            let mut first = n;
            while first > 0 && terms[first - 1].concept == terms[n].concept {
                first -= 1;
            }
            first
        };
        let mut implied = Vec::new();
        for (j, a) in terms.iter().enumerate() {
            let body = a.body();
            let texts = [
                body.to_owned(),
                format!("q {body} q"),
                format!("zz{body}"),
                format!("{body}zz"),
                format!("q {body}let"),
                format!("レ{body}"),
                format!("리{body}"),
            ];
            let texts: Vec<&String> = texts.iter().filter(|t| contains_term(t, a.text)).collect();
            let by = terms.iter().enumerate().find(|&(k, b)| {
                k != j
                    && run(k) == run(j)
                    && (b.text != a.text || k < j)
                    && texts.iter().all(|t| contains_term(t, b.text))
            });
            if let Some((_, b)) = by {
                implied.push(format!("{:?} by {:?}", a.text, b.text));
            }
        }
        assert!(implied.is_empty(), "{implied:#?}");
    }

    #[test]
    fn indexed_concepts_are_those_of_every_term() {
        // Every term as a text, and sentences mixing them: the indexed lookup finds the
        // concepts a test of all the terms would, in the same order.
        let mut texts: Vec<String> = index()
            .terms
            .iter()
            .map(|t| t.text.replace('$', ""))
            .collect();
        texts.push(normalize(
            "Serveur SMTP sortant (port 465, SSL/TLS) mot de passe",
        ));
        texts.push(normalize("受信メールサーバー ポート番号 パスワード"));
        texts.push(String::new());
        for text in &texts {
            let mut all: Vec<Concept> = Vec::new();
            for t in &index().terms {
                if !text.is_empty() && !all.contains(&t.concept) && contains_term(text, t.text) {
                    all.push(t.concept);
                }
            }
            assert_eq!(concepts(text), all, "{text}");
            assert!(text.is_empty() || !all.is_empty(), "{text}");
        }
    }

    #[test]
    fn labels_per_language() {
        let cases = [
            // en
            ("IMAP Server", Concept::Host),
            ("SMTP Port", Concept::Port),
            ("Encryption", Concept::Security),
            ("Username", Concept::Username),
            ("From Email", Concept::Email),
            ("SMTP Authentication", Concept::Auth),
            // de
            ("Posteingangsserver", Concept::Host),
            ("Posteingangsserver", Concept::Incoming),
            ("Postausgangsserver", Concept::Outgoing),
            ("Benutzername", Concept::Username),
            ("Verschlüsselung", Concept::Security),
            ("Kennwort", Concept::Password),
            // fr
            ("Serveur sortant", Concept::Outgoing),
            ("Nom d'utilisateur", Concept::Username),
            ("Mot de passe", Concept::Password),
            ("Chiffrement", Concept::Security),
            // es
            ("Servidor de correo entrante", Concept::Incoming),
            ("Contraseña", Concept::Password),
            ("Puerto", Concept::Port),
            ("Cifrado", Concept::Security),
            // it
            ("Server in uscita", Concept::Outgoing),
            ("Nome utente", Concept::Username),
            ("Crittografia", Concept::Security),
            // pt
            ("Servidor de saída", Concept::Outgoing),
            ("Usuário", Concept::Username),
            ("Senha", Concept::Password),
            // nl
            ("Uitgaande server", Concept::Outgoing),
            ("Gebruikersnaam", Concept::Username),
            ("Wachtwoord", Concept::Password),
            ("Versleuteling", Concept::Security),
            // pl
            ("Serwer poczty przychodzącej", Concept::Incoming),
            ("Hasło", Concept::Password),
            ("Szyfrowanie", Concept::Security),
            // ru
            ("Сервер входящей почты", Concept::Incoming),
            ("Имя пользователя", Concept::Username),
            ("Пароль", Concept::Password),
            ("Шифрование", Concept::Security),
            // ja
            ("受信メールサーバー", Concept::Incoming),
            ("送信サーバー", Concept::Outgoing),
            ("ポート番号", Concept::Port),
            ("暗号化", Concept::Security),
            // zh
            ("SMTP 服务器", Concept::Host),
            ("端口", Concept::Port),
            ("发件人", Concept::Email),
            ("密码", Concept::Password),
        ];
        for (label, concept) in cases {
            assert!(has(label, concept), "{label:?} should mention {concept:?}");
        }
    }

    /// A signal names a concept as its `Debug` name does, in lower case.
    #[test]
    fn concept_labels_are_debug_names_in_lower_case() {
        use Concept::*;
        let all = [
            Host,
            Port,
            Security,
            Username,
            Password,
            Email,
            Protocol,
            Auth,
            Incoming,
            Outgoing,
            DisplayName,
            Recipient,
            Unrelated,
            Foreign,
            Address,
            EmailAddress,
        ];
        for c in all {
            assert_eq!(c.label(), format!("{c:?}").to_lowercase());
        }
    }

    #[test]
    fn negatives() {
        assert!(!has("Transport", Concept::Port));
        assert!(has("Serverport", Concept::Port));
        assert!(!has("transport_server", Concept::Unrelated));
        assert!(has("transport_server", Concept::Outgoing));
        assert!(!has("Emails per fetch", Concept::Email));
        assert!(has("Database settings", Concept::Foreign));
        assert!(has("SSL verification", Concept::Unrelated));
        assert!(!has("Support", Concept::Port));
        assert!(has("From Name", Concept::DisplayName));
        assert!(has("Send test email to", Concept::Recipient));
        assert!(has("Enviar correo electrónico a", Concept::Recipient));
        assert!(has("E-Mail an", Concept::Recipient));
        assert!(!has("Enviar correo electrónico desde", Concept::Recipient));
        assert!(has("SyslogServerIP", Concept::Foreign));
        assert!(has("Use SMTPS", Concept::Security));
        assert!(!has("SMTPS server", Concept::Security));
        assert!(has("SNMP community", Concept::Foreign));
        // Other systems a device or an app sends to: syslog, SNMP traps (H3C's "团体名"),
        // call records (Avaya's SMDR tab), API mail services (Yclas's ElasticEmail login).
        assert!(has("Syslog server", Concept::Foreign));
        assert!(has("团体名", Concept::Foreign));
        assert!(has("SMDR", Concept::Foreign));
        assert!(has("Usuario ElasticEmail", Concept::Foreign));
        assert!(has("SendGrid API key", Concept::Foreign));
        assert!(!has("SMTP server", Concept::Foreign));
        // Korean: compounds and particles ("SMTP서버", "메일서버를"); a certificate (인증서) is
        // no authentication (인증), a recipient (수신자) no incoming server (수신).
        assert!(has("SMTP서버", Concept::Host));
        assert!(has("보내는 메일 서버", Concept::Outgoing));
        assert!(has("받는 메일 서버(POP3)", Concept::Incoming));
        assert!(has("포트 번호", Concept::Port));
        assert!(!has("리포트", Concept::Port));
        assert!(has("보안 연결(SSL)", Concept::Security));
        assert!(has("사용자 이름", Concept::Username));
        let settled = |t: &str| crate::form::classify::settle(concepts(&normalize(t)));
        assert!(!settled("사용자 이름").contains(&Concept::DisplayName));
        assert!(has("비밀번호", Concept::Password));
        assert!(has("보내는 사람 이메일 주소", Concept::Email));
        assert!(has("SMTP 인증 사용", Concept::Auth));
        assert!(!settled("인증서 확인").contains(&Concept::Auth));
        assert!(has("수신자", Concept::Recipient));
        assert!(has("Connection timeout", Concept::Unrelated));
        assert!(has("Jump to...", Concept::Unrelated));
        // GLPI's OAuth client secret sits in a password box but is no mail password.
        assert!(has("Client secret", Concept::Foreign));
        // Pandora FMS's "Wachtwoord automatisch inloggen (hash)" is no mail password.
        assert!(has(
            "Wachtwoord automatisch inloggen (hash)",
            Concept::Foreign
        ));
        // Domoticz's website protection login (`WebUserName`) is the web interface's.
        assert!(has("WebUserName", Concept::Foreign));
        assert!(!has("Webmail user", Concept::Foreign));
        // Sieve (ManageSieve) is the mail filter service, not a mailbox to fetch from (Tine).
        assert!(has("Sieve", Concept::Foreign));
        assert!(has("sieve_hostname", Concept::Foreign));
        // Twenty's CalDAV block beside its IMAP and SMTP blocks is the calendar's.
        assert!(has("CalDAV Server", Concept::Foreign));
        assert!(has("caldav_username", Concept::Foreign));
        // Ruckus's "Logon Name" is a login, eyoucms's "邮箱授权码" the mailbox's password.
        assert!(has("Logon Name", Concept::Username));
        assert!(has("* 邮箱授权码", Concept::Password));
        // GestSup's search box `userkeywords`; a Polish recipient (Shoper's test address).
        assert!(has("userkeywords", Concept::Unrelated));
        assert!(has("Adres odbiorcy", Concept::Recipient));
        // Lexmark's "Primary SMTP Gateway" is the SMTP server; a network gateway is not.
        assert!(has("Primary SMTP Gateway", Concept::Host));
        assert!(!has("Default gateway", Concept::Host));
        // Palo Alto's "電子メール ゲートウェイ" (e-mail gateway) too; a network one is not.
        assert!(has("電子メール ゲートウェイ:", Concept::Host));
        assert!(!has("デフォルト ゲートウェイ", Concept::Host));
        // ProjectSend's "También a estas direcciones": copies go to these addresses.
        assert!(has("También a estas direcciones", Concept::Recipient));
        assert!(has("Also send to these addresses", Concept::Recipient));
        // Postfix's `smtpd_*` parameters are its own server's (Webmin), not a client's.
        assert!(has("smtpd_tls_key_file", Concept::Unrelated));
        // Postfix's `relayhost` (Webmin's "Отправлять исходящую почту через узел").
        assert!(has("relayhost", Concept::Host));
        assert!(has("Отправлять исходящую почту через узел", Concept::Host));
        // motionEye's "Indirizzi email": a list of addresses is where mail goes.
        assert!(has("Indirizzi email", Concept::Recipient));
        assert!(has("E-Mail-Adressen", Concept::Recipient));
        // PHPCMS's "加密密钥" (encryption key) and "接口地址" (API address) are another system's.
        assert!(has("加密密钥", Concept::Unrelated));
        assert!(has("接口地址", Concept::Unrelated));
        // PbootCMS's "信息接收邮箱" (the mailbox that receives messages) is a recipient.
        assert!(has("信息接收邮箱", Concept::Recipient));
        // Openbravo's "Cuenta del servidor SMTP" (`smtpServerAccount`) is the login.
        assert!(has("Cuenta del servidor SMTP", Concept::Username));
        assert!(has("smtpServerAccount", Concept::Username));
        // "送信元アドレス" (sender address), "テストメール送信先": sending, as "受信" is receiving.
        assert!(has("テストメール送信先", Concept::Outgoing));
        assert!(has("受信サーバー", Concept::Incoming));
        // A group is a container's word (Kentico's `SettingsGroupViewer$CMSSMTPServer`, DNN's
        // settings groups), not another setting.
        assert!(!has(
            "m$pnlContent$SettingsGroupViewer$CMSSMTPServer",
            Concept::Unrelated
        ));
        // Where notifications go is a recipient's address.
        for text in [
            "E-Mail-Adresse für Systembenachrichtigungen",
            "Indirizzi e-mail a cui inviare le notifiche",
            "Endereço de E-mail para Notificações",
            "Email address for notifications",
        ] {
            assert!(has(text, Concept::Recipient), "{text}");
        }
        // A time server (Toshiba's "Primäre SNTP-Adresse" above its SMTP client) is not mail.
        assert!(has("Primäre SNTP-Adresse", Concept::Foreign));
        assert!(has("NTP server", Concept::Foreign));
        assert!(has("タイムサーバー", Concept::Foreign));
        assert!(!has("SMTP server", Concept::Foreign));
        assert!(has("findborrower", Concept::Unrelated));
        assert!(has("Pesquisar...", Concept::Unrelated));
        assert!(concepts("").is_empty());
        // Another system's settings on a mail page.
        for text in [
            "v_mysql_host",
            "Jabber server",
            "HTTPD-Passwort",
            "db_user",
            "PIN",
            "PayPal API-gebruikersnaam",
            "Пароль PGP",
            "Access Secret",
            "SSH port",
            "OIDC authentication",
            "Passphrase",
            "PFX password",
            "HTTP port",
            "运行系统用户",
            "password_fake",
            "dummypass",
        ] {
            assert!(has(text, Concept::Foreign), "{text}");
        }
        // A token's lifetime, a count of failed logins: settings about a login, not one.
        for text in [
            "Reset password token expiration",
            "Login failure",
            "API token",
        ] {
            assert!(has(text, Concept::Unrelated), "{text}");
        }
        assert!(!has("SMTP-Passwort", Concept::Foreign));
        assert!(!has("Login", Concept::Unrelated));
        // A provider named in passing is not another system's setting.
        assert!(!has(
            "Impostazioni SMTP (solo se non usi Amazon SES)",
            Concept::Foreign
        ));
        // Where mail goes, not where it comes from.
        for text in [
            "Receiver address",
            "Enviar correo de prueba",
            "Invia email di prova a",
            "Endereço de retorno (bounce)",
            "转发电子邮件地址",
        ] {
            assert!(has(text, Concept::Recipient), "{text}");
        }
        assert!(!has("Receiver address", Concept::Incoming));
        assert!(has("Receive mail", Concept::Incoming));
        // The name this machine gives in HELO (n8n's "Client Host Name"), not a server.
        for text in [
            "POP3-Server-Zeitlimit",
            "Ritardo di invio",
            "タイムアウト",
            "Client Host Name",
            "Local hostname",
        ] {
            assert!(has(text, Concept::Unrelated), "{text}");
        }
        assert!(has("Mailserverpoort", Concept::Port));
        // X2CRM's Spanish "Nombre de la Máquina": the machine's (the server's) name.
        assert!(has("Nombre de la Máquina", Concept::Host));
        assert!(has("Konto", Concept::Username));
        assert!(has("Metoda uwierzytelniania SMTP", Concept::Auth));
        assert!(has("Protokół bezpieczeństwa", Concept::Security));
        assert!(has("Протокол безопасности", Concept::Security));
        assert!(has("Paßwort", Concept::Password));
    }
}
