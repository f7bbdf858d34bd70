//! An item as `quiz.json` writes it: one flat object whose `kind` says which fields
//! apply, turned into an [`Item`] with a message that names the item and the field when
//! a field is missing or does not go with the kind. A pair of opposite statements says
//! why on its forward statement (`pair_reason`).

use serde::Deserialize;

use super::{Item, ItemKind, SituationOption};
use crate::model::base::text::{List, Text};

/// The two kinds of item, as `quiz.json` names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
enum WrittenKind {
    Statement,
    Situation,
}

/// An item as `quiz.json` writes it: every field any kind may have.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WrittenItem {
    id: Text,
    forms: List<Text>,
    kind: WrittenKind,
    text: Option<Text>,
    dimension: Option<Text>,
    reverse: Option<bool>,
    pair: Option<Text>,
    /// Why the pair are true opposites (agreeing with both is a contradiction, not a
    /// nuance): written on the forward statement of each pair, checked, and not kept,
    /// since the app never shows it.
    pair_reason: Option<Text>,
    title: Option<Text>,
    options: Option<List<SituationOption>>,
}

impl TryFrom<WrittenItem> for Item {
    type Error = String;

    fn try_from(w: WrittenItem) -> Result<Item, String> {
        let WrittenItem {
            id,
            forms,
            kind,
            text,
            dimension,
            reverse,
            pair,
            pair_reason,
            title,
            options,
        } = w;
        let foreign = [
            ("title", title.is_some() && kind == WrittenKind::Statement),
            (
                "options",
                options.is_some() && kind == WrittenKind::Statement,
            ),
            (
                "dimension",
                dimension.is_some() && kind == WrittenKind::Situation,
            ),
            (
                "reverse",
                reverse.is_some() && kind == WrittenKind::Situation,
            ),
            ("pair", pair.is_some() && kind == WrittenKind::Situation),
            (
                "pair_reason",
                pair_reason.is_some() && kind == WrittenKind::Situation,
            ),
        ];
        if let Some((name, _)) = foreign.iter().find(|(_, here)| *here) {
            return Err(format!(
                "item « {id} » : le champ « {name} » ne va pas avec ce type d'item"
            ));
        }
        let missing = |name: &str| format!("item « {id} » : champ « {name} » manquant");
        let forward = reverse != Some(true);
        match (&pair, &pair_reason, forward) {
            (Some(_), None, true) => return Err(missing("pair_reason")),
            (None, Some(_), _) => {
                return Err(format!(
                    "item « {id} » : « pair_reason » sans « pair » : il n'y a pas de paire à justifier"
                ));
            }
            (Some(_), Some(_), false) => {
                return Err(format!(
                    "item « {id} » : « pair_reason » s'écrit sur l'affirmation directe de la paire, pas sur l'inverse"
                ));
            }
            _ => {}
        }
        let kind = match kind {
            WrittenKind::Statement => ItemKind::Statement {
                text: text.ok_or_else(|| missing("text"))?,
                dimension: dimension.ok_or_else(|| missing("dimension"))?,
                reverse: reverse.unwrap_or(false),
                pair,
            },
            WrittenKind::Situation => ItemKind::Situation {
                title: title.ok_or_else(|| missing("title"))?,
                text: text.ok_or_else(|| missing("text"))?,
                options: options.ok_or_else(|| missing("options"))?,
            },
        };
        Ok(Item { id, forms, kind })
    }
}
