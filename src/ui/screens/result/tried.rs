//! « Tu as essayé… »: the activities of « Essayer le métier » the visitor rated, with
//! both ratings and what the difficulty means; or the offer to try them.

use leptos::prelude::*;

use crate::model::assessment::report::Report;
use crate::model::shell::route::Route;
use crate::ui::components::titled_section::TitledSection;
use crate::ui::components::try_link::TryLink;

#[component]
pub fn TriedSection(report: Report<'static>) -> impl IntoView {
    let sentence = report.tried_sentence();
    let tried = report.tried;
    view! {
        <TitledSection id="essaye" title="Tu as essayé le métier" class="tried">
            {if tried.is_empty() {
                view! {
                    <p>"Tu n'as pas encore fait les activités « Essayer le métier ». Ton avis sur elles compterait ici, pour un quart au plus de chaque centre d'intérêt."</p>
                    <p class="no-print"><TryLink/></p>
                }.into_any()
            } else {
                view! {
                    {sentence.map(|text| view! { <p>{text}</p> })}
                    <p>"Ton avis sur les activités compte dans ton affinité, pour un quart au plus ; la difficulté ressentie, non."</p>
                    <ul>
                        {tried.into_iter().map(|(activity, rating)| view! {
                            <li>
                                <strong>{activity.title.as_ref()}</strong>
                                {rating.liking.map(|l| format!(" : « {} »", l.label()))}
                                {rating.difficulty.map(|d| view! { <span class="difficulty">{format!(" {}", d.comment())}</span> })}
                            </li>
                        }).collect_view()}
                    </ul>
                    <p class="no-print"><a href=Route::Try { activity: None }.href()>"Revoir les activités"</a></p>
                }.into_any()
            }}
        </TitledSection>
    }
}
