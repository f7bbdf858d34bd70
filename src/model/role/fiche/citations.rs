//! Which sources each part of a fiche cites: a block, a section, the key figures. The
//! fiche screen names them under each part, and the content checks find the sources
//! that nothing cites.

use super::{Block, Fiche, Section};

/// `ids` without repetitions, in the order of their first appearance.
fn distinct<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen = Vec::new();
    for id in ids {
        if !seen.contains(&id) {
            seen.push(id);
        }
    }
    seen
}

impl Block {
    /// The sources this block cites, with repetitions, in order.
    pub fn cited(&self) -> Vec<&str> {
        match self {
            Block::Paragraph { sources, .. } | Block::List { sources, .. } => {
                sources.iter().map(|s| s.as_ref()).collect()
            }
            Block::Figures { rows, .. } => rows.iter().map(|r| r.figure.source.as_ref()).collect(),
            Block::Faq { entries } => entries
                .iter()
                .flat_map(|e| e.sources.iter().map(|s| s.as_ref()))
                .collect(),
            // The nearby roles are the bank's, which cites no fiche source for them.
            Block::NearbyRoles { .. } => Vec::new(),
        }
    }
}

impl Section {
    /// The sources the section's blocks cite, each once, in order.
    pub fn cited(&self) -> Vec<&str> {
        distinct(self.blocks.iter().flat_map(|b| b.cited()))
    }
}

impl Fiche {
    /// The source of each key figure, with repetitions, in order.
    fn key_figure_ids(&self) -> impl Iterator<Item = &str> {
        self.key_figures
            .iter()
            .flat_map(|k| k.values.iter().map(|f| f.source.as_ref()))
    }

    /// The sources of the key figures, each once, in order.
    pub fn key_figure_sources(&self) -> Vec<&str> {
        distinct(self.key_figure_ids())
    }

    /// Every source id the fiche cites, with repetitions.
    pub fn cited(&self) -> impl Iterator<Item = &str> {
        self.key_figure_ids().chain(
            self.sections
                .iter()
                .flat_map(|s| s.blocks.iter())
                .flat_map(|b| b.cited()),
        )
    }
}

#[cfg(test)]
mod tests {
    use crate::model::test_support::back_end;

    #[test]
    fn a_section_names_each_source_once_in_order() {
        let fiche = &back_end().fiche;
        for section in fiche.sections.iter() {
            let cited = section.cited();
            let all: Vec<&str> = section.blocks.iter().flat_map(|b| b.cited()).collect();
            for id in &all {
                assert_eq!(
                    cited.iter().filter(|c| *c == id).count(),
                    1,
                    "{}",
                    section.id
                );
            }
            let first = |id: &str| all.iter().position(|a| *a == id);
            assert!(
                cited.windows(2).all(|w| first(w[0]) < first(w[1])),
                "{}",
                section.id
            );
        }
        assert!(!fiche.key_figure_sources().is_empty());
    }
}
