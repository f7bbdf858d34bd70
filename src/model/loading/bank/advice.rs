//! The text of a fiche section, against which a next step's keywords are checked.

use crate::model::role::fiche::Section;
use crate::model::role::quiz::NearbyRole;

/// Everything a section says, for checking advice against it.
pub(super) fn section_text(section: &Section, nearby: &[NearbyRole]) -> String {
    std::iter::once(section.title.as_ref())
        .chain(section.blocks.iter().flat_map(|b| b.texts(nearby)))
        .collect::<Vec<_>>()
        .join("\n")
}
