//! The first paint (test builds only): the HTML of the home screen inside the layout,
//! exactly as the app draws it for `#/` (same elements, classes and words, no space
//! between tags, as Leptos writes none), wrapped in `<div id="first-paint">`.
//! `scripts/post-build.mjs` puts it in `index.html`; `ui::mount` removes it before the
//! app draws the same thing, so nothing moves. Inside `<main>`, a `<noscript>` block
//! adds what a browser without JavaScript can still show: the fiche's summary and key
//! figures, and what the app needs. And the page's head ([`head`]): its title and
//! description, and the installed app's names.
//!
//! The generated files, one per role (`home/first-paint/<storage key>.html`), are
//! checked with the other generated files (`embedded/tests.rs`): a test fails while one
//! differs from what the data gives, and `UPDATE_EMBEDDED=1 cargo test --lib embedded`
//! rewrites them.

use std::fmt::Write;

use super::{Link, NAV_NAME, PRIVACY, SKIP_LINK, credits, footer_links, home, nav, try_link};
use crate::model::base::text::lowercase;
use crate::model::role::Role;
use crate::model::role::fiche::Fiche;
use crate::model::shell::route::Route;

/// The text, escaped for HTML text and double-quoted attribute values.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// `<a>` with its optional class and `aria-current`.
fn link(link: &Link, class: Option<&str>, current: bool) -> String {
    let class = class.map_or(String::new(), |c| format!(" class=\"{c}\""));
    let current = if current {
        " aria-current=\"page\""
    } else {
        ""
    };
    format!(
        "<a{class} href=\"{}\"{current}>{}</a>",
        escape(&link.route.href()),
        escape(&link.label)
    )
}

/// The whole first paint of a role: layout, home screen, and the no-JavaScript facts.
pub fn html(role: &Role) -> String {
    let fiche = &role.fiche;
    let home = home(role);
    let mut out = String::from("<div id=\"first-paint\">");
    _ = write!(
        out,
        "<a class=\"skip-link\" href=\"#contenu\">{SKIP_LINK}</a>"
    );
    let brand = Link::new(fiche.app.name.as_ref(), Route::Home);
    _ = write!(
        out,
        "<header class=\"site-header\">{}<nav aria-label=\"{NAV_NAME}\"><ul>",
        link(&brand, Some("brand"), false)
    );
    for item in nav() {
        let current = (item.is_current)(&Route::Home);
        _ = write!(out, "<li>{}</li>", link(&item.link, None, current));
    }
    out += "</ul></nav></header><main id=\"contenu\" tabindex=\"-1\"><div class=\"home\">";
    _ = write!(out, "<h1 tabindex=\"-1\">{}</h1>", escape(&home.title));
    for lead in &home.lead {
        _ = write!(out, "<p class=\"lead\">{}</p>", escape(lead));
    }
    let [main_link, quiz] = &home.links;
    _ = write!(
        out,
        "<p class=\"actions\">{}{}",
        link(main_link, Some("button primary"), false),
        link(quiz, Some("button"), false)
    );
    if let Some(try_job) = try_link(&role.bank) {
        out += &link(&try_job, Some("button"), false);
    }
    out += "</p></div>";
    out += &noscript(fiche);
    let (before, sources, after) = credits(fiche);
    _ = write!(
        out,
        "</main><footer class=\"site-footer\"><p>{}</p><p>{}{}{}</p><ul class=\"footer-links\">",
        escape(PRIVACY),
        escape(&before),
        link(&sources, None, false),
        escape(after)
    );
    for footer_link in footer_links() {
        _ = write!(out, "<li>{}</li>", link(&footer_link, None, false));
    }
    out += "</ul></footer></div>";
    out
}

/// What the page says of itself before the app runs: `index.html`'s title (the home
/// screen's) and description, and the installed app's names (`manifest.webmanifest`'s
/// `name`, the same title, and `short_name`). `scripts/post-build.mjs` writes them from
/// `embedded/generated/roles.json`.
#[derive(Debug, serde::Serialize)]
pub struct Head {
    pub title: String,
    pub description: String,
    pub short_name: String,
}

/// The head of a role's page.
pub fn head(role: &Role) -> Head {
    let fiche = &role.fiche;
    Head {
        title: home(role).title,
        description: format!(
            "Fiche du métier de {}, comparée sur plusieurs sources, dans une app qui fonctionne \
             sans compte et sans rien envoyer.",
            lowercase(&fiche.title)
        ),
        short_name: fiche.app.short_name.to_string(),
    }
}

/// What a browser without JavaScript shows under the home screen: what the app needs,
/// then the fiche's summary and key figures, each figure with its source.
fn noscript(fiche: &Fiche) -> String {
    let mut out = String::from(
        "<noscript><div class=\"no-script\"><p><strong>La fiche complète et le questionnaire ont besoin \
         d'un navigateur récent, avec JavaScript et WebAssembly activés.</strong></p>",
    );
    _ = write!(out, "<h2>{}</h2>", escape(&fiche.title));
    for paragraph in fiche.summary.iter() {
        _ = write!(out, "<p>{}</p>", escape(paragraph));
    }
    out += "<h2>Chiffres clés</h2><dl>";
    for key in fiche.key_figures.iter() {
        let values: Vec<String> = key
            .values
            .iter()
            .map(|figure| {
                let unit = if figure.unit.is_empty() {
                    String::new()
                } else {
                    format!(" {}", escape(&figure.unit))
                };
                format!(
                    "{}{unit} <small>({})</small>",
                    escape(&figure.value),
                    escape(&fiche.figure_credit(figure))
                )
            })
            .collect();
        _ = write!(
            out,
            "<dt>{}</dt><dd>{}</dd>",
            escape(&key.label),
            values.join(" ; ")
        );
    }
    out += "</dl></div></noscript>";
    out
}

#[cfg(test)]
mod tests {
    use super::{escape, head, html};
    use crate::model::loading::{BACK_END_DATA, writing::text_problems};
    use crate::model::role::Role;
    use crate::model::shell::home::{PRIVACY, credits, footer_links, home, nav, try_link};
    use crate::model::shell::route::Route;
    use crate::model::test_support::test_role;

    fn roles() -> [Role; 2] {
        [
            BACK_END_DATA.load().unwrap_or_else(|e| panic!("{e}")),
            test_role(),
        ]
    }

    #[test]
    fn the_first_paint_is_the_home_screen_with_one_h1_and_its_links() {
        let role = &roles()[0];
        let page = html(role);
        assert_eq!(page.matches("<h1").count(), 1);
        assert!(page.contains(
            "<h1 tabindex=\"-1\">Développeuse ou développeur back-end : est-ce pour moi ?</h1>"
        ));
        assert!(
            page.contains("<a class=\"button primary\" href=\"#/fiche\">Découvrir le métier</a>")
        );
        assert!(page.contains(
            "<a class=\"button\" href=\"#/essayer\">Essayer le métier (5 min par activité)</a>"
        ));
        assert!(page.contains("<a href=\"#/\" aria-current=\"page\">Accueil</a>"));
        assert_eq!(page.matches("aria-current").count(), 1);
        assert!(page.contains("<a href=\"#/fiche/sources\">voir les sources</a>"));
        // Without JavaScript: the key figures, each with its source's short name and year.
        assert!(page.contains("<noscript><div class=\"no-script\">"));
        assert!(page.contains(
            "<dd>M1855 « Développeur / Développeuse web » ROME 4.0 <small>(ROME 4.0 (France Travail), 2026)</small>"
        ));
        // No space between tags: Leptos writes none, and a space would move the buttons.
        assert!(!page.contains("> <") && !page.contains('\n'));
    }

    #[test]
    fn the_head_names_the_role_as_the_home_screen_does() {
        for role in roles() {
            let head = head(&role);
            assert_eq!(head.title, home(&role).title);
            assert_eq!(head.short_name, role.fiche.app.short_name);
        }
        assert_eq!(
            head(&test_role()).description,
            "Fiche du métier de bibliothécaire, comparée sur plusieurs sources, dans une app \
             qui fonctionne sans compte et sans rien envoyer."
        );
    }

    #[test]
    fn a_role_without_activities_offers_none() {
        let mut role = roles()[0].clone();
        role.bank.activities = Default::default();
        assert_eq!(try_link(&role.bank), None);
        assert!(!html(&role).contains("#/essayer"));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape("a < b & \"c\" 'd' > e"),
            "a &lt; b &amp; &quot;c&quot; 'd' &gt; e"
        );
        let mut role = test_role();
        role.fiche.title = "<b>Essai</b>".into();
        let page = html(&role);
        assert!(
            page.contains("&lt;b&gt;Essai&lt;/b&gt; : est-ce pour moi ?") && !page.contains("<b>")
        );
    }

    #[test]
    fn each_screen_has_one_current_link_at_most() {
        let current = |route: &Route| nav().iter().filter(|i| (i.is_current)(route)).count();
        assert_eq!(current(&Route::Home), 1);
        assert_eq!(current(&Route::Result), 1);
        assert_eq!(current(&Route::fiche_section("salaires")), 1);
        assert_eq!(current(&Route::Data), 0);
    }

    #[test]
    fn the_words_follow_the_writing_rules() {
        for role in roles() {
            let home = home(&role);
            let (before, sources, after) = credits(&role.fiche);
            let mut texts = vec![
                home.title,
                before,
                sources.label,
                PRIVACY.to_owned(),
                after.to_owned(),
            ];
            texts.extend(home.lead);
            texts.extend(home.links.map(|l| l.label));
            texts.extend(nav().map(|i| i.link.label));
            texts.extend(footer_links().map(|l| l.label));
            texts.extend(try_link(&role.bank).map(|l| l.label));
            texts.push(head(&role).description);
            for text in texts {
                assert_eq!(text_problems("home", &text), Vec::<String>::new(), "{text}");
            }
        }
    }
}
