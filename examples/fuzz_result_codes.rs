//! A long fuzz run of result-code decoding, beyond the property tests of `cargo test`:
//! `scripts/fuzz-result-codes [inputs]` (1,000,000 by default).
//!
//! Inputs are drawn from a seeded generator, a fifth of each kind: any Unicode text;
//! text made of code characters and separators; valid codes of random answers, which
//! must decode to exactly those answers; valid codes with one symbol changed, which must
//! be refused; valid codes mangled in other ways (symbols inserted, removed, swapped,
//! truncated, case changed, glued together). Decoding must never panic: a panic prints
//! the input that caused it. Prints how many inputs gave each outcome.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::time::Instant;

use metier_back_end::model::assessment::answers::{Answer, Answers};
use metier_back_end::model::assessment::result_code::{CodeError, decode, encode};
use metier_back_end::model::loading::BACK_END_DATA;
use metier_back_end::model::role::quiz::{ItemKind, QuestionBank};

const CODE_CHARACTERS: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZabcdefghijklmnopqrstuvwxyzOIL -";

thread_local! {
    static CURRENT: RefCell<String> = const { RefCell::new(String::new()) };
}

/// xorshift64*: small, seeded, good enough to spread inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn random_answers(rng: &mut Rng, bank: &QuestionBank) -> Answers {
    let mut answers = Answers::new();
    for item in bank.items.iter() {
        if rng.below(5) == 0 {
            continue;
        }
        let answer = match &item.kind {
            ItemKind::Statement { .. } => Answer::Agreement(1 + rng.below(5) as u8),
            ItemKind::Situation { options, .. } => Answer::Choice(rng.below(options.len()) as u8),
        };
        answers.insert(item.id.to_string(), answer);
    }
    answers
}

fn random_code(rng: &mut Rng, bank: &QuestionBank) -> (String, String, Answers) {
    let form = &bank.forms[rng.below(bank.forms.len())].id;
    let answers = random_answers(rng, bank);
    let code = encode(bank, form, &answers).unwrap_or_default();
    let kept = bank
        .form_items(form)
        .filter_map(|item| answers.get(&*item.id).map(|a| (item.id.to_string(), *a)))
        .collect();
    (form.to_string(), code, kept)
}

fn mangle(rng: &mut Rng, code: &str) -> String {
    let mut chars: Vec<char> = code.chars().collect();
    let pick = |rng: &mut Rng| char::from(CODE_CHARACTERS[rng.below(CODE_CHARACTERS.len())]);
    for _ in 0..1 + rng.below(3) {
        let at = rng.below(chars.len() + 1);
        match rng.below(6) {
            0 => chars.insert(at, pick(rng)),
            1 if at < chars.len() => {
                chars.remove(at);
            }
            2 if at + 1 < chars.len() => chars.swap(at, at + 1),
            3 => chars.truncate(at),
            4 => chars = chars.iter().map(|c| c.to_ascii_lowercase()).collect(),
            _ => chars.extend(code.chars()),
        }
    }
    chars.into_iter().collect()
}

fn main() {
    let total: u64 = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000_000);
    let role = BACK_END_DATA.load().unwrap_or_else(|e| panic!("{e}"));
    let bank = &role.bank;
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        CURRENT.with(|c| eprintln!("decode panicked on input {:?}", c.borrow()));
        default_hook(info);
    }));

    let mut rng = Rng(0x5EED_C0DE_2026_1123);
    let mut outcomes: BTreeMap<String, u64> = BTreeMap::new();
    let mut failures = 0u64;
    let started = Instant::now();
    for n in 0..total {
        let (input, must): (String, Option<Result<Answers, ()>>) = match n % 5 {
            0 => {
                let length = rng.below(80);
                let text = (0..length)
                    .filter_map(|_| char::from_u32((rng.next() % 0x11_0000) as u32))
                    .collect();
                (text, None)
            }
            1 => {
                let length = rng.below(60);
                let text = (0..length)
                    .map(|_| char::from(CODE_CHARACTERS[rng.below(CODE_CHARACTERS.len())]))
                    .collect();
                (text, None)
            }
            2 => {
                let (_, code, kept) = random_code(&mut rng, bank);
                (code, Some(Ok(kept)))
            }
            3 => {
                let (_, code, _) = random_code(&mut rng, bank);
                let mut chars: Vec<char> = code.chars().collect();
                let positions: Vec<usize> = (0..chars.len()).filter(|&i| chars[i] != '-').collect();
                let at = positions[rng.below(positions.len())];
                let original = chars[at];
                while chars[at] == original {
                    chars[at] = char::from(CODE_CHARACTERS[rng.below(32)]);
                }
                (chars.into_iter().collect(), Some(Err(())))
            }
            _ => {
                let (_, code, _) = random_code(&mut rng, bank);
                (mangle(&mut rng, &code), None)
            }
        };
        CURRENT.with(|c| c.replace(input.clone()));
        let result = decode(bank, &input);
        let outcome = match &result {
            Ok(_) => "decoded".to_owned(),
            Err(e) => kind(e).to_owned(),
        };
        *outcomes.entry(outcome).or_default() += 1;
        let wrong = match (&must, &result) {
            (Some(Ok(kept)), Ok(decoded)) => decoded.answers != *kept,
            (Some(Ok(_)), Err(_)) | (Some(Err(())), Ok(_)) => true,
            _ => false,
        };
        if wrong {
            failures += 1;
            eprintln!("wrong outcome for {input:?}: {result:?}");
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    println!("inputs: {total} in {seconds:.1} s");
    for (outcome, count) in &outcomes {
        println!("  {outcome}: {count}");
    }
    println!("valid codes not read back exactly, or one-symbol changes accepted: {failures}");
    if failures > 0 {
        std::process::exit(1);
    }
}

/// The name of an error's kind, for the tally.
fn kind(error: &CodeError) -> &'static str {
    match error {
        CodeError::Empty => "empty",
        CodeError::BadCharacter { .. } => "bad character",
        CodeError::NotACode => "not a code",
        CodeError::NewerFormat(_) => "newer format",
        CodeError::UnknownFormat(_) => "unknown format",
        CodeError::TooShort => "too short",
        CodeError::Checksum => "checksum",
        CodeError::UnknownForm(_) => "unknown form",
        CodeError::OtherBank { .. } => "other bank",
        CodeError::WrongLength { .. } => "wrong length",
        CodeError::BadAnswer { .. } => "bad answer",
    }
}
