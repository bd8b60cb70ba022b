/* Word lists of the large seed: names, streets, municipalities, notes. Plain data. */
// biome-ignore-all format: compact word lists

export const FIRST_NAMES = [
  'Marie', 'Sophie', 'Julie', 'Sarah', 'Laura', 'Emma', 'Léa', 'Chloé', 'Camille', 'Manon',
  'Nathalie', 'Isabelle', 'Sandrine', 'Céline', 'Valérie', 'Fatima', 'Aïcha', 'Khadija', 'Samira', 'Nadia',
  'Amina', 'Yasmine', 'Inès', 'Zoë', 'Éloïse', 'Anna', 'Katarzyna', 'Elif', 'Ayşe', 'Fien',
  'Lotte', 'Els', 'An', 'Griet', 'Hanne', 'Lisa', 'Nora', 'Mariam', 'Grace', 'Fatou',
  'Jean', 'Pierre', 'Marc', 'Luc', 'Michel', 'Philippe', 'Thomas', 'Nicolas', 'Julien', 'Kevin',
  'Mohamed', 'Ahmed', 'Youssef', 'Karim', 'Mehdi', 'Omar', 'Ali', 'Hassan', 'Bilal', 'Rachid',
  'Noé', 'Lucas', 'Louis', 'Hugo', 'Arthur', 'Jules', 'Adam', 'Nathan', 'Liam', 'Théo',
  'Piotr', 'Tomasz', 'Mehmet', 'Emre', 'Murat', 'Jan', 'Pieter', 'Koen', 'Bart', 'Wim',
  'Dirk', 'Geert', 'Stijn', 'Jonas', 'Ibrahima', 'Moussa', 'Samuel', 'David', 'Daniel', 'François',
];

/** Surnames; the seed picks them with a skew (the first ones are more frequent), as in a real population. */
export const LAST_NAMES = [
  'Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet',
  'Dubois', 'Lambert', 'Dupont', 'Martin', 'Simon', 'Laurent', 'Leroy', 'Lejeune', 'Renard', 'Lefèvre',
  'Benali', 'El Amrani', 'El Idrissi', 'Bouzid', 'Haddad', 'Benjelloun', 'Ouali', 'Aziz', 'Khalil', 'Mansouri',
  'Nowak', 'Kowalski', 'Wiśniewski', 'Kaya', 'Yılmaz', 'Demir', 'Şahin', 'Çelik', 'Diallo', 'Traoré',
  'Hermans', 'Vermeulen', 'Van Damme', 'Michiels', 'Desmet', 'De Clercq', 'Dumont', 'Lemaire', 'Moreau', 'Gérard',
  'Mathieu', 'Fontaine', 'Denis', 'Collard', 'François', 'Henry', 'Delvaux', 'Piron', 'Bertrand', 'Fernandez',
  'Garcia', 'Rodriguez', 'Lopez', 'Rossi', 'Russo', 'Esposito', 'Silva', 'Santos', 'Pereira', 'Costa',
  'Van den Broeck', 'Van de Velde', 'Verhoeven', 'Smets', 'Aerts', 'Stevens', 'Pauwels', 'Verstraete', 'Coppens', 'Hendrickx',
  'Devos', 'Declercq', 'Leclercq', 'Baert', 'Cools', 'Segers', 'Lenaerts', 'Geerts', 'Sels', 'Bogaerts',
  'Mahieu', 'Noël', 'Lacroix', 'Marchal', 'Thiry', 'Wauters', 'Hubert', 'Jacquet', 'Remy', 'Masson',
  "D'Hondt", "D'Haese", 'Van Acker', 'Wuyts', 'Thys', 'Vandenberghe', 'Deprez', 'Carlier', 'Gilson', 'Poncelet',
  'Mbala', 'Kabila', 'Tshibanda', 'Mukendi', 'Ilunga', 'Nguyen', 'Tran', 'Le', 'Pham', 'Popescu',
  'Ionescu', 'Dimitrov', 'Ivanov', 'Petrov', 'Hoxha', 'Krasniqi', 'Berisha', 'Gashi', 'Ahmadi', 'Hosseini',
  'Rahimi', 'Karimi', 'Haidari', 'Mohammadi', 'Abdi', 'Hassan', 'Ali', 'Omar', 'Yusuf', 'Ibrahim',
  'Schmitz', 'Müller', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Koch', 'Richter', 'Klein',
];

export const STREETS = [
  'Rue de la Loi', 'Rue Haute', 'Rue Blaes', 'Chaussée de Gand', 'Chaussée de Mons', 'Avenue de la Couronne',
  'Rue du Progrès', 'Boulevard Anspach', 'Rue des Tanneurs', 'Rue Neuve', 'Place Flagey', 'Rue de Brabant',
  'Chaussée de Louvain', 'Rue Royale', 'Avenue Louise', 'Rue de la Station', 'Rue du Moulin', 'Rue de l’Église',
  'Kerkstraat', 'Stationsstraat', 'Dorpstraat', 'Molenstraat', 'Nieuwstraat', 'Schoolstraat', 'Hoogstraat',
  'Rue Saint-Léonard', 'Rue de Herve', 'Quai de la Boverie', 'Rue Gretry', 'Boulevard Tirou', 'Rue de Marcinelle',
  'Rue du Parc', 'Rue des Carmes', 'Avenue Jean Jaurès', 'Rue Émile Vandervelde', 'Rue Pierre Curie',
  'Rue des Mineurs', 'Rue de la Paix', 'Rue Wiertz', 'Rue Charles Magnette',
];

export const MUNICIPALITIES: { name: string; postalCode: string }[] = [
  { name: 'Bruxelles', postalCode: '1000' }, { name: 'Schaerbeek', postalCode: '1030' },
  { name: 'Anderlecht', postalCode: '1070' }, { name: 'Molenbeek-Saint-Jean', postalCode: '1080' },
  { name: 'Saint-Gilles', postalCode: '1060' }, { name: 'Forest', postalCode: '1190' },
  { name: 'Ixelles', postalCode: '1050' }, { name: 'Etterbeek', postalCode: '1040' },
  { name: 'Liège', postalCode: '4000' }, { name: 'Seraing', postalCode: '4100' }, { name: 'Herstal', postalCode: '4040' },
  { name: 'Charleroi', postalCode: '6000' }, { name: 'Marchienne-au-Pont', postalCode: '6030' },
  { name: 'Châtelet', postalCode: '6200' }, { name: 'Mons', postalCode: '7000' }, { name: 'La Louvière', postalCode: '7100' },
  { name: 'Namur', postalCode: '5000' }, { name: 'Verviers', postalCode: '4800' }, { name: 'Tournai', postalCode: '7500' },
  { name: 'Antwerpen', postalCode: '2000' }, { name: 'Borgerhout', postalCode: '2140' }, { name: 'Gent', postalCode: '9000' },
  { name: 'Ledeberg', postalCode: '9050' }, { name: 'Mechelen', postalCode: '2800' }, { name: 'Leuven', postalCode: '3000' },
  { name: 'Hasselt', postalCode: '3500' }, { name: 'Genk', postalCode: '3600' }, { name: 'Oostende', postalCode: '8400' },
  { name: 'Brugge', postalCode: '8000' }, { name: 'Kortrijk', postalCode: '8500' }, { name: 'Aalst', postalCode: '9300' },
  { name: 'Sint-Niklaas', postalCode: '9100' }, { name: 'Heerlen', postalCode: '6411' }, { name: 'Kerkrade', postalCode: '6461' },
  { name: 'Maastricht', postalCode: '6211' }, { name: 'Sittard', postalCode: '6131' }, { name: 'Lille', postalCode: '59000' },
  { name: 'Roubaix', postalCode: '59100' }, { name: 'Tourcoing', postalCode: '59200' }, { name: 'Valenciennes', postalCode: '59300' },
  { name: 'Maubeuge', postalCode: '59600' }, { name: 'Dunkerque', postalCode: '59140' }, { name: 'Arras', postalCode: '62000' },
  { name: 'Lens', postalCode: '62300' }, { name: 'Amiens', postalCode: '80000' }, { name: 'Reims', postalCode: '51100' },
  { name: 'Metz', postalCode: '57000' }, { name: 'Nancy', postalCode: '54000' }, { name: 'Strasbourg', postalCode: '67000' },
  { name: 'Mulhouse', postalCode: '68100' }, { name: 'Lyon', postalCode: '69001' }, { name: 'Villeurbanne', postalCode: '69100' },
  { name: 'Vénissieux', postalCode: '69200' }, { name: 'Saint-Étienne', postalCode: '42000' }, { name: 'Grenoble', postalCode: '38000' },
  { name: 'Marseille', postalCode: '13001' }, { name: 'Toulouse', postalCode: '31000' }, { name: 'Bordeaux', postalCode: '33000' },
  { name: 'Nantes', postalCode: '44000' }, { name: 'Rennes', postalCode: '35000' },
];

export const REFERRERS = [
  'CPAS — service social général', 'Service de médiation de dettes', 'Société de logement social', 'École communale',
  'Maison médicale', 'Centre de santé mentale', 'Police — service d’assistance aux victimes', 'SAJ — aide à la jeunesse',
  'Huisarts', 'Wijkteam', 'Schuldhulpverlening', 'Woningcorporatie', 'Antenne sociale de quartier', 'Hôpital — service social',
];

export const REFERRAL_REASONS = [
  'Arriérés de loyer, menace d’expulsion, plusieurs créanciers',
  'Famille monoparentale, dettes et décrochage scolaire des enfants',
  'Perte d’emploi, droits sociaux incomplets, isolement',
  'Logement insalubre, problèmes de santé, démarches bloquées',
  'Sortie d’hospitalisation sans solution de logement',
  'Violences intrafamiliales signalées, besoin d’un accompagnement global',
  'Addiction, dettes, contacts rompus avec les services',
  'Primo-arrivants, titre de séjour en cours, pas de revenus stables',
];

export const CONTACT_NOTES = [
  'Visite à domicile : point sur le budget du mois, deux factures d’énergie en retard, plan d’apurement à proposer.',
  'Appel : rendez-vous au CPAS confirmé, la personne viendra avec ses extraits de compte.',
  'Accompagnement au service logement ; dossier complété, attestation de revenus manquante.',
  'Entretien au bureau : la situation scolaire des enfants s’améliore, la mère reprend confiance.',
  'Contact avec le médiateur de dettes ; les créanciers acceptent de suspendre les poursuites un mois.',
  'Pas joignable ce jour, message laissé. Nouvelle tentative prévue en fin de semaine.',
  'Visite : logement humide, photos prises pour la demande de relogement. Le propriétaire est informé.',
  'Réunion avec l’école et le CLB : plan d’accompagnement des deux aînés, suivi dans un mois.',
  'Huisbezoek: administratie geordend, aanvraag toeslagen verstuurd, volgende week samen naar de bank.',
  'Telefonisch contact: afspraak bij de schuldhulpverlening bevestigd.',
  'Outreach dans le quartier, la personne accepte un premier rendez-vous.',
  'Point avec le partenaire santé mentale : prise en charge démarrée, fréquence hebdomadaire.',
  'Démarches en ligne faites ensemble (allocations familiales, mutuelle).',
  'Entretien tripartite avec le propriétaire : accord sur un échéancier de six mois.',
  'Bilan des objectifs du plan ; deux sur trois atteints, le troisième est reporté.',
  'Accompagnement au tribunal de la jeunesse, audience reportée.',
];

export const BREAKTHROUGH_TITLES = [
  'Relogement dans un logement social adapté',
  'Suspension de l’expulsion le temps du plan',
  'Accélération du dossier d’allocations',
  'Fournitures scolaires pour la rentrée',
  'Abonnement de transport pour les rendez-vous médicaux',
  'Règlement collectif de dettes accepté',
  'Accès à un suivi en santé mentale sans liste d’attente',
  'Adresse de référence obtenue',
  'Prise en charge des arriérés d’énergie',
  'Place en crèche pour reprendre une formation',
];

export const DEADLOCKS = [
  { kind: 'rule', description: 'Pas de médiation de dettes sans suivi en santé mentale, et inversement' },
  { kind: 'waiting_list', description: 'Liste d’attente de 18 mois pour un logement social adapté' },
  { kind: 'debt', description: 'Les créanciers bloquent toute aide tant que les arriérés ne sont pas réglés' },
  { kind: 'other', description: 'Aucun service ne se sent responsable de la situation globale' },
];
