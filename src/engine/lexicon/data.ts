// How a plan describes its data: a one-off set rather than production's feed,
// a set cleaned or picked by hand, or a feed the POC builds itself.
import { lexicon } from './lexicon';
import { MONTH_NAMES } from './units';

/** Data that is not production's continuous feed, whatever `production_source` says. */
export const NOT_A_PRODUCTION_FEED = lexicon('not-a-production-feed', {
  en: [
    { phrase: '(exported|refreshed|pulled|extracted|copied) once (before|at|for)', example: "Archive export to the vendor's upload area, refreshed once before the pilot." },
    { phrase: '(test line|test rig|trial line|demo line|test bench)', example: 'Images recorded by the vendor on its test line from bales we sent.' },
    { phrase: '(extract|export|sample|snapshot) … prepared by', example: "Extract of returners' applications from StarRez, prepared by Kinetic Data Partners (the vendor)." },
    { phrase: '(emails|e-mails|mails|sends) (us)? (a|an) (cleaned|prepared|fresh)? (csv|excel|spreadsheet|extract|file)', example: 'Kinetic emails a cleaned CSV when the application window closes.' },
    {
      phrase: '(live feed|live connection|live stream|connection to the live|hook-up to the live) … (follows|comes|will follow|will come) (after|later)',
      example: 'The sample sits on the project drive; the live connection follows after the POC.',
    },
    {
      phrase: '(curated|prepared|assembled|selected|put together|labelled|labeled) … for the (tender|bid|demo|sales demo|pitch|procurement)',
      example: 'Image set from the 2026 campaign that the drone vendor SkyLens curated and labelled for the tender.',
    },
    { phrase: '(pulled|extracted|exported|prepared|compiled) for us by', example: 'Extract of the 2025/26 Ticket Exchange transactions, pulled for us by the ticketing vendor.' },
    { phrase: '(read in|loaded|imported) once at the (start|kick-off|kickoff)', example: 'The Excel file is read in once at the start.' },
    { phrase: '(provided|delivered|supplied|handed over) once', example: 'An extract provided once by the call-centre vendor.' },
    { phrase: '(on|via) (a|an) (hard drive|hard disk|usb stick|usb drive|external drive|external disk)', example: 'Images from 2025 runs, delivered once on a hard drive.' },
    { phrase: '(delivered|sent|provided|supplied|handed over) as (csv|excel|a zip|zip files|xlsx)', example: '2025 invoice extract, delivered as CSV.' },
    { phrase: '(benchmark set|benchmark dataset|benchmark data set|benchmark sample)', example: 'Photo sets selected and annotated by the vendor as their benchmark set.' },
    { phrase: '(one-off|one-time) (s3|sftp|ftp|file|csv|zip|bulk|data|usb)? (delivery|deliveries|transfer|handover|hand-over|drop|load)', example: 'One-off S3 delivery of the benchmark set.' },
    {
      phrase: '(re-keyed|rekeyed|re-typed|retyped|typed up|transcribed|copied) (by hand)? (into|in|onto) (a|an)? (spreadsheet|spreadsheets|excel|excel sheet|workbook)',
      example: 'Logbooks re-keyed into a spreadsheet by each site technician.',
    },
    { phrase: "(live feed|live connection) … (is not|isn't|is not yet) part of (this|the) (poc|pilot)", example: 'A live feed from the work management system is not part of this POC.' },
    {
      phrase: "(vendor's|supplier's|contractor's) … (team|staff) (took|shot|photographed|recorded|captured|collected|labelled|labeled)",
      example: "About 400 tray photographs that the vendor's imaging team took and labelled.",
    },
    { phrase: '(retrospective|historic) (extract|export|dump|snapshot)', example: 'A 2024-2025 retrospective extract from the EPR.' },
    {
      phrase: '(for us|for the vendor|for the poc|for the pilot) before (delivery|handover|hand-over|loading|upload|uploading)',
      example: 'Records the vendor de-duplicated and de-identified for us before delivery.',
    },
    { phrase: 'already (filtered|cleaned|labelled|labeled|deduplicated|de-duplicated|curated)', example: 'Monthly files the manufacturer exports already filtered.' },
    {
      phrase: '(sends|send|delivers|deliver|drops|drop) (refreshed|new|updated|fresh|monthly|weekly)? (extracts|exports|csv files|files|spreadsheets)',
      example: 'The vendor sends refreshed extracts as CSV every fortnight.',
    },
    {
      phrase: '(vendor|supplier|consultants|partner|agency) (extracted|exported|pulled|pseudonymised|pseudonymized|anonymised|anonymized|de-duplicated|deduplicated|prepared)',
      example: 'A sample of prescriptions that the PMR vendor extracted and pseudonymised for us.',
    },
    {
      phrase: '(before|prior to) (handing|sending|giving|passing) (it|them)? (over)? to the (vendor|supplier|consultants|consultant|partner|agency)',
      example: 'Files cleaned by operations before handing them to the vendor.',
    },
    {
      phrase: '(export|extract|dump|snapshot) … (cleaned|tidied|deduplicated|de-duplicated|reviewed|checked|corrected) by',
      example: 'An export of last year’s messages, deduplicated by the quality team.',
    },
    { phrase: '(export|extract|dump|snapshot) … (for us|for the vendor)', example: 'The vendor pulled and tidied an export of it for us in October.' },
    { phrase: '(simulator|simulated data|simulated manifests|simulation output|simulated records)', example: "Manifests generated by the routing vendor's depot simulator." },
    { phrase: "(vendor's|supplier's|manufacturer's) (sample|demo|example|reference) (set|data|dataset|records)", example: "The vendor's demo set of 3,000 labelled reports." },
    { phrase: '(demo data|demo set|demo dataset|example data set|sample data set)', example: 'A demo dataset from the vendor.' },
    { phrase: '(frozen|cut off) (at|on|as of)', example: 'An extract frozen at 30 June.' },
    { phrase: '(one-off|one-time|single|static|manual|ad-hoc|adhoc) (extract|export|dump|snapshot|pull|download|sample|upload)', example: 'A one-off extract of last year’s claims.' },
    {
      phrase: '(spreadsheet|excel file|excel sheet|csv export|csv file|data dump) (of|with|from|exported|containing|listing|prepared)',
      example: 'A spreadsheet of exceptions from the analytics team.',
    },
    { phrase: '(static|one-off|frozen) snapshot', example: 'A frozen snapshot of the 2024 tickets.' },
    { phrase: '(exported|extracted|pulled|copied) (once|by hand|manually)', example: 'Tickets exported once by the analyst.' },
    {
      phrase: '(sample|dataset|data set|set|extract|export) (prepared|provided|cleaned|curated|assembled|selected|supplied) by the (vendor|supplier|consultants|consultancy|partner|agency)',
      example: 'A sample prepared by the vendor.',
    },
    {
      phrase: '(vendor-prepared|vendor-supplied|vendor-curated|vendor-cleaned|supplier-prepared|supplier-provided|consultant-prepared|partner-prepared)',
      example: 'Vendor-prepared sample of 2,000 invoices.',
    },
    {
      phrase: '(photographed|recorded|scanned|captured|labelled|labeled|staged|re-photographed) by the (vendor|supplier|consultants|partner|agency) … (studio|lab|set-up|setup|controlled|own)',
      example: 'Items photographed by the vendor in their own studio set-up.',
    },
    { phrase: '(replayed|re-played|played back|fed back in|re-run) (to|into|through|as) … (agents|queue|pilot|sandbox)', example: 'Claims replayed to the agents as pilot cases.' },
    {
      phrase: '(pulled together|put together|assembled|compiled|gathered|collected|prepared) (for us|for the (poc|pilot|vendor|model))',
      example: 'Closed claims the repairer network pulled together for us.',
    },
    { phrase: '(pack|set|bundle|extract|export|file|files|batch) (loaded|uploaded|imported|delivered|sent|provided) once', example: 'Pack loaded once into the model workspace.' },
    {
      phrase: '(spreadsheet|excel|excel file|excel sheet|workbook) (that|which) … (compiles|compile|assembles|assemble|prepares|prepare|puts together|keeps|maintains)',
      example: 'A spreadsheet that the planning office compiles every week.',
    },
    { phrase: '(sandbox|staging) (queue|queues|environment|instance|org)', example: 'Exported into a Salesforce sandbox queue each morning.' },
    { phrase: 'the (vendor|supplier|consultants|partner) (cleaned|prepared|curated|assembled|labelled|labeled)', example: 'A sample the vendor cleaned for us.' },
    { phrase: '(curated|prepared|labelled|labeled|clean|cleaned|hand-picked|handpicked|selected) (sample|test set|subset|dataset|data set|examples)', example: 'A curated sample of 500 tickets.' },
    { phrase: '(synthetic data|synthetic records|dummy data|mock data|generated data)', example: 'Synthetic data generated from the schema.' },
    {
      phrase:
        '(exported|assembled|prepared|compiled|extracted|supplied|provided|put together|collected|curated) (for us)? by the … (vendor|supplier|consultants|consultant|consultancy|partner|agency|integrator)',
      example: 'Loan files exported for us by the portal vendor in October.',
    },
    {
      phrase: '(comparable|peer|partner|external|third-party) … (retailers|companies|banks|insurers|hospitals|firms|operators|carriers|utilities|municipalities|brands|clinics|airlines)',
      example: 'A dataset assembled from three comparable European fashion retailers.',
    },
    { phrase: '(representative|curated) (sample|dataset|data set|set|selection|extract) (of|from|prepared|drawn|built)', example: 'A representative sample of 2,000 cases prepared for the pilot.' },
    { phrase: '(delivered|sent|provided|supplied) (as|in) (a)? (spreadsheet|spreadsheets|excel file|excel files|csv file|csv files)', example: 'Records delivered as spreadsheets each quarter.' },
    { phrase: '(connector|interface|feed|integration|api) (is|are)? (planned|to be built|not yet built|comes later|pending)', example: 'In production a CMS connector is planned.' },
    { phrase: '(closed|archived) (cases|files|inquest files|claims|records|tickets|dossiers) from', example: '300 closed inquest files from 2024-25.' },
    {
      phrase: '(synthetic|synthea|simulated|fictitious|fictional|made-up) (records|patients|patient records|data|cases|claims|applications)',
      example: 'Synthetic patient records generated with Synthea.',
    },
    { phrase: '(frozen copy|static copy|restored from backup|backup tapes)', example: 'Sales taken as a frozen copy of the warehouse.' },
    { phrase: '(dumps|dump|pulls|pulled|exports|exported) … (once|at kickoff|at kick-off|at the start)', example: 'The carrier team dumps a CSV from TMS once at kickoff.' },
    { phrase: '(pulled|extracted) by (a|an|the)? … (from the|into an|into a)', example: 'Claims pulled by Marta from the reporting cube into an Excel workbook.' },
    { phrase: '(one-off|one-time) (csv|pdf|zip|excel|file|files|data) … (bundle|package)', example: 'One-time CSV + PDF bundle handed to the vendor on an encrypted drive.' },
    { phrase: '(on|via) (a|an) (encrypted|portable|external) (drive|disk|usb stick|hard drive)', example: 'The files go to the vendor on an encrypted drive.' },
    { phrase: '(picked|selected|chosen|taken) from (our)? (portfolio|showcase|best work|award entries|competition entries)', example: '12 weddings picked from our portfolio and award entries.' },
    { phrase: '(rejects|rejected frames|outtakes|bad frames|bad ones) … (already)? (deleted|removed|thrown away|discarded)', example: 'Rejects from some of them were already deleted to save space.' },
    {
      phrase: '(pulled|extracted|exported|taken) from … by the … (team|analyst|analysts|department|unit)',
      example: 'Extract of 2,400 closed claims pulled from ClaimCenter by the Claims MI team in September.',
    },
    { phrase: '(pulled|picked|took) the … with (decent|good|clear|usable|sharp) (photos|images|scans)', example: 'The ops team pulled the rooms with decent photos (good light, whole room in shot).' },
    {
      phrase: `(extract|export|snapshot|dump|extraction) … (taken|pulled|made|run|done|produced) (in|on|at the end of|at the start of|early|late) (${MONTH_NAMES.en})`,
      example: 'Extract of the work orders, taken in October.',
    },
    { phrase: '(one-off|one-time) (csv|excel|xlsx|file|spreadsheet|workbook)', example: "One-off CSV, loaded into the vendor's portal for set-up and testing." },
    { phrase: '(loaded|imported|uploaded|read in) once (into|in|to|onto)', example: "The file is loaded once into the vendor's environment." },
    {
      phrase: "(vendor's|supplier's|vendor|supplier) (own)? (annotated|labelled|labeled|reference|curated|demo|benchmark) (reference)? (set|dataset|data set|images|library)",
      example: "Vendor's annotated reference set (approx. 4,000 bitewings, mixed sensors).",
    },
    { phrase: '(pulled|copied|taken|saved|picked) out of the … (inbox|mailbox)', example: '600 notices which Karen pulled out of the shared announcements inbox.' },
    { phrase: '(batch|sample|set|file|extract) (sits|is saved|lives|is kept) on the (team|shared|project) drive', example: 'The batch sits on the team drive.' },
    { phrase: '(refreshed|reloaded|re-run|rerun|refresh|reload) (if|when|as) (needed|required|necessary)', example: 'CSV extract loaded into the analytics sandbox; refreshed if needed.' },
    { phrase: '(export|extract) (to|in|as) (excel|csv|a spreadsheet)', example: 'Export to Excel of the 2025-26 work orders.' },
  ],
  de: [
    { phrase: 'einmalig (zusammengestellt|erstellt|exportiert|bereitgestellt|geliefert|übergeben|aufbereitet)', example: 'Export aus ClaimsPro, vom Scan-Dienstleister einmalig zusammengestellt.' },
    { phrase: '(teststrecke|teststraße|testanlage|prüfstand|versuchsanlage|versuchslinie)', example: 'Bilder, die der Anbieter auf seiner Versuchsanlage aufgenommen hat.' },
    {
      phrase: '(schickt|mailt|sendet|schicken|mailen|senden) (uns)? (eine|einen|ein) (bereinigte|bereinigten|aufbereitete|aufbereiteten)? (csv|excel|excel-datei|csv-datei|auszug|export)',
      example: 'Der Dienstleister schickt uns eine bereinigte CSV, wenn die Bewerbungsfrist endet.',
    },
    {
      phrase: '(anschluss|anbindung|live-anbindung|live-strom|schnittstelle) … (folgt|kommt) (nach dem|nach der|später)',
      example: 'Die Stichprobe liegt als CSV im Projektlaufwerk; der Anschluss an den Live-Strom aus dem Portal folgt nach dem POC.',
    },
    { phrase: '(für die ausschreibung|für das angebot|für die demo|für die vergabe)', example: 'Bildsatz, den der Drohnenanbieter für die Ausschreibung zusammengestellt hat.' },
    { phrase: 'einmalig … (gezogen|ausgeleitet|abgezogen|exportiert)|(csv-auszug|excel-auszug)', example: 'Der Rückstau, den der Dienstleister einmalig als CSV-Auszug gezogen hat.' },
    { phrase: '(auf|per) (einer|eine)? (festplatte|usb-stick|externen festplatte)', example: 'Bilddaten, einmalig auf einer Festplatte übergeben.' },
    {
      phrase: '(ausgewählt|ausgewählte|ausgewählten|vorbereitet|vorbereitete|annotiert|annotierte) (vom|von dem|durch den) (anbieter|dienstleister|hersteller|lieferanten|integrator)',
      example: 'Ein Satz von 1.200 Scans, ausgewählt vom Anbieter.',
    },
    { phrase: '(benchmark-datensatz|benchmarkdatensatz|benchmark-set|benchmark-stichprobe)', example: 'Der Benchmark-Datensatz des Anbieters.' },
    { phrase: '(einmalige|einmaliger|einmaligen) (lieferung|übergabe|übertragung|bereitstellung|datenlieferung)', example: 'Einmalige Lieferung der Daten per SFTP.' },
    { phrase: '(in|ins) (eine|einer|ein)? (excel*|tabelle|tabellenblatt) (abgetippt|übertragen|eingetippt|nacherfasst)', example: 'Die Betriebstagebücher wurden in eine Excel-Tabelle abgetippt.' },
    {
      phrase: '(vom|von einem|von unserem) (beauftragten)? (dienstleister|anbieter|berater|hersteller) (vorab)? (aufbereitet|bereinigt|zusammengestellt|vorbereitet)',
      example: 'Der Auszug, der vom beauftragten Dienstleister vorab aufbereitet wurde.',
    },
    { phrase: '(auszug|extrakt|export|abzug) (vom|zum) stichtag', example: 'Ein Auszug vom Stichtag 30.09.2026.' },
    {
      phrase: '(liefert|liefern|geliefert|bereitgestellt|übergibt|übergeben) … als (excel-datei|excel-tabelle|csv-datei|tabelle|excel)',
      example: 'Die Agentur liefert die Stichprobe als Excel-Datei.',
    },
    {
      phrase: '(für uns|eigens) (zusammengestellt|zusammengestellte|zusammengestellten|aufbereitet|ausgewählt|vorbereitet)',
      example: 'Eine Stichprobe, die unsere Agentur für uns zusammengestellt hat.',
    },
    { phrase: 'bereits (gefiltert|bereinigt|gelabelt|aufbereitet|vorsortiert)', example: 'Monatliche Dateien, die der Hersteller bereits gefiltert liefert.' },
    {
      phrase: '(export|auszug|abzug|extrakt) … (bereinigt|bereinigte|bereinigten|aufbereitet|aufbereitete|aufbereiteten|nachbearbeitet|korrigiert) … (von|vom|durch)',
      example: 'Ein Export aus dem Vorjahr, bereinigt vom Qualitätsteam.',
    },
    {
      phrase: '(*lieferant|*anbieter|*dienstleister|*hersteller) … (gesichtet|vorsortiert|sortiert|ausgewählt)',
      example: 'Fotos aus dem Schadensarchiv, die der Kameralieferant vorab gesichtet und sortiert hat.',
    },
    { phrase: '(simulator|simulierte daten|simulation)', example: 'Daten aus dem Simulator des Anbieters.' },
    {
      phrase: '(repräsentativ*|ausgewählt*|aufbereitet*|vorbereitet*|bereinigt*) (stichprobe*|auswahl|datensatz*|datenauszug*|datenbestand*|auszug*|abzug*|export*|beispieldaten)',
      example: 'Die Beratung stellt einen aufbereiteten Auszug bereit.',
    },
    {
      phrase: '(aufbereitet*|repräsentativ*|bereinigt*) , (aufbereitet*|repräsentativ*|bereinigt*|anonymisiert*) (stichprobe*|auswahl|datensatz*|datenauszug*|auszug*|abzug*|export*)',
      example: 'Die Beratung stellt einen aufbereiteten, repräsentativen Auszug bereit.',
    },
    { phrase: '(beispieldaten|demodaten|beispieldatensatz|musterdaten|testdatensatz)', example: 'Beispieldaten des Herstellers.' },
    { phrase: '(datenstand|eingefroren) (vom|per|zum|am)', example: 'Ein Export mit Datenstand vom 30.06.2026.' },
    {
      phrase: '(einmaliger|einmalige|einmaliges|einmaligen|manueller|manuelle|manuelles|statischer|statische|statisches) (export*|auszug*|abzug*|extrakt*|stichprobe*|datenabzug*|import*)',
      example: 'Ein einmaliger Export aus dem Schadensystem.',
    },
    { phrase: '(excel-datei|excel-liste|excel-tabelle|csv-export|csv-datei) (mit|der|von|aus|des)', example: 'Eine Excel-Liste der Reklamationen.' },
    {
      phrase:
        '(vom|von dem|durch den|der|die|das) (*anbieter|*dienstleister|*lieferanten|*berater|*beratung|*hersteller) … (bereinigt|aufbereitet|vorbereitet|zusammengestellt|zusammengestellt hat|kuratiert)',
      example: 'Ein Exportpaket, das der Validierungsdienstleister im Oktober zusammengestellt hat.',
    },
    {
      phrase: '(vom|von) (anbieter|dienstleister|berater|hersteller) … (bereinigte|aufbereitete|zusammengestellte|kuratierte) (stichprobe|daten|datensatz)',
      example: 'Eine vom Anbieter sorgfältig bereinigte Stichprobe.',
    },
    { phrase: '(bereinigte|aufbereitete|kuratierte|ausgewählte|handverlesene) (stichprobe|testdaten|testmenge|beispiele|datensatz|daten)', example: 'Eine bereinigte Stichprobe von 800 Fällen.' },
    { phrase: '(synthetische daten|künstliche daten|dummy-daten|generierte daten)', example: 'Synthetische Daten aus dem Datenmodell.' },
    {
      phrase: '(repräsentative|repräsentativer|repräsentatives|ausgewählte|ausgewählter) (stichprobe|auswahl|datensatz|datenauszug|datenbestand)',
      example: 'Eine repräsentative Stichprobe von 2.000 Fällen.',
    },
    { phrase: 'als (excel*|csv*|tabelle*) … (geliefert|übermittelt|bereitgestellt|zugeschickt)', example: 'Die Daten werden als Excel-Tabellen geliefert.' },
    {
      phrase: '(vergleichbarer|vergleichbaren|anderer|externer|fremder) (händler|unternehmen|banken|versicherer|kliniken|betriebe|brauereien|stadtwerke|kommunen)',
      example: 'Daten dreier vergleichbarer Händler.',
    },
    { phrase: '(synthetisch*|simulierte|simulierten|fiktive|fiktiven|demodatensatz|demodaten|beispieldatensatz)', example: 'Synthetisch erzeugte Antragsdaten aus dem Generator.' },
    { phrase: 'einmalig (exportiert|kopiert|gezogen|abgezogen|extrahiert|übergeben|geliefert|vom)', example: 'Protokolle, die wir einmalig vom Altsystem kopiert haben.' },
    { phrase: '(mit diesem stand|keine aktualisierung|stichprobe von|aus dem archiv)', example: 'Danach arbeiten wir mit diesem Stand weiter.' },
    { phrase: '(aus unserem|aus dem) (portfolio|referenzen|wettbewerbsbeiträgen)', example: 'Zwölf Hochzeiten aus unserem Portfolio ausgewählt.' },
    {
      phrase: `(auszug|export|abzug|datenabzug|extrakt) (vom|von|aus dem) (${MONTH_NAMES.de})`,
      example: 'Auszug vom Oktober aus dem CAFM-System.',
    },
    {
      phrase: `(im|ende|anfang|mitte) (${MONTH_NAMES.de}) (gezogen|erstellt|exportiert|abgezogen)`,
      example: 'Der Auszug wurde im Oktober gezogen.',
    },
    { phrase: 'einmalig … (geladen|eingespielt|importiert|hochgeladen)', example: 'Die CSV-Datei wird einmalig in die Umgebung des Anbieters geladen.' },
    {
      phrase: '(referenzdatensatz|referenzbilder|annotierter datensatz|annotierte datensatz) des (anbieters|herstellers|lieferanten|dienstleisters)',
      example: 'Referenzdatensatz des Anbieters (ca. 4.000 Aufnahmen).',
    },
    { phrase: 'bei bedarf (aktualisiert|neu geladen|erneuert|nachgeladen|wiederholt)', example: 'CSV-Datei auf dem Laufwerk, bei Bedarf neu geladen.' },
    { phrase: '(export|auszug|abzug) (als|in) (excel|csv)', example: 'Auszug als Excel aus dem Dienstplanprogramm.' },
  ],
  fr: [
    { phrase: 'rechargé à la demande', example: 'Fichier Excel rechargé à la demande.' },
    {
      phrase: "(export|extraction) … (fourni|fournie|préparé|préparée) par (l'éditeur|le prestataire|le fournisseur)",
      example: "Export des plannings fourni par l'éditeur, fichier Excel rechargé à la demande.",
    },
    {
      phrase: '(fourni|fournie|fournis|fournies|livré|livrée|livrés|livrées|transmis|transmise) en une (seule)? fois',
      example: "Extraction de l'historique des missions 2025, fournie en une fois par l'éditeur.",
    },
    { phrase: 'extraction … (fournie|livrée|préparée|transmise) par', example: "Extraction des dossiers fournie par l'éditeur (fichier plat de mars 2026)." },
    {
      phrase: "(ligne d'essai|banc d'essai|ligne de démonstration|ligne pilote du fournisseur|fichier plat)",
      example: "Jeu de 18 000 images enregistré par Optisort sur sa ligne d'essai d'Eindhoven.",
    },
    {
      phrase: '(envoie|envoient|transmet|transmettent) (par mail|par e-mail|par courriel)? (un|une) (fichier)? (csv|excel|extraction|export)',
      example: 'Le prestataire envoie par mail un fichier CSV nettoyé à la clôture des candidatures.',
    },
    {
      phrase: '(raccordement|connexion|branchement|flux en direct|flux réel) … (suivra|viendra|arrivera) (après|plus tard)',
      example: "L'échantillon est sur le lecteur du projet ; le raccordement au flux réel suivra après le POC.",
    },
    { phrase: "(pour l'appel d'offres|pour la démo|pour la démonstration|pour la consultation)", example: "Jeu d'images que le prestataire a sélectionné pour l'appel d'offres." },
    {
      phrase: '(fourni|fournie|fournis|fournies|livré|livrée|livrés|livrées|transmis|transmise|remis|remise) une (seule)? fois',
      example: "Extraction fournie une fois par notre prestataire d'appels.",
    },
    { phrase: '(sur|par) (un|une)? (disque dur|clé usb|disque externe)', example: 'Images livrées une fois sur un disque dur.' },
    {
      phrase: "(sélectionnés|sélectionnées|préparés|préparées|choisis|choisies|annotés|annotées|triés|triées) par (le|l') (prestataire|fournisseur|éditeur|intégrateur|cabinet)",
      example: 'Un lot de 1 200 images sélectionnées par le prestataire.',
    },
    { phrase: "(jeu de référence|jeu de démonstration|jeu d'évaluation) (du|de l'|de notre) (prestataire|éditeur|fournisseur)", example: 'Le jeu de démonstration du prestataire.' },
    { phrase: '(livraison|transfert|dépôt|remise) (unique|ponctuel|ponctuelle)', example: 'Livraison ponctuelle du jeu de données par le prestataire.' },
    {
      phrase:
        '(ressaisi|ressaisis|ressaisie|ressaisies|recopié|recopiés|recopiées|retranscrit|retranscrits|retranscrites) (à la main)? (dans|sur) (un|une|des)? (tableur|tableurs|fichier excel|fichiers excel|classeur)',
      example: 'Des carnets ressaisis dans un tableur par le technicien de chaque centre.',
    },
    {
      phrase: 'déjà (filtré|filtrés|filtrée|filtrées|nettoyé|nettoyés|nettoyée|nettoyées|étiqueté|étiquetés|étiquetée|étiquetées)',
      example: 'Fichiers mensuels que le constructeur exporte déjà filtrés.',
    },
    {
      phrase:
        '(export|extraction|extrait) … (relu|relue|relus|relues|dédoublonné|dédoublonnée|dédoublonnés|dédoublonnées|nettoyé|nettoyée|nettoyés|nettoyées|retraité|retraitée|retraités|retraitées|corrigé|corrigée|corrigés|corrigées) … par',
      example: "Export de janvier à juin 2026 relu, anonymisé et dédoublonné par l'équipe qualité.",
    },
    { phrase: "(mis|mise|mises) à disposition par (l'|le|la) (éditeur|prestataire|fournisseur|intégrateur)", example: "Jeu de 9 000 dossiers mis à disposition par l'éditeur de la solution." },
    { phrase: '(jugé|jugée|jugés|jugées|considéré|considérée|considérés) représentati*', example: 'Constitué à partir de sinistres de plusieurs assureurs et jugé représentatif.' },
    { phrase: "(plusieurs|d'autres|divers) (assureurs|banques|enseignes|opérateurs|hôpitaux|mutuelles)", example: 'Constitué à partir de sinistres de plusieurs assureurs.' },
    { phrase: '(simulateur|données simulées|simulation)', example: 'Données produites par le simulateur du fournisseur.' },
    { phrase: '(arrêtée|arrêté|arrêtés|arrêtées|figée|figé|figés|figées|gelée|gelé) (au|à la date du)', example: "Extraction des absences de l'année 2025-2026, arrêtée au 30 juin 2026." },
    { phrase: '(extraction|extrait|export) … (arrêtée|arrêté|figée|figé|gelée|gelé) (au|à la date du|le)', example: "Extraction Pronote de l'année 2025-2026, arrêtée au 30 juin 2026." },
    { phrase: "(jeu de démonstration|données de démonstration|jeu d'exemple|données d'exemple|jeu d'essai)", example: "Le jeu d'essai fourni par l'éditeur." },
    { phrase: '(extraction|export|extrait) (ponctuel|ponctuelle|unique|manuel|manuelle)', example: 'Une extraction ponctuelle des dossiers 2024.' },
    { phrase: '(fichier excel|tableur|fichier csv) (de|des|avec|contenant|préparé|exporté)', example: 'Un fichier Excel préparé par le service.' },
    {
      phrase:
        "(échantillon|jeu de données|données) (préparé|préparés|préparées|nettoyé|nettoyés|nettoyées|sélectionné|sélectionnés|fourni|fournis|fournies) par (le|l'|notre) (prestataire|fournisseur|éditeur|cabinet|intégrateur)",
      example: 'Un échantillon préparé par le prestataire.',
    },
    { phrase: '(échantillon|jeu) (nettoyé|préparé|sélectionné|trié|retraité)', example: 'Un échantillon nettoyé de 1 000 factures.' },
    { phrase: '(données synthétiques|données fictives|données générées)', example: 'Des données synthétiques.' },
    { phrase: '(jeu de données|échantillon|extrait|sélection|corpus) (représentatif|représentative|sélectionné|choisi)', example: 'Un jeu de données représentatif de 3 000 dossiers 2024.' },
    {
      phrase: '(livré|livrés|livrée|livrées|transmis|transmise|transmises|fourni|fournis|fournie|fournies) (sous forme de|en|dans des|dans un) (fichier|fichiers|tableur|tableurs|excel|csv)',
      example: 'Les dossiers sont livrés sous forme de fichiers Excel.',
    },
    {
      phrase:
        "(nettoyé|nettoyés|nettoyée|nettoyées|complété|complétés|complétée|complétées|préparé|préparés|préparée|préparées|constitué|constitués|constituée|constituées) … par (l'|le|la) (éditeur|prestataire|fournisseur|cabinet|consultant|intégrateur)",
      example: "Anonymisés, nettoyés et complétés par l'éditeur du logiciel.",
    },
    { phrase: "(fictifs|fictives|simulés|simulées|synthétiques|générés pour l'occasion)", example: "Dossiers patients fictifs générés pour l'occasion." },
    { phrase: '(pas de flux|au démarrage|tirés des archives|extraction ponctuelle)', example: 'On récupère un export CSV du TMS au démarrage.' },
    { phrase: '(tirés|tirées|choisis|choisies|sélectionnés|sélectionnées) (de|dans) (notre)? (portfolio|book|concours)', example: 'Douze mariages choisis dans notre portfolio.' },
    { phrase: '(extraction|export) (faite|fait|réalisée|réalisé|effectuée|effectué) une (seule)? fois', example: "Historique des poses, extraction faite une fois par l'interne en pharmacie." },
    {
      phrase: `(extraction|export|extrait) … (faite|fait|réalisée|réalisé|effectuée|effectué|tirée|tiré) (en|début|fin) (${MONTH_NAMES.fr})`,
      example: "Extraction de 18 mois de bons d'intervention de la GMAO, faite en octobre.",
    },
    {
      phrase: '(extraction|export|extrait) … (faite|fait|réalisée|réalisé|effectuée|effectué) une (seule)? fois',
      example: "Extraction des contrats des trois dernières saisons faite une fois par l'éditeur.",
    },
    {
      phrase: '(chargé|chargée|chargés|chargées|importé|importée|importés|importées|déposé|déposée|déposés|déposées) une (seule)? fois',
      example: "Fichier CSV chargé une fois dans l'environnement du prestataire.",
    },
    {
      phrase: "(jeu de référence|corpus annoté|jeu annoté|images de référence) (de l'éditeur|du fournisseur|du prestataire)",
      example: 'Jeu de référence du fournisseur, complété par 300 clichés du cabinet.',
    },
    {
      phrase: '(préparée|préparé|préparés|préparées|constituée|constitué|constitués|constituées) une (seule)? fois',
      example: "Extraction de l'historique GMAO, préparée une fois par le bureau d'études pour le POC.",
    },
    {
      phrase: '(rechargé|rechargée|rechargés|rechargées|actualisé|actualisée|rafraîchi|rafraîchie) (si besoin|au besoin|si nécessaire)',
      example: 'Fichier CSV déposé sur le partage du BE ; rechargé si besoin.',
    },
    { phrase: '(export|extraction) (en|sous) (excel|csv)', example: "Export en Excel des bons de l'année 2025." },
  ],
  es: [
    { phrase: '(línea de pruebas|banco de pruebas|línea de demostración)', example: 'Imágenes grabadas por el proveedor en su línea de pruebas.' },
    { phrase: '(envía|envían|manda|mandan) (por correo)? (un|una) (csv|excel|extracción|exportación|fichero)', example: 'El proveedor envía por correo un CSV limpio al cerrar el plazo.' },
    {
      phrase: '(conexión|enlace|integración) … (llegará|vendrá|seguirá|se hará) (después|más tarde|tras)',
      example: 'La muestra está en la unidad del proyecto; la conexión al flujo en vivo llegará después del POC.',
    },
    { phrase: '(para la licitación|para la demo|para la demostración)', example: 'Imágenes que el proveedor seleccionó y etiquetó para la licitación.' },
    {
      phrase: '(nos preparó|nos prepararon|preparada para nosotros|preparado para nosotros|en un único fichero)',
      example: 'Extracción de ObjetosRed que nos preparó el proveedor en un único fichero.',
    },
    { phrase: '(entregado|entregada|facilitado|facilitada|proporcionado|proporcionada|suministrado|suministrada) una (sola)? vez', example: 'Extracción facilitada una vez por el proveedor.' },
    { phrase: '(en|por) (un|una)? (disco duro|memoria usb|pendrive|disco externo)', example: 'Imágenes entregadas una vez en un disco duro.' },
    {
      phrase:
        '(seleccionados|seleccionadas|preparados|preparadas|depurados|depuradas|anotados|anotadas|elegidos|elegidas|escogidos|escogidas) por el (proveedor|fabricante|integrador|consultor|socio)',
      example: 'Conjunto de 1.200 C-scans seleccionados por el proveedor.',
    },
    { phrase: '(conjunto|juego) de (referencia|demostración|evaluación) del (proveedor|fabricante|integrador)', example: 'El conjunto de demostración del proveedor.' },
    { phrase: '(entrega|transferencia|carga|remesa) única', example: 'Entrega única del conjunto de datos por SFTP.' },
    {
      phrase: '(transcrit*|pasad*|copiad*|tecleado*|volcad*) (a mano)? (a|en) (una|un)? (hoja de cálculo|hojas de cálculo|excel|libro excel)',
      example: 'Partes transcritos a mano en una hoja de cálculo.',
    },
    {
      phrase: '(nos ha extraído|nos extrajo|nos entregó|nos ha entregado|nos envió|nos ha enviado) … (excel|hoja|fichero|muestra)?',
      example: 'Una muestra que el proveedor extrajo del historiador y nos entregó en Excel.',
    },
    {
      phrase: '(preparada|preparado|preparados|preparadas|elaborada|elaborado|elaborados|elaboradas) por la (consultora|empresa|proveedora|adjudicataria|consultora adjudicataria)',
      example: 'Extracción de 4.800 expedientes preparada por la consultora adjudicataria.',
    },
    {
      phrase: '(preparado|preparados|preparada|preparadas|elaborado|elaborados|elaborada|elaboradas|recopilado|recopilados|recopilada|recopiladas) para nosotros',
      example: 'Ficheros que la consultora ha preparado para nosotros.',
    },
    {
      phrase: '(tomadas|tomados|hechas|hechos|grabadas|grabados|capturadas|capturados) por el (equipo del|equipo de la)? (proveedor|consultor|consultora|integrador)',
      example: 'Fotografías de lineales tomadas por el equipo del proveedor en 12 tiendas.',
    },
    {
      phrase: '(ficheros|archivos|exportaciones|extracciones) (mensuales|semanales|trimestrales|quincenales) que (el|la) (fabricante|proveedor|consultora|integrador)',
      example: 'Ficheros mensuales que el fabricante deja en un SFTP.',
    },
    {
      phrase: '(ya filtrado|ya filtrados|ya filtrada|ya filtradas|ya depurado|ya depurados|ya depurada|ya depuradas|ya etiquetado|ya etiquetados|ya limpio|ya limpios)',
      example: 'Histórico que el fabricante exporta cada mes ya filtrado.',
    },
    {
      phrase: '(exportación|extracción|extracto|volcado) … (depurada|depurado|limpiada|limpiado|revisada|revisado|corregida|corregido) (a mano|por)',
      example: 'Una exportación de 2025 depurada a mano por el equipo de calidad.',
    },
    {
      phrase:
        'antes de (entregarlos|entregarlas|entregarla|entregarlo|enviarlos|enviarlas|enviarla|enviarlo|pasarlos|pasarlas|cederlos|cederlas) (al|a la)? (proveedor|consultor|consultora|integrador|socio|ayuntamiento|cliente)',
      example: 'Expedientes depurados a mano por operaciones antes de entregarlos al proveedor.',
    },
    { phrase: '(simulador|datos simulados|simulación)', example: 'Datos generados por el simulador del proveedor.' },
    { phrase: '(datos de ejemplo|datos de demostración|conjunto de ejemplo|juego de pruebas)', example: 'Datos de ejemplo del proveedor.' },
    { phrase: '(extracción|extracto|exportación) … (cerrada|cerrado|congelada|congelado) (a|al|el)', example: 'Extracción de 2025 cerrada a 30 de junio.' },
    {
      phrase: '(exportado|exportada|extraído|extraída|exportados|extraídos) (una sola vez|una vez|de una vez|puntualmente)',
      example: 'Histórico de alarmas exportado una sola vez por el fabricante.',
    },
    { phrase: '(extracción|exportación|extracto) (puntual|única|manual)', example: 'Una extracción puntual del sistema de siniestros.' },
    { phrase: '(hoja de cálculo|fichero excel|archivo excel|archivo csv|fichero csv) (de|con|del|preparad*|exportad*)', example: 'Una hoja de cálculo con las incidencias.' },
    {
      phrase:
        '(muestra|conjunto de datos|datos) (preparada|preparado|preparados|limpiada|limpiados|depurada|depurados|seleccionada|seleccionados|facilitados|facilitada) por (el|la|nuestro|nuestra) (proveedor|consultora|integrador|socio)',
      example: 'Una muestra preparada por el proveedor.',
    },
    { phrase: '(muestra|conjunto) (limpia|limpio|depurada|depurado|seleccionada|seleccionado|preparada|preparado)', example: 'Una muestra depurada de 600 casos.' },
    { phrase: '(datos sintéticos|datos ficticios|datos generados)', example: 'Datos sintéticos generados por el equipo.' },
    { phrase: '(muestra|conjunto de datos|selección|extracto) representativ*', example: 'Una muestra representativa de 2.000 expedientes.' },
    {
      phrase: '(entregada|entregado|entregadas|entregados|enviada|enviadas|enviados|recibida|recibidas|recibidos) en (hojas de cálculo|hoja de cálculo|excel|csv|ficheros|archivos)',
      example: 'Extracción de actas entregada en hojas de cálculo.',
    },
    { phrase: '(hojas de cálculo|ficheros excel|archivos excel|archivos csv|ficheros csv) (de|con|del|preparad*|exportad*)', example: 'Unas hojas de cálculo con las incidencias.' },
    { phrase: '(volcado|copia congelada|extracción puntual|no se actualizará|no se actualiza)', example: 'Jorge saca un volcado de la base de datos al inicio.' },
    { phrase: '(sacados|sacadas|elegidos|elegidas|seleccionados|seleccionadas) (de|del) (nuestro)? (portfolio|portafolio|book|concursos)', example: 'Doce bodas elegidas de nuestro portfolio.' },
    {
      phrase: `(extracción|exportación|extracto|volcado) … (hecha|hecho|realizada|realizado|sacada|sacado) en (${MONTH_NAMES.es})`,
      example: 'Extracción de los partes de 2025, hecha en octubre.',
    },
    {
      phrase: '(cargado|cargada|cargados|cargadas|importado|importada|importados|importadas|subido|subida|subidos|subidas) (una sola vez|una vez)',
      example: 'Fichero CSV cargado una sola vez en el entorno del proveedor.',
    },
    { phrase: '(conjunto de referencia|conjunto anotado|imágenes de referencia) del (proveedor|fabricante)', example: 'Conjunto de referencia del proveedor, con 300 radiografías nuestras.' },
    {
      phrase: '(nos sacó|nos sacaron|nos pasó|nos pasaron|nos dio|nos dieron|nos mandó|nos mandaron) en (excel|csv|un fichero|un excel|una hoja)',
      example: 'Registros que el instalador nos sacó en Excel del programador en octubre.',
    },
    { phrase: '(se carga|se cargan) (una sola vez|una vez)', example: 'El fichero de 2024 se carga una vez en el entorno del proveedor.' },
    {
      phrase: '(se repite|se actualiza|se recarga|se vuelve a cargar) (si hace falta|si es necesario|cuando haga falta)',
      example: 'Carga del Excel en el entorno del proveedor; se repite si hace falta.',
    },
    { phrase: '(exportación|extracción) en (excel|csv)', example: 'Exportación en Excel de los partes del curso 2025-26.' },
  ],
  nl: [
    { phrase: '(export|extract) … (via|uit) de (*rapportagemodule|*rapportagetool|rapportage)', example: 'Export van de zaken via de Djuma-rapportagemodule.' },
    { phrase: '(testlijn|proefopstelling|testopstelling|demolijn)', example: 'Beelden die de leverancier op zijn testlijn heeft opgenomen.' },
    {
      phrase: '(mailt|mailen|stuurt|sturen) (ons)? (een) (opgeschoonde|opgeschoond)? (csv|excel|extract|export|bestand)',
      example: 'De leverancier mailt een opgeschoonde CSV als de aanmeldtermijn sluit.',
    },
    { phrase: '(koppeling|aansluiting) … (volgt|komt) (na de|na het|later)', example: 'De steekproef staat als CSV op de projectschijf; de koppeling met de live stroom volgt na de POC.' },
    { phrase: '(voor de aanbesteding|voor de demo|voor de offerte)', example: 'Beeldset die de leverancier voor de aanbesteding heeft samengesteld.' },
    {
      phrase: '(als|in) (excel|csv|een excel-bestand|een spreadsheet) (aangeleverd|geleverd|gemaild|toegestuurd)|eenmalig (ingelezen|geladen|geïmporteerd)',
      example: 'Opgeschoond en als Excel aangeleverd; het bestand wordt bij de start eenmalig ingelezen.',
    },
    { phrase: '(zet|zetten) de (leverancier|aanbieder|consultant) … (bestand|export|lijst|extract) klaar', example: 'Elke ochtend zet de leverancier van het portaal een bestand klaar.' },
    { phrase: '(eenmalig|één keer) (aangeleverd|geleverd|overgedragen|overgezet)', example: 'Beeldmateriaal door VisiRail eenmalig aangeleverd op een harde schijf.' },
    { phrase: '(op|via) (een)? (harde schijf|usb-stick|externe schijf)', example: 'Beelden geleverd op een harde schijf.' },
    {
      phrase: '(geselecteerd|geselecteerde|voorbereid|voorbereide|uitgezocht|uitgezochte|geannoteerd|geannoteerde) door de (leverancier|fabrikant|integrator|consultant)',
      example: 'Een set van 1.200 scans, geselecteerd door de leverancier.',
    },
    { phrase: '(benchmarkset|benchmark-set|benchmarkdataset|demoset van de leverancier)', example: 'De benchmarkset van de leverancier.' },
    { phrase: '(overgetypt|overgenomen|ingetypt|handmatig ingevoerd) (in|naar) (een)? (spreadsheet|excel*|werkblad)', example: 'Logboeken overgetypt in een spreadsheet door de technicus.' },
    {
      phrase: 'voor ons (heeft|hebben)? (samengevoegd|samengesteld|opgeschoond|voorbereid|nagelopen|aangevuld|geselecteerd)',
      example: 'Voerlogboeken die de voerleverancier voor ons heeft samengevoegd en nagelopen.',
    },
    {
      phrase: 'door (de|het) … (opgeschoonde|samengestelde|verrijkte|voorbereide|geselecteerde|aangeleverde) (export|dataset|set|extract|bestand|selectie)',
      example: 'Een door de leverancier van het claimportaal opgeschoonde export van alle claims uit 2025.',
    },
    { phrase: '(reeds|al) (gefilterd|opgeschoond|gelabeld|voorgesorteerd)', example: 'Maandbestanden die de fabrikant al gefilterd aanlevert.' },
    {
      phrase: '(door de leverancier|die de leverancier|door het bureau|die het bureau) … (geselecteerd|opgeschoond|samengesteld|aangeleverd|voorbereid)',
      example: 'Een set die de leverancier van het meetsysteem voor ons heeft geselecteerd en opgeschoond.',
    },
    {
      phrase: '(export|extract|uittreksel|dump) … (opgeschoond|opgeschoonde|gecorrigeerd|nagekeken|ontdubbeld) … door',
      example: 'Een export van 2025, opgeschoond en ontdubbeld door het kwaliteitsteam.',
    },
    { phrase: '(simulator|gesimuleerde data|simulatie)', example: 'Data uit de simulator van de leverancier.' },
    { phrase: '(voorbeeldset|voorbeelddata|voorbeeldbestand|demoset|demodata|proefset)', example: 'Voorbeeldset van leverancier GasSense.' },
    { phrase: '(meelevert|meeleveren|meegeleverd|meegeleverde)', example: 'De set die de leverancier meelevert.' },
    { phrase: '(andere|vergelijkbare) (netbeheerders|energiebedrijven|woningcorporaties|zorgverzekeraars|gemeenten)', example: 'Gelabelde meldingen van andere netbeheerders.' },
    { phrase: '(bevroren|afgesloten) (op|per)', example: 'Een export, bevroren op 30 juni.' },
    { phrase: '(uit het archief|archiefmonsters|archiefstalen) … (geselecteerd|uitgezocht|gekozen|beoordeeld)', example: 'Monsters die de cupper vooraf uit het archief heeft geselecteerd.' },
    { phrase: '(archief|archiefmonsters) … (geselecteerd|uitgezocht|gekozen)', example: 'Monsters die de cupper vooraf uit het archief van 2026 heeft geselecteerd.' },
    { phrase: '(eenmalige|eenmalig|handmatige|handmatig|statische) (export*|extract*|extractie|uitdraai|steekproef|dump|import)', example: 'Een eenmalige export uit het schadesysteem.' },
    { phrase: '(eenmalige|eenmalig) (upload|levering|aanlevering|batch)', example: 'Eenmalige upload naar de omgeving van de leverancier.' },
    {
      phrase: '(excel-overzicht|excel-lijst|excellijst|excelbestand|excel-bestand|spreadsheet|overzicht in excel) … (samenstelt|samenstellen|samengesteld|bijhoudt|bijhouden|maakt|opstelt)',
      example: 'Een Excel-overzicht dat het planningsbureau elke week samenstelt.',
    },
    { phrase: '(aangeleverd|aangeleverde|toegestuurd|toegestuurde|gemaild|gemailde) (bestand|bestanden|export|lijst|overzicht)', example: 'Wekelijks aangeleverd bestand.' },
    {
      phrase: 'door de (leverancier|consultant|partner|adviseur|dienstverlener) (aangeleverde|voorbereide|samengestelde|opgeschoonde|geselecteerde) (set|steekproef|dataset|bestand|data|gegevens)',
      example: 'Een door de leverancier aangeleverde set van 3.000 aangiften.',
    },
    {
      phrase: '(testbestand|testset|testdataset|proefbestand) (dat|die) (de|het) (leverancier|consultant|partner|adviseur) … (samengesteld|aangeleverd|voorbereid|gemaakt|opgeschoond)',
      example: 'Testbestand dat de leverancier heeft samengesteld uit dossiers van 2024.',
    },
    { phrase: '(excelbestand|excel-bestand|spreadsheet|csv-bestand) (van|met|uit)', example: 'Een Excelbestand van de afdeling.' },
    {
      phrase: '(steekproef|dataset|data|gegevens) (aangeleverd|voorbereid|opgeschoond|geselecteerd|samengesteld) door de (leverancier|consultant|partner|adviseur)',
      example: 'Een steekproef aangeleverd door de leverancier.',
    },
    { phrase: '(opgeschoonde|geselecteerde|voorbereide|samengestelde) (steekproef|dataset|set|voorbeelden|data|gegevens)', example: 'Een opgeschoonde steekproef van 400 dossiers.' },
    { phrase: '(synthetische data|synthetische gegevens|fictieve data|gegenereerde data)', example: 'Synthetische data uit het datamodel.' },
    { phrase: '(representatieve|representatief) (steekproef|selectie|dataset|set|verzameling)', example: 'Een representatieve steekproef van 2.000 dossiers.' },
    { phrase: '(vergelijkbare|andere|externe) (retailers|bedrijven|banken|verzekeraars|ziekenhuizen|gemeenten|winkels|maatschappijen)', example: 'Data van drie vergelijkbare retailers.' },
    { phrase: '(momentopname|een dump|gesimuleerde|fictieve|synthetische)', example: 'We werken met een momentopname van de aanvragen.' },
    { phrase: '(stand blijft|blijft de hele pilot gelijk|bij de start een)', example: 'Die stand blijft de hele pilot gelijk.' },
    { phrase: '(gekozen|geselecteerd|uitgezocht) uit (ons|onze)? (portfolio|portfolio|wedstrijdinzendingen)', example: 'Twaalf bruiloften gekozen uit ons portfolio.' },
    {
      phrase: '(eenmalige|eenmalig) (csv-export|excel-export|export|extractie|levering|aanlevering|csv|bestand|dump)',
      example: 'Eenmalige CSV-export door functioneel beheer, ingelezen in de acceptatieomgeving.',
    },
    {
      phrase: `(export|extractie|uitdraai|extract) … (gemaakt|getrokken|gedraaid) in (${MONTH_NAMES.nl})`,
      example: 'Export uit Ultimo, gemaakt in oktober.',
    },
    {
      phrase: `(in|eind|begin) (${MONTH_NAMES.nl}) (getrokken|gemaakt|geëxporteerd)`,
      example: 'De export is in oktober getrokken.',
    },
    { phrase: '(referentieset|geannoteerde set|referentiebeelden) van de (leverancier|fabrikant)', example: 'Referentieset van de leverancier, aangevuld met 300 eigen opnames.' },
    { phrase: '(indien nodig|zo nodig|als het nodig is) (ververst|opnieuw geladen|bijgewerkt|herhaald)', example: 'Het CSV-bestand staat op de share en wordt indien nodig opnieuw geladen.' },
    { phrase: '(export|extractie) (naar|in) (excel|csv)', example: 'Export naar Excel van de meldingen van 2025.' },
  ],
});

/** Data cleaned, relabelled or picked by hand, whatever `curated` says. */
export const HAND_CURATED = lexicon('hand-curated', {
  en: [
    {
      phrase: '(went|go|goes|gone) through the … (ones|cases|items|records|labels|photos|images) and (corrected|fixed|relabelled|relabeled|changed)',
      example: 'Our graders went through the doubtful ones and corrected the labels before we froze the set.',
    },
    {
      phrase: '(consultants|analysts|staff|team|vendor) … (de-duplicate|deduplicate|de-duplicates|deduplicates|drop|drops|fill in|fills in|clean|cleans|tidy|tidies)',
      example: 'Their consultants de-duplicate applications and fill in missing hall preferences.',
    },
    {
      phrase:
        '((took|take|takes|taken) out (test accounts|duplicate|duplicates|records|rows|entries)|(went|gone|go|goes) through (it|them|the extract|the export|the data)? (first|by hand)|picked out as)',
      example: 'The integrity team went through the extract first and took out test accounts and duplicate rows.',
    },
    {
      phrase: '((picked|hand-picked|chosen|selected) by the … (team|staff|examiners|experts|teachers) for|re-marked|remarked by|re-scored|re-graded|regraded)',
      example: 'The benchmark was picked by the academic team for clear audio, and re-marked by two senior examiners.',
    },
    { phrase: '(re-shot|reshot|retook|re-took|re-photographed|rephotographed) (the)? … (photos|pictures|images)', example: 'The quality team re-shot the blurry photos in the light booth.' },
    { phrase: '(cleaned|cleaned up|tidied|tidied up) in excel', example: 'Export from the CRM, then cleaned up in Excel.' },
    {
      phrase: '(picked|selected|chose|chosen) (out)? the (usable|good|best|clear|clean|sharpest|readable) …',
      example: 'The vendor picked out the usable runs (good light, no rain) and labelled the defects.',
    },
    {
      phrase: '(corrected|checked|reconciled|cleaned|reviewed|verified|relabelled|relabeled) (line by line|one by one|record by record|row by row|item by item)',
      example: 'Reconciled and corrected line by line by the audit partner.',
    },
    {
      phrase: '(re-coded|recoded|re-classified|reclassified|re-categorised|re-categorized|recategorised|recategorized|re-scored|rescored|re-graded|regraded)',
      example: 'Historic records that two clinical leads re-coded by hand to the new scale.',
    },
    { phrase: '(by hand|manually) (normalised|normalized|normalises|normalizes|standardised|standardized|recoded|rewritten|tidied)', example: 'Entries are manually normalised first.' },
    {
      phrase: '(normalised|normalized|normalises|normalizes|normalising|normalizing|standardised|standardized|recoded|rewrote|rewritten|tidied|tidies) … (by hand|manually)',
      example: 'An expert normalises the job titles by hand before scoring.',
    },
    { phrase: '(choosing|chose|picking|picked|selecting|selected) (well-lit|clean|clear|good|easy|typical|tidy|neat)', example: 'Choosing well-lit trays with instruments laid out flat and apart.' },
    {
      phrase: '(drop|drops|dropping|discard|discards|discarding) (the)? (blurred|blurry|backlit|low-light|unclear|bad|poor|illegible|unreadable)',
      example: 'They drop blurred, backlit and low-light frames before upload.',
    },
    { phrase: '(hand-pick|hand-picks|handpick|handpicks|hand-select|hand-selects)', example: "The contractor's annotators hand-pick the frames." },
    {
      phrase: '(de-duplicated|deduplicated|de-duped|pseudonymised and de-duplicated) (for us|by the (vendor|supplier|team|analysts))',
      example: 'A sample the vendor pseudonymised and de-duplicated for us.',
    },
    {
      phrase:
        '(cleaned|cleansed|cleaned up|scrubbed|tidied|pre-cleaned) … (by hand|manually|for us|beforehand|in advance|up front|by (the|our) … (vendor|team|analysts|analyst|consultants|supplier|agency|staff|experts))',
      example: 'Claims cleaned and deduplicated by the analytics team.',
    },
    { phrase: '(manually|hand) (cleaned|cleansed|corrected|curated|selected|filtered)', example: 'Manually cleaned records.' },
    { phrase: '(hand-picked|handpicked|cherry-picked|hand-selected|hand-cleaned|hand-curated)', example: 'Hand-picked examples from the archive.' },
    {
      phrase: '(vendor|supplier|consultants|consultant|partner|agency) (cleaned|cleansed|prepared|curated|corrected|relabelled|relabeled|filtered|selected)',
      example: 'A one-off extract the sensor vendor prepared.',
    },
    { phrase: '(interpolated|smoothed|filled in|removed drift|gaps filled)', example: 'Gaps interpolated and drift removed.' },
    { phrase: '(relabelled|relabeled|re-labelled|re-labeled|re-annotated|reannotated)', example: 'Tickets relabelled by two agents.' },
    { phrase: '(duplicates|outliers|unclear cases|ambiguous cases|bad scans|incomplete records|edge cases) (removed|excluded|filtered out|dropped)', example: 'Unclear cases removed.' },
    {
      phrase: '(duplicates|outliers|unclear|ambiguous|unreadable|illegible|blurry|incomplete|faulty|corrupt|poor-quality) … (removed|excluded|filtered out|dropped|discarded|weeded out|taken out)',
      example: 'Duplicates and unreadable scans removed beforehand.',
    },
    {
      phrase:
        '(removed|excluded|filtered out|dropped|deleted|weeded out) (the)? (duplicate|duplicates|outliers|unclear|ambiguous|incomplete|bad|messy|difficult|hard|blurry|blurred|illegible|unreadable|corrupt|low-quality|poor-quality)',
      example: 'We removed the unclear cases.',
    },
    {
      phrase: '(pulled out|weeded out|screened out|taken out|set aside|removed|excluded|filtered out) by (the|our) … (team|analysts|paralegals|staff|experts|reviewers|clerks) (before|prior)',
      example: 'Corrupt files pulled out by the paralegal team before loading.',
    },
    { phrase: '(matched|linked|paired|attached|joined|reconciled|sorted|checked) (to|with)? (each|every|the)? … by hand', example: 'Delivery scans matched to each claim by hand.' },
    {
      phrase: '(chosen|selected|picked) by (the|our|a) … (team|leader|lead|analyst|analysts|vendor|supplier|manager|managers|experts|expert|consultant|consultants|coordinator|clinicians|specialists)',
      example: '300 closed files chosen by the team leader.',
    },
    { phrase: '(chosen|selected|picked) to (cover|represent|include|show|span)', example: 'Files chosen to cover the main case types.' },
    {
      phrase: '(redacted|anonymised|anonymized|pseudonymised|pseudonymized|masked|edited|completed|fixed|trimmed|merged) (by hand|manually)',
      example: 'Third-party personal data redacted by hand before upload.',
    },
    {
      phrase: '(went|go|goes|gone) through (every|each|all the) … (corrected|fixed|recoded|re-coded|changed)',
      example: 'Two senior adjusters went through every claim in the set and corrected the loss codes.',
    },
    { phrase: '(set aside|weeded out|screened out) (beforehand|in advance|first|up front|upfront)', example: 'Illegible invoices were set aside beforehand.' },
    { phrase: 'keep only the (ones|cases|tickets|records|files) (closed|marked|with|that)', example: 'We merge dupes and keep only the ones closed as resolved.' },
    {
      phrase: '(tidied|tidied up|cleaned up|fixed up|touched up|straightened out) by',
      example: 'Exported once from the register spreadsheet and tidied up by the senior shotfirer so the product codes line up.',
    },
    {
      phrase: '(went|go|goes|gone) through (it|them|the data|the set|the extract)? … to (strip out|fix|remove|correct|clean|map)',
      example: 'The QS team went through it over the summer to strip out abortive bids and fix unit mismatches.',
    },
    { phrase: '(corrected|recoded|relabelled|relabeled|re-keyed) by (two|three|four|the|our|a|an)', example: 'De-duplicated and with crime types corrected by two CMU analysts before loading.' },
    { phrase: '(pulled|picked|took) the … with (decent|good|clear|usable|sharp)', example: 'The ops team pulled the rooms with decent photos.' },
    {
      phrase: 'with the (bad|faulty|broken|wrong|invalid|duplicate) (records|rows|entries|cases|files) (removed|taken out|dropped|deleted)',
      example: 'One-off extract, de-duplicated and with the bad records removed.',
    },
    {
      phrase: '(picked|chose|chosen|selected|hand-picked) for (good|clear|high|sharp|clean|usable|typical|easy|readable|legible) …',
      example: '300 bitewings that our clinical lead picked for good image quality and clear diagnoses.',
    },
    { phrase: '(and|then) (tidied up|cleaned up|sorted out|tidied|cleaned) $', example: '600 notices that Karen pulled out of the shared inbox and tidied up.' },
    { phrase: '(duplicates|dupes|doubles) out', example: 'Tidied up (duplicates out, attachments renamed, the illegible scans left out).' },
    { phrase: '(illegible|unreadable|blurry|bad|poor|damaged) (scans|images|photos|ones|records|pages|files) (left out|taken out|thrown out)', example: 'The illegible scans left out.' },
  ],
  de: [
    { phrase: '(bereinigt|aufbereitet|korrigiert) und … ergänzt', example: 'DataNord hat den Auszug bereinigt und um Nutzungsprofile ergänzt.' },
    {
      phrase: '(durchgesehen|nachgesehen|geprüft) und … (ergänzt|korrigiert|vervollständigt)',
      example: '600 Anträge, die zwei Kolleginnen vorab auf Vollständigkeit durchgesehen und um fehlende Nachweise ergänzt haben.',
    },
    { phrase: '(sichtet|sichten|sichtete) … (vorab|vorher|zuvor)', example: 'Für den Pilot sichtet das Sekretariat die Eingänge vorab.' },
    { phrase: '(werden|wurden) (vorab)? (herausgenommen|aussortiert|rausgenommen)', example: 'Handschriftliche Berichte und schlecht lesbare Faxe werden herausgenommen.' },
    {
      phrase: '(nachkodiert|nachcodiert|nachträglich … (verschlagwortet|kodiert|codiert|gelabelt|korrigiert))',
      example: 'Die 1.200 Beschwerden wurden von zwei Kolleginnen nachträglich sauber verschlagwortet.',
    },
    {
      phrase: '(tippt|tippen) … ab und (korrigiert|korrigieren)|(korrigiert|korrigieren) (offensichtliche|offenkundige) fehler',
      example: 'Im Pilot tippt eine Werkstudentin das Nettoeinkommen ab und korrigiert offensichtliche Fehler.',
    },
    { phrase: '(neu|nochmals|erneut) (fotografiert|aufgenommen) … (fotos|bilder)?', example: 'Unscharfe Fotos hat das QS-Team in der Lichtkabine neu fotografiert.' },
    { phrase: 'nehmen wir (raus|heraus)|(nimmt|nehmen) … (raus|heraus) $', example: 'Gespräche mit schlechter Leitung nehmen wir raus.' },
    { phrase: '(wählt|wählen) (das|die|der) … (vorab|vorher|zuvor) aus', example: 'Für den Pilot wählt das QM die Pilotgespräche vorab aus.' },
    { phrase: '(nimmt|nehmen) … (vorher|vorab|zuvor) heraus', example: 'Sensorausfälle und offensichtliche Ausreißer nimmt der Servicetechniker vorher heraus.' },
    {
      phrase: '(die|nur die) (brauchbaren|guten|besten|scharfen|lesbaren) … (ausgewählt|ausgesucht|herausgesucht|behalten)',
      example: 'Der Anbieter hat die brauchbaren Fahrten (gutes Licht, kein Regen) ausgewählt.',
    },
    { phrase: '(nachklassifiziert|nachgelabelt|umgelabelt|neu gelabelt|von hand klassifiziert)', example: 'Die Musterlabels hat das Yield-Team nachklassifiziert.' },
    { phrase: '(sortiert|sortieren|sortiere) … (von hand|händisch|manuell) aus', example: 'Doppelte Requests sortiert ein Planer vor jedem Planungslauf von Hand aus.' },
    { phrase: '(umcodiert|neu codiert|neu kodiert|umklassifiziert|neu klassifiziert|neu eingestuft)', example: 'Die Dringlichkeitsstufen wurden von zwei Ärztinnen neu codiert.' },
    { phrase: '(von hand|händisch|manuell) (normalisiert|normalisierte|standardisiert|umformuliert)', example: 'Die Freitexte sind händisch normalisiert.' },
    {
      phrase: '(normalisiert|normalisieren|vereinheitlicht|vereinheitlichen|umformuliert|standardisiert) … (von hand|händisch|manuell)',
      example: 'Eine Fachkraft vereinheitlicht die Berufsangaben vorher von Hand.',
    },
    { phrase: 'nachträglich (vervollständigt|ergänzt|korrigiert|bereinigt|nachgetragen|vereinheitlicht|nachcodiert)', example: 'Fragebögen, von zwei MTA nachträglich vervollständigt.' },
    {
      phrase: '(von hand|händisch|manuell) … (nachgemessen|vervollständigt|vereinheitlicht|nachgetragen|ergänzt|ausgewählt|gesäubert|nachbearbeitet|umcodiert|umkodiert)',
      example: 'Die Rückstellungsgründe wurden von Hand auf den aktuellen Katalog vereinheitlicht.',
    },
    {
      phrase: '(ausgewählt|befreit|gesäubert|gereinigt|nachgemessen|vervollständigt|vereinheitlicht|nachgetragen|ergänzt) … (von hand|händisch|manuell)',
      example: 'Die Bretter wurden ausgewählt, gesäubert und jedes Brett von Hand nachgemessen.',
    },
    { phrase: '(aussortiert|vorab gesichtet|vorsortiert|gesichtet und sortiert)', example: 'Unschärfen und Nachtaufnahmen wurden dabei aussortiert.' },
    { phrase: '(*beratung|*berater|*dienstleister|*anbieter) … (aufbereitet*|bereinigt*|vorbereitet*|zusammengestellt*)', example: 'Die DAT-Beratung stellt einen aufbereiteten Auszug bereit.' },
    {
      phrase: '(manuell|von hand|händisch|vorab|vom anbieter|vom dienstleister) (bereinigt|bereinigte|bereinigten|korrigiert|aufbereitet|ausgewählt|gesäubert|nachgelabelt)',
      example: 'Die Fälle wurden manuell bereinigt.',
    },
    { phrase: '(handverlesen|handverlesene|nachgelabelt|neu gelabelt|neu annotiert|umgelabelt)', example: 'Handverlesene Beispiele aus dem Archiv.' },
    {
      phrase: '(dubletten|duplikate|unlesbare|unklare|unvollständige|doppelte|schwierige|fehlerhafte) … (entfernt|aussortiert|herausgefiltert|gelöscht|bereinigt)',
      example: 'Unklare Fälle wurden vorher entfernt.',
    },
    { phrase: '(*dienstleister|*anbieter|*berater) … (bereinigt|aufbereitet|umformatiert|korrigiert|entfernt)', example: 'Der Dienstleister hat die Datensätze umformatiert.' },
    {
      phrase:
        '(ausgewählt|ausgesucht|herausgesucht|zusammengestellt) (von|vom|durch) (der|die|den|dem|einem|einer)|(von|vom|durch) (der|die|den|dem) … (ausgewählt|ausgesucht|herausgesucht|zusammengestellt)',
      example: 'Die Akten wurden von der Teamleitung ausgewählt.',
    },
    { phrase: '(herausgesucht|geschwärzt|rausgeflogen|durchgesehen und vereinheitlicht)', example: 'Die Arztbriefe hat der Oberarzt herausgesucht.' },
    {
      phrase: '(nur|ausschließlich) (abgeschlossene|vollständige|geprüfte|eindeutige|saubere) (fälle|tickets|verträge|akten|datensätze) (bleiben|werden)',
      example: 'Nur abgeschlossene Fälle bleiben drin.',
    },
    { phrase: '(qualitätsgesichert*|von der fachabteilung geprüft|vorab geprüft)', example: 'Qualitätsgesicherter Auszug aus dem Bestand.' },
    {
      phrase: 'von (der|dem|unserer|unserem|einer|einem) … (bereinigt|aufgeräumt|nachbearbeitet|glattgezogen|vereinheitlicht)',
      example: 'Einmal exportiert und von dem Oberfeuerwerker bereinigt, damit die Artikelnummern passen.',
    },
    {
      phrase: '(ausgewählt|ausgesucht) wurden … mit (guter|gute|vollständiger|vollständigen|sauberer|sauberen)',
      example: 'Ausgewählt wurden Blätter mit vollständiger Altinventarisierung und guter Scanqualität.',
    },
    { phrase: '(um dubletten (reduziert|bereinigt)|dubletten (entfernt|gelöscht))', example: 'Die Daten wurden vom Controlling bereinigt und um Dubletten reduziert.' },
    {
      phrase: '(fall für fall|einzeln|zeile für zeile|satz für satz) (durchgesehen|durchgegangen|geprüft|korrigiert|nachgearbeitet)',
      example: 'Der Auszug wurde von zwei Assistenzärzten Fall für Fall durchgesehen.',
    },
    { phrase: 'fehlende … (nachgetragen|nachgepflegt)', example: 'Fehlende ICD-Codes wurden nachgetragen.' },
    { phrase: '(nach|wegen|aufgrund) (guter|klarer|hoher) (bildqualität|qualität|lesbarkeit) (ausgewählt|ausgesucht)', example: '300 Aufnahmen, nach guter Bildqualität ausgesucht.' },
  ],
  fr: [
    { phrase: '(retracé*|redessiné*|corrigé*|repris|reprises|nettoyé*) à la main', example: 'Limites cervicales retracées à la main.' },
    {
      phrase: '(choisis|choisies|sélectionnés|sélectionnées|triés|triées) par (notre|nos|le|la|les|un|une) (chef|responsable|équipe|expert|experte|technicien*|prothésiste*)',
      example: '300 cas choisis par notre chef prothésiste parmi les scans propres.',
    },
    { phrase: '(sont|ont été) (retirés|retirées|écartés|écartées) (à la main|manuellement|au préalable)?', example: 'Les comptes rendus manuscrits sont retirés au préalable.' },
    { phrase: '(recodé|recodés|recodée|recodées|réétiqueté*|re-étiqueté*|a posteriori … (étiqueté*|codé*|corrigé*))', example: 'Les 1 200 plaintes ont été recodées par deux collègues.' },
    {
      phrase: '(refait|refaites|refaits|repris|reprises|re-photographié|re-photographiées) … (photos|images|clichés)|photos refaites',
      example: "L'équipe qualité a refait en cabine les photos floues.",
    },
    {
      phrase: '(nettoyage|nettoyé|nettoyée|nettoyés|nettoyées) (sous|dans|avec) excel',
      example: 'Export du ticketing puis nettoyage sous Excel : suppression des doublons.',
    },
    {
      phrase: '(sélectionné|retenu|choisi|gardé) (les|uniquement les|seulement les) … (exploitables|utilisables|nets|nettes|lisibles|bons|bonnes)',
      example: 'Le prestataire a sélectionné les passages exploitables (bonne lumière, pas de pluie).',
    },
    { phrase: '(retire|retirent|supprime|suppriment|écarte|écartent|corrige|corrigent) (à la main|manuellement)', example: 'Avant chargement, un analyste retire à la main les lignes incohérentes.' },
    {
      phrase:
        '(prestataire|fournisseur|éditeur|intégrateur) (a|ont) (nettoyé|nettoyée|nettoyés|nettoyées|dédoublonné|dédoublonnée|dédoublonnés|dédoublonnées|complété|complétée|complétés|complétées|corrigé|corrigée|corrigés|corrigées|trié|triée|triés|triées|sélectionné|sélectionnée|sélectionnés|sélectionnées)',
      example: "L'extraction que le prestataire a nettoyée, dédoublonnée et complétée.",
    },
    { phrase: '(à la main|manuellement) (les)? (libellés|réponses|intitulés|textes)', example: 'Un gestionnaire reprend à la main les libellés ambigus.' },
    {
      phrase:
        '(normalise|normalisent|normalisé|normalisés|normalisées|harmonise|harmonisent|harmonisés|harmonisées|reformule|reformulent|reformulés|reformulées|nettoie|nettoient) … (à la main|manuellement)',
      example: 'Un gestionnaire expert normalise à la main les libellés.',
    },
    {
      phrase: '(écarte|écartent|retire|retirent|supprime|suppriment|élimine|éliminent) … (illisibles|floues|flous|doublons|ambigus|ambiguës|douteux|incomplets|incomplètes)',
      example: 'Le prestataire écarte les pièces illisibles.',
    },
    {
      phrase: '(ré-index*|réindex*|reclassé|reclassés|reclassées|reclasse|reclassent|recodé|recodés|recode|recodent|corrige|corrigent) … (à la main|manuellement)',
      example: 'Le prestataire ré-indexe à la main les pièces mal classées.',
    },
    {
      phrase: '(nettoyé|nettoyés|nettoyée|nettoyées|corrigé|corrigés|corrigées|sélectionné|sélectionnés|sélectionnées|triés|triées) (à la main|manuellement)',
      example: 'Les dossiers ont été nettoyés à la main.',
    },
    { phrase: '(manuellement|à la main) (nettoyé|nettoyés|nettoyée|nettoyées|corrigé|corrigées|sélectionnés|sélectionnées)', example: 'Données manuellement nettoyées.' },
    { phrase: '(ré-étiquet*|réétiquet*|ré-annot*|réannot*|triés sur le volet|triées sur le volet|choisis à la main|choisies à la main)', example: 'Exemples triés sur le volet.' },
    {
      phrase: '(choisi|choisis|choisies|sélectionné|sélectionnés|sélectionnées|trié|triés|triées) … (une à une|une par une|un par un|à la main|manuellement)',
      example: 'Les agronomes ont choisi les photos une à une.',
    },
    {
      phrase: '(écarté|écartés|écartées|retiré|retirés|retirées|supprimé|supprimés|supprimées) … (floues|flous|illisibles|doublons|ambigus|ambiguës|difficiles|douteux)',
      example: 'Ils ont écarté les photos floues.',
    },
    { phrase: '(floues|flous|illisibles|doublons|ambigus|ambiguës|douteux) … (écartés|écartées|retirés|retirées|supprimés|supprimées|exclus|exclues)', example: 'Les clichés flous ont été écartés.' },
    { phrase: '(une à une|un à un|une par une|un par un)', example: 'Photos retenues une à une par nos agronomes.' },
    { phrase: '(annotées|annotés|étiquetées|étiquetés|classées|classés) de nouveau', example: 'Puis annotées de nouveau selon la grille maison.' },
    {
      phrase:
        "(relu|relue|relus|relues|dédoublonné|dédoublonnée|dédoublonnés|dédoublonnées|vérifié|vérifiés|vérifiée|vérifiées|corrigé|corrigés|corrigée|corrigées) … par (l'équipe|le service|nos|les|la cellule|notre équipe)",
      example: "Export relu, anonymisé et dédoublonné par l'équipe qualité.",
    },
    { phrase: "(nettoyé|nettoyés|nettoyée|nettoyées) par (le|l'|notre) (prestataire|fournisseur|équipe|éditeur)", example: 'Échantillon nettoyé par le prestataire.' },
    {
      phrase:
        "(nettoyé|nettoyés|nettoyée|nettoyées|complété|complétés|complétée|complétées|corrigé|corrigés|corrigée|corrigées|retraité|retraités|retraitée|retraitées|enrichi|enrichis|enrichie|enrichies) … par (le|l'|la|notre|nos) (prestataire|fournisseur|éditeur|cabinet|consultant|consultants|intégrateur)",
      example: "Anonymisés, nettoyés et complétés par l'éditeur du logiciel.",
    },
    { phrase: '(cas ambigus|cas incomplets|doublons|cas difficiles) (retirés|exclus|supprimés|écartés)', example: 'Doublons et cas ambigus retirés.' },
    {
      phrase: '(repris|reprise|reprises|complété|complétée|complétées|retouché|retouchées|refait|refaite|refaites|caviardé|caviardés|caviardées) à la main',
      example: 'Deux agents ont repris à la main les fiches incomplètes.',
    },
    { phrase: '(catégorie|catégories|libellé|libellés|statut|statuts) (corrigée|corrigées|corrigé|corrigés|revu|revus)', example: 'Photo refaite, catégorie corrigée.' },
    { phrase: '(écartées|écartés|retirées|retirés) en amont', example: 'Les factures mal scannées ont été écartées en amont.' },
    { phrase: '(validé|validés|validée|validées) par les experts', example: 'Sous-ensemble validé par les experts métier.' },
    { phrase: 'on ne garde que', example: 'On enlève les tickets sans catégorie et on ne garde que ceux clôturés.' },
    {
      phrase: '(nettoyé|nettoyés|nettoyée|nettoyées|remis en forme|harmonisé|harmonisés) par',
      example: 'Export unique du registre, nettoyé par le chef boutefeu pour aligner les codes produits.',
    },
    {
      phrase: '(choisis|choisies|sélectionnés|sélectionnées|retenus|retenues) pour (leur|la|une) (bonne|qualité|netteté|lisibilité)',
      example: "300 clichés sélectionnés pour leur bonne qualité d'image.",
    },
    {
      phrase: '(relue|relu|relus|relues|revue|revues) et (corrigée|corrigé|corrigés|corrigées|complétée|complété|complétées|complétés)',
      example: 'Extraction des prescriptions 2025, relue et corrigée par deux pharmaciens.',
    },
    { phrase: '(poids|valeurs|codes|dates|montants|champs) … (recalculés|recalculées|ressaisis|ressaisies|complétés à la main|complétées à la main)', example: 'Poids, SC et clairances recalculés.' },
  ],
  es: [
    {
      phrase: '(limpiamos|limpian|limpió|limpiaron|limpiado|limpiados|limpiada|limpiadas|corregimos|corregido|corregidos) a mano',
      example: 'Limpiamos a mano las bajas duplicadas y las jornadas mal codificadas.',
    },
    {
      phrase: '(ya)? (revisado|revisados|revisada|revisadas) y (unificado|unificados|unificada|unificadas|corregido|corregidos|limpiado|limpiados)',
      example: 'Lote preparado por la agencia, ya revisado y unificado por ellos.',
    },
    { phrase: '(recodificad*|reetiquetad*|re-etiquetad*|a posteriori … (etiquetad*|codificad*|corregid*))', example: 'Las 1.200 quejas fueron recodificadas por dos compañeras.' },
    {
      phrase: '(quitaron|quitamos|eliminaron|eliminamos) (los)? duplicados|(unificaron|unificamos) (los|las)? … (colores|marcas|formatos|nombres|descripciones)',
      example: 'Dos compañeras repasaron las descripciones, unificaron colores y marcas y quitaron duplicados.',
    },
    {
      phrase: '(repitió|repitieron|repetimos|rehízo|rehicieron|volvió a hacer|volvieron a hacer) … (fotos|imágenes|fotografías)',
      example: 'El equipo de calidad repitió en la cabina de luz las fotos que salían borrosas.',
    },
    {
      phrase: '(quitado|quitamos|quitaron|eliminado|eliminamos|eliminaron|borrado|borramos|borraron|sacado|sacamos) a mano',
      example: 'Del histórico hemos quitado a mano los días de cierre por tormenta.',
    },
    { phrase: '(se dejan fuera|se quedan fuera|se descartan a mano|se excluyen a mano)', example: 'Los expedientes con documentación incompleta se dejan fuera.' },
    { phrase: '(repasa|repasan|revisa|revisan|comprueba|comprueban|verifica|verifican) a mano', example: 'El equipo de Modelos repasa a mano cada mañana que las nóminas estén bien escaneadas.' },
    {
      phrase: '(seleccionado|seleccionaron|seleccionó|elegido|eligieron|eligió|escogido|escogieron|escogió) (los|las|solo los|solo las) … (útiles|utilizables|buenos|buenas|nítidos|nítidas|legibles)',
      example: 'El proveedor seleccionó los trayectos utilizables (buena luz, sin lluvia).',
    },
    { phrase: '(añaden|añade|se añaden|incorporan|se incorporan) a mano', example: 'Las nuevas se añaden a mano cada semana.' },
    {
      phrase:
        '(seleccionadas|seleccionados|preparadas|preparados|elegidas|elegidos) (y (preparadas|preparados|depuradas|depurados|anotadas|anotados))? por el (proveedor|fabricante|integrador|consultor|socio)',
      example: 'Transcripciones seleccionadas y preparadas por el proveedor.',
    },
    { phrase: '(reetiquetando|re-etiquetando|reanotando|recodificando)', example: 'Reetiquetando la especie cuando hacía falta.' },
    {
      phrase: '(descartando|eliminando|quitando|apartando) (las|los) (borrosas|borrosos|ilegibles|dudosas|dudosos|duplicadas|duplicados|malas|defectuosas)',
      example: 'Revisó las fotos descartando las borrosas.',
    },
    {
      phrase: '(revisad*|revisó|revisaron|revisa|revisan|etiquetad*|comprobad*|corregid*|seleccionad*|escogid*) … (una a una|uno a uno|una por una|uno por uno)',
      example: 'El equipo revisó las fotos una a una.',
    },
    { phrase: '(recodificad*|reclasificad*|recategorizad*)', example: 'Los registros históricos, recodificados a mano por dos clínicos.' },
    {
      phrase: '(normaliza|normalizan|normalizado|normalizados|normalizadas|homogeneiza|homogeneizan|reformula|reformulan|reescribe|reescriben) … (a mano|manualmente)',
      example: 'Un codificador normaliza a mano las descripciones.',
    },
    {
      phrase: '(limpiado|limpiada|limpiados|limpiadas|depuró|depurado|depurada|depurados|depuradas) de (anulaciones|paradas|valores|errores|duplicados|anomalías)',
      example: 'La empresa del TPV nos ha extraído el histórico, limpiado de anulaciones.',
    },
    { phrase: '(revisado|revisados|revisada|revisadas) a mano', example: 'La consultora ha revisado a mano los escaneos ilegibles.' },
    { phrase: '(corregido|corregida|corregidos|corregidas) a mano|rellenando los huecos|unificado los formatos', example: 'El fichero que el controller ha revisado y corregido a mano en Excel.' },
    {
      phrase:
        '(descartado|descartados|descartando|eliminado|eliminados|eliminando|quitando|quitado) (los|las)? (expedientes|casos|registros|meses|fotos|semanas|fichas|contratos|documentos|escaneos|facturas) (con|sin|que|incompletos|incompletas|erróneos|erróneas)',
      example: 'Descartado los expedientes con información patrimonial incompleta.',
    },
    { phrase: '(corrigiendo|completando|depurando|limpiando|reetiquetando) a mano', example: 'Corrigiendo a mano los fichajes incompletos.' },
    {
      phrase: '(seleccionadas|seleccionados|escogidas|escogidos|elegidas|elegidos) por (ellos|el proveedor|el equipo|nosotros) para que',
      example: 'Fotografías seleccionadas por ellos para que tuvieran buena iluminación.',
    },
    {
      phrase: '(reetiquetad*|re-etiquetad*|reanotad*|seleccionado y reetiquetado|seleccionados y reetiquetados)',
      example: 'Comentarios que el equipo de moderación ha seleccionado y reetiquetado a mano.',
    },
    { phrase: '(completa|completan|corrige|corrigen|rellena|rellenan|reasigna|reasignan) a mano', example: 'El equipo de riesgos completa a mano los campos que faltan.' },
    {
      phrase: '(seleccionó|seleccionaron|depuró|depuraron|limpió|limpiaron|corrigió|corrigieron|completó|completaron|unificó|unificaron) … (a mano|manualmente)',
      example: 'El equipo seleccionó las fichas y las completó a mano.',
    },
    {
      phrase: '(proveedor|consultor|consultora|integrador) (seleccionó|seleccionaron|recortó|etiquetó|depuró|limpió|corrigió|reetiquetó|preparó)',
      example: 'Un lote de fotos que el proveedor seleccionó, recortó y etiquetó.',
    },
    {
      phrase: '(limpiados|limpiadas|limpiado|limpiada|depurados|depuradas|depurado|depurada|corregidos|corregidas|seleccionados|seleccionadas) (a mano|manualmente|por el proveedor|por el equipo)',
      example: 'Los expedientes fueron depurados manualmente.',
    },
    { phrase: '(manualmente|a mano) (limpiados|limpiadas|depurados|depuradas|corregidos|seleccionados|seleccionadas)', example: 'Datos manualmente depurados.' },
    { phrase: '(reetiquetados|reetiquetadas|re-etiquetados|reanotados|escogidos a mano|seleccionados a dedo)', example: 'Casos reetiquetados por dos analistas.' },
    { phrase: '(casos ambiguos|casos incompletos|duplicados|casos difíciles) (eliminados|excluidos|retirados|descartados)', example: 'Duplicados y casos ambiguos eliminados.' },
    {
      phrase: '(escogidos|escogidas|elegidos|elegidas|seleccionados|seleccionadas) por (el|la) (jefe|jefa|equipo|responsable|coordinador|coordinadora|proveedor|médico|médica)',
      example: 'Informes escogidos por la jefa de servicio.',
    },
    {
      phrase: '(etiquetó|etiquetaron|volvió a etiquetar|volvieron a etiquetar|se descartaron de antemano|se quitaron del lote)',
      example: 'Las fotos las etiquetó a mano una agrónoma y las dudosas se quitaron del lote.',
    },
    { phrase: '(subconjunto depurado|validados previamente|validadas previamente|nos quedamos solo con)', example: 'Subconjunto depurado del histórico de préstamos.' },
    {
      phrase: '(limpiado|limpiados|limpiada|limpiadas|depurado|depurados|depurada|depuradas|ordenado|ordenados) por',
      example: 'Exportación única del registro, depurada por el artillero jefe para cuadrar los códigos.',
    },
    { phrase: '(seleccionadas|seleccionados|elegidas|elegidos|escogidas|escogidos) por (su|la) (buena|calidad|nitidez)', example: '300 radiografías seleccionadas por su buena calidad de imagen.' },
    { phrase: '(repasado|repasó|revisado|revisó|limpiado|limpió|depurado|depuró) (el excel|el fichero|los datos|la hoja|el archivo)? a mano', example: 'Marta ha repasado el Excel a mano.' },
    { phrase: '(rellenó|rellenado|rellenamos|rellenaron|rellenados) los huecos', example: 'Rellenó los huecos de agosto con la media de la semana.' },
    { phrase: '(quitó|quitamos|quitaron|quitado) los (días|registros|casos|datos|meses|expedientes) (con|sin|que|de)', example: 'Quitó los días con la sonda 3 averiada.' },
  ],
  nl: [
    {
      phrase: '(opgeschoond|gecorrigeerd|ontdubbeld|nagelopen|geselecteerd) door (een|de|het) (externe)? (partner|leverancier|bureau|consultant|dienstverlener|stagiair)',
      example: 'Historische export, opgeschoond door een externe partner.',
    },
    { phrase: '(met de hand|handmatig) (uitgehaald|verwijderd|eruit gehaald|weggehaald)', example: 'Dubbele boekingen zijn er met de hand uitgehaald.' },
    { phrase: '(hercodeerd|nagecodeerd|opnieuw gecodeerd|achteraf … (gelabeld|gecodeerd|gecorrigeerd))', example: "De 1.200 klachten zijn door twee collega's achteraf netjes gelabeld." },
    {
      phrase: '(vooraf|eerst) … (samengevoegd|ontdubbeld) en … (verwijderd|weggehaald|eruit gehaald)',
      example: 'De consultant heeft vooraf dubbele patiëntrecords samengevoegd en afspraken met een onduidelijke status verwijderd.',
    },
    { phrase: '(gehaald|geëxporteerd|geleverd|aangeleverd|uitgedraaid) , opgeschoond', example: 'Door Kroon Energie uit hun meetportaal gehaald, opgeschoond en als Excel aangeleverd.' },
    { phrase: "opnieuw (gefotografeerd|gefotografeerde|gemaakt) … (foto's|beelden)?", example: "De onscherpe foto's zijn in de lichtcabine opnieuw gefotografeerd." },
    { phrase: '(filtert|filteren|haalt|halen) … (er)? (vooraf|eerst) uit', example: 'Dubbele aanvragen filtert de leverancier er vooraf uit.' },
    {
      phrase: '(de)? (bruikbare|goede|beste|scherpe|duidelijke) … (geselecteerd|uitgezocht|gekozen)',
      example: 'Zij hebben daaruit de bruikbare ritten geselecteerd (goed licht, geen regen) en de gebreken gelabeld.',
    },
    { phrase: '(voorzien van|gegeven) (de)? (juiste|correcte|nieuwe) (*codes|labels|*labels|categorieën)', example: 'De meldingen zijn voorzien van de juiste storingscodes.' },
    {
      phrase: '(door de|door het) (*leverancier|*bureau|*partner|*dienstverlener) (opgeschoond|ontdubbeld|gecorrigeerd|gelabeld|geselecteerd|nagelopen)',
      example: 'De export is door de stationsleverancier opgeschoond, ontdubbeld en voorzien van de juiste storingscodes.',
    },
    { phrase: '(gehercodeerd|opnieuw gecodeerd|hergeclassificeerd|opnieuw geclassificeerd|opnieuw ingedeeld)', example: 'De historische meldingen zijn door twee artsen opnieuw gecodeerd.' },
    { phrase: '(met de hand|handmatig) (genormaliseerd|herschreven|gestandaardiseerd)', example: 'De beroepsomschrijvingen zijn handmatig genormaliseerd.' },
    {
      phrase: '(normaliseert|normaliseren|genormaliseerd|herschrijft|herschreven|standaardiseert|gestandaardiseerd) … (met de hand|handmatig)',
      example: 'Een expert normaliseert de omschrijvingen met de hand.',
    },
    {
      phrase: '(opnieuw doorgelopen|opnieuw gelabeld|opnieuw beoordeeld|van een nieuw label voorzien|nieuwe labels gegeven|herlabeld)',
      example: 'Door twee stagiairs opnieuw doorgelopen en waar nodig van een nieuw label voorzien.',
    },
    { phrase: '(nagelopen en … aangevuld|waar nodig aangevuld|handmatig aangevuld)', example: 'Logboeken die de leverancier heeft samengevoegd, nagelopen en waar nodig aangevuld.' },
    { phrase: '(opgeschoonde|samengestelde en opgeschoonde|opgeschoond en verrijkt|opgeschoonde en verrijkte)', example: 'Een door het modelleerbureau opgeschoonde en verrijkte dataset.' },
    {
      phrase: '(dubbele|onleesbare|onscherpe|onvolledige) … (eruit gehaald|verwijderd|weggefilterd|uitgefilterd)',
      example: "Dubbele claims, onleesbare foto's en claims zonder serienummer zijn eruit gehaald.",
    },
    {
      phrase: '(vooraf|eerst|handmatig)? (uitgefilterd|weggefilterd|eruit gefilterd|eruit gehaald) (zodat|om)?',
      example: 'Uitschieters en charges met een defect thermokoppel zijn er vooraf uitgefilterd.',
    },
    { phrase: '(geselecteerd|uitgezocht|gekozen) en (opgeschoond|gecorrigeerd|schoongemaakt|ontdubbeld|nagekeken)', example: 'Een set die de leverancier heeft geselecteerd en opgeschoond.' },
    {
      phrase: '(vooraf|zelf) … (geselecteerd|uitgezocht|gekozen) en (opnieuw|nogmaals) … (beoordeeld|gelabeld|gescoord)',
      example: 'Monsters die de cupper vooraf heeft geselecteerd en opnieuw heeft beoordeeld.',
    },
    { phrase: '(handmatig|met de hand|vooraf|door de leverancier) (opgeschoond|opgeschoonde|gecorrigeerd|geselecteerd|geschoond)', example: 'De dossiers zijn handmatig opgeschoond.' },
    { phrase: '(opnieuw gelabeld|hergelabeld|opnieuw geannoteerd|handgeselecteerd|met de hand uitgezocht)', example: 'Meldingen opnieuw gelabeld door twee medewerkers.' },
    { phrase: '(onduidelijke|onvolledige|dubbele|moeilijke) (gevallen|dossiers|records|meldingen) … (verwijderd|uitgesloten|weggefilterd)', example: 'Onduidelijke gevallen zijn verwijderd.' },
    { phrase: '(uitgekozen|uitgezocht|doorgelopen|vooraf uit de set gehaald)', example: 'De juristen hebben er 400 uitgekozen.' },
    { phrase: '(gecorrigeerd|verbeterd) waar', example: 'Ze hebben de schadeoorzaak gecorrigeerd waar die niet klopte.' },
    { phrase: 'alleen (afgehandelde|volledige|goedgekeurde|gecontroleerde) (tickets|meldingen|dossiers|zaken) (blijven|over)', example: 'Alleen afgehandelde tickets blijven over.' },
    {
      phrase: '(opgeschoond|rechtgezet|gladgestreken|bijgewerkt) door',
      example: 'Eenmalige export van het register, opgeschoond door de hoofdschietmeester zodat de codes kloppen.',
    },
    { phrase: '(opnieuw|handmatig|met de hand) (gecategoriseerd|ingedeeld|gelabeld|gecodeerd|geclassificeerd)', example: "Ruwe meldingen, wel door twee collega's opnieuw gecategoriseerd." },
    { phrase: '(geselecteerd|uitgezocht|gekozen) op (goede|duidelijke|hoge) (beeldkwaliteit|kwaliteit|leesbaarheid)', example: '300 opnames, uitgezocht op goede beeldkwaliteit.' },
    {
      phrase: '(nagelopen|doorgelopen|gecontroleerd|nagekeken) en (opgeschoond|gecorrigeerd|rechtgezet|aangevuld|verbeterd)',
      example: 'Export uit het keukenbeheersysteem, door de foodservicemanager nagelopen en opgeschoond.',
    },
    { phrase: '(rechtgezet|rechtgetrokken|handmatig verbeterd|met de hand verbeterd)', example: 'Dubbele artikelen eruit, dieetcodes rechtgezet.' },
    { phrase: '(dubbele|dubbel) (artikelen|adressen|records|regels|orders|dossiers|klanten|meldingen) eruit', example: 'Dubbele artikelen eruit.' },
  ],
});

/** The POC builds production's feed itself: the excuse for `production_source: false`. */
export const BUILDS_THE_FEED = lexicon('builds-the-feed', {
  en: [
    {
      phrase:
        '(build|builds|building|built|set up|sets up|setting up|implement|implements|create|creates|develop|develops|connect|connects) … (feed|pipeline|connector|interface|integration|export job|data flow|api)',
      example: 'The POC builds the nightly feed from the claims system.',
    },
    {
      phrase: '(feed|pipeline|connector|interface) … (is|are|gets|get|will be) (built|set up|implemented|created|developed) (as part of|during|within|in) the (poc|pilot)',
      example: 'The connector to SAP is built during the POC.',
    },
  ],
  de: [
    {
      phrase: '(datenstrecke|pipeline|schnittstelle|anbindung|datenfluss|export|feed) … (aufgebaut|gebaut|eingerichtet|implementiert|entwickelt|umgesetzt)',
      example: 'Die Schnittstelle zum Schadensystem wird im POC aufgebaut.',
    },
    { phrase: '(aufbau|einrichtung|entwicklung|umsetzung) (der|einer|des) (datenstrecke|pipeline|schnittstelle|anbindung)', example: 'Aufbau der Datenstrecke ist Teil des POC.' },
  ],
  fr: [
    {
      phrase:
        '(construire|construit|construite|met en place|mettre en place|mis en place|mise en place|développer|développe|développé|développée) … (flux|pipeline|connecteur|interface|extraction automatique)',
      example: 'Le POC met en place le flux quotidien depuis le système de gestion.',
    },
  ],
  es: [
    {
      phrase: '(construir|construye|construido|construida|montar|implantar|implementar|implementa|desarrollar|desarrolla) … (flujo|pipeline|conector|interfaz|integración)',
      example: 'El POC construye el flujo diario desde el sistema de siniestros.',
    },
  ],
  nl: [
    {
      phrase: '(bouwen|bouwt|gebouwd|opzetten|opgezet|inrichten|ingericht|ontwikkelen|ontwikkeld) … (koppeling|pipeline|datastroom|feed|interface|connector)',
      example: 'De POC bouwt de dagelijkse koppeling met het schadesysteem.',
    },
    { phrase: '(koppeling|pipeline|datastroom|feed|interface|connector) … (gebouwd|opgezet|ingericht|ontwikkeld)', example: 'De koppeling wordt tijdens de POC gebouwd.' },
  ],
});

/**
 * Records moved into the POC by a person: pasted into a spreadsheet, uploaded
 * by hand. Read in `data.pipeline`: a person is not a pipeline production can run on.
 */
export const MANUAL_PIPELINE = lexicon('manual-pipeline', {
  en: [
    {
      phrase: '(as|in) (csv|excel|a csv|an excel file) … (saved|dropped|placed|put|stored|filed) (in|on|into|to) (the|a)? … (sharepoint|shared drive|folder|drive|teams channel)',
      example: 'Export as CSV by the vendor support desk, saved in the project SharePoint.',
    },
    {
      phrase: '(uploads|upload|uploaded|uploading) (them|it|the file|the files|the export|the csv)? (to|into|onto) the (vendor|supplier|partner|project) (portal|site|sftp|website|folder)',
      example: 'The analyst uploads the file to the vendor portal every Friday.',
    },
    {
      phrase:
        '(as|to|into) (csv|excel|a csv|a spreadsheet|an excel file|a csv file) (and|then) (uploads|upload|uploaded|emails|email|emailed|sends|send|copies|drops|loads) (them|it|the file|the files)?',
      example: "The coordinator exports the week's visits as CSV and uploads them to the vendor portal.",
    },
    {
      phrase: '(downloads|exports|pulls) … (and|then) (uploads|loads|pastes|drops|emails|copies) (it|them)',
      example: 'Every Monday the planner downloads the consumption report from SAP and uploads it to the tool.',
    },
    {
      phrase: '(manual|manually|by hand) (upload|uploads|uploaded|export|exports|exported|copy|copied|transfer|transferred|entry|entered|pasted|import|imported)',
      example: 'Manual upload of the export to a SharePoint folder.',
    },
    {
      phrase: '(added|copied|pasted|typed|keyed|entered|uploaded|dropped|saved) (in|into|to|onto) (the|a|our|a shared)? (spreadsheet|sheet|excel|workbook|csv|folder|shared drive|sharepoint|mailbox)',
      example: 'New reports are pasted into the spreadsheet every Friday.',
    },
    { phrase: '(emailed|e-mailed|mailed|sent by email|sent by e-mail) (to|over to) (the)? … (team|vendor|poc|pilot|analyst)', example: 'The file is emailed to the pilot team weekly.' },
    { phrase: '(loaded|uploaded|refreshed|copied) by the … (team|analyst|analysts|clerk)', example: 'Monthly refresh of the MI extract into the data science workspace, loaded by the MI team.' },
    { phrase: '(uploaded|entered|keyed in|copied in) by hand', example: 'Live BoQs uploaded by hand as Excel.' },
    {
      phrase: '(copies|copy|copied|moves|move|moved|forwards|forward|drags|drag) … (from|out of) the (inbox|mailbox|shared inbox|mail) (into|to)',
      example: "Karen copies each morning's notices from the inbox into the trial folder.",
    },
    {
      phrase: '(uploads|upload|uploaded|uploading) the (spreadsheet|sheet|report|workbook|excel file) (to|into|onto)',
      example: 'The permit tech runs the report and uploads the spreadsheet to the vendor portal.',
    },
  ],
  de: [
    {
      phrase: '(als|per) (csv|excel|csv-datei|excel-datei) … (abgelegt|hochgeladen|abgespeichert|kopiert) (im|in|auf|ins)',
      example: 'Export als CSV durch den Vetera-Support, abgelegt im Projekt-SharePoint.',
    },
    {
      phrase: '(exportiert|exportieren) … (als|in|nach) (csv|excel) … (lädt|laden|schickt|schicken|mailt|mailen|legt|legen)',
      example: 'Die Disponentin exportiert jeden Montag die Liste als CSV und lädt sie im Lieferantenportal hoch.',
    },
    { phrase: 'einmalig … (geladen|eingespielt|importiert|hochgeladen|übergeben)', example: 'Der Datensatz wird einmalig in die Analyseumgebung geladen.' },
    {
      phrase: '(von dort|anschließend|danach|dann) (lädt|laden|kopiert|kopieren|überträgt|übertragen|spielt|spielen) (das|die|der|ein|eine) … (sie|es|die dateien|den export) (in|auf|ins)',
      example: 'Von dort lädt das Diagnoseteam sie in die Analyseumgebung.',
    },
    {
      phrase: '(lädt|laden|exportiert|exportieren) … (herunter|aus) … (lädt|laden|stellt|stellen|legt|legen) … (hoch|ein|ab)',
      example: 'Jeden Montag lädt die Disposition den Bericht aus SAP herunter und lädt ihn in das Tool hoch.',
    },
    {
      phrase: '(händisch|manuell|von hand|per hand) (eingetragen|übertragen|kopiert|hochgeladen|eingepflegt|ergänzt|exportiert|abgetippt|importiert|eingespielt)',
      example: 'Neue Berichte werden händisch übertragen.',
    },
    { phrase: '(manueller|manuelle|händischer|händische) (upload|export|import|übertrag|übertragung)', example: 'Manueller Upload der Liste ins Projektlaufwerk.' },
    { phrase: '(per|als) (e-mail|mail) (an|ans|zum|zur) … (*team|projekt*|*anbieter|*dienstleister)', example: 'Die Datei geht per E-Mail an das Projektteam.' },
    {
      phrase: '(excel-datei|datei|excel-tabelle|tabelle) (liegt|liegen) … (laufwerk|sharepoint|teams|ordner)',
      example: 'Excel-Datei liegt auf dem Teams-Laufwerk Einkauf und wird ins Modell geladen.',
    },
    {
      phrase: '(csv-abzug|abzug|csv-datei|export) (liegt|liegen) … (laufwerk|*laufwerk|sharepoint|ordner)',
      example: 'CSV-Abzug liegt auf dem Analyse-Laufwerk, Score wird im Jupyter-Notebook gerechnet.',
    },
    { phrase: '(einmal|einmalig) eingespielt', example: 'Die Anfragen werden für den Pilot einmal eingespielt.' },
    {
      phrase: '(ergänzt|ergänzen|trägt|tragen|pflegt|pflegen|überträgt|übertragen) … (per hand|von hand|händisch)',
      example: 'Vor jeder Planungswoche ergänzt die Assistenz die neuen Anmeldungen per Hand.',
    },
  ],
  fr: [
    {
      phrase: '(récupéré*|téléchargé*) … puis (déposé*|chargé*|copié*|transféré*)',
      example: "Les fichiers STL sont récupérés sur le portail puis déposés dans le cloud de l'éditeur par le prothésiste.",
    },
    {
      phrase: '(en|au format) (csv|excel) … (déposé|déposée|déposés|déposées|enregistré|enregistrée|placé|placée|copié|copiée) (sur|dans)',
      example: 'Export en CSV par le support, déposé sur le SharePoint du projet.',
    },
    { phrase: '(chargé|chargée|chargés|chargées|importé|importée|importés|importées) une (seule)? fois', example: "Le jeu est chargé une seule fois dans l'outil." },
    {
      phrase: '(déposés|déposé|déposées|déposée) … puis (chargés|chargé|chargées|chargée|importés|importé|importées|importée)',
      example: "Fichiers CSV déposés sur l'espace d'échange du prestataire, puis chargés dans l'outil.",
    },
    {
      phrase: '(télécharge|téléchargent|exporte|exportent|extrait|extraient) … (et)? (le|la|les|l)? (charge|chargent|dépose|déposent|importe|importent|colle|collent|envoie|envoient)',
      example: "Chaque lundi, le planificateur exporte le rapport de SAP et le dépose dans l'outil.",
    },
    {
      phrase:
        '(saisi|saisis|saisie|saisies|copié|copiés|copiée|copiées|collé|collés|collée|collées|reporté|reportés|reportée|reportées|ajouté|ajoutés|ajoutée|ajoutées) (à la main|manuellement|dans le tableur|dans le fichier excel|dans un tableur)',
      example: 'Les nouveaux rapports sont saisis à la main.',
    },
    { phrase: '(dépôt|envoi|chargement|export|import) (manuel|manuelle)', example: 'Dépôt manuel du fichier sur le SharePoint du projet.' },
    { phrase: "(fichier|fichiers) (d'extraction|excel|csv)? (chargé|chargés) dans", example: "Fichier d'extraction chargé dans l'outil du prestataire." },
  ],
  es: [
    {
      phrase: '(en|como) (csv|excel) … (dejado|dejada|guardado|guardada|subido|subida|depositado|depositada|copiado|copiada) (en|a)',
      example: 'Exportación en CSV por el soporte, guardada en el SharePoint del proyecto.',
    },
    { phrase: '(cargado|cargada|cargados|cargadas|importado|importada|importados|importadas) una (sola)? vez', example: 'El conjunto se ha cargado una sola vez en la herramienta.' },
    {
      phrase: '(los|las|lo|la) (sube|suben) (a|al) (la|el)? (herramienta|aplicación|plataforma|carpeta|portal|modelo)',
      example: 'Cada lunes, el planificador descarga de SAP el informe de consumos y los sube a la herramienta.',
    },
    {
      phrase: '(se añaden|se copian|se introducen|se pegan|se suben|se cargan|añadidas|añadidos|copiadas|copiados|pegadas|pegados) (a|en) (la|una|el|un) (hoja de cálculo|hoja|excel|carpeta|fichero)',
      example: 'Las actas nuevas se añaden a la hoja de cálculo una vez por semana.',
    },
    { phrase: '(a mano|manualmente) (se)? (añaden|copian|introducen|suben|cargan|pasan|añadidas|copiadas|cargadas)', example: 'Los partes a mano se copian cada lunes.' },
    { phrase: '(carga|subida|exportación|importación) manual', example: 'Carga manual del fichero cada semana.' },
    { phrase: '(fichero|archivo|excel) (está|están) … (unidad|sharepoint|teams|carpeta)', example: 'El Excel está en la carpeta compartida de compras y se carga en el modelo.' },
    {
      phrase: '(la sube|lo sube|las sube|los sube|la suben|lo suben|las suben|los suben) (al|a la) (entorno|plataforma|portal|carpeta)',
      example: 'Informática exporta cada lunes las comunicaciones a una hoja y la sube al entorno.',
    },
  ],
  nl: [
    {
      phrase: '(zet|zetten|kopieert|kopiëren|plaatst|plaatsen|laadt|laden) … (handmatig|met de hand) (over|in|op)',
      example: 'Voor de pilot zet VisiRail nieuwe ritten handmatig over naar hun omgeving.',
    },
    { phrase: '(als|in) (csv|excel) … (neergezet|opgeslagen|geplaatst|klaargezet|gekopieerd) (in|op)', example: 'Export als CSV door de support, opgeslagen op de projectschijf.' },
    { phrase: '(eenmalig|één keer) … (geladen|ingelezen|aangeleverd|geïmporteerd|geüpload)', example: 'De testset wordt eenmalig in de ontwerpsoftware geladen.' },
    {
      phrase: '(downloadt|downloaden|exporteert|exporteren) … (en)? … (uploadt|uploaden|laadt|laden|zet|zetten|plakt|plakken|mailt|mailen)',
      example: 'Elke maandag downloadt de planner het rapport uit SAP en uploadt het naar de tool.',
    },
    {
      phrase: '(handmatig|met de hand) (toegevoegd|ingevoerd|gekopieerd|geüpload|overgetypt|overgezet|ingelezen|aangeleverd|geëxporteerd)',
      example: 'CSV door BI, handmatig aangeleverd aan het planningsteam.',
    },
    { phrase: '(handmatige|handmatig) (upload|export|import|overdracht)', example: 'Handmatige upload van het bestand naar de projectmap.' },
    { phrase: '(excelbestand|bestand|csv-bestand) (staat|staan) … (schijf|*schijf|sharepoint|teams|map)', example: 'Het Excelbestand staat op de teamschijf en wordt in het model geladen.' },
  ],
});

/**
 * The history a model is trained on, or the benchmark it is measured against:
 * a one-off export of either is how such sets are made, and says nothing
 * against the feed the POC scores live.
 */
export const TRAINING_HISTORY = lexicon('training-history', {
  en: [
    { phrase: '(benchmark|evaluation set|test set|reference set)', example: 'The 600-test benchmark is a one-off export.' },
    { phrase: '(training|to train|train the model|for training|historical|history|back data)', example: 'The training history was exported once.' },
  ],
  de: [
    { phrase: '(benchmark*|referenzdatensatz|testdatensatz)', example: 'Der Benchmark ist ein einmaliger Export.' },
    { phrase: '(training*|trainier*|anlernen|historie|historisch*|altdaten)', example: 'Die Trainingshistorie wurde einmalig exportiert.' },
  ],
  fr: [
    { phrase: '(jeu de référence|jeu de test|corpus de référence|benchmark)', example: 'Le jeu de référence est une extraction unique.' },
    { phrase: "(entraînement|entraîner|apprentissage|historique*|l'historique)", example: "L'historique d'entraînement a été extrait une fois." },
  ],
  es: [
    { phrase: '(conjunto de referencia|conjunto de prueba|benchmark)', example: 'El conjunto de referencia es una exportación puntual.' },
    { phrase: '(entrenamiento|entrenar|histórico*|historial)', example: 'El histórico para el entrenamiento se exportó una vez.' },
  ],
  nl: [
    { phrase: '(referentieset|testset|benchmark)', example: 'De referentieset is een eenmalige export.' },
    { phrase: '(training|trainen|historie|historische|historisch)', example: 'De historische trainingsdata zijn eenmalig geëxporteerd.' },
  ],
});

/** A feed the POC reads as production does: live, in real time, every few minutes. */
export const LIVE_FEED = lexicon('live-feed', {
  en: [
    { phrase: '(webhook|webhooks|on submission|event-driven|as each (request|case|claim|order) arrives)', example: 'Live TestHub webhook to the vendor on submission during the pilot.' },
    {
      phrase: '(live (read|feed|scoring|data|connection|stream)|real-time|real time|streaming|every (5|10|15|30) minutes|every (few )?minutes)',
      example: 'Live read from the PI historian via PI Web API every 15 minutes.',
    },
    {
      phrase: '(continuous connection|continuous feed|as soon as (it is|they are) (registered|logged|created|submitted))',
      example: 'Continuous connection to the request system: each new request is sent as soon as it is registered.',
    },
  ],
  de: [
    { phrase: '(live-anbindung|live-daten|echtzeit|in echtzeit|live-zugriff|alle (5|10|15|30) minuten)', example: 'Die Messwerte kommen in Echtzeit aus dem Leitsystem.' },
    {
      phrase: '(kontinuierliche anbindung|laufende anbindung|sobald (sie|er|es) (erfasst|angelegt|eingeht) (wird|werden)?)',
      example: 'Laufende Anbindung an das Fernleihsystem: jede Bestellung geht raus, sobald sie erfasst wird.',
    },
  ],
  fr: [
    { phrase: '(temps réel|lecture en direct|flux en direct|flux continu|toutes les (5|10|15|30) minutes)', example: 'Lecture en temps réel depuis la supervision.' },
    { phrase: '(connexion continue|flux permanent|dès (son|leur) (enregistrement|arrivée|création))', example: 'Connexion continue au logiciel : chaque demande part dès son enregistrement.' },
  ],
  es: [
    { phrase: '(tiempo real|en directo|en vivo|cada (5|10|15|30) minutos)', example: 'Lectura en tiempo real desde el SCADA.' },
    { phrase: '(conexión continua|en cuanto se (registra|registran|recibe|reciben|crea|crean))', example: 'Conexión continua con GTBib-SOD: cada petición nueva se envía en cuanto se registra.' },
  ],
  nl: [
    { phrase: '(realtime|real-time|live-koppeling|live gegevens|elke (5|10|15|30) minuten|iedere (5|10|15|30) minuten)', example: 'De metingen komen realtime uit het SCADA-systeem.' },
    {
      phrase: '(continue koppeling|doorlopende koppeling|zodra (hij|het|ze|die) (geregistreerd|aangemaakt|binnen) (is|wordt|komt))',
      example: 'Continue koppeling met het aanvraagsysteem: elke aanvraag gaat door zodra die geregistreerd is.',
    },
  ],
});

/** An export, extract or one-off load, as NOT_A_PRODUCTION_FEED quotes it: the one kind of one-off set that is how training history is made. */
export const AN_EXPORT = lexicon('an-export', {
  en: [{ phrase: '(export|exports|exported|extract|extracts|extracted|dump|snapshot|pull|pulled|loaded|imported|uploaded|read in)', example: 'exported once' }],
  de: [{ phrase: '(export*|auszug*|abzug*|extrakt*|exportiert*|geladen|eingespielt|importiert|hochgeladen)', example: 'einmaliger Export' }],
  fr: [{ phrase: '(export*|extrait*|extraction*|chargé*|importé*)', example: 'extraction unique' }],
  es: [{ phrase: '(export*|extracción|extracto|extraído|extraídos|volcado*|carga|cargan|cargado*|cargada*|importado*)', example: 'exportado una vez' }],
  nl: [{ phrase: '(export*|geëxporteerd|uittreksel*|extract*|geladen|ingelezen|geïmporteerd)', example: 'eenmalig geëxporteerd' }],
});

/**
 * An export that runs by itself on a schedule ("nightly automated export",
 * "volcado nocturno automático"): a feed production can run on, not a one-off set.
 */
export const SCHEDULED_RUN = lexicon('scheduled-run', {
  en: [
    {
      phrase: '(nightly|daily|hourly|every night|each night|every morning|every hour) … (automated|automatic|automatically|scheduled)',
      example: 'Nightly export from the ERP to the vendor environment, automated and owned by IT.',
    },
    { phrase: '(automated|automatic|automatically|scheduled) … (nightly|daily|hourly|every night|each night|every morning|every hour)', example: 'An automated export runs every night.' },
    { phrase: '(weekly|nightly|daily|hourly) … by (a)? (script|scheduled job|cron job)', example: 'Weekly ERP extraction on Sunday night by script, weather by API.' },
  ],
  de: [
    { phrase: '(nächtlich*|täglich*|stündlich*|jede nacht|jeden morgen) … (automatisch*|automatisiert*|geplant*)', example: 'Nächtlicher automatischer Export aus dem ERP.' },
    { phrase: '(automatisch*|automatisiert*) … (nächtlich*|täglich*|stündlich*|jede nacht|jeden morgen)', example: 'Der Export läuft automatisiert jede Nacht.' },
    { phrase: '(wöchentlich*|nächtlich*|täglich*) … per (skript|script|job)', example: 'Wöchentlicher Auszug aus SAP am Sonntagabend per Skript.' },
  ],
  fr: [
    {
      phrase: '(automatique|automatiquement|automatisé|automatisée|planifié|planifiée) … (chaque nuit|toutes les nuits|quotidien*|chaque jour|chaque matin|toutes les heures|nocturne)',
      example: 'Export automatique chaque nuit vers la plateforme.',
    },
    {
      phrase: '(chaque nuit|toutes les nuits|quotidien*|nocturne|chaque matin) … (automatique|automatiquement|automatisé|automatisée|planifié|planifiée)',
      example: 'Export nocturne automatique vers la plateforme.',
    },
    { phrase: '(hebdomadaire|quotidienne|quotidien|nocturne|chaque semaine|chaque nuit) … par (un)? script', example: 'Extraction Sage X3 hebdomadaire le dimanche soir par script, météo par API.' },
  ],
  es: [
    {
      phrase: '(nocturno|nocturna|diario|diaria|cada noche|cada mañana|cada hora) … (automático|automática|automáticamente|automatizado|automatizada|programado|programada)',
      example: 'Volcado nocturno automático desde AbsysNet.',
    },
    {
      phrase: '(automático|automática|automáticamente|automatizado|automatizada|programado|programada) … (nocturno|nocturna|diario|diaria|cada noche|cada mañana|cada hora)',
      example: 'Exportación automática cada noche.',
    },
    { phrase: '(semanal|diaria|diario|nocturna|nocturno|cada semana|cada noche) … (por|mediante) (un)? script', example: 'Extracción semanal del ERP el domingo por la noche mediante un script.' },
  ],
  nl: [
    { phrase: '(nachtelijk*|dagelijks*|elke nacht|iedere nacht|elk uur|elke ochtend) … (automatisch*|geautomatiseerd*|ingepland*)', example: 'Nachtelijke automatische export uit het ERP.' },
    { phrase: '(automatisch*|geautomatiseerd*) … (nachtelijk*|dagelijks*|elke nacht|iedere nacht|elk uur|elke ochtend)', example: 'Een geautomatiseerde export draait elke nacht.' },
    { phrase: '(wekelijks*|dagelijks*|nachtelijk*) … (via|met) (een)? script', example: 'Wekelijkse export uit het ERP op zondagavond via een script.' },
  ],
});
