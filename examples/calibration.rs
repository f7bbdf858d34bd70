//! The band distribution of simulated respondents, per form: `scripts/calibration
//! [respondents]` (2,000 per population by default).
//!
//! The populations are drawn from the response model of `model::assessment::response_model`
//! on the question bank itself. The same populations are held to their promises by the
//! native tests; this prints the figures behind them, as Markdown tables: the bands with
//! no activity of « Essayer le métier » done, with all of them liked, and with all of
//! them disliked; the retest figure (one profile answered twice); and how often the
//! ranges hold the true score.

use metier_back_end::model::assessment::calibration::{
    all_rated, coverage_table, retest_table, table,
};
use metier_back_end::model::assessment::ratings::{Liking, Ratings};
use metier_back_end::model::loading::BACK_END_DATA;

fn main() {
    let respondents = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(2_000);
    let role = match BACK_END_DATA.load() {
        Ok(role) => role,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    println!(
        "Bands of the match (interests only, before the validity checks), {respondents} simulated respondents per population, question bank version {}.",
        role.bank.version
    );
    for form in role.bank.forms.iter() {
        println!();
        println!(
            "### {} ({} questions)",
            form.name,
            role.bank.form_items(&form.id).count()
        );
        for (what, ratings) in [
            ("no activity done", Ratings::new()),
            ("every activity liked", all_rated(&role.bank, Liking::Liked)),
            (
                "every activity disliked",
                all_rated(&role.bank, Liking::Disliked),
            ),
        ] {
            println!();
            println!("{what}:");
            println!();
            print!(
                "{}",
                table(&role.bank, &form.id, respondents, 2026, &ratings)
            );
        }
        println!();
        println!("retest, one latent profile answered twice:");
        println!();
        print!("{}", retest_table(&role.bank, &form.id, respondents, 2027));
        println!();
        println!("ranges holding the true score (the mean over endless answerings):");
        println!();
        print!(
            "{}",
            coverage_table(&role.bank, &form.id, respondents, 2028)
        );
    }
}
