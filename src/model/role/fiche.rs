//! The fiche métier: the typed shape of a role's job profile as it is written in
//! `data/roles/<role>/fiche.json`, and the checks that every reference in it resolves.
//!
//! The fiche is content, not code: sections are an ordered list of blocks (paragraphs,
//! lists, figure tables, questions and answers), each citing the sources it comes from.
//! Figures always carry a unit, a year and a single source, so that disagreeing sources
//! are shown side by side rather than merged, and an old figure cannot pass for today's.
//!
//! A fiche has two layers ([`Layer`]): « L'essentiel », read in about five minutes, then
//! « Pour aller plus loin », sections a reader opens. [`reading`] counts each layer's
//! words and says how long it takes to read.

use serde::Deserialize;

use crate::model::base::text::{List, Text};

/// The id of the generated section that lists the sources; no data section may use it.
pub const SOURCES_SECTION: &str = "sources";

mod citations;
pub mod reading;

/// A whole job profile.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Fiche {
    /// Stable identifier of the role, used in URLs and storage keys.
    pub id: Text,
    /// The role's name, written inclusively without the middle dot (e.g. "Développeuse ou développeur back-end").
    pub title: Text,
    /// What the app that presents this role calls itself and keeps.
    pub app: AppIdentity,
    /// Other names the role goes by.
    pub aliases: List<Text>,
    /// Two or three short paragraphs that say what the job is.
    pub summary: List<Text>,
    /// The figures shown on the card at the top of the fiche.
    pub key_figures: List<KeyFigure>,
    /// The body of the fiche, in reading order.
    pub sections: List<Section>,
    /// Every source cited anywhere in the fiche.
    pub sources: List<Source>,
}

/// The most characters a launcher shows under an icon without cutting the name.
pub const SHORT_NAME_MAX: usize = 12;

/// The app's identity for one role: its name (header and page titles), the name under
/// its icon once installed, the prefix of every storage key it writes, and the O*NET
/// occupation it compares with.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct AppIdentity {
    pub name: Text,
    /// The name under the installed app's icon (`manifest.webmanifest`'s `short_name`),
    /// at most [`SHORT_NAME_MAX`] characters.
    pub short_name: Text,
    /// Every key the app writes is this or starts with it and a dot; lowercase letters,
    /// digits and hyphens. Changing it would lose what visitors have stored.
    pub storage_key: Text,
    /// The O*NET-SOC code of the occupation the role profile comes from.
    pub onet_code: Text,
}

/// One line of the key-figures card: a label and one value per source.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct KeyFigure {
    pub label: Text,
    pub values: List<Figure>,
}

/// A figure as one source gives it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// The value as displayed, e.g. "2 000 €" or "M1805".
    pub value: Text,
    /// What the value measures, e.g. "brut par mois, en début de carrière"; empty for a code.
    #[serde(default)]
    pub unit: Text,
    /// A short precision, e.g. why two sources disagree.
    #[serde(default)]
    pub note: Text,
    /// The year the figure describes (a salary survey's year, a code's version): shown
    /// beside it, and checked for age by the content tests.
    pub year: u16,
    /// The id of the source this figure comes from.
    pub source: Text,
}

impl Figure {
    /// Whether the figure is more than [`Figure::DATED_AFTER`] years older than `year`.
    pub fn is_dated(&self, year: u16) -> bool {
        self.year + Figure::DATED_AFTER < year
    }

    /// How many years a figure stays current before its text must say it is dated.
    pub const DATED_AFTER: u16 = 5;
}

/// The two layers of a fiche: what every reader reads, and what some readers open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(rename_all(deserialize = "kebab-case"))]
pub enum Layer {
    /// « L'essentiel »: the job in a few minutes, in the order counsellors know.
    Essentiel,
    /// « Pour aller plus loin »: the details, each section closed until opened.
    PlusLoin,
}

/// A titled part of the fiche, reachable by its own URL.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// URL fragment: lowercase ASCII letters, digits and hyphens.
    pub id: Text,
    pub title: Text,
    /// The layer it belongs to; every « essentiel » section comes before the others.
    pub layer: Layer,
    pub blocks: List<Block>,
}

/// A piece of content inside a section. In `fiche.json` a block is one flat object
/// whose `kind` says which fields apply; it is read through [`WrittenBlock`] rather
/// than as a serde internally tagged enum, whose buffering deserialiser weighs about
/// 12 KB of wasm.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(try_from = "WrittenBlock")]
pub enum Block {
    /// A paragraph of prose.
    Paragraph { text: Text, sources: List<Text> },
    /// A bulleted list, optionally titled.
    List {
        title: Text,
        items: List<Text>,
        sources: List<Text>,
    },
    /// A table of figures, one row per figure, each with its own source.
    Figures {
        caption: Text,
        rows: List<FigureRow>,
    },
    /// Questions and their answers.
    Faq { entries: List<FaqEntry> },
    /// The role's nearby jobs, drawn from the question bank's `nearby_roles` (the same
    /// data as the result's suggestions), under an optional title.
    NearbyRoles { title: Text },
}

/// The kinds of block, as `fiche.json` names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
enum BlockKind {
    Paragraph,
    List,
    Figures,
    Faq,
    NearbyRoles,
}

/// A block as `fiche.json` writes it: every field any kind may have.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WrittenBlock {
    kind: BlockKind,
    text: Option<Text>,
    title: Option<Text>,
    items: Option<List<Text>>,
    sources: Option<List<Text>>,
    caption: Option<Text>,
    rows: Option<List<FigureRow>>,
    entries: Option<List<FaqEntry>>,
}

impl TryFrom<WrittenBlock> for Block {
    type Error = String;

    fn try_from(w: WrittenBlock) -> Result<Block, String> {
        let kind = w.kind;
        let allowed: &[&str] = match kind {
            BlockKind::Paragraph => &["text", "sources"],
            BlockKind::List => &["title", "items", "sources"],
            BlockKind::Figures => &["caption", "rows"],
            BlockKind::Faq => &["entries"],
            BlockKind::NearbyRoles => &["title"],
        };
        let present = [
            ("text", w.text.is_some()),
            ("title", w.title.is_some()),
            ("items", w.items.is_some()),
            ("sources", w.sources.is_some()),
            ("caption", w.caption.is_some()),
            ("rows", w.rows.is_some()),
            ("entries", w.entries.is_some()),
        ];
        if let Some((name, _)) = present
            .iter()
            .find(|(name, here)| *here && !allowed.contains(name))
        {
            return Err(format!(
                "bloc « {kind:?} » : le champ « {name} » ne va pas avec ce type de bloc"
            ));
        }
        let missing = |name: &str| format!("bloc « {kind:?} » : champ « {name} » manquant");
        Ok(match kind {
            BlockKind::Paragraph => Block::Paragraph {
                text: w.text.ok_or_else(|| missing("text"))?,
                sources: w.sources.ok_or_else(|| missing("sources"))?,
            },
            BlockKind::List => Block::List {
                title: w.title.unwrap_or_default(),
                items: w.items.ok_or_else(|| missing("items"))?,
                sources: w.sources.ok_or_else(|| missing("sources"))?,
            },
            BlockKind::Figures => Block::Figures {
                caption: w.caption.ok_or_else(|| missing("caption"))?,
                rows: w.rows.ok_or_else(|| missing("rows"))?,
            },
            BlockKind::Faq => Block::Faq {
                entries: w.entries.ok_or_else(|| missing("entries"))?,
            },
            BlockKind::NearbyRoles => Block::NearbyRoles {
                title: w.title.unwrap_or_default(),
            },
        })
    }
}

/// One row of a figures table: a label and the figure, written flat in `fiche.json`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(from = "WrittenFigureRow")]
pub struct FigureRow {
    /// What the figure is about, e.g. "En début de carrière".
    pub label: Text,
    pub figure: Figure,
}

/// A figures-table row as `fiche.json` writes it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WrittenFigureRow {
    label: Text,
    value: Text,
    #[serde(default)]
    unit: Text,
    #[serde(default)]
    note: Text,
    year: u16,
    source: Text,
}

impl From<WrittenFigureRow> for FigureRow {
    fn from(w: WrittenFigureRow) -> FigureRow {
        FigureRow {
            label: w.label,
            figure: Figure {
                value: w.value,
                unit: w.unit,
                note: w.note,
                year: w.year,
                source: w.source,
            },
        }
    }
}

/// One question of a FAQ block.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct FaqEntry {
    pub question: Text,
    pub answer: Text,
    pub sources: List<Text>,
}

/// A document the fiche is built from.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Short id cited by blocks and figures, e.g. "orientation".
    pub id: Text,
    /// The document's title as published.
    pub title: Text,
    /// A name of a few words shown next to each figure and block that cites it.
    pub short: Text,
    /// Who publishes it.
    pub publisher: Text,
    /// What kind of document it is and how it was used.
    pub description: Text,
    /// Where it can be found: a direct URL, or a reference a person can look up.
    pub reference: Text,
    /// When the project consulted it, `YYYY-MM-DD`.
    pub consulted: Text,
    /// Licence or reuse terms, when they require a credit.
    #[serde(default)]
    pub licence: Text,
}

impl Source {
    /// The reference as a link, when it is a web address.
    pub fn link(&self) -> Option<&str> {
        let url = self.reference.split_whitespace().next()?;
        url.starts_with("https://").then_some(url)
    }

    /// The date it was consulted, as `dd/mm/yyyy`.
    pub fn consulted_on(&self) -> Option<String> {
        crate::model::base::date::french_from_iso(&self.consulted)
    }
}

impl Fiche {
    /// The source with this id, if the fiche declares it.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The section with this id, if any.
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// The sections of one layer, in reading order.
    pub fn layer(&self, layer: Layer) -> impl Iterator<Item = &Section> {
        self.sections.iter().filter(move |s| s.layer == layer)
    }

    /// What the fiche says when an address names a section it no longer has (an old
    /// bookmark, a link from an older version): the reader lands at the top, told why.
    /// `None` when the section exists, or is the list of sources.
    pub fn missing_section_note(&self, id: &str) -> Option<String> {
        (self.section(id).is_none() && id != SOURCES_SECTION).then(|| {
            format!(
                "La partie « {id} » n'existe plus : la fiche a été réorganisée. \
                 Tu es au début de la fiche, et le sommaire mène à chaque partie."
            )
        })
    }

    /// Who gives a figure, and for which year: « Apec, 2024 ». Every figure is shown
    /// with it, so that an old figure never passes for today's.
    pub fn figure_credit(&self, figure: &Figure) -> String {
        let short = self
            .source(&figure.source)
            .map_or(figure.source.as_ref(), |s| s.short.as_ref());
        format!("{short}, {}", figure.year)
    }
}

#[cfg(test)]
mod tests {
    use crate::model::test_support::back_end;

    /// An old address lands on the fiche's top with a note; a section that exists, or
    /// the list of sources, needs none.
    #[test]
    fn a_removed_section_gets_a_note() {
        let fiche = back_end().fiche;
        let note = fiche.missing_section_note("journee-type").expect("a note");
        assert!(note.contains("« journee-type » n'existe plus"), "{note}");
        assert_eq!(fiche.missing_section_note("salaires"), None);
        assert_eq!(fiche.missing_section_note("sources"), None);
    }
}
