//! How long each layer of a fiche takes to read, and every text a block shows.
//!
//! Words are counted as the reader sees them (markup removed, [`word_count`]), at
//! [`WORDS_PER_MINUTE`], a slow pace chosen for a pupil of 15. « L'essentiel » is the
//! title's aliases, the summary, the key figures and the « essentiel » sections;
//! « Pour aller plus loin » is every other section. The list of sources is in neither.

use super::{Block, Fiche, Layer};
use crate::model::base::language::plain;
use crate::model::base::text::word_count;
use crate::model::role::quiz::NearbyRole;

/// The reading pace the fiche's times assume.
pub const WORDS_PER_MINUTE: usize = 180;

impl Block {
    /// Every text the block shows, in order: titles, items, table rows, questions and
    /// answers. A block of nearby roles shows their names and descriptions.
    pub fn texts<'a>(&'a self, nearby: &'a [NearbyRole]) -> Vec<&'a str> {
        match self {
            Block::Paragraph { text, .. } => vec![text],
            Block::List { title, items, .. } => std::iter::once(title.as_ref())
                .chain(items.iter().map(|i| i.as_ref()))
                .collect(),
            Block::Figures { caption, rows } => std::iter::once(caption.as_ref())
                .chain(rows.iter().flat_map(|r| {
                    [&r.label, &r.figure.value, &r.figure.unit, &r.figure.note].map(|t| t.as_ref())
                }))
                .collect(),
            Block::Faq { entries } => entries
                .iter()
                .flat_map(|e| [e.question.as_ref(), e.answer.as_ref()])
                .collect(),
            Block::NearbyRoles { title } => std::iter::once(title.as_ref())
                .chain(
                    nearby
                        .iter()
                        .flat_map(|r| [r.name.as_ref(), r.description.as_ref()]),
                )
                .collect(),
        }
    }
}

impl Layer {
    /// The layer's name, as the fiche's headings and table of contents say it.
    pub fn title(self) -> &'static str {
        match self {
            Layer::Essentiel => "L'essentiel",
            Layer::PlusLoin => "Pour aller plus loin",
        }
    }
}

/// The words of one layer and the whole minutes they take to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    pub words: usize,
    pub minutes: usize,
}

impl Reading {
    fn of(words: usize) -> Reading {
        Reading {
            words,
            minutes: words.div_ceil(WORDS_PER_MINUTE).max(1),
        }
    }
}

impl Fiche {
    /// Every text one layer shows, in reading order.
    pub fn layer_texts<'a>(&'a self, layer: Layer, nearby: &'a [NearbyRole]) -> Vec<&'a str> {
        let mut texts: Vec<&str> = Vec::new();
        if layer == Layer::Essentiel {
            texts.extend(self.aliases.iter().map(|a| a.as_ref()));
            texts.extend(self.summary.iter().map(|s| s.as_ref()));
            for key in self.key_figures.iter() {
                texts.push(&key.label);
                for f in key.values.iter() {
                    texts.extend([&f.value, &f.unit, &f.note].map(|t| t.as_ref()));
                }
            }
        }
        for section in self.layer(layer) {
            texts.push(&section.title);
            texts.extend(section.blocks.iter().flat_map(|b| b.texts(nearby)));
        }
        texts
    }

    /// How long one layer takes to read.
    pub fn reading(&self, layer: Layer, nearby: &[NearbyRole]) -> Reading {
        Reading::of(
            self.layer_texts(layer, nearby)
                .into_iter()
                .map(|t| word_count(&plain(t)))
                .sum(),
        )
    }

    /// The line at the top of the fiche that says how long each layer takes.
    pub fn reading_note(&self, nearby: &[NearbyRole]) -> String {
        let [first, more] = [Layer::Essentiel, Layer::PlusLoin].map(|l| self.reading(l, nearby));
        format!(
            "L'essentiel se lit en {} minutes environ. Pour aller plus loin, compte {} minutes de plus.",
            first.minutes, more.minutes
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::back_end;

    #[test]
    fn minutes_are_rounded_up_and_never_zero() {
        assert_eq!(Reading::of(0).minutes, 1);
        assert_eq!(Reading::of(180).minutes, 1);
        assert_eq!(Reading::of(181).minutes, 2);
        assert_eq!(Reading::of(900).minutes, 5);
    }

    /// « L'essentiel » is read in five minutes, and the whole body in under twenty.
    #[test]
    fn the_back_end_fiche_fits_its_reading_budget() {
        let role = back_end();
        let nearby = &role.bank.nearby_roles;
        let first = role.fiche.reading(Layer::Essentiel, nearby);
        let more = role.fiche.reading(Layer::PlusLoin, nearby);
        println!("fiche: essentiel {first:?}, plus loin {more:?}");
        assert!(first.words <= 900, "l'essentiel: {} words", first.words);
        assert!(
            first.words + more.words <= 3000,
            "the body: {} words",
            first.words + more.words
        );
        assert!(
            first.words >= 500,
            "l'essentiel is too thin: {}",
            first.words
        );
        let note = role.fiche.reading_note(nearby);
        assert!(
            note.contains(&format!("{} minutes", first.minutes)),
            "{note}"
        );
    }

    /// A block's texts are what the reader sees: the words of a nearby-roles block are
    /// the bank's, and markup does not count.
    #[test]
    fn a_nearby_roles_block_counts_the_banks_roles() {
        let role = back_end();
        let nearby = &role.bank.nearby_roles;
        let block = Block::NearbyRoles {
            title: "Métiers proches".into(),
        };
        let texts = block.texts(nearby);
        assert_eq!(texts.len(), 1 + 2 * nearby.len());
        assert!(texts.contains(&nearby[0].name.as_ref()));
    }
}
