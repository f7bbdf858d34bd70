//! Display options (theme, text size, spacing) and the accessibility statement
//! (déclaration d'accessibilité, in [`statement`]).

mod statement;

use leptos::prelude::*;

use crate::model::document::settings::SETTING_GROUPS;
use crate::ui::components::choice::Choice;
use crate::ui::components::titled_section::TitledSection;
use crate::ui::nav::set_title;
use crate::ui::state::use_document;
use statement::Statement;

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    set_title("Accessibilité et affichage");
    let quiz = use_document();
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

        <Statement/>
    }
}
