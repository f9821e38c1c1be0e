// How a plan describes its data: a one-off set rather than production's feed,
// a set cleaned or picked by hand, or a feed the POC builds itself.
import { lexicon } from './lexicon';

/** Data that is not production's continuous feed, whatever `production_source` says. */
export const NOT_A_PRODUCTION_FEED = lexicon('not-a-production-feed', {
  en: [
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
  ],
  de: [
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
  ],
  fr: [
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
  ],
  es: [
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
  ],
  nl: [
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
  ],
});

/** Data cleaned, relabelled or picked by hand, whatever `curated` says. */
export const HAND_CURATED = lexicon('hand-curated', {
  en: [
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
    { phrase: '(interpolated|imputed|smoothed|filled in|removed drift|gaps filled)', example: 'Gaps interpolated and drift removed.' },
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
  ],
  de: [
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
  ],
  fr: [
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
  ],
  es: [
    {
      phrase: '(limpiados|limpiadas|limpiado|limpiada|depurados|depuradas|depurado|depurada|corregidos|corregidas|seleccionados|seleccionadas) (a mano|manualmente|por el proveedor|por el equipo)',
      example: 'Los expedientes fueron depurados manualmente.',
    },
    { phrase: '(manualmente|a mano) (limpiados|limpiadas|depurados|depuradas|corregidos|seleccionados|seleccionadas)', example: 'Datos manualmente depurados.' },
    { phrase: '(reetiquetados|reetiquetadas|re-etiquetados|reanotados|escogidos a mano|seleccionados a dedo)', example: 'Casos reetiquetados por dos analistas.' },
    { phrase: '(casos ambiguos|casos incompletos|duplicados|casos difíciles) (eliminados|excluidos|retirados|descartados)', example: 'Duplicados y casos ambiguos eliminados.' },
  ],
  nl: [
    {
      phrase: '(vooraf|zelf) … (geselecteerd|uitgezocht|gekozen) en (opnieuw|nogmaals) … (beoordeeld|gelabeld|gescoord)',
      example: 'Monsters die de cupper vooraf heeft geselecteerd en opnieuw heeft beoordeeld.',
    },
    { phrase: '(handmatig|met de hand|vooraf|door de leverancier) (opgeschoond|opgeschoonde|gecorrigeerd|geselecteerd|geschoond)', example: 'De dossiers zijn handmatig opgeschoond.' },
    { phrase: '(opnieuw gelabeld|hergelabeld|opnieuw geannoteerd|handgeselecteerd|met de hand uitgezocht)', example: 'Meldingen opnieuw gelabeld door twee medewerkers.' },
    { phrase: '(onduidelijke|onvolledige|dubbele|moeilijke) (gevallen|dossiers|records|meldingen) … (verwijderd|uitgesloten|weggefilterd)', example: 'Onduidelijke gevallen zijn verwijderd.' },
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
      phrase: '(manual|manually|by hand) (upload|uploads|uploaded|export|exports|exported|copy|copied|transfer|transferred|entry|entered|pasted|import|imported)',
      example: 'Manual upload of the export to a SharePoint folder.',
    },
    {
      phrase: '(added|copied|pasted|typed|keyed|entered|uploaded|dropped|saved) (in|into|to|onto) (the|a|our|a shared)? (spreadsheet|sheet|excel|workbook|csv|folder|shared drive|sharepoint|mailbox)',
      example: 'New reports are pasted into the spreadsheet every Friday.',
    },
    { phrase: '(emailed|e-mailed|mailed|sent by email|sent by e-mail) (to|over to) (the)? … (team|vendor|poc|pilot|analyst)', example: 'The file is emailed to the pilot team weekly.' },
  ],
  de: [
    {
      phrase: '(händisch|manuell|von hand|per hand) (eingetragen|übertragen|kopiert|hochgeladen|eingepflegt|ergänzt|exportiert|abgetippt|importiert|eingespielt)',
      example: 'Neue Berichte werden händisch übertragen.',
    },
    { phrase: '(manueller|manuelle|händischer|händische) (upload|export|import|übertrag|übertragung)', example: 'Manueller Upload der Liste ins Projektlaufwerk.' },
    { phrase: '(per|als) (e-mail|mail) (an|ans|zum|zur) … (*team|projekt*|*anbieter|*dienstleister)', example: 'Die Datei geht per E-Mail an das Projektteam.' },
  ],
  fr: [
    {
      phrase:
        '(saisi|saisis|saisie|saisies|copié|copiés|copiée|copiées|collé|collés|collée|collées|reporté|reportés|reportée|reportées|ajouté|ajoutés|ajoutée|ajoutées) (à la main|manuellement|dans le tableur|dans le fichier excel|dans un tableur)',
      example: 'Les nouveaux rapports sont saisis à la main.',
    },
    { phrase: '(dépôt|envoi|chargement|export|import) (manuel|manuelle)', example: 'Dépôt manuel du fichier sur le SharePoint du projet.' },
  ],
  es: [
    {
      phrase: '(se añaden|se copian|se introducen|se pegan|se suben|se cargan|añadidas|añadidos|copiadas|copiados|pegadas|pegados) (a|en) (la|una|el|un) (hoja de cálculo|hoja|excel|carpeta|fichero)',
      example: 'Las actas nuevas se añaden a la hoja de cálculo una vez por semana.',
    },
    { phrase: '(a mano|manualmente) (se)? (añaden|copian|introducen|suben|cargan|pasan|añadidas|copiadas|cargadas)', example: 'Los partes a mano se copian cada lunes.' },
    { phrase: '(carga|subida|exportación|importación) manual', example: 'Carga manual del fichero cada semana.' },
  ],
  nl: [
    {
      phrase: '(handmatig|met de hand) (toegevoegd|ingevoerd|gekopieerd|geüpload|overgetypt|overgezet|ingelezen|aangeleverd|geëxporteerd)',
      example: 'CSV door BI, handmatig aangeleverd aan het planningsteam.',
    },
    { phrase: '(handmatige|handmatig) (upload|export|import|overdracht)', example: 'Handmatige upload van het bestand naar de projectmap.' },
  ],
});
