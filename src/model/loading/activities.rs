//! The checks of a role's activities (`activites.json`) that serde cannot make: ids
//! unique and URL-safe, the fiche section and the interest dimensions each one names
//! exist, and each exercise can be done: one right answer in range, steps that form a
//! permutation shown out of order, a filter whose answer keeps some rows but not all.

use serde::Deserialize;

use super::problems::Problems;
use crate::model::base::text::{List, Text};
use crate::model::role::activity::filter::{Table, hundredths};
use crate::model::role::activity::{Activity, Exercise, is_permutation};
use crate::model::role::fiche::Fiche;
use crate::model::role::quiz::{Family, QuestionBank};
use crate::model::shell::route::is_slug;

/// The shape of `activites.json`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActivitiesFile {
    pub activities: List<Activity>,
}

/// Everything wrong with a role's activities, each naming its field; empty when valid.
pub fn activities_problems(
    file: &ActivitiesFile,
    fiche: &Fiche,
    bank: &QuestionBank,
) -> Vec<String> {
    let mut p = Problems::default();
    let activities = &file.activities;
    p.each(
        "activities",
        activities,
        |a| &a.id,
        |p, at, i, activity| {
            if !is_slug(&activity.id) {
                p.push(format!(
                    "{at}.id : lettres minuscules, chiffres et tirets seulement"
                ));
            }
            if activities[..i].iter().any(|a| a.id == activity.id) {
                p.push(format!(
                    "{at}.id : déjà utilisé par une activité précédente"
                ));
            }
            p.texts(
                at,
                &[
                    ("title", &activity.title),
                    ("setting", &activity.setting),
                    ("task", &activity.task),
                    ("explanation", &activity.explanation),
                    ("real_work", &activity.real_work),
                ],
            );
            if !(1..=10).contains(&activity.minutes) {
                p.push(format!("{at}.minutes : entre 1 et 10"));
            }
            if fiche.section(&activity.section).is_none() {
                p.push(format!(
                    "{at}.section : « {} » n'est pas une section de la fiche",
                    activity.section
                ));
            }
            p.non_empty(&format!("{at}.dimensions"), activity.dimensions.len());
            for id in activity.dimensions.iter() {
                match bank.dimension(id) {
                    None => p.push(format!(
                        "{at}.dimensions : « {id} » n'est pas une dimension du questionnaire"
                    )),
                    Some(d) if d.family != Family::Interest => {
                        p.push(format!(
                            "{at}.dimensions : « {id} » n'est pas un centre d'intérêt"
                        ));
                    }
                    Some(d) if d.target.is_none() => {
                        p.push(format!(
                            "{at}.dimensions : « {id} » n'est pas un intérêt du métier"
                        ));
                    }
                    Some(_) => {}
                }
            }
            exercise_problems(p, &format!("{at}.exercise"), &activity.exercise);
        },
    );
    p.0
}

fn exercise_problems(p: &mut Problems, at: &str, exercise: &Exercise) {
    match exercise {
        Exercise::FindLine { lines, answer } => {
            one_answer(p, &format!("{at}.lines"), lines, *answer)
        }
        Exercise::SpotField {
            response,
            screen,
            choices,
            answer,
        } => {
            p.text(&format!("{at}.response"), response);
            p.non_empty(&format!("{at}.screen"), screen.len());
            one_answer(p, &format!("{at}.choices"), choices, *answer);
        }
        Exercise::OrderSteps { steps, start } => {
            if steps.len() < 3 {
                p.push(format!("{at}.steps : au moins trois étapes"));
            }
            for (k, step) in steps.iter().enumerate() {
                p.text(&format!("{at}.steps[{k}]"), step);
            }
            if !is_permutation(start, steps.len()) {
                p.push(format!(
                    "{at}.start : chaque étape une fois, de 0 à {}",
                    steps.len().saturating_sub(1)
                ));
            } else if start.iter().enumerate().all(|(i, &s)| usize::from(s) == i) {
                p.push(format!(
                    "{at}.start : les étapes seraient déjà dans l'ordre"
                ));
            }
        }
        Exercise::FilterRows(table) => table_problems(p, at, table),
    }
}

/// Texts to choose from, none empty, and an answer that designates one of them.
fn one_answer(p: &mut Problems, at: &str, texts: &[Text], answer: u8) {
    p.non_empty(at, texts.len());
    for (k, text) in texts.iter().enumerate() {
        p.text(&format!("{at}[{k}]"), text);
    }
    if usize::from(answer) >= texts.len() {
        p.push(format!(
            "{at} : la réponse {answer} ne désigne aucun élément"
        ));
    }
}

fn table_problems(p: &mut Problems, at: &str, table: &Table) {
    let sql_name = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    };
    if !sql_name(&table.table) {
        p.push(format!(
            "{at}.table : lettres minuscules sans accent, chiffres et _"
        ));
    }
    p.non_empty(&format!("{at}.columns"), table.columns.len());
    for (k, column) in table.columns.iter().enumerate() {
        if !sql_name(&column.name) {
            p.push(format!(
                "{at}.columns[{k}].name : lettres minuscules sans accent, chiffres et _"
            ));
        }
        p.text(&format!("{at}.columns[{k}].label"), &column.label);
    }
    p.non_empty(&format!("{at}.rows"), table.rows.len());
    for (r, row) in table.rows.iter().enumerate() {
        if row.len() != table.columns.len() {
            p.push(format!("{at}.rows[{r}] : une valeur par colonne"));
        }
        for (column, value) in table.columns.iter().zip(row.iter()) {
            if column.numeric && hundredths(value).is_none() {
                p.push(format!(
                    "{at}.rows[{r}] : « {value} » n'est pas un nombre ({})",
                    column.name
                ));
            }
        }
    }
    p.non_empty(&format!("{at}.filters"), table.filters.len());
    for (f, filter) in table.filters.iter().enumerate() {
        let here = format!("{at}.filters[{f}]");
        p.text(&format!("{here}.label"), &filter.label);
        let column = table.columns.get(usize::from(filter.column));
        if column.is_none() {
            p.push(format!(
                "{here}.column : {} ne désigne aucune colonne",
                filter.column
            ));
        }
        if !(2..=5).contains(&filter.options.len()) {
            p.push(format!("{here}.options : de 2 à 5 choix"));
        }
        for (o, option) in filter.options.iter().enumerate() {
            p.text(&format!("{here}.options[{o}].label"), &option.label);
            match (o, option.op) {
                (0, Some(_)) => p.push(format!(
                    "{here}.options[0] : le premier choix garde tout (pas de op)"
                )),
                (1.., None) => p.push(format!(
                    "{here}.options[{o}] : il lui faut un op et une valeur"
                )),
                _ => {}
            }
            let numeric = column.is_some_and(|c| c.numeric);
            if option.op.is_some() && numeric && hundredths(&option.value).is_none() {
                p.push(format!(
                    "{here}.options[{o}].value : « {} » n'est pas un nombre",
                    option.value
                ));
            }
        }
    }
    let answer_fits = table.answer.len() == table.filters.len()
        && table
            .answer
            .iter()
            .zip(table.filters.iter())
            .all(|(&a, f)| usize::from(a) < f.options.len());
    if !answer_fits {
        p.push(format!(
            "{at}.answer : un choix par menu, chacun dans la liste"
        ));
        return;
    }
    let kept = table.kept(&table.answer).len();
    if kept == 0 || kept == table.rows.len() {
        p.push(format!(
            "{at}.answer : la bonne réponse doit garder une partie des lignes (elle en garde {kept} sur {})",
            table.rows.len()
        ));
    }
}
