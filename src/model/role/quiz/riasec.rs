//! Holland's six interest types (RIASEC), as O*NET names the role's profile with them
//! and as the question bank maps its interests to them.

use serde::Deserialize;

/// One of Holland's six interest types (RIASEC), as O*NET uses them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
pub enum Riasec {
    R,
    I,
    A,
    S,
    E,
    C,
}

impl Riasec {
    pub const ALL: [Riasec; 6] = [
        Riasec::R,
        Riasec::I,
        Riasec::A,
        Riasec::S,
        Riasec::E,
        Riasec::C,
    ];

    /// The type's letter.
    pub fn letter(self) -> char {
        match self {
            Riasec::R => 'R',
            Riasec::I => 'I',
            Riasec::A => 'A',
            Riasec::S => 'S',
            Riasec::E => 'E',
            Riasec::C => 'C',
        }
    }

    /// The type's French name.
    pub fn name(self) -> &'static str {
        match self {
            Riasec::R => "Réaliste",
            Riasec::I => "Investigateur",
            Riasec::A => "Artistique",
            Riasec::S => "Social",
            Riasec::E => "Entreprenant",
            Riasec::C => "Conventionnel",
        }
    }
}
