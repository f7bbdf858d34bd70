//! Display options (theme, text size, spacing) and the accessibility statement
//! (déclaration d'accessibilité): what was tested, how, and the known limits.

use leptos::prelude::*;

use crate::model::route::Route;
use crate::model::settings::SETTING_GROUPS;
use crate::ui::components::choice::Choice;
use crate::ui::components::titled_section::TitledSection;
use crate::ui::nav::set_title;
use crate::ui::state::use_quiz;

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    set_title("Accessibilité et affichage");
    let quiz = use_quiz();
    view! {
        <h1 tabindex="-1">"Accessibilité et affichage"</h1>
        <TitledSection id="affichage" title="Affichage">
            <p>"Tes choix sont gardés sur cet appareil."</p>
            {SETTING_GROUPS.iter().map(|group| view! {
                <fieldset class="setting">
                    <legend>{group.legend}</legend>
                    <div class="choices">
                        {group.choices.iter().map(|choice| view! {
                            <Choice
                                name=group.name.to_owned()
                                label=choice.label.to_owned()
                                checked=move || quiz.settings.with(|s| choice.is_on(s))
                                on_pick=move || quiz.update_settings(choice.set)
                            />
                        }).collect_view()}
                    </div>
                </fieldset>
            }).collect_view()}
        </TitledSection>

        <TitledSection id="declaration" title="Déclaration d'accessibilité">
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
        </TitledSection>
    }
}
