//! The text of a fiche section, against which a next step's keywords are checked.

use crate::model::fiche::{Block, Section};

/// Everything a section says, for checking advice against it.
pub(super) fn section_text(section: &Section) -> String {
    let mut text = section.title.to_string();
    let mut add = |t: &str| {
        text.push('\n');
        text.push_str(t);
    };
    for block in section.blocks.iter() {
        match block {
            Block::Paragraph { text, .. } => add(text),
            Block::List { title, items, .. } => {
                add(title);
                items.iter().for_each(|i| add(i));
            }
            Block::Figures { caption, rows } => {
                add(caption);
                for row in rows.iter() {
                    add(&row.label);
                    add(&row.figure.value);
                    add(&row.figure.note);
                }
            }
            Block::Faq { entries } => {
                for e in entries.iter() {
                    add(&e.question);
                    add(&e.answer);
                }
            }
        }
    }
    text
}
