//! What the result's QR code holds: the code's own address in this app, so that a
//! phone's camera opens the app and adds the code to the group kept there, or the bare
//! code when no other device could open this app's address; and the sentence that says
//! which.
//!
//! The address is the page's address without its fragment, then the route
//! [`Route::AddToGroup`]. The code travels in the fragment, which browsers never send
//! to the server.

use crate::model::shell::route::Route;

/// What the QR code holds, and the sentence shown with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrContent {
    pub text: String,
    pub sentence: &'static str,
}

/// Said when the QR code holds the code's address.
pub const OPENS_THE_APP: &str = "Scanné avec l'appareil photo d'un téléphone, ce QR code ouvre \
     l'app et ajoute ton code au groupe de la personne qui anime.";

/// Said when the QR code holds the code alone.
pub const CODE_ALONE: &str = "L'app est servie par cet ordinateur seulement : aucun autre \
     appareil ne pourrait ouvrir son adresse, alors le QR code contient le code seul.";

impl QrContent {
    /// What the QR code of `code` holds on the page at `page` (its whole address, any
    /// fragment included).
    pub fn of(page: &str, code: &str) -> QrContent {
        let base = page.split('#').next().unwrap_or_default();
        if host(base).is_none_or(only_this_machine) {
            return QrContent {
                text: code.to_owned(),
                sentence: CODE_ALONE,
            };
        }
        let route = Route::AddToGroup {
            code: code.to_owned(),
        };
        QrContent {
            text: format!("{base}{}", route.href()),
            sentence: OPENS_THE_APP,
        }
    }
}

/// The host of an address, in lowercase, without user, port or trailing dot; `None`
/// when the address has none (a `file:` page).
fn host(address: &str) -> Option<String> {
    // `scheme://`, found by a character and a prefix (lighter in the wasm than a search).
    let rest = address.split_once(':')?.1.strip_prefix("//")?;
    let authority = rest.split(['/', '?']).next().unwrap_or_default();
    let host_port = authority.rsplit('@').next().unwrap_or_default();
    let host = match host_port.strip_prefix('[') {
        // An IPv6 address keeps its brackets: `[::1]`.
        Some(inside) => format!("[{}]", inside.split(']').next().unwrap_or_default()),
        None => host_port.split(':').next().unwrap_or_default().to_owned(),
    };
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    (!host.is_empty()).then_some(host)
}

/// Whether only this machine reaches `host`: the loopback names and addresses.
fn only_this_machine(host: String) -> bool {
    matches!(host.as_str(), "localhost" | "127.0.0.1" | "[::1]") || host.ends_with(".localhost")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::classroom::qr::QrImage;

    const CODE: &str = "3KQ2-ABCD-0000-0000-0000-0000-0000-7";

    #[test]
    fn a_page_other_devices_can_open_gives_the_code_address() {
        for (page, base) in [
            (
                "https://ecole.example/metier/#/resultat",
                "https://ecole.example/metier/",
            ),
            (
                "http://192.168.1.20:8080/index.html?x=1#/resultat",
                "http://192.168.1.20:8080/index.html?x=1",
            ),
            ("http://atelier.test:4410/", "http://atelier.test:4410/"),
            ("http://[fe80::1]:8080/", "http://[fe80::1]:8080/"),
        ] {
            let content = QrContent::of(page, CODE);
            assert_eq!(
                content.text,
                format!("{base}#/atelier/ajouter/{CODE}"),
                "{page}"
            );
            assert_eq!(content.sentence, OPENS_THE_APP);
            let fragment = content.text.split_once('#').unwrap().1;
            assert_eq!(
                Route::parse(fragment),
                Route::AddToGroup { code: CODE.into() }
            );
        }
    }

    #[test]
    fn a_page_only_this_machine_opens_gives_the_bare_code() {
        for page in [
            "http://127.0.0.1:8080/#/resultat",
            "http://localhost/",
            "http://LOCALHOST.:3000/",
            "http://[::1]:8080/",
            "http://app.localhost/",
            "http://user@localhost:8080/",
            "file:///home/moi/dist/index.html",
            "",
        ] {
            let content = QrContent::of(page, CODE);
            assert_eq!(content.text, CODE, "{page}");
            assert_eq!(content.sentence, CODE_ALONE);
        }
        // A host that only looks like one is another device's.
        let content = QrContent::of("http://localhost.example/", CODE);
        assert_eq!(content.sentence, OPENS_THE_APP);
    }

    #[test]
    fn a_long_address_still_makes_a_symbol() {
        let page = format!("https://{}.example/", "a".repeat(150 - 21));
        let content = QrContent::of(&page, CODE);
        assert!(content.text.len() > 150, "{}", content.text.len());
        let image = QrImage::of(&content.text).unwrap();
        assert!(image.size <= 57, "{} modules", image.size);
    }

    #[test]
    fn each_sentence_is_short() {
        for sentence in [OPENS_THE_APP, CODE_ALONE] {
            assert!(sentence.split_whitespace().count() <= 25, "{sentence}");
        }
    }
}
