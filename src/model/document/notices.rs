//! What the visitor is told about their stored data, in words: storage that cannot be
//! reached or is full, data that could not be read, and answers a changed question bank
//! could not keep; and the same about the facilitator's group, addressed to them. The
//! storage module only does the I/O and picks the notice.

use super::aside::Aside;
use super::history::MAX_ATTEMPTS;
use super::stored::ReadReport;
use crate::model::base::read_error::ReadError;

/// Storage cannot be reached (private browsing, blocked cookies).
pub const UNAVAILABLE: &str = "Ton navigateur ne permet pas d'enregistrer sur cet appareil \
    (navigation privée ou cookies bloqués) : tout fonctionne, mais tes réponses seront \
    perdues en fermant la page.";

/// A write failed, most likely because storage is full.
pub const QUOTA: &str = "L'enregistrement a échoué (l'espace de stockage du navigateur est \
    peut-être plein) : tu peux continuer, mais tes dernières réponses risquent d'être \
    perdues si tu fermes la page.";

/// Nothing is saved while unreadable data could not be put aside: saving would write
/// over it.
pub const HELD: &str = "Tes réponses ne sont pas enregistrées, pour ne pas écraser les \
    données illisibles restées sur cet appareil. « Mes données » permet de tout effacer.";

/// Stored data could not be read; `aside` says where it is now (see [`Aside`]).
pub fn unreadable(error: &ReadError, aside: Aside) -> String {
    format!(
        "Les données enregistrées sur cet appareil n'ont pas pu être lues : {error}. \
         Le questionnaire repart de zéro. {}",
        match aside {
            Aside::Copied | Aside::Moved =>
                "Elles ont été mises de côté (pas effacées) : « Mes données » permet de tout effacer.",
            Aside::LeftInPlace =>
                "Faute de place, elles n'ont pas pu être mises de côté : elles restent où elles \
                 sont. Pour ne pas les écraser, tes réponses ne seront pas enregistrées.",
            Aside::Lost => "Elles n'ont pas pu être gardées : le navigateur refuse d'enregistrer.",
        }
    )
}

/// The facilitator's group could not be saved: storage cannot be reached or is full.
pub const GROUP_NOT_SAVED: &str = "Le groupe n'a pas pu être enregistré sur cet appareil \
    (stockage bloqué ou plein) : les derniers codes ajoutés seront perdus en fermant la page.";

/// Nothing of the group is saved while an unreadable group could not be put aside.
pub const GROUP_HELD: &str = "Le groupe n'est pas enregistré, pour ne pas écraser le groupe \
    illisible resté sur cet appareil. « Mes données » permet de tout effacer.";

/// The facilitator's stored group could not be read (`error` says why); `aside` says
/// where it is now.
pub fn group_unreadable(error: &dyn std::fmt::Display, aside: Aside) -> String {
    format!(
        "Le groupe enregistré sur cet appareil n'a pas pu être lu : {error}. \
         La vue de groupe repart d'un groupe vide. {}",
        match aside {
            Aside::Copied | Aside::Moved =>
                "Il a été mis de côté (pas effacé) : « Mes données » permet de tout effacer.",
            Aside::LeftInPlace =>
                "Faute de place, il n'a pas pu être mis de côté : il reste où il est. \
                 Pour ne pas l'écraser, les codes ajoutés ne seront pas enregistrés.",
            Aside::Lost => "Il n'a pas pu être gardé : le navigateur refuse d'enregistrer.",
        }
    )
}

/// What the visitor should be told about a document read from storage or a file.
pub fn of_report(report: &ReadReport) -> Vec<String> {
    let mut notices = Vec::new();
    let removed = report.dropped.unknown_items.len() + report.dropped.invalid_values.len();
    if report.bank_changed_from.is_some() {
        notices.push(format!(
            "Le questionnaire a été mis à jour depuis ta dernière visite. Tes réponses aux \
             questions qui n'ont pas changé sont gardées{}.",
            if removed > 0 {
                format!(" ; {removed} réponse(s) à des questions retirées ont été enlevées")
            } else {
                String::new()
            }
        ));
    } else if removed > 0 {
        notices.push(format!(
            "{removed} réponse(s) enregistrée(s) ne correspondai(en)t plus au questionnaire \
             actuel et ont été ignorée(s). Tes autres réponses sont conservées."
        ));
    }
    if report.dropped.unknown_form.is_some() {
        notices.push(
            "La version du questionnaire que tu avais choisie n'existe plus : choisis-en une autre."
                .to_owned(),
        );
    }
    if report.left_out_attempts > 0 {
        notices.push(format!(
            "Seuls tes {MAX_ATTEMPTS} résultats les plus récents sont gardés : {} résultat(s) \
             plus ancien(s) ont été laissé(s) de côté.",
            report.left_out_attempts
        ));
    }
    let tried = &report.dropped_tried;
    if !tried.is_empty() {
        notices.push(format!(
            "Dans « Essayer le métier », des données enregistrées ne correspondaient plus aux \
             activités : {}. Le reste est conservé.",
            [
                (tried.unknown.len(), "activité(s) retirée(s) oubliée(s)"),
                (tried.ratings.len(), "avis illisible(s) effacé(s)"),
                (tried.reset.len(), "activité(s) reprise(s) depuis le début"),
            ]
            .iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, what)| format!("{n} {what}"))
            .collect::<Vec<_>>()
            .join(", ")
        ));
    }
    notices
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::document::stored::read;
    use crate::model::test_support::back_end;

    #[test]
    fn a_document_of_the_first_bank_says_what_was_removed() {
        let role = back_end();
        let (_, report) = read(include_str!("../testdata/stored/v2.json"), &role.bank).unwrap();
        assert_eq!(
            of_report(&report),
            [
                "Le questionnaire a été mis à jour depuis ta dernière visite. Tes réponses aux \
              questions qui n'ont pas changé sont gardées ; 1 réponse(s) à des questions \
              retirées ont été enlevées."
            ]
        );
    }

    #[test]
    fn activities_that_cannot_be_used_are_explained() {
        let role = back_end();
        let text = r#"{"schema": 2, "bank_version": 3,
          "progress": {"form": null, "answers": {}, "position": 0, "finished": false},
          "history": [],
          "tried": {
            "disparue": {"liking": 1},
            "journal-erreurs": {"response": [99], "liking": 7, "difficulty": 2},
            "suivre-requete": {"response": [0, 1, 2, 3, 4, 5], "liking": 1}
          }}"#;
        let (document, report) = read(text, &role.bank).unwrap();
        assert_eq!(
            of_report(&report),
            [
                "Dans « Essayer le métier », des données enregistrées ne correspondaient plus aux \
              activités : 1 activité(s) retirée(s) oubliée(s), 1 avis illisible(s) effacé(s), \
              1 activité(s) reprise(s) depuis le début. Le reste est conservé."
            ]
        );
        let journal = &document.tried["journal-erreurs"];
        assert_eq!(
            (journal.liking, journal.difficulty, journal.response.len()),
            (None, Some(2), 0)
        );
        assert_eq!(document.tried["suivre-requete"].liking, Some(1));
        assert!(!document.tried.contains_key("disparue"));
    }

    #[test]
    fn a_history_over_the_limit_keeps_the_latest_and_says_how_many_were_left_out() {
        let role = back_end();
        let attempt = |i: usize| {
            format!(
                r#"{{"started_at": {i}, "finished_at": {i}, "form": "court", "bank_version": 3,
                   "overall": 50, "interests": 50, "qualities": 50, "dimensions": {{}}}}"#
            )
        };
        let history: Vec<String> = (0..MAX_ATTEMPTS + 7).rev().map(attempt).collect();
        let text = format!(
            r#"{{"schema": 2, "bank_version": 3,
              "progress": {{"form": null, "answers": {{}}, "position": 0, "finished": false}},
              "history": [{}]}}"#,
            history.join(",")
        );
        let (document, report) = read(&text, &role.bank).unwrap();
        assert_eq!(document.history.len(), MAX_ATTEMPTS);
        assert_eq!(document.history[0].started_at, 7);
        assert_eq!(
            of_report(&report),
            [
                "Seuls tes 20 résultats les plus récents sont gardés : 7 résultat(s) plus \
              ancien(s) ont été laissé(s) de côté."
            ]
        );
    }

    #[test]
    fn a_current_document_needs_no_notice() {
        let role = back_end();
        let text = include_str!("../testdata/stored/v2.json").replace(
            r#""bank_version": 1,
  "progress""#,
            r#""bank_version": 3,
  "progress""#,
        );
        let text = text.replace(
            r#",
      "sit-bug-vendredi": { "choice": 3 }"#,
            "",
        );
        let (_, report) = read(&text, &role.bank).unwrap();
        assert_eq!(of_report(&report), Vec::<String>::new());
    }

    #[test]
    fn unreadable_data_says_where_it_is() {
        let error = read("{pas du json", &back_end().bank).unwrap_err();
        let said = |aside| unreadable(&error, aside);
        assert!(said(Aside::Copied).contains("mises de côté (pas effacées)"));
        assert_eq!(said(Aside::Moved), said(Aside::Copied));
        assert!(said(Aside::LeftInPlace).contains("restent où elles sont"));
        assert!(said(Aside::LeftInPlace).contains("ne seront pas enregistrées"));
        assert!(said(Aside::Lost).contains("n'ont pas pu être gardées"));
        assert!(said(Aside::Copied).starts_with("Les données enregistrées"));
    }

    #[test]
    fn an_unreadable_group_says_why_and_where_it_is() {
        let error = "groupe écrit par une version plus récente de l'app";
        let said = |aside| group_unreadable(&error, aside);
        assert_eq!(
            said(Aside::Copied),
            "Le groupe enregistré sur cet appareil n'a pas pu être lu : groupe écrit par une \
             version plus récente de l'app. La vue de groupe repart d'un groupe vide. Il a été \
             mis de côté (pas effacé) : « Mes données » permet de tout effacer."
        );
        assert_eq!(said(Aside::Moved), said(Aside::Copied));
        assert!(said(Aside::LeftInPlace).contains("ne seront pas enregistrés"));
        assert!(said(Aside::Lost).contains("n'a pas pu être gardé"));
    }
}
