// How a plan measures and analyses: offline model measures that are accuracy
// whatever a metric's `kind` says, and the words that break errors down by segment.
import { lexicon, overlaps } from './lexicon';

/** A measure of the model on prepared data, not of the work. */
export const OFFLINE_MEASURE = lexicon('offline-measure', {
  en: [
    { phrase: '(audited reference|validated reference|replaying|test environment)', example: 'Agreement of the main diagnosis with the audited reference' },
    { phrase: '(on|over|against) the (scan|test|frozen|reference|labelled|labeled|validation|calibration) (batch|set|sample)', example: 'Grade agreement with the head grader on the scan batch' },
    { phrase: '(agreement|match|concordance|overlap) … with (the)? … (2023|2024|2025|2026)', example: 'Agreement with the tenders submitted in 2025, rated 1-5' },
    { phrase: '(decisions|matches|placements|cases) already (made|taken|decided|closed)', example: 'Top-10 hit rate against the 2024-2026 matches already made' },
    {
      phrase: "((cohen's)? kappa|(in|on) the simulation|simulated (runs|days|weeks)|(on|over) the (2023|2024|2025|2026) (recordings|cases|applications|files|claims|orders|projects))",
      example: 'Agreement with panel decisions on the 2026 recordings',
    },
    { phrase: '(test questions|test conversations|demo conversations|test prompts)', example: 'Share of correct answers on the 300 test questions' },
    {
      phrase: "(on|against|over) (the)? (historical|past|last year’s|last year's) (data|records|cases|trips|rides|orders|claims|files|history)",
      example: 'Share of journey times predicted right on the historical trips.',
    },
    { phrase: '(labelled|labeled|annotated) test (pictures|images|photos|set|data)', example: 'mAP of gap detection on the labelled test pictures.' },
    {
      phrase:
        '(f1|f1-score|f-score|f-measure|precision|recall|auc|roc|roc-auc|mape|rmse|mae|smape|bleu|rouge|perplexity|top-1|top-5|mean average precision|confusion matrix|mean absolute error|mean squared error|root mean squared error|wer|cer|word error rate|character error rate|alignment score)',
      example: 'F1 on the held-out set',
    },
    {
      phrase:
        '(held-out|holdout|hold-out|test set|test-set|test corpus|validation set|backtest|backtesting|back-test|back-tested|backtested|cross-validation|offline evaluation|benchmark set|labelled sample|labeled sample|gold set|golden set)',
      example: 'Misroutes in a backtest on 2024 data',
    },
    {
      phrase: "(agreement|match|concordance|overlap) … with (the)? … (historical|historic|past|previous|earlier|last year's|archived|reference)",
      example: "Agreement of the proposed rota with the planners' historical decisions",
    },
    {
      phrase: '(replayed|re-played|re-run|rerun) (incidents|failures|cases|days|disruptions|history|events)|(incidents|failures|cases|days|disruptions|events) … replayed',
      example: 'Detection rate on the 41 failures of 2021-2025, replayed',
    },
    { phrase: '(agreement|match|concordance|overlap) … with … (delivered|portfolio)', example: 'Keeper agreement with our delivered galleries (12 portfolio weddings).' },
    { phrase: '(back-book|back book|backbook)', example: 'Median absolute error on the 2024 back-book' },
    { phrase: '(gold standard|gold-standard)', example: 'Agreement of the codes with the gold standard.' },
    { phrase: '(retrospective|retrospectively|sensitivity|specificity)', example: 'Sensitivity for missions with a HEMS intervention (retrospective 2024-25 set).' },
    { phrase: '(hand-tagged|hand-labelled|hand-labeled|hand-coded|hand-annotated)', example: 'First-time routing accuracy on the hand-tagged 2026 enquiries' },
  ],
  de: [
    { phrase: '(im testsatz|am testsatz|auf dem testsatz|testsätze|testsatz)', example: 'Übereinstimmung der Markierungen mit den bekannten Abweichungen im Testsatz' },
    { phrase: '(geprüfte referenz|geprüften referenz|beim nachspielen|testumgebung)', example: 'Übereinstimmung der Hauptdiagnose mit der geprüften Referenz' },
    { phrase: 'übereinstimmung … mit (den|der|dem)? … (2023|2024|2025|2026|eingereichten|abgegebenen)', example: 'Übereinstimmung mit den eingereichten Texten 2025 (Bewertung 1-5)' },
    { phrase: '((in|auf) der simulation|simuliert*)', example: 'Fehlplatzierungen in der Simulation' },
    { phrase: '(validierungslos|gelabelten daten|gelabelter datensatz|gelabelten datensatz)', example: 'Fehlerquote auf dem gelabelten Datensatz' },
    { phrase: '(rückblickend|retrospektiv|nachträglich berechnet)', example: 'Abweichung der Empfehlung, rückblickend an den BEM-Fällen 2025' },
    { phrase: '(auf|an) (den)? (historischen|vergangenen) (daten|fällen|fahrten|aufträgen|touren)', example: 'Trefferquote auf den historischen Fahrten.' },
    { phrase: '(trefferquote|präzision|sensitivität|spezifität|f1-wert|f1-score)', example: 'Trefferquote auf dem Testdatensatz' },
    { phrase: '(testdatensatz|testdaten|testset|validierungsdatensatz|validierungsdaten|rückrechnung|backtest|offline-auswertung)', example: 'Fehlerquote im Backtest' },
    { phrase: '(validierungsset|validierungs-set|testbilder|testfotos|referenzdatensatz)', example: 'mAP@0.5 der Schadenerkennung auf dem Validierungsset (Fotos 2025)' },
    {
      phrase: 'übereinstimmung … mit (den|der|dem)? (historischen|früheren|bisherigen|vergangenen|damaligen|archivierten)',
      example: 'Übereinstimmung der Vorschläge mit den historischen Disponentenentscheidungen',
    },
    { phrase: '(nachgespielt*|nachgespielte*|rückwirkend (bewertet|ausgewertet|nachgespielt))', example: 'Lösungsquote auf nachgespielten Störungstagen' },
    { phrase: 'übereinstimmung … mit … (ausgelieferten|gelieferten|portfolio)', example: 'Übereinstimmung mit unseren ausgelieferten Galerien.' },
    { phrase: '(goldstandard|gold-standard)', example: 'Übereinstimmung der Iconclass-Codes mit dem Goldstandard.' },
    { phrase: 'von hand (verschlagwortet*|gelabelt*|annotiert*|kodiert*)', example: 'Trefferquote auf den von Hand verschlagworteten Anfragen 2026' },
  ],
  fr: [
    { phrase: '(référence auditée|référence validée|en rejouant|environnement de test)', example: 'Concordance du diagnostic principal avec la référence auditée' },
    { phrase: '((dans|sur) la simulation|simulé|simulée|simulés)', example: "Erreurs d'emplacement dans la simulation" },
    { phrase: '(échantillon de référence|jeu de référence|dossiers contrôlés en (2023|2024|2025|2026))', example: "Précision du score sur l'échantillon de référence des dossiers contrôlés en 2025" },
    { phrase: '(lot de validation|lot étiqueté)', example: 'Défauts manqués sur le lot de validation' },
    { phrase: '(questions de test|conversations de test|conversations de démonstration|rétrospectivement)', example: 'Part de bonnes réponses sur les 300 questions de test' },
    { phrase: "(dossiers|cas|courriers|documents|exemples) annotés|sur l'historique|sur les données historiques", example: 'Concordance avec le courrier de référence (jeu de 400 dossiers annotés).' },
    { phrase: '(corpus annoté|jeu de test|jeu annoté|corpus de référence)', example: 'Précision du signalement sur le corpus annoté MQM.' },
    {
      phrase: "(taux de rappel|rappel sur|rappel du modèle|taux de bonne classification|score f1|taux d'erreur de mots|erreur absolue moyenne|score d'alignement)",
      example: 'Rappel sur le jeu de test',
    },
    {
      phrase: '(jeu de test|jeu de validation|données de test|échantillon de test|corpus de test|corpus de validation|backtest|rétro-test|évaluation hors ligne)',
      example: "Taux d'erreur sur le jeu de test",
    },
    {
      phrase: "(concordance|accord|taux d'accord) … avec (les|la|le|l') … (2023|2024|2025|2026|passées|passés|antérieures|antérieurs|historiques|de référence|précédente|précédentes)",
      example: 'Taux de concordance du classement avec les décisions des commissions 2026',
    },
    { phrase: '(rejoué|rejoués|rejouée|rejouées)', example: 'Taux de détection (rappel) sur les 41 défaillances 2021–2025 rejouées' },
    { phrase: '(concordance|accord) … avec … (livrées|livrés|portfolio)', example: 'Accord avec nos galeries livrées.' },
    { phrase: '(référence or|étalon-or|gold standard)', example: 'Concordance des codes avec la référence or.' },
    { phrase: '(sensibilité|spécificité|rétrospectif|rétrospective)', example: 'Sensibilité sur les missions 2024-2025 (jeu rétrospectif).' },
    { phrase: '(annotés|annotées|étiquetés|étiquetées|codés|codées) à la main', example: 'Taux de bon routage sur les demandes 2026 étiquetées à la main' },
  ],
  es: [
    { phrase: '(referencia auditada|referencia validada|al reproducir|entorno de pruebas)', example: 'Coincidencia del diagnóstico principal con la referencia auditada' },
    { phrase: '(coincidencia|concordancia|acuerdo) … con (la|las|el|los|lo)? … (2023|2024|2025|2026|presentadas|presentados)', example: 'Coincidencia con las ofertas presentadas en 2025' },
    { phrase: '((en|de) la simulación|simulado|simulada|(proyectos|casos|expedientes|pedidos) cerrados en (2023|2024|2025|2026))', example: 'Errores de ubicación en la simulación' },
    {
      phrase: '(lote de validación|lote etiquetado|conjunto etiquetado|datos etiquetados)',
      example: 'Defectos no detectados sobre el lote de validación etiquetado por el nivel 3',
    },
    { phrase: '(preguntas de prueba|conversaciones de prueba|conversaciones de demostración|retrospectivamente)', example: 'Porcentaje de respuestas correctas en las 300 preguntas de prueba' },
    { phrase: '(del|sobre el|en el|con el) histórico|(con|sobre) datos históricos', example: 'Acierto del modelo al clasificar a los socios morosos del histórico 2023-2025.' },
    { phrase: '(exhaustividad|sensibilidad|puntuación f1)', example: 'Exhaustividad en el conjunto de prueba' },
    { phrase: '(conjunto de prueba|conjunto de validación|datos de prueba|muestra de prueba|backtest|backtesting|evaluación offline)', example: 'Tasa de error en el conjunto de prueba' },
    {
      phrase: '(coincidencia|concordancia|acuerdo) … con (la|las|el|los|lo) … (asignada|asignadas|asignado|asignados|históricas|históricos|anteriores|de referencia|pasadas|pasados)',
      example: 'Coincidencia de la CDU propuesta con la asignada por la BNE',
    },
    {
      phrase: '(reproducidos|reproducidas|rejugados|rejugadas) … (históricos|pasados|del histórico)|(casos|días|incidencias) (pasados|históricos) reproducidos',
      example: 'Acierto sobre casos pasados reproducidos en el entorno de pruebas',
    },
    { phrase: '(coincidencia|concordancia|acuerdo) … con … (entregadas|entregados|portfolio)', example: 'Coincidencia con nuestras galerías entregadas.' },
    { phrase: '(estándar de oro|gold standard|patrón oro)', example: 'Concordancia de los códigos con el estándar de oro.' },
    { phrase: '(especificidad|retrospectivo|retrospectiva)', example: 'Especificidad en el conjunto retrospectivo 2024-2025.' },
    { phrase: '(etiquetadas|etiquetados|anotadas|anotados|codificadas|codificados) a mano', example: 'Acierto del enrutado sobre las consultas de 2026 etiquetadas a mano' },
  ],
  nl: [
    { phrase: '(geauditeerde referentie|gevalideerde referentie|bij het naspelen|testomgeving)', example: 'Overeenstemming van de hoofddiagnose met de geauditeerde referentie' },
    { phrase: '(overeenstemming|overeenkomst) … met (de|het)? … (2023|2024|2025|2026|ingediende|ingeleverde)', example: 'Overeenstemming met de ingediende teksten van 2025' },
    { phrase: 'afgesloten (zaken|dossiers|gevallen) uit (2023|2024|2025|2026)', example: 'Overeenstemming met de griffier, gemeten op 600 afgesloten zaken uit 2025' },
    { phrase: '((in|op) de simulatie|gesimuleerd*|(aanvragen|dossiers|zaken) van ronde (2024|2025|2026))', example: 'Overeenstemming modelscore met commissiescore op de aanvragen van ronde 2026' },
    { phrase: '(validatiebatch|gelabelde set)', example: 'Gemiste defecten op de gelabelde set' },
    { phrase: '(testvragen|testgesprekken|demogesprekken|democonversaties|testcases)', example: 'Aandeel juiste antwoorden op de 300 testvragen' },
    { phrase: 'op (de)? (historische|eerdere) (ritten|data|gegevens|dossiers|gevallen|orders)', example: 'Percentage correct voorspelde rijtijden op de historische ritten van vorig schooljaar.' },
    { phrase: '(precisie|f1-score)', example: 'Precisie op de testset' },
    { phrase: '(testset|testdata|validatieset|validatiedata|backtest|offline evaluatie)', example: 'Foutpercentage in de backtest' },
    {
      phrase: '(overeenstemming|overeenkomst) … met (de|het)? (historische|eerdere|vorige|oude|gearchiveerde)',
      example: 'Overeenstemming van de voorstellen met de historische beslissingen van de planners',
    },
    { phrase: '(teruggespeeld*|nagespeeld*|nagespeelde)', example: 'Detectiegraad op teruggespeelde storingen uit 2025' },
    { phrase: '(overeenstemming|overeenkomst) … met … (opgeleverde|geleverde|afgeleverde|portfolio)', example: 'Overeenstemming met onze opgeleverde galerijen.' },
    { phrase: '(gouden standaard|gold standard)', example: 'Overeenstemming van de codes met de gouden standaard.' },
    { phrase: '(sensitiviteit|specificiteit|retrospectief|retrospectieve)', example: 'Sensitiviteit op de retrospectieve set 2024-2025.' },
    { phrase: '(handmatig|met de hand) (gelabeld*|getagd*|geannoteerd*|gecodeerd*)', example: 'Juist gerouteerd op de met de hand gelabelde vragen van 2026' },
  ],
});

/**
 * Words an offline measure's name is also part of: a dental or a product
 * recall, a recall letter or date, is work the plan measures, not the model's recall.
 */
export const NOT_AN_OFFLINE_MEASURE = lexicon('not-an-offline-measure', {
  en: [
    {
      phrase:
        '((recall|recalls) (date|dates|letter|letters|appointment|appointments|interval|intervals|attendance|visit|visits|notice|notices|campaign|campaigns|list|lists)|(product|dental|vehicle|safety) (recall|recalls))',
      example: 'High-risk patients attending within 4 weeks of the recall date',
    },
  ],
  de: [{ phrase: '(rückruf*|recall-termin*|recall-brief*|recallbrief*|recalltermin*)', example: 'Erscheinen zum Recall-Termin innerhalb von 4 Wochen' }],
  fr: [{ phrase: '(rappel de produit|rappels de produits|lettre de rappel|lettres de rappel|rendez-vous de rappel|campagne de rappel)', example: 'Patients venus au rendez-vous de rappel' }],
  es: [{ phrase: '(retirada de producto|carta de recordatorio|cita de revisión)', example: 'Pacientes que acuden a la cita de revisión' }],
  nl: [{ phrase: '(terugroepactie*|herhaalafspraak*|oproepbrief*|recallbrief*)', example: 'Patiënten die binnen 4 weken op de herhaalafspraak komen' }],
});

/** The offline measure a metric's name says it is, or undefined: the first match not inside one of the words above. */
export function offlineMeasureIn(name: string): string | undefined {
  const matches = OFFLINE_MEASURE.matches(name);
  if (matches.length === 0) return undefined;
  const not = NOT_AN_OFFLINE_MEASURE.matches(name);
  return matches.find((m) => !not.some((n) => overlaps(n, m)))?.text;
}

/** Errors broken down by segment: "by carrier", "per region", "aufgeschlüsselt nach". */
export const BY_SEGMENT = lexicon('by-segment', {
  en: [{ phrase: '(by|per|segment|segments|segmented|broken down|breakdown|split|across|for each|each)', example: 'Errors broken down by carrier, region and exception type.' }],
  de: [{ phrase: '(nach|je|pro|aufgeschlüsselt|aufgeteilt|segment|segmente|getrennt nach|für jede|für jeden)', example: 'Fehler nach Sparte und Region aufgeschlüsselt.' }],
  fr: [{ phrase: '(par|selon|ventilé|ventilés|ventilées|ventilation|segment|segments|pour chaque)', example: 'Erreurs ventilées par type de sinistre.' }],
  es: [{ phrase: '(por|según|desglosado|desglosados|desglosadas|desglose|segmento|segmentos|para cada)', example: 'Errores desglosados por tipo de incidencia.' }],
  nl: [{ phrase: '(per|naar|uitgesplitst|opgesplitst|segment|segmenten|voor elk|voor elke)', example: 'Fouten uitgesplitst naar regio en producttype.' }],
});

/** A baseline the pilot itself is to measure: today's value is then not known before the POC starts. */
export const MEASURED_DURING_PILOT = lexicon('measured-during-pilot', {
  en: [
    {
      phrase: "(we measure|we will measure|we'll measure|measured) (it)? in the first (two|three|four|few)? (weeks|days) of the (pilot|poc|trial)",
      example: 'We measure it in the first two weeks of the pilot.',
    },
    { phrase: '(measured|taken|recorded|collected|established|captured) (in|during|over) the first … (weeks|days|month|weeks of the pilot)', example: 'Measured in the first two weeks of the pilot.' },
    { phrase: '(to be|will be) (measured|taken|established|recorded) (during|in) the (pilot|poc)', example: 'To be measured during the pilot.' },
    { phrase: 'baseline (measurement|measured) (in|during) the first … weeks of the pilot', example: 'baseline measurement in the first two weeks of the pilot' },
  ],
  de: [
    {
      phrase: '(in den ersten|während der ersten) (beiden|zwei|drei|vier)? (pilotwochen|pilottagen|pilotmonaten) … (gemessen|erhoben|ermittelt)',
      example: 'Wird in den ersten beiden Pilotwochen in den Vergleichsfilialen erhoben.',
    },
    { phrase: '(in der|während der) (ersten)? (pilotwoche|pilotphase|woche des piloten) (gemessen|erhoben|ermittelt)', example: 'Wird in der ersten Pilotwoche gemessen.' },
    {
      phrase: '(in den ersten|während der ersten) … (wochen|tagen) (des|der) (piloten|pilots|pilotphase) … (gemessen|erhoben|ermittelt)',
      example: 'Wird in den ersten zwei Wochen des Piloten gemessen.',
    },
    { phrase: '(im|während des) (pilot|piloten|pilotbetrieb) (zu)? (messen|erheben|ermitteln)', example: 'Im Piloten zu messen.' },
    { phrase: 'nullmessung in den ersten … wochen (des|der) (piloten|pilots|pilotphase)', example: 'Nullmessung in den ersten zwei Wochen des Piloten' },
  ],
  fr: [
    {
      phrase: '(nous le mesurerons|on le mesure|on la mesure|mesuré|mesurée) (pendant|durant|dans) les (deux|trois|quatre)? premières semaines (du|de) (pilote|poc)',
      example: 'On le mesure dans les deux premières semaines du pilote.',
    },
    {
      phrase: '(à mesurer|sera mesuré|sera mesurée|seront mesurés|mesuré|mesurée) (pendant|durant|au cours du|au cours des|lors du|lors des) (le|les)? (pilote|premières semaines)',
      example: 'À mesurer pendant le pilote.',
    },
    { phrase: 'mesure initiale (pendant|dans) les … premières semaines du pilote', example: 'mesure initiale pendant les deux premières semaines du pilote' },
  ],
  es: [
    {
      phrase: '(lo mediremos|la mediremos|se mide|se medirá) (en|durante) las (dos|tres|cuatro)? primeras semanas (del|de) (piloto|poc)',
      example: 'Lo mediremos en las dos primeras semanas del piloto.',
    },
    {
      phrase: '(se tomará|se medirá|se medirán|se tomarán|a medir|por medir) (durante|en) (el|las|los)? … (piloto|primeras semanas)',
      example: 'Se tomará durante las dos primeras semanas del piloto.',
    },
    { phrase: 'medición inicial (en|durante) las … primeras semanas del piloto', example: 'medición inicial en las dos primeras semanas del piloto' },
  ],
  nl: [
    {
      phrase: '(meten|bepalen|meet|bepaalt) (we)? (in|tijdens) (de)? (eerste|eerste twee|eerste drie)? … (weken|week) (van de)? (pilot|proef)',
      example: 'Baseline: meten we in de eerste twee weken van de pilot.',
    },
    {
      phrase: '(wordt|worden) (in|tijdens) (de)? … (eerste weken|pilot|proef|pilotweek|pilotweken|pilotperiode) … (gemeten|bepaald|vastgesteld)',
      example: 'Wordt in de eerste weken van de pilot gemeten.',
    },
    { phrase: 'nulmeting (in|tijdens) de (eerste)? … (weken|week) van de (pilot|proef)', example: 'nulmeting in de eerste twee weken van de pilot' },
  ],
});

/** A baseline that says today has no value: "n/a (new)", "n.v.t. (nieuw)", "entfällt (neu)". */
export const NO_VALUE_TODAY = lexicon('no-value-today', {
  en: [{ phrase: '(n/a|not applicable|none today|no baseline|does not exist today)', example: 'n/a (new)' }],
  de: [{ phrase: '(n/a|k. a.|k.a.|entfällt|nicht zutreffend|gibt es heute nicht|kein ausgangswert)', example: 'entfällt (neu)' }],
  fr: [{ phrase: "(n/a|sans objet|non applicable|n'existe pas aujourd'hui|pas de référence)", example: 'sans objet (nouveau)' }],
  es: [{ phrase: '(n/a|no aplica|no procede|no existe hoy|sin línea base)', example: 'no aplica (nuevo)' }],
  nl: [{ phrase: '(n/a|n.v.t.|nvt|niet van toepassing|bestaat nu niet|geen nulmeting)', example: 'n.v.t. (nieuw)' }],
});

/** The reason "new" and nothing else, beside a baseline of no value: "(new)", "(nieuw)", "(neues Verfahren)". */
export const ONLY_NEW = lexicon('only-new', {
  en: [
    { phrase: '(new|new capability|new process|new service|new tool)', example: 'n/a (new)' },
    { phrase: "(model|tool|system|ai) (not yet built|not built yet|does not exist yet|doesn't exist yet|not yet available|not live yet)", example: 'n/a (model not yet built)' },
  ],
  de: [
    { phrase: '(neu|neues verfahren|neuer prozess|neue leistung)', example: 'entfällt (neu)' },
    { phrase: '(modell|tool|system|ki) (noch nicht gebaut|gibt es noch nicht|existiert noch nicht|noch nicht verfügbar)', example: 'entfällt (Modell noch nicht gebaut)' },
  ],
  fr: [
    { phrase: '(nouveau|nouvelle|nouveau service|nouveau processus)', example: 'sans objet (nouveau)' },
    { phrase: "(modèle|outil|ia) (pas encore construit|n'existe pas encore|pas encore disponible)", example: 'sans objet (modèle pas encore construit)' },
  ],
  es: [
    { phrase: '(nuevo|nueva|nuevo servicio|nuevo proceso)', example: 'no aplica (nuevo)' },
    { phrase: '(modelo|herramienta|ia) (aún no construido|todavía no construido|aún no existe|todavía no existe|no existe todavía)', example: 'no aplica (modelo aún no construido)' },
  ],
  nl: [
    { phrase: '(nieuw|nieuwe dienst|nieuw proces)', example: 'n.v.t. (nieuw)' },
    { phrase: '(model|tool|ai) (nog niet gebouwd|bestaat nog niet|nog niet beschikbaar)', example: 'n.v.t. (model nog niet gebouwd)' },
  ],
});

/** Errors kept item by item ("per rapport bijgehouden"): a list of errors, not a breakdown by segment. */
export const PER_ITEM = lexicon('per-item', {
  en: [
    { phrase: '(per|for each|each|by) (item|report|case|record|ticket|document|file|claim|request) (in|into|on)', example: 'Errors are logged per report in a spreadsheet and discussed afterwards.' },
  ],
  de: [{ phrase: '(je|pro) (fall|bericht|vorgang|dokument|datensatz|antrag|meldung) (in|im)', example: 'Fehler werden je Bericht in einer Excel-Liste festgehalten.' }],
  fr: [{ phrase: '(par|pour chaque) (dossier|rapport|cas|document|fiche|demande) (dans|sur)', example: 'Les erreurs sont notées par rapport dans un tableur et discutées à la fin.' }],
  es: [{ phrase: '(por|para cada) (informe|caso|expediente|documento|registro|solicitud) (en)', example: 'Los errores se anotan por informe en una hoja de cálculo.' }],
  nl: [
    {
      phrase: '(per|voor elk|voor elke) (rapport|geval|dossier|document|melding|aanvraag|casus) (bijgehouden|in|op)',
      example: 'Fouten worden per rapport bijgehouden in een Excel-lijst en na afloop besproken.',
    },
  ],
});

/**
 * Cost, latency or volume taken on someone's word or projected from a small
 * run, not tested: "the vendor says under 30 seconds", "hochgerechnet", "we
 * expect no problems".
 */
export const ASSUMED_AT_VOLUME = lexicon('assumed-at-volume', {
  en: [
    { phrase: '(extrapolate|extrapolated|extrapolating|extrapolation)', example: 'Cost per claim is measured on the sample and extrapolated to the flood peak.' },
    {
      phrase: '(vendor|supplier|provider) … (says|claims|states|quotes|promises|estimates|expects|reckons)',
      example: "Vendor is cloud-based and says turnaround is under 30 seconds per image; we'll check that on the pilot images.",
    },
    { phrase: 'according to the (vendor|supplier|provider)', example: 'According to the vendor, one image takes under 30 seconds.' },
    { phrase: "(we|we do not|we don't) (expect|anticipate|foresee) (no|any) (problems|issues|bottlenecks)", example: 'Volume is small, so we do not expect any problems.' },
    { phrase: 'no (problems|issues|bottlenecks) (are)? (expected|anticipated|foreseen)', example: 'Volumes are low; no problems expected.' },
    { phrase: 'should (be fine|not be a problem|cope easily)', example: 'A laptop should be fine for four menus a month.' },
  ],
  de: [
    { phrase: '(hochgerechnet|hochrechnen|hochrechnung|extrapoliert|extrapolieren)', example: 'Latenz und Kosten werden im Pilot hochgerechnet.' },
    {
      phrase: '(dienstleister|anbieter|hersteller|lieferant) (rechnet mit|geht von|verspricht|nennt|gibt an|garantiert)',
      example: 'Der Dienstleister rechnet mit ca. 2 Sekunden je Position.',
    },
    { phrase: 'laut (anbieter|hersteller|dienstleister|lieferant)', example: 'Laut Anbieter dauert eine Position unter 2 Sekunden.' },
    { phrase: '(erwarten|rechnen) (wir)? (keine|nicht mit) (probleme|problemen|engpässe|engpässen)', example: 'Die Mengen sind klein, wir erwarten keine Probleme.' },
    { phrase: '(keine probleme|keine engpässe) (erwartet|zu erwarten)', example: 'Bei den Mengen sind keine Engpässe zu erwarten.' },
  ],
  fr: [
    { phrase: '(extrapoler|extrapolé|extrapolée|extrapolés|extrapolant|extrapolation)', example: 'Coût et débit mesurés sur les 800 sinistres, en extrapolant au pic.' },
    { phrase: "(selon|d'après) (l'éditeur|le fournisseur|le prestataire)", example: "Selon l'éditeur, le calcul prend moins de 30 secondes." },
    {
      phrase: "(l'éditeur|le fournisseur|le prestataire) (annonce|affirme|garantit|estime|promet|indique)",
      example: "L'éditeur annonce moins de 30 secondes par dossier.",
    },
    {
      phrase: "(nous ne prévoyons|on ne prévoit|nous n'attendons|on n'attend) (pas de|aucun|aucune) (problème|problèmes|difficulté|difficultés)",
      example: 'Le volume est faible : on ne prévoit aucun problème.',
    },
    { phrase: '(aucun problème|pas de problème|aucune difficulté) (attendu|prévu|prévue|à prévoir)', example: 'Volumes modestes, aucun problème attendu.' },
  ],
  es: [
    { phrase: '(extrapolar|extrapolado|extrapolada|extrapolando|extrapolación)', example: 'Tiempo y coste por contrato medidos en el lote y luego extrapolar al parque completo.' },
    { phrase: 'según el (proveedor|fabricante)', example: 'Según el proveedor, cada imagen tarda menos de 30 segundos.' },
    { phrase: 'el (proveedor|fabricante) (asegura|afirma|garantiza|estima|promete|indica)', example: 'El proveedor asegura menos de 30 segundos por imagen.' },
    { phrase: 'no (esperamos|prevemos) (problemas|incidencias|cuellos de botella)', example: 'El volumen es pequeño; no esperamos problemas.' },
    { phrase: 'no se (esperan|prevén) (problemas|incidencias|cuellos de botella)', example: 'Con estos volúmenes no se esperan problemas.' },
  ],
  nl: [
    { phrase: '(geëxtrapoleerd|extrapoleren|extrapolatie|doorgerekend naar)', example: 'De kosten worden op de steekproef gemeten en geëxtrapoleerd naar de piek.' },
    { phrase: 'volgens de (leverancier|fabrikant)', example: 'Volgens de leverancier duurt een beeld minder dan 30 seconden.' },
    { phrase: 'de (leverancier|fabrikant) (geeft aan|belooft|garandeert|schat|rekent op)', example: 'De leverancier belooft minder dan 30 seconden per beeld.' },
    { phrase: '(verwachten|voorzien) (we)? geen (problemen|knelpunten)', example: 'Het volume is klein, dus we verwachten geen problemen.' },
    { phrase: 'geen (problemen|knelpunten) (verwacht|te verwachten)', example: 'Bij dit volume zijn geen knelpunten te verwachten.' },
  ],
});

/**
 * A test or a measurement of the POC's own, beside which an estimate is only
 * context: "load test at twice the peak", "im Echtbetrieb protokolliert;
 * Hochrechnung auf Hausvolumen".
 */
export const MEASURED_ITSELF = lexicon('measured-itself', {
  en: [
    {
      phrase: '(load test|load-test|load tested|load-tested|stress test|stress-test|stress tested|performance test|soak test|volume test|at full volume|at production volume|at peak volume)',
      example: 'Vendor says under 30 seconds; we load-test at twice the peak in week 2.',
    },
    {
      phrase: '(measure|measured|measures|measuring|logged|logs|monitored|monitor|tracked|track|recorded)',
      example: 'Run time and cost per claim are measured in the pilot and extrapolated to the peak.',
    },
  ],
  de: [
    {
      phrase: '(lasttest*|last-test*|belastungstest*|stresstest*|performancetest*|volumentest*|unter volllast|im vollbetrieb|bei voller last)',
      example: 'Der Anbieter nennt 2 Sekunden; wir prüfen das im Lasttest mit dem Monatsvolumen.',
    },
    {
      phrase: '(messen|gemessen|misst|protokolliert|protokollieren|erfasst|erfassen|überwacht|überwachen|aufgezeichnet)',
      example: 'Laufzeit und Kosten werden im Echtbetrieb protokolliert; Hochrechnung auf Hausvolumen.',
    },
  ],
  fr: [
    {
      phrase: '(test de charge|tests de charge|test de montée en charge|tests de montée en charge|à plein volume|en volume réel|au volume de production)',
      example: "L'éditeur annonce 30 secondes ; nous le vérifions par un test de charge au volume de pointe.",
    },
    {
      phrase: '(mesure|mesurons|mesuré|mesurés|mesurée|mesurées|on suit|nous suivons|journalisé|journalisés|enregistré|enregistrés)',
      example: 'On mesure le temps de calcul et le coût, puis on extrapole au pic.',
    },
  ],
  es: [
    {
      phrase: '(prueba de carga|pruebas de carga|prueba de estrés|pruebas de estrés|a volumen real|a pleno volumen|al volumen de producción)',
      example: 'El proveedor asegura 30 segundos; lo comprobamos con una prueba de carga.',
    },
    {
      phrase: '(medir|medimos|medido|medidos|medida|medidas|se mide|se miden|registramos|se registra|se registran|monitorizamos)',
      example: 'Medimos tiempo y coste en el piloto y los extrapolamos al parque completo.',
    },
  ],
  nl: [
    {
      phrase: '(belastingtest*|loadtest*|stresstest*|volumetest*|op vol volume|op volle productie|op productievolume)',
      example: 'De leverancier belooft 30 seconden; we toetsen dat met een belastingtest.',
    },
    { phrase: '(meten|gemeten|meet|gelogd|vastgelegd|gemonitord|bijgehouden)', example: 'Rekentijd en kosten worden in de pilot gemeten en doorgerekend naar de piek.' },
  ],
});
