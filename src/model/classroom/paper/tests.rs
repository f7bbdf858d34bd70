//! The paper kit: the sheet and its mark, and the line reader (every problem with its
//! question number, look-alikes, totality, and the same code as on screen).

use proptest::prelude::*;

use super::line::{LISTED, PaperAnswers, read};
use super::{Mark, Sheet};
use crate::model::assessment::answers::{Answer, Answers};
use crate::model::assessment::report::Report;
use crate::model::assessment::result_code::encode;
use crate::model::role::quiz::{ItemKind, QuestionBank};
use crate::model::test_support::{any_answers, back_end, role_direction, test_role};

/// The line a person types for `answers`: the mark, then one digit per question (0 for
/// none), in groups of five.
fn line_of(bank: &QuestionBank, answers: &Answers) -> String {
    let sheet = Sheet::of(bank).unwrap();
    let digits: Vec<char> = sheet
        .items
        .iter()
        .map(|n| match answers.get(&*n.item.id) {
            Some(Answer::Agreement(v)) => *v,
            Some(Answer::Choice(i)) => i + 1,
            None => 0,
        })
        .map(|d| char::from(b'0' + d))
        .collect();
    let groups: Vec<String> = digits.chunks(5).map(|c| c.iter().collect()).collect();
    format!("{} {}", sheet.mark, groups.join(" "))
}

/// The answers `answers` gives to the sheet's form.
fn on_the_sheet(bank: &QuestionBank, answers: &Answers) -> Answers {
    bank.form_items("court")
        .filter_map(|i| answers.get(&*i.id).map(|a| (i.id.to_string(), *a)))
        .collect()
}

/// The problems of `line`, in words.
fn problems(bank: &QuestionBank, line: &str) -> Vec<String> {
    read(bank, line)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect()
}

/// The sheet's line with every question answered 3, then `tail` in place of its last
/// `cut` digits.
fn threes(bank: &QuestionBank, cut: usize, tail: &str) -> String {
    let count = Sheet::of(bank).unwrap().items.len();
    format!("C{} {}{tail}", bank.version, "3".repeat(count - cut))
}

#[test]
fn the_sheet_is_the_short_form_numbered_in_its_order_on_two_pages() {
    let role = back_end();
    let bank = &role.bank;
    let sheet = Sheet::of(bank).unwrap();
    assert_eq!(sheet.form.id, "court");
    assert_eq!(sheet.mark.to_string(), "C3");
    assert_eq!(
        sheet.mark,
        Mark {
            letter: 'C',
            version: bank.version
        }
    );
    let order: Vec<(usize, &str)> = sheet
        .items
        .iter()
        .map(|n| (n.number, &*n.item.id))
        .collect();
    let form: Vec<(usize, &str)> = bank
        .form_items("court")
        .enumerate()
        .map(|(i, item)| (i + 1, &*item.id))
        .collect();
    assert_eq!(order, form);
    let [first, second] = sheet.pages();
    assert_eq!((first.len(), second.len()), (18, 17));
    assert_eq!(second[0].number, 19);
    assert_eq!(sheet.page_heading(2), "Feuille C3 – page 2 sur 2");
    assert_eq!(sheet.example(), "C3 4435 2…");
    // The mark follows the bank's version and the form's initial.
    let other = test_role();
    let mut bank = other.bank.clone();
    bank.version = 12;
    assert_eq!(Sheet::of(&bank).unwrap().mark.to_string(), "C12");
}

#[test]
fn a_line_gives_the_answers_and_the_code_of_the_same_choices_on_screen() {
    let role = back_end();
    let bank = &role.bank;
    for toward in [true, false] {
        let on_screen: Answers = bank
            .form_items("court")
            .map(|i| (i.id.to_string(), role_direction(bank, i, toward)))
            .collect();
        let line = line_of(bank, &on_screen);
        let read = read(bank, &line).unwrap();
        assert_eq!(
            read,
            PaperAnswers {
                form: "court".to_owned(),
                answers: on_screen.clone()
            }
        );
        assert_eq!(
            encode(bank, &read.form, &read.answers),
            encode(bank, "court", &on_screen)
        );
        let report = |a: &Answers| Report::new(bank, "court", a).map(|r| (r.overall(), r.band()));
        assert_eq!(report(&read.answers), report(&on_screen));
    }
    // A situation's digit is its option's number in the bank's order; 0 is no answer.
    let (number, situation) = Sheet::of(bank)
        .unwrap()
        .items
        .iter()
        .find(|n| matches!(n.item.kind, ItemKind::Situation { .. }))
        .map(|n| (n.number, n.item))
        .unwrap();
    let mut line = threes(bank, 0, "").into_bytes();
    let at = line.len() - (Sheet::of(bank).unwrap().items.len() - number) - 1;
    line[at] = b'2';
    line[at - 1] = b'0';
    let read = read(bank, std::str::from_utf8(&line).unwrap()).unwrap();
    assert_eq!(read.answers.get(&*situation.id), Some(&Answer::Choice(1)));
    assert_eq!(read.answers.len(), 34);
}

#[test]
fn every_wrong_digit_is_named_with_its_question() {
    let role = back_end();
    let bank = &role.bank;
    let sheet = Sheet::of(bank).unwrap();
    let situation = sheet
        .items
        .iter()
        .find(|n| matches!(n.item.kind, ItemKind::Situation { .. }))
        .unwrap()
        .number;
    assert_eq!(situation, 13);
    let line = format!("C3 333333 6 33333 4 33 x 33 3 {}", "3".repeat(16));
    assert_eq!(
        problems(bank, &line),
        [
            "question 7 : 6 n'est pas une réponse possible (1 à 5, ou 0 sans réponse)",
            "question 13 : 4 n'est pas une réponse possible (1 à 3, ou 0 sans réponse)",
            "question 16 : « x », U+0078 n'est pas un chiffre",
        ]
    );
    // Beyond the first ten, the others are counted.
    let line = format!("C3 {}", "9".repeat(35));
    let all = problems(bank, &line);
    assert_eq!(all.len(), LISTED + 1);
    assert_eq!(all[LISTED], "et 25 autres réponses impossibles");
}

#[test]
fn missing_and_extra_digits_are_counted() {
    let role = back_end();
    let bank = &role.bank;
    assert_eq!(
        problems(bank, &threes(bank, 1, "")),
        ["il manque la réponse de la question 35"]
    );
    assert_eq!(
        problems(bank, &threes(bank, 2, "")),
        ["il manque les réponses des questions 34 et 35"]
    );
    assert_eq!(
        problems(bank, &threes(bank, 16, "")),
        ["il manque les réponses des questions 20 à 35"]
    );
    assert_eq!(
        problems(bank, &threes(bank, 0, "44")),
        ["37 réponses pour 35 questions : il y en a 2 de trop"]
    );
    // A wrong digit and a missing one are both said.
    assert_eq!(
        problems(bank, &threes(bank, 3, "7")),
        [
            "question 33 : 7 n'est pas une réponse possible (1 à 5, ou 0 sans réponse)",
            "il manque les réponses des questions 34 et 35",
        ]
    );
}

#[test]
fn a_missing_unknown_or_older_mark_stops_the_reading() {
    let role = back_end();
    let bank = &role.bank;
    let digits = "4".repeat(35);
    assert_eq!(problems(bank, "  \u{a0} "), ["la ligne est vide"]);
    assert_eq!(
        problems(bank, &digits),
        ["la ligne doit commencer par la marque écrite en haut de la feuille (C3)"]
    );
    let run_on = format!("C{digits}");
    for (line, typed) in [
        (format!("K3 {digits}"), "K3"),
        (format!("C4 {digits}"), "C4"),
        (format!("C{digits}"), run_on.as_str()),
        (format!("C {digits}"), run_on.as_str()),
        (format!("C\u{202E}3 {digits}"), "C"),
        (
            format!("C{digits}{digits}"),
            "C444444444444444444444444444444444444444…",
        ),
    ] {
        assert_eq!(
            problems(bank, &line),
            [format!(
                "« {typed} » n'est pas la marque de la feuille actuelle (C3) : recopiez la marque, puis une espace et les réponses"
            )],
            "{line}"
        );
    }
    for older in ["C2", "c 1", "C02"] {
        assert_eq!(
            problems(bank, &format!("{older} {digits}")),
            [format!(
                "la feuille C{} date d'une ancienne version des questions : imprimez la feuille actuelle (C3) et faites-la remplir",
                &older[older.len() - 1..]
            )],
            "{older}"
        );
    }
}

#[test]
fn spaces_hyphens_and_the_look_alikes_of_a_copy_are_read_as_what_they_stand_for() {
    let role = back_end();
    let bank = &role.bank;
    let plain = threes(bank, 0, "");
    let expected = read(bank, &plain).unwrap();
    let full_width: String = plain
        .chars()
        .map(|c| match c {
            '0'..='9' | 'A'..='Z' => char::from_u32(u32::from(c) + 0xFEE0).unwrap(),
            c => c,
        })
        .collect();
    let spaced = plain.replace(' ', "\u{a0}\u{202f}\u{200b}\u{2011}");
    let lower = format!("\u{feff} c3 - {}", &plain[3..].replace("44", "4 4"));
    for line in [full_width, spaced, lower] {
        assert_eq!(read(bank, &line), Ok(expected.clone()), "{line:?}");
    }
}

proptest! {
    #[test]
    fn any_text_reads_without_panicking(text in ".{0,200}", digits in "[Cc3 0-9x\u{ff11}-]{0,80}") {
        let role = back_end();
        let _ = read(&role.bank, &text);
        let _ = read(&role.bank, &digits);
    }

    #[test]
    fn any_answers_written_as_digits_read_back_equal(answers in any_answers(&back_end().bank)) {
        let role = back_end();
        let bank = &role.bank;
        let kept = on_the_sheet(bank, &answers);
        let read = read(bank, &line_of(bank, &answers)).unwrap();
        prop_assert_eq!(&read.answers, &kept);
        prop_assert_eq!(encode(bank, &read.form, &read.answers), encode(bank, "court", &answers));
    }
}
