//! What the back-end fiche says, checked as a demanding counsellor would: the essentials
//! in the order they know, today's bac, coherent routes and levels, honest pay, the job
//! market with its downsides, sources a reader can check, and figures that say their age.

use crate::model::loading::writing::sentences;
use crate::model::role::Role;
use crate::model::role::fiche::{Block, Fiche, Figure, Layer};
use crate::model::test_support::back_end;

/// Everything a section shows, in one lowercase string.
fn section_words(role: &Role, id: &str) -> String {
    let section = role
        .fiche
        .section(id)
        .unwrap_or_else(|| panic!("section {id}"));
    std::iter::once(section.title.as_ref())
        .chain(
            section
                .blocks
                .iter()
                .flat_map(|b| b.texts(&role.bank.nearby_roles)),
        )
        .collect::<Vec<_>>()
        .join("\n")
        .to_lowercase()
}

/// Fails, naming `what`, unless the words of section `id` contain each of `topics`.
fn assert_says(role: &Role, id: &str, topics: &[&str], what: &str) {
    let words = section_words(role, id);
    for topic in topics {
        assert!(words.contains(topic), "{what} says nothing of « {topic} »");
    }
}

/// Every figure of the fiche: the key figures, then each table's rows.
fn figures(fiche: &Fiche) -> Vec<(&str, &Figure)> {
    let keys = fiche
        .key_figures
        .iter()
        .flat_map(|k| k.values.iter().map(|f| (k.label.as_ref(), f)));
    let rows = fiche
        .sections
        .iter()
        .flat_map(|s| s.blocks.iter())
        .flat_map(|b| match b {
            Block::Figures { rows, .. } => {
                rows.iter().map(|r| (r.label.as_ref(), &r.figure)).collect()
            }
            _ => Vec::new(),
        });
    keys.chain(rows).collect()
}

/// The prose of each section (paragraphs, list items, answers), by section id.
fn prose(role: &Role) -> Vec<(&str, Vec<&str>)> {
    role.fiche
        .sections
        .iter()
        .map(|s| {
            let texts = s
                .blocks
                .iter()
                .filter(|b| !matches!(b, Block::Figures { .. } | Block::NearbyRoles { .. }))
                .flat_map(|b| b.texts(&[]))
                .collect();
            (s.id.as_ref(), texts)
        })
        .collect()
}

fn this_year() -> u16 {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("the clock is after 1970")
        .as_secs();
    // Days to a civil year, close enough for "how many years old": 365.2425 days a year.
    (1970.0 + seconds as f64 / 86_400.0 / 365.2425) as u16
}

/// The years written in a text: four digits from 1990 to 2099 standing alone.
fn years_in(text: &str) -> Vec<u16> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse().ok())
        .filter(|y| (1990..2100).contains(y))
        .collect()
}

/// « L'essentiel » follows the order of an Onisep or CIDJ fiche, and the rest is behind it.
#[test]
fn the_essentials_come_first_in_the_order_counsellors_know() {
    let fiche = back_end().fiche;
    let essentials: Vec<&str> = fiche
        .layer(Layer::Essentiel)
        .map(|s| s.id.as_ref())
        .collect();
    assert_eq!(
        essentials,
        [
            "missions",
            "qualites",
            "environnement",
            "formation",
            "salaires",
            "evolution",
            "emploi"
        ]
    );
    let further: Vec<&str> = fiche
        .layer(Layer::PlusLoin)
        .map(|s| s.id.as_ref())
        .collect();
    for id in [
        "parcours",
        "salaires-sources",
        "freelance",
        "reperes-onet",
        "faq",
        "codes",
    ] {
        assert!(
            further.contains(&id),
            "« {id} » is not in « Pour aller plus loin »"
        );
    }
    // The job in two sentences.
    let summary: usize = fiche.summary.iter().map(|p| sentences(p).len()).sum();
    assert_eq!(summary, 2);
}

/// The related jobs come from the question bank, in the essentials.
#[test]
fn the_related_jobs_of_the_bank_are_in_the_essentials() {
    let role = back_end();
    let evolution = role.fiche.section("evolution").unwrap();
    assert_eq!(evolution.layer, Layer::Essentiel);
    assert!(
        evolution
            .blocks
            .iter()
            .any(|b| matches!(b, Block::NearbyRoles { .. }))
    );
    let words = section_words(&role, "evolution");
    for role in role.bank.nearby_roles.iter() {
        assert!(words.contains(&role.name.to_lowercase()), "{}", role.name);
    }
}

/// No old-bac advice: the série scientifique is only named to say it is gone.
#[test]
fn no_bac_scientifique_is_offered_as_todays_advice() {
    let role = back_end();
    let glossary = crate::model::loading::GLOSSARY_DATA.json;
    let fiche_json = crate::model::loading::BACK_END_DATA.fiche.json;
    let mut found = 0;
    for json in [fiche_json, glossary] {
        for sentence in json.split('"').flat_map(sentences) {
            let lower = sentence.to_lowercase();
            if lower.contains("bac scientifique")
                || lower.contains("série scientifique")
                || lower.contains("bac s ")
                || lower.contains("« scientifique »")
            {
                found += 1;
                assert!(
                    lower.contains("2021")
                        && (lower.contains("n'existe plus") || lower.contains("dépassé")),
                    "« {sentence} » gives the old bac as today's advice"
                );
            }
        }
    }
    assert!(found >= 1, "the fiche says that the série S is gone");
    assert_says(
        &role,
        "formation",
        &["spécialités", "nsi", "sti2d", "bac pro", "bts sio"],
        "« Comment y arriver »",
    );
}

/// One coherent study level, and the routes with their level and source.
#[test]
fn the_routes_into_the_job_agree_with_their_levels() {
    let role = back_end();
    let study: Vec<&str> = role.fiche.key_figures[0]
        .values
        .iter()
        .map(|f| f.value.as_ref())
        .collect();
    assert_eq!(role.fiche.key_figures[0].label, "Niveau d'études");
    assert_eq!(study, ["Bac+2 au minimum", "souvent Bac+3 à Bac+5"]);
    let routes: Vec<(&str, &str)> = figures(&role.fiche)
        .into_iter()
        .map(|(label, f)| (label, f.value.as_ref()))
        .collect();
    for (route, level) in [
        ("Bac pro CIEL", "Niveau 4"),
        ("BTS SIO, option SLAM", "Bac+2"),
        ("BUT informatique", "Bac+3"),
        ("Licence d'informatique", "Bac+3"),
        ("Concepteur développeur d'applications", "Niveau 6"),
        ("MIAGE", "Bac+5"),
        ("Diplôme d'ingénieur", "Bac+5"),
    ] {
        assert!(
            routes.iter().any(|(l, v)| l.contains(route) && *v == level),
            "{route} ({level}) missing in {routes:?}"
        );
    }
    let details = section_words(&role, "parcours");
    assert_says(
        &role,
        "parcours",
        &[
            "niveau 6",
            "cti",
            "mp2i",
            "miage",
            "slam",
            "vae",
            "cpf",
            "greta",
            "parcoursup",
            "apprenti",
        ],
        "the routes",
    );
    // No private bachelor-then-MSc route first, or at all.
    assert!(!details.contains("msc") && !section_words(&role, "formation").contains("msc"));
}

/// Pay: one range from the Apec, gross and net by the stated rate, and no figure turned
/// into a net when its source does not say it is gross.
#[test]
fn pay_is_one_honest_range_with_its_net() {
    let role = back_end();
    let number = |s: &str| {
        s.chars()
            .filter(char::is_ascii_digit)
            .collect::<String>()
            .parse::<f64>()
            .ok()
    };
    let mut checked = 0;
    for (label, figure) in figures(&role.fiche) {
        let says_net = figure.note.contains(" net par");
        if says_net && !figure.unit.contains("brut") {
            panic!("« {label} » gives a net for a figure not known to be gross: {figure:?}");
        }
        if !says_net || !figure.value.contains('€') {
            continue;
        }
        let per_month = if figure.unit.contains("par an") {
            12.0
        } else {
            1.0
        };
        let grosses: Vec<f64> = figure.value.split(" à ").filter_map(number).collect();
        let nets: Vec<f64> = figure
            .note
            .split(" net")
            .next()
            .unwrap()
            .rsplit(|c: char| c.is_alphabetic() && c != 'à')
            .next()
            .unwrap()
            .split(" à ")
            .filter_map(number)
            .collect();
        assert_eq!(nets.len(), grosses.len(), "{label}: {figure:?}");
        for (net, gross) in nets.iter().zip(&grosses) {
            // Insee: 3,613 € gross for 2,735 € net in 2023, so 24 % of contributions.
            assert!(
                (gross * 0.76 / per_month - net).abs() <= 10.0,
                "{label}: {gross} → {net}"
            );
            checked += 1;
        }
    }
    assert!(checked >= 4, "{checked} net estimates checked");
    let salary = &role.fiche.key_figures[1].values[0];
    assert_eq!(salary.source, "usine-digitale-apec");
    assert_eq!(salary.unit, "brut par an");
    let pay = section_words(&role, "salaires");
    assert!(pay.contains("net par mois") && pay.contains("smic") && pay.contains("apprentissage"));
    // The private pages' unsourced salaries are not in the fiche.
    for (_, figure) in figures(&role.fiche) {
        assert!(
            !["prepeers", "quest-education", "lehibou"].contains(&figure.source.as_ref()),
            "{figure:?}"
        );
    }
}

/// The job market as it is, with dated figures, and the downsides of the job.
#[test]
fn the_market_and_the_downsides_are_told() {
    let role = back_end();
    let market = section_words(&role, "emploi");
    assert_says(
        &role,
        "emploi",
        &[
            "19 %",
            "2024",
            "16 %",
            "2025",
            "18 %",
            "intelligence artificielle",
            "dares",
        ],
        "the market",
    );
    for oversold in ["employabilité", "recherché", "activement", "optimiste"] {
        assert!(
            !market.contains(oversold),
            "« {oversold} » oversells the market"
        );
    }
    assert_says(
        &role,
        "environnement",
        &["astreinte", "esn", "écran", "télétravail", "isoler", "nuit"],
        "the conditions",
    );
}

/// Every figure says its year; a figure more than five years old says so in its note,
/// and so does the prose around an old figure. Every sentence with a figure has a year.
#[test]
fn every_figure_says_its_age() {
    let role = back_end();
    let now = this_year();
    let mut dated = Vec::new();
    for (label, figure) in figures(&role.fiche) {
        if figure.is_dated(now) {
            dated.push(format!("{label} ({})", figure.year));
            let note = figure.note.to_lowercase();
            assert!(
                note.contains("ancien") && note.contains(&figure.year.to_string()),
                "« {label} » dates from {} and its note does not say it is old",
                figure.year
            );
        }
    }
    println!(
        "figures older than {} years: {dated:?}",
        Figure::DATED_AFTER
    );
    for (section, texts) in prose(&role) {
        let whole = texts.join(" ").to_lowercase();
        for sentence in texts.iter().flat_map(|t| sentences(t)) {
            let has_figure = sentence.contains(" %") || sentence.contains(" €");
            let years = years_in(sentence);
            assert!(
                !has_figure || !years.is_empty(),
                "« {sentence} » ({section}) has a figure without its year"
            );
            for year in years
                .into_iter()
                .filter(|y| has_figure && y + Figure::DATED_AFTER < now)
            {
                assert!(
                    whole.contains(&format!("date de {year}")) || whole.contains("ancien"),
                    "« {sentence} » ({section}) gives a figure of {year} without saying it is old"
                );
            }
        }
    }
}

/// The check of age catches an old figure, so that it cannot pass by accident.
#[test]
fn a_figure_is_dated_after_five_years() {
    let figure = |year| Figure {
        value: "1 €".into(),
        unit: "".into(),
        note: "".into(),
        year,
        source: "a".into(),
    };
    assert!(!figure(2021).is_dated(2026));
    assert!(figure(2020).is_dated(2026));
    assert_eq!(years_in("En 2020, 24 % ; 52 500 € en 1934"), [2020]);
}

/// The ROME codes in their right order, and the seed page's wrong code explained.
#[test]
fn the_rome_codes_are_in_their_order() {
    let role = back_end();
    let rome = &role
        .fiche
        .key_figures
        .iter()
        .find(|k| k.label == "Code ROME")
        .unwrap()
        .values[0];
    assert!(rome.value.starts_with("M1855"), "{rome:?}");
    assert!(rome.note.contains("M1805"), "{rome:?}");
    assert_eq!(rome.unit, "ROME 4.0");
    let codes = section_words(&role, "codes");
    assert!(codes.contains("20 mars 2023") && codes.contains("m1802") && codes.contains("m2z"));
    assert!(
        !figures(&role.fiche)
            .iter()
            .any(|(_, f)| f.value.contains("M1802")),
        "M1802 is never a key figure"
    );
}

/// A counsellor can check every source: its publisher, the day it was read, a link.
#[test]
fn every_source_can_be_checked() {
    let role = back_end();
    for source in role.fiche.sources.iter() {
        assert!(!source.publisher.contains("non indiqué"), "{}", source.id);
        assert!(source.consulted_on().is_some(), "{}", source.id);
        assert!(
            source.reference.starts_with("http"),
            "{} has no web address",
            source.id
        );
    }
    for (id, publisher) in [
        ("prepeers", "Prepeers"),
        ("quest-education", "Quest Education"),
    ] {
        assert!(
            role.fiche
                .source(id)
                .unwrap()
                .publisher
                .starts_with(publisher)
        );
    }
    let onet = role.fiche.source("onet").expect("O*NET source");
    assert!(onet.licence.contains("CC BY 4.0"), "{}", onet.licence);
    // O*NET's scores are shown rounded, with one decimal.
    for (label, figure) in figures(&role.fiche)
        .into_iter()
        .filter(|(_, f)| f.source == "onet")
    {
        let decimals = figure.value.split(',').nth(1).map_or(0, str::len);
        assert!(decimals <= 1, "{label}: {}", figure.value);
    }
}

/// Every acronym the fiche uses is spelled out where it first appears, or is a word of
/// a glossary entry's spelling, which the app links to its definition.
#[test]
fn every_acronym_is_spelled_out_or_in_the_glossary() {
    let role = back_end();
    let glossary = crate::model::test_support::glossary();
    let mut texts: Vec<&str> = role
        .fiche
        .layer_texts(Layer::Essentiel, &role.bank.nearby_roles);
    texts.extend(
        role.fiche
            .layer_texts(Layer::PlusLoin, &role.bank.nearby_roles),
    );
    let whole = texts.join("\n");
    // Every word of every spelling the glossary recognises (and links, once per part).
    let terms: Vec<&str> = glossary
        .entries
        .iter()
        .flat_map(|e| e.aliases.iter().map(|a| a.as_ref()))
        .collect();
    let mut missing = Vec::new();
    for word in whole.split(|c: char| !(c.is_alphanumeric() || c == '*')) {
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        let acronym = letters >= 2
            && word
                .chars()
                .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '*');
        // Codes of the ROME and of the FAP (M1855, M2Z) are codes, not acronyms.
        let code = word.starts_with('M') && word[1..].starts_with(|c: char| c.is_ascii_digit());
        if !acronym || code || missing.contains(&word) {
            continue;
        }
        let first = whole.find(word).unwrap();
        let spelled =
            whole[first + word.len()..].starts_with(" (") || whole[..first].ends_with('(');
        let linked = terms
            .iter()
            .any(|t| t.split(|c: char| !c.is_alphanumeric()).any(|w| w == word));
        if !spelled && !linked {
            missing.push(word);
        }
    }
    assert!(
        missing.is_empty(),
        "acronyms neither spelled out nor in the glossary: {missing:?}"
    );
}
