//! The kept group: adding codes one by one and by paste, the cap, the stored text read
//! totally and versioned, and two tabs merged.

use proptest::prelude::*;

use super::*;
use crate::model::assessment::answers::{Answer, Answers};
use crate::model::assessment::result_code::encode;
use crate::model::test_support::back_end;

/// The `n`-th of 625 distinct short-form codes: the first four items' agreements spell
/// `n` in base 5.
fn code(bank: &QuestionBank, n: usize) -> String {
    let answers: Answers = bank
        .form_items("court")
        .take(4)
        .enumerate()
        .map(|(i, item)| {
            let digit = (n / 5usize.pow(i as u32)) % 5;
            (item.id.to_string(), Answer::Agreement(digit as u8 + 1))
        })
        .collect();
    encode(bank, "court", &answers).unwrap()
}

fn group_of(bank: &QuestionBank, n: usize) -> KeptGroup {
    let mut group = KeptGroup::default();
    for i in 0..n {
        assert_eq!(group.add(bank, &code(bank, i)), Added::New { count: i + 1 });
    }
    group
}

#[test]
fn a_code_is_added_once_in_its_canonical_form() {
    let bank = back_end().bank;
    let mut group = KeptGroup::default();
    let first = code(&bank, 0);
    let typed = first.to_ascii_lowercase().replace('-', " ");
    assert_eq!(group.add(&bank, &typed), Added::New { count: 1 });
    assert_eq!(group.codes(), std::slice::from_ref(&first));
    assert_eq!(group.add(&bank, &first), Added::Already { count: 1 });
    assert_eq!(group.add(&bank, &code(&bank, 1)), Added::New { count: 2 });
    assert_eq!(group.codes(), [first, code(&bank, 1)]);
    let refused = group.add(&bank, "ABCD-1234");
    assert_eq!(refused, Added::Refused(CodeError::NotACode));
    assert!(refused.refused());
    assert_eq!(group.codes().len(), 2);
}

#[test]
fn each_outcome_is_said_with_the_count_in_words() {
    assert_eq!(
        Added::New { count: 12 }.sentence(),
        "Code ajouté au groupe : 12 participants."
    );
    assert_eq!(
        Added::Already { count: 1 }.sentence(),
        "Ce code était déjà dans le groupe, il compte une fois : 1 participant."
    );
    assert_eq!(
        Added::Refused(CodeError::NotACode).sentence(),
        format!("Code refusé : {}.", CodeError::NotACode)
    );
    assert!(Added::Full.sentence().contains("au plus 500 codes"));
    assert_eq!(participants_words(0), "aucun participant");
}

#[test]
fn the_group_keeps_at_most_the_cap() {
    let bank = back_end().bank;
    let mut group = group_of(&bank, MAX_LINES);
    let over = code(&bank, MAX_LINES);
    assert_eq!(group.add(&bank, &over), Added::Full);
    assert!(Added::Full.refused());
    // A code already there is still recognised.
    assert_eq!(
        group.add(&bank, &code(&bank, 0)),
        Added::Already { count: MAX_LINES }
    );
    let taken = group
        .take(&bank, &format!("{over}\n{}", code(&bank, 3)))
        .unwrap();
    assert_eq!((taken.added, taken.already, taken.full), (0, 1, 1));
    assert_eq!(taken.left, over);
    assert!(
        taken
            .sentence()
            .ends_with("1 code laissé dans le champ : le groupe garde au plus 500 codes.")
    );
}

#[test]
fn a_paste_adds_its_codes_and_leaves_the_refused_lines_numbered_as_they_stay() {
    let bank = back_end().bank;
    let mut group = group_of(&bank, 1);
    let (old, new) = (code(&bank, 0), code(&bank, 1));
    let paste = format!("bonjor\n\n{old}\n{new}\nABCD-1234\n{new}\n");
    let taken = group.take(&bank, &paste).unwrap();
    assert_eq!((taken.added, taken.already, taken.full), (1, 2, 0));
    assert_eq!(taken.left, "bonjor\nABCD-1234");
    let lines: Vec<usize> = taken.errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [1, 2]);
    assert_eq!(taken.errors[1].error, CodeError::NotACode);
    assert_eq!(
        taken.sentence(),
        "1 code ajouté, 2 déjà dans le groupe, 2 lignes refusées."
    );
    assert_eq!(group.codes(), [old, new]);
    assert_eq!(
        Taken::default().sentence(),
        "0 code ajouté, 0 déjà dans le groupe, 0 ligne refusée."
    );
    // Over the caps, nothing is read.
    let before = group.clone();
    assert_eq!(
        group.take(&bank, &"A\n".repeat(MAX_LINES + 1)),
        Err(TooLarge::Lines)
    );
    assert_eq!(group, before);
}

#[test]
fn the_figures_are_the_codes_read_as_a_paste() {
    let bank = back_end().bank;
    let group = group_of(&bank, 3);
    let figures = group.figures(&bank);
    assert_eq!(
        figures,
        Group::read(&bank, &group.codes().join("\n")).unwrap()
    );
    assert_eq!(figures.participants.len(), 3);
    assert!(KeptGroup::default().figures(&bank).participants.is_empty());
}

#[test]
fn the_stored_text_round_trips_with_its_version() {
    let bank = back_end().bank;
    let group = group_of(&bank, 3);
    let text = group.write();
    assert!(text.starts_with(r#"{"version":1,"codes":[""#), "{text}");
    assert_eq!(KeptGroup::read(&text), Ok(group));
    assert_eq!(
        KeptGroup::read(r#"{"version":1,"codes":[]}"#),
        Ok(KeptGroup::default())
    );
}

#[test]
fn newer_or_unreadable_text_is_an_error_that_says_why() {
    let bank = back_end().bank;
    let one = code(&bank, 0);
    // A newer version is never read as this one, whatever it holds.
    for newer in [
        r#"{"version":2,"codes":[]}"#,
        r#"{"version":2,"codes":[],"plus":1}"#,
    ] {
        assert_eq!(
            KeptGroup::read(newer),
            Err(ReadError::Newer { found: 2, reads: 1 }),
            "{newer}"
        );
    }
    let lower = one.to_ascii_lowercase();
    for text in [
        "",
        "{",
        "[]",
        r#"{"codes":[]}"#,
        r#"{"version":0,"codes":[]}"#,
        r#"{"version":1}"#,
        r#"{"version":1,"codes":[1]}"#,
        r#"{"version":1,"codes":[],"autre":true}"#,
        &format!(r#"{{"version":1,"codes":["{lower}"]}}"#),
        r#"{"version":1,"codes":["pas un code"]}"#,
    ] {
        assert!(
            matches!(KeptGroup::read(text), Err(ReadError::Unreadable(_))),
            "{text}"
        );
    }
    let too_many = (0..=MAX_LINES)
        .map(|i| format!("\"{}\"", code(&bank, i)))
        .collect::<Vec<_>>()
        .join(",");
    assert_eq!(
        KeptGroup::read(&format!(r#"{{"version":1,"codes":[{too_many}]}}"#)),
        Err(ReadError::Unreadable("plus de 500 codes".into()))
    );
}

#[test]
fn two_tabs_merge_into_the_union_of_their_codes() {
    let bank = back_end().bank;
    let mut mine = group_of(&bank, 2);
    let mut theirs = KeptGroup::default();
    theirs.add(&bank, &code(&bank, 1));
    theirs.add(&bank, &code(&bank, 5));
    let merged = mine.merge(&theirs);
    assert_eq!(
        merged.codes(),
        [code(&bank, 0), code(&bank, 1), code(&bank, 5)]
    );
    // The other tab, merging our write, comes to the same codes: no tab writes again.
    let back = theirs.merge(&merged);
    assert_eq!(merged.merge(&back), merged);
    mine.clear();
    assert!(mine.is_empty());
    // Within the cap.
    let full = group_of(&bank, MAX_LINES);
    assert_eq!(full.merge(&theirs).codes().len(), MAX_LINES);
}

proptest! {
    #[test]
    fn reading_any_text_never_panics(text in "(?s).{0,200}") {
        let _ = KeptGroup::read(&text);
    }

    #[test]
    fn reading_any_codes_list_is_total(codes in proptest::collection::vec("[0-9A-Z -]{0,12}", 0..8)) {
        let list = codes.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(",");
        let text = format!(r#"{{"version":1,"codes":[{list}]}}"#);
        if let Ok(group) = KeptGroup::read(&text) {
            prop_assert_eq!(KeptGroup::read(&group.write()), Ok(group));
        }
    }
}
