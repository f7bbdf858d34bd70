// Generated from data/ by src/model/embedded/tests.rs: do not edit.
// After changing the data: UPDATE_EMBEDDED=1 cargo test --lib embedded
Role {
    fiche: Fiche {
        id: Borrowed("bibliothecaire"),
        title: Borrowed("Bibliothécaire"),
        app: AppIdentity {
            name: Borrowed("Bibliothèque : est-ce pour moi ?"),
            storage_key: Borrowed("metier-essai"),
            onet_code: Borrowed("25-4022.00"),
        },
        aliases: Borrowed(&[]),
        summary: Borrowed(&[
            Borrowed("Un rôle d'essai, défini seulement pour les tests, qui prouve que le code ne dépend pas du métier présenté."),
        ]),
        key_figures: Borrowed(&[
            KeyFigure {
                label: Borrowed("Niveau d'études"),
                values: Borrowed(&[
                    Figure {
                        value: Borrowed("Bac+3"),
                        unit: Borrowed(""),
                        note: Borrowed(""),
                        source: Borrowed("essai"),
                    },
                ]),
            },
        ]),
        sections: Borrowed(&[
            Section {
                id: Borrowed("formation"),
                title: Borrowed("Formation"),
                blocks: Borrowed(&[
                    Block::Paragraph {
                        text: Borrowed("Une licence suffit pour commencer."),
                        sources: Borrowed(&[Borrowed("essai")]),
                    },
                ]),
            },
        ]),
        sources: Borrowed(&[
            Source {
                id: Borrowed("essai"),
                title: Borrowed("Source d'essai"),
                short: Borrowed("Essai"),
                publisher: Borrowed("Tests"),
                description: Borrowed("Données inventées pour les tests."),
                reference: Borrowed("src/model/testdata"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
        ]),
    },
    bank: QuestionBank {
        version: 1,
        scale: Borrowed(&[
            Borrowed("Non"),
            Borrowed("Plutôt non"),
            Borrowed("Neutre"),
            Borrowed("Plutôt oui"),
            Borrowed("Oui"),
        ]),
        dimensions: Borrowed(&[
            Dimension {
                id: Borrowed("lire"),
                family: Family::Interest,
                name: Borrowed("Lire"),
                explanation: Borrowed("Aimer les livres."),
                sources: Borrowed(&[Borrowed("essai")]),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                parts: Borrowed(&[]),
                onet_work_style: Borrowed(""),
                riasec: Some(Riasec::A),
                target: Some(Target { level: 80, importance: 5, rationale: Borrowed("Essai.") }),
                strength: Borrowed("Tu aimes lire."),
                to_develop: Borrowed("Lis davantage."),
                next_steps: Borrowed(&[
                    NextStep {
                        text: Borrowed("Va à la bibliothèque."),
                        section: Borrowed("formation"),
                        keywords: Borrowed(&[Borrowed("licence")]),
                    },
                ]),
            },
            Dimension {
                id: Borrowed("classer"),
                family: Family::Interest,
                name: Borrowed("Classer"),
                explanation: Borrowed("Aimer ranger."),
                sources: Borrowed(&[Borrowed("essai")]),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                parts: Borrowed(&[]),
                onet_work_style: Borrowed(""),
                riasec: Some(Riasec::C),
                target: Some(Target { level: 60, importance: 2, rationale: Borrowed("Essai.") }),
                strength: Borrowed("Tu aimes classer."),
                to_develop: Borrowed("Range ta chambre."),
                next_steps: Borrowed(&[
                    NextStep {
                        text: Borrowed("Trie tes livres."),
                        section: Borrowed("formation"),
                        keywords: Borrowed(&[Borrowed("Formation")]),
                    },
                ]),
            },
            Dimension {
                id: Borrowed("vendre"),
                family: Family::Interest,
                name: Borrowed("Vendre"),
                explanation: Borrowed("Aimer convaincre."),
                sources: Borrowed(&[Borrowed("essai")]),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                parts: Borrowed(&[]),
                onet_work_style: Borrowed(""),
                riasec: Some(Riasec::E),
                target: None,
                strength: Borrowed("Tu aimes convaincre."),
                to_develop: Borrowed("Pas attendu ici."),
                next_steps: Borrowed(&[]),
            },
            Dimension {
                id: Borrowed("chercher"),
                family: Family::Interest,
                name: Borrowed("Chercher"),
                explanation: Borrowed("Aimer trouver un livre."),
                sources: Borrowed(&[Borrowed("essai")]),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                parts: Borrowed(&[]),
                onet_work_style: Borrowed(""),
                riasec: Some(Riasec::I),
                target: Some(Target { level: 70, importance: 4, rationale: Borrowed("Essai.") }),
                strength: Borrowed("Tu aimes chercher."),
                to_develop: Borrowed("Cherche davantage."),
                next_steps: Borrowed(&[
                    NextStep {
                        text: Borrowed("Fais une recherche au catalogue."),
                        section: Borrowed("formation"),
                        keywords: Borrowed(&[Borrowed("licence")]),
                    },
                ]),
            },
            Dimension {
                id: Borrowed("conseiller"),
                family: Family::Interest,
                name: Borrowed("Conseiller"),
                explanation: Borrowed("Aimer aider à choisir."),
                sources: Borrowed(&[Borrowed("essai")]),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                parts: Borrowed(&[]),
                onet_work_style: Borrowed(""),
                riasec: Some(Riasec::S),
                target: Some(Target { level: 65, importance: 3, rationale: Borrowed("Essai.") }),
                strength: Borrowed("Tu aimes conseiller."),
                to_develop: Borrowed("Conseille un ami."),
                next_steps: Borrowed(&[
                    NextStep {
                        text: Borrowed("Conseille un livre."),
                        section: Borrowed("formation"),
                        keywords: Borrowed(&[Borrowed("licence")]),
                    },
                ]),
            },
            Dimension {
                id: Borrowed("numeriser"),
                family: Family::Interest,
                name: Borrowed("Numériser"),
                explanation: Borrowed("Aimer les outils numériques."),
                sources: Borrowed(&[Borrowed("essai")]),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                parts: Borrowed(&[]),
                onet_work_style: Borrowed(""),
                riasec: Some(Riasec::R),
                target: Some(Target { level: 65, importance: 3, rationale: Borrowed("Essai.") }),
                strength: Borrowed("Tu aimes les outils."),
                to_develop: Borrowed("Essaie un scanner."),
                next_steps: Borrowed(&[
                    NextStep {
                        text: Borrowed("Scanne un vieux livre."),
                        section: Borrowed("formation"),
                        keywords: Borrowed(&[Borrowed("licence")]),
                    },
                ]),
            },
            Dimension {
                id: Borrowed("patience"),
                family: Family::Quality,
                name: Borrowed("Patience"),
                explanation: Borrowed("Savoir attendre."),
                sources: Borrowed(&[Borrowed("essai")]),
                forms: Borrowed(&[Borrowed("complet")]),
                parts: Borrowed(&[]),
                onet_work_style: Borrowed(""),
                riasec: None,
                target: Some(Target { level: 70, importance: 4, rationale: Borrowed("Essai.") }),
                strength: Borrowed("Tu sais attendre."),
                to_develop: Borrowed("Respire."),
                next_steps: Borrowed(&[
                    NextStep {
                        text: Borrowed("Fais un puzzle."),
                        section: Borrowed("formation"),
                        keywords: Borrowed(&[Borrowed("commencer")]),
                    },
                ]),
            },
            Dimension {
                id: Borrowed("ordre"),
                family: Family::Quality,
                name: Borrowed("Ordre"),
                explanation: Borrowed("Ranger ses affaires."),
                sources: Borrowed(&[Borrowed("essai")]),
                forms: Borrowed(&[Borrowed("complet")]),
                parts: Borrowed(&[]),
                onet_work_style: Borrowed(""),
                riasec: None,
                target: Some(Target { level: 70, importance: 3, rationale: Borrowed("Essai.") }),
                strength: Borrowed("Tes affaires sont rangées."),
                to_develop: Borrowed("Fais des listes."),
                next_steps: Borrowed(&[
                    NextStep {
                        text: Borrowed("Tiens un agenda."),
                        section: Borrowed("formation"),
                        keywords: Borrowed(&[Borrowed("licence")]),
                    },
                ]),
            },
            Dimension {
                id: Borrowed("tenue"),
                family: Family::Quality,
                name: Borrowed("Patience et ordre"),
                explanation: Borrowed("Savoir attendre et ranger."),
                sources: Borrowed(&[Borrowed("essai")]),
                forms: Borrowed(&[Borrowed("court")]),
                parts: Borrowed(&[Borrowed("patience"), Borrowed("ordre")]),
                onet_work_style: Borrowed(""),
                riasec: None,
                target: Some(Target { level: 70, importance: 4, rationale: Borrowed("Essai.") }),
                strength: Borrowed("Tu es calme et rangé."),
                to_develop: Borrowed("Fais des listes et respire."),
                next_steps: Borrowed(&[
                    NextStep {
                        text: Borrowed("Tiens un agenda."),
                        section: Borrowed("formation"),
                        keywords: Borrowed(&[Borrowed("licence")]),
                    },
                ]),
            },
            Dimension {
                id: Borrowed("accueil"),
                family: Family::Quality,
                name: Borrowed("Accueil"),
                explanation: Borrowed("Recevoir les gens."),
                sources: Borrowed(&[Borrowed("essai")]),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                parts: Borrowed(&[]),
                onet_work_style: Borrowed(""),
                riasec: None,
                target: Some(Target { level: 60, importance: 3, rationale: Borrowed("Essai.") }),
                strength: Borrowed("Tu reçois bien."),
                to_develop: Borrowed("Souris."),
                next_steps: Borrowed(&[
                    NextStep {
                        text: Borrowed("Aide à l'accueil."),
                        section: Borrowed("formation"),
                        keywords: Borrowed(&[Borrowed("licence")]),
                    },
                ]),
            },
        ]),
        items: Borrowed(&[
            Item {
                id: Borrowed("st-lire-1"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("J'aime lire."),
                    dimension: Borrowed("lire"),
                    reverse: false,
                    pair: Some(Borrowed("st-lire-2")),
                },
            },
            Item {
                id: Borrowed("st-classer-1"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("J'aime classer."),
                    dimension: Borrowed("classer"),
                    reverse: false,
                    pair: Some(Borrowed("st-classer-2")),
                },
            },
            Item {
                id: Borrowed("st-vendre-1"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("J'aime vendre."),
                    dimension: Borrowed("vendre"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-ordre-1"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Mon bureau est rangé."),
                    dimension: Borrowed("ordre"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-accueil-1"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("J'aime accueillir."),
                    dimension: Borrowed("accueil"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("sit-file"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Situation {
                    title: Borrowed("Une file d'attente"),
                    text: Borrowed("Dix personnes attendent."),
                    options: Borrowed(&[
                        SituationOption {
                            text: Borrowed("Je les sers une à une, sans me presser."),
                            values: Borrowed(&[(Borrowed("accueil"), 2), (Borrowed("patience"), 4)]),
                        },
                        SituationOption {
                            text: Borrowed("Je dis un mot à chacune avant de servir."),
                            values: Borrowed(&[(Borrowed("accueil"), 4), (Borrowed("patience"), 2)]),
                        },
                        SituationOption {
                            text: Borrowed("Je demande de l'aide à un collègue."),
                            values: Borrowed(&[(Borrowed("accueil"), 3), (Borrowed("patience"), 3)]),
                        },
                    ]),
                },
            },
            Item {
                id: Borrowed("st-lire-2"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Lire m'ennuie."),
                    dimension: Borrowed("lire"),
                    reverse: true,
                    pair: Some(Borrowed("st-lire-1")),
                },
            },
            Item {
                id: Borrowed("st-classer-2"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Ranger me pèse."),
                    dimension: Borrowed("classer"),
                    reverse: true,
                    pair: Some(Borrowed("st-classer-1")),
                },
            },
            Item {
                id: Borrowed("st-vendre-2"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Convaincre me fatigue."),
                    dimension: Borrowed("vendre"),
                    reverse: true,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-patience-2"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Je perds vite patience."),
                    dimension: Borrowed("patience"),
                    reverse: true,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-accueil-2"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Parler à des inconnus me coûte."),
                    dimension: Borrowed("accueil"),
                    reverse: true,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("sit-guichet"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Situation {
                    title: Borrowed("Un guichet"),
                    text: Borrowed("Une personne rend un livre abîmé."),
                    options: Borrowed(&[
                        SituationOption {
                            text: Borrowed("Je note les dégâts dans le registre."),
                            values: Borrowed(&[(Borrowed("accueil"), 2), (Borrowed("ordre"), 4)]),
                        },
                        SituationOption {
                            text: Borrowed("Je la rassure d'abord."),
                            values: Borrowed(&[(Borrowed("accueil"), 4), (Borrowed("ordre"), 2)]),
                        },
                        SituationOption {
                            text: Borrowed("Je lui montre la fiche de retour à remplir."),
                            values: Borrowed(&[(Borrowed("accueil"), 3), (Borrowed("ordre"), 3)]),
                        },
                    ]),
                },
            },
            Item {
                id: Borrowed("st-lire-3"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Je finis les livres commencés."),
                    dimension: Borrowed("lire"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-classer-3"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("J'aime les fiches."),
                    dimension: Borrowed("classer"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-vendre-3"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Négocier m'amuse."),
                    dimension: Borrowed("vendre"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-lire-4"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Je lis chaque soir."),
                    dimension: Borrowed("lire"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-classer-4"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Je trie mes photos."),
                    dimension: Borrowed("classer"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-patience-1"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("J'attends sans peine."),
                    dimension: Borrowed("patience"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-ordre-2"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Je perds souvent mes affaires."),
                    dimension: Borrowed("ordre"),
                    reverse: true,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("sit-attente"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Situation {
                    title: Borrowed("Un retard"),
                    text: Borrowed("Les livres commandés arrivent en retard."),
                    options: Borrowed(&[
                        SituationOption {
                            text: Borrowed("J'attends qu'ils arrivent."),
                            values: Borrowed(&[(Borrowed("ordre"), 2), (Borrowed("patience"), 4)]),
                        },
                        SituationOption {
                            text: Borrowed("Je refais la liste des commandes."),
                            values: Borrowed(&[(Borrowed("ordre"), 4), (Borrowed("patience"), 2)]),
                        },
                        SituationOption {
                            text: Borrowed("J'appelle le fournisseur demain."),
                            values: Borrowed(&[(Borrowed("ordre"), 3), (Borrowed("patience"), 3)]),
                        },
                    ]),
                },
            },
            Item {
                id: Borrowed("st-chercher-1"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("J'aime fouiller un catalogue."),
                    dimension: Borrowed("chercher"),
                    reverse: false,
                    pair: Some(Borrowed("st-chercher-2")),
                },
            },
            Item {
                id: Borrowed("st-conseiller-1"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("On me demande souvent quoi lire."),
                    dimension: Borrowed("conseiller"),
                    reverse: false,
                    pair: Some(Borrowed("st-conseiller-2")),
                },
            },
            Item {
                id: Borrowed("st-chercher-2"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Chercher une référence m'agace."),
                    dimension: Borrowed("chercher"),
                    reverse: true,
                    pair: Some(Borrowed("st-chercher-1")),
                },
            },
            Item {
                id: Borrowed("st-conseiller-2"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Donner un conseil me gêne."),
                    dimension: Borrowed("conseiller"),
                    reverse: true,
                    pair: Some(Borrowed("st-conseiller-1")),
                },
            },
            Item {
                id: Borrowed("st-chercher-3"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Je retrouve vite une information."),
                    dimension: Borrowed("chercher"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-conseiller-3"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("J'aime aider à choisir."),
                    dimension: Borrowed("conseiller"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-chercher-4"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Les archives m'attirent."),
                    dimension: Borrowed("chercher"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-conseiller-4"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("J'écoute avant de proposer."),
                    dimension: Borrowed("conseiller"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-numeriser-1"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Scanner des pages me plaît."),
                    dimension: Borrowed("numeriser"),
                    reverse: false,
                    pair: Some(Borrowed("st-numeriser-2")),
                },
            },
            Item {
                id: Borrowed("st-numeriser-2"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Les machines m'ennuient."),
                    dimension: Borrowed("numeriser"),
                    reverse: true,
                    pair: Some(Borrowed("st-numeriser-1")),
                },
            },
            Item {
                id: Borrowed("st-numeriser-3"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Je règle volontiers une imprimante."),
                    dimension: Borrowed("numeriser"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-numeriser-4"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("J'aime les liseuses."),
                    dimension: Borrowed("numeriser"),
                    reverse: false,
                    pair: None,
                },
            },
        ]),
        forms: Borrowed(&[
            Form {
                id: Borrowed("court"),
                name: Borrowed("Version courte"),
                minutes: 2,
                min_items: 3,
                description: Borrowed("Essai court."),
            },
            Form {
                id: Borrowed("complet"),
                name: Borrowed("Version complète"),
                minutes: 4,
                min_items: 4,
                description: Borrowed("Essai complet."),
            },
        ]),
        role_riasec: Borrowed(&[
            (Riasec::R, 1.5),
            (Riasec::I, 3.5),
            (Riasec::A, 4.5),
            (Riasec::S, 4.0),
            (Riasec::E, 2.0),
            (Riasec::C, 5.0),
        ]),
        nearby_roles: Borrowed(&[
            NearbyRole {
                id: Borrowed("libraire"),
                name: Borrowed("Libraire"),
                description: Borrowed("Vend des livres."),
                why: Borrowed("Tu aimes lire et convaincre."),
                when: Borrowed(&[
                    Lean { dimension: Borrowed("lire"), at_least: 60 },
                    Lean { dimension: Borrowed("vendre"), at_least: 60 },
                ]),
            },
        ]),
    },
}
