//! The group view's reading and figures. `testdata/atelier/` holds five participants'
//! answers and the figures they must give (`expected.json`); the end-to-end workshop test
//! answers the same way in five browsers and checks the page against the same file.

use proptest::prelude::*;
use serde_json::{Value, json};

use super::*;
use crate::model::assessment::answers::Answers;
use crate::model::assessment::ratings::Rating;
use crate::model::assessment::result_code::{encode, encode_with};
use crate::model::base::json::fields::{Fields, list, map, string, unsigned};
use crate::model::test_support::{back_end, stored_answers};
use csv::csv_cell;

/// One participant of the fixture: a form, answers written as the stored document
/// writes them, and the activities rated (each rating's code, 1 to 3).
struct Fixture {
    form: String,
    answers: Answers,
    ratings: Ratings,
}

impl Fixture {
    /// What the participant's code holds.
    fn decoded(&self) -> Decoded {
        Decoded {
            form: self.form.clone(),
            answers: self.answers.clone(),
            ratings: self.ratings.clone(),
        }
    }
}

/// A fixture's rating of one activity: `{"liking": 1, "difficulty": 3}`, either absent.
fn fixture_rating(value: &crate::model::base::json::Value) -> Result<Rating, String> {
    let fields = Fields::of(value, &["liking", "difficulty"], true)?;
    let code = |name| fields.or(name, 0, unsigned::<u8>);
    Ok(Rating {
        liking: Liking::from_code(code("liking")?),
        difficulty: Difficulty::from_code(code("difficulty")?),
    })
}

const PARTICIPANTS: &str = include_str!("../../testdata/atelier/participants.json");
const EXPECTED_PATH: &str = "src/model/testdata/atelier/expected.json";

fn fixtures() -> Vec<Fixture> {
    let people = crate::model::base::json::parse(PARTICIPANTS).unwrap();
    list(&people, |person| {
        let fields = Fields::of(person, &["form", "answers", "ratings"], true)?;
        Ok(Fixture {
            form: fields.required("form", string)?,
            answers: fields.required("answers", stored_answers)?,
            ratings: fields.or("ratings", Ratings::new(), |v| map(v, fixture_rating))?,
        })
    })
    .unwrap()
}

/// The code of the `i`-th participant of the fixture, with their ratings.
fn fixture_code(i: usize) -> String {
    let f = &fixtures()[i];
    encode_with(&back_end().bank, &f.form, &f.answers, &f.ratings).unwrap()
}

/// The fixture's five participants, read from lines 1 to 5.
fn fixture_group(bank: &QuestionBank) -> Group {
    let participants = fixtures()
        .iter()
        .enumerate()
        .map(|(i, f)| Participant::of(bank, i + 1, fixture_code(i), &f.decoded()).unwrap())
        .collect();
    Group {
        participants,
        ..Group::default()
    }
}

/// Each activity's title with its counts per answer and how many answered, as the
/// group view's tables show them.
fn tallied(rows: Vec<(&Activity, [usize; 3], usize)>) -> Vec<Value> {
    rows.iter()
        .map(|(activity, counts, rated)| json!([activity.title, counts, rated]))
        .collect()
}

/// A group of one participant per `(form, answers)`, read from lines 1, 2, …
fn group_of(bank: &QuestionBank, people: &[(&str, &Answers)]) -> Group {
    let participants = people
        .iter()
        .enumerate()
        .map(|(i, (form, answers))| {
            let code = encode(bank, form, answers).unwrap();
            let decoded = Decoded {
                form: form.to_string(),
                answers: (*answers).clone(),
                ratings: Default::default(),
            };
            Participant::of(bank, i + 1, code, &decoded).unwrap()
        })
        .collect();
    Group {
        participants,
        ..Group::default()
    }
}

/// The figures of a group as the group view shows them, in whole points, and the
/// participants' codes.
fn shown(bank: &QuestionBank, group: &Group) -> Value {
    json!({
        "codes": group.participants.iter().map(|p| &p.code).collect::<Vec<_>>(),
        "participants": group.participants.len(),
        "bands": group.bands().iter().map(|(b, n)| json!([band_label(*b), n])).collect::<Vec<_>>(),
        "overall": group.overall().map(|s| json!([points(s.mean), points(s.deviation)])),
        "dimensions": group.dimensions(bank).iter().map(|(d, s)| {
            json!([d.name, s.map(|s| json!([s.count, points(s.mean), points(s.deviation), s.min, s.max]))])
        }).collect::<Vec<_>>(),
        "riasec_codes": group.riasec_codes(),
        "riasec_group": group.riasec_profile().code(),
        "precisions": group.precisions(),
        "likings": tallied(group.likings(bank)),
        "difficulties": tallied(group.difficulties(bank)),
        // Each participant's headline on their own result screen.
        "headlines": group.participants.iter().map(|p| {
            let headline = p.headline.map(|h| h.label()).unwrap_or_default();
            match p.precision.and_then(|x| x.describe()) {
                Some(figure) => format!("{headline} : {figure}"),
                None => headline,
            }
        }).collect::<Vec<_>>(),
    })
}

#[test]
fn five_participants_give_the_expected_figures() {
    let role = back_end();
    let bank = &role.bank;
    let group = fixture_group(bank);
    let figures = shown(bank, &group);
    let bands: Vec<usize> = group.bands().iter().map(|(_, n)| *n).collect();
    assert!(
        bands.iter().filter(|n| **n > 0).count() >= 3,
        "the fixture should spread over bands: {bands:?}"
    );
    let text = serde_json::to_string_pretty(&figures).unwrap() + "\n";
    if std::env::var_os("UPDATE_EXPECTED").is_some() {
        std::fs::write(EXPECTED_PATH, &text).unwrap();
    }
    let expected: Value =
        serde_json::from_str(include_str!("../../testdata/atelier/expected.json"))
            .expect("expected.json: run with UPDATE_EXPECTED=1 to write it");
    assert_eq!(
        figures, expected,
        "{EXPECTED_PATH} is out of date; check the change, then run with UPDATE_EXPECTED=1"
    );
}

#[test]
fn pasted_codes_give_the_same_participants_as_their_answers() {
    let role = back_end();
    let bank = &role.bank;
    let codes: Vec<String> = (0..5).map(fixture_code).collect();
    let paste = format!(
        "{}\n\n  {}  \r\n{}\n<script>alert(1)</script>\n{}\n{}\n{}\n",
        codes[0],
        codes[1].to_lowercase(),
        codes[2],
        codes[0].replace('-', " "),
        codes[3],
        codes[4]
    );
    let group = Group::read(bank, &paste).unwrap();
    assert_eq!(group.participants.len(), 5);
    for (p, f) in group.participants.iter().zip(fixtures()) {
        let direct = Participant::of(bank, p.line, p.code.clone(), &f.decoded()).unwrap();
        assert_eq!(*p, direct);
    }
    assert_eq!(
        group
            .participants
            .iter()
            .map(|p| p.line)
            .collect::<Vec<_>>(),
        [1, 3, 4, 7, 8]
    );
    assert_eq!(group.duplicates, [Duplicate { line: 6, first: 1 }]);
    assert_eq!(
        group.errors,
        [LineError {
            line: 5,
            error: CodeError::BadCharacter {
                character: '<',
                position: 1
            }
        }]
    );
}

#[test]
fn the_csv_has_one_row_per_code_and_no_name() {
    let bank = &back_end().bank;
    let code = fixture_code(0);
    let group = Group::read(bank, &format!("{code}\n{code}\n")).unwrap();
    let csv = group.csv(bank);
    assert!(csv.starts_with('\u{feff}'));
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines.len(), 2);
    assert!(
        lines[0].starts_with(
            "code;formulaire;affinite;affinite_basse;affinite_haute;precision;niveau;"
        )
    );
    assert!(lines[1].starts_with(&format!("{code};court;")));
    assert_eq!(
        lines[0].split(';').count(),
        lines[1].split(';').count(),
        "{csv}"
    );
}

#[test]
fn the_csv_level_is_what_each_screen_said_first() {
    let bank = &back_end().bank;
    let codes: Vec<String> = (0..5).map(fixture_code).collect();
    let group = Group::read(bank, &codes.join("\n")).unwrap();
    let csv = group.csv(bank);
    let levels: Vec<&str> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(';').nth(6).unwrap())
        .collect();
    let headlines: Vec<String> = group
        .participants
        .iter()
        .map(|p| p.headline.map(|h| h.label()).unwrap_or_default())
        .collect();
    assert_eq!(levels, headlines);
    // The fixture holds results between two bands, and the CSV says so.
    assert!(
        levels.iter().any(|l| l.starts_with("Affinité entre ")),
        "{levels:?}"
    );
}

#[test]
fn csv_figures_are_whole_points_and_empty_without_a_score() {
    let role = back_end();
    let fixtures = fixtures();
    let (first, none) = (&fixtures[0], Answers::new());
    let group = group_of(
        &role.bank,
        &[(&first.form, &first.answers), ("court", &none)],
    );
    let csv = group.csv(&role.bank);
    let rows: Vec<Vec<&str>> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(';').collect())
        .collect();
    let scored = &group.participants[0];
    let (overall, (low, high)) = (scored.overall.unwrap(), scored.range.unwrap());
    assert_eq!(
        rows[0][2..5],
        [overall, low, high].map(|n| n.to_string()),
        "{csv}"
    );
    assert_eq!(group.participants[1].overall, None);
    assert_eq!(rows[1][2..5], ["", "", ""], "{csv}");
}

#[test]
fn csv_cells_cannot_become_formulas_or_break_rows() {
    assert_eq!(csv_cell("=SOMME(A1)"), "'=SOMME(A1)");
    assert_eq!(csv_cell("a;b"), "\"a;b\"");
    assert_eq!(csv_cell("dit \"oui\""), "\"dit \"\"oui\"\"\"");
    assert_eq!(csv_cell("Rigueur"), "Rigueur");
}

#[test]
fn spread_is_the_population_deviation() {
    let s = Spread::of([50u8, 70].into_iter()).unwrap();
    assert_eq!(
        (s.count, s.mean, s.deviation, s.min, s.max),
        (2, 60.0, 10.0, 50, 70)
    );
    assert_eq!(Spread::of(std::iter::empty()), None);
}

#[test]
fn a_paste_at_the_caps_is_read_line_by_line() {
    let bank = &back_end().bank;
    let code = fixture_code(2);
    let paste: String = (0..MAX_LINES)
        .map(|i| {
            if i % 2 == 0 {
                format!("{code}\n")
            } else {
                format!("ligne {i}\n")
            }
        })
        .collect();
    let group = Group::read(bank, &paste).unwrap();
    assert_eq!(group.participants.len(), 1);
    assert_eq!(group.duplicates.len(), MAX_LINES / 2 - 1);
    assert_eq!(group.errors.len(), MAX_LINES / 2);
}

#[test]
fn a_full_workshop_of_full_form_codes_fits_the_caps() {
    let bank = &back_end().bank;
    let code = encode(bank, "complet", &Answers::new()).unwrap();
    assert_eq!(code.chars().count(), 56, "{code}");
    let paste = format!("  {code}  \r\n").repeat(MAX_LINES);
    assert_eq!(check_size(&paste), Ok(()));
}

#[test]
fn a_paste_over_the_caps_is_refused_whole_with_the_caps_in_words() {
    let bank = &back_end().bank;
    let code = fixture_code(2);
    let over_lines = format!("{code}\n\n").repeat(MAX_LINES + 1);
    assert_eq!(Group::read(bank, &over_lines), Err(TooLarge::Lines));
    // Blank lines do not count.
    assert!(Group::read(bank, &format!("{code}\n\n").repeat(MAX_LINES)).is_ok());
    // What blocked the page: 100 000 codes, one 10 MB line, 10 MB of right-to-left
    // overrides and zero-width spaces.
    let measured = [
        format!("{code}\n").repeat(100_000),
        "A".repeat(10_000_000),
        "\u{202E}\u{200B}".repeat(10_000_000 / 6),
    ];
    for paste in &measured {
        assert_eq!(Group::read(bank, paste), Err(TooLarge::Characters));
    }
    assert_eq!(check_size(&"x".repeat(MAX_CHARACTERS)), Ok(()));
    assert_eq!(
        check_size(&"é".repeat(MAX_CHARACTERS + 1)),
        Err(TooLarge::Characters)
    );
    // Counted as the browser counts a field's length: an emoji is two.
    assert_eq!(check_size(&"😀".repeat(MAX_CHARACTERS / 2)), Ok(()));
    assert_eq!(
        check_size(&format!("{}x", "😀".repeat(MAX_CHARACTERS / 2))),
        Err(TooLarge::Characters)
    );
    assert_eq!(
        TooLarge::Lines.to_string(),
        "Trop de texte : la vue de groupe lit au plus 500 codes à la fois. \
         Collez les codes en plusieurs fois."
    );
    assert_eq!(
        TooLarge::Characters.to_string(),
        "Trop de texte : la vue de groupe lit au plus 40\u{202F}000 caractères à la fois. \
         Collez les codes en plusieurs fois."
    );
}

proptest! {
    #[test]
    fn every_non_blank_line_is_counted_once(text in "([0-9A-Za-z -]{0,30}\n){0,20}") {
        let role = back_end();
        let group = Group::read(&role.bank, &text).unwrap();
        let lines = text.lines().filter(|l| !l.trim().is_empty()).count();
        prop_assert_eq!(
            group.participants.len() + group.errors.len() + group.duplicates.len(),
            lines
        );
    }

    #[test]
    fn reading_any_text_never_panics(text in "(?s).{0,400}") {
        let _ = Group::read(&back_end().bank, &text);
    }
}

#[test]
fn refused_lines_are_summarised_for_their_field() {
    let role = back_end();
    let group = Group::read(&role.bank, "bonjor\n\nABCD-1234\n").unwrap();
    assert_eq!(
        refused_summary(&group.errors).as_deref(),
        Some("2 lignes refusées : lignes 1, 3")
    );
    let one = Group::read(&role.bank, "ABCD-1234").unwrap();
    assert_eq!(
        refused_summary(&one.errors).as_deref(),
        Some("1 ligne refusée : ligne 1")
    );
    assert_eq!(
        refused_summary(&Group::read(&role.bank, "").unwrap().errors),
        None
    );
    // Ten numbers are all shown; "…" stands for an eleventh and more.
    let ten = Group::read(&role.bank, &"xx\n".repeat(10)).unwrap();
    assert_eq!(
        refused_summary(&ten.errors).as_deref(),
        Some("10 lignes refusées : lignes 1, 2, 3, 4, 5, 6, 7, 8, 9, 10")
    );
    let many = Group::read(&role.bank, &"xx\n".repeat(12)).unwrap();
    assert!(refused_summary(&many.errors).unwrap().ends_with("9, 10, …"));
}

#[test]
fn forms_count_their_participants_in_the_banks_order() {
    let role = back_end();
    let fixtures = fixtures();
    let (first, none) = (&fixtures[0], Answers::new());
    assert_eq!(first.form, "court");
    let group = group_of(
        &role.bank,
        &[
            ("complet", &none),
            ("court", &first.answers),
            ("court", &none),
        ],
    );
    let forms: Vec<(&str, usize)> = group
        .forms(&role.bank)
        .iter()
        .map(|(form, n)| (&*form.id, *n))
        .collect();
    assert_eq!(forms, [("court", 2), ("complet", 1)]);
}

#[test]
fn riasec_codes_are_counted_most_common_first_and_never_empty() {
    let role = back_end();
    let fixtures = fixtures();
    let (a, b, none) = (&fixtures[0], &fixtures[1], Answers::new());
    let group = group_of(
        &role.bank,
        &[
            (&b.form, &b.answers),
            (&a.form, &a.answers),
            ("court", &none),
            (&a.form, &a.answers),
        ],
    );
    let code = |p: &Participant| p.riasec.code();
    let (code_a, code_b) = (code(&group.participants[1]), code(&group.participants[0]));
    assert!(code_a != code_b && !code_b.is_empty(), "{code_a} {code_b}");
    // No answers: no RIASEC code, and no entry for one.
    assert_eq!(code(&group.participants[2]), "");
    assert_eq!(group.riasec_codes(), [(code_a, 2), (code_b, 1)]);
}

/// The CSV ends with two columns per activity, named from its id: the participant's
/// liking and difficulty in words, empty when not rated.
#[test]
fn the_csv_gives_each_activitys_ratings_in_words() {
    let bank = &back_end().bank;
    let group = fixture_group(bank);
    let csv = group.csv(bank);
    let rows: Vec<Vec<&str>> = csv
        .trim_start_matches('\u{feff}')
        .lines()
        .map(|l| l.split(';').collect())
        .collect();
    let columns = 2 * bank.activities.len();
    fn last<'a>(row: &[&'a str], n: usize) -> Vec<&'a str> {
        row[row.len() - n..].to_vec()
    }
    let ids: Vec<String> = bank
        .activities
        .iter()
        .flat_map(|a| [format!("{}_avis", a.id), format!("{}_difficulte", a.id)])
        .collect();
    assert_eq!(last(&rows[0], columns), ids);
    for (row, fixture) in rows[1..].iter().zip(fixtures()) {
        let words: Vec<&str> = bank
            .activities
            .iter()
            .flat_map(|a| {
                let r = fixture
                    .ratings
                    .get(a.id.as_ref())
                    .copied()
                    .unwrap_or_default();
                [
                    r.liking.map_or("", Liking::label),
                    r.difficulty.map_or("", Difficulty::label),
                ]
            })
            .collect();
        assert_eq!(last(row, columns), words, "{csv}");
    }
    // The fixture rates with both words, with a liking alone, and not at all.
    let cells: Vec<&str> = rows[1..]
        .iter()
        .flat_map(|row| last(row, columns))
        .collect();
    for word in [
        "J'ai aimé",
        "Bof",
        "Pas du tout",
        "Facile",
        "Moyen",
        "Difficile",
        "",
    ] {
        assert!(cells.contains(&word), "{word:?} in {cells:?}");
    }
}

/// Likings and difficulties are counted apart: a liking alone counts in the first only.
#[test]
fn likings_and_difficulties_count_their_own_answers() {
    let bank = &back_end().bank;
    let (first, second) = (&bank.activities[0], &bank.activities[1]);
    let rating = |liking, difficulty| Rating { liking, difficulty };
    let people = [
        [(first, rating(Some(Liking::Liked), Some(Difficulty::Hard)))].to_vec(),
        [(first, rating(Some(Liking::Meh), None))].to_vec(),
        [
            (first, rating(Some(Liking::Liked), Some(Difficulty::Hard))),
            (second, rating(None, Some(Difficulty::Easy))),
        ]
        .to_vec(),
    ];
    let participants = people
        .iter()
        .enumerate()
        .map(|(i, rated)| {
            let decoded = Decoded {
                form: "court".to_owned(),
                answers: Answers::new(),
                ratings: rated.iter().map(|(a, r)| (a.id.to_string(), *r)).collect(),
            };
            Participant::of(bank, i + 1, format!("code {i}"), &decoded).unwrap()
        })
        .collect();
    let group = Group {
        participants,
        ..Group::default()
    };
    let counts = |rows: Vec<(&Activity, [usize; 3], usize)>| {
        rows.iter()
            .map(|(a, counts, rated)| (a.id.to_string(), *counts, *rated))
            .take(3)
            .collect::<Vec<_>>()
    };
    let id = |a: &Activity| a.id.to_string();
    let third = id(&bank.activities[2]);
    assert_eq!(
        counts(group.likings(bank)),
        [
            (id(first), [2, 1, 0], 3),
            (id(second), [0, 0, 0], 0),
            (third.clone(), [0, 0, 0], 0)
        ]
    );
    assert_eq!(
        counts(group.difficulties(bank)),
        [
            (id(first), [0, 0, 2], 2),
            (id(second), [1, 0, 0], 1),
            (third, [0, 0, 0], 0)
        ]
    );
}
