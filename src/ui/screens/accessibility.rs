//! Display options (theme, text size, spacing) and the accessibility statement
//! (déclaration d'accessibilité): what was tested, how, and the known limits.

use leptos::prelude::*;

use crate::model::route::Route;
use crate::model::settings::{Settings, Theme};
use crate::ui::components::choice::Choice;
use crate::ui::nav::set_title;
use crate::ui::state::use_quiz;

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    set_title("Accessibilité et affichage");
    let quiz = use_quiz();
    let option = move |group: &'static str,
                       label: &'static str,
                       is_on: fn(&Settings) -> bool,
                       set: fn(&mut Settings)| {
        view! {
            <Choice
                name=group.to_owned()
                label=label.to_owned()
                checked=move || quiz.settings.with(is_on)
                on_pick=move || quiz.update_settings(set)
            />
        }
    };
    view! {
        <h1 tabindex="-1">"Accessibilité et affichage"</h1>
        <section aria-labelledby="affichage">
            <h2 id="affichage">"Affichage"</h2>
            <p>"Tes choix sont gardés sur cet appareil."</p>
            <fieldset class="setting">
                <legend>"Couleurs"</legend>
                <div class="choices">
                    {option("theme", "Comme mon appareil", |s| s.theme == Theme::System, |s| s.theme = Theme::System)}
                    {option("theme", "Clair", |s| s.theme == Theme::Light, |s| s.theme = Theme::Light)}
                    {option("theme", "Sombre", |s| s.theme == Theme::Dark, |s| s.theme = Theme::Dark)}
                </div>
            </fieldset>
            <fieldset class="setting">
                <legend>"Taille du texte"</legend>
                <div class="choices">
                    {option("taille", "Normale", |s| !s.large_text, |s| s.large_text = false)}
                    {option("taille", "Grande", |s| s.large_text, |s| s.large_text = true)}
                </div>
            </fieldset>
            <fieldset class="setting">
                <legend>"Espacement du texte"</legend>
                <div class="choices">
                    {option("espacement", "Normal", |s| !s.spacious, |s| s.spacious = false)}
                    {option("espacement", "Aéré (lettres, mots et lignes plus espacés, plus facile à lire pour beaucoup de personnes dyslexiques)", |s| s.spacious, |s| s.spacious = true)}
                </div>
            </fieldset>
        </section>

        <section aria-labelledby="declaration">
            <h2 id="declaration">"Déclaration d'accessibilité"</h2>
            <p>
                "Cette app vise le niveau AA du RGAA 4.1 (qui reprend les WCAG 2.1). Cette déclaration "
                "décrit ce que l'équipe du projet a vérifié elle-même ; l'app n'a pas encore été auditée "
                "par un organisme indépendant, elle est donc à considérer comme partiellement conforme."
            </p>
            <h3>"Ce qui est vérifié à chaque modification"</h3>
            <ul>
                <li>"Chaque écran et chaque état (accueil, fiche, questions, messages, résultat, mes données, glossaire, cette page, mode atelier, compte à rebours du kiosque, vue de groupe et son mode projecteur) est analysé avec axe-core : aucune erreur n'est acceptée."</li>
                <li>"Le parcours complet (fiche, questionnaire court, résultat, export) se fait au clavier seul : Tab, Maj+Tab, flèches, Entrée et Espace."</li>
                <li>"À chaque nouvelle question, le focus va sur son titre et le numéro de la question est annoncé."</li>
                <li>"Aucun défilement horizontal à 320 pixels de large ; textes agrandis et espacés disponibles ci-dessus."</li>
                <li>"Les graphiques ont un équivalent en tableau pour les lecteurs d'écran ; les mots techniques renvoient au " <a href=Route::Glossary { entry: None }.href()>"glossaire"</a> "."</li>
            </ul>
            <h3>"Limites connues"</h3>
            <ul>
                <li>"Les tests automatiques utilisent Chromium ; les lecteurs d'écran (NVDA, VoiceOver, TalkBack) n'ont pas encore été testés par des personnes qui les utilisent au quotidien."</li>
                <li>"L'app est en français seulement."</li>
                <li>"Le questionnaire a besoin de JavaScript et de WebAssembly."</li>
            </ul>
            <h3>"Signaler un problème"</h3>
            <p>
                "L'app n'envoie rien et n'a pas de formulaire de contact. Si un élément t'empêche de l'utiliser, "
                "signale-le à la personne ou à l'établissement qui te l'a proposée, ou sur le dépôt du projet."
            </p>
        </section>
    }
}
