//! The exercise where a table is filtered with menus of conditions: the rows the
//! current choice keeps, how many (said in a live region), and the SQL query that says
//! the same, written out as the choice changes (`model::role::activity::filter`).

use leptos::prelude::*;

use crate::model::role::activity::Response;
use crate::model::role::activity::filter::Table;
use crate::ui::components::data_table::DataTable;

/// The menus, the rows they keep and the query; `on_choose` sets a menu's option.
#[component]
pub fn FilterRows(
    table: &'static Table,
    choices: Signal<Response>,
    #[prop(into)] on_choose: Callback<(usize, u8)>,
) -> impl IntoView {
    let kept = Memo::new(move |_| table.kept(&choices.get()));
    let columns: Vec<&'static str> = table.columns.iter().map(|c| c.label.as_ref()).collect();
    view! {
        <fieldset class="filter-menus">
            <legend>"Les filtres"</legend>
            {table.filters.iter().enumerate().map(|(menu, filter)| {
                let id = format!("filtre-{menu}");
                view! {
                    <p class="field">
                        <label for=id.clone()>{filter.label.as_ref()}</label>
                        <select
                            id=id
                            on:change=move |event| {
                                if let Ok(option) = event_target_value(&event).parse::<u8>() {
                                    on_choose.run((menu, option));
                                }
                            }
                        >
                            {filter.options.iter().enumerate().map(|(i, option)| view! {
                                <option
                                    value=i.to_string()
                                    selected=move || choices.with(|c| c.get(menu).copied()) == Some(i as u8)
                                >{option.label.as_ref()}</option>
                            }).collect_view()}
                        </select>
                    </p>
                }
            }).collect_view()}
        </fieldset>
        <p role="status" class="filter-count">
            {move || format!("{} ligne(s) gardée(s) sur {}.", kept.with(Vec::len), table.rows.len())}
        </p>
        {move || {
            let rows = kept.get();
            view! {
                <DataTable class="group-table orders" caption="Les lignes gardées" columns=columns.clone()>
                    {rows.into_iter().map(|r| view! {
                        <tr>
                            {table.rows[r].iter().enumerate().map(|(c, value)| {
                                if c == 0 {
                                    view! { <th scope="row">{value.as_ref()}</th> }.into_any()
                                } else {
                                    view! { <td>{value.as_ref()}</td> }.into_any()
                                }
                            }).collect_view()}
                        </tr>
                    }).collect_view()}
                </DataTable>
            }
        }}
        <figure class="sql">
            <figcaption>"La même demande écrite en SQL, le langage des bases de données :"</figcaption>
            <pre tabindex="0"><code>{move || table.sql(&choices.get())}</code></pre>
        </figure>
    }
}
