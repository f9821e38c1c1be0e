// Who takes part and whom the AI decides about: managers in a pilot, use cases
// that decide about people (the high-risk areas of the EU AI Act, Annex III),
// decisions taken without a person, and the groups errors must be broken down by.
import { lexicon } from './lexicon';

/** A role that manages or sponsors the work rather than doing it. */
export const MANAGER_ROLE = lexicon('manager-role', {
  en: [
    { phrase: '(leads|manages|runs|heads) the … (team|unit|desk|department)', example: 'Coordinator (leads the intake team)' },
    { phrase: '(dean|deans|associate dean|associate deans|vice-chancellor|provost)', example: 'Associate Dean (Education)' },
    { phrase: '(chair|chairs|chairman|chairwoman|chairperson|board chair|chief conductor|music director|artistic director)', example: 'Board chair' },
    { phrase: '(asset manager|asset managers|asset owner|asset owners)', example: 'Asset manager, track' },
    { phrase: '(aml officer|bsa officer|mlro|money laundering reporting officer|data protection officer|nominated officer)', example: 'BSA/AML Officer' },
    { phrase: '(custody|police|chief|detective) (inspector|inspectors)', example: 'Custody inspector (PACE review officer)' },
    { phrase: '(coordinator|coordinators|co-ordinator|co-ordinators)', example: 'Shift coordinator' },
    { phrase: '(head|heads) of', example: 'Head of claims' },
    {
      phrase: '(director|directors|vp|svp|evp|vice president|vice-president|chief|ceo|coo|cfo|cto|cio|cdo|cmo|executive|executives|sponsor|sponsors|board member|steering committee|c-level)',
      example: 'Regional director',
    },
    {
      phrase: '(desk head|desk heads|section head|section heads|department head|department heads|head|heads|deputy|deputies|managing editor|editor-in-chief|chief editor)',
      example: 'Desk heads and a deputy managing editor',
    },
    {
      phrase: '(manager|managers|team lead|team leads|team leader|team leaders|supervisor|supervisors|superintendent|superintendents|foreman|forewoman|foremen|lead|leads)',
      example: 'Operations manager',
    },
  ],
  de: [
    { phrase: '(leitet|führt|leiten|führen) (das|die|den) (team|abteilung|referat|gruppe)', example: 'Koordinatorin (leitet das Team)' },
    { phrase: '(präsident|präsidentin|vizepräsident*|*leiterinnen|geschäftsleiter*)', example: 'Präsidentin, Geschäftsleiter, Leiterinnen der Serviceeinheiten' },
    { phrase: '(chefdirigent*|generalmusikdirektor*|intendant*|vorsitzende|vorsitzender|*vorsitzende|*vorsitzender)', example: 'Orchestervorstand (Vorsitzende)' },
    { phrase: '(geldwäschebeauftragte*|datenschutzbeauftragte*)', example: 'Geldwäschebeauftragter' },
    { phrase: '(koordinator|koordinatorin|koordinatoren|*koordinator|*koordinatorin)', example: 'Koordinatorin Gutachten' },
    { phrase: '(vorarbeiter*|polier*|schichtführer*|kolonnenführer*|assetmanager*|asset-manager*)', example: 'Vorarbeiter Besichtigung (je Schicht einer).' },
    { phrase: '(*leiter|*leiterin|*leitung|standortleiter*|verkaufsleiter*)', example: 'Verkaufsleiter Gebrauchtwagen.' },
    { phrase: '(*leiter|*leiterin|*leitung|*direktor|*direktorin|*chef|*chefin)', example: 'Teamleitung Zollabwicklung' },
    {
      phrase:
        '(leiter|leiterin|leitung|abteilungsleiter|abteilungsleiterin|bereichsleiter|bereichsleiterin|teamleiter|teamleiterin|gruppenleiter|gruppenleiterin|direktor|direktorin|geschäftsführer|geschäftsführerin|geschäftsführung|vorstand|vorständin|führungskraft|führungskräfte|prokurist|sponsor|chefarzt|chefärztin)',
      example: 'Teamleiterin Schadenbearbeitung',
    },
  ],
  fr: [
    { phrase: "(encadre|dirige|pilote|encadrent|dirigent) (l'équipe|le service|la cellule|le pôle)", example: "Coordinatrice (encadre l'équipe)" },
    { phrase: '(président|présidente|directeur musical|directrice musicale|chef principal)', example: 'Présidente du conseil' },
    {
      phrase: '(responsable conformité|responsable de la conformité|déclarant tracfin|délégué à la protection des données|déléguée à la protection des données)',
      example: 'Responsable conformité LCB-FT',
    },
    {
      phrase: "(principal de collège|principale de collège|inspecteur de l'éducation nationale|inspectrice de l'éducation nationale|chef de bureau|cheffe de bureau)",
      example: 'Principal de collège membre de la commission',
    },
    { phrase: '(coordinateur|coordinatrice|coordinateurs|coordinatrices)', example: 'Coordinatrice des expertises' },
    {
      phrase:
        "(responsable d'unité|responsable de l'unité|responsable de service|responsable du service|chef de service|cheffe de service|cadre|cadres|cadre d'astreinte|directeur|directrice|chef d'équipe|cheffe d'équipe|chef de projet|cheffe de projet)",
      example: 'Cheffe de service ASE.',
    },
    {
      phrase: '(directeur|directrice|directeurs|chef|cheffe|chefs|responsable|responsables|manager|managers|dirigeant|dirigeante|encadrant|encadrante|superviseur|superviseuse|sponsor|dg|drh|daf)',
      example: 'Responsable du service client',
    },
    { phrase: '(magistrat coordonnateur|magistrate coordonnatrice|juge coordonnateur|juge coordonnatrice|président de chambre|présidente de chambre)', example: 'Magistrat coordonnateur' },
  ],
  es: [
    { phrase: '(dirige|lidera|dirigen|lideran) (el|la) (equipo|servicio|unidad|departamento)', example: 'Coordinadora (dirige el equipo)' },
    { phrase: '(presidente|presidenta|director titular|directora titular)', example: 'Presidenta del patronato' },
    {
      phrase: '(responsable de cumplimiento|responsable de prevención del blanqueo|delegado de protección de datos|delegada de protección de datos)',
      example: 'Responsable de cumplimiento normativo',
    },
    {
      phrase: '(director|directora|directores|jefe|jefa|jefes|gerente|gerentes|responsable|responsables|supervisor|supervisora|mando|mandos|coordinador|coordinadora|patrocinador)',
      example: 'Jefa de siniestros',
    },
    { phrase: '(coordinador|coordinadora) de (los|las) (equipos|evo|unidades|centros|servicios)', example: 'Coordinador de los EVO' },
    { phrase: '(subdirector|subdirectora|subdirectores|director adjunto|directora adjunta)', example: 'Subdirectora adjunta' },
    {
      phrase: '(encargado|encargada|encargados|encargadas) (general|generales|de sección|de obra)',
      example: 'Encargado general de vivero',
    },
  ],
  nl: [
    { phrase: '(stuurt|sturen) … aan', example: 'Woo-coördinator (stuurt het Woo-team aan)' },
    { phrase: '(*manager|*managers)', example: 'Contractmanager aannemer' },
    { phrase: '(voorzitter|chef-dirigent|artistiek leider)', example: 'Voorzitter van het bestuur' },
    { phrase: '(functionaris gegevensbescherming|wwft-functionaris|compliance manager)', example: 'Wwft-functionaris' },
    { phrase: '(coördinator|coördinatoren|coordinator|coordinatoren|*coördinator|*coördinatoren|*coordinator)', example: 'Coördinator taxaties' },
    { phrase: '(ploegleider*|teamleider*|afdelingshoofd*|leidinggevende*|vestigingsmanager*|assetmanager*|asset manager*)', example: 'De drie ploegleiders van de grondstofontvangst.' },
    { phrase: '(directeur|directie|manager|managers|hoofd|teamleider|teamleiders|teamlead|leidinggevende|leidinggevenden|afdelingshoofd|sponsor|bestuurder)', example: 'Teamleider klantenservice' },
  ],
});

/**
 * Titles with "manager" or "lead" that name people who do the work
 * themselves: a case manager handles cases.
 */
export const WORKING_ROLE = lexicon('working-role', {
  en: [
    {
      phrase:
        '(who|that) (builds|build|writes|write|plans|plan|draws up|draw up|prepares|prepare|runs|run|places|place|books|book|enters|enter|keys|key|codes|code|processes|process|handles|handle|answers|answer) the (rota|rotas|roster|rosters|schedule|schedules|timetable|weekly plan|orders|order|weekly order|bookings|claims|tickets|calls|invoices|shifts)',
      example: 'Deputy manager / room lead who builds the rota',
    },
    {
      phrase:
        '(scheduling|care|patient|booking|intake|logistics|transport|discharge|referral|dispatch|service|order|shipping|theatre|surgery|admissions|recruitment|recruiting|hiring|onboarding|placement|placements|volunteer|audition|auditions) (coordinator|coordinators|co-ordinator|co-ordinators)',
      example: 'Scheduling coordinator',
    },
    {
      phrase:
        '(case|account|key account|relationship|care|property|claims case|inventory|stock|fleet|facility|facilities|category|product|client|customer success|service desk|incident|shift|ward|lead nurse|charge nurse|revenue|yield|pricing|channel) (manager|managers|lead|leads)',
      example: 'Case manager',
    },
    { phrase: '(account|sales|catalogue|catalog|merchandising|marketing|content|listing|listings|ecommerce|e-commerce|customer service) (executive|executives)', example: 'Account executive' },
    { phrase: 'lead (nurse|nurses|agent|agents|engineer|engineers|developer|developers|analyst|analysts|auditor|auditors|technician|technicians|adjuster|adjusters)', example: 'Lead adjuster' },
    {
      phrase:
        '(practising|practicing|working|hands-on) (vet|vets|veterinarian|veterinarians|gp|gps|doctor|doctors|clinician|clinicians|nurse|nurses|pharmacist|pharmacists|lawyer|lawyers|solicitor|solicitors|teacher|teachers|engineer|engineers)',
      example: 'Antimicrobial stewardship lead (practising vet)',
    },
    { phrase: '(rvn|rvns|vet nurse|vet nurses|veterinary nurse|veterinary nurses|registered veterinary nurse)', example: 'Head nurse / RVN responsible for the vaccine fridges' },
    { phrase: '(energy manager|energy managers|energy buyer|energy buyers)', example: 'Energy manager' },
  ],
  de: [
    {
      phrase:
        '((koordinator|koordinatorin|koordinatoren) (vermittlung|terminvergabe|disposition|einsatzplanung|ehrenamt|freiwillige|aufnahme|belegung)|ehrenamtskoordinator*|vermittlungskoordinator*|einsatzkoordinator*|belegungskoordinator*)',
      example: 'Koordinatorin Vermittlung',
    },
    {
      phrase:
        '(der|die|das) (den|die|das) (dienstplan|schichtplan|wochenplan|bestellung|bestellungen|tourenplan|einsatzplan|buchungen|rechnungen) (erstellt|erstellen|plant|planen|aufgibt|aufgeben|schreibt|bearbeitet|bearbeiten)',
      example: 'Filialleiterin, die den Dienstplan erstellt',
    },
    { phrase: '(fallmanager|fallmanagerin|case manager|key-account-manager|kundenbetreuer|disponent|disponentin|sachbearbeiter|sachbearbeiterin)', example: 'Fallmanagerin' },
    { phrase: '(pflegekoordinator*|terminkoordinator*|op-koordinator*|logistikkoordinator*|transportkoordinator*)', example: 'Terminkoordinatorin Ambulanz' },
    { phrase: '(praktizierend*|niedergelassen*) (tierarzt|tierärztin|tierärzte|arzt|ärztin|ärzte|apotheker*|anwalt|anwältin)', example: 'Antibiotika-Beauftragte (praktizierende Tierärztin)' },
    { phrase: '(im|in der) (leitstand|leitstelle|disposition)', example: 'Turnaround-Koordinator im Leitstand' },
    { phrase: '(energiemanager|energiemanagerin|energieeinkäufer*)', example: 'Energiemanagerin' },
  ],
  fr: [
    {
      phrase: "(coordinateur|coordinatrice|coordinateurs|coordinatrices) (des bénévoles|bénévoles|des placements|des admissions|de l'accueil|des mises en relation)",
      example: 'Coordinatrice des bénévoles',
    },
    {
      phrase:
        'qui (établit|établissent|prépare|préparent|construit|construisent|passe|passent|saisit|saisissent|rédige|rédigent) (le|la|les) (planning|plannings|commande|commandes|tableau de service|roulement|réservations)',
      example: 'Directrice de crèche qui établit le planning',
    },
    { phrase: '(coordinateur|coordinatrice|coordinateurs|coordinatrices) (de soins|de parcours|du planning|de planning|logistique|transport)', example: 'Coordinatrice de parcours' },
    { phrase: "(chargé|chargée|chargés|chargées) (de clientèle|d'affaires|de dossiers|de recouvrement)", example: 'Chargée de clientèle' },
    // In French retail the head of a department places its orders: the user of a replenishment tool.
    { phrase: '(chef|cheffe|chefs) de (rayon|secteur|quai)', example: 'Chef de rayon frais' },
    { phrase: '(vétérinaire|médecin|pharmacien|pharmacienne|avocat|avocate) (praticien|praticienne|en exercice|en activité)', example: 'Référent antibiotiques (vétérinaire praticien)' },
    { phrase: '(responsable|chargé|chargée|chargés) (du)? planning', example: 'Responsable planning cueillette' },
    { phrase: '(responsable|chargé|chargée) (logistique|de la logistique|des navettes|des transferts)', example: 'Responsable logistique dépôt' },
  ],
  es: [
    { phrase: '(coordinador|coordinadora|coordinadores|coordinadoras) (de voluntariado|de voluntarios|de admisiones|de colocaciones|de acogida)', example: 'Coordinadora de voluntariado' },
    {
      phrase: 'que (elabora|elaboran|prepara|preparan|hace|hacen|monta|montan|realiza|realizan|tramita|tramitan) (el|la|los|las) (cuadrante|cuadrantes|turnos|pedido|pedidos|planificación|reservas)',
      example: 'Encargada de tienda que hace los pedidos',
    },
    {
      phrase: '(operario|operaria|operarios|operarias|responsable de pedidos|responsables de pedidos|responsable de compras del centro)',
      example: 'Responsable de pedidos del centro (operario de lavado que tiene asignados los pedidos)',
    },
    { phrase: '(gestor|gestora|gestores) (de casos|de siniestros|de cuentas|comercial)', example: 'Gestora de siniestros' },
    { phrase: '(coordinador|coordinadora|coordinadores) (de citas|de cuidados|de planificación|de quirófano|logístico|logística|de transporte)', example: 'Coordinadora de citas' },
    {
      phrase: '(veterinario|veterinaria|médico|médica|farmacéutico|farmacéutica|abogado|abogada) (en ejercicio|en activo|asistencial|clínico|clínica)',
      example: 'Responsable de antibióticos (veterinaria en ejercicio)',
    },
    { phrase: '(gestor energético|gestora energética|responsable de compras de energía)', example: 'Gestor energético' },
    { phrase: '(responsable|encargado|encargada) de (logística|la logística|los traslados)', example: 'Responsable de logística del almacén' },
  ],
  nl: [
    {
      phrase: '((coördinator|coordinator|coördinatoren) (vrijwilligers|intake|plaatsing|bemiddeling)|vrijwilligerscoördinator*|plaatsingscoördinator*|intakecoördinator*|bemiddelingscoördinator*)',
      example: 'Coördinator vrijwilligers',
    },
    {
      phrase: 'die (het|de) (rooster|roosters|planning|bestelling|bestellingen|weekplanning|dienstrooster) (maakt|maken|opstelt|opstellen|plaatst|plaatsen|invoert|invoeren)',
      example: 'Vestigingsmanager die het rooster maakt',
    },
    { phrase: '(kok|koks|*kok|ontbijtchef*|kok ontbijtdienst)', example: 'Ontbijtchef / kok ontbijtdienst' },
    { phrase: '(zorgcoördinator*|planningscoördinator*|transportcoördinator*|logistiek coördinator*)', example: 'Zorgcoördinator' },
    { phrase: '(casemanager|casemanagers|accountmanager|accountmanagers|klantmanager)', example: 'Casemanager' },
    { phrase: '(praktiserend*|behandelend*) (dierenarts|dierenartsen|arts|artsen|apotheker|apothekers|advocaat|advocaten)', example: 'Antibioticacoördinator (praktiserend dierenarts)' },
    { phrase: '(energiemanager|energie-manager|energie-inkoper|energie-inkopers)', example: 'Energiemanager' },
  ],
});

/**
 * A role that sets policy, assures quality or advises, beside the work rather
 * than in it: a pilot of managers and such specialists has nobody whose work
 * changes (read only beside a manager, so a pilot of quality staff who do the
 * grading themselves is theirs).
 */
export const OVERSIGHT_ROLE = lexicon('oversight-role', {
  en: [
    { phrase: '(financial controller|group controller|business controller|controllers)', example: 'Group controller' },
    { phrase: '(curator|curators|senior curator|collections manager)', example: 'Curator of mammals' },
    { phrase: '((committee|board|exam board) (secretary|secretaries)|secretary (to|of) the (committee|board|exam board))', example: 'Secretary of the exam board' },
    { phrase: 'policy (adviser|advisor|advisers|advisors|officer|officers|lead|leads|analyst|analysts)', example: 'Senior policy adviser, housing benefit' },
    { phrase: 'principal (engineer|engineers|consultant|consultants|scientist|scientists)', example: 'Principal Engineer, condition assessment' },
    { phrase: 'quality (engineer|engineers|lead|leads|officer|officers|manager|managers|assurance lead)', example: 'Quality engineer, final assembly' },
    { phrase: '(area|senior|assistant) (coroner|coroners)', example: 'Area Coroner' },
    { phrase: 'reliability (engineer|engineers|lead|leads|analyst|analysts)', example: 'Reliability engineer, rolling stock' },
  ],
  de: [
    { phrase: '(kurator|kuratorin|kuratoren|kuratorinnen)', example: 'Kuratorin Säugetiere' },
    { phrase: '(schriftführer*)', example: 'Schriftführerin des Prüfungsausschusses' },
    { phrase: '(qualitätsingenieur*|qualitätsbeauftragte*|qualitätsmanager*|grundsatzreferent*|referent grundsatz*|referentin grundsatz*)', example: 'Qualitätsingenieur' },
    { phrase: '(zuverlässigkeitsingenieur*|reliability-ingenieur*)', example: 'Zuverlässigkeitsingenieurin Türsysteme' },
  ],
  fr: [
    { phrase: '(conservateur|conservatrice|conservateurs|conservatrices)', example: 'Conservatrice des collections' },
    { phrase: '(secrétaire) (du|de la) (commission|comité|jury|conseil)', example: "Secrétaire de la commission d'examen" },
    {
      phrase: '(responsable qualité|ingénieur qualité|ingénieure qualité|référent qualité|référente qualité|chargé de mission|chargée de mission|conseiller technique|conseillère technique)',
      example: 'Ingénieur qualité du site',
    },
    { phrase: '(ingénieur|ingénieure|ingénieurs|ingénieures) (fiabilité|de fiabilité|méthodes)', example: 'Ingénieur fiabilité' },
  ],
  es: [
    { phrase: '(conservador|conservadora|conservadores|conservadoras)', example: 'Conservadora de mamíferos' },
    { phrase: '(secretario|secretaria) (de la|del) (comisión|comité|tribunal|junta)', example: 'Secretaria de la comisión de evaluación' },
    {
      phrase: '(técnico de calidad|técnica de calidad|ingeniero de calidad|ingeniera de calidad|asesor técnico|asesora técnica|técnico de políticas|técnica de políticas)',
      example: 'Ingeniera de calidad de planta',
    },
    { phrase: '(ingeniero|ingeniera|ingenieros|ingenieras) de (fiabilidad|confiabilidad)', example: 'Ingeniera de fiabilidad del material rodante' },
  ],
  nl: [
    { phrase: '(concerncontroller*|*controller|controllers)', example: 'Concerncontroller' },
    { phrase: '(conservator|conservatoren|curator|curatoren)', example: 'Conservator zoogdieren' },
    { phrase: '((secretaris) (van de)? (examencommissie|commissie|raad)|secretaris examencommissie)', example: 'Secretaris examencommissie' },
    { phrase: '(kwaliteitsmedewerker*|kwaliteitsadviseur*|kwaliteitsfunctionaris*|beleidsmedewerker*|beleidsadviseur*)', example: 'Senior beleidsmedewerker kinderopvangtoeslag' },
    { phrase: '(betrouwbaarheidsingenieur*|reliability engineer*)', example: 'Betrouwbaarheidsingenieur rollend materieel' },
  ],
});

/** The use case decides about people: hiring, credit, insurance, care, benefits, education, policing. */
export const DECIDES_ABOUT_PEOPLE = lexicon('decides-about-people', {
  en: [
    {
      phrase: "((referral|referrals) (screening|triage) … (children's services|children's social care|mash)|(care home|nursing home) (places|admissions|waiting list|waiting lists))",
      example: "Front-door referral screening, Children's Services MASH.",
    },
    {
      phrase: "((child protection|safeguarding|children's social care) (referrals|referral|screening|triage|cases))",
      example: 'Child protection referral screening at the front door.',
    },
    {
      phrase: 'priority (of|for) (the)? (police|999|911|112) calls|(police|999|911|112) call (priority|prioritisation|prioritization|grading)',
      example: 'Proposed priority for police calls in the control room.',
    },
    {
      phrase: '(staff|nurse|nurses|nursing|care staff|carer|carers|employee|employees|worker|workers) (roster|rosters|rostering|rota|rotas|shift allocation|shift allocations)',
      example: 'Monthly nursing and care staff rosters for the care homes.',
    },
    {
      phrase: '(training voucher*|training grant*)',
      example: 'Training vouchers for unemployed people.',
    },
    { phrase: '(limit-increase|limit increase|limit increases|credit limit increase*|borrowing limit*)', example: 'Limit-increase decisions for repeat borrowers in the app.' },
    { phrase: '(first-year|student|students|undergraduate) (withdrawal|withdrawals|dropout|drop-out|attrition)', example: 'Early warning for first-year withdrawal.' },
    {
      phrase: '((dropout|drop-out|withdrawal) (early)? (risk|warning|warnings|prediction|predictions)|at-risk students|students at risk)',
      example: 'A university dropout early warning for first-year students.',
    },
    {
      phrase: '((home|household|contents|buildings|property|motor|car|travel|pet) (insurance )?claims|escape of water claims|water damage claims)',
      example: 'Triage of home insurance water damage claims.',
    },
    { phrase: '(prospective adopters|adopters|adoption (agency|matching|panel|placement|placements))', example: 'Matching prospective adopters to children waiting for a family.' },
    {
      phrase:
        '(discharge letter|discharge letters|discharge summary|discharge summaries|mental health|cmht|psychiatric|talking therapies|audition|auditions|audition rounds|scholarship|scholarships|bursary|bursaries)',
      example: 'Pre-screening of recorded audition rounds for string vacancies.',
    },
    {
      phrase: '((benefit|welfare|jobseeker|claimant) sanctions|sanctions on (claimants|jobseekers|benefit recipients)|(blood|lab|laboratory) test (requests|orders|ordering)|retesting intervals)',
      example: "A model screens blood test requests against the patient's retesting intervals.",
    },
    { phrase: '(proctoring|proctored exams|exam integrity|academic misconduct|exam cheating)', example: 'Flagging suspicious behaviour in online proctored exams.' },
    {
      phrase: '(fitness for work|fit for work|fitness-for-work|return-to-work|return to work|occupational health assessment*|legal aid)',
      example: 'Return-to-work recommendations for employees after long sick leave.',
    },
    { phrase: '(international protection|asylum seekers|asylum claims|asylum interviews|fall detection|fall alerts)', example: 'Summaries of asylum interviews for caseworkers.' },
    {
      phrase: '((applications|requests|eligibility) for (school transport|home-to-school transport|travel assistance)|(school transport|home-to-school transport) (eligibility|applications))',
      example: 'Pre-checking applications for home-to-school transport.',
    },
    { phrase: '(deferment|forbearance|hardship) (request|requests|application|applications|cases|decisions)', example: 'Triage of student-loan hardship deferment requests.' },
    {
      phrase:
        '(recall interval|recall intervals|check-up interval|check-up intervals|screening interval|screening intervals|discharge planning|discharge prediction|discharge predictions|discharge date|discharge dates)',
      example: 'Sets an individual recall interval for each patient.',
    },
    { phrase: '(jury (summons|service|duty|excusal|excusals|deferral|deferrals)|jurors|prospective jurors)', example: 'Triage of jury summons excusal requests.' },
    { phrase: '(passport|identity card|id card|visa|travel document) (applications|applicants|renewals|renewal|photo checks|photos|issuance)', example: 'Passport renewal photo compliance checks.' },
    {
      phrase: '(identifies|identify|identifying|flags|flag|flagging|selects|select|selecting|picks out|pick out) (the|which)? (patients|patient)',
      example: 'The model identifies the patients who need an early fitting appointment.',
    },
    { phrase: '(admission|intake|treatment) (requests|applications|referrals)', example: 'Prioritising admission requests for the detox unit.' },
    {
      phrase: '(microloan*|micro-loan*|microcredit*|microfinance loan*|homeless*|rough sleep*|night shelter|night shelters|hostel beds|shelter beds|shelter bed)',
      example: 'Allocating shelter beds to people sleeping rough.',
    },
    { phrase: '(adoption|adopter|would-be adopter|prospective adopter) (applications|applicants|requests|screening|matching)', example: 'Scoring adoption applications at the animal shelter.' },
    {
      phrase: '(repayment plan|repayment-plan|income-driven repayment|student loan|student loans|loan hardship|hardship repayment) (requests|applications|decisions|assessment|assessments|cases)',
      example: 'Assisted assessment of income-driven repayment plan requests.',
    },
    {
      phrase: '(appeals|appeal|objections|challenges) against (fines|penalty notices|penalty charge notices|parking tickets|penalty fares|benefit decisions|sanctions)',
      example: 'Assessing appeals against penalty fares issued by ticket inspectors.',
    },
    { phrase: '(crisis line|crisis callback*|callers in crisis|mental health crisis|foster carer*|fostering|foster care)', example: 'Prioritising callbacks for the mental health crisis line.' },
    { phrase: '(driving licence*|driving license*|fitness to drive|council tax reduction|council tax support)', example: 'Medical fitness reviews for driving licences.' },
    { phrase: '(prisoners|prisoner|inmates|prison work|prison labour|fee waiver|fee waivers)', example: 'Recommending work assignments for prisoners.' },
    { phrase: '(reservist|reservists|call-up|call-out order|conscription|taxpayers for audit|self-employed taxpayers|individual taxpayers)', example: 'Checks of reservist call-up paperwork.' },
    {
      phrase:
        '(visa appointment|visa appointments|visa applicants|visa requests|staff rosters|shift schedules for staff|employee schedules|tenancy deposit|deposit deductions|student dropout|dropout risk)',
      example: 'Triage of visa appointment requests into priority bands.',
    },
    { phrase: '(home care|home-care|domiciliary care|care visits|home visits for (elderly|older) clients)', example: 'Planning home care visits for elderly clients.' },
    { phrase: '(probation|parole|pre-sentence report|pre-sentence reports|risk of serious harm|offender management|sentencing)', example: 'Drafting pre-sentence reports for the probation service.' },
    {
      phrase: '(contraindication|contraindications|drug interactions|clinical screening of prescriptions|clinical check of prescriptions|clinical checks of prescriptions)',
      example: 'Flags interactions, dose errors and contraindications before the clinical check.',
    },
    { phrase: '(blood donor|blood donors|plasma donor|plasma donors|donor eligibility|donor deferral|donor deferrals)', example: 'Pre-screening of blood donor eligibility.' },
    { phrase: '(mortgage|remortgage|loan|credit card) (clients|customers|applicants|borrowers|cases)', example: 'Residential mortgage and remortgage clients.' },
    {
      phrase: '(affordability) (pre-assessment|pre-assessments|assessment|assessments|check|checks|calculation|calculations|figure|criteria)',
      example: 'Affordability pre-assessment for mortgage clients.',
    },
    {
      phrase: '(residence permit|residence permits|residence card|residence cards|work permit|work permits|immigration|naturalisation|naturalization|citizenship applications)',
      example: 'Completeness checks on residence permit renewals.',
    },
    {
      phrase: '(under-triage|over-triage|re-categorisation|re-categorization|ambulance dispatch|emergency medical dispatch|call categorisation|call categorization)',
      example: 'Flags calls at risk of under-triage.',
    },
    // A 911 call that reports a fire decides nothing about the caller: only the calls a service triages.
    {
      phrase:
        '((categoris*|re-categoris*|categoriz*|re-categoriz*|triag*|prioriti*) … (999|911|112|ambulance) (call|calls)|(999|911|112|ambulance) (call|calls) (triage|categorisation|categorization|prioritisation|prioritization))',
      example: 'Re-categorisation of waiting 999 calls.',
    },
    { phrase: '(childcare places|childcare place|nursery places|kindergarten places|school places|school admissions)', example: 'Allocating kindergarten places to families.' },
    { phrase: '(antimicrobial stewardship|antimicrobial|iv-to-oral|de-escalation of antibiotics)', example: 'Antimicrobial stewardship alerts for IV-to-oral switch.' },
    {
      phrase:
        '(school absence|pupil absence|truancy|pupils|debt collection|debt recovery|collections hardship|inpatients|antibiotic stewardship|antibiotic switch*|medication review*|dose adjustment*|referral triage|physiotherapy referrals|patient referrals|urgency category|timesheet*|pay deduction*|wage deduction*|docked pay|overtime pay)',
      example: 'Spot inpatients whose intravenous antibiotics could be switched.',
    },
    {
      phrase:
        '(hiring|recruiting|recruitment|candidate screening|screening candidates|screen candidates|cv screening|resume screening|résumé screening|job applicants|job applications|applicant ranking|shortlisting candidates|shortlist candidates|promotion decisions|performance ratings of employees)',
      example: 'Rank job applicants for the first interview.',
    },
    {
      phrase: '(ill-health|early retirement|disability|incapacity|invalidity) (applications|claims|retirement|benefit|benefits|pension|pensions)',
      example: 'Triage of ill-health early retirement applications.',
    },
    { phrase: '(tenant screening|tenant selection|screening tenants|rental applicants|rental applications|housing allocation|social housing)', example: 'Tenant screening for the mid-rent segment.' },
    {
      phrase:
        '(creditworthiness|credit scoring|credit score|consumer credit|personal credit|credit applications|credit applicants|loan applications|loan approval|loan decisions|lending decisions|mortgage applications|life underwriting|health underwriting|mortgage underwriting|personal underwriting)',
      example: 'Pre-score loan applications from small businesses.',
    },
    { phrase: '(home|motor|car|life|health|travel|household|contents|pet) insurance … (price|prices|pricing|premium|premiums|renewal|renewals)', example: 'Home insurance renewal prices.' },
    { phrase: '(price|prices|pricing|premium|premiums|renewal) … (home|motor|car|life|health|travel|household) insurance', example: 'Renewal price adjustment for home insurance.' },
    {
      phrase:
        '(insurance claims|insurance claim|claims assessment|claim decisions|claims decisions|claims settlement|claim settlement|claim approval|claims approval|premium pricing|risk-based pricing|insurance pricing)',
      example: 'Triage motor insurance claims.',
    },
    { phrase: '(motor claims|car insurance claims|windscreen claims|glass claims|comprehensive cover claims|collision claims)', example: 'Photo estimates for small motor claims.' },
    { phrase: '(triage|prioriti*|assess*|screen*|refer*|diagnos*) … (patient|patients)', example: 'Prioritise patients in the emergency department.' },
    { phrase: '(urgency|triage) … (gp|general practice|clinic|surgery|ward|patient messages|nurse line)', example: 'Urgency rating of messages to the GP practice.' },
    { phrase: '(patient|patients) (triage|prioriti*|diagnos*|treatment|care|risk|referral*|assessment*|screening)', example: 'Patient triage in the emergency department.' },
    {
      phrase:
        '(medical triage|clinical decision|clinical decisions|treatment decisions|treatment recommendations for (patients|oncology|cancer)|care plans|diagnosis of|diagnosing|radiology reports|emergency department triage)',
      example: 'Draft treatment recommendations for oncology.',
    },
    {
      phrase:
        '(welfare benefits|welfare claims|welfare payments|social welfare|welfare recipients|on welfare|social benefits|benefit claims|benefits claims|benefit applications|unemployment benefits|housing benefit|social security|eligibility for benefits|asylum|visa applications|migration)',
      example: 'Check eligibility for housing benefit.',
    },
    { phrase: '(marking exams|exam marking|essay scoring|student admissions|admissions decisions|student assessment|proctoring)', example: 'Essay scoring for the first-year module.' },
    { phrase: '(grading|pre-grading|marking) … (student*|pupil*|essay*|exam*|coursework|assignment*|scripts|papers|learners)', example: 'Pre-grading of student essays.' },
    { phrase: '(provisional|final|exam|essay|course|student|module) (grades|marks)', example: 'Provisional grades and feedback for first-year essays.' },
    // "suspects" alone is also French for suspicious ("résultats suspects"): only as the people police deal with.
    {
      phrase:
        '(policing|law enforcement|offenders|recidivism|criminal risk|criminal suspects|crime suspects|the suspects|of suspects|(identify|identifying|flag|flagging|rank|ranking|prioritise|prioritize|prioritising|prioritizing) suspects)',
      example: 'Flag repeat offenders for the probation service.',
    },
    {
      phrase:
        '(score|scores|scoring|rating|ratings|rates|evaluation|evaluations|assessment|assessments|ranking|monitoring) (of )?(each|every|the|our)? (employee|employees|agent|agents|worker|workers|driver|drivers|staff|adviser|advisers|advisor|advisors|operator|operators)',
      example: 'A weekly score of each driver from telematics.',
    },
    {
      phrase: "(employee|employees'|agent|agents'|driver|drivers'|staff|worker|workers') (performance|bonus|bonuses|pay|appraisal|appraisals|scoring|evaluation|ratings|discipline|dismissal)",
      example: 'Driver scoring feeds the monthly safety bonus.',
    },
    {
      phrase:
        '(risk rating|risk-rating|risk rate|risk classification|risk scoring|risk score|acceptance decision|acceptance decisions) … (client|clients|customer|customers|onboarding|kyc|applicant|applicants)',
      example: 'Risk rating of new clients at onboarding (KYC, source of wealth).',
    },
    { phrase: '(client|customer) (risk rating|risk ratings|acceptance decision|acceptance decisions)', example: 'Client risk rating at onboarding.' },
    {
      phrase: '(variable pay|performance pay|performance bonus|performance review|performance reviews|disciplinary|dismissal|dismissals|termination of employment)',
      example: "The quality score feeds the agents' variable pay.",
    },
    {
      phrase:
        '((loan|mortgage|overdraft|lending|borrowing) (application|applications|applicant|applicants|decision|decisions|limit|limits|approval|approvals|request|requests|assessment|assessments|offer|offers)|credit (application|applications|applicant|applicants))',
      example: 'The underwriter sees the suggested credit limit for the SME loan application.',
    },
    { phrase: '(creditworth*|credit-worth*|affordability (check|checks|assessment|assessments))', example: 'Affordability checks for personal loans.' },
    {
      phrase: '(policyholder|policyholders|insured person|insured persons|claimant|claimants|health insurance premium|health insurance premiums|insurance premium|insurance premiums)',
      example: 'Anything above 0.7 goes to the SIU for investigation of the policyholder.',
    },
    {
      phrase: '(triage level|triage category|triage categories|a&e triage|urgent care triage)',
      example: 'The model proposes the triage level for each patient in the emergency department.',
    },
    {
      phrase: '(grade|grades|mark|marks|score|scores|feedback) (for|to) (each|every)? (pupil|pupils|student|students|learner|learners|essay|essays|exam|exams|script|scripts)',
      example: 'The tool proposes a grade for each pupil.',
    },
    {
      phrase: '(waiting list|waitlist|admitted|admissions) … (applicant|applicants|student|students|programme|program|course|university|school|college)',
      example: "The model shortlists who is admitted to the master's programme.",
    },
    {
      phrase:
        '(benefit|benefits|welfare|allowance|minimum income|social assistance|housing support|disability support) (claim|claims|application|applications|decision|decisions|eligibility|entitlement|entitlements)',
      example: 'Triage of benefit claims at intake.',
    },
    {
      phrase:
        '(right to work|right-to-work|background check|background checks|pre-employment|vetting|credential check|credential checks|registration check|registration checks|work permit|work permits)',
      example: 'Right-to-work and registration checks for agency nurses.',
    },
    {
      phrase: '(rehabilitation|rehab) (applications|requests|claims|referrals)|applications for (medical)? (rehabilitation|rehab)',
      example: 'Pre-screening of rehabilitation applications at the health insurer.',
    },
    {
      phrase: '(prioritisation|prioritization|prioritising|prioritizing|prioritise|prioritize) (of)? (the)? (biopsies|biopsy cases|patients|patient referrals)',
      example: 'Prioritisation of biopsies in the pathology lab.',
    },
    {
      phrase: '(arrears (management|collections|customers)|payment arrangements? for (customers|borrowers)|mortgage arrears)',
      example: 'An assistant proposes payment arrangements for customers in mortgage arrears.',
    },
    { phrase: '(crime report|crime reports|online crime|crime recording|victims of crime|victim care)', example: 'Triage of online crime reports for the non-emergency desk.' },
    { phrase: '(rent arrears|eviction|evictions|possession proceedings|notice of seeking possession|nosp)', example: 'Rent arrears triage to prevent evictions.' },
    { phrase: '(jobseeker|jobseekers|job seekers|job-seekers)', example: 'A model matches refugee jobseekers to vacancies and proposes who is put forward to employers.' },
    { phrase: '(care home|nursing home|residential care) (admission|admissions|placement|placements|place|places)', example: 'Care home admission assessments for people with dementia.' },
    { phrase: '(chemotherapy|chemo) (prescriptions|prescription|orders)', example: 'Automated second check of chemotherapy prescriptions.' },
    {
      phrase: '(pension (estimate|estimates|entitlement|entitlements|award|awards)|early retirement (estimate|estimates|benefit|benefits))',
      example: 'Early retirement estimates for pension fund members.',
    },
  ],
  de: [
    { phrase: '(heimplatz*|heimplätze|pflegeplatzvergabe|warteliste für (pflegeplätze|heimplätze))', example: 'Priorisierung der Warteliste für Heimplätze.' },
    { phrase: '(kinderschutz*|kindeswohlgefährdung*|gefährdungsmeldung*)', example: 'Vorsortierung von Gefährdungsmeldungen im Kinderschutz.' },
    {
      phrase: '(risikoprüfung (in der|für die|der) (lebensversicherung|berufsunfähigkeitsversicherung)|risikozuschl*|antragsprüfung (in der|der) lebensversicherung)',
      example: 'Risikoprüfung in der Lebensversicherung mit Gesundheitsfragebogen.',
    },
    { phrase: '(priorität|einstufung|dringlichkeit) (von|der)? (notrufen|notrufe|110-anrufen|polizeinotrufen)', example: 'Vorschlag der Priorität von Polizeinotrufen.' },
    {
      phrase: '(dienstpläne|dienstplan|dienstplanung|schichtpläne|schichtplanung) (der|für die|für) (pflege*|mitarbeit*|beschäftigt*|pflegekräfte)',
      example: 'Monatliche Dienstpläne der Pflegekräfte in den Heimen.',
    },
    { phrase: '(bildungsgutschein*|weiterbildungsgutschein*)', example: 'Vergabe von Bildungsgutscheinen an Arbeitsuchende.' },
    { phrase: '(dispolimit*|dispositionsrahmen|limiterhöhung*)', example: 'Entscheidung über Limiterhöhungen für Bestandskunden in der App.' },
    { phrase: '(entlassbrief*|stipendi*|psychiatrisch*|psychotherapeutisch*|probespiel*)', example: 'Vorauswahl der Stipendienanträge der Frühjahrsrunde.' },
    {
      phrase: '(leistungsminderung*|leistungskürzung*|sanktionen gegen (leistungsbezieher*|bürgergeldbezieher*)|leistungsbezieher*|laboranforderung*)',
      example: 'Vorschläge für Leistungsminderungen bei Bürgergeldbeziehern.',
    },
    {
      phrase: '(prüfungsaufsicht|online-prüfungen|täuschungsversuch*|qualitätsbonus|gesprächsbewertung*|mitarbeiterbewertung*|leistungsbewertung*)',
      example: 'KI-gestützte Gesprächsbewertung im Kundenservice; das Ergebnis fließt in den Qualitätsbonus.',
    },
    {
      phrase:
        '(wiedereingliederung*|eignungsempfehlung*|eignungsbeurteilung*|arbeitsfähigkeit|betriebliches eingliederungsmanagement|bem-verfahren|bem-fälle|bem-fall|arbeitsmedizinische (eignung*|beurteilung*|untersuchung*)|prozesskostenhilfe|verfahrenskostenhilfe|beratungshilfe)',
      example: 'KI-gestützte Eignungsempfehlung und Stufenplan im BEM.',
    },
    { phrase: '(internationaler schutz|internationalen schutz|schutzstatus|sturzerkennung|sturzmeldung*|sturzalarm*)', example: 'Sturzerkennung mit Armbändern in den Wohngruppen.' },
    {
      phrase: '(anträge|antrag|anspruch|ansprüche) auf (beförderung|schülerbeförderung|fahrtkostenerstattung|schulwegbegleitung)',
      example: 'Ein Modell, das Anträge auf Beförderung zur Förderschule vorprüft.',
    },
    {
      phrase: '(recall-intervall*|recallintervall*|kontrollintervall*|untersuchungsintervall*|entlassplanung|entlassmanagement|entlassdatum*|entlassprognose*|stundungsantr*|stundungsanfrage*)',
      example: 'Prognose des Entlassdatums für die Bettenplanung.',
    },
    { phrase: '(schöffe*|geschworene*|schöffenamt|schöffenwahl)', example: 'Prüfung der Befreiungsanträge vom Schöffenamt.' },
    { phrase: '(reisepass*|personalausweis*|passantr*|ausweisantr*|visumantr*|visa-antr*|passbild*)', example: 'Prüfung der Passbilder für Reisepassanträge.' },
    {
      phrase: '(variable vergütung|variablen vergütung|leistungsprämie*|leistungsbeurteilung*|mitarbeiterbeurteilung*)',
      example: 'Die Scores fließen in die Zielvereinbarung (variable Vergütung) ein.',
    },
    {
      phrase: '(erkennt|erkennen|identifiziert|identifizieren|ermittelt|ermitteln|wählt|auswählen) (die|jene)? (patienten|patientinnen)',
      example: 'Das Modell identifiziert die Patienten, die einen frühen Termin brauchen.',
    },
    { phrase: '(aufnahmeanfrage*|aufnahmeantr*|behandlungsanfrage*|behandlungsanträge)', example: 'Priorisierung der Aufnahmeanfragen in der Suchtambulanz.' },
    { phrase: '(mikrokredit*|obdachlos*|wohnungslos*|notunterkunft*|notschlafstelle*)', example: 'Vergabe von Betten in der Notunterkunft für Obdachlose.' },
    { phrase: '(adoptionsanträge*|adoptionsanfragen|adoptionsbewerber*|adoptionsinteressent*)', example: 'Bewertung von Adoptionsanfragen im Tierheim.' },
    {
      phrase: '(erhöht* beförderungsentgelt*|schwarzfahr*|ratenzahlung* (für|von) (studierende|darlehensnehmer*|schuldner*)|bafög-rückzahlung*|studienkredit*)',
      example: 'Bearbeitung von Widersprüchen zum erhöhten Beförderungsentgelt.',
    },
    {
      phrase: '(widerspr*|einspr*) gegen (bußgeld*|bußgeldbescheide|strafzettel|verwarnungsgeld*|bescheide|leistungsbescheide|sanktionen|das erhöhte beförderungsentgelt)',
      example: 'Prüfung von Einsprüchen gegen Bußgeldbescheide.',
    },
    { phrase: '(pflegefamilie*|pflegeeltern|krisendienst*|krisentelefon*)', example: 'Prüfung der Unterlagen von Pflegeeltern.' },
    { phrase: '(fahreignung*|führerschein*|fahrerlaubnis*)', example: 'Begutachtung der Fahreignung für die Fahrerlaubnisbehörde.' },
    { phrase: '(stipendi*|weiterförderung|bafög|beitragsbefreiung*|beitragsermäßigung*|gefangene*|häftling*)', example: 'Prüfung der Weiterförderung von Stipendien.' },
    { phrase: '(steuerpflichtige*|selbständige*|selbstständige*|kindergeld*|familienkasse|reservist*|einberufung*)', example: 'Auswahl von Selbständigen für die Außenprüfung.' },
    {
      phrase: '(leistungsminderung*|leistungsberechtigte*|bürgergeld*|sgb ii|grundsicherung*|mietkaution*|kautionseinbehalt*|dienstpläne der beschäftigten|schichtpläne der mitarbeitenden)',
      example: 'Bescheide über Leistungsminderungen nach SGB II.',
    },
    { phrase: '(asyl*|geflüchtete*|schutzsuchende*)', example: 'Zuteilung von Sprachmittlern zu Asylanhörungen.' },
    {
      phrase: '(bewährungshilfe|bewährungs*|strafvollzug*|gerichtshilfe|häusliche pflege|ambulante pflege|ambulanten pflege|pflegeeinsätze|kontraindikation*|wechselwirkungen)',
      example: 'Berichte der Bewährungshilfe für das Gericht.',
    },
    {
      phrase: '(schwerbehindert*|grad der behinderung|eingliederungshilfe|pflegegrad*|erwerbsminderung*|baufinanzierungskunden|kreditnehmer*|tragfähigkeitsprüfung*|haushaltsrechnung*)',
      example: 'Einstufung des Pflegegrads nach dem Gutachten.',
    },
    { phrase: '(spendetauglichkeit|blutspende*|plasmaspende*|spenderfragebogen*|spendeärzt*)', example: 'Vorprüfung der Spendetauglichkeit anhand des Spenderfragebogens.' },
    { phrase: '(aufenthaltstitel*|aufenthaltserlaubnis*|ausländerbehörde*|einbürgerung*|asylantr*|asylverfahren*)', example: 'Vollständigkeitsprüfung von Anträgen auf Aufenthaltstitel.' },
    { phrase: '(rettungsdienst*|rettungsleitstelle*|notfallpatient*|notrufabfrage|rettungswagen)', example: 'Priorisierung von Notrufen in der Rettungsleitstelle.' },
    { phrase: '(kita-platz*|kitaplatz*|kita-plätze|platzvergabe|betreuungsplatz*|betreuungsplätze|kindergartenplatz*|kindergartenplätze)', example: 'Kita-Platzvergabe in der Stadt.' },
    { phrase: '(zufallsbefund*|kontrolluntersuchung*|radiologiebericht*|nachsorgetermin*)', example: 'Nachverfolgung von Zufallsbefunden in Radiologieberichten.' },
    {
      phrase: '(befund*|radiologie*|kontrolluntersuchung*|zufallsbefund*|nachsorge*) … (patient*|zuweiser*|frist*)',
      example: 'Fristen für Kontrolluntersuchungen nach Zufallsbefunden an die Zuweiser.',
    },
    {
      phrase:
        '(schulabsentismus|schulpflichtverletzung*|schulversäumnis*|inkasso|forderungsmanagement|schuldnerberatung|medikationsprüfung*|antibiotika*|stundenzettel*|arbeitszeitnachweis*|lohnkürzung*|lohnabzug*|abrechnungslauf|entgeltabrechnung|zuweisung* (von|der) patient*)',
      example: 'Auffällige Stundenzettel werden aus dem Abrechnungslauf genommen.',
    },
    {
      phrase: '(bewerber|bewerberinnen|bewerbungen|bewerbungsunterlagen|personalauswahl|einstellungsentscheidungen|lebensläufe|recruiting)',
      example: 'Vorauswahl von Bewerbungen für die Ausbildung.',
    },
    {
      phrase: '(kreditwürdigkeit|bonität|bonitätsprüfung|kreditentscheidung|kreditentscheidungen|kreditanträge|kreditanträgen|darlehensanträge|scoring von kunden)',
      example: 'Bonitätsprüfung für Ratenkredite.',
    },
    {
      phrase: '(schadenfälle|schadenmeldungen|schadenregulierung|leistungsfälle|versicherungsnehmer|versicherungsleistungen|leistungsprüfung|tarifierung)',
      example: 'Automatische Vorprüfung von Schadenmeldungen in der Kfz-Versicherung.',
    },
    {
      phrase: '(kasko|*kasko|kasko*|schadensregulierung|*schadenregulierung|*schadensregulierung)',
      example: 'Kfz-Kasko-Kleinschäden: KI-Fotokalkulation im Schadenzentrum.',
    },
    {
      phrase: '(triage|ersteinschätzung|priorisierung|diagnose|behandlung|einstufung) (von|der) (patienten|patientinnen|pflegebedürftigen)',
      example: 'Ersteinschätzung von Patienten in der Notaufnahme.',
    },
    { phrase: '(dringlichkeit*|triage*|ersteinschätzung*) … (hausarzt*|hausärzt*|patient*|notaufnahme|praxis)', example: 'Dringlichkeitseinstufung von Nachrichten an die Hausarztpraxis.' },
    {
      phrase: '(patientenpriorisierung|patiententriage|diagnosestellung|therapieempfehlung|therapieempfehlungen|klinische entscheidung|klinische entscheidungen|befundung)',
      example: 'Therapieempfehlungen für die Onkologie.',
    },
    { phrase: '(mieterauswahl|mieterselektion|wohnungsvergabe|mietinteressent*|erwerbsminderung*|berufsunfähigkeit*)', example: 'Vorauswahl von Mietinteressenten.' },
    { phrase: '(sozialleistung*|leistungsantr*|bürgergeld*|wohngeld*|arbeitslosengeld*|anspruchsprüfung*|asylantr*|sozialhilfe*|kindergeld*|elterngeld*)', example: 'Prüfung von Wohngeldanträgen.' },
    { phrase: '(benotung|bewertung von prüfungen|prüfungsarbeiten|zulassung von studierenden|schülerinnen|schüler)', example: 'Vorbewertung von Prüfungsarbeiten.' },
    // The police as a place a case is passed to ("Polizei-Weiterleitung") is not policing: only police work on people.
    {
      phrase: '(polizeiarbeit|polizeiliche (ermittlung*|gefahrenprognose*|fahndung)|strafverfolgung|verdächtige|straftäter|rückfallrisiko)',
      example: 'Priorisierung von Hinweisen für die polizeiliche Ermittlung.',
    },
    {
      phrase:
        '(bewertung|bewertungen|beurteilung|beurteilungen|scoring|einstufung|ranking|überwachung) (für|von|der|des|jedes|jeder|jeden|aller) (fahrer|fahrers|fahrerin|mitarbeiter|mitarbeiters|mitarbeitenden|beschäftigten|agenten|berater|beraterinnen)',
      example: 'Eine wöchentliche Bewertung jedes Fahrers.',
    },
    {
      phrase: '(für|von) (jeden|jede|jedes|alle|die|den) (fahrer|fahrerin|mitarbeiter|mitarbeitenden|beschäftigten|berater|beraterin) … (bewertung|bewertungen|beurteilung|score|note|einstufung)',
      example: 'Es erzeugt für jeden Fahrer eine wöchentliche Bewertung.',
    },
    { phrase: '(risikoeinstufung|risikobewertung|risikoklassifizierung|annahmeentscheidung*) … (kunden|kundin|kundenannahme|kyc|neukunden)', example: 'Risikoeinstufung bei der Kundenannahme (KYC).' },
    {
      phrase:
        '(leistungsbeurteilung*|leistungsbewertung*|mitarbeiterbewertung*|fahrerbewertung*|mitarbeiterbeurteilung*|leistungsprämie*|leistungslohn|abmahnung von mitarbeitenden|abmahnungen von mitarbeitenden|arbeitsrechtliche abmahnung*)',
      example: 'Die Fahrerbewertung fließt in die Leistungsprämie ein.',
    },
    {
      phrase: '(kreditantr*|kreditentscheid*|kreditvergabe|kreditlimit*|kreditwürdig*|ratenkredit*|privatkredit*|konsumentenkredit*|darlehensantr*|baufinanzierung*|bonität*|schufa)',
      example: 'Der Sachbearbeiter entscheidet dann über den Ratenkredit.',
    },
    {
      phrase: '(studiengang|*studiengang|studium|bewerber*|master*|bachelor*|hochschule|universität) … (zugelassen|zulassung|zulassungen|warteliste|studienplatz|studienplätze|studienplätzen)',
      example: 'Das Modell trifft eine Vorauswahl, wer zum Masterstudiengang zugelassen wird.',
    },
    {
      phrase: '(versicherte|versicherten|versicherter|versicherungsnehmer*|leistungsantr*|leistungsentscheid*|hilfsmittelantr*|hilfsmittelversorgung|kostenübernahme*)',
      example: 'Hilfsmittelanträge der Versicherten werden vorgeprüft.',
    },
    { phrase: '(ersteinschätzung|triagestufe|manchester-triage|manchester triage|dringlichkeitsstufe)', example: 'Das Modell schlägt in der Notaufnahme die Triagestufe vor.' },
    {
      phrase: '(note|noten|benotung|notenvorschlag|bewertung) (für|je) (jeden|jede|alle)? (schüler*|studierende*|prüfling*|klausur*|arbeit|aufsatz|aufsätze)',
      example: 'Das Tool schlägt eine Note für jeden Schüler vor.',
    },
    {
      phrase: '(bürgergeld|sozialhilfe|grundsicherung|wohngeld|kindergeld|elterngeld|arbeitslosengeld|sozialleistung*|arbeitserlaubnis|aufenthaltstitel|führungszeugnis)',
      example: 'Anträge auf Wohngeld werden vorsortiert.',
    },
    {
      phrase:
        '(reha-antr*|rehaantr*|rehabilitationsantr*|reha-bedürftigkeit|rehabedürftigkeit|anschlussrehabilitation|anschlussheilbehandlung*)|(anträge|anträgen|antrag) auf (medizinische|stationäre|ambulante)? (rehabilitation|reha|vorsorge)',
      example: 'Vorprüfung von Anträgen auf medizinische Rehabilitation.',
    },
    { phrase: '(priorisierung|priorisieren|priorisiert) (der|von)? (biopsien|patienten|patientinnen|gewebeproben)', example: 'Priorisierung der Biopsien in der Pathologie.' },
    { phrase: '(zahlungsrückst*|ratenvereinbarung*|zahlungsvereinbarung*|inkasso von (kunden|privatkunden))', example: 'Vorschläge für Ratenvereinbarungen bei Zahlungsrückständen von Privatkunden.' },
    {
      phrase: '(strafanzeige*|anzeigenaufnahme|kriminalitätsopfer|opferschutz|einzelunternehm*)',
      example: 'Priorisierung der Strafanzeigen aus der Online-Wache.',
    },
    { phrase: '(arbeitsuchende*|arbeitssuchende*|stellensuchende*)', example: 'Ein Modell schlägt Arbeitsuchenden passende Stellen vor.' },
    {
      phrase: '(heil- und kostenplan|heil- und kostenpläne|heil- und kostenplänen|behandlungspläne für (patienten|patientinnen))',
      example: 'Ein Modell entwirft den Heil- und Kostenplan aus Befund und Röntgenbild.',
    },
    { phrase: '(heimaufnahme*|pflegeheimplatz*|aufnahme ins pflegeheim|aufnahme in das pflegeheim|menschen mit demenz)', example: 'Aufnahmeprüfung für Menschen mit Demenz im Pflegeheim.' },
    { phrase: '(chemotherapie-verordnung*|chemotherapieverordnung*|zytostatika-verordnung*)', example: 'Zweitprüfung jeder Chemotherapie-Verordnung.' },
    {
      phrase: '(altersrente|rentenauskunft|rentenauskünfte|rentenbescheid*|erwerbsminderungsrente|versorgungsausgleich)',
      example: 'Automatisierte Hochrechnung vorgezogene Altersrente (Rentenauskunft mit Abschlägen).',
    },
  ],
  fr: [
    { phrase: "(places en ehpad|admission en ehpad|admissions en ehpad|liste d'attente … ehpad)", example: 'Priorisation des admissions en EHPAD.' },
    { phrase: "(protection de l'enfance|informations préoccupantes)", example: "Tri des informations préoccupantes en protection de l'enfance." },
    { phrase: "(souscription (en|d'assurance|des contrats)? (vie|prévoyance|emprunteur)|surprime*)", example: 'Souscription en prévoyance avec questionnaire médical.' },
    { phrase: 'priorité (des|aux) appels (au|du)? (17|police secours|112)', example: 'Proposition de priorité des appels au 17.' },
    {
      phrase: '(planning|plannings) (mensuel|mensuels|hebdomadaire|hebdomadaires)? (du personnel|des soignants|des salariés|des aides-soignantes|des infirmières)',
      example: 'Plannings mensuels des aides-soignantes dans les EHPAD.',
    },
    { phrase: '(chèque formation|chèques formation)', example: 'Attribution de chèques formation aux demandeurs d’emploi.' },
    {
      phrase: '(hausse de plafond|hausses de plafond|relèvement du plafond)',
      example: 'Décisions de hausse de plafond pour les emprunteurs réguliers.',
    },
    {
      phrase:
        "(lettre de liaison|lettres de liaison|sortie d'hospitalisation|courrier de sortie|courriers de sortie|bourses d'études|bourse d'études|boursiers|santé mentale|psychiatrie|auditions de musiciens)",
      example: "Rédaction assistée des lettres de liaison de sortie d'hospitalisation.",
    },
    {
      phrase: "(crédit d'impôt|avance immédiate|sanctions (des|aux) (demandeurs d'emploi|allocataires)|radiation des demandeurs d'emploi|demandes d'analyses biologiques)",
      example: "Ciblage des dossiers à risque de l'avance immédiate du crédit d'impôt.",
    },
    { phrase: '(télésurveillance des examens|examens surveillés à distance|fraude aux examens|soupçon de fraude)', example: 'Signalement des soupçons de fraude aux examens en ligne.' },
    {
      phrase: "(aptitude au poste|avis d'aptitude|inaptitude|reprise du travail|retour au travail|médecine du travail|aide juridictionnelle)",
      example: "Avis d'aptitude au poste après un arrêt long.",
    },
    {
      phrase: '(protection internationale|demandeurs de protection|détection de chute|détection des chutes|alertes de chute)',
      example: 'Résumés des entretiens de demande de protection internationale.',
    },
    { phrase: '(demandes|droit|droits) (de|au) transport (scolaire|adapté)', example: 'Instruction des demandes de transport scolaire adapté.' },
    {
      phrase: "(intervalle de rappel|intervalles de rappel|prévision des sorties|prédiction des sorties|date de sortie|planification des sorties|demandes de report d'échéance|report d'échéances)",
      example: 'Prédiction des sorties pour la gestion des lits.',
    },
    { phrase: "(jurés|juré|jurée|jurées|jury d'assises|jurys d'assises)", example: "Traitement des demandes de dispense des jurés d'assises." },
    {
      phrase: "(demandes de passeport|demandes de visa|carte d'identité|cartes d'identité|renouvellement de passeport|photos d'identité)",
      example: "Contrôle des photos d'identité pour les demandes de passeport.",
    },
    {
      phrase: '(identifie|identifier|repère|repérer|détecte|détecter|sélectionne|sélectionner|cible|cibler) les (patients|patientes)',
      example: "Le modèle identifie les patients qui ont besoin d'un rendez-vous rapide.",
    },
    { phrase: "(demandes d'admission|demandes de prise en charge|demandes d'entrée en (soins|traitement|cure))", example: "Priorisation des demandes d'admission au centre de soins." },
    { phrase: '(microcrédit*|sans-abri|sans abri|hébergement d.urgence|sdf|centre d.hébergement)', example: "Attribution des places en hébergement d'urgence pour les sans-abri." },
    { phrase: "(demandes d'adoption|candidatures à l'adoption|adoptants)", example: "Tri des demandes d'adoption au refuge." },
    {
      phrase: '(fraude dans les transports|voyageurs sans titre|remboursement de prêt étudiant|prêts étudiants|échéancier de remboursement)',
      example: 'Analyse des dossiers de voyageurs sans titre.',
    },
    {
      phrase: "(contestation*|recours|réclamation*) (contre|d'|de|des) (les|une|un)? (amende|amendes|procès-verbal|procès-verbaux|pv|sanction|sanctions|décision|décisions)",
      example: "Instruction des contestations d'amendes pour fraude dans les transports.",
    },
    { phrase: "(familles d'accueil|famille d'accueil|assistants familiaux|assistantes familiales|ligne de crise|affectation des élèves en collège)", example: "Agrément des familles d'accueil." },
    { phrase: '(permis de conduire|aptitude à la conduite|logements étudiants|logement étudiant)', example: "Avis d'aptitude à la conduite pour le permis de conduire." },
    { phrase: "(exonération de cotisation|exonérations de cotisation|familles modestes|détenus|bourses d'études|bourse d'études)", example: 'Exonération de cotisation pour les familles modestes.' },
    {
      phrase: '(déblocage anticipé|retrait anticipé|rachat anticipé|cas de force majeure|contribuables|travailleurs indépendants|réservistes|allocations familiales)',
      example: 'Demandes de déblocage anticipé pour cas de force majeure.',
    },
    {
      phrase:
        '(plannings des salariés|planning des salariés|plannings des employés|dépôt de garantie|retenues sur caution|décrochage des étudiants|risque de décrochage|rendez-vous visa|demandeurs de visa)',
      example: 'Propositions de retenues sur le dépôt de garantie des locataires.',
    },
    {
      phrase: '(spip|libération conditionnelle|aménagement de peine|aménagements de peine|soins à domicile|aide à domicile|ssiad|contre-indication|contre-indications|interactions médicamenteuses)',
      example: 'Rapports du SPIP sur les aménagements de peine.',
    },
    {
      phrase:
        "(allocation aux adultes handicapés|prestation de compensation|mdph|fin de droits|réexamen des droits|ouverture des droits|ouverture de droits|personnes handicapées|personnes en situation de handicap|don du sang|donneurs de sang|aptitude au don|capacité d'emprunt|taux d'endettement|emprunteurs)",
      example: "Courrier de réexamen de l'allocation aux adultes handicapés.",
    },
    {
      phrase: "(titre de séjour|titres de séjour|demande de séjour|demandes de séjour|droit au séjour|naturalisation|demandeurs d'asile)",
      example: 'Contrôle des demandes de renouvellement de titre de séjour.',
    },
    { phrase: "(appels au 15|appels d'urgence|régulation médicale|samu|centre 15)", example: 'Priorisation des appels au 15 en régulation médicale.' },
    { phrase: "(places en crèche|place en crèche|attribution des places|affectation des élèves|places d'accueil)", example: 'Attribution des places en crèche.' },
    { phrase: '(recrutement|candidats|candidatures|tri des cv|présélection des candidats|embauche)', example: 'Présélection des candidatures pour les postes en agence.' },
    { phrase: '(solvabilité|octroi de crédit|demandes de crédit|demandes de prêt|scoring crédit|score de crédit|souscription)', example: 'Pré-analyse des demandes de crédit à la consommation.' },
    {
      phrase: "(sinistres|déclarations de sinistre|assurés|tarification (des contrats|de l'assurance|auto|habitation|santé|prévoyance)|indemnisation des (assurés|sinistres|victimes))",
      example: 'Tri des déclarations de sinistre habitation.',
    },
    {
      phrase: '(absentéisme|absences scolaires|décrochage scolaire|recouvrement amiable|surendettement|kinésithérap*|orientation des patients)',
      example: "Courriers aux familles en cas d'absentéisme.",
    },
    { phrase: '(triage|priorisation|tri|orientation) des patients', example: 'Priorisation des patients aux urgences.' },
    {
      phrase:
        '(diagnostic médical|aide au diagnostic (médical|clinique|en radiologie|radiologique|des patients)|décision clinique|décisions cliniques|recommandations de traitement|plan de soins|plans de soins)',
      example: 'Aide au diagnostic en radiologie.',
    },
    { phrase: '(sélection des locataires|candidats locataires|attribution de logements|attribution des logements|invalidité)', example: 'Sélection des locataires du parc social.' },
    {
      phrase: "(prestations sociales|demandes d'allocation|demandes d'allocations|allocations (logement|familiales|chômage|sociales)|droits sociaux|demandes d'aide|aide sociale|demandes d'asile|rsa)",
      example: 'Instruction des demandes d’allocations logement.',
    },
    { phrase: '(notation des copies|correction des copies|admission des étudiants|évaluation des élèves|élèves)', example: 'Pré-correction des copies du baccalauréat.' },
    {
      phrase: '(police prédictive|enquêtes de police|enquête de police|enquêtes policières|contrôles de police|les suspects|des suspects|aux suspects|personnes suspectées|mis en cause|récidive)',
      example: 'Aide à la priorisation des enquêtes de police.',
    },
    {
      phrase:
        '(évaluation|évaluations|notation|note|notes|score|scores|classement|surveillance) (qualité|de qualité)? (mensuelle|mensuel|individuelle|individuel|hebdomadaire|annuelle|annuel)? (de chaque|des|du|de la|de tous les) (conseiller|conseillers|conseillère|conseillères|salarié|salariés|agent|agents|collaborateur|collaborateurs|chauffeur|chauffeurs|employé|employés|télé-conseillers|téléconseillers)',
      example: 'La note qualité mensuelle de chaque conseiller.',
    },
    {
      phrase: "(notation du risque|classification du risque|cotation du risque|décision d'acceptation) … (client|clients|entrée en relation|l'entrée en relation|kyc)",
      example: "Notation du risque à l'entrée en relation (KYC).",
    },
    {
      phrase: '(évalués|évaluées|notés|notées|appréciés) par (conseiller|conseillère|agent|salarié|collaborateur|chauffeur)',
      example: 'Nous passons de 4 appels évalués par conseiller et par mois à 100 %.',
    },
    {
      phrase: '(prime variable|rémunération variable|part variable|entretien annuel|entretiens annuels|sanction disciplinaire|licenciement)',
      example: 'La note entre dans le calcul de la prime variable.',
    },
    {
      phrase: '(crédit|crédits|prêt|prêts) (immobilier|immobiliers|à la consommation|personnel|personnels|accordé|accordés|octroyé|octroyés)',
      example: 'Le modèle détermine si le dossier de crédit immobilier est accordé.',
    },
    {
      phrase: "((octroi|accord|refus) (du|de|d'un) prêt|(dossier|dossiers|demande|demandes) de prêt|solvabilité des (particuliers|emprunteurs|clients))",
      example: 'Le conseiller voit le score pour chaque demande de prêt.',
    },
    { phrase: '(assuré|assurés|assurée|assurées|allocataire|allocataires)', example: 'Un score de suspicion de fraude sera attribué à chaque assuré.' },
    { phrase: '(niveau de tri|tri des patients|régulation médicale)', example: 'Le modèle propose le niveau de tri du patient aux urgences.' },
    {
      phrase: '(note|notes|appréciation|appréciations) (pour|à|de) (chaque|chacun des|tous les)? (élève|élèves|étudiant|étudiants|candidat|candidats|copie|copies)',
      example: "L'outil propose une note et une appréciation pour chaque élève.",
    },
    {
      phrase: "(admission|admissions|admis|liste d'attente|parcoursup) … (candidat*|étudiant*|master|licence|formation|école|université)",
      example: 'Le modèle prépare la liste des candidats admis en master.',
    },
    {
      phrase:
        '(rsa|revenu de solidarité|aide sociale|prestations sociales|prestation sociale|allocation chômage|allocations chômage|allocation logement|allocations familiales|titre de séjour|autorisation de travail)',
      example: 'Les demandes de RSA sont pré-instruites.',
    },
    { phrase: '(demande|demandes) de (cure|cures|rééducation|réadaptation|soins de suite)', example: 'Pré-examen des demandes de réadaptation par la caisse.' },
    { phrase: '(priorisation|prioriser|priorise) (des)? (biopsies|patients|prélèvements)', example: "Priorisation des biopsies au laboratoire d'anatomopathologie." },
    {
      phrase: "(impayés (de|des) (clients|emprunteurs|particuliers)|plan d'apurement|plans d'apurement|échéancier de paiement|recouvrement amiable)",
      example: "Proposition de plans d'apurement pour les impayés des emprunteurs.",
    },
    { phrase: "(plaintes en ligne|pré-plainte*|dépôt de plainte|victimes d'infractions)", example: 'Tri des pré-plaintes en ligne pour le commissariat.' },
    { phrase: '(tribunal pour enfants|protection judiciaire de la jeunesse|mineurs délinquants|risque de récidive)', example: 'Évaluation du risque de récidive pour le tribunal pour enfants.' },
    { phrase: "(demandeurs d'emploi|demandeur d'emploi|demandeuses d'emploi)", example: "Un modèle propose des offres aux demandeurs d'emploi réfugiés." },
    { phrase: '(admission en ehpad|entrée en ehpad|admissions en ehpad|personnes atteintes de démence|personnes âgées dépendantes)', example: "Aide à la décision d'admission en EHPAD." },
    { phrase: '(prescription|prescriptions) de (chimiothérapie|chimiothérapies)', example: 'Un modèle relit chaque prescription de chimiothérapie avant la préparation.' },
    { phrase: '(pension de retraite|retraite anticipée|estimation de retraite|estimations de retraite|droits à la retraite)', example: 'Estimations de retraite anticipée pour les affiliés.' },
  ],
  es: [
    { phrase: '(plazas residenciales|plaza residencial|lista de espera de (plazas|residencias))', example: 'Priorización de la lista de espera de plazas residenciales.' },
    { phrase: '(protección (de menores|infantil|a la infancia))', example: 'Cribado de notificaciones de protección de menores.' },
    { phrase: '((suscripción|selección de riesgos) (de|en) (seguros de)? vida|sobreprima*)', example: 'Suscripción de seguros de vida con cuestionario médico.' },
    { phrase: '(llamadas|avisos) … (091|092|112)|propuesta de prioridad (en|de) (las)? llamadas', example: 'Resumen automático y propuesta de prioridad en llamadas a la sala del 091.' },
    { phrase: '(cuadrante|cuadrantes) (mensuales)? (de|del) (personal|gerocultor*|enfermer*|trabajador*|auxiliares)', example: 'Cuadrantes mensuales de gerocultoras y enfermería en residencias.' },
    {
      phrase: '(cheque formación|cheques formación|cheque de formación)',
      example: 'Preevaluación de solicitudes de cheque formación para personas desempleadas.',
    },
    {
      phrase: '(aumento de límite|aumentos de límite|aumento del límite)',
      example: 'Decisiones de aumento de límite para prestatarios recurrentes.',
    },
    { phrase: '(empleo juvenil|garantía juvenil|demandantes de empleo|jóvenes desempleados|orientación laboral)', example: 'Asignación de jóvenes a programas de empleo juvenil.' },
    {
      phrase:
        '((admisión|admisiones) (al|a la|en el|en la|de) (grado|máster|universidad|centro|programa|curso|colegio|escuela|carrera)|tribunal de admisión|lista provisional de admitidos|pruebas de admisión|entrevistas de admisión)',
      example: 'Entrevistas de admisión al grado de Enfermería.',
    },
    { phrase: '(informe de alta|informes de alta|beca|becas|salud mental|psiquiatría|audiciones)', example: 'Redacción asistida de los informes de alta hospitalaria.' },
    {
      phrase: '(perceptores de prestaciones|prestación por desempleo|prestaciones por desempleo|subsidio por desempleo|sanción a perceptores|sanciones a perceptores)',
      example: 'Propuestas de sanción a perceptores de prestaciones por incumplimientos.',
    },
    { phrase: '(exámenes en línea supervisados|supervisión de exámenes|fraude en exámenes|sospecha de fraude)', example: 'Detección de sospecha de fraude en exámenes en línea.' },
    {
      phrase: '(aptitud laboral|reincorporación laboral|vuelta al trabajo|medicina del trabajo|justicia gratuita|asistencia jurídica gratuita)',
      example: 'Propuesta de reincorporación laboral tras una baja larga.',
    },
    { phrase: '(protección internacional|solicitantes de protección|detección de caídas|alertas de caída)', example: 'Resúmenes de entrevistas de protección internacional.' },
    { phrase: '(solicitudes|derecho|derechos) (de|al) transporte (escolar|adaptado)', example: 'Revisión de las solicitudes de transporte escolar adaptado.' },
    {
      phrase:
        '(predicción de altas|predicción del alta|probabilidad de alta|fecha de alta|planificación del alta|intervalo de revisión|intervalos de revisión|solicitudes de aplazamiento|aplazamiento de cuotas)',
      example: 'Predicción de altas para la gestión de camas.',
    },
    { phrase: '(jurado popular|jurados populares|candidatos a jurado|miembros del jurado popular)', example: 'Excusas de los candidatos a jurado popular.' },
    {
      phrase: '(solicitudes de pasaporte|renovación del pasaporte|renovación de pasaporte|solicitudes de visado|documento nacional de identidad|dni|fotos de carné)',
      example: 'Revisión de las fotos para la renovación del pasaporte.',
    },
    { phrase: '(identifica|identificar|detecta|detectar|selecciona|seleccionar) (a)? (los|las) pacientes', example: 'El modelo identifica a los pacientes que necesitan una cita pronto.' },
    { phrase: '(solicitudes|peticiones) de (ingreso|admisión|tratamiento|plaza)', example: 'Priorización de solicitudes de ingreso en el centro.' },
    { phrase: '(microcrédito*|microcréditos|microfinanz*|microfinanciación)', example: 'Preevaluación de solicitudes de microcrédito en sucursales rurales.' },
    { phrase: '(solicitudes de adopción|solicitantes de adopción|adoptantes)', example: 'Valoración de solicitudes de adopción en la protectora.' },
    {
      phrase: '(viajeros sin billete|viajeros sin título|préstamos estudiantiles|préstamo estudiantil|plan de devolución|planes de devolución)',
      example: 'Revisión de expedientes de viajeros sin billete.',
    },
    {
      phrase: '(recurso*|alegaci*|reclamaci*) (contra|a|de) (las|la|una|un)? (multa|multas|sanción|sanciones|denuncia|denuncias|resolución|resoluciones)',
      example: 'Revisión de recursos contra multas de transporte.',
    },
    { phrase: '(familias de acogida|familia de acogida|línea de crisis|teléfono de crisis)', example: 'Valoración de familias de acogida.' },
    {
      phrase: '(permiso de conducir|aptitud para conducir|descuentos por telemática|seguro de automóvil|seguro de coche|conductores asegurados)',
      example: 'Descuentos por telemática en el seguro de automóvil.',
    },
    {
      phrase: '(exención de cuotas|exenciones de cuotas|familias con bajos ingresos|internos del centro penitenciario|reclusos|becas de estudio|renovación de becas)',
      example: 'Exención de cuotas para familias con bajos ingresos.',
    },
    {
      phrase: '(penados|condenados|fraccionamiento de multas|multas penales|responsabilidad personal subsidiaria|contribuyentes|trabajadores autónomos|reservistas)',
      example: 'Propuestas de fraccionamiento de multas a penados.',
    },
    {
      phrase: '(cuadrantes de turnos|cuadrantes semanales|turnos de los empleados|turnos de empleados|horarios de los empleados|planificación de turnos del personal)',
      example: 'Generación automática de cuadrantes semanales de turnos en tienda.',
    },
    {
      phrase:
        '(libertad condicional|régimen penitenciario|informes de riesgo de reincidencia|atención domiciliaria|ayuda a domicilio|contraindicación|contraindicaciones|interacciones farmacológicas)',
      example: 'Planificación del servicio de ayuda a domicilio.',
    },
    {
      phrase:
        '(grado de discapacidad|prestación por incapacidad|incapacidad permanente|ley de dependencia|donantes de sangre|donación de sangre|aptitud para donar|capacidad de pago|solvencia de los clientes|prestatarios)',
      example: 'Revisión del grado de discapacidad.',
    },
    {
      phrase: '(permiso de residencia|permisos de residencia|autorización de residencia|autorizaciones de residencia|extranjería|solicitudes de asilo)',
      example: 'Revisión de expedientes de autorización de residencia en la oficina de extranjería.',
    },
    {
      phrase: '(llamadas al 112|llamadas de emergencia|emergencias sanitarias|triaje telefónico|centro coordinador de urgencias)',
      example: 'Priorización de llamadas al 112 en el centro coordinador de urgencias.',
    },
    { phrase: '(plazas de guardería|plazas escolares|escuela infantil|admisión escolar)', example: 'Asignación de plazas de guardería.' },
    {
      phrase: '(absentismo escolar|alumnos|alumnas|recobro|deudores|cobro de deudas|morosidad|antibiótic*|medicación de pacientes|derivaciones de pacientes|fisioterapia|nóminas|partes de horas)',
      example: 'Priorización de deudores en recobro.',
    },
    { phrase: '(selección de personal|candidatos|candidaturas|cribado de cv)', example: 'Cribado de candidaturas para el centro de atención.' },
    // "Contratación" alone is also a public tender ("Servicio de Contratación") or buying a policy ("plataforma de contratación").
    {
      phrase: 'contratación (de|del) (personal|plantilla|trabajadores|empleados|agentes|profesores|docentes|enfermeras|enfermeros|conductores|operarios|temporeros)',
      example: 'Preselección para la contratación de personal de temporada.',
    },
    { phrase: '(solvencia|concesión de créditos|solicitudes de crédito|solicitudes de préstamo|scoring crediticio|riesgo crediticio)', example: 'Preevaluación de solicitudes de préstamo.' },
    {
      phrase: '(siniestros|reclamaciones de seguros|indemnizaciones|asegurados|tarificación de (seguros|pólizas|primas)|tarificación (del seguro|de riesgos))',
      example: 'Clasificación de siniestros de hogar.',
    },
    { phrase: '(triaje|priorización|clasificación) de pacientes', example: 'Priorización de pacientes en urgencias.' },
    {
      phrase: '(diagnóstico médico|ayuda al diagnóstico|decisión clínica|decisiones clínicas|recomendación de tratamiento|recomendaciones de tratamiento)',
      example: 'Ayuda al diagnóstico en radiología.',
    },
    { phrase: '(selección de inquilinos|solicitantes de vivienda|adjudicación de viviendas|incapacidad permanente|invalidez)', example: 'Selección de inquilinos para vivienda social.' },
    { phrase: '(prestaciones sociales|ayudas sociales|subsidios|solicitudes de ayuda|asilo)', example: 'Tramitación de solicitudes de ayudas sociales.' },
    { phrase: '(calificación de exámenes|corrección de exámenes|admisión de estudiantes|alumnos)', example: 'Corrección de exámenes de acceso.' },
    {
      phrase: '(policía predictiva|actuación policial|actuaciones policiales|investigación policial|sospechosos|reincidencia|detenidos)',
      example: 'Priorización de sospechosos para la investigación policial.',
    },
    {
      phrase:
        '(evaluación|evaluaciones|puntuación|puntuaciones|calificación|nota|ranking|vigilancia) (semanal|semanales|mensual|mensuales|diaria|diarias|anual|anuales|individual|individuales|automática|automáticas|automatizada|del desempeño|de calidad|de rendimiento)? (de|del|de cada|de los|de todos los) (empleado|empleados|agente|agentes|conductor|conductores|trabajador|trabajadores|gestor|gestores|asesor|asesores)',
      example: 'Una puntuación semanal de cada conductor.',
    },
    {
      phrase: '(calificación de riesgo|clasificación de riesgo|scoring de riesgo|decisión de aceptación) … (cliente|clientes|alta|kyc)',
      example: 'Calificación de riesgo en el alta de clientes (KYC).',
    },
    { phrase: '(retribución variable|salario variable|despido|despidos|sanción disciplinaria|evaluación del desempeño)', example: 'La puntuación alimenta la retribución variable.' },
    {
      phrase:
        '((préstamo|préstamos|crédito|créditos|hipoteca|hipotecas) (personal|personales|hipotecario|hipotecarios|al consumo|concedido|concedidos)|concede el préstamo|conceda el préstamo|se concede el préstamo|solvencia|scoring crediticio|cirbe)',
      example: 'El modelo decidirá si se concede el préstamo personal.',
    },
    {
      phrase: '(asegurado|asegurados|asegurada|aseguradas|tomador del seguro|tomadores|prima del seguro|primas del seguro|mutualista|mutualistas)',
      example: 'Ajustar la prima del seguro de salud de cada asegurado.',
    },
    { phrase: '(enfermera de triaje|nivel de triaje|triaje en urgencias)', example: 'La enfermera de triaje introduce las constantes.' },
    {
      phrase: '(nota|notas|calificación|calificaciones) (a|para|de) (cada|todos los|todas las)? (alumno|alumnos|alumna|alumnas|estudiante|estudiantes|examen|exámenes)',
      example: 'La herramienta pone una nota a cada alumno.',
    },
    {
      phrase: '(ingreso mínimo|renta mínima|subsidio|subsidios|ayudas sociales|prestación por desempleo|prestaciones por desempleo|prestaciones sociales|permiso de trabajo|permiso de residencia)',
      example: 'Cada solicitud del ingreso mínimo recibe una propuesta de resolución.',
    },
    { phrase: '(solicitud|solicitudes) de (rehabilitación|balneario|prestación|prestaciones)', example: 'Revisión previa de las solicitudes de rehabilitación.' },
    { phrase: '(priorización|priorizar|prioriza) (de)? (las|los)? (biopsias|pacientes)', example: 'Priorización de biopsias en el Servicio de Anatomía Patológica.' },
    {
      phrase: '(impagos (de|de los) (clientes|prestatarios)|plan de pagos|planes de pagos|recobro|deudas hipotecarias)',
      example: 'Propuesta de planes de pagos para clientes con impagos hipotecarios.',
    },
    { phrase: '(denuncias|denuncia en línea|víctimas de delitos)', example: 'Clasificación de denuncias en línea para la comisaría.' },
    {
      phrase: '((ingreso|ingresos|plaza|plazas) (en|de) (residencia|residencias|centro de día|unidad de psicogeriatría)|personas con (demencia|discapacidad|dependencia))',
      example: 'Apoyo a la valoración de ingreso de personas con demencia en residencias.',
    },
    { phrase: '(prescripción|prescripciones) de (quimioterapia|quimioterapias)', example: 'Doble control de cada prescripción de quimioterapia.' },
    { phrase: '(jubilación anticipada|pensión de jubilación|pensiones de jubilación|estimación de la pensión)', example: 'Estimación de la pensión de jubilación anticipada.' },
  ],
  nl: [
    { phrase: '(wachtlijst (voor)? (verpleeghuis*|zorgplaatsen|woonzorg*)|verpleeghuisplaats*)', example: 'Prioritering van de wachtlijst voor verpleeghuisplaatsen.' },
    { phrase: '(jeugdbescherming|kinderbescherming|veilig thuis)', example: 'Triage van meldingen bij Veilig Thuis.' },
    {
      phrase: '(acceptatie (van)? (levensverzekering*|overlijdensrisicoverzekering*|arbeidsongeschiktheidsverzekering*)|premieopslag*|medische acceptatie)',
      example: 'Medische acceptatie bij overlijdensrisicoverzekeringen.',
    },
    { phrase: '(prioriteit|urgentie) (van)? (112-meldingen|meldingen aan de politie|politiemeldingen)', example: 'Voorstel voor de prioriteit van 112-meldingen.' },
    { phrase: '(personeelsrooster*|dienstrooster*|roosters van (de)? (medewerkers|verpleging|zorgmedewerkers|verzorgenden))', example: 'Maandelijkse dienstroosters van de zorgmedewerkers.' },
    { phrase: '(nader gehoor|nadere gehoren|gehoren asiel|asielmotief|asielprocedure*|asielzaken|asieldossier*)', example: 'Samenvattingen van nader gehoren asiel.' },
    { phrase: '(scholingsvoucher*|opleidingsvoucher*)', example: 'Toekenning van scholingsvouchers aan werkzoekenden.' },
    { phrase: '(limietverhoging*|bestedingslimiet*)', example: 'Beslissingen over limietverhogingen voor vaste leners.' },
    { phrase: '(procespartijen|rechtzoekenden|verstek*|kantonzaken|kantonrechter)', example: 'Routering van kantonzaken naar verstek of mediation.' },
    { phrase: '(ontslagbrief*|studiebeurs*|beursaanvra*|ggz|geestelijke gezondheidszorg|audities)', example: 'Voorbeoordeling beursaanvragen voorjaarsronde 2027.' },
    { phrase: '(maatregelen (bij|op) (de)? uitkering|uitkeringsgerechtigden|labaanvragen|laboratoriumaanvragen)', example: 'Voorstellen voor maatregelen bij uitkeringsgerechtigden.' },
    { phrase: '(tentamen*|examencommissie|fraudevermoeden|fraudesignalen bij … tentamens|proctoring|geproctorde)', example: 'Voorselectie van fraudesignalen bij online geproctorde tentamens.' },
    {
      phrase: '(re-integratie|reïntegratie|arbeidsgeschiktheid|bedrijfsarts|terugkeer naar werk|verzuimbegeleiding|gesubsidieerde rechtsbijstand|rechtsbijstand|pro deo)',
      example: 'Voorselectie aanvragen gesubsidieerde rechtsbijstand bij de intake.',
    },
    { phrase: '(internationale bescherming|asielzoeker*|valdetectie|valalarm*|valincident*)', example: 'Valdetectie met draagbare sensoren in de woonzorglocaties.' },
    { phrase: '(aanvraag|aanvragen|recht op|toekenning van) (leerlingenvervoer|aangepast vervoer)', example: 'Beoordeling van aanvragen leerlingenvervoer.' },
    {
      phrase: '(recallinterval*|recall-interval*|controle-interval*|controleinterval*|ontslagplanning|ontslagdatum|ontslagvoorspelling*|betalingsuitstel|uitstel van betaling|aflossingspauze)',
      example: 'Voorspelling van de ontslagdatum voor het beddenbeheer.',
    },
    { phrase: '(gezworenen|juryplicht|lekenrechters)', example: 'Vrijstellingsverzoeken van gezworenen.' },
    { phrase: '(paspoortaanvra*|paspoortvernieuwing*|id-kaart*|identiteitskaart*|visumaanvra*|pasfoto*)', example: "Controle van pasfoto's bij paspoortaanvragen." },
    {
      phrase: '(identificeert|identificeren|herkent|herkennen|selecteert|selecteren|signaleert|signaleren) (de|welke)? (patiënten|cliënten)',
      example: 'Het model signaleert de patiënten die snel een afspraak nodig hebben.',
    },
    { phrase: '(aanmeldingen voor (behandeling|zorg|opname)|opnameverzoeken|intakeverzoeken|intakeaanvragen)', example: 'Prioritering van aanmeldingen voor behandeling.' },
    { phrase: '(microkrediet*|dakloz*|daklozenopvang|nachtopvang|maatschappelijke opvang)', example: 'Toewijzing van bedden in de nachtopvang voor daklozen.' },
    { phrase: '(adoptieaanvragen|adoptieaanvraag|adoptanten)', example: 'Beoordeling van adoptieaanvragen in het asiel.' },
    { phrase: '(zwartrij*|reizen zonder (geldig)? (vervoerbewijs|kaartje)|studieschuld*|terugbetaalregeling*|aflossingsregeling*)', example: 'Boetes voor reizen zonder geldig vervoerbewijs.' },
    {
      phrase: '(bezwaar|bezwaren|bezwaarschrift*|beroep) (tegen|op) (de|een)? (boete|boetes|beschikking|beschikkingen|besluit|besluiten|sanctie|sancties)',
      example: 'Beoordeling van bezwaren tegen boetes wegens zwartrijden.',
    },
    { phrase: '(pleegouders|pleeggezin*|crisislijn|huurgarantie*)', example: 'Beoordeling van aanvragen voor de huurgarantie.' },
    { phrase: '(rijbewijs*|rijgeschiktheid)', example: 'Beoordeling van de rijgeschiktheid voor het rijbewijs.' },
    { phrase: '(kwijtschelding*|contributievrijstelling*|vrijstelling van contributie|minimagezinnen|gedetineerden|studiebeurs*)', example: 'Contributievrijstelling voor minimagezinnen.' },
    { phrase: '(belastingplichtigen|zzp-ers|kinderbijslag|reservisten)', example: 'Selectie van belastingplichtigen voor een boekenonderzoek.' },
    {
      phrase: '(studie-uitval|studieuitval|uitval van studenten|voortijdig schoolverlaten|risico op uitval|mbo-studenten|studenten met een verhoogd risico)',
      example: 'Vroegsignalering van dreigende studie-uitval in het mbo.',
    },
    {
      phrase: '(reclassering|voorwaardelijke invrijheidstelling|strafrapportage*|thuiszorg*|wijkverpleging*|zorgbezoeken|cliëntbezoeken|oudere cliënten|contra-indicatie*|geneesmiddelinteracties)',
      example: 'Planning van de wijkverpleging en thuiszorg.',
    },
    {
      phrase: '(wia-aanvra*|wajong|wmo-aanvra*|indicatiestelling*|arbeidsongeschikt*|bloeddonor*|donorkeuring*|bloeddonatie|hypotheekaanvra*|leencapaciteit|betaalbaarheidstoets*)',
      example: 'Beoordeling van WIA-aanvragen.',
    },
    { phrase: '(verblijfsvergunning*|naturalisatie*|asielaanvra*|vreemdelingenzaken)', example: 'Controle van aanvragen voor een verblijfsvergunning.' },
    { phrase: '(112-meldingen|112-melding|meldkamer ambulancezorg|ambulancezorg|urgentie-inschaling|ambulance-inzet)', example: 'Urgentie-inschaling van 112-meldingen.' },
    { phrase: '(kinderopvangplaats*|plaatsing in de kinderopvang|schoolplaats*|plaatsingsbeleid)', example: 'Toewijzing van kinderopvangplaatsen.' },
    { phrase: '(jeugdhulp*|jeugdzorg*|zorgtraject*|veilig thuis)', example: 'Toewijzing van jeugdhulpverwijzingen.' },
    {
      phrase:
        '(schoolverzuim|verzuim van leerlingen|leerlingen|leerplicht|incasso|schuldhulp*|wanbetalers|antibiotica*|medicatiebeoordeling*|verwijzingen van patiënten|fysiotherap*|urenbriefjes|urenregistratie van medewerkers|looninhouding*)',
      example: 'Brieven bij schoolverzuim.',
    },
    {
      phrase: '(werving|sollicitanten|sollicitaties|cv-selectie|kandidaten voor de vacature|kandidaten voor de functie|personeelsselectie)',
      example: 'Voorselectie van sollicitaties voor de klantenservice.',
    },
    { phrase: '(kredietwaardigheid|kredietaanvragen|leningaanvragen|kredietbeoordeling|hypotheekaanvragen)', example: 'Beoordeling van kredietaanvragen van mkb-klanten.' },
    { phrase: '(schadeclaims|schademeldingen|schadeafhandeling|verzekerden|premiestelling)', example: 'Triage van schademeldingen in de autoverzekering.' },
    { phrase: '(cascoverzekering|cascoschade*|autoschade*|autoverzekering*)', example: 'Fotocalculatie van autoschades voor de schadebehandelaars.' },
    { phrase: '(triage|prioritering) van patiënten', example: 'Triage van patiënten op de spoedeisende hulp.' },
    { phrase: '(urgentie*|triage*) … (huisarts*|patiënt*|spoedeisende hulp|zorgverlener*)', example: 'Urgentie-inschatting van berichten aan de huisartsenpraktijk.' },
    { phrase: '(medische diagnose|klinische beslissing|klinische beslissingen|behandeladvies|behandeladviezen)', example: 'Behandeladviezen voor de oncologie.' },
    { phrase: '(huurkandida*|huurder*|woningtoewijzing|toewijzing van woningen|arbeidsongeschikt*)', example: 'Automatische beoordeling van huurkandidaten.' },
    {
      phrase: '(uitkeringen|uitkeringsaanvragen|toeslagen|*toeslag|*toeslagen|*uitkering|bijstand*|participatiewet|sociale zekerheid|asielaanvragen)',
      example: 'Automatische beoordeling van wijzigingen kinderopvangtoeslag.',
    },
    { phrase: '(beoordeling van toetsen|nakijken van examens|toelating van studenten|leerlingen)', example: 'Het nakijken van examens voorbereiden.' },
    { phrase: '(politiewerk|politieonderzoek*|opsporing|verdachten|recidive)', example: 'Prioritering van meldingen voor de opsporing.' },
    {
      phrase:
        '(beoordeling|beoordelingen|score|scores|scoring|rangschikking|monitoring) (van|per|voor) (elke|iedere|de|alle)? (medewerker|medewerkers|chauffeur|chauffeurs|agent|agenten|werknemer|werknemers|adviseur|adviseurs)',
      example: 'Een wekelijkse score per chauffeur.',
    },
    { phrase: '(risicoclassificatie|risicobeoordeling|risicoscore|acceptatiebesluit) … (klant|klanten|klantacceptatie|kyc)', example: 'Risicoclassificatie bij klantacceptatie (KYC).' },
    { phrase: '(variabele beloning|prestatiebeloning|functioneringsgesprek|beoordelingsgesprek|ontslag van medewerkers)', example: 'De score telt mee voor de variabele beloning.' },
    {
      phrase: '(consumptief krediet|consumptieve kredieten|kredietaanvra*|kredietbeoordeling*|kredietwaardig*|hypotheekaanvra*|hypotheekadvies|leningaanvra*|bkr)',
      example: 'Het model bepaalt of een consumptief krediet wordt toegekend.',
    },
    { phrase: '(verzekerde|verzekerden|polishouder|polishouders)', example: 'Elke verzekerde krijgt een fraudescore.' },
    { phrase: '(triageniveau|urgentieniveau|triage op de seh)', example: 'Het model stelt op de spoedeisende hulp het triageniveau voor.' },
    { phrase: '(cijfer|cijfers|beoordeling) (voor|aan) (elke|iedere|alle)? (leerling|leerlingen|student|studenten|werkstuk|werkstukken)', example: 'De tool geeft een cijfer voor elke leerling.' },
    { phrase: '(geeft|geven) (elke|iedere) (leerling|student) een (cijfer|beoordeling)', example: 'Het hulpmiddel geeft elke leerling een cijfer en feedback.' },
    {
      phrase: '(toelating|toelatingen|wachtlijst) … (student*|opleiding|*opleiding|master|bachelor|hogeschool|universiteit)',
      example: 'Het model adviseert over de toelating tot de masteropleiding.',
    },
    {
      phrase: '(tewerkstellingsvergunning*|verblijfsvergunning*|verklaring omtrent het gedrag|antecedentenonderzoek|schuldhulp*|wmo-aanvra*|wmo-voorziening*)',
      example: 'Wmo-aanvragen worden vooraf getrieerd.',
    },
    { phrase: '(revalidatieaanvra*|aanvragen voor revalidatie|aanvraag voor revalidatie|revalidatietraject*)', example: 'Voorbeoordeling van revalidatieaanvragen bij de zorgverzekeraar.' },
    { phrase: '(prioritering|prioriteren|prioriteert) (van)? (de)? (biopten|biopsieën|patiënten)', example: 'Prioritering van biopten in het pathologielab.' },
    {
      phrase: '(betalingsachterstand*|hypotheekachterstand*|achterstandsbeheer|betalingsregeling*|schuldhulp*|incasso van (klanten|particulieren))',
      example: 'Belassistent achterstandsbeheer hypotheken: een passende betalingsregeling voorstellen.',
    },
    {
      phrase: '(aangifte van (diefstal|inbraak|mishandeling|fraude|oplichting)|slachtoffers van (misdrijven|criminaliteit|een misdrijf))',
      example: 'Triage van online aangifte van diefstal uit een auto.',
    },
    { phrase: '(werkzoekende|werkzoekenden)', example: 'Een model koppelt werkzoekenden aan vacatures.' },
    { phrase: '(opname in het verpleeghuis|verpleeghuisplaats*|mensen met dementie)', example: 'Beoordeling van de opname in het verpleeghuis van mensen met dementie.' },
    { phrase: '(chemotherapievoorschrift*|voorschriften voor chemotherapie)', example: 'Dubbele controle van elk chemotherapievoorschrift.' },
    { phrase: '(vervroegd pensioen|pensioenberekening*|pensioenaanspra*|pensioenuitkering*)', example: 'Pensioenberekening bij vervroegd pensioen.' },
  ],
});

/** Decisions that take effect without a person: "automatically rejected", "no human in the loop". */
export const DECIDES_WITHOUT_A_PERSON = lexicon('decides-without-a-person', {
  en: [
    { phrase: '(offered|allocated|awarded|assigned) straight to', example: 'The place is offered straight to the first family on the list.' },
    { phrase: 'without (any)? (human|manual)? intervention', example: 'Standard acceptances are issued without any human intervention.' },
    { phrase: '(receive|receives|get|gets) … automatically', example: 'Cases scoring over 0.85 receive the hearing letter automatically.' },
    {
      phrase: 'without (the|an|any) (operator|officer|clerk|caseworker|adviser|advisor|reviewer|person) (opening|reading|checking|seeing) (it|them)',
      example: 'Cards go to the dispatcher as they are, without the operator opening them.',
    },
    { phrase: '(writes|enters|sets|posts|records) … directly (in|into|to)', example: 'Above 0.85 the module writes the fail mark directly into the exam records system.' },
    { phrase: '(pushed|published|posted|sent|released) to … (automatically|straight away|directly)', example: "Offers are pushed to students' portals automatically at the end of each run." },
    { phrase: '(hold|block|bar) is (placed|put) (on|against)', example: 'A registration hold is placed on their module choices.' },
    {
      phrase: '(settled|paid|approved|closed) straight away|with no (handler|human|person|adviser|caseworker) touch|(no-touch|straight-through) (settlement|processing)',
      example: 'Claims under 1,500 GBP are settled straight away through the payments hub, with no handler touch.',
    },
    { phrase: '(dropped|excluded|removed|rejected) automatically', example: 'Households scoring under 40 are dropped automatically and are not shown to the worker.' },
    { phrase: 'get (the|a) (standard)? … (email|letter|rejection) … automatically', example: 'Recordings below the cut-off get the standard unsuccessful email from AuditionHub automatically.' },
    {
      phrase: '(cancelled|canceled|stopped|rejected|blocked|suspended) (automatically)? at (order entry|entry|submission|the point of entry)',
      example: 'Orders the model scores as redundant are cancelled at order entry.',
    },
    { phrase: 'automatically (converted|changed|downgraded|moved|switched|reclassified|set) to', example: 'Bookings scored high are automatically converted to closed visits.' },
    {
      phrase: '(suppressed|dismissed|closed|filtered out|discarded) automatically|automatically (suppressed|dismissed|closed|discarded)',
      example: 'Detections under the threshold are suppressed automatically and not shown.',
    },
    { phrase: '(go|goes|are sent|sent) out automatically', example: 'Intervals and letters go out automatically in the overnight run.' },
    { phrase: '(granted|awarded|allowed|refused) automatically', example: 'Short deferments are posted as granted automatically.' },
    {
      phrase:
        '(sent|issued|posted|emailed|texted|mailed) (directly|straight) to the (tenant|tenants|customer|customers|applicant|applicants|claimant|claimants|borrower|borrowers|patient|patients|student|students|parent|parents|resident|residents|employee|employees|driver|drivers|guest|guests|caller|callers|member|members)',
      example: 'Proposals under 1,500 euros are sent directly to the tenant through the portal.',
    },
    {
      phrase:
        '(the model|the tool|the system|the algorithm|the optimiser|the optimizer) (sets|decides|assigns|allocates|determines|fixes) the … (order|priority|priorities|queue|rota|schedule|ranking) directly',
      example: 'The model sets the callback order directly.',
    },
    { phrase: '(published|pushed|released|sent out|rolled out) automatically', example: "Rotas are published automatically to carers' phones at 21:00." },
    {
      phrase:
        'without (going|passing) (through|past|via|by) (a|an|the) (person|human|caseworker|case worker|nurse|clinician|doctor|reviewer|officer|handler|adviser|advisor|coordinator|assessor|underwriter|agent|manager)',
      example: 'Small disputes are settled without going through a handler.',
    },
    {
      phrase: '(without|with no) (anyone|anybody|someone|a person|a human) (seeing|checking|looking at|reading|reviewing|opening|confirming)',
      example: 'Low-risk calls go to the callback list without anyone seeing the rating.',
    },
    {
      phrase: '(sent|issued|confirmed|texted|emailed|posted) … (straight away|right away|immediately)',
      example: 'Offers scored as high confidence are sent to the guest and the hostel by text straight away.',
    },
    {
      phrase: 'without (an|a|any) (assessor|caseworker|case worker|reviewer|officer|handler|adviser|advisor|person|human|clinician|underwriter) (opening|seeing|reading|looking at|checking|touching)',
      example: 'They are issued without an assessor opening them.',
    },
    {
      phrase: '(go|goes|went|are sent|is sent|pass|passes) straight to the (decision|letter|decision letter|customer|applicant|borrower|claimant|payment|notice)',
      example: 'High-confidence proposals go straight to the decision letter.',
    },
    {
      phrase:
        '(go|goes|pass|passes|move|moves|are set|is set|are moved|is moved) (straight|directly|automatically) (to|into) (the)? (status|state)? (rejected|declined|not selected|unsuccessful|refused|approved|accepted)',
      example: 'Applications scoring under 9 go straight to the status rejected in the portal.',
    },
    { phrase: '(applied|issued|sent|posted|booked|confirmed|written) (to|into|onto|on) the … automatically', example: 'Bands are applied to the calendar automatically.' },
    {
      phrase: '(automatically|automatic) (approved|approve|approves|rejected|reject|rejects|declined|decline|denied|deny|settled|settle|paid|decided|accepted|accept|approval|rejection)',
      example: 'Low-risk claims are automatically approved.',
    },
    { phrase: '(approved|rejected|declined|denied|settled|decided|accepted) automatically', example: 'Small claims are settled automatically.' },
    { phrase: 'automatic (rejection|rejections|refusal|refusals|denial|denials|decline|approval|approvals|acceptance)', example: 'Candidates below the threshold get an automatic rejection email.' },
    {
      phrase: '(auto-approve|auto-approved|auto-approval|auto-reject|auto-rejected|auto-rejection|auto-decline|auto-declined|auto-decision|auto-settled|straight-through processing|straight-through)',
      example: 'Straight-through processing for scores above 0.9.',
    },
    { phrase: '(fully automated|fully automatic|fully autonomous) (decision|decisions|decisioning|approval|rejection|processing)', example: 'Fully automated decisions for small loans.' },
    { phrase: '(no human|no manual|no person|nobody) (review|reviewer|reviews|in the loop|check|checks|sign-off|intervention|oversight)', example: 'No human review, to save time.' },
    {
      phrase:
        "(do not|don't|does not|doesn't|need not|needn't|no need to) (have to )?(confirm|check|review|approve|validate) (it|them|the (decision|decisions|classification|rating|score|result|results))",
      example: 'Staff work the queues as they arrive and do not confirm the classification.',
    },
    { phrase: '(routed|classified|prioriti[sz]ed|triaged|rated|sorted) automatically', example: 'Messages are triaged automatically.' },
    {
      phrase: '(applied|actioned|executed|booked|placed|issued|posted|sent out|filed) (automatically|by the system|by the tool|by the model|without review|as drafted)',
      example: 'High-confidence alerts are applied by the system as a pended order.',
    },
    { phrase: '(set|changed|moved|marked|flagged|booked|updated|switched) to … automatically', example: 'Files marked clear are set to compliant in RotaMaster automatically.' },
    { phrase: '(nobody|no one|no-one) (re-checks|rechecks|checks|reviews|looks at|sees|confirms|approves|opens)', example: 'The queue is written back to the ticket; nobody re-checks the routing.' },
    {
      phrase:
        '(go|goes|are sent|is sent|sent|are released|is released) (out)? to (the)? (customer|customers|applicant|applicants|claimant|claimants|tenant|tenants|patient|patients|citizen|citizens|student|students|member|members) automatically',
      example: 'Replies go out to the customer automatically.',
    },
    {
      phrase:
        '(sent|issued|released|notified|posted) to the (customer|customers|applicant|applicants|claimant|claimants|tenant|tenants|patient|patients|citizen|citizens|member|members) by the system',
      example: 'Decline reasons are sent to the applicant by the system directly.',
    },
    { phrase: '(no longer|not any more|not anymore) (approve|approves|check|checks|review|reviews|sign off|signs off|confirm|confirms)', example: 'Planners no longer approve the proposals.' },
    {
      phrase: '(the model|the system|the tool) (blocks|approves|rejects|sets|assigns|decides|grants|refuses|declines) … (itself|by itself|on its own)',
      example: 'The model blocks suspicious transfers itself.',
    },
    { phrase: '(100%|100 %|fully) (automatic|automated)', example: 'Fully automated; suspicious invoices are blocked for payment.' },
    {
      phrase:
        '(letter|letters|decision|decisions|approval|approvals|rejection|rejections|offer|offers|notice|notices) … (generated|issued|sent|released) (straight away|right away|immediately|instantly)',
      example: 'Clear applicants get the conditional offer letter generated straight away.',
    },
    { phrase: '(are|is) (recorded|confirmed|set up|agreed) automatically', example: 'Small arrangements are recorded automatically and confirmed to the customer by letter.' },
    {
      phrase: "(issued|sent|determined) (on|from) the (model's)? (recommendation|score|proposal)",
      example: 'Above 0.8 the determination is issued on the recommendation, with a 5% supervisor spot check.',
    },
    { phrase: 'go (straight|directly) (onto|to|into) the … (shortlist|list|employer)', example: 'Matches scoring 0.8 or more go straight onto the employer shortlist.' },
    { phrase: '(raised|issued|generated|sent) automatically', example: 'Tenants scored red get the pre-action letter and the NOSP pack raised automatically.' },
    {
      phrase: '(tasks|dispatches|assigns|allocates|books|schedules|launches|publishes) the … automatically',
      example: 'Above a score of 0.8 the system tasks the nearest available asset automatically.',
    },
    { phrase: '(auto-tasked|auto-tasks|auto-dispatched|auto-dispatches|auto-assigned|auto-allocated|auto-published)', example: 'The desk reviews auto-tasked missions at the end of each shift.' },
    {
      phrase: '(the rest|the others|all others|all the others|everything else) (are|is|get|gets) (published|sent|issued|released|applied) (automatically|directly|straight away|as generated)',
      example: 'Only rosters with a clash are reviewed; the rest are published automatically.',
    },
    { phrase: '(validated|approved|signed off|released) automatically', example: 'Prescriptions the model finds compliant are validated automatically.' },
  ],
  de: [
    { phrase: '(wird|werden) (direkt|unmittelbar) … (angeboten|vergeben|zugeteilt)', example: 'Der Platz wird direkt der ersten Familie auf der Liste angeboten.' },
    { phrase: 'ohne (manuelles|menschliches|persönliches)? (eingreifen|zutun)', example: 'Standardannahmen gehen ohne menschliches Eingreifen raus.' },
    { phrase: '(erhalten|bekommen|erhält|bekommt) … automatisch', example: 'Fälle mit einem Score über 0,85 erhalten automatisch das Anhörungsschreiben.' },
    { phrase: 'direkt (als … )? (in|ins) … übernommen', example: 'Vorschläge mit Passung über 0,85 werden direkt als Zuweisung in die Platzliste übernommen.' },
    { phrase: '(setzt|trägt|schreibt|bucht|setzen|tragen|schreiben) … direkt (in|ins)', example: 'Ab einem Score von 0,85 setzt das Modul den Vermerk direkt in HISinOne.' },
    {
      phrase: 'ohne (ärztliche|menschliche|fachliche|persönliche)? (sichtung|prüfung|durchsicht|kontrolle) … (direkt|unmittelbar|automatisch)',
      example: 'Eindeutige Fälle gehen ohne ärztliche Sichtung direkt als Stellungnahme an die Sachbearbeitung.',
    },
    {
      phrase: '(geht|gehen) … direkt … an (die|den) (antragsteller*|antragstellende*|kund*|bürger*|mieter*|patient*)',
      example: 'Bei normalen Anfragen geht der Terminvorschlag direkt per Mail an die Antragstellenden.',
    },
    {
      phrase: '(absagen|ablehnungen|bescheide|kündigungen) … (verschickt|versendet|sendet|schickt|verschicken) … automatisch',
      example: 'Absagen mit Score unter 35 verschickt ImmoSuite automatisch.',
    },
    { phrase: '(automatisch|sofort) (ausgesetzt|gesperrt|storniert|gestrichen)', example: 'Die Auszahlung wird oberhalb des Schwellenwerts automatisch ausgesetzt.' },
    { phrase: 'automatisch (unterdrückt|verworfen|geschlossen|ausgeblendet|aussortiert)', example: 'Erkennungen unter der Schwelle werden automatisch unterdrückt.' },
    {
      phrase:
        'direkt (an|zu) (den|die|dem) (mieter*|kunden|kundin|antragsteller*|patient*|bewerber*|schüler*|studierende*|beschäftigte*|mitarbeitende*|fahrer*|anrufer*|mitglied*) (versandt|verschickt|geschickt|gesendet|übermittelt|zugestellt)',
      example: 'Vorschläge unter 1.500 Euro werden direkt an den Mieter verschickt.',
    },
    {
      phrase: '(fließen|fließt) (direkt|unmittelbar|automatisch|ungeprüft) in (die|den|das) … (zielvereinbarung|vergütung|leistungsbewertung|personalakte|beurteilung|bescheid|prämie)',
      example: 'Die Scores fließen direkt in die halbjährliche Zielvereinbarung ein.',
    },
    {
      phrase:
        'ohne (menschliche|manuelle)? (prüfung|sichtung|freigabe|kontrolle) (durch|von) (einen|eine|die|den)? (sachbearbeit*|fachkraft|mitarbeit*|menschen|person|arzt|ärztin|pflegekraft|teamleitung)',
      example: 'Die Scores gehen ohne Prüfung durch die Teamleitung in das Dashboard.',
    },
    {
      phrase:
        'ohne dass (jemand|ein mensch|eine person|ein sachbearbeiter|eine sachbearbeiterin|eine fachkraft|eine pflegekraft|ein arzt|eine ärztin|ein mitarbeiter|eine mitarbeiterin|die teamleitung) … (sieht|ansieht|prüft|liest|kontrolliert|öffnet|freigibt|bestätigt)',
      example: 'Niedrige Stufen gehen in die Rückrufliste, ohne dass jemand die Einstufung sieht.',
    },
    { phrase: '(gehen|geht) (direkt|unmittelbar|ungeprüft|als bescheid) (raus|hinaus|an den (antragsteller|kunden|bürger)|in den versand)', example: 'Ablehnungen gehen direkt in den Versand.' },
    { phrase: '(führen|führt) automatisch (zur|zum|zu)', example: 'Hinweise ab 0,8 führen automatisch zur Anforderung von Nachweisen.' },
    { phrase: 'automatisch … (übernommen|übertragen|versandt|zugesandt|verschickt|eingetragen|gebucht)', example: 'Die Vorschläge werden automatisch in den Termin übernommen.' },
    {
      phrase:
        '(automatisch|automatisiert|vollautomatisch|vollautomatisiert) (abgelehnt|genehmigt|bewilligt|freigegeben|entschieden|reguliert|ausgezahlt|angenommen|eingestuft|priorisiert|zugeordnet|gekürzt|genommen|gesperrt|zurückgehalten|einbehalten)',
      example: 'Kleinschäden werden automatisch reguliert.',
    },
    { phrase: '(muss|müssen) … nicht (bestätigen|prüfen|freigeben|kontrollieren)', example: 'Die Mitarbeitenden müssen die Einstufung nicht bestätigen.' },
    { phrase: 'automatische (ablehnung|ablehnungen|absage|absagen|zusage|genehmigung|bewilligung)', example: 'Bewerber unter der Schwelle erhalten eine automatische Absage.' },
    { phrase: '(dunkelverarbeitung|vollautomatische entscheidung|vollautomatische entscheidungen)', example: 'Dunkelverarbeitung für eindeutige Fälle.' },
    {
      phrase: '(gehen|geht|wandern|wandert|landen|landet) (direkt|automatisch|unmittelbar) (in den|auf den) status',
      example: 'Bewerbungen unter 9 Punkten gehen direkt in den Status „abgelehnt“.',
    },
    {
      phrase: 'ohne (prüfung|freigabe|kontrolle|sichtung) (ausgezahlt|reguliert|bewilligt|abgelehnt|freigegeben|versandt|entschieden|erstattet|gebucht)',
      example: 'Fälle unter 2.500 € mit Konfidenz über 0,8 werden ohne Prüfung ausgezahlt.',
    },
    { phrase: '(manuelle|menschliche) (kontrolle|prüfung|freigabe) … nicht vorgesehen', example: 'Eine manuelle Kontrolle ist nicht vorgesehen.' },
    { phrase: 'ohne (freigabe|prüfung|kontrolle|sichtung) (durch|von|der|des|eines|einer)', example: 'Die Bestellungen werden ohne Freigabe durch die Disposition übermittelt.' },
    { phrase: '(dunkel (reguliert|verarbeitet|bearbeitet|entschieden|gebucht)|dunkelverarbeitung|dunkelverarbeitet)', example: 'Anträge mit hoher Konfidenz werden dunkel verarbeitet.' },
    {
      phrase: '(vollautomatisch*|selbstständig (gesperrt|entschieden|freigegeben|abgelehnt|bewilligt)|selbständig (gesperrt|entschieden|freigegeben|abgelehnt|bewilligt))',
      example: 'Rechnungen werden vom Modell selbstständig gesperrt.',
    },
    { phrase: '(direkt|automatisch) … (erzeugt|erstellt|gebucht) und … (versendet|verschickt|versandt|zugestellt)', example: 'Der Bescheid wird direkt aus dem System erzeugt und versendet.' },
    {
      phrase: '(bescheid|bescheide|ablehnung|ablehnungen|bewilligung|bewilligungen|antwort|antworten) … automatisch (versandt|versendet|verschickt|raus|an)',
      example: 'Der Bescheid wird automatisch versandt.',
    },
    { phrase: '(gehen|geht) automatisch (an|raus|hinaus)', example: 'Die Antworten gehen automatisch an die Kunden raus.' },
    { phrase: 'direkt (bewilligt|genehmigt|abgelehnt|zugesagt|beschieden)', example: 'Anträge mit hohem Score werden im Pilot direkt bewilligt.' },
    { phrase: 'ohne (sichtung|prüfung|kontrolle) durch (die|den|das|eine|einen)', example: 'Die Anträge werden ohne Sichtung durch die Sachbearbeitung bewilligt.' },
    { phrase: '(werden|wird) automatisch (erfasst|bestätigt|angelegt|vereinbart)', example: 'Kleine Ratenvereinbarungen werden automatisch angelegt und dem Kunden per Brief bestätigt.' },
    {
      phrase: '(automatisch|direkt) … (übernommen|erzeugt|erstellt) … (prüfungsanordnung|bescheid|anordnung)',
      example: 'Die 120 Betriebe mit dem höchsten Score werden automatisch übernommen und die Prüfungsanordnung erzeugt.',
    },
    { phrase: '(der rest|die übrigen|alle anderen) (geht|gehen) direkt', example: 'Jeder zehnte Entwurf wird gesichtet, der Rest geht direkt an die Kasse.' },
    {
      phrase: '(die übrigen|der rest|alle anderen) … (automatisch|direkt|ungeprüft) (veröffentlicht|verschickt|versendet|zugeteilt|freigegeben)',
      example: 'Der Rest wird automatisch veröffentlicht.',
    },
    {
      phrase: '(gehen|geht) direkt … an (das mitglied|die mitglieder|den kunden|die kunden|die versicherten|den versicherten|den antragsteller|die antragstellerin|die antragsteller)',
      example: 'Die Auskünfte gehen direkt nach Erstellung an das Mitglied ins Portal.',
    },
  ],
  fr: [
    { phrase: '(est proposée|sont proposées|est attribuée|sont attribuées) directement', example: 'La place est proposée directement à la première famille de la liste.' },
    { phrase: 'sans (aucune)? intervention (humaine|manuelle)?', example: 'Les acceptations standard partent sans intervention humaine.' },
    { phrase: '(reçoivent|reçoit) … automatiquement', example: "Les dossiers au-dessus de 0,85 reçoivent automatiquement le courrier d'audition." },
    {
      phrase: 'sans que … (ouvre|ouvrent|relise|relisent|regarde|regardent|vérifie|vérifient)',
      example: "Les fiches partent au répartiteur telles quelles, sans que l'opérateur les ouvre.",
    },
    { phrase: '(inscrit|saisit|écrit|pose|inscrivent) … directement (dans|au|en)', example: "Au-delà de 0,85, le module inscrit la mention directement dans le dossier de l'étudiant." },
    {
      phrase: 'sans (relecture|vérification|examen|contrôle) (humaine|humain|médical|médicale)? … (directement|automatiquement)',
      example: 'Les cas évidents partent sans relecture médicale directement au gestionnaire.',
    },
    { phrase: '(suspendue|suspendu|suspendues|suspendus|bloquée|bloqué|bloquées|bloqués) automatiquement', example: "L'avance immédiate du particulier est suspendue automatiquement." },
    {
      phrase: '(clôturés|clôturées|clos|closes|rejetés|rejetées|refusés|refusées) directement|courrier de refus type',
      example: 'Les dossiers rouges sont clôturés directement dans Octave avec le courrier de refus type.',
    },
    { phrase: '(supprimées|supprimés|écartées|écartés|ignorées|ignorés|masquées|masqués|clôturées|clôturés) automatiquement', example: 'Les détections sous le seuil sont écartées automatiquement.' },
    {
      phrase: '(publiés|publiées|publié|publiée|diffusés|diffusées|versés|versées|notifiés|notifiées) automatiquement',
      example: 'Les plannings sont publiés automatiquement sur les téléphones des aides à domicile.',
    },
    {
      phrase:
        "sans passer par (le|la|un|une|l'|aucun|aucune) (gestionnaire|agent|infirmier|infirmière|médecin|conseiller|conseillère|instructeur|instructrice|juriste|professionnel|professionnelle|humain|personne|coordinateur|coordinatrice|travailleur social|travailleuse sociale)",
      example: 'Les petits litiges sont remboursés sans passer par le gestionnaire.',
    },
    {
      phrase: 'sans que personne ne (la|le|les)? (voie|regarde|vérifie|lise|relise|contrôle|valide|ouvre)',
      example: 'Les appels classés bas partent en rappel sans que personne ne voie le classement.',
    },
    {
      phrase: "sans (qu'un|qu'une|que le|que la) (agent|gestionnaire|instructeur|juriste|conseiller|médecin) (ne)? (les|le|la)? (ouvre|lise|voie|relise|regarde)",
      example: "Les décisions partent sans qu'un agent ne les ouvre.",
    },
    { phrase: '(notifiées|notifiés|notifiée|notifié|envoyées|envoyés) directement', example: "Les propositions sont notifiées directement à l'étudiant." },
    {
      phrase: '(passent|passe|basculent|bascule|sont passés|sont passées|est passé|est passée) (directement|automatiquement) (au|en) statut',
      example: 'Les dossiers dont le score est inférieur à 9/20 passent directement au statut « non retenu » dans Mon Master.',
    },
    { phrase: "(n'ont pas à|n'a pas à|sans avoir à) (confirmer|valider|vérifier)", example: "Les secrétaires n'ont pas à confirmer le classement." },
    { phrase: '(refus|rejet|acceptation|attribution) (automatique|automatiques)', example: 'Les dossiers sous le seuil reçoivent un refus automatique.' },
    {
      phrase: '(partent|part|sont envoyés|sont envoyées|sont expédiés|sont expédiées|est envoyé|est envoyée) (directement|automatiquement|sans relecture)',
      example: 'Les courriers de premier niveau partent directement.',
    },
    {
      phrase:
        '(automatiquement) (rejeté|rejetée|rejetés|rejetées|accepté|acceptée|acceptés|acceptées|validé|validée|validés|validées|refusé|refusée|refusés|refusées|indemnisé|indemnisés|accordé|accordée|accordés)',
      example: 'Les dossiers simples sont automatiquement validés.',
    },
    {
      phrase: '(décision|décisions|traitement) (entièrement|totalement) (automatique|automatiques|automatisé|automatisée|automatisés)',
      example: 'Décisions entièrement automatiques pour les petits montants.',
    },
    {
      phrase: "sans (intervention|validation|contrôle|vérification|relecture) (d'un|d'une|humaine|humain|du|de la|par)",
      example: "Les demandes conformes sont payées sans intervention d'un gestionnaire.",
    },
    {
      phrase: '(notifié|notifiée|notifiés|notifiées|envoyé|envoyée|envoyés|envoyées|appliqué|appliquée|appliqués|appliquées) (automatiquement|directement)',
      example: 'Le rejet est notifié automatiquement au demandeur.',
    },
    { phrase: "(n'ayant plus à|n'a plus à|n'ont plus à) (les|le|la)? (valider|vérifier|contrôler|approuver)", example: "L'exploitant n'ayant plus à les valider." },
    { phrase: 'aucun (contrôle|examen|regard) (manuel|humain)', example: 'Aucun contrôle manuel : le modèle affecte les créneaux.' },
    { phrase: '(partent|part) … (dans la foulée|automatiquement|directement)', example: 'Les SMS partent aux clients dans la foulée.' },
    {
      phrase: "(accordé|accordée|accordés|accordées|validé|validée|validés|validées|refusé|refusée|refusés|refusées) (directement|d'office|immédiatement)",
      example: 'Les demandes au score élevé sont accordées directement.',
    },
    {
      phrase: '(sont|est) (enregistrés|enregistrées|confirmés|confirmées|mis en place) automatiquement',
      example: 'Les petits échéanciers sont enregistrés automatiquement et confirmés par courrier.',
    },
    { phrase: 'repris tel quel', example: 'Le niveau de risque proposé est repris tel quel dans le rapport transmis au juge.' },
    {
      phrase: '(les autres|le reste) … (publiés|publiées|envoyés|envoyées|affectés|affectées|attribués|attribuées) (automatiquement|directement|sans relecture|tels quels|telles quelles)',
      example: "Les autres plannings sont publiés automatiquement dans l'application.",
    },
    {
      phrase: '(passent|passe|partent|part) directement (à la|en|au) (notification|décision|signature|envoi|bénéficiaire|client|demandeur)',
      example: 'Les propositions au-dessus de 0,9 passent directement à la notification.',
    },
    {
      phrase: '(validé|validée|validés|validées|attribué|attribuée|attribués|attribuées) automatiquement',
      example: 'Les prescriptions jugées conformes sont validées automatiquement, sans relecture pharmaceutique.',
    },
  ],
  es: [
    { phrase: '(se ofrece|se ofrecen|se asigna|se asignan|se adjudica|se adjudican) directamente', example: 'La plaza se ofrece directamente a la primera familia de la lista.' },
    { phrase: 'sin (ninguna)? intervención (humana|manual|de nadie)?', example: 'Las sobreprimas de hasta +50 % se emiten sin intervención.' },
    {
      phrase: '(se emiten|se emite|se aplican|se aplica|reciben|recibe) … (directamente|automáticamente)',
      example: 'Las aceptaciones estándar y las sobreprimas se emiten directamente desde PolicyCenter.',
    },
    {
      phrase: 'sin que (el|la|los|las|nadie) … (la|lo|las|los)? (abra|abran|revise|revisen|mire|miren|lea|lean)',
      example: 'Pasan a la cola del despachador con la ficha tal cual, sin que el operador la abra.',
    },
    { phrase: '(anota|escribe|registra|introduce|anotan|registran) … directamente (en|al)', example: 'Por encima de 0,85 el módulo anota el suspenso directamente en el expediente.' },
    {
      phrase: '(se resuelven|se resuelve|se notifican|se notifica|notifican|resuelven) … directamente',
      example: 'Las aprobaciones y denegaciones con más de 0,85 se resuelven y notifican directamente desde SIGEF.',
    },
    { phrase: '(se vuelcan|se vuelca|pasan|van|se pasan) directamente (a|al) (la)? (lista|listado|relación)', example: 'Las demás se vuelcan directamente a la lista provisional de admitidos.' },
    {
      phrase: '(se comunican|se comunica|se envían|se envía|se trasladan|se traslada) (al|a la) … directamente|las demás se comunican al SEPE directamente',
      example: 'Las demás se comunican al SEPE directamente.',
    },
    { phrase: '(se descartan|se suprimen|se ocultan|se cierran|se archivan) (automáticamente|de forma automática)', example: 'Las detecciones bajo el umbral se descartan automáticamente.' },
    {
      phrase:
        '(se envían|se envía|se mandan|se manda|se notifican|se notifica) directamente (al|a la|a los|a las) (inquilino|inquilina|inquilinos|cliente|clientes|solicitante|solicitantes|paciente|pacientes|alumno|alumnos|familia|familias|trabajador|trabajadores|joven|jóvenes|usuario|usuarios|demandante|demandantes|beneficiario|beneficiarios|asegurado|asegurados)',
      example: 'Las propuestas se envían directamente al inquilino por el portal.',
    },
    {
      phrase: '(se citan|se cita|se asignan|se asigna|se programan|se programa|se abonan|se abona) directamente',
      example: 'Las solicitudes P4 se citan directamente en la lista de espera ordinaria.',
    },
    {
      phrase: '(pasan|pasa|se pasan|se pasa) (directamente|automáticamente) (al|a) (estado|estatus)',
      example: 'Las solicitudes con menos de 9 puntos pasan directamente al estado «no admitida».',
    },
    {
      phrase:
        '(se abonan|se abona|se pagan|se paga|se citan|se cita|se asignan|se asigna|se programan|se programa|se publican|se publica|se rechazan|se rechaza|se aprueban|se aprueba) (automáticamente|de forma automática)',
      example: 'Las disputas de menos de 150 EUR se abonan automáticamente.',
    },
    {
      phrase:
        'sin pasar por (el|la|un|una|ningún|ninguna) (gestor|gestora|enfermera|enfermero|médico|médica|técnico|técnica|tramitador|tramitadora|profesional|persona|humano|coordinador|coordinadora|trabajador social|trabajadora social|revisor|revisora|supervisor|supervisora)',
      example: 'Las disputas pequeñas se abonan sin pasar por el gestor.',
    },
    { phrase: 'sin que nadie (lo|la|los|las)? (vea|revise|mire|lea|compruebe|valide|abra|confirme)', example: 'Las llamadas de prioridad baja pasan a la lista sin que nadie vea la clasificación.' },
    {
      phrase: '(se deniegan|se rechazan|se aprueban|se conceden|se deniega|se rechaza|se aprueba|se concede) (directamente|sin revisión|sin más)',
      example: 'Las que quedan por debajo de 420 se deniegan directamente desde Campo360.',
    },
    {
      phrase: 'sin que (un|una|ningún|el|la) (gestor|gestora|técnico|técnica|tramitador|tramitadora|funcionario|funcionaria|persona) (lo|la|los|las)? (abra|lea|revise|vea|mire)',
      example: 'Las resoluciones salen sin que un tramitador las abra.',
    },
    {
      phrase:
        '(aprobado|aprobada|aprobados|aprobadas|rechazado|rechazada|rechazados|rechazadas|denegado|denegada|denegados|denegadas|concedido|concedida|concedidos|concedidas) (automáticamente|de forma automática)',
      example: 'Los préstamos pequeños son aprobados automáticamente.',
    },
    { phrase: '(se aprueban|se rechazan|se deniegan|se conceden|se liquidan) … (automáticamente|de forma automática)', example: 'Las solicitudes pequeñas se aprueban automáticamente.' },
    { phrase: '(rechazo|rechazos|denegación|aprobación|concesión) (automático|automática|automáticos|automáticas)', example: 'Los solicitantes reciben un rechazo automático.' },
    { phrase: '(totalmente|completamente) (automatizado|automatizada|automatizadas|automatizados|automático|automática)', example: 'Proceso totalmente automatizado.' },
    {
      phrase: 'sin que (nadie|el|la|los|las|ningún|ninguna) … (revise|revisen|mire|miren|valide|validen|compruebe|comprueben|vea|vean)',
      example: 'La categoría se graba directamente sin que el coordinador la revise.',
    },
    { phrase: '(no hay|sin) (revisión|validación|control) (humana|humano|manual)?', example: 'En el piloto no hay revisión.' },
    { phrase: '(salen|sale) (solas|solos|sola|solo|automáticamente|directamente)', example: 'Las respuestas salen solas por correo.' },
    { phrase: 'se (genera|generan) y se (notifica|notifican|envía|envían)', example: 'La denegación se genera y se notifica desde el sistema.' },
    { phrase: 'sin pasar por (el|la|un|una|ningún|ninguna)', example: 'Los pedidos se lanzan por EDI sin pasar por el jefe de compras.' },
    { phrase: '(100% automático|100 % automático|totalmente automático|totalmente automatizado|completamente automático|completamente automatizado)', example: 'Es 100% automático.' },
    { phrase: '(directamente desde el sistema|desde el sistema directamente)', example: 'La denegación se notifica desde el sistema directamente.' },
    {
      phrase: '(se aprueba|se aprueban|se deniega|se deniegan|se conceden|se concede) (directamente|de oficio|al momento|inmediatamente)',
      example: 'Las solicitudes con puntuación alta se aprueban directamente.',
    },
    { phrase: 'se (registran|registra|confirman|confirma) automáticamente', example: 'Los planes pequeños se registran automáticamente y se confirman al cliente por carta.' },
    {
      phrase: '(se publican|se envían|se aplican|se asignan|se emiten) (solos|solas|automáticamente|directamente|sin revisar)',
      example: 'Los demás cuadrantes se publican solos en la app del empleado.',
    },
    {
      phrase: '(pasan|pasa|van|va) directamente (a|al) (notificación|la notificación|resolución|la resolución|envío|el envío|firma|la firma|interesado|cliente|solicitante)',
      example: 'Las propuestas con puntuación superior a 0,9 pasan directamente a notificación de la propuesta de sanción.',
    },
    {
      phrase: '(se asigna|se asignan|se concede|se conceden|se comunica|se comunican|se adjudica|se adjudican|se valida|se validan) automáticamente',
      example: 'Si la puntuación supera 70 la plaza se asigna automáticamente y se comunica a la familia.',
    },
  ],
  nl: [
    { phrase: '(wordt|worden) (direct|rechtstreeks) (aangeboden|toegewezen|toegekend)', example: 'De plek wordt direct aangeboden aan het eerste gezin op de lijst.' },
    { phrase: 'zonder (menselijke)? tussenkomst', example: 'Standaardacceptaties gaan zonder menselijke tussenkomst de deur uit.' },
    { phrase: 'zonder dat (de|het|een|iemand) … (opent|openen|bekijkt|bekijken|controleert|controleren|leest|lezen)', example: 'De kaarten gaan ongewijzigd door, zonder dat de centralist ze opent.' },
    { phrase: '(zet|schrijft|boekt|zetten|schrijven) … (direct|rechtstreeks) (in|op)', example: 'Boven 0,85 zet de module de aantekening direct in het studentdossier.' },
    {
      phrase: 'zonder (medische|menselijke)? (beoordeling|controle|tussenkomst) … (direct|rechtstreeks|automatisch)',
      example: 'Duidelijke gevallen gaan zonder medische beoordeling direct naar de behandelaar.',
    },
    { phrase: 'automatisch (de|een) (aanbetaling|borg|boete|blokkade)', example: 'Boven een score van 0,45 vraagt het boekingsportaal automatisch de aanbetaling.' },
    { phrase: '(de overige|de rest|de andere) … (gaan|gaat) (direct|automatisch|meteen)', example: 'De overige routes gaan direct in GPS-Kanton.' },
    {
      phrase: '(krijgen|krijgt) … automatisch (de|een) (standaardafwijzing|afwijzing|afwijzingsbrief)|automatisch afgewezen',
      example: 'Aanvragen onder de 40 punten krijgen automatisch de standaardafwijzing via het portaal.',
    },
    { phrase: 'automatisch (opgeschort|stopgezet|geannuleerd|geblokkeerd)', example: 'De voorschotbetaling wordt boven de drempel automatisch opgeschort.' },
    {
      phrase:
        '(worden|wordt) automatisch (vrijgegeven|afgewezen|toegekend|aangehouden|geblokkeerd|goedgekeurd)|(direct|meteen) aangehouden|krijgt de (student|aanvrager|klant|cliënt|huurder) automatisch (bericht|een brief)',
      example: 'Sessies met een score onder 0,2 worden automatisch vrijgegeven.',
    },
    {
      phrase:
        '(gaat|gaan) automatisch … (naar|aan) de (aanvrager|aanvragers|klant|klanten|burger|burgers|cliënt|cliënten|huurder|huurders|patiënt|patiënten|werknemer|werknemers|ouders|student|studenten|leerling|leerlingen)',
      example: 'Een afwijzing op grond van inkomen gaat automatisch via MijnRechtshulp naar de aanvrager.',
    },
    {
      phrase: '(gaan|gaat|komen|komt) (direct|meteen|rechtstreeks|automatisch) (op|naar|in) (de)? status',
      example: 'Aanvragen onder de 9 punten gaan direct op status afgewezen.',
    },
    { phrase: 'automatisch (onderdrukt|weggefilterd|gesloten|afgesloten|genegeerd|verworpen)', example: 'Detecties onder de drempel worden automatisch onderdrukt en niet getoond.' },
    {
      phrase:
        '(direct|rechtstreeks|automatisch) … naar de (huurder|huurders|klant|klanten|aanvrager|aanvragers|cliënt|cliënten|burger|burgers|patiënt|patiënten|ouders|student|studenten|werknemer|werknemers|medewerker|medewerkers|bewoner|bewoners) (verstuurd|gestuurd|verzonden|gemaild)',
      example: 'Voorstellen onder 1.500 euro worden direct via het huurdersportaal naar de huurder verstuurd.',
    },
    { phrase: 'automatisch (gepubliceerd|gepubliceerde|verstuurd|doorgezet|ingepland|toegekend|afgewezen|goedgekeurd|uitbetaald)', example: 'De roosters worden automatisch gepubliceerd in de app.' },
    {
      phrase:
        '(zonder|buiten) (tussenkomst|beoordeling|controle) van (een|de) (medewerker|mens|hulpverlener|behandelaar|professional|beoordelaar|casemanager|arts|verpleegkundige|planner|coördinator|consulent)',
      example: 'Kleine claims worden zonder tussenkomst van een medewerker uitbetaald.',
    },
    {
      phrase:
        'zonder dat (iemand|een mens|een medewerker|een hulpverlener|een behandelaar|een professional|een beoordelaar|een casemanager|een arts|een verpleegkundige|een planner|een coördinator|een consulent) … (ziet|bekijkt|controleert|beoordeelt|leest|opent|goedkeurt|bevestigt)',
      example: 'Gesprekken met laag gaan naar de terugbelwachtrij, zonder dat iemand de inschaling ziet.',
    },
    { phrase: '(gaan|gaat) (als besluit|direct|rechtstreeks|meteen) (de deur uit|naar de (klant|reiziger|aanvrager|burger))', example: 'Voorstellen tot afwijzen gaan als besluit de deur uit.' },
    {
      phrase: '(automatisch) (goedgekeurd|afgewezen|toegekend|geweigerd|uitbetaald|besloten|geaccepteerd|ingedeeld|geprioriteerd|toegewezen)',
      example: 'Kleine claims worden automatisch goedgekeurd.',
    },
    { phrase: '(hoeven|hoeft) … niet (te )?(bevestigen|controleren|beoordelen|goedkeuren)', example: 'Assistentes hoeven de indeling niet te bevestigen.' },
    { phrase: 'automatische (beoordeling|afwijzing|afwijzingen|afwijzingsmail|goedkeuring|toewijzing|selectie)', example: 'Kandidaten krijgen een automatische afwijzing.' },
    {
      phrase: '(volledig) (geautomatiseerd|geautomatiseerde|automatisch|automatische) (besluit|besluiten|beslissing|beslissingen|afhandeling)',
      example: 'Volledig geautomatiseerde besluiten voor kleine bedragen.',
    },
    { phrase: '(controle|beoordeling) (door|van) … (is er niet|vindt niet plaats)', example: 'Controle door de servicedesk is er niet.' },
    { phrase: 'door het systeem zelf (aangemaakt|verstuurd|gestuurd|genomen|verzonden|afgehandeld)', example: 'De afwijzing wordt door het systeem zelf aangemaakt.' },
    { phrase: '(hoeven|hoeft) niets meer goed te keuren', example: 'De inkopers hoeven niets meer goed te keuren.' },
    { phrase: '(volledig geautomatiseerd|volledig automatisch|100% automatisch|100 % automatisch)', example: 'Volledig geautomatiseerd, het model zet facturen op blokkade.' },
    { phrase: '(het model|het systeem) (zet|blokkeert|keurt|wijst|beslist|plaatst) … zelf', example: 'Het model zet verdachte facturen zelf op betaalblokkade.' },
    { phrase: '(direct|meteen|rechtstreeks) (toegekend|goedgekeurd|afgewezen|verleend)', example: 'Aanvragen met een hoge score worden direct toegekend.' },
    { phrase: '(worden|wordt) automatisch (vastgelegd|bevestigd|afgesloten|toegekend|verwerkt)', example: 'Kleine regelingen worden automatisch vastgelegd en per brief aan de klant bevestigd.' },
    { phrase: '(worden|wordt) (vanzelf|automatisch|direct) (gepubliceerd|verstuurd|toegewezen|ingedeeld)', example: 'De overige roosters worden vanzelf gepubliceerd in de app.' },
    {
      phrase: '(gaan|gaat) (direct|rechtstreeks|meteen) (naar|door naar) (de)? (beschikking|verzending|klant|aanvrager|betrokkene)',
      example: 'Voorstellen boven 0,9 gaan direct door naar de verzending.',
    },
  ],
});

/**
 * A person sees only some decisions: a sample, objections, the low scores.
 * For a decision about people, the rest take effect without anyone.
 */
export const REVIEW_BY_EXCEPTION = lexicon('review-by-exception', {
  en: [
    { phrase: '(spot-check|spot-checks|spot check|spot checks|audit|audits|check|checks) a random', example: 'Team leaders spot-check a random 5% the following week.' },
    { phrase: '(only|just|solely) … (when|if) … (asks|ask|requests|request|asks for it|ask for it)', example: 'The teacher only reviews it if the family asks.' },
    { phrase: '(a|an) … sample of … (audited|reviewed|checked) (weekly|monthly|each week|each month|afterwards|after the fact|later)', example: 'Only a 5 % sample of stops is audited weekly.' },
    { phrase: '(look|looks|looking) only at the … (flag|flags|flagged|low)', example: 'On Monday coordinators look only at the visits the optimiser flags as low confidence.' },
    {
      phrase:
        '(one|1) (request|case|call|decision|item|application|proposal|file|claim|offer|score|rota|plan) (in|out of) (every)? (two|three|four|five|ten|twenty|fifty|hundred|2|3|4|5|10|20|50|100)',
      example: 'The shift supervisor spot-checks one request in twenty each shift.',
    },
    {
      phrase: 'only (opens|open|reviews|review|checks|check|looks at|look at) the (ones|cases|offers|decisions|items) (it|the model|the tool|the system) (flags|flag|marks|mark)',
      example: 'The duty coordinator only opens the ones it flags as uncertain.',
    },
    { phrase: '(approved|signed off|agreed|accepted) without discussion', example: 'Assessments rated suitable are approved without discussion unless a member objects.' },
    { phrase: '(the others|the rest|the remainder) … (as proposed|as drafted|as suggested|unchanged)', example: 'The others go to the workshop lists as proposed.' },
    {
      phrase: '(a|an) random … (sample|spot check|spot-check) … (the rest|the others|the remainder|otherwise)',
      example: 'An officer checks a random 5 % sample each week; the rest are applied automatically.',
    },
    {
      phrase: 'without (a|any) … (opening|looking at|reading|checking|seeing|reviewing) (it|them)',
      example: 'Green-rated prescriptions are released to the dispensing bench without a pharmacist opening them.',
    },
    { phrase: '(approved|signed off|released) (in bulk|in batches|as a batch|en bloc)', example: 'Proposals are approved in bulk per site.' },
    { phrase: '(only|just|solely) … (sample|samples|spot check|spot checks|spot-check|spot-checks|fraction|subset)', example: 'Case officers look at only a 5 % sample.' },
    {
      phrase: '(only|just|solely) (when|if|where|on|for|those|cases|scores|decisions|the) … (object*|appeal*|complain*|dispute*|below|under|flagged|escalat*|low)',
      example: 'Reviewed only when the applicant objects.',
    },
    { phrase: '(by exception|on exception|exception-based|on objection|on appeal only)', example: 'Decisions are reviewed by exception.' },
    {
      phrase: '(the rest|all others|the remainder|the remaining|everything else|the others) … (go|goes|are|is) (out|sent|processed|applied|issued|decided)? (automatically|straight|directly)',
      example: 'The rest go out automatically.',
    },
    {
      phrase: '(when|if|once) (the|a)? … (raises|raise|queries|query|asks|complains|calls|disputes|challenges|objects|appeals) (about it|a query|it)?',
      example: 'A pharmacist looks at the case when the prescribing team raises a query about it.',
    },
    { phrase: '(audit|audits|check|checks|review|reviews) a random (tenth|fifth|sample|share)', example: 'A senior physiotherapist will audit a random tenth.' },
    { phrase: '(outside|beyond) (that|the|this) (audit|sample|check)', example: 'Drafts outside that audit are booked as drafted.' },
    { phrase: '(one|1) (in|out of) (every)? (two|three|four|five|six|eight|ten|twenty|2|3|4|5|10|20)', example: 'The team lead reads one in five proposals.' },
    { phrase: 'every (second|third|fourth|fifth|tenth|twentieth) (case|decision|application|file|proposal|claim|score)', example: 'Every fifth decision is read by a supervisor.' },
    { phrase: "only … (get|gets|receive|receives) a (human|manual|second|person's) (look|review|check)", example: 'Only needs-review files get a human look.' },
    { phrase: '(weekly|monthly|quarterly|daily) quality (check|control|review) (of|on) (a|an)', example: 'A weekly quality check of a 5 % sample by the section head.' },
    { phrase: 'with (a|an) … (supervisor|manager|team lead|random)? spot (check|checks)', example: 'The determination is issued with a 5% supervisor spot check.' },
    { phrase: '(spot-check|spot-checks|spot check|spot checks) a … sample', example: 'Advisers spot-check a 5% sample each Friday.' },
  ],
  de: [
    { phrase: '(prüft|prüfen|sieht|sehen) … erst, (wenn|falls)', example: 'Die Fachkraft prüft den Fall erst, wenn die versicherte Person sich äußert.' },
    { phrase: 'nur (wenn|falls) … (verlangt|verlangen|anfragt|anfragen|nachfragt|nachfragen|darum bittet|darum bitten)', example: 'Die Lehrkraft prüft das Ergebnis nur, wenn die Eltern nachfragen.' },
    {
      phrase: '(eindeutige|sichere|übrige|restliche) (empfehlungen|fälle|vorschläge|einstufungen|entscheidungen) (gehen|laufen|werden) (direkt|automatisch|ungeprüft)',
      example: 'Eindeutige Empfehlungen gehen direkt als Vorschlag an die BEM-Beauftragte.',
    },
    {
      phrase: '(nur|lediglich|ausschließlich) … (bei denen|wo|wenn) (das|der|die) (modell|system|tool|algorithmus) (unsicher|sich unsicher)',
      example: 'Die Betriebsärztin prüft nur Empfehlungen, bei denen das Modell unsicher ist.',
    },
    {
      phrase:
        '(alle übrigen|alle anderen|alle restlichen) (scores|fälle|anträge|vorgänge|meldungen|bewertungen|vorschläge|entscheidungen)? (fließen|gehen|laufen|werden) (direkt|automatisch|unmittelbar|ungeprüft)',
      example: 'Alle übrigen Scores fließen direkt in das Leistungs-Dashboard.',
    },
    { phrase: '(zufallsauswahl|von jedem (zweiten|dritten|fünften|zehnten|zwanzigsten) fall)', example: 'Die Sachbearbeitung sichtet eine Zufallsauswahl von jedem zwanzigsten Fall.' },
    { phrase: '(zufallsstichprobe|stichprobe) (von|aus|mit) (rund|etwa|ca.)? …', example: 'Die Teamleitung prüft wöchentlich eine Zufallsstichprobe von 10 % der Empfehlungen.' },
    { phrase: '(im nachgang|nachträglich) … (eine|einer) stichprobe', example: 'Die Einsatzkoordination prüft im Nachgang eine Stichprobe von zehn Prozent.' },
    { phrase: '(gesammelt|pauschal|en bloc|sammelweise) … (frei|freigegeben|freigeben|gibt)', example: 'Die Sachbearbeitung gibt die Vorschläge gesammelt je Einrichtung frei.' },
    {
      phrase: '(nur|lediglich) , wenn … (beantragen|beantragt|verlangen|verlangt|nachfragen|widersprechen)',
      example: 'Einzeln angesehen wird ein Vorschlag nur, wenn Eltern eine Überprüfung beantragen.',
    },
    {
      phrase: '(jede|jeden|jeder|jedes) (zweit*|dritt*|viert*|fünft*|zehnt*|zwanzigst*) (davon|im nachgang|stichprobenartig)',
      example: 'Eine Assistenzärztin sieht sich jede zehnte davon im Nachgang an.',
    },
    {
      phrase: '(nur|lediglich|ausschließlich) (wenn|bei|eine|stichprobe*|stichprobenartig|auf|im|die|fälle) … (widersprich*|widerspruch|beschwerde|einspruch|unter|stichprobe*|auffällig*)',
      example: 'Nur wenn ein Fahrer der Bewertung widerspricht.',
    },
    { phrase: '(stichprobenartig|stichprobenweise|im stichprobenverfahren)', example: 'Die Entscheidungen werden stichprobenartig geprüft.' },
    { phrase: '(sonst|ansonsten|übrige|rest) … automatisch', example: 'Sonst geht das Schreiben automatisch an den Fahrer.' },
    {
      phrase: '(jede|jeden|jeder|jedes) (zweit*|dritt*|viert*|fünft*|zehnt*|zwanzigst*) (fall|fälle|entscheidung|vorschlag|antrag|bewertung|bescheid)',
      example: 'Die Teamleitung liest jeden fünften Vorschlag.',
    },
    { phrase: '(die übrigen|die anderen|die restlichen|der rest) … (direkt|automatisch|unmittelbar)', example: 'Die übrigen gehen direkt in die Akte.' },
    {
      phrase:
        '(wenn|sobald|falls) (die|der) (betroffene|betroffenen|beschäftigte|mitarbeiter|mitarbeiterin|kunde|kundin|antragsteller) … (nachfragt|nachfragen|widerspricht|reklamiert|sich beschwert|anruft)',
      example: 'Die Lohnbuchhaltung schaut sich einen Fall an, wenn die betroffene Person nachfragt.',
    },
    {
      phrase: 'nur … (bekommen|erhalten|bekommt|erhält) (einen|eine) (menschliche|menschlichen|manuelle|manuellen|zweite|zweiten)? (blick|prüfung|sichtung)',
      example: 'Nur unklare Fälle bekommen eine menschliche Prüfung.',
    },
    {
      phrase: '(wöchentliche|monatliche|tägliche) (qualitätskontrolle|qualitätsprüfung|kontrolle) (von|bei|an) (rund|etwa|ca.)?',
      example: 'Wöchentliche Qualitätskontrolle von rund 5 % der Fälle durch die Oberärztin.',
    },
  ],
  fr: [
    { phrase: '(seulement|uniquement|que) (si|quand|lorsque) … (demande|demandent|le demande|le demandent|réclame|réclament)', example: "L'enseignante ne le revoit que si la famille le demande." },
    {
      phrase: "(seulement|uniquement|que) … (lorsque|quand|où|dont|pour lesquels|pour lesquelles) (le modèle|l'outil|le système) (est incertain|hésite|doute)",
      example: 'Le médecin ne relit que les avis pour lesquels le modèle hésite.',
    },
    {
      phrase: "(ne|n') … que si (l'|le|la|les)? … (conteste|contestent|réclame|réclament|appelle|appellent|proteste)",
      example: "Un gestionnaire ne réexamine le dossier que si l'étudiant conteste l'attribution.",
    },
    // "ne … qu'en cas de" is "only if", not a negation: the phrase starts at "ne" so the negation check reads what comes before it.
    { phrase: "(ne|n') … qu'en cas de (réclamation|recours|contestation|plainte)", example: "Un gestionnaire ne reprend le dossier qu'en cas de réclamation de l'adhérent." },
    { phrase: '(validées|validés|validé|validée|approuvées|approuvés) (en bloc|en masse|en lot|par lot|par lots)', example: 'Les propositions sont validées en bloc par établissement.' },
    {
      phrase: '(seules|seuls|uniquement|seulement) … (relues|relus|revues|revus|vérifiées|vérifiés|contrôlées|contrôlés|examinées|examinés|lues|lus)',
      example: 'Seules les évaluations sous 60/100 sont relues.',
    },
    { phrase: '(par sondage|par échantillonnage|sur échantillon|un échantillon de)', example: 'Contrôle par sondage de 5 % des décisions.' },
    { phrase: '(alimentent|alimente|entrent|entre) directement', example: 'Les notes alimentent directement la prime.' },
    {
      phrase: '(une|un) (proposition|décision|dossier|demande|évaluation|cas|plan|avis|courrier|lettre|message)? sur (deux|trois|quatre|cinq|dix|vingt)',
      example: "L'infirmière coordinatrice relit une proposition sur cinq.",
    },
    { phrase: '(les autres|le reste|les restantes|les restants) … (directement|automatiquement)', example: 'Les autres sont versées directement au plan de soins.' },
    {
      phrase:
        "(si|quand|lorsque) (la|le|les|l') (famille|familles|client|cliente|usager|usagers|patient|patiente|parent|parents|demandeur|bénéficiaire) (appelle|appellent|réclame|réclament|conteste|contestent|proteste|signale|signalent)",
      example: 'Le reste étant vérifié si la famille appelle.',
    },
    { phrase: 'contrôle (de)? qualité (hebdomadaire|mensuel|quotidien) (de|sur) (un|une)?', example: 'Contrôle qualité hebdomadaire sur 5 % des dossiers par la cheffe de service.' },
    { phrase: '(un|une) (dossier|cas|décision|rapport|fiche) sur (deux|trois|quatre|cinq|dix|vingt)', example: 'Un cadre relit un dossier sur dix a posteriori.' },
  ],
  es: [
    { phrase: '(solo|sólo|solamente|únicamente) … si … (pide|piden|solicita|solicitan)', example: 'La tutora solo lo revisa si la familia lo pide.' },
    {
      phrase: '(solo|sólo|únicamente) … (cuando|en los que|en las que|donde) (el modelo|la herramienta|el sistema) (duda|no está seguro|tiene dudas)',
      example: 'El médico solo revisa las propuestas en las que el modelo duda.',
    },
    {
      phrase:
        '(el resto|los demás|las demás|las restantes|los restantes) (se)? (formaliza|formalizan|tramita|tramitan|resuelve|resuelven|envía|envían|aplica|aplican|firma|firman) (con|según|directamente|automáticamente)',
      example: 'El resto se formaliza con la decisión del modelo.',
    },
    { phrase: '(aprobadas|aprobados|validadas|validados) (en bloque|en lote|por lotes)', example: 'Las propuestas quedan aprobadas en bloque.' },
    {
      phrase: '(solo|sólo|solamente|únicamente) … si (el|la|los|las) (cliente|clienta|clientes|solicitante|paciente|deudor|deudora|usuario|interesado|interesada)',
      example: 'Un gestor solo la revisa si el cliente la rechaza o pide hablar con alguien.',
    },
    { phrase: '(solo|sólo|únicamente|solamente) … (muestra|reclam*|recurr*|objet*|por debajo|inferior*|dudos*)', example: 'Solo se revisan cuando el cliente reclama.' },
    { phrase: '(por muestreo|muestra aleatoria|de forma aleatoria)', example: 'Revisión por muestreo del 5 %.' },
    { phrase: '(el resto|los demás|las demás) … (automáticamente|directamente)', example: 'El resto se envía automáticamente.' },
    { phrase: '(uno|una) de cada (dos|tres|cuatro|cinco|diez|veinte)', example: 'La supervisora revisa una de cada cinco propuestas.' },
    { phrase: '(control|revisión) de calidad (semanal|mensual|trimestral|diario|diaria) de (un|una)', example: 'La lista se reordena sola; control de calidad semanal de un 5 % de los casos.' },
  ],
  nl: [
    { phrase: 'alleen (als|wanneer|indien) … (vraagt|vragen|verzoekt|verzoeken|erom vraagt|erom vragen)', example: 'De leerkracht bekijkt het alleen als de ouders erom vragen.' },
    { phrase: '(alleen|uitsluitend|slechts) … (waar|wanneer|als) (het model|de tool|het systeem) (twijfelt|onzeker is)', example: 'De bedrijfsarts bekijkt alleen adviezen waar het model twijfelt.' },
    {
      phrase: '((in één keer|in bulk) (afgehandeld|verwerkt)|alleen bij bezwaar)',
      example: 'Voorgestelde toekenningen worden in één keer afgehandeld; alleen bij bezwaar kijkt een tweede consulent.',
    },
    { phrase: '(verder|voor de rest|de overige|overigens) (gaat|gaan) … automatisch', example: 'Verder gaat de planning automatisch naar de app van de medewerkers.' },
    {
      phrase: '(alleen|slechts|enkel|uitsluitend) … (als|wanneer|indien) … (klacht|klaagt|klagen|bezwaar|belt|bellen|reclameert)',
      example: 'De planner kijkt alleen naar een dienst als een cliënt er een klacht over meldt.',
    },
    { phrase: '(in bulk|in één keer|per batch) (goedgekeurd|vrijgegeven|geaccordeerd)', example: 'De voorstellen worden per locatie in één keer goedgekeurd.' },
    { phrase: 'willekeurige (greep|selectie) (van|uit)', example: 'Een gedragswetenschapper kijkt mee naar een willekeurige greep van circa 10 %.' },
    {
      phrase: '(alleen|slechts|uitsluitend) (naar)? (een|bij|als|wanneer|de|steekproef*) … (steekproef|bezwaar|klacht|onder|twijfel*)',
      example: 'Behandelaars kijken alleen naar een steekproef van 5 %.',
    },
    { phrase: '(steekproefsgewijs|steekproefsgewijze)', example: 'Besluiten worden steekproefsgewijs gecontroleerd.' },
    { phrase: '(één|een) op de (twee|drie|vier|vijf|tien|twintig)', example: 'De teamleider leest één op de vijf voorstellen.' },
    { phrase: '(elke|iedere) (tweede|derde|vierde|vijfde|tiende) (zaak|besluit|aanvraag|dossier|voorstel|beoordeling)', example: 'Elke vijfde beoordeling wordt nagelezen.' },
    { phrase: '(de rest|de overige|overige) … (direct|automatisch|rechtstreeks) (verwerkt|verstuurd|doorgevoerd|afgehandeld)', example: 'De rest wordt direct verwerkt in de beschikking.' },
    { phrase: '(wekelijkse|maandelijkse|dagelijkse) kwaliteitscontrole (van|op) (een)?', example: 'Wekelijkse kwaliteitscontrole van 5 % van de casussen door de sectiehoofd.' },
  ],
});

/**
 * A person confirms each decision before it takes effect: then a sample
 * checked on top ("and a team lead double-checks one in ten") is a second
 * look, not review by exception.
 */
export const EACH_DECISION_CONFIRMED = lexicon('each-decision-confirmed', {
  en: [
    {
      phrase:
        '(confirms|confirm|approves|approve|validates|validate|signs off|sign off|releases|release) (each|every) (single)? (decision|case|claim|amount|settlement|application|letter|proposal|score|offer|item|payment|one)',
      example: 'The handler confirms each settlement amount, and a team lead double-checks one in ten.',
    },
    {
      phrase: '(each|every) (single)? (decision|case|claim|settlement|application|letter|proposal|score|offer|payment) is (confirmed|approved|validated|signed off|released) by (a|an|the)',
      example: 'Every decision is approved by a caseworker; one in twenty is audited again.',
    },
  ],
  de: [
    {
      phrase:
        '(bestätigt|bestätigen|gibt|geben|zeichnet|zeichnen) (jede|jeden|jedes|einzeln jede|einzeln jeden) (entscheidung|fall|bescheid|antrag|regulierung|auszahlung|vorschlag|schreiben|betrag|zahlung)',
      example: 'Der Sachbearbeiter bestätigt jede Regulierung, zusätzlich prüft die Gruppenleitung jeden zehnten Fall.',
    },
    {
      phrase:
        '(jede|jeder|jedes) (einzelne)? (entscheidung|fall|bescheid|antrag|regulierung|vorschlag|schreiben) wird (von|durch) (einer|einem|der|dem|die|den)? … (bestätigt|freigegeben|gegengezeichnet)',
      example: 'Jeder Bescheid wird von der Sachbearbeiterin freigegeben; jeden zwanzigsten prüft die Revision.',
    },
  ],
  fr: [
    {
      phrase:
        '(valide|valident|confirme|confirment|approuve|approuvent|signe|signent) (chaque|chacun des|chacune des|tous les|toutes les) (décision|décisions|dossier|dossiers|remboursement|remboursements|demande|demandes|courrier|courriers|proposition|propositions|montant|montants)',
      example: 'Le gestionnaire valide chaque remboursement et un contrôleur vérifie en plus un dossier sur vingt.',
    },
    {
      phrase: '(chaque) (décision|dossier|remboursement|demande|courrier|proposition) est (validé|validée|confirmé|confirmée|approuvé|approuvée|signé|signée) par',
      example: 'Chaque dossier est validé par un gestionnaire ; un sur dix est revu par le responsable.',
    },
  ],
  es: [
    {
      phrase:
        '(confirma|confirman|valida|validan|aprueba|aprueban|firma|firman) (cada|todas las|todos los) (decisión|decisiones|caso|casos|expediente|expedientes|solicitud|solicitudes|reembolso|reembolsos|propuesta|propuestas|carta|cartas|importe|importes|pago|pagos)',
      example: 'El tramitador valida cada reembolso y un supervisor revisa además uno de cada diez.',
    },
    {
      phrase: 'cada (decisión|caso|expediente|solicitud|reembolso|propuesta|carta) (es|queda) (validada|validado|confirmada|confirmado|aprobada|aprobado|firmada|firmado) por',
      example: 'Cada expediente es validado por un tramitador; uno de cada veinte lo revisa la jefa.',
    },
  ],
  nl: [
    {
      phrase: '(keurt|keuren|bevestigt|bevestigen|tekent|tekenen) (iedere|elke|ieder|elk) (beslissing|besluit|zaak|aanvraag|declaratie|uitkering|brief|voorstel|bedrag|betaling) (goed|af)?',
      example: 'De behandelaar keurt iedere declaratie goed en een senior controleert daarnaast één op de tien.',
    },
    {
      phrase: '(iedere|elke|ieder|elk) (beslissing|besluit|zaak|aanvraag|declaratie|brief|voorstel) wordt (door|eerst door) (een|de|het)? … (goedgekeurd|bevestigd|afgetekend)',
      example: 'Elke aanvraag wordt door een consulent goedgekeurd; één op de twintig controleert de teamleider.',
    },
  ],
});

/** The groups a decision about people affects: what its errors must be broken down by. */
export const AFFECTED_GROUPS = lexicon('affected-groups', {
  en: [
    {
      phrase:
        '(age|ages|age band|age bands|age group|age groups|gender|sex|ethnicity|ethnic|race|disability|disabilities|nationality|nationalities|origin|religion|language|native language|first language|postcode|zip code|income band|protected characteristics|protected groups|protected attributes|demographic|demographics|vulnerable|minority|minorities|groups affected|affected groups|subgroup|subgroups|cohort|cohorts|fairness)',
      example: 'Errors broken down by age band, gender and first language.',
    },
    { phrase: '(no|each|any|every) group of', example: 'We check that no group of policyholders is systematically under-compensated.' },
  ],
  de: [
    {
      phrase:
        '(alter|altersgruppe|altersgruppen|geschlecht|herkunft|ethnie|behinderung|nationalität|staatsangehörigkeit|religion|sprache|muttersprache|postleitzahl|einkommensgruppe|geschützte merkmale|demografisch|demografische|demografischen|vulnerable|betroffene gruppen|betroffenen gruppen|untergruppen|gruppen|fairness)',
      example: 'Fehler nach Altersgruppe, Geschlecht und Muttersprache aufgeschlüsselt.',
    },
    { phrase: '(keine|jede|einzelne) gruppe (von)?', example: 'Wir prüfen, dass keine Gruppe von Versicherten systematisch benachteiligt wird.' },
  ],
  fr: [
    {
      phrase:
        "(âge|tranche d'âge|tranches d'âge|sexe|genre|origine|handicap|nationalité|religion|langue|code postal|revenu|critères protégés|démographique|démographiques|vulnérables|groupes concernés|sous-groupes|groupes|équité)",
      example: "Erreurs ventilées par tranche d'âge, sexe et langue.",
    },
    { phrase: '(aucun|chaque) groupe', example: "Vérifier qu'aucun groupe d'assurés n'est systématiquement sous-indemnisé." },
  ],
  es: [
    {
      phrase:
        '(edad|edades|franja de edad|tramos de edad|sexo|género|origen|discapacidad|nacionalidad|religión|idioma|lengua|código postal|renta|características protegidas|demográfico|demográficos|demográfica|vulnerables|grupos afectados|subgrupos|grupos|equidad)',
      example: 'Errores desglosados por edad, sexo e idioma.',
    },
    { phrase: '(ningún|cada) grupo', example: 'Comprobar que ningún grupo de asegurados sale sistemáticamente perjudicado.' },
  ],
  nl: [
    {
      phrase:
        '(leeftijd|leeftijdsgroep|leeftijdsgroepen|geslacht|gender|afkomst|herkomst|beperking|handicap|nationaliteit|religie|taal|moedertaal|postcode|inkomensgroep|beschermde kenmerken|demografisch|demografische|kwetsbare|betrokken groepen|subgroepen|groepen|fairness)',
      example: 'Fouten uitgesplitst naar leeftijd, geslacht en moedertaal.',
    },
    { phrase: '(geen|elke|iedere) groep', example: 'Controleren dat geen groep verzekerden stelselmatig benadeeld wordt.' },
  ],
});

/**
 * A group word that describes a thing, not a person: "edad del animal", "the
 * age of the vehicle", "Sprache des Dokuments". It breaks errors down by
 * nothing about the people a decision is about.
 */
export const NOT_A_GROUP = lexicon('not-a-group', {
  en: [
    {
      phrase: '(property|vehicle|building|asset|equipment|policy|account|car|house|home|roof|boiler|device) (age|ages)',
      example: 'Errors broken down by claim value band, region, peril sub-type and property age.',
    },
    { phrase: '(office|branch|channel|store|site|port|warehouse|plant|depot) of origin', example: 'Errors broken down by product, office of origin and loan size.' },
    {
      phrase:
        '(age|ages|language|origin|size) of the (animal|animals|pet|pets|dog|dogs|cat|cats|vehicle|vehicles|car|cars|asset|assets|equipment|building|buildings|document|documents|file|files|item|items|parcel|parcels)',
      example: 'Errors broken down by species and the age of the animal.',
    },
    { phrase: "(animal's|pet's|dog's|vehicle's|car's|asset's|building's|document's) (age|language|origin)", example: "Errors by the animal's age and size." },
    { phrase: '(office|branch|site|depot|centre|center|unit|warehouse) of origin', example: 'Errors broken down by claim type and office of origin.' },
    { phrase: 'origin of the (request|referral|application|call|claim)', example: 'Errors by site, month and origin of the referral.' },
  ],
  de: [
    { phrase: '(gebäudealter|fahrzeugalter|anlagenalter|gerätealter|vertragsalter)', example: 'Fehler nach Schadenhöhe, Region und Gebäudealter.' },
    { phrase: '(herkunftsfiliale|herkunftskanal|herkunftsstandort|herkunftslager|filiale der herkunft)', example: 'Fehler nach Produkt, Herkunftsfiliale und Betragsklasse.' },
    {
      phrase: '(alter|sprache|herkunft) (des|der|von) (tieres|tiere|tiers|hundes|katze|fahrzeugs|fahrzeuge|gebäudes|gebäude|dokuments|dokumente|anlage|anlagen|pakete|sendung)',
      example: 'Fehler nach Tierart und Alter des Tieres.',
    },
  ],
  fr: [
    { phrase: "(agence|bureau|canal|site|magasin|entrepôt|port|usine|dépôt) d'origine", example: "Erreurs ventilées par produit, agence d'origine et tranche de montant." },
    {
      phrase: "(âge|langue|origine) (de l'|du|des|de la) (animal|animaux|chien|chat|véhicule|véhicules|bâtiment|bâtiments|document|documents|équipement|équipements|colis)",
      example: "Erreurs ventilées par espèce et âge de l'animal.",
    },
    { phrase: "(agence|bureau|site|centre|entrepôt|antenne) (d'origine|de provenance)", example: "Erreurs ventilées par type de dossier et agence d'origine." },
    { phrase: 'origine de la (demande|saisine|prescription|réclamation)', example: 'Erreurs par site, par mois et par origine de la demande.' },
  ],
  es: [
    { phrase: '(oficina|sucursal|canal|centro|tienda|almacén|puerto|planta|fábrica) de origen', example: 'Errores desglosados por producto, oficina de origen y tramo de importe.' },
    {
      phrase:
        '(edad|idioma|lengua|origen) (del|de la|de los|de las) (animal|animales|perro|perros|gato|gatos|vehículo|vehículos|edificio|edificios|documento|documentos|equipo|equipos|paquete|paquetes)',
      example: 'Errores desglosados por especie, tamaño y edad del animal.',
    },
    { phrase: '(oficina|sucursal|centro|sede|delegación|unidad) … de origen', example: 'Errores desglosados por oficina de prestaciones de origen y por tipo de prestación.' },
    { phrase: 'origen de la (solicitud|petición|derivación|llamada|demanda)', example: 'Errores por centro, por mes y por origen de la solicitud.' },
  ],
  nl: [
    { phrase: '(leeftijd van de|leeftijd van het) (woning|pand|voertuig|auto|installatie|polis)', example: 'Fouten per schadeklasse, regio en leeftijd van de woning.' },
    { phrase: '(kantoor|vestiging|kanaal|filiaal|haven|fabriek|depot) van herkomst', example: 'Fouten per product, vestiging van herkomst en bedragklasse.' },
    {
      phrase: '(leeftijd|taal|herkomst) (van het|van de) (dier|dieren|voertuig|voertuigen|gebouw|gebouwen|document|documenten|pakket|pakketten)',
      example: 'Fouten per diersoort en leeftijd van het dier.',
    },
  ],
});

/** Whether `text` names a group of people to break errors down by: a group word that no NOT_A_GROUP phrase holds. */
export function namesAffectedGroups(text: string): boolean {
  const things = NOT_A_GROUP.matches(text);
  return AFFECTED_GROUPS.matches(text).some((g) => !things.some((t) => t.index <= g.index && g.index < t.index + t.text.length));
}

/** "In practice it is the three shift leads who take part": what follows says who the pilot users really are. */
export const IN_PRACTICE = lexicon('in-practice', {
  en: [
    {
      phrase: '(in practice|in reality|in fact|actually) (it is|it will be|those taking part are|the pilot users are|the users are)',
      example: 'In practice it is the three shift leads who take part.',
    },
  ],
  de: [{ phrase: '(in der praxis|tatsächlich|faktisch) (sind es|nehmen|machen)', example: 'In der Praxis sind es die drei Schichtleiter, die teilnehmen.' }],
  fr: [{ phrase: '(en pratique|dans les faits|en réalité) … (ce sont|ce seront|participent)', example: 'En pratique, ce sont les trois chefs d’équipe qui participent.' }],
  es: [{ phrase: '(en la práctica|en realidad) (son|serán|participan)', example: 'En la práctica son los tres jefes de turno quienes participan.' }],
  nl: [{ phrase: '(in de praktijk|feitelijk|eigenlijk) (zijn het|doen|nemen)', example: 'In de praktijk zijn het de drie ploegleiders die meedoen.' }],
});

/**
 * People a decision can be about: applicants, patients, tenants, pupils,
 * workers. With ASSESSES in the same sentence of what the POC is about, the
 * POC decides about people, whatever the domain's own words. A compound
 * that names a service (patiëntvervoer, Patiententransport) is not a person.
 */
export const PERSON = lexicon('person', {
  en: [
    { phrase: '(learners|course participants|trainees|callers)', example: 'The model sets the course level of new learners.' },
    { phrase: '(unemployed|jobless|returning students|returners)', example: 'Training vouchers for unemployed people who meet the requirements.' },
    { phrase: "((each|every) (household|household's)|households in need|low-income households)", example: "Set each household's parcel size." },
    {
      phrase:
        '(applicant*|claimant*|patient|patients|resident*|tenant*|pupil*|student*|candidate*|borrower*|debtor*|beneficiar*|recipient*|employee*|worker*|staff member*|elderly|clients in care|care clients|families|children|citizens|job seekers|jobseekers|asylum seekers|members of the public|policyholders|insured persons|offenders|suspects)',
      example: 'Shortlisting applicants for the graduate programme.',
    },
  ],
  de: [
    { phrase: '(teilnehmende*|teilnehmer*|kursteilnehmer*|lernende*)', example: 'Automatische Einstufung neuer Teilnehmender, die das Kursniveau festlegt.' },
    { phrase: '(erwerbslose*|arbeitsuchende*)', example: 'Vorschlag, ob Arbeitsuchende die Voraussetzungen erfüllen.' },
    { phrase: '((jeder|jedes|jeden|jedem) haushalt*|bedürftige haushalte|bedürftigen haushalten)', example: 'Die Paketgröße für jeden Haushalt vorschlagen.' },
    {
      phrase:
        '(antragsteller*|bewerber*|patient|patienten|patientin|patientinnen|bewohner*|mieter*|schüler*|studierende*|kandidat*|kreditnehmer*|schuldner*|leistungsempfänger*|mitarbeiter*|beschäftigte*|*mitarbeitern|pflegebedürftige*|bürger*|kinder|familien|arbeitssuchende*|arbeitslose*)',
      example: 'Bewertung der Leistung von Lagermitarbeitern für die Schichtprämie.',
    },
  ],
  fr: [
    { phrase: '(apprenants|apprenantes|stagiaires|appelants)', example: 'Le modèle fixe le niveau des nouveaux apprenants.' },
    { phrase: "(chômeurs|chômeuses|demandeurs d'emploi|demandeuses d'emploi)", example: 'Proposer si les chômeurs remplissent les conditions.' },
    { phrase: '((chaque) (ménage|foyer)|ménages (bénéficiaires|en difficulté|modestes))', example: 'Proposer la taille du colis pour chaque foyer.' },
    {
      phrase:
        "(demandeur*|candidat*|patient|patients|patiente|patientes|résident*|locataire*|élève*|étudiant*|emprunteur*|débiteur*|bénéficiaire*|allocataire*|salarié*|familles|enfants|personnes âgées|demandeurs d'emploi)",
      example: 'Détection des fraudes aux prestations chez les allocataires.',
    },
  ],
  es: [
    { phrase: '(alumnado|aprendices|llamantes|ciudadanos que llaman)', example: 'El modelo fija el nivel del alumnado nuevo.' },
    { phrase: '(personas desempleadas|desempleado*|desempleada*|parados|paradas)', example: 'Propone si las personas desempleadas cumplen los requisitos.' },
    { phrase: '((cada) (hogar|unidad familiar)|hogares (vulnerables|beneficiarios|en situación de vulnerabilidad))', example: 'Proponer el lote para cada hogar.' },
    {
      phrase:
        '(solicitante*|candidat*|paciente*|residente*|inquilino*|alumno*|estudiante*|prestatario*|deudor*|beneficiario*|empleado*|trabajador*|familias|menores|mayores|personas mayores|demandantes de empleo)',
      example: 'Asignación de plazas en residencias de mayores.',
    },
  ],
  nl: [
    { phrase: '(cursisten|deelnemers|melders|bellers)', example: 'Het model bepaalt het niveau van nieuwe cursisten.' },
    { phrase: '(werklozen|werkloze*)', example: 'Voorstel of werklozen aan de voorwaarden voldoen.' },
    { phrase: '((elk|ieder) huishouden|huishoudens (in nood|met een laag inkomen))', example: 'De pakketgrootte voor elk huishouden voorstellen.' },
    {
      phrase:
        '(aanvrager*|kandidat*|kandidaten|patiënt|patiënten|patiënte|patiëntes|cliënt*|bewoner*|huurder*|leerling*|student*|lener*|schuldenaar*|uitkeringsgerechtigde*|werknemer*|burger*|gezinnen|kinderen|ouderen|werkzoekende*)',
      example: 'Selectie van kandidaten voor de opleiding.',
    },
  ],
});

/** Deciding about someone: prioritising, shortlisting, scoring, allocating, sanctioning, approving. */
export const ASSESSES = lexicon('assesses', {
  en: [
    { phrase: '(sets|set|decides|decide|determines|determine) (the|their)? (course|language|class)? level', example: 'The model sets the course level of new learners.' },
    { phrase: '(meets|meet|meeting) the (eligibility)? (requirements|criteria|conditions)', example: 'Proposes whether unemployed applicants meet the requirements.' },
    {
      phrase: '(assign*|sets|set|gives|give) (a|their|his|her|each)? (reading|maths|math|language|care|support|risk)? (level|grade|band)',
      example: 'The model listens to each pupil read and assigns their reading level.',
    },
    {
      phrase:
        '(prioriti*|shortlist*|scoring|rank*|selecting|selection of|triag*|sanction*|allocat*|approv*|reject*|eligib*|vetting|suspend*|penalt*|fraud detection|detecting fraud|risk-rating|performance review*|bonus*)',
      example: 'Suggesting sanctions for benefit claimants who miss appointments.',
    },
    { phrase: '(loan|credit|care|benefit|benefits|housing|school|university) (requests|applications|needs|levels|places|allocation)', example: 'Scoring small-business loan requests.' },
  ],
  de: [
    { phrase: '(kursniveau|sprachniveau|niveau) (festlegt|festlegen|bestimmt|bestimmen|vergibt)', example: 'Ein Modell, das das Kursniveau festlegt.' },
    { phrase: '(die)? voraussetzungen (erfüllt|erfüllen)', example: 'Vorschlag, ob Arbeitsuchende die Voraussetzungen erfüllen.' },
    { phrase: '(stuft|stufen) … ein|(lesestufe|lesekompetenzstufe|förderstufe|leistungsstufe)', example: 'Das Modell hört den Schülern beim Lesen zu und stuft sie in eine Lesestufe ein.' },
    {
      phrase:
        '(priorisier*|vorauswahl|leistungsbewertung|beurteilung|einstufung|ranking|zuteilung|vergabe|genehmigung|ablehnung|bewilligung|sanktion*|pflegestufe|pflegegrad|prämie*|schichtprämie|betrugserkennung|missbrauch*)',
      example: 'Vorschlag der Pflegestufe für Antragsteller.',
    },
  ],
  fr: [
    { phrase: '(fixe|fixent|détermine|déterminent) (le|leur) niveau', example: 'Le modèle fixe le niveau des nouveaux apprenants.' },
    { phrase: '(remplit|remplissent) les conditions', example: 'Proposer si les chômeurs remplissent les conditions.' },
    { phrase: '(attribue|attribuent|donne|donnent) (un|son|leur|le) (niveau|groupe de niveau)', example: 'Le modèle écoute chaque élève lire et lui attribue son niveau de lecture.' },
    {
      phrase: '(priorisation|prioris*|présélection|sélection|classement|attribution|octroi|refus|rejet|sanction*|éligibilité|détection des fraudes|fraude*)',
      example: 'Détection des fraudes aux prestations chez les allocataires.',
    },
    { phrase: "(demandes de logement|logement social|demandes d'aide|aides sociales|prestations)", example: 'Priorisation des demandes de logement social.' },
  ],
  es: [
    { phrase: '(fija|fijan|determina|determinan) (el|su) nivel', example: 'El modelo fija el nivel del alumnado nuevo.' },
    { phrase: '(cumple|cumplen) (los)? requisitos', example: 'Propone si las personas desempleadas cumplen los requisitos.' },
    { phrase: '(asigna|asignan|otorga|otorgan|da) (su|un|el) (nivel|grupo de nivel)', example: 'Un modelo escucha al alumno leer y asigna su nivel lector.' },
    {
      phrase: '(prioriz*|preselecci*|selección|asignación|concesión|deneg*|rechaz*|sanci*|elegibilidad|detección de fraude|fraude*|plazas)',
      example: 'Asignación de plazas en residencias de mayores.',
    },
  ],
  nl: [
    { phrase: '(bepaalt|bepalen) (het|hun) (niveau|cursusniveau)', example: 'Het model bepaalt het niveau van nieuwe cursisten.' },
    { phrase: '((voldoet|voldoen) aan de (voorwaarden|eisen)|aan de (voorwaarden|eisen) (voldoet|voldoen))', example: 'Voorstel of werklozen aan de voorwaarden voldoen.' },
    { phrase: '(kent|kennen) … (niveau|leesniveau) toe|(deelt|delen) … in (op|naar) niveau', example: 'Het model luistert naar elke leerling en kent een leesniveau toe.' },
    {
      phrase: '(prioriter*|voorselectie|selectie|beoordeling van aanvragen|rangschik*|toewijzing|toekenning|afwijzing|sanctie*|fraudedetectie|fraude*|bijzondere bijstand)',
      example: 'Beoordeling van aanvragen bijzondere bijstand.',
    },
  ],
});

/**
 * What the decision is about when it is not a person: animals in a vet
 * practice, ships under a hull policy. A people word in the same sentence
 * ("antimicrobial prescribing" for dogs and cats, "Kaskoschäden" of
 * ocean-going ships) then decides about no one.
 */
export const NOT_A_PERSON = lexicon('not-a-person', {
  en: [
    {
      phrase:
        '(small animal|small animals|farm animal|farm animals|companion animal|companion animals|veterinary|vet practice|vet practices|livestock|hull & machinery|hull and machinery|marine hull|ocean-going vessels)',
      example: 'Antimicrobial prescribing review across our small animal practices.',
    },
    { phrase: '(animal hospital|animal hospitals|pet owners|out-of-hours vet|emergency vet)', example: 'Out-of-hours phone triage at the animal hospital.' },
  ],
  de: [
    {
      phrase: '(kleintierpraxis*|kleintierklinik*|nutztierpraxis*|tierarztpraxis*|tierärztliche praxis|seeschifffahrt|hull & machinery|seekasko|schiffskasko)',
      example: 'Vorprüfung Kaskoschäden Seeschifffahrt (Hull & Machinery).',
    },
    { phrase: '(tierklinik*|tierspital*|tierärztlicher notdienst|tierärztliche notdienst)', example: 'Telefontriage im tierärztlichen Notdienst der Tierklinik.' },
  ],
  fr: [
    {
      phrase: '(clinique vétérinaire|cliniques vétérinaires|cabinet vétérinaire|animaux de compagnie|animaux de rente|corps de navires|assurance corps|navires de commerce)',
      example: 'Revue des prescriptions antibiotiques dans nos cliniques vétérinaires.',
    },
    {
      phrase: '(hôpital vétérinaire|hôpitaux vétérinaires|centre hospitalier vétérinaire|urgences vétérinaires|vétérinaire de garde|vétérinaires de garde)',
      example: "Tri téléphonique de nuit à l'hôpital vétérinaire.",
    },
    {
      phrase: "(vétérinaire traitant|auxiliaire spécialisée vétérinaire|auxiliaire spécialisé vétérinaire|propriétaires d'animaux|propriétaire de l'animal)",
      example: 'Conseil et rendez-vous chez le vétérinaire traitant.',
    },
  ],
  es: [
    {
      phrase: '(clínica veterinaria|clínicas veterinarias|animales de compañía|ganado|casco y maquinaria|buques mercantes)',
      example: 'Revisión de la prescripción de antimicrobianos en nuestras clínicas veterinarias.',
    },
    { phrase: '(hospital veterinario|hospitales veterinarios|urgencias veterinarias|veterinario de guardia)', example: 'Triaje telefónico nocturno en el hospital veterinario.' },
  ],
  nl: [
    {
      phrase: '(dierenartspraktijk*|dierenkliniek*|gezelschapsdieren|landbouwhuisdieren|cascoverzekering van schepen|zeeschepen)',
      example: 'Beoordeling van antibioticavoorschriften in onze dierenartspraktijken.',
    },
    { phrase: '(dierenziekenhuis*|spoeddierenarts*|dierenartsenpraktijk*)', example: "Telefonische triage 's nachts in het dierenziekenhuis." },
  ],
});
