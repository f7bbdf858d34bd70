//! Why text kept in storage could not be used: the one error of every stored value that
//! carries a version (the visitor's document, the facilitator's group), and its words.

use std::fmt;

/// Why stored text could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// Not JSON, or not the shape of the value.
    Unreadable(String),
    /// Written by a newer version of the app: version `found`, when this one reads up
    /// to `reads`.
    Newer { found: u32, reads: u32 },
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Unreadable(why) => write!(f, "données illisibles ({why})"),
            ReadError::Newer { found, reads } => write!(
                f,
                "données écrites par une version plus récente de l'app (version {found}, \
                 celle-ci lit jusqu'à la version {reads})"
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_errors_say_what_is_wrong() {
        assert_eq!(
            ReadError::Unreadable("EOF".into()).to_string(),
            "données illisibles (EOF)"
        );
        assert_eq!(
            ReadError::Newer {
                found: 99,
                reads: 2
            }
            .to_string(),
            "données écrites par une version plus récente de l'app (version 99, celle-ci lit \
             jusqu'à la version 2)"
        );
    }
}
