// Generated from data/ by src/model/embedded/tests.rs: do not edit.
// After changing the data: UPDATE_EMBEDDED=1 cargo test --lib embedded
Glossary {
    entries: Borrowed(&[
        Entry {
            id: Borrowed("api"),
            term: Borrowed("API"),
            aliases: Borrowed(&[
                Borrowed("API RESTful"),
                Borrowed("API"),
                Borrowed("API REST"),
            ]),
            definition: Borrowed("Une porte d'entrée qu'un programme ouvre à d'autres programmes : elle dit quelles questions on peut lui poser et sous quelle forme il répond. Une API REST (ou RESTful) passe par les mêmes adresses web que les pages."),
            example: Borrowed("L'appli météo de ton téléphone interroge l'API d'un service météo pour afficher la température."),
        },
        Entry {
            id: Borrowed("back-end"),
            term: Borrowed("Back-end"),
            aliases: Borrowed(&[
                Borrowed("back-end"),
                Borrowed("backend"),
                Borrowed("back office"),
            ]),
            definition: Borrowed("La partie d'un site ou d'une appli qu'on ne voit pas : les programmes qui tournent sur les serveurs, enregistrent les données et calculent les réponses."),
            example: Borrowed("Quand tu te connectes, c'est le back-end qui vérifie ton mot de passe."),
        },
        Entry {
            id: Borrowed("front-end"),
            term: Borrowed("Front-end"),
            aliases: Borrowed(&[
                Borrowed("front-end"),
                Borrowed("frontend"),
            ]),
            definition: Borrowed("La partie visible d'un site ou d'une appli : les pages, les boutons, les menus, tout ce qui s'affiche sur ton écran."),
            example: Borrowed("La couleur d'un bouton et ce qui se passe quand tu cliques dessus relèvent du front-end."),
        },
        Entry {
            id: Borrowed("full-stack"),
            term: Borrowed("Full stack"),
            aliases: Borrowed(&[
                Borrowed("full stack"),
                Borrowed("full-stack"),
            ]),
            definition: Borrowed("Se dit d'un·e développeur·se qui travaille à la fois sur le front-end et sur le back-end."),
            example: Borrowed("Dans une petite entreprise, une seule personne full stack peut construire tout un site."),
        },
        Entry {
            id: Borrowed("serveur"),
            term: Borrowed("Serveur"),
            aliases: Borrowed(&[
                Borrowed("serveurs"),
                Borrowed("serveur"),
                Borrowed("côté serveur"),
            ]),
            definition: Borrowed("Un ordinateur, souvent dans un centre de données, qui reste allumé en permanence pour répondre aux demandes envoyées par Internet."),
            example: Borrowed("Les photos que tu publies sur un réseau social sont stockées sur des serveurs."),
        },
        Entry {
            id: Borrowed("base-de-donnees"),
            term: Borrowed("Base de données"),
            aliases: Borrowed(&[
                Borrowed("bases de données"),
                Borrowed("base de données"),
            ]),
            definition: Borrowed("Un logiciel qui range des informations de façon organisée pour les retrouver très vite, même quand il y en a des millions."),
            example: Borrowed("Un site de vente garde ses produits, ses client·es et ses commandes dans une base de données."),
        },
        Entry {
            id: Borrowed("sql"),
            term: Borrowed("SQL et NoSQL"),
            aliases: Borrowed(&[
                Borrowed("NoSQL"),
                Borrowed("SQL"),
                Borrowed("MySQL"),
                Borrowed("MongoDB"),
            ]),
            definition: Borrowed("SQL est un langage pour interroger les bases de données rangées en tableaux (comme MySQL). NoSQL désigne les bases rangées autrement, par exemple en fiches souples (comme MongoDB)."),
            example: Borrowed("Une requête SQL peut demander : « les commandes de plus de 50 € passées hier »."),
        },
        Entry {
            id: Borrowed("cloud"),
            term: Borrowed("Cloud"),
            aliases: Borrowed(&[
                Borrowed("cloud computing"),
                Borrowed("cloud"),
            ]),
            definition: Borrowed("Louer à distance des serveurs, du stockage ou des services chez un grand fournisseur au lieu d'acheter ses propres machines."),
            example: Borrowed("Une start-up peut faire tourner toute son appli dans le cloud sans posséder un seul serveur."),
        },
        Entry {
            id: Borrowed("microservices"),
            term: Borrowed("Microservices"),
            aliases: Borrowed(&[
                Borrowed("microservices"),
                Borrowed("microservice"),
            ]),
            definition: Borrowed("Une façon d'organiser une grosse application en plusieurs petits programmes indépendants qui se parlent par des API."),
            example: Borrowed("Un site de vente peut avoir un microservice pour le paiement et un autre pour les livraisons."),
        },
        Entry {
            id: Borrowed("devops"),
            term: Borrowed("DevOps"),
            aliases: Borrowed(&[
                Borrowed("DevOps"),
            ]),
            definition: Borrowed("Une manière de travailler qui rapproche celles et ceux qui écrivent le code de celles et ceux qui le mettent en ligne, avec beaucoup d'automatisation."),
            example: Borrowed("Avec DevOps, une correction peut être testée et mise en ligne automatiquement en quelques minutes."),
        },
        Entry {
            id: Borrowed("serverless"),
            term: Borrowed("Serverless"),
            aliases: Borrowed(&[
                Borrowed("serverless"),
            ]),
            definition: Borrowed("Littéralement « sans serveur » : le code tourne chez un fournisseur de cloud qui s'occupe entièrement des serveurs, et on paie à l'usage."),
            example: Borrowed("Une fonction serverless peut redimensionner une photo à chaque envoi, sans serveur à gérer."),
        },
        Entry {
            id: Borrowed("framework"),
            term: Borrowed("Framework"),
            aliases: Borrowed(&[
                Borrowed("frameworks"),
                Borrowed("framework"),
            ]),
            definition: Borrowed("Une boîte à outils de code prête à l'emploi qui évite de tout réécrire et impose une façon d'organiser son projet."),
            example: Borrowed("Symfony est un framework pour construire des sites en PHP."),
        },
        Entry {
            id: Borrowed("open-source"),
            term: Borrowed("Open source"),
            aliases: Borrowed(&[
                Borrowed("open source"),
                Borrowed("open-source"),
            ]),
            definition: Borrowed("Un logiciel dont le code est public : tout le monde peut le lire, l'utiliser et proposer des améliorations."),
            example: Borrowed("Contribuer à un projet open source, même par une petite correction, se voit sur un CV."),
        },
        Entry {
            id: Borrowed("cms"),
            term: Borrowed("CMS"),
            aliases: Borrowed(&[
                Borrowed("CMS"),
            ]),
            definition: Borrowed("Un logiciel qui permet de créer et de modifier un site sans programmer, par exemple WordPress ou Joomla."),
            example: Borrowed("Un club de sport peut tenir son site à jour avec un CMS."),
        },
        Entry {
            id: Borrowed("tjm"),
            term: Borrowed("TJM"),
            aliases: Borrowed(&[
                Borrowed("TJM"),
            ]),
            definition: Borrowed("Le taux journalier moyen : le prix qu'un·e freelance demande pour une journée de travail."),
            example: Borrowed("Un TJM couvre aussi les congés, les jours sans mission et les cotisations."),
        },
        Entry {
            id: Borrowed("freelance"),
            term: Borrowed("Freelance"),
            aliases: Borrowed(&[
                Borrowed("freelances"),
                Borrowed("freelance"),
            ]),
            definition: Borrowed("Une personne qui travaille à son compte et vend des missions à des client·es, au lieu d'être salariée d'une entreprise."),
            example: Borrowed("Un·e développeur·se freelance peut enchaîner des missions de quelques mois dans différentes entreprises."),
        },
        Entry {
            id: Borrowed("bug"),
            term: Borrowed("Bug"),
            aliases: Borrowed(&[
                Borrowed("bugue"),
                Borrowed("bugs"),
                Borrowed("bug"),
            ]),
            definition: Borrowed("Une erreur dans un programme qui le fait mal fonctionner ou s'arrêter."),
            example: Borrowed("Un bug peut empêcher un bouton « Payer » de répondre."),
        },
        Entry {
            id: Borrowed("riasec"),
            term: Borrowed("RIASEC"),
            aliases: Borrowed(&[
                Borrowed("RIASEC"),
            ]),
            definition: Borrowed("Un modèle qui range les centres d'intérêt professionnels en six types : Réaliste, Investigateur, Artistique, Social, Entreprenant et Conventionnel."),
            example: Borrowed("Le code I-C-R veut dire : surtout Investigateur, puis Conventionnel, puis Réaliste."),
        },
        Entry {
            id: Borrowed("rome"),
            term: Borrowed("Code ROME"),
            aliases: Borrowed(&[
                Borrowed("ROME"),
            ]),
            definition: Borrowed("Le code d'un métier dans le répertoire de France Travail, qui sert à classer les offres d'emploi et les formations."),
            example: Borrowed("Les métiers du développement sont classés sous le code M1805."),
        },
    ]),
}
