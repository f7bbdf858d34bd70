// Generated from data/ by src/model/embedded/tests.rs: do not edit.
// After changing the data: UPDATE_EMBEDDED=1 cargo test --lib embedded
Role {
    fiche: Fiche {
        id: Borrowed("developpeur-back-end"),
        title: Borrowed("Développeuse ou développeur back-end"),
        app: AppIdentity {
            name: Borrowed("Back-end : est-ce pour moi ?"),
            storage_key: Borrowed("metier-back-end"),
            onet_code: Borrowed("15-1252.00"),
        },
        aliases: Borrowed(&[
            Borrowed("Ingénieure ou ingénieur back-end"),
            Borrowed("Développeuse ou développeur backend"),
            Borrowed("Développeuse ou développeur côté serveur"),
            Borrowed("Développeuse ou développeur back office"),
        ]),
        summary: Borrowed(&[
            Borrowed("Quand tu utilises un site ou une appli, tu vois des pages et des boutons. Derrière, des programmes tournent sur des serveurs. Ils enregistrent ton compte, cherchent les bonnes informations et renvoient la réponse. Travailler en back-end, c'est écrire et entretenir cette partie cachée."),
            Borrowed("Ton rôle : faire en sorte que le service réponde vite, sans panne, en protégeant les données. Ce métier de l'informatique se prépare souvent en 3 à 5 ans d'études après le bac. Tu peux l'exercer en équipe, dans une entreprise ou en freelance. Les recruteuses et recruteurs cherchent beaucoup ce profil."),
        ]),
        key_figures: Borrowed(&[
            KeyFigure {
                label: Borrowed("Niveau d'études"),
                values: Borrowed(&[
                    Figure {
                        value: Borrowed("Bac+3 à Bac+5"),
                        unit: Borrowed(""),
                        note: Borrowed("Minimum : Bac+3. Un Bac+5 est en général un atout de plus."),
                        source: Borrowed("developpeur-back-end"),
                    },
                    Figure {
                        value: Borrowed("Bac+5"),
                        unit: Borrowed(""),
                        note: Borrowed("C'est le niveau affiché dans l'encadré des chiffres clés de la même page."),
                        source: Borrowed("developpeur-back-end"),
                    },
                    Figure {
                        value: Borrowed("Diplôme universitaire en informatique"),
                        unit: Borrowed(""),
                        note: Borrowed("Ou en génie logiciel, ou dans une matière proche. La source ne précise pas le niveau."),
                        source: Borrowed("ingenieur-back-end"),
                    },
                    Figure {
                        value: Borrowed("Bac+2 possible"),
                        unit: Borrowed(""),
                        note: Borrowed("L'informatique recrute aussi des Bac+2 pour développer, même si la plupart des informaticiennes et informaticiens ont un Bac+5."),
                        source: Borrowed("crij-informatique"),
                    },
                    Figure {
                        value: Borrowed("Bac+2 au minimum"),
                        unit: Borrowed(""),
                        note: Borrowed("Niveau minimum d'accès donné par l'Onisep pour le métier de développeuse ou développeur informatique."),
                        source: Borrowed("onisep-developpeur"),
                    },
                ]),
            },
            KeyFigure {
                label: Borrowed("Bac conseillé"),
                values: Borrowed(&[
                    Figure {
                        value: Borrowed("Scientifique"),
                        unit: Borrowed(""),
                        note: Borrowed("Conseil écrit avant la réforme du bac : la série S n'existe plus depuis le bac 2021. La même source cite aussi un bac technologique."),
                        source: Borrowed("developpeur-back-end"),
                    },
                    Figure {
                        value: Borrowed("Bac général sans série, avec des spécialités"),
                        unit: Borrowed(""),
                        note: Borrowed("Depuis la session 2021, tu choisis trois spécialités en première, puis deux en terminale."),
                        source: Borrowed("academie-paris"),
                    },
                    Figure {
                        value: Borrowed("Spécialités mathématiques et NSI"),
                        unit: Borrowed(""),
                        note: Borrowed("Pour sa licence d'informatique, cette université recommande très fortement les maths, et recommande aussi NSI (numérique et sciences informatiques)."),
                        source: Borrowed("lyon1-licence"),
                    },
                    Figure {
                        value: Borrowed("Bac technologique STI2D, enseignement SIN"),
                        unit: Borrowed(""),
                        note: Borrowed("SIN veut dire systèmes d'information et numérique : c'est l'enseignement de STI2D tourné vers l'informatique."),
                        source: Borrowed("lycee-sti2d"),
                    },
                ]),
            },
            KeyFigure {
                label: Borrowed("Employabilité"),
                values: Borrowed(&[
                    Figure {
                        value: Borrowed("Élevée"),
                        unit: Borrowed(""),
                        note: Borrowed(""),
                        source: Borrowed("developpeur-back-end"),
                    },
                ]),
            },
            KeyFigure {
                label: Borrowed("Mobilité professionnelle"),
                values: Borrowed(&[
                    Figure {
                        value: Borrowed("Très bonne"),
                        unit: Borrowed(""),
                        note: Borrowed(""),
                        source: Borrowed("developpeur-back-end"),
                    },
                ]),
            },
            KeyFigure {
                label: Borrowed("Salaire en début de carrière"),
                values: Borrowed(&[
                    Figure {
                        value: Borrowed("2 000 €"),
                        unit: Borrowed("brut par mois"),
                        note: Borrowed("Soit environ 1 510 € net par mois, avec 24 % de cotisations (taux moyen du privé selon l'Insee, détaillé dans la partie Salaires)."),
                        source: Borrowed("developpeur-back-end"),
                    },
                    Figure {
                        value: Borrowed("35 000 à 45 000 €"),
                        unit: Borrowed("par an"),
                        note: Borrowed("Le montant dépend du pays et de la taille de l'entreprise."),
                        source: Borrowed("ingenieur-back-end"),
                    },
                    Figure {
                        value: Borrowed("30 000 à 35 000 €"),
                        unit: Borrowed("(période non précisée)"),
                        note: Borrowed("La source ne dit ni si c'est par an, ni si c'est brut ou net. L'ordre de grandeur fait penser à un montant annuel."),
                        source: Borrowed("lehibou"),
                    },
                ]),
            },
            KeyFigure {
                label: Borrowed("Salaire avec de l'expérience"),
                values: Borrowed(&[
                    Figure {
                        value: Borrowed("4 000 €"),
                        unit: Borrowed("brut par mois"),
                        note: Borrowed("Après plusieurs années. Soit environ 3 030 € net par mois, avec 24 % de cotisations (taux moyen du privé selon l'Insee, détaillé dans la partie Salaires)."),
                        source: Borrowed("developpeur-back-end"),
                    },
                    Figure {
                        value: Borrowed("50 000 à 70 000 €"),
                        unit: Borrowed("par an, en milieu de carrière"),
                        note: Borrowed("Le montant dépend du pays et de la taille de l'entreprise."),
                        source: Borrowed("ingenieur-back-end"),
                    },
                ]),
            },
            KeyFigure {
                label: Borrowed("Fourchette de salaire"),
                values: Borrowed(&[
                    Figure {
                        value: Borrowed("2 000 à 4 000 €"),
                        unit: Borrowed("brut par mois"),
                        note: Borrowed("Selon l'expérience et le secteur. Soit environ 1 510 à 3 030 € net par mois, avec 24 % de cotisations (taux moyen du privé selon l'Insee, détaillé dans la partie Salaires)."),
                        source: Borrowed("developpeur-back-end"),
                    },
                    Figure {
                        value: Borrowed("2 917 à 5 833 €"),
                        unit: Borrowed("(période non précisée)"),
                        note: Borrowed("Présenté comme {q:salaire moyen}, sans dire si c'est par mois, ni si c'est brut ou net."),
                        source: Borrowed("ingenieur-back-end"),
                    },
                ]),
            },
            KeyFigure {
                label: Borrowed("Code ROME"),
                values: Borrowed(&[
                    Figure {
                        value: Borrowed("M1805 « Développeur / Développeuse informatique »"),
                        unit: Borrowed("ROME 4.0"),
                        note: Borrowed("Version 4.0 du ROME, en service depuis le 20 mars 2023. L'appellation « Développeur / Développeuse back-end » y est rangée sous M1855 « Développeur / Développeuse web », une fiche rattachée à M1805."),
                        source: Borrowed("rome"),
                    },
                    Figure {
                        value: Borrowed("M1805 « Études et développement informatique »"),
                        unit: Borrowed("avant le ROME 4.0"),
                        note: Borrowed("L'ancien titre de la même fiche."),
                        source: Borrowed("defi-metiers"),
                    },
                    Figure {
                        value: Borrowed("M1802 « Expertise et support en systèmes d'information »"),
                        unit: Borrowed(""),
                        note: Borrowed("Code donné par cette source. Il ne concorde pas avec le ROME, qui range les développeuses et développeurs sous M1805."),
                        source: Borrowed("developpeur-back-end"),
                    },
                ]),
            },
            KeyFigure {
                label: Borrowed("Code FAP"),
                values: Borrowed(&[
                    Figure {
                        value: Borrowed("M2Z"),
                        unit: Borrowed(""),
                        note: Borrowed("FAP : classement des métiers en familles professionnelles, utilisé pour les statistiques sur l'emploi."),
                        source: Borrowed("developpeur-back-end"),
                    },
                    Figure {
                        value: Borrowed("M2Z « Ingénieurs de l'informatique »"),
                        unit: Borrowed(""),
                        note: Borrowed("Nom de la famille donné par ce site privé. Défi métiers décrit cette famille de la DARES sans citer son code."),
                        source: Borrowed("quest-education"),
                    },
                ]),
            },
        ]),
        sections: Borrowed(&[
            Section {
                id: Borrowed("resume"),
                title: Borrowed("Le métier en bref"),
                blocks: Borrowed(&[
                    Block::Paragraph {
                        text: Borrowed("Un site ou une application se divise en deux parties. Le front-end regroupe tout ce que la personne voit et touche : les pages, les menus, les boutons. Le back-end regroupe tout ce qui lui reste invisible : le traitement des informations, caché derrière l'écran. On parle aussi de « back office »."),
                        sources: Borrowed(&[Borrowed("lehibou")]),
                    },
                    Block::Paragraph {
                        text: Borrowed("En back-end, tu travailles donc côté serveur. Un serveur est un ordinateur, souvent placé dans un centre de données. Il reste allumé jour et nuit et répond aux demandes des personnes qui utilisent le service. Sur ce serveur, tu construis et tu entretiens des outils. Grâce à eux, les gens peuvent se servir des bases de données et des autres systèmes internes de l'entreprise. Une base de données est un ensemble organisé d'informations, comme les comptes de la clientèle ou les commandes."),
                        sources: Borrowed(&[Borrowed("developpeur-back-end"), Borrowed("lehibou")]),
                    },
                    Block::Paragraph {
                        text: Borrowed("C'est le serveur qui doit bien gérer les fonctions essentielles. Il se connecte aux bases de données, répond aux requêtes d'API et gère les comptes des utilisatrices et utilisateurs. Une API est une sorte de guichet : deux logiciels s'y échangent des données en suivant des règles fixées à l'avance."),
                        sources: Borrowed(&[Borrowed("developpeur-back-end")]),
                    },
                    Block::Paragraph {
                        text: Borrowed("Le but du métier : que les applications et les sites tournent de façon fluide et sûre. Pour cela, tu crées des serveurs solides, des bases de données rapides et des API efficaces. Tu conçois aussi le fonctionnement caché d'un site Internet ou d'une appli mobile, et la façon dont ses données servent."),
                        sources: Borrowed(&[Borrowed("ingenieur-back-end"), Borrowed("lehibou")]),
                    },
                    Block::Paragraph {
                        text: Borrowed("La fiche « Ingénieur.e back-end » range ce métier dans le numérique, l'informatique et la programmation. Elle y voit un rôle clé pour créer des sites et des applications. On l'exerce dans une ambiance collaborative et innovante, souvent avec des langages comme Java ou Python. Selon cette fiche, il convient surtout aux personnes qui aiment les défis techniques et veulent participer à des solutions nouvelles du numérique."),
                        sources: Borrowed(&[Borrowed("ingenieur-back-end")]),
                    },
                ]),
            },
            Section {
                id: Borrowed("missions"),
                title: Borrowed("Missions et journée type"),
                blocks: Borrowed(&[
                    Block::List {
                        title: Borrowed("Tes missions principales"),
                        items: Borrowed(&[
                            Borrowed("Concevoir, écrire et maintenir le code et l'architecture côté serveur (en anglais, « {en:server-side} »)."),
                            Borrowed("Construire et gérer le serveur, les bases de données et la logique de l'application : les règles qui décident de ce que fait le programme."),
                            Borrowed("Développer toutes sortes de fonctionnalités, puis les tester selon ce que demande la cliente ou le client."),
                            Borrowed("Tester le code et veiller à sa qualité, pour que le site reste performant."),
                            Borrowed("Rendre les applications plus rapides, pour que chaque réponse arrive vite."),
                            Borrowed("Protéger les applications contre les attaques venues de l'extérieur. Garder les données traitées en sécurité et confidentielles."),
                            Borrowed("Trouver l'origine des problèmes techniques, puis les corriger."),
                        ]),
                        sources: Borrowed(&[
                            Borrowed("ingenieur-back-end"),
                            Borrowed("developpeur-back-end"),
                            Borrowed("lehibou"),
                        ]),
                    },
                    Block::List {
                        title: Borrowed("En lien avec les autres"),
                        items: Borrowed(&[
                            Borrowed("Intégrer à l'interface utilisateur les éléments de front-end créés par d'autres ingénieures et ingénieurs."),
                            Borrowed("Travailler avec les développeuses et développeurs front-end, pour que l'interface s'accorde bien avec le back-end."),
                            Borrowed("Coordonner les projets avec les équipes front-end et les autres personnes concernées."),
                            Borrowed("Préparer chaque nouveau projet web avec la développeuse ou le développeur front-end : définir l'équipe, les étapes et les difficultés possibles. Cette entente est essentielle pour réussir le projet."),
                        ]),
                        sources: Borrowed(&[
                            Borrowed("ingenieur-back-end"),
                            Borrowed("developpeur-back-end"),
                            Borrowed("lehibou"),
                        ]),
                    },
                    Block::Paragraph {
                        text: Borrowed("Chaque jour, tu développes le back-end de sites et d'applications, et tu en assures l'entretien. Tu vises un code de grande qualité. Une partie du travail passe aussi par l'écrit. Tu prépares des cahiers des charges, qui décrivent ce que le projet doit faire. Pour le site d'une cliente ou d'un client, tu écris aussi des manuels : ils expliquent les étapes à suivre pour entretenir ses données."),
                        sources: Borrowed(&[Borrowed("developpeur-back-end"), Borrowed("lehibou")]),
                    },
                    Block::Paragraph {
                        text: Borrowed("Avant de commencer, tu dois connaître en détail ce que le projet doit faire et le volume de données à traiter. Tu sais alors quelles compétences et quelles solutions techniques il te faudra. Si le back office passe par une API, tu dois savoir t'en servir."),
                        sources: Borrowed(&[Borrowed("lehibou")]),
                    },
                    Block::Paragraph {
                        text: Borrowed("Tu repères aussi les compétences qui manquent au projet pour un temps, qu'elles soient techniques ou non. Tu peux alors faire appel à des prestataires extérieurs. Tu publies une demande, tu compares les offres reçues, puis tu retiens celle qui te convient le mieux. Tu peux ainsi faire venir des intégratrices et intégrateurs de contenus ou de données, des webmasters ou des content managers. Ce travail se fait à Paris comme ailleurs."),
                        sources: Borrowed(&[Borrowed("lehibou")]),
                    },
                ]),
            },
            Section {
                id: Borrowed("journee-type"),
                title: Borrowed("Une journée type"),
                blocks: Borrowed(&[
                    Block::Paragraph {
                        text: Borrowed("Voici une journée imaginée à partir des tâches que citent les sources. Aucune journée ne ressemble tout à fait à une autre, mais ces moments reviennent souvent."),
                        sources: Borrowed(&[
                            Borrowed("ingenieur-back-end"),
                            Borrowed("developpeur-back-end"),
                            Borrowed("lehibou"),
                        ]),
                    },
                    Block::List {
                        title: Borrowed("Le matin"),
                        items: Borrowed(&[
                            Borrowed("9 h : court point avec l'équipe, dont les développeuses et développeurs front-end. Chaque personne dit où elle en est et ce qui la bloque."),
                            Borrowed("9 h 30 : une cliente signale qu'une commande a échoué. Tu lis les journaux d'erreurs du serveur pour trouver l'origine du bug."),
                            Borrowed("11 h : la cause est trouvée, une base de données répondait trop lentement. Tu écris une correction et les tests qui la vérifient."),
                        ]),
                        sources: Borrowed(&[
                            Borrowed("ingenieur-back-end"),
                            Borrowed("developpeur-back-end"),
                        ]),
                    },
                    Block::List {
                        title: Borrowed("L'après-midi"),
                        items: Borrowed(&[
                            Borrowed("14 h : une collègue relit ta correction avant sa mise en ligne. Elle te suggère une façon plus claire de l'écrire."),
                            Borrowed("15 h : réunion pour préparer une nouvelle fonction avec le front-end : l'équipe, les étapes, les difficultés possibles."),
                            Borrowed("16 h 30 : tu mets la correction en ligne, puis tu vérifies que les commandes passent de nouveau."),
                            Borrowed("17 h : tu notes ce qui s'est passé, pour que l'équipe puisse s'en servir la prochaine fois."),
                        ]),
                        sources: Borrowed(&[
                            Borrowed("ingenieur-back-end"),
                            Borrowed("developpeur-back-end"),
                            Borrowed("lehibou"),
                        ]),
                    },
                    Block::Paragraph {
                        text: Borrowed("Selon la fiche « Développeur back-end », il faut résoudre des problèmes complexes presque tous les jours : la chasse aux bugs fait partie du métier."),
                        sources: Borrowed(&[Borrowed("developpeur-back-end")]),
                    },
                ]),
            },
            Section {
                id: Borrowed("responsabilites"),
                title: Borrowed("Responsabilités"),
                blocks: Borrowed(&[
                    Block::List {
                        title: Borrowed(""),
                        items: Borrowed(&[
                            Borrowed("Créer les systèmes qui traitent et stockent les données sur les serveurs."),
                            Borrowed("Concevoir les bases de données et leur organisation, pour traiter les informations efficacement."),
                            Borrowed("Améliorer les performances des applications."),
                            Borrowed("Mettre en place des protocoles de sécurité : des règles et des outils qui protègent les données."),
                            Borrowed("Garantir que les applications fonctionnent sans accroc et en sécurité."),
                            Borrowed("Proposer des solutions techniques, sans dépasser les délais."),
                        ]),
                        sources: Borrowed(&[
                            Borrowed("developpeur-back-end"),
                            Borrowed("ingenieur-back-end"),
                        ]),
                    },
                ]),
            },
            Section {
                id: Borrowed("competences-techniques"),
                title: Borrowed("Compétences techniques"),
                blocks: Borrowed(&[
                    Block::List {
                        title: Borrowed("Langages de programmation"),
                        items: Borrowed(&[
                            Borrowed("Java, Python, Ruby et PHP : des langages très utilisés côté serveur."),
                            Borrowed("Node.js : un outil pour faire tourner JavaScript côté serveur."),
                            Borrowed("SQL : le langage qui sert à interroger et à modifier les bases de données."),
                            Borrowed("Il existe d'autres langages dits « dynamiques ». Une source demande de maîtriser parfaitement ceux que tu utilises."),
                        ]),
                        sources: Borrowed(&[
                            Borrowed("ingenieur-back-end"),
                            Borrowed("developpeur-back-end"),
                            Borrowed("lehibou"),
                        ]),
                    },
                    Block::List {
                        title: Borrowed("Bases de données"),
                        items: Borrowed(&[
                            Borrowed("Bien connaître les bases de données SQL, qui rangent les informations dans des tableaux reliés entre eux (exemple : MySQL)."),
                            Borrowed("Bien connaître aussi les bases NoSQL, qui les rangent autrement, par exemple sous forme de documents (exemple : MongoDB)."),
                            Borrowed("Savoir te servir des logiciels qui gèrent les bases de données."),
                        ]),
                        sources: Borrowed(&[
                            Borrowed("ingenieur-back-end"),
                            Borrowed("developpeur-back-end"),
                        ]),
                    },
                    Block::List {
                        title: Borrowed("API, architecture et sécurité"),
                        items: Borrowed(&[
                            Borrowed("Savoir utiliser les services web et les API de type REST (dites « {en:RESTful} »), un style d'API très répandu sur le web."),
                            Borrowed("Comprendre les microservices : une application découpée en petits services indépendants, qui communiquent entre eux."),
                            Borrowed("Comprendre le cloud computing : utiliser à distance, par Internet, des serveurs loués chez un hébergeur, au lieu d'avoir ses propres machines."),
                            Borrowed("Avoir des compétences en sécurité informatique."),
                        ]),
                        sources: Borrowed(&[Borrowed("ingenieur-back-end")]),
                    },
                    Block::List {
                        title: Borrowed("Frameworks"),
                        items: Borrowed(&[
                            Borrowed("Un framework est une boîte à outils de code prêt à l'emploi. Il donne une structure à ton projet, et chaque langage a les siens."),
                            Borrowed("Pour PHP, une source cite Symfony, Zend Framework et CakePHP."),
                            Borrowed("Zend Framework s'appelle aujourd'hui Laminas : il a rejoint la Linux Foundation en 2019, sous ce nouveau nom."),
                        ]),
                        sources: Borrowed(&[
                            Borrowed("developpeur-back-end"),
                            Borrowed("lehibou"),
                            Borrowed("laminas"),
                            Borrowed("devclass-laminas"),
                        ]),
                    },
                    Block::List {
                        title: Borrowed("Autour du back-end"),
                        items: Borrowed(&[
                            Borrowed("Connaître les langages du front-end est un plus : HTML (la structure d'une page), CSS (son apparence) et JavaScript (ce qui la rend interactive)."),
                            Borrowed("Savoir travailler avec des serveurs, les administrer et les gérer efficacement."),
                        ]),
                        sources: Borrowed(&[Borrowed("developpeur-back-end")]),
                    },
                ]),
            },
            Section {
                id: Borrowed("qualites"),
                title: Borrowed("Qualités et savoir-être"),
                blocks: Borrowed(&[
                    Block::List {
                        title: Borrowed("Les qualités attendues"),
                        items: Borrowed(&[
                            Borrowed("Rigueur : un petit oubli dans le code peut bloquer tout un service."),
                            Borrowed("Méthode : avancer étape par étape, de façon organisée."),
                            Borrowed("Autonomie : savoir avancer seule ou seul sur ta partie."),
                            Borrowed("Travail en équipe : sur une même interface web, tu travailles avec d'autres personnes. Ce sont des spécialistes du front-end, d'autres développeuses et développeurs, des ingénieures et ingénieurs ou des prestataires."),
                            Borrowed("Adaptabilité : passer d'une technologie à une autre, et avoir envie d'en apprendre de nouvelles."),
                            Borrowed("Communication : échanger avec des équipes aux métiers variés."),
                            Borrowed("Sens de l'analyse et résolution de problèmes, même complexes."),
                            Borrowed("Gestion du temps et des priorités, pour tenir les délais."),
                            Borrowed("Organisation."),
                            Borrowed("Curiosité : la technologie change vite, il faut aimer apprendre."),
                        ]),
                        sources: Borrowed(&[
                            Borrowed("developpeur-back-end"),
                            Borrowed("ingenieur-back-end"),
                            Borrowed("lehibou"),
                        ]),
                    },
                    Block::Paragraph {
                        text: Borrowed("Pourquoi parler autant, dans un métier technique ? Pour ajouter une fonction, tu dois te mettre d'accord avec les développeuses et développeurs front-end et le reste de l'équipe. Ensemble, vous vérifiez aussi que chaque partie du système échange bien avec les autres."),
                        sources: Borrowed(&[Borrowed("developpeur-back-end")]),
                    },
                    Block::Paragraph {
                        text: Borrowed("Ces qualités s'apprennent avec le temps. Une source conseille d'ailleurs de t'exercer à résoudre des problèmes et à communiquer."),
                        sources: Borrowed(&[Borrowed("ingenieur-back-end")]),
                    },
                ]),
            },
            Section {
                id: Borrowed("formation"),
                title: Borrowed("Formation et certifications"),
                blocks: Borrowed(&[
                    Block::Paragraph {
                        text: Borrowed("Pour ce métier, il te faut une solide base en informatique, surtout en programmation et en bases de données. Les études conseillées vont du Bac+3 au Bac+5, en informatique. Le niveau de départ est le Bac+3. Aller jusqu'au Bac+5 te donne souvent un avantage."),
                        sources: Borrowed(&[Borrowed("developpeur-back-end")]),
                    },
                    Block::List {
                        title: Borrowed("Parcours possibles"),
                        items: Borrowed(&[
                            Borrowed("Au lycée : un bac scientifique ou technologique, selon cette source écrite avant la réforme du bac de 2021."),
                            Borrowed("Un Bachelor en informatique (3 ans après le bac), puis un MSc ({en:Master of Science}, niveau Bac+5) pour te spécialiser."),
                            Borrowed("Ou un diplôme de l'université en informatique ou en génie logiciel, ou dans une discipline voisine."),
                        ]),
                        sources: Borrowed(&[
                            Borrowed("developpeur-back-end"),
                            Borrowed("ingenieur-back-end"),
                        ]),
                    },
                    Block::Figures {
                        caption: Borrowed("Les voies de formation en France, avec leur niveau"),
                        rows: Borrowed(&[
                            FigureRow {
                                label: Borrowed("BTS SIO, option SLAM"),
                                figure: Figure {
                                    value: Borrowed("Bac+2"),
                                    unit: Borrowed(""),
                                    note: Borrowed("Services informatiques aux organisations. L'option SLAM forme au développement, l'option SISR aux réseaux. Recrutement sur Parcoursup."),
                                    source: Borrowed("parcoursup-bts-sio"),
                                },
                            },
                            FigureRow {
                                label: Borrowed("BUT informatique"),
                                figure: Figure {
                                    value: Borrowed("Bac+3"),
                                    unit: Borrowed(""),
                                    note: Borrowed("Bachelor universitaire de technologie, en trois ans en IUT. Il a remplacé le DUT à la rentrée 2021."),
                                    source: Borrowed("info-jeunes-but"),
                                },
                            },
                            FigureRow {
                                label: Borrowed("Licence informatique"),
                                figure: Figure {
                                    value: Borrowed("Bac+3"),
                                    unit: Borrowed(""),
                                    note: Borrowed("Trois ans à l'université. Tu entres en première année par Parcoursup."),
                                    source: Borrowed("onisep-licence-info"),
                                },
                            },
                            FigureRow {
                                label: Borrowed("Master informatique ou MIAGE"),
                                figure: Figure {
                                    value: Borrowed("Bac+5"),
                                    unit: Borrowed(""),
                                    note: Borrowed("La MIAGE mêle informatique et gestion des entreprises. Elle mène à un master."),
                                    source: Borrowed("miage-lyon1"),
                                },
                            },
                            FigureRow {
                                label: Borrowed("École d'ingénieurs"),
                                figure: Figure {
                                    value: Borrowed("Bac+5"),
                                    unit: Borrowed(""),
                                    note: Borrowed("Cinq ans après le bac. Seules les formations habilitées par la CTI délivrent le titre d'ingénieur."),
                                    source: Borrowed("letudiant-cti"),
                                },
                            },
                            FigureRow {
                                label: Borrowed("Titre « Concepteur développeur d'applications »"),
                                figure: Figure {
                                    value: Borrowed("Niveau 6"),
                                    unit: Borrowed(""),
                                    note: Borrowed("Titre professionnel du ministère du Travail, inscrit au RNCP. Il forme à concevoir et développer des applications sécurisées."),
                                    source: Borrowed("rncp-cda"),
                                },
                            },
                        ]),
                    },
                    Block::Paragraph {
                        text: Borrowed("Le niveau le plus cité reste le Bac+3 à Bac+5. Mais des Bac+2 sont aussi recrutés pour développer, par exemple après un BTS."),
                        sources: Borrowed(&[
                            Borrowed("cidj-back-end"),
                            Borrowed("crij-informatique"),
                        ]),
                    },
                    Block::List {
                        title: Borrowed("Apprendre en travaillant : l'alternance"),
                        items: Borrowed(&[
                            Borrowed("Le contrat d'apprentissage prépare un diplôme, en partageant ton temps entre l'école et l'entreprise."),
                            Borrowed("Le contrat de professionnalisation vise plutôt une embauche rapide dans l'entreprise."),
                            Borrowed("Dans les deux cas, tu es salariée ou salarié, et payé pendant ta formation."),
                        ]),
                        sources: Borrowed(&[Borrowed("cidj-alternance")]),
                    },
                    Block::List {
                        title: Borrowed("Changer de métier en cours de route"),
                        items: Borrowed(&[
                            Borrowed("Des formations courtes au numérique portent le label « Grande École du Numérique »."),
                            Borrowed("L'AFPA propose des formations vers le numérique pour les personnes qui cherchent un emploi."),
                            Borrowed("Les GRETA, de l'Éducation nationale, organisent des formations pour les adultes."),
                        ]),
                        sources: Borrowed(&[
                            Borrowed("letudiant-gen"),
                            Borrowed("c2rp-afpa"),
                            Borrowed("greta-mayotte"),
                        ]),
                    },
                    Block::Paragraph {
                        text: Borrowed("Après le bac, tu t'inscris sur Parcoursup pour la plupart de ces formations : BTS, BUT, licences et certaines écoles d'ingénieurs. Tu peux y faire jusqu'à 10 vœux, et 10 de plus en apprentissage."),
                        sources: Borrowed(&[Borrowed("onisep-parcoursup")]),
                    },
                    Block::List {
                        title: Borrowed("Voir le métier de près : le stage d'observation"),
                        items: Borrowed(&[
                            Borrowed("En troisième, le stage d'observation est obligatoire. Il dure cinq jours, d'affilée ou non."),
                            Borrowed("En seconde générale et technologique, un stage d'observation de deux semaines a lieu en juin, depuis 2024."),
                            Borrowed("Demande à observer une équipe de développement : dans une ESN, une agence web ou le service informatique d'une entreprise ou d'une mairie."),
                        ]),
                        sources: Borrowed(&[
                            Borrowed("eduscol-stage-3e"),
                            Borrowed("versailles-stage-2de"),
                            Borrowed("orientation-pour-tous"),
                        ]),
                    },
                    Block::List {
                        title: Borrowed("Ce que ta formation doit t'apporter"),
                        items: Borrowed(&[
                            Borrowed("La programmation."),
                            Borrowed("La gestion des bases de données."),
                            Borrowed("La gestion et l'administration des serveurs."),
                            Borrowed("La communication entre équipes."),
                        ]),
                        sources: Borrowed(&[Borrowed("developpeur-back-end")]),
                    },
                    Block::Paragraph {
                        text: Borrowed("Des certifications sur des technologies précises peuvent faire la différence. Par exemple, AWS Certified Developer prouve que tu sais développer sur le cloud d'Amazon (AWS, pour Amazon Web Services)."),
                        sources: Borrowed(&[Borrowed("ingenieur-back-end")]),
                    },
                    Block::Paragraph {
                        text: Borrowed("Les études ne s'arrêtent pas au diplôme. Le domaine bouge sans cesse : pour rester à jour, tu devras te former pendant toute ta carrière. C'est la formation continue, indispensable dans ce métier."),
                        sources: Borrowed(&[Borrowed("developpeur-back-end")]),
                    },
                ]),
            },
            Section {
                id: Borrowed("experience"),
                title: Borrowed("Expérience recommandée"),
                blocks: Borrowed(&[
                    Block::List {
                        title: Borrowed(""),
                        items: Borrowed(&[
                            Borrowed("Un stage, ou une à deux années d'expérience professionnelle en développement back-end."),
                            Borrowed("La participation à des projets open source : des logiciels dont le code source est public, que tout le monde peut lire et améliorer."),
                            Borrowed("Des projets personnels, par exemple une petite application que tu construis toi-même."),
                        ]),
                        sources: Borrowed(&[Borrowed("ingenieur-back-end")]),
                    },
                    Block::Paragraph {
                        text: Borrowed("Ces projets, open source ou personnels, donnent de la valeur à ton profil. Ils prouvent ce que tu sais faire. Ils enrichissent aussi ton portfolio : l'ensemble des réalisations que tu peux montrer aux personnes qui recrutent."),
                        sources: Borrowed(&[Borrowed("ingenieur-back-end")]),
                    },
                ]),
            },
            Section {
                id: Borrowed("environnement"),
                title: Borrowed("Environnement de travail"),
                blocks: Borrowed(&[
                    Block::Paragraph {
                        text: Borrowed("Tu travailles le plus souvent dans des bureaux, au sein d'une équipe qui développe des logiciels. Le télétravail, c'est-à-dire travailler depuis chez toi, est courant dans ce métier."),
                        sources: Borrowed(&[Borrowed("ingenieur-back-end")]),
                    },
                    Block::Paragraph {
                        text: Borrowed("Ton outil principal est l'ordinateur. Il te sert à coder, mais aussi à collaborer grâce à des logiciels de gestion de projet et de communication (messagerie, suivi des tâches)."),
                        sources: Borrowed(&[Borrowed("ingenieur-back-end")]),
                    },
                    Block::Paragraph {
                        text: Borrowed("L'environnement est souvent innovant et tourné vers la technologie. Les projets qui ont besoin d'un back-end existent dans des secteurs et des contextes très variés."),
                        sources: Borrowed(&[Borrowed("developpeur-back-end"), Borrowed("lehibou")]),
                    },
                ]),
            },
            Section {
                id: Borrowed("freelance"),
                title: Borrowed("Travailler en freelance"),
                blocks: Borrowed(&[
                    Block::Paragraph {
                        text: Borrowed("En freelance, tu travailles à ton compte. Au lieu d'être salariée ou salarié d'une entreprise, tu vends tes services à des clientes et clients, mission par mission. Ce mode de travail attire beaucoup de professionnelles et professionnels du développement web et mobile."),
                        sources: Borrowed(&[Borrowed("lehibou")]),
                    },
                    Block::List {
                        title: Borrowed("Les avantages cités"),
                        items: Borrowed(&[
                            Borrowed("Beaucoup d'autonomie, comme pour les spécialistes de PHP ou de Java qui travaillent à leur compte."),
                            Borrowed("Tu choisis tes projets et les offres auxquelles tu réponds."),
                            Borrowed("Tu fixes ton tarif selon le marché et la valeur que tu donnes à ton travail. Ce tarif, c'est le TJM (taux journalier moyen) : le prix d'une journée de travail."),
                            Borrowed("Les projets touchent des secteurs et des contextes très différents. Tu peux choisir tes missions selon leur complexité."),
                            Borrowed("Tu gères ton emploi du temps et tu organises toi-même tes congés."),
                            Borrowed("Selon la source, travailler à ton compte permet aussi de gagner du temps."),
                        ]),
                        sources: Borrowed(&[Borrowed("lehibou")]),
                    },
                    Block::List {
                        title: Borrowed("Protection sociale et démarches"),
                        items: Borrowed(&[
                            Borrowed("Tu n'as pas la même protection qu'une personne salariée. Ton TJM doit donc prévoir le risque d'être malade et de ne pas pouvoir travailler."),
                            Borrowed("Tu peux demander une couverture sociale proche de celle des personnes salariées. Tu peux aussi adhérer à des organismes officiels pour cotiser pour ta retraite."),
                            Borrowed("Selon la source, les caisses de prévoyance sociale accueillent les développeuses et développeurs informatiques, quel que soit leur statut."),
                            Borrowed("Tu peux confier les tâches administratives, juridiques et fiscales (papiers, contrats, impôts) à des structures spécialisées."),
                        ]),
                        sources: Borrowed(&[Borrowed("lehibou")]),
                    },
                    Block::Paragraph {
                        text: Borrowed("D'après la plateforme LeHibou, les missions freelance en back-end sont nombreuses, et de nouvelles offres y paraissent chaque jour."),
                        sources: Borrowed(&[Borrowed("lehibou")]),
                    },
                    Block::List {
                        title: Borrowed("Deux façons de travailler à ton compte"),
                        items: Borrowed(&[
                            Borrowed("La micro-entreprise : peu de démarches, une comptabilité simple et des cotisations réduites pour démarrer."),
                            Borrowed("Le portage salarial : tu trouves tes missions, mais une entreprise de portage facture la clientèle et te verse un salaire."),
                        ]),
                        sources: Borrowed(&[Borrowed("cidj-micro"), Borrowed("cftc-portage")]),
                    },
                ]),
            },
            Section {
                id: Borrowed("salaires"),
                title: Borrowed("Salaires"),
                blocks: Borrowed(&[
                    Block::Figures {
                        caption: Borrowed("Les salaires selon chaque source, avec leur unité"),
                        rows: Borrowed(&[
                            FigureRow {
                                label: Borrowed("Débutante ou débutant"),
                                figure: Figure {
                                    value: Borrowed("2 000 €"),
                                    unit: Borrowed("brut par mois"),
                                    note: Borrowed("Montant approximatif en début de carrière. Net estimé : environ 1 510 € par mois (voir la ligne des cotisations)."),
                                    source: Borrowed("developpeur-back-end"),
                                },
                            },
                            FigureRow {
                                label: Borrowed("Après plusieurs années d'expérience"),
                                figure: Figure {
                                    value: Borrowed("4 000 €"),
                                    unit: Borrowed("brut par mois"),
                                    note: Borrowed("Ce n'est pas un plafond. Avec encore plus d'expérience, et surtout un poste à responsabilités, on peut gagner davantage. Net estimé : environ 3 030 € par mois (voir la ligne des cotisations)."),
                                    source: Borrowed("developpeur-back-end"),
                                },
                            },
                            FigureRow {
                                label: Borrowed("Fourchette générale"),
                                figure: Figure {
                                    value: Borrowed("2 000 à 4 000 €"),
                                    unit: Borrowed("brut par mois"),
                                    note: Borrowed("Varie selon l'expérience, les qualifications et le secteur d'activité. Net estimé : environ 1 510 à 3 030 € par mois (voir la ligne des cotisations)."),
                                    source: Borrowed("developpeur-back-end"),
                                },
                            },
                            FigureRow {
                                label: Borrowed("Salaire moyen"),
                                figure: Figure {
                                    value: Borrowed("2 917 à 5 833 €"),
                                    unit: Borrowed("(période non précisée)"),
                                    note: Borrowed("Affiché comme {q:salaire moyen}, sans dire si c'est par mois, ni si c'est brut ou net. Multipliés par 12, ces montants donnent environ 35 000 et 70 000 €. Cela correspond au plus bas et au plus haut des salaires annuels de la même page."),
                                    source: Borrowed("ingenieur-back-end"),
                                },
                            },
                            FigureRow {
                                label: Borrowed("Début de carrière"),
                                figure: Figure {
                                    value: Borrowed("35 000 à 45 000 €"),
                                    unit: Borrowed("par an"),
                                    note: Borrowed("Le montant dépend du pays et de la taille de l'entreprise. Brut ou net : non précisé. Si ce montant est brut, le net serait d'environ 26 500 à 34 100 € par an."),
                                    source: Borrowed("ingenieur-back-end"),
                                },
                            },
                            FigureRow {
                                label: Borrowed("Milieu de carrière"),
                                figure: Figure {
                                    value: Borrowed("50 000 à 70 000 €"),
                                    unit: Borrowed("par an"),
                                    note: Borrowed("Le montant dépend du pays et de la taille de l'entreprise. Brut ou net : non précisé. Si ce montant est brut, le net serait d'environ 37 900 à 53 000 € par an."),
                                    source: Borrowed("ingenieur-back-end"),
                                },
                            },
                            FigureRow {
                                label: Borrowed("Débutante ou débutant"),
                                figure: Figure {
                                    value: Borrowed("30 000 à 35 000 €"),
                                    unit: Borrowed("(période non précisée)"),
                                    note: Borrowed("La source écrit seulement {q:entre 30 000 et 35 000 euros}. Elle ne dit ni la période, ni brut ou net. L'ordre de grandeur fait penser à un salaire annuel. Elle le donne comme un simple repère, qui évolue avec l'expérience."),
                                    source: Borrowed("lehibou"),
                                },
                            },
                            FigureRow {
                                label: Borrowed("Cotisations, pour passer du brut au net"),
                                figure: Figure {
                                    value: Borrowed("environ 24 %"),
                                    unit: Borrowed("du salaire brut"),
                                    note: Borrowed("En 2023, le salaire moyen du privé était de 3 613 € brut pour 2 735 € net par mois. C'est le taux utilisé pour les nets estimés ici."),
                                    source: Borrowed("insee-salaires"),
                                },
                            },
                            FigureRow {
                                label: Borrowed("Repère : le Smic"),
                                figure: Figure {
                                    value: Borrowed("1 823,03 €"),
                                    unit: Borrowed("brut par mois, pour 35 h par semaine"),
                                    note: Borrowed("Depuis le 1er janvier 2026, soit 1 443,11 € net par mois. C'est le salaire minimum en France."),
                                    source: Borrowed("oreco-smic"),
                                },
                            },
                        ]),
                    },
                    Block::Paragraph {
                        text: Borrowed("Pourquoi ces chiffres ne se ressemblent pas ? D'abord, ils ne sont pas dans la même unité : certains sont donnés par mois, d'autres par an. Pour comparer, multiplie un salaire mensuel par 12. Ainsi, 2 000 € brut par mois font environ 24 000 € brut par an. Ensuite, « brut » veut dire avant les cotisations sociales. Le salaire net, celui que tu touches vraiment, est plus bas. Deux sources ne précisent pas si leurs montants sont bruts ou nets."),
                        sources: Borrowed(&[
                            Borrowed("developpeur-back-end"),
                            Borrowed("ingenieur-back-end"),
                            Borrowed("lehibou"),
                        ]),
                    },
                    Block::Paragraph {
                        text: Borrowed("Enfin, chaque source a sa méthode. Le salaire change avec l'expérience, les diplômes, le secteur, le pays et la taille de l'entreprise. Il augmente aussi avec les responsabilités : avec beaucoup d'expérience, on peut dépasser ces montants. Retiens plutôt des ordres de grandeur qu'un chiffre exact."),
                        sources: Borrowed(&[
                            Borrowed("developpeur-back-end"),
                            Borrowed("ingenieur-back-end"),
                            Borrowed("lehibou"),
                        ]),
                    },
                    Block::Paragraph {
                        text: Borrowed("En freelance, on ne parle pas de salaire mais de tarif à la journée (TJM). Chaque freelance le fixe selon le marché. Les sources ne donnent pas de montant de TJM."),
                        sources: Borrowed(&[Borrowed("lehibou")]),
                    },
                    Block::Paragraph {
                        text: Borrowed("Beaucoup de postes du numérique ont le statut de cadre : deux emplois sur trois en 2017. Ce statut ne vient pas d'une loi. Il dépend surtout du diplôme, de l'autonomie et des responsabilités, et figure dans le contrat ou la convention collective."),
                        sources: Borrowed(&[Borrowed("insee-numerique"), Borrowed("cadremploi")]),
                    },
                ]),
            },
            Section {
                id: Borrowed("evolution"),
                title: Borrowed("Évolution de carrière"),
                blocks: Borrowed(&[
                    Block::Paragraph {
                        text: Borrowed("Avec de l'expérience, et parfois des qualifications en plus, ce métier ouvre beaucoup de portes. Le potentiel d'évolution est fort."),
                        sources: Borrowed(&[
                            Borrowed("ingenieur-back-end"),
                            Borrowed("developpeur-back-end"),
                        ]),
                    },
                    Block::List {
                        title: Borrowed("Vers quels postes ?"),
                        items: Borrowed(&[
                            Borrowed("Lead Developer : tu deviens la personne de référence qui guide l'équipe technique."),
                            Borrowed("Cheffe ou chef de projet (parfois « technique ») : tu encadres des équipes et tu mènes des projets de plus grande taille."),
                            Borrowed("Architecte logiciel : tu conçois l'organisation d'ensemble des logiciels."),
                            Borrowed("Directrice ou directeur technique (en anglais, CTO pour {en:Chief Technology Officer}) : tu diriges toute la technique d'une entreprise."),
                            Borrowed("Directrice ou directeur informatique, après plusieurs années. On parle aussi de DSI, pour direction des systèmes d'information."),
                            Borrowed("Développeuse ou développeur full stack, sur le front-end comme sur le back-end, après une formation en front-end."),
                        ]),
                        sources: Borrowed(&[
                            Borrowed("developpeur-back-end"),
                            Borrowed("ingenieur-back-end"),
                            Borrowed("lehibou"),
                        ]),
                    },
                ]),
            },
            Section {
                id: Borrowed("tendances"),
                title: Borrowed("Tendances du métier"),
                blocks: Borrowed(&[
                    Block::List {
                        title: Borrowed("Ce qui change"),
                        items: Borrowed(&[
                            Borrowed("Les entreprises demandent de plus en plus de compétences en cloud computing et en DevOps. DevOps rapproche le développement et l'exploitation des serveurs, avec beaucoup d'automatisation."),
                            Borrowed("Les architectures serverless progressent : le code tourne à la demande chez un hébergeur cloud, sans que tu aies à gérer les serveurs."),
                            Borrowed("L'intelligence artificielle et l'automatisation prennent de plus en plus de place dans la création des logiciels."),
                            Borrowed("La digitalisation, c'est-à-dire le passage au numérique, gagne l'industrie. Ce secteur embauche donc aussi des développeuses et développeurs back-end."),
                        ]),
                        sources: Borrowed(&[Borrowed("ingenieur-back-end"), Borrowed("lehibou")]),
                    },
                    Block::Paragraph {
                        text: Borrowed("Autre tendance : les CMS, des logiciels pour créer et modifier un site sans programmer, comme WordPress ou Joomla. Ils suffisent pour les changements courants. Pourtant, les développeuses et développeurs back-end gardent une place centrale. On fait appel à ces profils pour intégrer des données et construire des fonctions avancées, en JavaScript ou dans un autre langage poussé."),
                        sources: Borrowed(&[Borrowed("lehibou")]),
                    },
                    Block::Paragraph {
                        text: Borrowed("Ces profils sont très recherchés par les recruteuses et recruteurs."),
                        sources: Borrowed(&[Borrowed("developpeur-back-end")]),
                    },
                ]),
            },
            Section {
                id: Borrowed("avantages-inconvenients"),
                title: Borrowed("Avantages et inconvénients"),
                blocks: Borrowed(&[
                    Block::List {
                        title: Borrowed("Avantages"),
                        items: Borrowed(&[
                            Borrowed("De fortes possibilités d'évolution."),
                            Borrowed("Un salaire compétitif."),
                            Borrowed("Un travail varié, avec des technologies qui changent tout le temps."),
                            Borrowed("Beaucoup d'opportunités, dans des secteurs très différents."),
                            Borrowed("Un environnement technologique innovant."),
                            Borrowed("Des recruteuses et recruteurs qui cherchent activement ce profil."),
                        ]),
                        sources: Borrowed(&[
                            Borrowed("ingenieur-back-end"),
                            Borrowed("developpeur-back-end"),
                        ]),
                    },
                    Block::List {
                        title: Borrowed("Inconvénients"),
                        items: Borrowed(&[
                            Borrowed("Il faut sans cesse se mettre à jour : les technologies évoluent vite."),
                            Borrowed("Des problèmes complexes à résoudre, presque tous les jours."),
                            Borrowed("Une pression possible quand les délais des projets sont courts."),
                        ]),
                        sources: Borrowed(&[
                            Borrowed("ingenieur-back-end"),
                            Borrowed("developpeur-back-end"),
                        ]),
                    },
                ]),
            },
            Section {
                id: Borrowed("secteurs"),
                title: Borrowed("Secteurs et entreprises qui recrutent"),
                blocks: Borrowed(&[
                    Block::List {
                        title: Borrowed("Qui recrute ?"),
                        items: Borrowed(&[
                            Borrowed("Le secteur d'Internet, le premier à recruter des développeuses et développeurs back-end."),
                            Borrowed("L'e-commerce (la vente en ligne), pour créer et entretenir les plateformes des sites marchands."),
                            Borrowed("L'industrie, portée par la digitalisation."),
                            Borrowed("Les grandes entreprises de la tech, comme Google, Amazon ou Microsoft."),
                            Borrowed("Les startups, ces jeunes entreprises innovantes du numérique."),
                            Borrowed("Les agences de développement web et mobile, qui ont besoin de ces profils pour leurs projets."),
                            Borrowed("Les sociétés dont le cœur de métier est le traitement de données informatiques."),
                        ]),
                        sources: Borrowed(&[Borrowed("lehibou"), Borrowed("ingenieur-back-end")]),
                    },
                    Block::Paragraph {
                        text: Borrowed("En France, les postes se trouvent le plus souvent dans les ESN, les entreprises de services du numérique. Elles réalisent des projets informatiques pour d'autres entreprises."),
                        sources: Borrowed(&[Borrowed("orientation-pour-tous")]),
                    },
                    Block::Paragraph {
                        text: Borrowed("Pour trouver des offres d'emploi, regarde les sites spécialisés comme Indeed, l'Apec ou RegionJob, ainsi que le réseau social professionnel LinkedIn."),
                        sources: Borrowed(&[Borrowed("developpeur-back-end")]),
                    },
                    Block::Paragraph {
                        text: Borrowed("Le site RegionJob, cité par une source, appartenait en 2019 à la société HelloWork."),
                        sources: Borrowed(&[Borrowed("lci-hellowork")]),
                    },
                    Block::Paragraph {
                        text: Borrowed("En freelance, tu peux aussi trouver des missions sur des plateformes qui relient les entreprises clientes aux freelances, comme LeHibou."),
                        sources: Borrowed(&[Borrowed("lehibou")]),
                    },
                ]),
            },
            Section {
                id: Borrowed("conseils"),
                title: Borrowed("Conseils pour te lancer et réussir"),
                blocks: Borrowed(&[
                    Block::List {
                        title: Borrowed(""),
                        items: Borrowed(&[
                            Borrowed("Nourris ta curiosité et continue d'apprendre, car la technologie change à grande vitesse."),
                            Borrowed("Rejoins des forums et des communautés de développeuses et développeurs pour poser des questions et partager."),
                            Borrowed("Entraîne-toi à résoudre des problèmes et à communiquer."),
                            Borrowed("Enrichis ton portfolio en participant à des logiciels open source."),
                            Borrowed("Lance-toi dans des projets personnels et cherche un stage en développement back-end."),
                            Borrowed("Garde un œil sur le front-end : c'est un atout, et cela peut t'ouvrir la voie du full stack."),
                        ]),
                        sources: Borrowed(&[
                            Borrowed("ingenieur-back-end"),
                            Borrowed("developpeur-back-end"),
                            Borrowed("lehibou"),
                        ]),
                    },
                ]),
            },
            Section {
                id: Borrowed("pour-toutes-et-tous"),
                title: Borrowed("Un métier pour toutes et tous"),
                blocks: Borrowed(&[
                    Block::Paragraph {
                        text: Borrowed("Aujourd'hui, les femmes sont encore peu nombreuses dans le numérique. En 2017, huit personnes sur dix qui y travaillaient étaient des hommes."),
                        sources: Borrowed(&[Borrowed("insee-numerique")]),
                    },
                    Block::Paragraph {
                        text: Borrowed("Selon la Fondation de France, les femmes ne sont que 23 % dans les métiers du numérique en 2025."),
                        sources: Borrowed(&[Borrowed("fdf-vicomte")]),
                    },
                    Block::List {
                        title: Borrowed("Des structures qui aident les filles et les femmes à s'y lancer"),
                        items: Borrowed(&[
                            Borrowed("La fondation Femmes@numérique, créée fin 2018, agit dès l'école."),
                            Borrowed("L'association Social Builder accompagne les femmes qui se reconvertissent vers le numérique."),
                            Borrowed("Ada Tech School est une école de code qui se dit féministe et inclusive."),
                        ]),
                        sources: Borrowed(&[
                            Borrowed("fdf-femmes"),
                            Borrowed("francetravail-social-builder"),
                            Borrowed("lmi-ada"),
                        ]),
                    },
                    Block::List {
                        title: Borrowed("Avec un handicap"),
                        items: Borrowed(&[
                            Borrowed("La RQTH, reconnaissance de la qualité de travailleur handicapé, se demande à la MDPH de ton département."),
                            Borrowed("Elle ouvre l'accès à des aides et à l'aménagement de ton poste."),
                            Borrowed("L'Agefiph peut financer l'adaptation d'un poste, même en télétravail : logiciels spécifiques, matériel ou aide humaine."),
                        ]),
                        sources: Borrowed(&[Borrowed("onisep-rqth"), Borrowed("agefiph")]),
                    },
                ]),
            },
            Section {
                id: Borrowed("faq"),
                title: Borrowed("Questions fréquentes"),
                blocks: Borrowed(&[
                    Block::Faq {
                        entries: Borrowed(&[
                            FaqEntry {
                                question: Borrowed("Que fait une développeuse ou un développeur back-end ?"),
                                answer: Borrowed("Dans ce métier, tu gères les serveurs et les bases de données. Tu crées les systèmes qui font tourner un site ou une application. Tu mets aussi en place la protection des données traitées. Tout cela se passe dans la partie que les utilisatrices et utilisateurs ne voient pas."),
                                sources: Borrowed(&[
                                    Borrowed("developpeur-back-end"),
                                    Borrowed("lehibou"),
                                ]),
                            },
                            FaqEntry {
                                question: Borrowed("Quel niveau d'études faut-il ?"),
                                answer: Borrowed("Compte au moins trois ans d'études en informatique après le bac (Bac+3). Avec cinq ans (Bac+5), tu pars en général avec un avantage."),
                                sources: Borrowed(&[Borrowed("developpeur-back-end")]),
                            },
                            FaqEntry {
                                question: Borrowed("Combien gagne-t-on ?"),
                                answer: Borrowed("Une source donne 2 000 € brut par mois pour débuter, et 4 000 € brut par mois avec de l'expérience. Le montant varie selon l'expérience et le secteur. Une autre donne 35 000 à 45 000 € par an pour débuter. À mi-carrière, elle donne 50 000 à 70 000 € par an. Une troisième cite 30 000 à 35 000 € pour débuter, sans préciser la période. Tous les chiffres sont dans la section Salaires."),
                                sources: Borrowed(&[
                                    Borrowed("developpeur-back-end"),
                                    Borrowed("ingenieur-back-end"),
                                    Borrowed("lehibou"),
                                ]),
                            },
                            FaqEntry {
                                question: Borrowed("Quelle formation choisir ?"),
                                answer: Borrowed("Une formation en informatique : par exemple un Bachelor puis un MSc, ou un diplôme de l'université en informatique ou en génie logiciel."),
                                sources: Borrowed(&[
                                    Borrowed("developpeur-back-end"),
                                    Borrowed("ingenieur-back-end"),
                                ]),
                            },
                            FaqEntry {
                                question: Borrowed("Quel bac choisir ?"),
                                answer: Borrowed("La source te conseille un bac scientifique ou technologique : c'est la voie qu'elle indique pour préparer ce métier."),
                                sources: Borrowed(&[Borrowed("developpeur-back-end")]),
                            },
                            FaqEntry {
                                question: Borrowed("Quelle est la différence entre front-end et back-end ?"),
                                answer: Borrowed("Le front-end est la partie que tu vois dans ton navigateur ou ton appli : pages, menus, boutons. Le back-end est la partie cachée qui traite les données sur le serveur. Les deux équipes travaillent main dans la main."),
                                sources: Borrowed(&[
                                    Borrowed("lehibou"),
                                    Borrowed("developpeur-back-end"),
                                ]),
                            },
                            FaqEntry {
                                question: Borrowed("Est-ce qu'on trouve facilement du travail ?"),
                                answer: Borrowed("Les sources sont optimistes. L'employabilité est jugée élevée, les recruteuses et recruteurs cherchent beaucoup ce profil et les missions en freelance sont nombreuses. Le secteur d'Internet recrute le plus. L'e-commerce, l'industrie, les agences web et les startups embauchent aussi."),
                                sources: Borrowed(&[
                                    Borrowed("developpeur-back-end"),
                                    Borrowed("lehibou"),
                                    Borrowed("ingenieur-back-end"),
                                ]),
                            },
                            FaqEntry {
                                question: Borrowed("Comment me faire une première expérience ?"),
                                answer: Borrowed("Un stage, des projets personnels ou des contributions à des logiciels open source comptent. Tu peux aussi rejoindre des forums et des communautés de développeuses et développeurs."),
                                sources: Borrowed(&[Borrowed("ingenieur-back-end")]),
                            },
                            FaqEntry {
                                question: Borrowed("Peut-on travailler en freelance ?"),
                                answer: Borrowed("Oui. À ton compte, tu choisis tes missions et ton tarif à la journée (TJM), et tu organises ton temps. Mais tu n'as pas la protection d'une personne salariée : à toi de prévoir ta protection sociale et ta retraite. Tu peux confier les démarches administratives à des structures spécialisées."),
                                sources: Borrowed(&[Borrowed("lehibou")]),
                            },
                        ]),
                    },
                ]),
            },
            Section {
                id: Borrowed("reperes-onet"),
                title: Borrowed("Repères internationaux (O*NET)"),
                blocks: Borrowed(&[
                    Block::Paragraph {
                        text: Borrowed("O*NET est une base de données publique des États-Unis qui décrit les métiers. Les chiffres ci-dessous ne portent pas sur le back-end seul. Ils concernent les développeuses et développeurs de logiciels en général (fiche 15-1252.00, {en:Software Developers}). Ils donnent une idée des goûts et des qualités qui vont avec ce type de métier, pas une règle."),
                        sources: Borrowed(&[Borrowed("onet")]),
                    },
                    Block::Paragraph {
                        text: Borrowed("O*NET classe les centres d'intérêt en six types, selon le modèle RIASEC. Pour ce métier, les trois plus forts donnent le code I-C-R : Investigateur, Conventionnel, Réaliste. En clair : aimer chercher et comprendre, aimer l'ordre et les règles précises, aimer le concret."),
                        sources: Borrowed(&[Borrowed("onet")]),
                    },
                    Block::Figures {
                        caption: Borrowed("Profil d'intérêts RIASEC des développeuses et développeurs de logiciels"),
                        rows: Borrowed(&[
                            FigureRow {
                                label: Borrowed("Investigateur (I)"),
                                figure: Figure {
                                    value: Borrowed("5,86"),
                                    unit: Borrowed("sur une échelle de 1 à 7"),
                                    note: Borrowed(""),
                                    source: Borrowed("onet"),
                                },
                            },
                            FigureRow {
                                label: Borrowed("Conventionnel (C)"),
                                figure: Figure {
                                    value: Borrowed("5,46"),
                                    unit: Borrowed("sur une échelle de 1 à 7"),
                                    note: Borrowed(""),
                                    source: Borrowed("onet"),
                                },
                            },
                            FigureRow {
                                label: Borrowed("Réaliste (R)"),
                                figure: Figure {
                                    value: Borrowed("3,93"),
                                    unit: Borrowed("sur une échelle de 1 à 7"),
                                    note: Borrowed(""),
                                    source: Borrowed("onet"),
                                },
                            },
                            FigureRow {
                                label: Borrowed("Artistique (A)"),
                                figure: Figure {
                                    value: Borrowed("2,26"),
                                    unit: Borrowed("sur une échelle de 1 à 7"),
                                    note: Borrowed(""),
                                    source: Borrowed("onet"),
                                },
                            },
                            FigureRow {
                                label: Borrowed("Social (S)"),
                                figure: Figure {
                                    value: Borrowed("1,88"),
                                    unit: Borrowed("sur une échelle de 1 à 7"),
                                    note: Borrowed(""),
                                    source: Borrowed("onet"),
                                },
                            },
                            FigureRow {
                                label: Borrowed("Entreprenant (E)"),
                                figure: Figure {
                                    value: Borrowed("1,87"),
                                    unit: Borrowed("sur une échelle de 1 à 7"),
                                    note: Borrowed(""),
                                    source: Borrowed("onet"),
                                },
                            },
                        ]),
                    },
                    Block::Figures {
                        caption: Borrowed("Styles de travail les plus importants"),
                        rows: Borrowed(&[
                            FigureRow {
                                label: Borrowed("Pensée analytique ({en:Analytical Thinking})"),
                                figure: Figure {
                                    value: Borrowed("4,61"),
                                    unit: Borrowed("importance sur 5"),
                                    note: Borrowed(""),
                                    source: Borrowed("onet"),
                                },
                            },
                            FigureRow {
                                label: Borrowed("Souci du détail ({en:Attention to Detail})"),
                                figure: Figure {
                                    value: Borrowed("4,44"),
                                    unit: Borrowed("importance sur 5"),
                                    note: Borrowed(""),
                                    source: Borrowed("onet"),
                                },
                            },
                            FigureRow {
                                label: Borrowed("Coopération ({en:Cooperation})"),
                                figure: Figure {
                                    value: Borrowed("4,32"),
                                    unit: Borrowed("importance sur 5"),
                                    note: Borrowed(""),
                                    source: Borrowed("onet"),
                                },
                            },
                            FigureRow {
                                label: Borrowed("Persévérance ({en:Persistence})"),
                                figure: Figure {
                                    value: Borrowed("4,21"),
                                    unit: Borrowed("importance sur 5"),
                                    note: Borrowed(""),
                                    source: Borrowed("onet"),
                                },
                            },
                            FigureRow {
                                label: Borrowed("Esprit d'initiative ({en:Initiative})"),
                                figure: Figure {
                                    value: Borrowed("4,15"),
                                    unit: Borrowed("importance sur 5"),
                                    note: Borrowed(""),
                                    source: Borrowed("onet"),
                                },
                            },
                            FigureRow {
                                label: Borrowed("Fiabilité ({en:Dependability})"),
                                figure: Figure {
                                    value: Borrowed("4,05"),
                                    unit: Borrowed("importance sur 5"),
                                    note: Borrowed(""),
                                    source: Borrowed("onet"),
                                },
                            },
                            FigureRow {
                                label: Borrowed("Adaptabilité ({en:Adaptability})"),
                                figure: Figure {
                                    value: Borrowed("3,79"),
                                    unit: Borrowed("importance sur 5"),
                                    note: Borrowed(""),
                                    source: Borrowed("onet"),
                                },
                            },
                            FigureRow {
                                label: Borrowed("Indépendance ({en:Independence})"),
                                figure: Figure {
                                    value: Borrowed("3,77"),
                                    unit: Borrowed("importance sur 5"),
                                    note: Borrowed(""),
                                    source: Borrowed("onet"),
                                },
                            },
                        ]),
                    },
                ]),
            },
        ]),
        sources: Borrowed(&[
            Source {
                id: Borrowed("ingenieur-back-end"),
                title: Borrowed("Fiche métier : Ingénieur.e back-end"),
                short: Borrowed("Fiche « Ingénieur.e back-end »"),
                publisher: Borrowed("Site d'orientation (éditeur non indiqué dans la copie consultée)"),
                description: Borrowed("Fiche métier d'un site d'orientation (informatique, électronique, numérique) : missions, compétences, formation, évolution, tendances, salaires, recruteurs, conseils. Faits reformulés."),
                reference: Borrowed("Copie de travail du projet : shared/seeds/000_6c94b0c90e6bb275.txt"),
                consulted: Borrowed("2026-11-22"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("developpeur-back-end"),
                title: Borrowed("Développeur back-end"),
                short: Borrowed("Fiche « Développeur back-end »"),
                publisher: Borrowed("Site d'orientation (éditeur non indiqué dans la copie consultée)"),
                description: Borrowed("Fiche métier avec chiffres clés (études, bac, employabilité, mobilité, salaires, codes ROME et FAP), missions, qualités, étapes d'accès et foire aux questions. Faits reformulés."),
                reference: Borrowed("Copie de travail du projet : shared/seeds/001_faa771c21e837be0.txt"),
                consulted: Borrowed("2026-11-22"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("lehibou"),
                title: Borrowed("Développeur Back End"),
                short: Borrowed("LeHibou"),
                publisher: Borrowed("LeHibou, plateforme de mise en relation avec des freelances"),
                description: Borrowed("Page de présentation du poste sur une plateforme de freelances : travail au quotidien, avantages du freelance, langages et frameworks, salaire, secteurs. Seuls les faits sont repris, sans la partie promotionnelle."),
                reference: Borrowed("https://www.lehibou.com (copie de travail du projet : shared/seeds/003_567bbb1969e33da5.txt)"),
                consulted: Borrowed("2026-11-22"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("rome"),
                title: Borrowed("Répertoire opérationnel des métiers et des emplois (ROME 4.0) : jeux de données"),
                short: Borrowed("ROME 4.0 (France Travail)"),
                publisher: Borrowed("France Travail"),
                description: Borrowed("Le référentiel des métiers de France Travail, en version 4.0. Les titres des fiches M1805 et M1855 et l'appellation back-end viennent de ses fichiers de données (version 461), publiés sur cette page."),
                reference: Borrowed("https://francetravail.org/opendata/repertoire-operationnel-des-meti.html?type=article"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("onet"),
                title: Borrowed("O*NET OnLine, 15-1252.00 {en:Software Developers}"),
                short: Borrowed("O*NET 15-1252.00"),
                publisher: Borrowed("{en:U.S. Department of Labor / National Center for O*NET Development}"),
                description: Borrowed("Base de données des métiers des États-Unis. Fiche des développeuses et développeurs de logiciels en général, utilisée pour le profil d'intérêts RIASEC et les styles de travail."),
                reference: Borrowed("https://www.onetonline.org/link/summary/15-1252.00"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed("CC BY 4.0 — données O*NET, crédit : U.S. Department of Labor, Employment and Training Administration (O*NET)"),
            },
            Source {
                id: Borrowed("defi-metiers"),
                title: Borrowed("Ingénieurs et cadres d'étude, recherche et développement en informatique, chefs de projets informatiques"),
                short: Borrowed("Défi métiers"),
                publisher: Borrowed("Défi métiers (Carif-Oref Île-de-France)"),
                description: Borrowed("Portrait d'une famille de métiers, avec ses codes ROME et la famille professionnelle de la DARES."),
                reference: Borrowed("https://www.defi-metiers.fr/portrait-de-metier/ingenieurs-et-cadres-detude-recherche-et-developpement-en-informatique-chefs-de"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("quest-education"),
                title: Borrowed("Développeur back-end"),
                short: Borrowed("Quest Education"),
                publisher: Borrowed("Quest Education (site privé d'orientation)"),
                description: Borrowed("Fiche métier d'un site privé. Utilisée seulement pour le nom de la famille FAP M2Z."),
                reference: Borrowed("https://questeducation.fr/metiers/developpeur-back-end.html"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("cidj-back-end"),
                title: Borrowed("Développeur / Développeuse back-end"),
                short: Borrowed("CIDJ"),
                publisher: Borrowed("CIDJ (Centre d'information et de documentation jeunesse)"),
                description: Borrowed("Fiche du métier back-end du réseau Information Jeunesse."),
                reference: Borrowed("https://www.cidj.com/metiers/developpeur-developpeuse-back-end"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("onisep-developpeur"),
                title: Borrowed("Développeur / Développeuse informatique"),
                short: Borrowed("Onisep (fiche métier)"),
                publisher: Borrowed("Onisep, fiche publiée sur le site Nouvelles chances"),
                description: Borrowed("Fiche Onisep du métier de développeuse ou développeur informatique, reprise sur un site de l'État."),
                reference: Borrowed("https://www.nouvelles-chances.gouv.fr/ressources/univers-metier/metiers/developpeur-developpeuse-informatique"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("academie-paris"),
                title: Borrowed("Bac 2021 : découvrez la carte des enseignements de spécialité proposés dans les lycées parisiens"),
                short: Borrowed("Académie de Paris"),
                publisher: Borrowed("Académie de Paris"),
                description: Borrowed("Présentation du bac général réformé : plus de séries, des enseignements de spécialité."),
                reference: Borrowed("https://pia.ac-paris.fr/portail/jcms/p1_1851916/bac-2021-decouvrez-la-carte-des-enseignements-de-specialite-proposes-dans-les-lycees-parisiens"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("lyon1-licence"),
                title: Borrowed("Licence Informatique, parcours informatique et mathématiques"),
                short: Borrowed("Université Lyon 1"),
                publisher: Borrowed("Université Claude-Bernard Lyon 1"),
                description: Borrowed("Conditions d'accès d'une licence d'informatique, dont les spécialités de bac conseillées."),
                reference: Borrowed("http://offre-de-formations.univ-lyon1.fr/parcours-1224/informatique-et-mathematiques.html"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("lycee-sti2d"),
                title: Borrowed("L'enseignement de spécialité « Ingénierie, innovation et développement durable » en terminale"),
                short: Borrowed("Lycée Louis-Lachenal"),
                publisher: Borrowed("Lycée Louis-Lachenal (site de l'établissement)"),
                description: Borrowed("Présentation du bac STI2D et de ses enseignements spécifiques, dont SIN."),
                reference: Borrowed("https://www.lycee-louis-lachenal.fr/node/342/"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("parcoursup-bts-sio"),
                title: Borrowed("BTS Services informatiques aux organisations (fiche de formation)"),
                short: Borrowed("Parcoursup"),
                publisher: Borrowed("Parcoursup (ministère de l'Enseignement supérieur)"),
                description: Borrowed("Fiche d'une formation au BTS SIO sur Parcoursup, avec ses deux options."),
                reference: Borrowed("https://dossier.parcoursup.fr/Candidats/public/fiches/afficherFicheFormation?g_ta_cod=6401"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("info-jeunes-but"),
                title: Borrowed("Le BUT remplace le DUT à partir de 2021"),
                short: Borrowed("Info Jeunes Ain"),
                publisher: Borrowed("Info Jeunes Ain (réseau Information Jeunesse)"),
                description: Borrowed("Présentation du bachelor universitaire de technologie."),
                reference: Borrowed("https://jeunes01.info-jeunes.fr/le-remplace-le-dut-partir-de-2021"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("onisep-licence-info"),
                title: Borrowed("La licence informatique"),
                short: Borrowed("Onisep"),
                publisher: Borrowed("Onisep"),
                description: Borrowed("Présentation de la licence d'informatique à l'université."),
                reference: Borrowed("https://concourspostprepas.onisep.fr/formation/les-principaux-domaines-de-formation/les-licences-de-sciences/la-licence-informatique"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("miage-lyon1"),
                title: Borrowed("L'histoire de la MIAGE"),
                short: Borrowed("MIAGE Lyon 1"),
                publisher: Borrowed("Université Claude-Bernard Lyon 1"),
                description: Borrowed("Présentation de la filière MIAGE et de son niveau."),
                reference: Borrowed("http://miage.univ-lyon1.fr/presentation/historique/"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("letudiant-cti"),
                title: Borrowed("Diplôme d'ingénieur : au fait, c'est quoi l'habilitation CTI ?"),
                short: Borrowed("L'Étudiant (CTI)"),
                publisher: Borrowed("L'Étudiant"),
                description: Borrowed("Article sur le diplôme d'ingénieur et la Commission des titres d'ingénieur."),
                reference: Borrowed("https://www.letudiant.fr/etudes/ecole-ingenieur/diplome-d-ingenieur-tout-sur-l-habilitation-cti.html"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("rncp-cda"),
                title: Borrowed("RNCP37873 : Concepteur développeur d'applications"),
                short: Borrowed("RNCP (France compétences)"),
                publisher: Borrowed("France compétences"),
                description: Borrowed("Fiche du titre professionnel au répertoire national des certifications professionnelles."),
                reference: Borrowed("https://francecompetences.fr/recherche/RNCP/37873"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("cidj-alternance"),
                title: Borrowed("Le contrat d'apprentissage versus le contrat de professionnalisation : quelles différences ?"),
                short: Borrowed("CIDJ (alternance)"),
                publisher: Borrowed("CIDJ (Centre d'information et de documentation jeunesse)"),
                description: Borrowed("Article sur les deux contrats de l'alternance."),
                reference: Borrowed("https://cidj.com/actualite/le-contrat-d-apprentissage-versus-le-contrat-de-professionnalisation-quelles-differences"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("letudiant-gen"),
                title: Borrowed("Grande école du numérique : un label déjà convoité"),
                short: Borrowed("L'Étudiant (GEN)"),
                publisher: Borrowed("L'Étudiant (EducPros)"),
                description: Borrowed("Article sur le label de formations courtes au numérique."),
                reference: Borrowed("http://www.letudiant.fr/educpros/actualite/grande-ecole-du-numerique-un-label-deja-convoite.html"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("c2rp-afpa"),
                title: Borrowed("Projet « 1 formation = 1 job » de l'AFPA"),
                short: Borrowed("Carif-Oref Hauts-de-France"),
                publisher: Borrowed("C2RP (Carif-Oref Hauts-de-France)"),
                description: Borrowed("Présentation d'une formation de l'AFPA vers les métiers du numérique pour les personnes en recherche d'emploi."),
                reference: Borrowed("https://c2rp.fr/node/15686"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("greta-mayotte"),
                title: Borrowed("Le GRETA renaît de ses cendres"),
                short: Borrowed("Le Journal de Mayotte"),
                publisher: Borrowed("Le Journal de Mayotte"),
                description: Borrowed("Article qui présente les GRETA, organismes de formation des adultes de l'Éducation nationale."),
                reference: Borrowed("https://old.lejournaldemayotte.fr/2015/02/03/le-greta-renait-de-ses-cendres"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("onisep-parcoursup"),
                title: Borrowed("Parcoursup : la plateforme d'inscription dans le supérieur"),
                short: Borrowed("Onisep (Parcoursup)"),
                publisher: Borrowed("Onisep"),
                description: Borrowed("Présentation de Parcoursup et des formations qui y recrutent."),
                reference: Borrowed("https://www.onisep.fr/orientation/l-enseignement-superieur/parcoursup/parcoursup-la-plateforme-d-inscription-dans-le-superieur"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("eduscol-stage-3e"),
                title: Borrowed("Séquence d'observation en milieu professionnel pour les élèves des classes de troisième"),
                short: Borrowed("Eduscol"),
                publisher: Borrowed("Eduscol, ministère de l'Éducation nationale"),
                description: Borrowed("Règles du stage d'observation de troisième."),
                reference: Borrowed("http://eduscol.education.fr/cid46879/sequence-d-observation-en-milieu-professionnel-pour-les-eleves-des-classes-de-troisieme.html"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("versailles-stage-2de"),
                title: Borrowed("Stage d'observation en seconde"),
                short: Borrowed("Académie de Versailles"),
                publisher: Borrowed("Académie de Versailles"),
                description: Borrowed("Règles du stage d'observation de seconde générale et technologique."),
                reference: Borrowed("https://www.ac-versailles.fr/stage-d-observation-en-seconde-128088"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("crij-informatique"),
                title: Borrowed("Les métiers de l'informatique (fiche n° 2.884)"),
                short: Borrowed("CRIJ Occitanie"),
                publisher: Borrowed("CRIJ Occitanie (Information Jeunesse)"),
                description: Borrowed("Fiche sur les métiers de l'informatique et les niveaux de recrutement."),
                reference: Borrowed("http://www.crij.org/fiche?fiche_id=2.884"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("insee-salaires"),
                title: Borrowed("Les salaires dans le secteur privé en 2023 (Insee Première n° 2020)"),
                short: Borrowed("Insee, salaires 2023"),
                publisher: Borrowed("Insee"),
                description: Borrowed("Salaires moyens bruts et nets du secteur privé en 2023."),
                reference: Borrowed("https://insee.fr/fr/statistiques/8270416?sommaire=7667330"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("oreco-smic"),
                title: Borrowed("Le Smic horaire à 12,02 € en 2026"),
                short: Borrowed("Cabinet Oreco (Smic 2026)"),
                publisher: Borrowed("Cabinet Oreco (article des Echos Publishing)"),
                description: Borrowed("Montants du Smic au 1er janvier 2026, d'après le décret n° 2025-1228 du 17 décembre 2025."),
                reference: Borrowed("https://www.cabinet-oreco.fr/actualites/actualites-social/le-smic-horaire-a-1202-e-en-2026"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("cadremploi"),
                title: Borrowed("Qu'est-ce qu'un cadre ?"),
                short: Borrowed("Cadremploi"),
                publisher: Borrowed("Cadremploi"),
                description: Borrowed("Article sur ce que veut dire le statut de cadre."),
                reference: Borrowed("https://www.cadremploi.fr/editorial/conseils/droit-du-travail/quest-ce-quun-cadre"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("insee-numerique"),
                title: Borrowed("Data scientists, community managers… et informaticiens : quels sont les métiers du numérique ?"),
                short: Borrowed("Insee, métiers du numérique"),
                publisher: Borrowed("Insee (Insee Références, 2019)"),
                description: Borrowed("Portrait des métiers du numérique en France : diplômes, statut de cadre, part des femmes."),
                reference: Borrowed("https://www.insee.fr/fr/statistiques/4126588"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("orientation-pour-tous"),
                title: Borrowed("Développeur/euse informatique"),
                short: Borrowed("Orientation pour tous"),
                publisher: Borrowed("Orientation pour tous (portail national de l'orientation)"),
                description: Borrowed("Fiche métier du portail national de l'orientation, dont les employeurs du métier."),
                reference: Borrowed("https://www.orientation-pour-tous.fr/metier/developpeur-euse-informatique,9451.html"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("cidj-micro"),
                title: Borrowed("Créer son entreprise en tant que micro-entrepreneur : renseignez-vous avant de vous lancer"),
                short: Borrowed("CIDJ (micro-entreprise)"),
                publisher: Borrowed("CIDJ (Centre d'information et de documentation jeunesse)"),
                description: Borrowed("Article sur le régime de la micro-entreprise."),
                reference: Borrowed("https://cidj.com/emploi-jobs-stages/creer-mon-entreprise/creer-son-entreprise-en-tant-que-micro-entrepreneur-renseignez-vous-avant-de-vous-lancer"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("cftc-portage"),
                title: Borrowed("Le décodeur : portage salarial"),
                short: Borrowed("CFTC"),
                publisher: Borrowed("CFTC (syndicat)"),
                description: Borrowed("Fiche qui explique le portage salarial."),
                reference: Borrowed("https://ledecodeur.cftc.fr/?p=1090"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("lci-hellowork"),
                title: Borrowed("Emploi : le nombre d'offres atteint des records mais le taux de chômage se maintient"),
                short: Borrowed("LCI (HelloWork)"),
                publisher: Borrowed("LCI"),
                description: Borrowed("Article de 2019 qui présente HelloWork comme la société du site RegionsJob."),
                reference: Borrowed("https://www.lci.fr/population/emploi-le-nombre-d-offres-atteint-des-records-mais-le-taux-de-chomage-se-maintient-2134658.html"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("laminas"),
                title: Borrowed("{en:About Laminas}"),
                short: Borrowed("Laminas"),
                publisher: Borrowed("Projet Laminas (Linux Foundation)"),
                description: Borrowed("Présentation officielle du projet Laminas, suite de Zend Framework."),
                reference: Borrowed("https://getlaminas.org/about"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("devclass-laminas"),
                title: Borrowed("{en:Acquisition roundabout sees Zend Framework spun off to Linux Foundation}"),
                short: Borrowed("DevClass"),
                publisher: Borrowed("DevClass"),
                description: Borrowed("Article d'avril 2019 sur le passage de Zend Framework à la Linux Foundation sous le nom Laminas."),
                reference: Borrowed("https://devclass.com/2019/04/23/acquisition-roundabout-sees-zend-framework-spun-off-to-linux-foundation"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("fdf-femmes"),
                title: Borrowed("Pour la fondation Femmes@numérique, le « numérique au féminin » : ça se joue dès l'école"),
                short: Borrowed("Fondation de France (Femmes@numérique)"),
                publisher: Borrowed("Fondation de France"),
                description: Borrowed("Présentation de la fondation Femmes@numérique et de ses actions."),
                reference: Borrowed("https://fondationdefrance.org/fr/actualites-de-fondations/pour-la-fondation-femmes-numerique-le-numerique-au-feminin-ca-se-joue-des-l-ecole"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("fdf-vicomte"),
                title: Borrowed("Peggy Vicomte : « Les femmes doivent avoir accès aux métiers du numérique, stables et rémunérateurs »"),
                short: Borrowed("Fondation de France (2025)"),
                publisher: Borrowed("Fondation de France"),
                description: Borrowed("Entretien de février 2025 avec un chiffre sur la part des femmes dans le numérique."),
                reference: Borrowed("https://fondationdefrance.org/fr/paroles-d-experts/peggy-vicomte-les-femmes-doivent-avoir-acces-aux-metiers-du-numerique-stables-et-remunerateurs"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("francetravail-social-builder"),
                title: Borrowed("La reconversion professionnelle est la pierre angulaire de l'égalité professionnelle"),
                short: Borrowed("France Travail (Social Builder)"),
                publisher: Borrowed("France Travail"),
                description: Borrowed("Article de 2024 sur l'association Social Builder et la reconversion des femmes vers le numérique."),
                reference: Borrowed("https://francetravail.org/accueil/actualites/2024/la-reconversion-professionnelle-est-la-pierre-angulaire-de-legalite-professionnelle.html?type=article"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("lmi-ada"),
                title: Borrowed("Ada Tech School veut inciter les femmes à coder"),
                short: Borrowed("Le Monde Informatique"),
                publisher: Borrowed("Le Monde Informatique"),
                description: Borrowed("Article sur une école de code qui se dit féministe et inclusive."),
                reference: Borrowed("https://www.lemondeinformatique.fr/actualites/lire-ada-tech-school-veut-inciter-les-femmes-a-coder-77105.html"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("onisep-rqth"),
                title: Borrowed("Travailleur handicapé : tout savoir sur les démarches"),
                short: Borrowed("Onisep (RQTH)"),
                publisher: Borrowed("Onisep (La mallette des parents)"),
                description: Borrowed("Démarches pour obtenir la reconnaissance de la qualité de travailleur handicapé."),
                reference: Borrowed("https://mallettedesparents.onisep.fr/Formation-et-handicap/Vers-l-emploi/S-inserer/RQTH-halte-aux-prejuges/travailleur-handicape-tout-savoir-sur-les-demarches"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
            Source {
                id: Borrowed("agefiph"),
                title: Borrowed("Aide à l'adaptation des situations de travail des personnes handicapées"),
                short: Borrowed("Agefiph"),
                publisher: Borrowed("Agefiph"),
                description: Borrowed("Aide qui finance l'adaptation d'un poste de travail, y compris en télétravail."),
                reference: Borrowed("https://www.agefiph.fr/Entreprise/Maintenir-dans-l-emploi/Aides-a-l-amenagement-des-situations-de-travail"),
                consulted: Borrowed("2026-12-01"),
                licence: Borrowed(""),
            },
        ]),
    },
    bank: QuestionBank {
        version: 2,
        scale: Borrowed(&[
            Borrowed("Pas du tout d'accord"),
            Borrowed("Plutôt pas d'accord"),
            Borrowed("Ni d'accord ni pas d'accord"),
            Borrowed("Plutôt d'accord"),
            Borrowed("Tout à fait d'accord"),
        ]),
        dimensions: Borrowed(&[
            Dimension {
                id: Borrowed("logique"),
                family: Family::Interest,
                name: Borrowed("Résoudre des problèmes logiques"),
                explanation: Borrowed("Aimer chercher, pas à pas, pourquoi quelque chose ne marche pas et comment le réparer."),
                sources: Borrowed(&[
                    Borrowed("ingenieur-back-end"),
                    Borrowed("developpeur-back-end"),
                    Borrowed("onet"),
                ]),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                parts: Borrowed(&[]),
                onet_work_style: Borrowed(""),
                riasec: Some(Riasec::I),
                target: Some(Target {
                    level: 75,
                    importance: 5,
                    rationale: Borrowed("Pour O*NET, le type Investigateur est le premier intérêt du métier (5,86 sur 7). Les deux fiches citent la résolution de problèmes, et l'une précise qu'il y en a presque chaque jour."),
                }),
                strength: Borrowed("Chercher la cause d'un problème te plaît : c'est une grande partie du travail quotidien en back-end."),
                to_develop: Borrowed("Le métier demande de résoudre des problèmes presque tous les jours. Essaie de voir si ce genre d'enquête peut te plaire."),
                next_steps: Borrowed(&[
                    NextStep {
                        text: Borrowed("Lis la journée type : tu y verras comment on cherche l'origine d'un bug, du message d'erreur à la correction."),
                        section: Borrowed("journee-type"),
                        keywords: Borrowed(&[Borrowed("bug"), Borrowed("journaux d'erreurs")]),
                    },
                    NextStep {
                        text: Borrowed("Regarde les inconvénients du métier : des problèmes complexes arrivent presque tous les jours."),
                        section: Borrowed("avantages-inconvenients"),
                        keywords: Borrowed(&[
                            Borrowed("problèmes complexes"),
                            Borrowed("presque tous les jours"),
                        ]),
                    },
                ]),
            },
            Dimension {
                id: Borrowed("coulisses"),
                family: Family::Interest,
                name: Borrowed("Comprendre ce qui se passe en coulisses"),
                explanation: Borrowed("Avoir envie de savoir ce qui fait marcher un site ou une appli, la partie que personne ne voit."),
                sources: Borrowed(&[
                    Borrowed("ingenieur-back-end"),
                    Borrowed("developpeur-back-end"),
                    Borrowed("lehibou"),
                    Borrowed("onet"),
                ]),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                parts: Borrowed(&[]),
                onet_work_style: Borrowed(""),
                riasec: Some(Riasec::R),
                target: Some(Target {
                    level: 65,
                    importance: 4,
                    rationale: Borrowed("Les trois sources définissent le métier par le côté serveur, et deux d'entre elles par la partie invisible pour l'utilisateur. Le type Réaliste est la troisième lettre du code O*NET (3,93 sur 7)."),
                }),
                strength: Borrowed("Tu aimes savoir comment les choses marchent à l'intérieur : c'est exactement le terrain du back-end."),
                to_develop: Borrowed("Le back-end, c'est la partie cachée des applis. Découvre-la de plus près avant de décider si elle t'attire."),
                next_steps: Borrowed(&[
                    NextStep {
                        text: Borrowed("Lis ce qu'est un serveur et ce qu'il gère pour toi : les bases de données, les API et les comptes utilisateurs."),
                        section: Borrowed("resume"),
                        keywords: Borrowed(&[
                            Borrowed("serveur"),
                            Borrowed("comptes des utilisatrices et utilisateurs"),
                        ]),
                    },
                    NextStep {
                        text: Borrowed("Lis la réponse à la question sur la différence entre front-end et back-end."),
                        section: Borrowed("faq"),
                        keywords: Borrowed(&[Borrowed("différence entre front-end et back-end")]),
                    },
                ]),
            },
            Dimension {
                id: Borrowed("donnees"),
                family: Family::Interest,
                name: Borrowed("Organiser et exploiter des données"),
                explanation: Borrowed("Aimer ranger des informations, les relier entre elles et savoir les retrouver vite."),
                sources: Borrowed(&[
                    Borrowed("ingenieur-back-end"),
                    Borrowed("developpeur-back-end"),
                    Borrowed("lehibou"),
                    Borrowed("onet"),
                ]),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                parts: Borrowed(&[]),
                onet_work_style: Borrowed(""),
                riasec: Some(Riasec::C),
                target: Some(Target {
                    level: 70,
                    importance: 4,
                    rationale: Borrowed("Les deux fiches placent les bases de données au centre du métier. LeHibou parle du traitement des données et de la façon dont elles sont utilisées. Le type Conventionnel est la deuxième lettre du code O*NET (5,46 sur 7)."),
                }),
                strength: Borrowed("Organiser des informations te plaît : concevoir et gérer des bases de données est une grande partie du métier."),
                to_develop: Borrowed("Les bases de données sont partout dans ce métier. Un premier contact avec le langage SQL te dira si ce travail te convient."),
                next_steps: Borrowed(&[
                    NextStep {
                        text: Borrowed("Apprends les bases du langage SQL, qui sert à interroger les bases de données, avec un cours gratuit."),
                        section: Borrowed("competences-techniques"),
                        keywords: Borrowed(&[Borrowed("SQL"), Borrowed("bases de données")]),
                    },
                    NextStep {
                        text: Borrowed("Lance un projet personnel, par exemple une petite application qui range tes films ou tes livres."),
                        section: Borrowed("experience"),
                        keywords: Borrowed(&[
                            Borrowed("projets personnels"),
                            Borrowed("petite application"),
                        ]),
                    },
                ]),
            },
            Dimension {
                id: Borrowed("securite"),
                family: Family::Interest,
                name: Borrowed("Protéger les systèmes et les données"),
                explanation: Borrowed("Avoir envie de mettre des protections pour que personne ne vole ou n'abîme des informations."),
                sources: Borrowed(&[
                    Borrowed("ingenieur-back-end"),
                    Borrowed("developpeur-back-end"),
                ]),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                parts: Borrowed(&[]),
                onet_work_style: Borrowed(""),
                riasec: Some(Riasec::C),
                target: Some(Target {
                    level: 65,
                    importance: 3,
                    rationale: Borrowed("Les deux fiches citent la sécurité des applications et la confidentialité des données parmi les missions et les responsabilités. C'est une mission parmi d'autres, d'où une importance moyenne."),
                }),
                strength: Borrowed("Protéger les données t'intéresse : c'est une responsabilité importante du back-end."),
                to_develop: Borrowed("La sécurité fait partie du métier. Tu peux en découvrir les bases sans devenir spécialiste."),
                next_steps: Borrowed(&[
                    NextStep {
                        text: Borrowed("Lis ce que la fiche dit des compétences en sécurité informatique."),
                        section: Borrowed("competences-techniques"),
                        keywords: Borrowed(&[Borrowed("sécurité informatique")]),
                    },
                    NextStep {
                        text: Borrowed("Regarde ce que sont les protocoles de sécurité que le back-end met en place pour protéger les données."),
                        section: Borrowed("responsabilites"),
                        keywords: Borrowed(&[
                            Borrowed("protocoles de sécurité"),
                            Borrowed("protègent les données"),
                        ]),
                    },
                ]),
            },
            Dimension {
                id: Borrowed("performance"),
                family: Family::Interest,
                name: Borrowed("Rendre les choses plus rapides"),
                explanation: Borrowed("Aimer améliorer ce qui marche déjà pour que ça aille plus vite ou consomme moins."),
                sources: Borrowed(&[
                    Borrowed("ingenieur-back-end"),
                    Borrowed("developpeur-back-end"),
                    Borrowed("onet"),
                ]),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                parts: Borrowed(&[]),
                onet_work_style: Borrowed(""),
                riasec: Some(Riasec::I),
                target: Some(Target {
                    level: 70,
                    importance: 4,
                    rationale: Borrowed("Les deux fiches citent l'optimisation des performances comme mission ou responsabilité, pour que les réponses arrivent vite. Cet intérêt est rangé ici du côté Investigateur, le premier type du code O*NET (5,86 sur 7)."),
                }),
                strength: Borrowed("Améliorer ce qui existe te motive : optimiser les temps de réponse fait partie du métier."),
                to_develop: Borrowed("Une partie du métier consiste à rendre les applis plus rapides. Observe si chercher ce qui ralentit un outil pourrait te plaire."),
                next_steps: Borrowed(&[
                    NextStep {
                        text: Borrowed("Lis les missions : rendre les applications plus rapides, pour que chaque réponse arrive vite, en fait partie."),
                        section: Borrowed("missions"),
                        keywords: Borrowed(&[
                            Borrowed("plus rapides"),
                            Borrowed("réponse arrive vite"),
                        ]),
                    },
                    NextStep {
                        text: Borrowed("Lis pourquoi le métier cherche des bases de données rapides et des API efficaces."),
                        section: Borrowed("resume"),
                        keywords: Borrowed(&[
                            Borrowed("bases de données rapides"),
                            Borrowed("API efficaces"),
                        ]),
                    },
                ]),
            },
            Dimension {
                id: Borrowed("apprendre"),
                family: Family::Interest,
                name: Borrowed("Apprendre de nouvelles technologies"),
                explanation: Borrowed("Avoir envie de découvrir régulièrement de nouveaux outils et de nouvelles façons de faire."),
                sources: Borrowed(&[
                    Borrowed("ingenieur-back-end"),
                    Borrowed("developpeur-back-end"),
                    Borrowed("onet"),
                ]),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                parts: Borrowed(&[]),
                onet_work_style: Borrowed(""),
                riasec: Some(Riasec::I),
                target: Some(Target {
                    level: 70,
                    importance: 4,
                    rationale: Borrowed("Les deux fiches insistent : les technologies changent vite, et devoir suivre ces changements est cité parmi les inconvénients. Cet intérêt est rangé ici du côté Investigateur, le premier type du code O*NET (5,86 sur 7)."),
                }),
                strength: Borrowed("Apprendre du nouveau te motive : dans ce métier, c'est indispensable tout au long de la carrière."),
                to_develop: Borrowed("Les outils du back-end changent vite : il faut aimer apprendre régulièrement, même après les études."),
                next_steps: Borrowed(&[
                    NextStep {
                        text: Borrowed("Suis un cours gratuit sur un langage très utilisé côté serveur, comme Python."),
                        section: Borrowed("competences-techniques"),
                        keywords: Borrowed(&[Borrowed("Python"), Borrowed("côté serveur")]),
                    },
                    NextStep {
                        text: Borrowed("Lis pourquoi la formation continue est indispensable : le domaine bouge sans cesse."),
                        section: Borrowed("formation"),
                        keywords: Borrowed(&[Borrowed("formation continue")]),
                    },
                ]),
            },
            Dimension {
                id: Borrowed("construire"),
                family: Family::Interest,
                name: Borrowed("Construire des services utiles aux autres"),
                explanation: Borrowed("Aimer fabriquer quelque chose qui marche et dont d'autres personnes se servent."),
                sources: Borrowed(&[
                    Borrowed("ingenieur-back-end"),
                    Borrowed("developpeur-back-end"),
                    Borrowed("lehibou"),
                    Borrowed("onet"),
                ]),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                parts: Borrowed(&[]),
                onet_work_style: Borrowed(""),
                riasec: Some(Riasec::R),
                target: Some(Target {
                    level: 65,
                    importance: 3,
                    rationale: Borrowed("Les deux fiches décrivent la création des serveurs, des bases de données et des API dont dépendent les applications. LeHibou parle de fonctionnalités développées selon les besoins du client. Le type Réaliste est la troisième lettre du code O*NET (3,93 sur 7)."),
                }),
                strength: Borrowed("Fabriquer des choses utiles te plaît : ce que tu construirais en back-end servirait à beaucoup de monde."),
                to_develop: Borrowed("Le métier consiste à construire des services pour d'autres. Un petit projet concret te dira si tu y prends plaisir."),
                next_steps: Borrowed(&[
                    NextStep {
                        text: Borrowed("Contribue à un projet open source, même par une petite correction."),
                        section: Borrowed("experience"),
                        keywords: Borrowed(&[Borrowed("open source")]),
                    },
                    NextStep {
                        text: Borrowed("Lis les missions : développer des fonctionnalités et les tester selon ce que demande le client."),
                        section: Borrowed("missions"),
                        keywords: Borrowed(&[Borrowed("fonctionnalités"), Borrowed("client")]),
                    },
                ]),
            },
            Dimension {
                id: Borrowed("design"),
                family: Family::Interest,
                name: Borrowed("Créer des interfaces visuelles"),
                explanation: Borrowed("Aimer les couleurs, la mise en page et l'aspect de ce qu'on voit à l'écran."),
                sources: Borrowed(&[
                    Borrowed("ingenieur-back-end"),
                    Borrowed("developpeur-back-end"),
                    Borrowed("lehibou"),
                ]),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                parts: Borrowed(&[]),
                onet_work_style: Borrowed(""),
                riasec: Some(Riasec::A),
                target: None,
                strength: Borrowed("Le visuel t'attire : le développement front-end ou full stack pourrait aussi te plaire."),
                to_develop: Borrowed("Le back-end n'a pas besoin de cet intérêt : ce qu'il fait ne se voit pas à l'écran."),
                next_steps: Borrowed(&[]),
            },
            Dimension {
                id: Borrowed("relation"),
                family: Family::Interest,
                name: Borrowed("Aider et accompagner des personnes"),
                explanation: Borrowed("Aimer expliquer, conseiller, prendre soin des autres au quotidien."),
                sources: Borrowed(&[Borrowed("onet")]),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                parts: Borrowed(&[]),
                onet_work_style: Borrowed(""),
                riasec: Some(Riasec::S),
                target: None,
                strength: Borrowed("Tu aimes aider les autres : c'est précieux en équipe, et certains métiers en font leur cœur."),
                to_develop: Borrowed("Le back-end demande peu de contact avec le public : ce n'est pas un manque pour ce métier."),
                next_steps: Borrowed(&[]),
            },
            Dimension {
                id: Borrowed("convaincre"),
                family: Family::Interest,
                name: Borrowed("Convaincre et mener des projets"),
                explanation: Borrowed("Aimer négocier, vendre une idée, prendre la tête d'un groupe."),
                sources: Borrowed(&[
                    Borrowed("ingenieur-back-end"),
                    Borrowed("developpeur-back-end"),
                    Borrowed("onet"),
                ]),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                parts: Borrowed(&[]),
                onet_work_style: Borrowed(""),
                riasec: Some(Riasec::E),
                target: None,
                strength: Borrowed("Mener des projets te plaît : avec l'expérience, le back-end mène à la gestion de projet ou à la direction technique."),
                to_develop: Borrowed("Ce n'est pas attendu au début : le métier est d'abord technique."),
                next_steps: Borrowed(&[]),
            },
            Dimension {
                id: Borrowed("rigueur"),
                family: Family::Quality,
                name: Borrowed("Rigueur"),
                explanation: Borrowed("Faire attention aux détails et vérifier son travail avant de dire qu'il est fini."),
                sources: Borrowed(&[
                    Borrowed("developpeur-back-end"),
                    Borrowed("lehibou"),
                    Borrowed("onet"),
                ]),
                forms: Borrowed(&[Borrowed("complet")]),
                parts: Borrowed(&[]),
                onet_work_style: Borrowed("{en:Attention to Detail} (4,44/5)"),
                riasec: None,
                target: Some(Target {
                    level: 75,
                    importance: 5,
                    rationale: Borrowed("La rigueur est la première qualité citée par la fiche « Développeur back-end » et par LeHibou. O*NET classe l'attention aux détails deuxième style de travail (4,44 sur 5)."),
                }),
                strength: Borrowed("Tu vérifies ton travail avec soin : une petite erreur dans du code peut bloquer tout un service."),
                to_develop: Borrowed("Une erreur minuscule peut casser une application : la rigueur s'entraîne avec des habitudes simples."),
                next_steps: Borrowed(&[
                    NextStep {
                        text: Borrowed("Prends l'habitude de tester ce que tu fais avant de le rendre, comme on teste le code dans ce métier."),
                        section: Borrowed("missions"),
                        keywords: Borrowed(&[Borrowed("tester le code")]),
                    },
                    NextStep {
                        text: Borrowed("Lis pourquoi la rigueur compte : un petit oubli dans le code peut bloquer tout un service."),
                        section: Borrowed("qualites"),
                        keywords: Borrowed(&[
                            Borrowed("petit oubli"),
                            Borrowed("bloquer tout un service"),
                        ]),
                    },
                ]),
            },
            Dimension {
                id: Borrowed("methode"),
                family: Family::Quality,
                name: Borrowed("Méthode"),
                explanation: Borrowed("Avancer avec un plan, étape par étape, plutôt qu'au hasard."),
                sources: Borrowed(&[Borrowed("developpeur-back-end"), Borrowed("onet")]),
                forms: Borrowed(&[Borrowed("complet")]),
                parts: Borrowed(&[]),
                onet_work_style: Borrowed("{en:Dependability} (4,05/5)"),
                riasec: None,
                target: Some(Target {
                    level: 70,
                    importance: 4,
                    rationale: Borrowed("La fiche « Développeur back-end » cite la méthodologie juste après la rigueur. O*NET donne 4,05 sur 5 à la fiabilité ({en:Dependability}), le fait d'être fiable et de tenir ses engagements."),
                }),
                strength: Borrowed("Tu travailles avec méthode : c'est ce qui rend un projet technique prévisible et solide."),
                to_develop: Borrowed("Avancer étape par étape s'apprend : commence par écrire ton plan avant chaque projet."),
                next_steps: Borrowed(&[
                    NextStep {
                        text: Borrowed("Pour ton prochain projet, écris la liste des étapes avant de commencer, puis avance étape par étape."),
                        section: Borrowed("qualites"),
                        keywords: Borrowed(&[Borrowed("étape par étape")]),
                    },
                    NextStep {
                        text: Borrowed("Lis comment se prépare un projet web : on définit l'équipe, les étapes et les difficultés possibles."),
                        section: Borrowed("missions"),
                        keywords: Borrowed(&[Borrowed("les étapes et les difficultés possibles")]),
                    },
                ]),
            },
            Dimension {
                id: Borrowed("autonomie"),
                family: Family::Quality,
                name: Borrowed("Autonomie"),
                explanation: Borrowed("Savoir avancer par soi-même et trouver des réponses sans attendre qu'on les donne."),
                sources: Borrowed(&[
                    Borrowed("developpeur-back-end"),
                    Borrowed("lehibou"),
                    Borrowed("onet"),
                ]),
                forms: Borrowed(&[Borrowed("complet")]),
                parts: Borrowed(&[]),
                onet_work_style: Borrowed("{en:Independence} (3,77/5)"),
                riasec: None,
                target: Some(Target {
                    level: 70,
                    importance: 4,
                    rationale: Borrowed("La fiche « Développeur back-end » juge l'autonomie indispensable, et LeHibou la cite, surtout pour le travail en freelance. O*NET : indépendance 3,77 sur 5."),
                }),
                strength: Borrowed("Tu sais avancer par toi-même : c'est utile en télétravail comme en freelance."),
                to_develop: Borrowed("L'autonomie vient avec la pratique : chercher par toi-même une réponse avant de demander est un bon début."),
                next_steps: Borrowed(&[
                    NextStep {
                        text: Borrowed("Mène de bout en bout un petit projet personnel, sans tutoriel pas à pas."),
                        section: Borrowed("experience"),
                        keywords: Borrowed(&[Borrowed("projets personnels")]),
                    },
                    NextStep {
                        text: Borrowed("Découvre ce que demande le travail en freelance, où l'autonomie est très forte."),
                        section: Borrowed("freelance"),
                        keywords: Borrowed(&[Borrowed("autonomie")]),
                    },
                ]),
            },
            Dimension {
                id: Borrowed("equipe"),
                family: Family::Quality,
                name: Borrowed("Travail en équipe"),
                explanation: Borrowed("Aimer travailler avec d'autres, partager et tenir compte de leurs idées."),
                sources: Borrowed(&[
                    Borrowed("ingenieur-back-end"),
                    Borrowed("developpeur-back-end"),
                    Borrowed("lehibou"),
                    Borrowed("onet"),
                ]),
                forms: Borrowed(&[Borrowed("complet")]),
                parts: Borrowed(&[]),
                onet_work_style: Borrowed("{en:Cooperation} (4,32/5)"),
                riasec: None,
                target: Some(Target {
                    level: 70,
                    importance: 4,
                    rationale: Borrowed("Les trois sources décrivent un travail serré avec les développeuses et développeurs front-end et d'autres équipes. O*NET : coopération 4,32 sur 5."),
                }),
                strength: Borrowed("Tu aimes travailler avec d'autres : le back-end se fait presque toujours en équipe."),
                to_develop: Borrowed("Le back-end se fait en équipe, avec le front-end et les autres services. Les projets de groupe sont un bon entraînement."),
                next_steps: Borrowed(&[
                    NextStep {
                        text: Borrowed("Participe à un projet open source : son code est public, et tout le monde peut l'améliorer avec toi."),
                        section: Borrowed("experience"),
                        keywords: Borrowed(&[
                            Borrowed("open source"),
                            Borrowed("tout le monde peut lire et améliorer"),
                        ]),
                    },
                    NextStep {
                        text: Borrowed("Lis comment le back-end travaille avec le front-end et les autres personnes d'un projet."),
                        section: Borrowed("missions"),
                        keywords: Borrowed(&[
                            Borrowed("En lien avec les autres"),
                            Borrowed("front-end"),
                        ]),
                    },
                ]),
            },
            Dimension {
                id: Borrowed("adaptabilite"),
                family: Family::Quality,
                name: Borrowed("Adaptabilité"),
                explanation: Borrowed("Réussir à changer ses plans ou ses outils quand la situation change."),
                sources: Borrowed(&[
                    Borrowed("ingenieur-back-end"),
                    Borrowed("developpeur-back-end"),
                    Borrowed("onet"),
                ]),
                forms: Borrowed(&[Borrowed("complet")]),
                parts: Borrowed(&[]),
                onet_work_style: Borrowed("{en:Adaptability} (3,79/5)"),
                riasec: None,
                target: Some(Target {
                    level: 65,
                    importance: 3,
                    rationale: Borrowed("Les deux fiches demandent de s'adapter à différentes technologies. O*NET : adaptabilité 3,79 sur 5."),
                }),
                strength: Borrowed("Tu t'adaptes quand les choses changent : un atout dans un métier où les outils évoluent sans cesse."),
                to_develop: Borrowed("Les outils changent souvent dans ce métier. S'adapter s'apprend en essayant régulièrement des choses nouvelles."),
                next_steps: Borrowed(&[
                    NextStep {
                        text: Borrowed("Essaie un deuxième langage de programmation après le premier."),
                        section: Borrowed("competences-techniques"),
                        keywords: Borrowed(&[Borrowed("Langages de programmation")]),
                    },
                    NextStep {
                        text: Borrowed("Lis les tendances du métier pour voir ce qui change en ce moment."),
                        section: Borrowed("tendances"),
                        keywords: Borrowed(&[Borrowed("Ce qui change")]),
                    },
                ]),
            },
            Dimension {
                id: Borrowed("communication"),
                family: Family::Quality,
                name: Borrowed("Communication"),
                explanation: Borrowed("Savoir expliquer clairement ce qu'on fait et écouter ce que les autres demandent."),
                sources: Borrowed(&[
                    Borrowed("ingenieur-back-end"),
                    Borrowed("developpeur-back-end"),
                ]),
                forms: Borrowed(&[Borrowed("complet")]),
                parts: Borrowed(&[]),
                onet_work_style: Borrowed(""),
                riasec: None,
                target: Some(Target {
                    level: 65,
                    importance: 4,
                    rationale: Borrowed("La fiche « Ingénieur.e back-end » demande d'excellentes compétences en communication. La fiche « Développeur back-end » la juge importante pour travailler avec le front-end."),
                }),
                strength: Borrowed("Tu sais te faire comprendre : dans ce métier, tu échanges souvent avec des équipes aux métiers variés."),
                to_develop: Borrowed("Expliquer simplement ce qu'on fait est une compétence qui se travaille, comme le code."),
                next_steps: Borrowed(&[
                    NextStep {
                        text: Borrowed("Entraîne-toi à communiquer : explique sans jargon, à une personne proche, un projet que tu as fait."),
                        section: Borrowed("conseils"),
                        keywords: Borrowed(&[Borrowed("communiquer")]),
                    },
                    NextStep {
                        text: Borrowed("Vérifie que ta future formation apprend aussi la communication entre équipes."),
                        section: Borrowed("formation"),
                        keywords: Borrowed(&[Borrowed("communication entre équipes")]),
                    },
                ]),
            },
            Dimension {
                id: Borrowed("analyse"),
                family: Family::Quality,
                name: Borrowed("Analyse et résolution de problèmes"),
                explanation: Borrowed("Décortiquer un problème compliqué pour en trouver la cause et une solution."),
                sources: Borrowed(&[
                    Borrowed("ingenieur-back-end"),
                    Borrowed("developpeur-back-end"),
                    Borrowed("onet"),
                ]),
                forms: Borrowed(&[Borrowed("complet")]),
                parts: Borrowed(&[]),
                onet_work_style: Borrowed("{en:Analytical Thinking} (4,61/5), {en:Persistence} (4,21/5)"),
                riasec: None,
                target: Some(Target {
                    level: 75,
                    importance: 5,
                    rationale: Borrowed("Les deux fiches citent la capacité d'analyse et la résolution de problèmes complexes. Pour O*NET, la pensée analytique est le premier style de travail (4,61 sur 5) et la persévérance suit (4,21)."),
                }),
                strength: Borrowed("Tu sais décortiquer un problème : c'est une qualité clé pour trouver l'origine d'une panne."),
                to_develop: Borrowed("Analyser un problème, c'est une méthode : observer, faire des hypothèses, tester. Elle s'entraîne."),
                next_steps: Borrowed(&[
                    NextStep {
                        text: Borrowed("Entraîne-toi à résoudre des problèmes avec des énigmes ou des défis de logique."),
                        section: Borrowed("conseils"),
                        keywords: Borrowed(&[Borrowed("résoudre des problèmes")]),
                    },
                    NextStep {
                        text: Borrowed("Lis pourquoi le sens de l'analyse compte, même face à des problèmes complexes."),
                        section: Borrowed("qualites"),
                        keywords: Borrowed(&[Borrowed("sens de l'analyse"), Borrowed("complexes")]),
                    },
                ]),
            },
            Dimension {
                id: Borrowed("organisation"),
                family: Family::Quality,
                name: Borrowed("Gestion du temps et des priorités"),
                explanation: Borrowed("Savoir décider quoi faire d'abord et tenir les délais."),
                sources: Borrowed(&[
                    Borrowed("ingenieur-back-end"),
                    Borrowed("developpeur-back-end"),
                ]),
                forms: Borrowed(&[Borrowed("complet")]),
                parts: Borrowed(&[]),
                onet_work_style: Borrowed(""),
                riasec: None,
                target: Some(Target {
                    level: 65,
                    importance: 4,
                    rationale: Borrowed("La fiche « Ingénieur.e back-end » cite la gestion du temps et des priorités, et une pression possible due aux délais serrés. L'autre fiche demande une bonne organisation et le respect des délais."),
                }),
                strength: Borrowed("Tu sais t'organiser : c'est utile quand les délais sont courts, ce qui peut arriver dans ce métier."),
                to_develop: Borrowed("Les délais sont parfois serrés dans ce métier. Apprendre à trier ses tâches t'aidera partout."),
                next_steps: Borrowed(&[
                    NextStep {
                        text: Borrowed("Essaie une liste de tâches classée par urgence : gérer tes priorités t'aide à tenir les délais."),
                        section: Borrowed("qualites"),
                        keywords: Borrowed(&[Borrowed("priorités"), Borrowed("délais")]),
                    },
                    NextStep {
                        text: Borrowed("Lis les avantages et inconvénients du métier, dont la pression quand les délais sont courts."),
                        section: Borrowed("avantages-inconvenients"),
                        keywords: Borrowed(&[Borrowed("pression"), Borrowed("délais")]),
                    },
                ]),
            },
            Dimension {
                id: Borrowed("curiosite"),
                family: Family::Quality,
                name: Borrowed("Curiosité"),
                explanation: Borrowed("Avoir envie de comprendre et d'en savoir plus, même quand rien n'y oblige."),
                sources: Borrowed(&[Borrowed("ingenieur-back-end"), Borrowed("onet")]),
                forms: Borrowed(&[Borrowed("complet")]),
                parts: Borrowed(&[]),
                onet_work_style: Borrowed("{en:Initiative} (4,15/5)"),
                riasec: None,
                target: Some(Target {
                    level: 70,
                    importance: 4,
                    rationale: Borrowed("Le premier conseil de la fiche « Ingénieur.e back-end » est de cultiver sa curiosité, car la technologie évolue vite. O*NET note l'esprit d'initiative, aller au-delà de ce qui est demandé, à 4,15 sur 5."),
                }),
                strength: Borrowed("Ta curiosité t'aidera à suivre un domaine qui change tout le temps."),
                to_develop: Borrowed("La curiosité se nourrit : suis un sujet technique qui t'intrigue, juste pour le plaisir."),
                next_steps: Borrowed(&[
                    NextStep {
                        text: Borrowed("Rejoins une communauté de développeuses et développeurs en ligne pour suivre ce qui s'y partage."),
                        section: Borrowed("conseils"),
                        keywords: Borrowed(&[Borrowed("communautés")]),
                    },
                    NextStep {
                        text: Borrowed("Regarde les tendances du métier : cloud, DevOps, intelligence artificielle."),
                        section: Borrowed("tendances"),
                        keywords: Borrowed(&[
                            Borrowed("cloud computing"),
                            Borrowed("DevOps"),
                            Borrowed("intelligence artificielle"),
                        ]),
                    },
                ]),
            },
            Dimension {
                id: Borrowed("fiabilite"),
                family: Family::Quality,
                name: Borrowed("Rigueur et organisation"),
                explanation: Borrowed("Vérifier son travail, avancer avec un plan et tenir ses délais."),
                sources: Borrowed(&[Borrowed("developpeur-back-end"), Borrowed("lehibou")]),
                forms: Borrowed(&[Borrowed("court")]),
                parts: Borrowed(&[
                    Borrowed("rigueur"),
                    Borrowed("methode"),
                    Borrowed("organisation"),
                ]),
                onet_work_style: Borrowed(""),
                riasec: None,
                target: Some(Target {
                    level: 70,
                    importance: 4,
                    rationale: Borrowed("Regroupe la rigueur, la méthode et la gestion du temps : un travail vérifié, planifié et rendu à temps. La fiche « Développeur back-end » cite les trois, et LeHibou met la rigueur en premier."),
                }),
                strength: Borrowed("Tu vérifies, tu planifies et tu tiens tes délais : c'est ce qui rend un travail technique fiable."),
                to_develop: Borrowed("Vérifier son travail, faire un plan et trier ses tâches sont des habitudes. Elles se prennent petit à petit."),
                next_steps: Borrowed(&[
                    NextStep {
                        text: Borrowed("Prends l'habitude de tester ce que tu fais avant de le rendre, comme on teste le code dans ce métier."),
                        section: Borrowed("missions"),
                        keywords: Borrowed(&[Borrowed("tester le code")]),
                    },
                    NextStep {
                        text: Borrowed("Avant ton prochain projet, écris la liste des étapes et classe tes tâches par urgence."),
                        section: Borrowed("qualites"),
                        keywords: Borrowed(&[Borrowed("étape par étape"), Borrowed("priorités")]),
                    },
                ]),
            },
            Dimension {
                id: Borrowed("recherche"),
                family: Family::Quality,
                name: Borrowed("Chercher et comprendre par soi-même"),
                explanation: Borrowed("Décortiquer un problème, chercher des réponses sans attendre qu'on les donne et avoir envie d'en savoir plus."),
                sources: Borrowed(&[
                    Borrowed("ingenieur-back-end"),
                    Borrowed("developpeur-back-end"),
                    Borrowed("lehibou"),
                ]),
                forms: Borrowed(&[Borrowed("court")]),
                parts: Borrowed(&[
                    Borrowed("analyse"),
                    Borrowed("autonomie"),
                    Borrowed("curiosite"),
                ]),
                onet_work_style: Borrowed(""),
                riasec: None,
                target: Some(Target {
                    level: 70,
                    importance: 4,
                    rationale: Borrowed("Regroupe l'analyse, l'autonomie et la curiosité : trois façons de chercher et de comprendre par soi-même. Les deux fiches citent la résolution de problèmes, et la fiche « Ingénieur.e back-end » conseille la curiosité. LeHibou et la fiche « Développeur back-end » citent l'autonomie."),
                }),
                strength: Borrowed("Tu sais décortiquer un problème et chercher par toi-même : c'est utile pour trouver l'origine d'une panne."),
                to_develop: Borrowed("Chercher par soi-même s'apprend : observe, fais des hypothèses, teste, et va un peu plus loin que ce qu'on te demande."),
                next_steps: Borrowed(&[
                    NextStep {
                        text: Borrowed("Entraîne-toi à résoudre des problèmes avec des énigmes ou des défis de logique."),
                        section: Borrowed("conseils"),
                        keywords: Borrowed(&[Borrowed("résoudre des problèmes")]),
                    },
                    NextStep {
                        text: Borrowed("Mène un petit projet personnel de bout en bout, en cherchant toi-même les réponses."),
                        section: Borrowed("experience"),
                        keywords: Borrowed(&[Borrowed("projets personnels")]),
                    },
                ]),
            },
            Dimension {
                id: Borrowed("collaboration"),
                family: Family::Quality,
                name: Borrowed("Travail avec les autres"),
                explanation: Borrowed("Travailler en équipe, se faire comprendre et s'adapter quand les choses changent."),
                sources: Borrowed(&[
                    Borrowed("ingenieur-back-end"),
                    Borrowed("developpeur-back-end"),
                    Borrowed("lehibou"),
                ]),
                forms: Borrowed(&[Borrowed("court")]),
                parts: Borrowed(&[
                    Borrowed("equipe"),
                    Borrowed("communication"),
                    Borrowed("adaptabilite"),
                ]),
                onet_work_style: Borrowed(""),
                riasec: None,
                target: Some(Target {
                    level: 65,
                    importance: 4,
                    rationale: Borrowed("Regroupe le travail en équipe, la communication et l'adaptabilité : ce qui aide à avancer avec d'autres quand tout change. Les trois sources décrivent un travail serré avec le front-end, et les deux fiches demandent aussi de communiquer et de s'adapter."),
                }),
                strength: Borrowed("Tu avances bien avec les autres et tu suis les changements : le back-end se fait en équipe, avec des outils qui bougent."),
                to_develop: Borrowed("Travailler à plusieurs et s'adapter s'apprennent : les projets de groupe sont un bon entraînement."),
                next_steps: Borrowed(&[
                    NextStep {
                        text: Borrowed("Lis comment le back-end travaille avec le front-end et les autres personnes d'un projet."),
                        section: Borrowed("missions"),
                        keywords: Borrowed(&[
                            Borrowed("En lien avec les autres"),
                            Borrowed("front-end"),
                        ]),
                    },
                    NextStep {
                        text: Borrowed("Entraîne-toi à communiquer : explique sans jargon, à une personne proche, un projet que tu as fait."),
                        section: Borrowed("conseils"),
                        keywords: Borrowed(&[Borrowed("communiquer")]),
                    },
                ]),
            },
        ]),
        items: Borrowed(&[
            Item {
                id: Borrowed("st-logique-1"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Quand un jeu ou un appareil bugue, j'ai envie de trouver pourquoi."),
                    dimension: Borrowed("logique"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-design-1"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Choisir les couleurs et la mise en page d'une affiche me plaît."),
                    dimension: Borrowed("design"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-coulisses-4"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("J'aimerais savoir ce qui se passe entre mon clic et l'affichage de la page."),
                    dimension: Borrowed("coulisses"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-donnees-2"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Trier et ranger des informations me paraît vite pénible."),
                    dimension: Borrowed("donnees"),
                    reverse: true,
                    pair: Some(Borrowed("st-donnees-1")),
                },
            },
            Item {
                id: Borrowed("st-equipe-1"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Je préfère les projets où l'on avance à plusieurs."),
                    dimension: Borrowed("equipe"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-securite-1"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Je me demande comment on protège des mots de passe contre le vol."),
                    dimension: Borrowed("securite"),
                    reverse: false,
                    pair: Some(Borrowed("st-securite-4")),
                },
            },
            Item {
                id: Borrowed("st-relation-4"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("M'occuper des soucis des autres me fatigue vite."),
                    dimension: Borrowed("relation"),
                    reverse: true,
                    pair: Some(Borrowed("st-relation-2")),
                },
            },
            Item {
                id: Borrowed("st-methode-1"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Avant de commencer un travail, je fais un plan des étapes."),
                    dimension: Borrowed("methode"),
                    reverse: false,
                    pair: Some(Borrowed("st-methode-2")),
                },
            },
            Item {
                id: Borrowed("st-apprendre-1"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Découvrir un nouvel outil ou un nouveau logiciel m'amuse."),
                    dimension: Borrowed("apprendre"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("sit-delai-serre"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Situation {
                    title: Borrowed("Pas assez de temps"),
                    text: Borrowed("Ta fonction doit être livrée vendredi. Mercredi matin, tu te rends compte qu'il te manque une journée de travail."),
                    options: Borrowed(&[
                        SituationOption {
                            text: Borrowed("Je demande à une ou un collègue de prendre une partie du travail."),
                            values: Borrowed(&[
                                (Borrowed("autonomie"), 1),
                                (Borrowed("equipe"), 3),
                                (Borrowed("organisation"), 2),
                            ]),
                        },
                        SituationOption {
                            text: Borrowed("Je livre l'essentiel vendredi et je repousse le reste, même si une autre équipe comptait dessus."),
                            values: Borrowed(&[
                                (Borrowed("autonomie"), 2),
                                (Borrowed("equipe"), 1),
                                (Borrowed("organisation"), 3),
                            ]),
                        },
                        SituationOption {
                            text: Borrowed("Je cherche par moi-même une façon plus simple de coder la fonction, quitte à bousculer mon planning."),
                            values: Borrowed(&[
                                (Borrowed("autonomie"), 3),
                                (Borrowed("equipe"), 2),
                                (Borrowed("organisation"), 1),
                            ]),
                        },
                    ]),
                },
            },
            Item {
                id: Borrowed("st-performance-1"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Quand quelque chose est lent, j'ai envie de trouver comment l'accélérer."),
                    dimension: Borrowed("performance"),
                    reverse: false,
                    pair: Some(Borrowed("st-performance-2")),
                },
            },
            Item {
                id: Borrowed("st-construire-5"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Je préfère utiliser une appli plutôt que chercher à en fabriquer une."),
                    dimension: Borrowed("construire"),
                    reverse: true,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-logique-4"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("J'aime les jeux où il faut trouver une stratégie en réfléchissant."),
                    dimension: Borrowed("logique"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-convaincre-2"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Diriger un groupe pour mener un projet me tente."),
                    dimension: Borrowed("convaincre"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-organisation-2"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Je me retrouve souvent à tout faire au dernier moment."),
                    dimension: Borrowed("organisation"),
                    reverse: true,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-curiosite-1"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Je cherche des explications sur des sujets même quand ce n'est pas demandé."),
                    dimension: Borrowed("curiosite"),
                    reverse: false,
                    pair: Some(Borrowed("st-curiosite-3")),
                },
            },
            Item {
                id: Borrowed("st-rigueur-2"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Les détails, je les laisse aux autres."),
                    dimension: Borrowed("rigueur"),
                    reverse: true,
                    pair: Some(Borrowed("st-rigueur-1")),
                },
            },
            Item {
                id: Borrowed("st-analyse-1"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Face à un problème compliqué, je le découpe en petits morceaux."),
                    dimension: Borrowed("analyse"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("sit-panne-paiement"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Situation {
                    title: Borrowed("Le paiement en panne"),
                    text: Borrowed("Un mardi matin, le site de vente de ton entreprise affiche une erreur. Les clientes et clients ne peuvent plus payer."),
                    options: Borrowed(&[
                        SituationOption {
                            text: Borrowed("Je remets en ligne la version d'hier, qui marchait, et je vérifie chaque étape du paiement. La cause attendra."),
                            values: Borrowed(&[
                                (Borrowed("analyse"), 1),
                                (Borrowed("communication"), 2),
                                (Borrowed("rigueur"), 3),
                            ]),
                        },
                        SituationOption {
                            text: Borrowed("Je lis les messages d'erreur enregistrés par le serveur pour trouver la cause. Je donnerai des nouvelles quand j'aurai compris."),
                            values: Borrowed(&[
                                (Borrowed("analyse"), 3),
                                (Borrowed("communication"), 1),
                                (Borrowed("rigueur"), 2),
                            ]),
                        },
                        SituationOption {
                            text: Borrowed("Je préviens tout de suite l'équipe et le service client, avec une première explication pas encore vérifiée."),
                            values: Borrowed(&[
                                (Borrowed("analyse"), 2),
                                (Borrowed("communication"), 3),
                                (Borrowed("rigueur"), 1),
                            ]),
                        },
                    ]),
                },
            },
            Item {
                id: Borrowed("st-donnees-1"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("J'aime classer des informations dans des tableaux bien rangés."),
                    dimension: Borrowed("donnees"),
                    reverse: false,
                    pair: Some(Borrowed("st-donnees-2")),
                },
            },
            Item {
                id: Borrowed("st-logique-2"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Les énigmes et les casse-tête m'ennuient vite."),
                    dimension: Borrowed("logique"),
                    reverse: true,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-communication-1"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("J'arrive à expliquer simplement des choses compliquées."),
                    dimension: Borrowed("communication"),
                    reverse: false,
                    pair: Some(Borrowed("st-communication-3")),
                },
            },
            Item {
                id: Borrowed("st-securite-2"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Savoir comment les pirates attaquent un site m'intrigue."),
                    dimension: Borrowed("securite"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-curiosite-3"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Je me contente de ce qu'on m'explique, sans chercher plus loin."),
                    dimension: Borrowed("curiosite"),
                    reverse: true,
                    pair: Some(Borrowed("st-curiosite-1")),
                },
            },
            Item {
                id: Borrowed("st-coulisses-3"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("J'aimerais savoir où sont stockées les photos que j'envoie."),
                    dimension: Borrowed("coulisses"),
                    reverse: false,
                    pair: Some(Borrowed("st-coulisses-2")),
                },
            },
            Item {
                id: Borrowed("st-design-4"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("L'aspect visuel d'une appli m'importe peu."),
                    dimension: Borrowed("design"),
                    reverse: true,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-autonomie-1"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Quand je bloque, je cherche d'abord une solution par moi-même."),
                    dimension: Borrowed("autonomie"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-construire-2"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Fabriquer des choses concrètes me plaît plus que d'en parler."),
                    dimension: Borrowed("construire"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-apprendre-2"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Je préfère garder les outils que je connais plutôt qu'en apprendre d'autres."),
                    dimension: Borrowed("apprendre"),
                    reverse: true,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-adaptabilite-1"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Quand un plan change au dernier moment, je m'y fais vite."),
                    dimension: Borrowed("adaptabilite"),
                    reverse: false,
                    pair: Some(Borrowed("st-adaptabilite-3")),
                },
            },
            Item {
                id: Borrowed("sit-fuite-adresses"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Situation {
                    title: Borrowed("Une faille de sécurité"),
                    text: Borrowed("En testant ton code, tu découvres que n'importe qui pourrait lire les adresses des clientes et clients. Personne ne l'a encore remarqué."),
                    options: Borrowed(&[
                        SituationOption {
                            text: Borrowed("Je préviens tout de suite la personne responsable, même sans avoir encore de correction à proposer."),
                            values: Borrowed(&[
                                (Borrowed("autonomie"), 1),
                                (Borrowed("communication"), 3),
                                (Borrowed("rigueur"), 2),
                            ]),
                        },
                        SituationOption {
                            text: Borrowed("Je prépare vite une correction, puis je signale la faille à l'équipe, correction à l'appui."),
                            values: Borrowed(&[
                                (Borrowed("autonomie"), 3),
                                (Borrowed("communication"), 2),
                                (Borrowed("rigueur"), 1),
                            ]),
                        },
                        SituationOption {
                            text: Borrowed("Je vérifie d'abord si d'autres pages ont la même faille, puis je signale le tout."),
                            values: Borrowed(&[
                                (Borrowed("autonomie"), 2),
                                (Borrowed("communication"), 1),
                                (Borrowed("rigueur"), 3),
                            ]),
                        },
                    ]),
                },
            },
            Item {
                id: Borrowed("st-relation-2"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Je me verrais bien dans un métier où l'on s'occupe des autres."),
                    dimension: Borrowed("relation"),
                    reverse: false,
                    pair: Some(Borrowed("st-relation-4")),
                },
            },
            Item {
                id: Borrowed("st-performance-2"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Tant que ça marche, peu m'importe que ce soit lent."),
                    dimension: Borrowed("performance"),
                    reverse: true,
                    pair: Some(Borrowed("st-performance-1")),
                },
            },
            Item {
                id: Borrowed("st-donnees-4"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Tenir à jour une liste détaillée de mes films, de mes livres ou de mes jeux me plairait."),
                    dimension: Borrowed("donnees"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-autonomie-2"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("J'ai besoin qu'on me dise précisément quoi faire à chaque étape."),
                    dimension: Borrowed("autonomie"),
                    reverse: true,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-performance-4"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Comparer deux façons de faire pour savoir laquelle va le plus vite me plaît."),
                    dimension: Borrowed("performance"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-methode-2"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Je commence souvent sans plan et je vois au fur et à mesure."),
                    dimension: Borrowed("methode"),
                    reverse: true,
                    pair: Some(Borrowed("st-methode-1")),
                },
            },
            Item {
                id: Borrowed("st-relation-1"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Expliquer quelque chose à quelqu'un qui a du mal me fait plaisir."),
                    dimension: Borrowed("relation"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("sit-base-inconnue"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Situation {
                    title: Borrowed("Une base de données inconnue"),
                    text: Borrowed("Ton équipe choisit une base de données que tu n'as jamais utilisée. Le projet démarre dans deux semaines."),
                    options: Borrowed(&[
                        SituationOption {
                            text: Borrowed("Je suis un cours complet, chapitre par chapitre, avant de toucher au projet."),
                            values: Borrowed(&[
                                (Borrowed("adaptabilite"), 1),
                                (Borrowed("curiosite"), 2),
                                (Borrowed("methode"), 3),
                            ]),
                        },
                        SituationOption {
                            text: Borrowed("J'explore tout ce qu'elle sait faire, même ce dont le projet n'aura pas besoin."),
                            values: Borrowed(&[
                                (Borrowed("adaptabilite"), 2),
                                (Borrowed("curiosite"), 3),
                                (Borrowed("methode"), 1),
                            ]),
                        },
                        SituationOption {
                            text: Borrowed("Je reprends des exemples qui marchent et je les adapte au projet, sans chercher à tout comprendre."),
                            values: Borrowed(&[
                                (Borrowed("adaptabilite"), 3),
                                (Borrowed("curiosite"), 1),
                                (Borrowed("methode"), 2),
                            ]),
                        },
                    ]),
                },
            },
            Item {
                id: Borrowed("st-logique-3"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Trouver l'erreur dans un raisonnement me donne de la satisfaction."),
                    dimension: Borrowed("logique"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-coulisses-2"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Ce qui se passe derrière l'écran ne m'intéresse pas vraiment."),
                    dimension: Borrowed("coulisses"),
                    reverse: true,
                    pair: Some(Borrowed("st-coulisses-3")),
                },
            },
            Item {
                id: Borrowed("st-rigueur-1"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Je relis mon travail pour repérer les petites erreurs."),
                    dimension: Borrowed("rigueur"),
                    reverse: false,
                    pair: Some(Borrowed("st-rigueur-2")),
                },
            },
            Item {
                id: Borrowed("st-donnees-3"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Repérer des chiffres qui se répètent dans un tableau m'intéresse."),
                    dimension: Borrowed("donnees"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-adaptabilite-3"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Quand on change mes habitudes de travail, j'ai du mal à suivre."),
                    dimension: Borrowed("adaptabilite"),
                    reverse: true,
                    pair: Some(Borrowed("st-adaptabilite-1")),
                },
            },
            Item {
                id: Borrowed("st-convaincre-1"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("J'aime convaincre les autres d'adopter mon idée."),
                    dimension: Borrowed("convaincre"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-construire-4"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Construire un service que tout le monde utilise sans savoir qui l'a fait me conviendrait."),
                    dimension: Borrowed("construire"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-convaincre-4"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Diriger les autres me met mal à l'aise."),
                    dimension: Borrowed("convaincre"),
                    reverse: true,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-coulisses-5"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Visiter un centre de données, où tournent les serveurs des sites, me plairait."),
                    dimension: Borrowed("coulisses"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-securite-4"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("La sécurité des sites et des applis me paraît un sujet ennuyeux."),
                    dimension: Borrowed("securite"),
                    reverse: true,
                    pair: Some(Borrowed("st-securite-1")),
                },
            },
            Item {
                id: Borrowed("sit-remarque-code"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Situation {
                    title: Borrowed("Une remarque sur ton code"),
                    text: Borrowed("Une collègue relit ton code. Elle propose de découper une fonction trop longue. La mise en ligne est prévue demain."),
                    options: Borrowed(&[
                        SituationOption {
                            text: Borrowed("Je lui propose d'en parler ensemble avant de changer quoi que ce soit, même si ça prend du temps."),
                            values: Borrowed(&[
                                (Borrowed("curiosite"), 2),
                                (Borrowed("equipe"), 3),
                                (Borrowed("organisation"), 1),
                            ]),
                        },
                        SituationOption {
                            text: Borrowed("Je découpe la fonction comme elle le propose, sans en débattre, pour tenir la date."),
                            values: Borrowed(&[
                                (Borrowed("curiosite"), 1),
                                (Borrowed("equipe"), 2),
                                (Borrowed("organisation"), 3),
                            ]),
                        },
                        SituationOption {
                            text: Borrowed("Je cherche de mon côté d'autres façons de l'écrire, pour choisir la meilleure."),
                            values: Borrowed(&[
                                (Borrowed("curiosite"), 3),
                                (Borrowed("equipe"), 1),
                                (Borrowed("organisation"), 2),
                            ]),
                        },
                    ]),
                },
            },
            Item {
                id: Borrowed("st-apprendre-4"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Devoir apprendre un nouvel outil informatique chaque année me conviendrait."),
                    dimension: Borrowed("apprendre"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-communication-3"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Quand je dois expliquer ce que j'ai fait, j'ai du mal à trouver les mots."),
                    dimension: Borrowed("communication"),
                    reverse: true,
                    pair: Some(Borrowed("st-communication-1")),
                },
            },
            Item {
                id: Borrowed("st-design-2"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Je remarque tout de suite quand un site est joli ou laid."),
                    dimension: Borrowed("design"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-equipe-3"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Travailler à plusieurs me fait souvent perdre du temps."),
                    dimension: Borrowed("equipe"),
                    reverse: true,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-securite-5"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("J'aimerais trouver les points faibles d'un site avant qu'un pirate ne les trouve."),
                    dimension: Borrowed("securite"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-performance-3"),
                forms: Borrowed(&[Borrowed("court"), Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("J'aime trouver le chemin le plus court pour faire une tâche."),
                    dimension: Borrowed("performance"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-analyse-2"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Je perds patience quand la solution ne vient pas tout de suite."),
                    dimension: Borrowed("analyse"),
                    reverse: true,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-organisation-1"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Je sais quelles tâches faire en premier quand j'en ai beaucoup."),
                    dimension: Borrowed("organisation"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-construire-6"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Entretenir un outil pendant des mois pour que d'autres puissent s'en servir me plairait."),
                    dimension: Borrowed("construire"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("st-convaincre-3"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Négocier un prix ou un accord m'amuse."),
                    dimension: Borrowed("convaincre"),
                    reverse: false,
                    pair: None,
                },
            },
            Item {
                id: Borrowed("sit-commande-floue"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Situation {
                    title: Borrowed("Une demande pas claire"),
                    text: Borrowed("Une cliente demande « une page qui affiche les commandes », sans dire lesquelles ni pour qui. Tu commences cette semaine."),
                    options: Borrowed(&[
                        SituationOption {
                            text: Borrowed("Je prépare une liste de questions et je fixe un rendez-vous avec elle avant de commencer."),
                            values: Borrowed(&[
                                (Borrowed("adaptabilite"), 1),
                                (Borrowed("analyse"), 2),
                                (Borrowed("methode"), 3),
                            ]),
                        },
                        SituationOption {
                            text: Borrowed("Je me plonge directement dans les commandes déjà enregistrées pour comprendre ce qui lui serait utile."),
                            values: Borrowed(&[
                                (Borrowed("adaptabilite"), 2),
                                (Borrowed("analyse"), 3),
                                (Borrowed("methode"), 1),
                            ]),
                        },
                        SituationOption {
                            text: Borrowed("Je fais vite une première version simple, puis je la change selon ses réactions."),
                            values: Borrowed(&[
                                (Borrowed("adaptabilite"), 3),
                                (Borrowed("analyse"), 1),
                                (Borrowed("methode"), 2),
                            ]),
                        },
                    ]),
                },
            },
            Item {
                id: Borrowed("st-apprendre-3"),
                forms: Borrowed(&[Borrowed("complet")]),
                kind: ItemKind::Statement {
                    text: Borrowed("Continuer à me former toute ma vie me paraît une bonne chose."),
                    dimension: Borrowed("apprendre"),
                    reverse: false,
                    pair: None,
                },
            },
        ]),
        forms: Borrowed(&[
            Form {
                id: Borrowed("court"),
                name: Borrowed("Version courte"),
                minutes: 5,
                min_items: 3,
                description: Borrowed("Pour un atelier ou un premier aperçu : tous tes centres d'intérêt, et tes qualités en trois grands groupes."),
            },
            Form {
                id: Borrowed("complet"),
                name: Borrowed("Version complète"),
                minutes: 9,
                min_items: 4,
                description: Borrowed("Pour un résultat plus sûr : plus de questions par centre d'intérêt, et tes neuf qualités mesurées une à une."),
            },
        ]),
        role_riasec: Borrowed(&[
            (Riasec::R, 3.93),
            (Riasec::I, 5.86),
            (Riasec::A, 2.26),
            (Riasec::S, 1.88),
            (Riasec::E, 1.87),
            (Riasec::C, 5.46),
        ]),
        nearby_roles: Borrowed(&[
            NearbyRole {
                id: Borrowed("front-end"),
                name: Borrowed("Développeuse ou développeur front-end"),
                description: Borrowed("Construit la partie visible d'un site ou d'une appli : pages, boutons, animations, en HTML, CSS et JavaScript."),
                why: Borrowed("Tu t'intéresses à l'aspect visuel des écrans, le terrain du front-end."),
                when: Borrowed(&[Lean { dimension: Borrowed("design"), at_least: 60 }]),
            },
            NearbyRole {
                id: Borrowed("full-stack"),
                name: Borrowed("Développeuse ou développeur full stack"),
                description: Borrowed("Travaille à la fois sur la partie visible et sur la partie serveur. Une développeuse ou un développeur back-end peut le devenir en se formant au front-end."),
                why: Borrowed("Tu aimes à la fois la logique et le visuel : le full stack réunit les deux."),
                when: Borrowed(&[
                    Lean { dimension: Borrowed("design"), at_least: 50 },
                    Lean { dimension: Borrowed("logique"), at_least: 60 },
                ]),
            },
            NearbyRole {
                id: Borrowed("devops"),
                name: Borrowed("Ingénieure ou ingénieur DevOps"),
                description: Borrowed("Rapproche le développement et l'exploitation des serveurs, avec beaucoup d'automatisation. La demande pour ces compétences augmente."),
                why: Borrowed("Ce qui se passe en coulisses et la rapidité des systèmes t'attirent."),
                when: Borrowed(&[
                    Lean { dimension: Borrowed("coulisses"), at_least: 70 },
                    Lean { dimension: Borrowed("performance"), at_least: 60 },
                ]),
            },
            NearbyRole {
                id: Borrowed("data"),
                name: Borrowed("{en:Data analyst} ou {en:data engineer}"),
                description: Borrowed("Collecte, range et fait parler de grandes quantités de données."),
                why: Borrowed("Les données t'intéressent particulièrement."),
                when: Borrowed(&[Lean { dimension: Borrowed("donnees"), at_least: 75 }]),
            },
            NearbyRole {
                id: Borrowed("architecte-logiciel"),
                name: Borrowed("Architecte logiciel"),
                description: Borrowed("Conçoit l'organisation d'ensemble d'un logiciel. C'est une évolution possible du back-end après plusieurs années."),
                why: Borrowed("Tu aimes la logique et comprendre comment un système marche à l'intérieur : c'est utile pour concevoir l'organisation d'ensemble d'un logiciel."),
                when: Borrowed(&[
                    Lean { dimension: Borrowed("logique"), at_least: 70 },
                    Lean { dimension: Borrowed("coulisses"), at_least: 70 },
                ]),
            },
            NearbyRole {
                id: Borrowed("cybersecurite"),
                name: Borrowed("Spécialiste en cybersécurité"),
                description: Borrowed("Protège les systèmes et les données contre les attaques."),
                why: Borrowed("La sécurité des systèmes t'intéresse beaucoup."),
                when: Borrowed(&[Lean { dimension: Borrowed("securite"), at_least: 75 }]),
            },
            NearbyRole {
                id: Borrowed("chef-de-projet-technique"),
                name: Borrowed("Cheffe ou chef de projet technique"),
                description: Borrowed("Prend en charge une équipe technique et des projets de plus grande taille. On peut y arriver après une expérience en développement back-end."),
                why: Borrowed("Tu aimes mener des projets et construire des services utiles : ce poste réunit les deux."),
                when: Borrowed(&[
                    Lean { dimension: Borrowed("convaincre"), at_least: 60 },
                    Lean { dimension: Borrowed("construire"), at_least: 60 },
                ]),
            },
        ]),
        activities: Borrowed(&[
            Activity {
                id: Borrowed("journal-erreurs"),
                title: Borrowed("Lire un journal d'erreurs"),
                minutes: 5,
                setting: Borrowed("Une cliente signale que sa commande n° 1047 a échoué vers 10 h 02. Voici ce que le serveur a noté dans son journal d'erreurs à ce moment-là."),
                task: Borrowed("Trouve la ligne qui explique pourquoi la commande a échoué."),
                exercise: Exercise::FindLine {
                    lines: Borrowed(&[
                        Borrowed("10:01:58 INFO Connexion réussie : cliente n° 5821"),
                        Borrowed("10:02:00 INFO Panier de la cliente n° 5821 : 3 articles, 42.50 €"),
                        Borrowed("10:02:00 WARN Image introuvable : sac-bleu.jpg, image par défaut affichée"),
                        Borrowed("10:02:01 INFO Commande n° 1047 : demande d'enregistrement envoyée à la base de données"),
                        Borrowed("10:02:06 ERROR Base de données : aucune réponse après 5 secondes, délai dépassé"),
                        Borrowed("10:02:06 ERROR Commande n° 1047 échouée : enregistrement impossible"),
                        Borrowed("10:02:06 INFO Message « Ta commande n'a pas pu aboutir » envoyé à l'appli"),
                        Borrowed("10:02:09 INFO Connexion réussie : client n° 3310"),
                    ]),
                    answer: 4,
                },
                explanation: Borrowed("La cause, c'est la base de données qui n'a pas répondu à temps : « aucune réponse après 5 secondes ». La ligne ERROR suivante dit bien que la commande a échoué, mais elle décrit une conséquence. Sans réponse de la base, le serveur ne pouvait rien enregistrer. Pour trouver l'origine d'un problème, on remonte le journal jusqu'à la première erreur."),
                real_work: Borrowed("Trouver l'origine des problèmes techniques, puis les corriger : cela revient presque chaque jour en back-end. Quand une commande échoue, tu lis les journaux d'erreurs du serveur pour remonter jusqu'au bug. Parfois, la cause est une base de données qui répond trop lentement. Tu écris alors une correction, et les tests qui la vérifient."),
                section: Borrowed("journee-type"),
                dimensions: Borrowed(&[Borrowed("logique"), Borrowed("coulisses")]),
            },
            Activity {
                id: Borrowed("suivre-requete"),
                title: Borrowed("Suivre une requête"),
                minutes: 5,
                setting: Borrowed("Tu touches « Mes commandes » dans l'appli d'une boutique en ligne. Moins d'une seconde plus tard, la liste s'affiche."),
                task: Borrowed("Remets dans l'ordre les six étapes qui se passent entre les deux."),
                exercise: Exercise::OrderSteps {
                    steps: Borrowed(&[
                        Borrowed("L'appli envoie une requête au serveur : « montre-moi mes commandes »."),
                        Borrowed("Le serveur vérifie que c'est bien toi, grâce à ton mot de passe."),
                        Borrowed("Le serveur demande tes commandes à la base de données."),
                        Borrowed("La base de données renvoie la liste de tes commandes au serveur."),
                        Borrowed("Le serveur renvoie la réponse à l'appli, écrite en JSON."),
                        Borrowed("L'appli affiche tes commandes à l'écran."),
                    ]),
                    start: Borrowed(&[3, 5, 1, 4, 0, 2]),
                },
                explanation: Borrowed("Tout part de l'appli, qui envoie la requête au serveur. Le serveur vérifie d'abord qui demande : il ne montre tes commandes qu'à toi. Il interroge ensuite la base de données, attend sa réponse et la renvoie en JSON. L'appli n'a plus qu'à afficher la liste."),
                real_work: Borrowed("En back-end, tu écris le code des étapes du milieu, celles qui se passent sur le serveur. C'est lui qui répond aux requêtes d'API, gère les comptes et se connecte aux bases de données. Ce que l'appli affiche relève du front-end : tout ce que la personne voit et touche. Ton but : que la réponse arrive vite et que les données restent protégées."),
                section: Borrowed("resume"),
                dimensions: Borrowed(&[Borrowed("coulisses"), Borrowed("construire")]),
            },
            Activity {
                id: Borrowed("reperer-manque"),
                title: Borrowed("Repérer ce qui manque"),
                minutes: 5,
                setting: Borrowed("Dans l'appli d'une boutique, l'écran « Ma commande » se remplit avec la réponse d'une API, écrite en JSON. Voici cette réponse, et ce que l'écran doit afficher."),
                task: Borrowed("Trouve ce qui empêche l'écran d'afficher tout ce qu'il doit."),
                exercise: Exercise::SpotField {
                    response: Borrowed("{\n  \"numero\": 1047,\n  \"nom\": \"Léa Martin\",\n  \"articles\": 3,\n  \"total\": 42.50,\n  \"statut\": \"expédiée\"\n}"),
                    screen: Borrowed(&[
                        Borrowed("Commande n° 1047"),
                        Borrowed("Cliente : Léa Martin"),
                        Borrowed("3 articles"),
                        Borrowed("Total : 42,50 €"),
                        Borrowed("Livraison prévue le 12 mars"),
                    ]),
                    choices: Borrowed(&[
                        Borrowed("Le total est faux : 42.50 au lieu de 42,50 €."),
                        Borrowed("Le champ « statut » est en trop."),
                        Borrowed("Il manque la date de livraison."),
                        Borrowed("Il manque le nom de la cliente."),
                    ]),
                    answer: 2,
                },
                explanation: Borrowed("Ce qui manque, c'est la date de livraison : l'écran l'annonce, mais aucun champ de la réponse ne la donne. Le total, lui, est juste : en JSON, un nombre s'écrit avec un point, et l'appli l'affiche à la française. Le champ « statut » ne gêne pas : l'appli ignore ce dont l'écran n'a pas besoin."),
                real_work: Borrowed("En back-end, tu crées les API qui envoient leurs données aux applis. Tu prépares chaque projet avec l'équipe front-end, pour que l'interface s'accorde bien avec le back-end. Ensemble, vous vérifiez que chaque partie du système échange bien avec les autres. Un petit oubli dans le code peut bloquer tout un service : tu testes donc ton code avec soin."),
                section: Borrowed("missions"),
                dimensions: Borrowed(&[Borrowed("donnees"), Borrowed("logique")]),
            },
            Activity {
                id: Borrowed("filtrer-tableau"),
                title: Borrowed("Filtrer un tableau"),
                minutes: 5,
                setting: Borrowed("Les commandes d'une boutique sont rangées dans la table « commandes » d'une base de données. Une collègue te demande une liste précise."),
                task: Borrowed("Règle les filtres pour garder seulement les commandes de plus de 50 €, passées à Lyon à partir du 5 mars."),
                exercise: Exercise::FilterRows(Table {
                    table: Borrowed("commandes"),
                    columns: Borrowed(&[
                        Column { name: Borrowed("numero"), label: Borrowed("N°"), numeric: true },
                        Column { name: Borrowed("date"), label: Borrowed("Date"), numeric: false },
                        Column {
                            name: Borrowed("montant"),
                            label: Borrowed("Montant (€)"),
                            numeric: true,
                        },
                        Column { name: Borrowed("ville"), label: Borrowed("Ville"), numeric: false },
                    ]),
                    rows: Borrowed(&[
                        Borrowed(&[
                            Borrowed("1041"),
                            Borrowed("2026-03-02"),
                            Borrowed("35.00"),
                            Borrowed("Lyon"),
                        ]),
                        Borrowed(&[
                            Borrowed("1042"),
                            Borrowed("2026-03-02"),
                            Borrowed("72.50"),
                            Borrowed("Lyon"),
                        ]),
                        Borrowed(&[
                            Borrowed("1043"),
                            Borrowed("2026-03-03"),
                            Borrowed("18.90"),
                            Borrowed("Marseille"),
                        ]),
                        Borrowed(&[
                            Borrowed("1044"),
                            Borrowed("2026-03-04"),
                            Borrowed("120.00"),
                            Borrowed("Lille"),
                        ]),
                        Borrowed(&[
                            Borrowed("1045"),
                            Borrowed("2026-03-05"),
                            Borrowed("64.00"),
                            Borrowed("Lyon"),
                        ]),
                        Borrowed(&[
                            Borrowed("1046"),
                            Borrowed("2026-03-05"),
                            Borrowed("50.00"),
                            Borrowed("Lyon"),
                        ]),
                        Borrowed(&[
                            Borrowed("1047"),
                            Borrowed("2026-03-06"),
                            Borrowed("42.50"),
                            Borrowed("Lyon"),
                        ]),
                        Borrowed(&[
                            Borrowed("1048"),
                            Borrowed("2026-03-07"),
                            Borrowed("89.90"),
                            Borrowed("Marseille"),
                        ]),
                        Borrowed(&[
                            Borrowed("1049"),
                            Borrowed("2026-03-08"),
                            Borrowed("55.00"),
                            Borrowed("Lyon"),
                        ]),
                        Borrowed(&[
                            Borrowed("1050"),
                            Borrowed("2026-03-09"),
                            Borrowed("230.00"),
                            Borrowed("Lyon"),
                        ]),
                    ]),
                    filters: Borrowed(&[
                        Filter {
                            column: 2,
                            label: Borrowed("Montant"),
                            options: Borrowed(&[
                                Condition {
                                    label: Borrowed("peu importe"),
                                    op: None,
                                    value: Borrowed(""),
                                },
                                Condition {
                                    label: Borrowed("moins de 50 €"),
                                    op: Some(Op::Lt),
                                    value: Borrowed("50"),
                                },
                                Condition {
                                    label: Borrowed("plus de 50 €"),
                                    op: Some(Op::Gt),
                                    value: Borrowed("50"),
                                },
                                Condition {
                                    label: Borrowed("plus de 100 €"),
                                    op: Some(Op::Gt),
                                    value: Borrowed("100"),
                                },
                            ]),
                        },
                        Filter {
                            column: 3,
                            label: Borrowed("Ville"),
                            options: Borrowed(&[
                                Condition {
                                    label: Borrowed("peu importe"),
                                    op: None,
                                    value: Borrowed(""),
                                },
                                Condition {
                                    label: Borrowed("Lyon"),
                                    op: Some(Op::Eq),
                                    value: Borrowed("Lyon"),
                                },
                                Condition {
                                    label: Borrowed("Lille"),
                                    op: Some(Op::Eq),
                                    value: Borrowed("Lille"),
                                },
                                Condition {
                                    label: Borrowed("Marseille"),
                                    op: Some(Op::Eq),
                                    value: Borrowed("Marseille"),
                                },
                            ]),
                        },
                        Filter {
                            column: 1,
                            label: Borrowed("Date"),
                            options: Borrowed(&[
                                Condition {
                                    label: Borrowed("peu importe"),
                                    op: None,
                                    value: Borrowed(""),
                                },
                                Condition {
                                    label: Borrowed("avant le 5 mars"),
                                    op: Some(Op::Lt),
                                    value: Borrowed("2026-03-05"),
                                },
                                Condition {
                                    label: Borrowed("à partir du 5 mars"),
                                    op: Some(Op::Ge),
                                    value: Borrowed("2026-03-05"),
                                },
                            ]),
                        },
                    ]),
                    answer: Borrowed(&[2, 1, 2]),
                }),
                explanation: Borrowed("Trois commandes restent : 1045, 1049 et 1050. La 1042 fait bien plus de 50 € à Lyon, mais elle date du 2 mars. La 1046 coûte tout juste 50 €, et ce n'est pas « plus de 50 € ». Une ligne reste seulement si elle remplit toutes les conditions à la fois."),
                real_work: Borrowed("Tes filtres forment une vraie requête SQL. SQL fait partie des langages à connaître en back-end : il sert à interroger et à modifier les bases de données. Tu conçois aussi l'organisation de ces bases, rangées en tableaux reliés entre eux, pour traiter les informations efficacement."),
                section: Borrowed("competences-techniques"),
                dimensions: Borrowed(&[Borrowed("donnees"), Borrowed("logique")]),
            },
        ]),
    },
}
