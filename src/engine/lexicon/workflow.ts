// How a plan says its users try the tool beside their work rather than in it:
// next to their own planning, in a test system, in a demo, saying what they
// would have done. Read in `questions.organizational_fit`, where a plan says
// how people use it.
import { lexicon } from './lexicon';

export const BESIDE_THE_WORK = lexicon('beside-the-work', {
  en: [
    { phrase: 'in (one-hour|two-hour|hour-long|short) (sessions|workshops)', example: 'Operators try it in one-hour sessions on historical requests.' },
    {
      phrase: '((on|at) the spare (pc|computer|laptop)|after the shift … in the (site office|back office|office))',
      example: "Graders review the model's grades after the shift in the site office on the spare PC.",
    },
    { phrase: 'nothing reaches the (operators|customers|agents|users|clients|drivers|patients|members)', example: "Using last autumn's trips, so nothing reaches the operators during the pilot." },
    { phrase: '(test instance|test copy|test tenant|test system) of', example: 'The team will go through the flagged cases in the test instance of the back office.' },
    { phrase: 'nothing is written back', example: 'Advisors log outcomes in a shared sheet, since nothing is written back to the CRM.' },
    {
      phrase: '(log|logs|record|records|track|tracks|note|notes) (the)? (outcomes|results|calls|answers) in a (shared)? (google sheet|spreadsheet|excel sheet|excel file)',
      example: 'Advisors log outcomes in a shared Google Sheet, since nothing is written back.',
    },
    { phrase: '(are|is|stay|stays|remain|remains|still) (built|made|done|produced|drawn up) as (today|before|now|usual)', example: 'The published pairings are still built as today.' },
    {
      phrase: '(already published|already closed|already completed|already issued) (months|rosters|rotas|schedules|periods|weeks|pairings)',
      example: 'Planners run the optimiser on already published months and compare.',
    },
    {
      phrase: 'around (their|his|her) (normal|usual|regular) (duties|work|shifts|matchday duties|caseload)|(nothing|no part) (in|of) the pilot (touches|reaches) live',
      example: 'Officers take one past fixture per session, around their normal matchday duties, so nothing in the pilot touches live sales.',
    },
    {
      phrase: 'next to (their|his|her) (normal|usual|regular|daily|own) (work|returns|duties|tasks|caseload|job)|(pilot|trial|test) workspace',
      example: 'Officers work in the pilot workspace, working through the 2026 weeks next to their normal returns.',
    },
    {
      phrase: '(a|on a|in a) (separate|standalone|stand-alone|dedicated) (power bi|excel|web)? (dashboard|report|workbook)',
      example: 'Matchers use a separate Power BI dashboard beside their case system.',
    },
    {
      phrase: '(in|during) (weekly|monthly|fortnightly|separate|dedicated) (review)? (sessions|workshops)',
      example: "Participants rate the model's marks in weekly sessions.",
    },
    {
      phrase:
        '(beside|alongside|next to|in parallel (to|with)|on top of) (their|the|his|her) (own|normal|usual|regular|daily|day|real)? (work|job|jobs|plan|plans|planning|decisions|process|workload)',
      example: 'Planners compare the proposals beside their own planning.',
    },
    { phrase: '(in|on|with) a (separate|standalone|stand-alone) (tool|screen|app|application|sandbox|environment|spreadsheet|portal)', example: 'Agents try the drafts in a separate tool.' },
    { phrase: '(sandbox|test environment|test system|staging environment|demo environment)', example: 'Underwriters rate the suggestions in the test environment.' },
    { phrase: '(which|what|whether) … would (have)? (driven|drive|chosen|choose|picked|pick|sent|send|approved|approve|done|decided|used)', example: 'They mark which routes they would drive.' },
    { phrase: '(demo|demos|demonstration|showcase|walkthrough) (to|for|with)', example: 'Demo to the operations leadership team.' },
    {
      phrase: '(demo|trial|uat|staging|pre-production|preproduction|acceptance) (portal|instance|site|login|account|copy|version|environment|system|tenant)',
      example: "Agents get a login to the vendor's demo portal.",
    },
    { phrase: 'separate (laptop|tablet|pc|computer|device|terminal|workstation|login)', example: 'Nurses try it on a separate laptop at the station.' },
    { phrase: 'in (their|his|her) (own|spare|free) time', example: 'Teachers test the generator in their own time.' },
    { phrase: 'when (the)? (queue|workload|time|work|shift|rota) (allows|permits)', example: 'They paste in tickets they find interesting when the queue allows.' },
    { phrase: '(on|in) (a|the) (second|another|other|extra) (screen|monitor|browser tab|tab)', example: 'They look at the recommendations on a second screen.' },
    { phrase: 'would have (followed|accepted|agreed with|taken over|adopted|kept)', example: 'They judge whether they would have followed them.' },
    {
      phrase:
        "(run|runs|work through|works through|replay|replays|go through|goes through|try|tries|test|tests) … (closed|past|old|archived|historical|historic|last year's|last term's|last month's) (cases|files|claims|tickets|records|applications|essays|orders|dossiers|calls)",
      example: "The case managers run last year's closed files through the tool.",
    },
    {
      phrase: '(on|with) (anonymised|anonymized) (cases|files|claims|tickets|records|essays|calls|orders|historical|historic|old|past)',
      example: 'Teachers try it on anonymised essays from last term.',
    },
    { phrase: '(retype|retypes|re-type|re-types|re-enter|re-enters|copy and paste|copy-paste|paste in|paste into|pastes)', example: 'They retype the key details from the chart.' },
    {
      phrase: 'not (linked|connected|integrated|hooked up) (to|with|into) (the|their)? (system|crm|erp|epic|queue|record|records|chart|ehr|case system|ticketing)',
      example: 'It is not linked to the case system.',
    },
    { phrase: '(workshop|workshops|session|sessions) (in which|where|during which)', example: 'Three workshops in which the case managers try the tool.' },
    {
      phrase: 'nothing … (affects|reaches|touches) (real|live|actual) (customers|patients|cases|claims|orders|students|citizens|tenants)',
      example: 'So that nothing the adjusters do there affects real customers.',
    },
    {
      phrase: '(on|at) the simulator|(next to|beside) the live (desk|position|line|console)|shadow sessions',
      example: 'Controllers use it on the simulator next to the live desk in shadow sessions.',
    },
    {
      phrase: '(go|goes|going|look|looks) (through|at) the (matches|suggestions|proposals|drafts|outputs|flags) (together)? (in|at) a (weekly|friday|monday|fortnightly|team) … session',
      example: "Advisers go through the matches in a Friday team session on the vendor's dashboard.",
    },
    {
      phrase: 'after the (shift|desk|team|line|crew) (has|have) already (dealt with|processed|handled|done|packed|picked)',
      example: 'The totes are re-processed there after the shift has already dealt with them.',
    },
    {
      phrase: '(bench|desk|station|table|pc|computer|laptop|screen) (set up)? (in|at) the training (room|centre|center)',
      example: 'Four operatives use it on a dedicated bench set up in the training room.',
    },
    {
      phrase: '(review|reviews|check|checks|look at|looks at|go through|goes through) … (at|after) (the)? end of (the|each|every)? (session|clinic|surgery|list)',
      example: 'Dentists review the overlays in the vendor portal at end of session.',
    },
  ],
  de: [
    {
      phrase: '((getrennt|losgelöst) (von|vom)|(in der|im) (weboberfläche|web-oberfläche|portal) des (anbieters|herstellers|dienstleisters))',
      example: 'Die Sifas sehen die Archivfotos in der Weboberfläche des Anbieters, getrennt von SiMa.',
    },
    { phrase: '(in|bei) (einstündigen|zweistündigen|kurzen) (sitzungen|terminen|workshops)', example: 'Die Disponenten testen es in einstündigen Sitzungen mit alten Anfragen.' },
    { phrase: '(wird|werden) nichts (zurückgeschrieben|zurückgespielt)', example: 'Die Ergebnisse stehen in einer Excel-Liste; ins CRM wird nichts zurückgeschrieben.' },
    { phrase: '(werden|bleiben) … wie (bisher|heute|gewohnt) (erstellt|gebaut|gemacht|geplant)', example: 'Die veröffentlichten Umläufe werden weiter wie bisher erstellt.' },
    {
      phrase: '(bereits|schon) (veröffentlichte*|abgeschlossene*|freigegebene*) (monate|monaten|dienstpläne|dienstplänen|pläne|plänen|wochen)',
      example: 'Die Planer lassen das Tool auf bereits veröffentlichte Monate laufen.',
    },
    { phrase: '(in|im rahmen von) (wöchentlichen|monatlichen|separaten|eigenen) (sitzungen|workshops)', example: 'Die Prüfer bewerten die Markierungen in wöchentlichen Sitzungen.' },
    {
      phrase: 'neben (ihrer|seiner|der|dem|ihren|den) (normalen|eigentlichen|regulären|täglichen|eigenen|laufenden)? (arbeit|tätigkeit|planung|aufgaben|tagesgeschäft)',
      example: 'Die Spezialisten bewerten die Markierungen neben ihrer normalen Arbeit.',
    },
    { phrase: '(testsystem|testumgebung|sandbox|demoumgebung|separaten tool|eigenen testtool)', example: 'Sie bewerten die Vorschläge im Testsystem.' },
    { phrase: '(welche|was|ob) … (fahren|gefahren|gewählt|wählen|entschieden|genommen|verschickt|gemacht) (würden|hätten)', example: 'Sie markieren, welche Touren sie fahren würden.' },
    { phrase: '(vorführung|präsentation|demo) (für|vor) (die|der|den)', example: 'Eine Demo für die Geschäftsleitung am Ende.' },
    {
      phrase: '(demo-umgebung|demoumgebung|demo-zugang|demozugang|abnahmeumgebung|q-system|qs-system|testinstanz|schulungsumgebung|schulungssystem|trainingsmandant*|testmandant*|schulungsmandant*)',
      example: 'Getestet wird auf der Abnahmeumgebung.',
    },
    { phrase: '(separates|separaten|separater|eigenes|zusätzliches|zusätzlichen) (tablet|laptop|notebook|gerät|pc|rechner)', example: 'Auf Station steht ein separates Tablet mit dem Assistenten.' },
    { phrase: 'in (ihrer|seiner) freizeit', example: 'Freiwillige Lehrkräfte probieren das Tool in ihrer Freizeit aus.' },
    { phrase: 'wenn … (zeit bleibt|zeit ist|luft ist)', example: 'Sie testen einzelne Fälle, wenn neben dem Tagesgeschäft Zeit bleibt.' },
    { phrase: '(zweiten|zweitem|separaten|anderen) (bildschirm|monitor)', example: 'Sie schauen sich parallel auf einem zweiten Bildschirm die Vorschläge an.' },
    { phrase: '(gefolgt|übernommen|akzeptiert|angenommen) (wären|hätten)', example: 'Sie beurteilen, ob sie ihnen gefolgt wären.' },
    {
      phrase: '(spielen|spielt|gehen|geht|arbeiten|arbeitet|testen|testet) … (abgeschlossene|alte|archivierte|historische|vergangene) (akten|fälle|anträge|vorgänge|aufsätze|schäden|tickets)',
      example: 'In drei Workshops spielen die Fallmanagerinnen abgeschlossene Akten aus dem Vorjahr durch.',
    },
    { phrase: '(altfälle|altfällen|altakten|anonymisierten fällen|anonymisierten aufsätzen|anonymisierten akten)', example: 'Getestet wird mit anonymisierten Altfällen.' },
    { phrase: '(keine anbindung|nicht angebunden|nicht angeschlossen)', example: 'Da keine Anbindung an das KIS besteht, wird abgetippt.' },
    { phrase: '(übertragen|übernehmen|tippen) … (von hand|händisch)', example: 'Die Pflegekräfte übertragen die Angaben von Hand.' },
    { phrase: '(abtippen|abgetippt|eintippen|hineinkopiert|einkopiert|kopieren sie)', example: 'Die Daten werden abgetippt.' },
    { phrase: 'in (zwei|drei|vier|fünf|mehreren|einigen) (workshops|sitzungen|terminen)', example: 'In drei Workshops testen die Sachbearbeiter das Tool.' },
    { phrase: 'im produktivsystem nichts', example: 'Damit im Produktivsystem nichts passiert, wird getestet.' },
    { phrase: '(separaten|separates|eigenen|getrennten|gesonderten) (dashboard|bericht|report|fenster|übersicht)', example: 'Die Vorschläge sehen sie nachmittags in einem separaten Dashboard.' },
    { phrase: '(am|im) simulator|(neben dem|neben der) (live-betrieb|echten pult|live-pult)', example: 'Die Lotsen nutzen es am Simulator neben dem Live-Betrieb.' },
    { phrase: '(sessions|sitzungen|termine|termin) … im schulungsraum', example: 'Die Sessions finden im Schulungsraum der Station statt, zwei Stunden pro Woche.' },
    { phrase: 'in (betreuten|moderierten|begleiteten) (sessions|sitzungen|terminen|workshops)', example: 'Die Mitarbeitenden testen die Oberfläche in betreuten Sessions.' },
  ],
  fr: [
    { phrase: "en sessions d'(une|deux) (heure|heures)", example: "Les opérateurs l'essaient en sessions d'une heure sur des demandes anciennes." },
    { phrase: "rien n'est (réécrit|renvoyé|reporté) (dans|vers)", example: "Les conseillers notent les résultats dans un tableur partagé ; rien n'est réécrit dans le CRM." },
    {
      phrase: "(restent|reste) (construites|construits|construite|construit|faites|faits|établies|établis) comme (aujourd'hui|avant|d'habitude)",
      example: "Les rotations publiées restent construites comme aujourd'hui.",
    },
    { phrase: '(comparent|compare|comparer|comparons) en parallèle', example: "Ils comparent en parallèle, dans l'interface de l'optimiseur." },
    { phrase: '(déjà publiés|déjà publiées|déjà clôturés|déjà clôturées|déjà bouclés|déjà bouclées)', example: "Les planificateurs lancent l'optimiseur sur des mois déjà publiés." },
    {
      phrase: '(maquette|maquette web|prototype) (à part|séparée|séparé)?|(caisse|poste|borne) de démonstration|en rejouant|après leurs tournées',
      example: 'Les inspecteurs consultent les alertes dans une maquette web à part, au bureau après leurs tournées.',
    },
    {
      phrase: '(tableau de bord|rapport|écran) … (dédié|dédiée|séparé|séparée|à part|distinct|distincte)',
      example: 'Les alertes sont dans un tableau de bord Power BI dédié, passé en revue chaque lundi.',
    },
    { phrase: '(en dehors des|hors des) (consultations|visites|rendez-vous|tournées|permanences|heures de service)', example: 'Les médecins utiliseront l outil en dehors des consultations.' },
    {
      phrase: '(lors de|en|dans des) (séances|sessions|ateliers) (hebdomadaires|mensuelles|dédiées|séparées)',
      example: 'Les contrôleurs évaluent les marques du modèle lors de séances hebdomadaires.',
    },
    {
      phrase: '(environnement de (démonstration|démo|test|recette)|environnement séparé|sans (modifier|changer) leur (traitement|façon|manière|travail))',
      example: "Les agents testeront l'outil dans un environnement de démonstration séparé.",
    },
    {
      phrase:
        '(à côté de|en parallèle de|en marge de|en plus de) (leur|son|sa|leurs) (travail|activité|planning|planification|tâches|décisions) (habituel|habituelle|normal|normale|quotidien|quotidienne|réel|réelle)?',
      example: 'Les planificateurs comparent les tournées à côté de leur planning habituel.',
    },
    { phrase: '(environnement de test|environnement de recette|bac à sable|outil séparé|outil à part)', example: "Les gestionnaires notent les propositions dans l'environnement de test." },
    { phrase: '(auraient|aurait) … (choisi*|retenu*|pris|prises|fait|envoyé*|validé*)', example: 'Ils indiquent quelles tournées ils auraient retenues.' },
    { phrase: '(démonstration|démo) (à|au|aux|pour|devant)', example: 'Démonstration au comité de direction en fin de POC.' },
    { phrase: '(poste|ordinateur|portable|tablette|pc) (dédié|dédiée|séparé|séparée|à part|distinct|distincte)', example: 'Un poste dédié est installé dans la salle de soins.' },
    { phrase: '(environnement|plateforme) de (préproduction|préprod|pré-production|qualification|formation)', example: "Les tests se font dans l'environnement de préproduction." },
    { phrase: '(sur|pendant|dans) leur temps libre', example: "Des enseignants testeront l'outil sur leur temps libre." },
    { phrase: 'en dehors de leur (temps de travail|service|activité)', example: 'Ils testent en dehors de leur temps de travail.' },
    { phrase: '(second|deuxième|autre) écran', example: 'Ils consultent les recommandations sur un second écran.' },
    { phrase: '(auraient|aurait) … (suivi|suivie|suivis|suivies|accepté|acceptée|acceptés|acceptées|adopté|adoptée|repris|reprise)', example: "Ils disent s'ils les auraient suivies." },
    {
      phrase:
        '(rejouent|rejoue|passent|traitent|testent|reprennent) … (dossiers|cas|demandes|sinistres|copies|tickets) … (clôturés|clôturées|archivés|archivées|passés|passées|an dernier|année dernière|précédent|précédente)',
      example: "Les instructeurs rejouent des dossiers de l'an dernier déjà clôturés.",
    },
    { phrase: '(dossiers|cas|copies|sinistres|demandes) (anonymisés|anonymisées)', example: 'Ils testent à partir de copies anonymisées.' },
    { phrase: '(non relié|non reliée|non connecté|non connectée|pas relié|pas reliée|pas connecté|pas connectée|sans connexion (avec|au|à la|à))', example: 'Un poste non relié au DPI est installé.' },
    { phrase: '(ressaisissent|ressaisit|recopient|recopie|copier-coller)', example: 'Les infirmières y ressaisissent les éléments du dossier.' },
    { phrase: '(deux|trois|quatre|plusieurs|quelques) (ateliers|séances)', example: "Trois ateliers d'une demi-journée sont prévus avec les instructeurs." },
    { phrase: '(consultent|regardent|examinent|voient) en parallèle', example: 'Ils consultent en parallèle un tableau de bord.' },
    { phrase: '(comparent|compare|comparer) (à|avec) (leur|son|sa) (propre)? (planning|plan|tournée|décision|choix)', example: 'Les chefs reçoivent le plan et le comparent à leur propre planning.' },
    { phrase: '(sur le|au) simulateur', example: "Les contrôleurs l'utilisent sur le simulateur à côté de la position réelle." },
    { phrase: '(séances|sessions) … (en salle de formation|dans la salle de formation)', example: 'Les séances ont lieu en salle de formation, deux heures par semaine.' },
  ],
  es: [
    { phrase: 'en sesiones de (una|dos|1|2) (hora|horas)', example: 'Los operadores lo prueban en sesiones de una hora con solicitudes históricas.' },
    { phrase: 'no se (escribe|devuelve|vuelca) nada (en|al)', example: 'Los asesores anotan el resultado en una hoja compartida; no se escribe nada en el CRM.' },
    {
      phrase: '(se siguen|siguen) (haciendo|construyendo|elaborando|hechas|hechos|construidas|construidos) como (hasta ahora|hoy|siempre)',
      example: 'Las rotaciones publicadas se siguen construyendo como hasta ahora.',
    },
    { phrase: '(ya publicados|ya publicadas|ya cerrados|ya cerradas)', example: 'Los planificadores lanzan el optimizador sobre meses ya publicados.' },
    { phrase: '(plataforma de pruebas|horas de despacho|convocatoria anterior)', example: 'El tribunal puntúa en la plataforma de pruebas grabaciones de la convocatoria anterior.' },
    {
      phrase: '(consola de pruebas|ratos libres|ya cerradas del año pasado|ya cerrados del año pasado)',
      example: 'Los agentes trabajan en la consola de pruebas con reclamaciones ya cerradas del año pasado, en ratos libres de su turno.',
    },
    { phrase: '(panel|cuadro de mando|tablero|informe) … (aparte|separado|dedicado|independiente)', example: 'Las alertas aparecen en un panel de Power BI aparte que se revisa los lunes.' },
    { phrase: '(en|durante) (sesiones|talleres) (semanales|mensuales|dedicadas|aparte|específicas)', example: 'Los participantes evalúan las marcas del modelo en sesiones semanales.' },
    {
      phrase: '(además de|en paralelo a|en paralelo con|junto a|al margen de) (su|sus) (trabajo|tareas|planificación|decisiones) (habitual|habituales|normal|diario|diarias|real)?',
      example: 'Los planificadores revisan las rutas junto a su planificación habitual.',
    },
    { phrase: '(entorno de pruebas|entorno de test|sandbox|herramienta aparte|herramienta separada)', example: 'Los gestores valoran las propuestas en el entorno de pruebas.' },
    { phrase: '(habrían|habría) … (elegido|tomado|hecho|enviado|aprobado|conducido)', example: 'Indican qué rutas habrían elegido.' },
    { phrase: '(demostración|demo) (a|al|para|ante)', example: 'Demostración al comité de dirección al final.' },
    { phrase: '(demo|versión de prueba|cuenta de prueba) del (proveedor|fabricante)', example: 'Los agentes tienen usuario en la demo del proveedor.' },
    { phrase: 'entorno de (preproducción|preproduccion|formación|demostración|demo|integración)', example: 'Las pruebas se hacen en el entorno de preproducción.' },
    { phrase: '(portátil|portatil|tableta|tablet|ordenador|pc|equipo) aparte', example: 'Habrá un portátil aparte con el asistente.' },
    { phrase: '(en|durante) (sus|su) (ratos libres|tiempo libre|rato libre)', example: 'Probarán la app en sus ratos libres.' },
    { phrase: 'cuando (la cola|el trabajo|el turno) (está tranquila|está tranquilo|lo permite|baja)', example: 'Pegan alguna consulta cuando la cola está tranquila.' },
    { phrase: '(otra|segunda) pantalla', example: 'En otra pantalla revisan las rutas que propone el modelo.' },
    { phrase: '(habrían|habría) … (aceptado|seguido|adoptado|usado|utilizado)', example: 'Valoran si las habrían aceptado.' },
    {
      phrase:
        '(pasarán|pasan|prueban|probarán|revisan|repasan) … (expedientes|casos|siniestros|solicitudes|fotos|tickets|redacciones) … (cerrados|cerradas|antiguos|antiguas|anteriores|del año pasado|pasados|pasadas|archivados|archivadas)',
      example: 'Los gestores pasarán expedientes ya cerrados del año pasado por la herramienta.',
    },
    { phrase: '(siniestros|casos|expedientes|solicitudes) (antiguos|antiguas|históricos|históricas) (anonimizados|anonimizadas)', example: 'Las pruebas usan siniestros antiguos anonimizados.' },
    { phrase: '(sin conexión con|sin conexión a|no conectado a|no conectada a|no integrado con|no integrada con)', example: 'Un portátil sin conexión con la historia clínica.' },
    { phrase: '(se copian|copian|copiar|se teclean|teclean|se pasan) a mano', example: 'Los datos se copian a mano desde el programa.' },
    { phrase: '(dos|tres|cuatro|varios|unos) talleres', example: 'Se harán tres talleres con los gestores.' },
    { phrase: '(en el) simulador', example: 'Los controladores lo usan en el simulador junto al puesto real.' },
    { phrase: '(sesiones) … (en el aula de formación|en la sala de formación)', example: 'Las sesiones se hacen en la sala de formación, dos horas por semana.' },
  ],
  nl: [
    { phrase: 'in sessies van (een|één|twee) uur', example: 'De centralisten proberen het in sessies van een uur op oude aanvragen.' },
    { phrase: '(wordt|worden) niets (teruggeschreven|teruggezet)', example: 'De adviseurs noteren de uitkomst in een gedeelde sheet; er wordt niets teruggeschreven naar het CRM.' },
    { phrase: '(worden|blijven) … zoals (nu|vroeger|gebruikelijk) (gemaakt|gebouwd|opgesteld)', example: 'De gepubliceerde roosters worden nog zoals nu gemaakt.' },
    {
      phrase: '(al gepubliceerde|reeds gepubliceerde|al afgesloten|reeds afgesloten) (maanden|roosters|planningen|weken)',
      example: 'De planners draaien de optimalisatie op al gepubliceerde maanden.',
    },
    { phrase: '(apart|aparte|losse) (power bi-dashboard|*dashboard|scherm|overzicht)', example: 'Matchers gebruiken een apart Power BI-dashboard.' },
    { phrase: '(in|tijdens) (wekelijkse|maandelijkse|aparte|losse) (sessies|workshops)', example: 'De inspecteurs beoordelen de markeringen in wekelijkse sessies.' },
    {
      phrase: 'naast (hun|zijn|haar|het|de) (eigen|normale|gewone|dagelijkse|echte)? (werk|werkwijze|planning|taken|beslissingen)',
      example: 'Planners controleren de ritten naast hun eigen planning.',
    },
    { phrase: '(testomgeving|sandbox|demo-omgeving|apart scherm|aparte tool|losse tool)', example: 'Ze beoordelen de voorstellen in de testomgeving.' },
    { phrase: '(zouden|hadden) … (rijden|gereden|kiezen|gekozen|gedaan|nemen|genomen|versturen)', example: 'Ze geven aan welke ritten ze zouden rijden.' },
    { phrase: '(demo|demonstratie) (aan|voor) (het|de)', example: 'Demo voor het managementteam aan het eind.' },
    { phrase: '(acceptatieomgeving|acceptatie-omgeving|trainingsomgeving|oefenomgeving|demo van de leverancier)', example: 'De pilot draait in de acceptatieomgeving.' },
    { phrase: '(losse|aparte|extra) (laptop|tablet|pc|computer)', example: 'Op de afdeling staat een losse laptop met de assistent.' },
    { phrase: 'in (hun|zijn|haar) (eigen|vrije) tijd', example: 'Een paar docenten testen de tool in hun eigen tijd.' },
    { phrase: '(als|wanneer) (er)? (tijd is|het rustig is|de wachtrij het toelaat)', example: 'Ze proberen het als er tijd is.' },
    { phrase: '(tweede|ander|apart) scherm', example: 'Ze bekijken ernaast op een tweede scherm de voorstellen.' },
    { phrase: '(gevolgd|overgenomen|geaccepteerd) (zouden|hadden)', example: 'Ze geven aan of ze die gevolgd zouden hebben.' },
    {
      phrase: '(halen|haalt|draaien|testen|test|bekijken) … (afgesloten|oude|gearchiveerde|eerdere) (dossiers|zaken|claims|aanvragen|werkstukken|meldingen)',
      example: 'De consulenten halen afgesloten dossiers van vorig jaar door de tool.',
    },
    { phrase: 'geanonimiseerde (oude|eerdere)? (claims|dossiers|werkstukken|zaken|aanvragen)', example: 'Ze testen op geanonimiseerde werkstukken.' },
    { phrase: '(niet gekoppeld|niet verbonden|geen koppeling) (aan|met)', example: 'De laptop is niet gekoppeld aan HiX.' },
    { phrase: '(overtypen|overgetypt|(typen|tikken) … over)', example: 'Verpleegkundigen typen de gegevens uit het dossier over.' },
    { phrase: '(werksessies|werksessie|in (twee|drie|vier|enkele) (sessies|workshops))', example: 'In drie werksessies testen de consulenten de tool.' },
    { phrase: '(op de|in de) simulator', example: 'De verkeersleiders gebruiken het op de simulator naast de echte werkplek.' },
    { phrase: 'naast (hun|de|zijn|haar) (eigen)? (sheet|planning|spreadsheet|excel|rooster)', example: 'De planners draaien de forecast naast hun eigen sheet.' },
    { phrase: '(sessies) … (in de trainingsruimte|in het opleidingslokaal)', example: 'De sessies vinden plaats in de trainingsruimte, twee uur per week.' },
  ],
});

/**
 * Past cases replayed to the pilot users, or their work in a sandbox queue:
 * read in `data.source` and `data.pipeline`, where a plan says what the users
 * are given to work on.
 */
export const REPLAYED_TO_USERS = lexicon('replayed-to-users', {
  en: [
    {
      phrase: '(replayed|re-played|played back|re-run|rerun) (to|for) (the)? (agents|users|staff|planners|clerks|analysts|handlers|pilot users)',
      example: 'Claims replayed to the agents as pilot cases.',
    },
    { phrase: '(sandbox|test|staging|training) (queue|queues|inbox|worklist)', example: 'Loaded into a Salesforce sandbox queue each morning.' },
  ],
  de: [
    {
      phrase: '(testqueue|testpostfach|testarbeitsvorrat|sandbox-queue|nachgespielt|erneut eingespielt)',
      example: 'Die Fälle werden den Sachbearbeitern nachgespielt und erneut eingespielt im Testpostfach.',
    },
  ],
  fr: [
    {
      phrase: '(rejoués|rejouées|rejoué|rejouée) (aux|pour les) (agents|gestionnaires|conseillers|utilisateurs)|file de test|corbeille de test',
      example: 'Les dossiers 2025 sont rejoués aux gestionnaires.',
    },
  ],
  es: [
    {
      phrase: '(reproducidos|reproducidas|repetidos|reinyectados) (a|para) (los|las) (agentes|gestores|usuarios)|cola de pruebas|bandeja de pruebas',
      example: 'Los casos de 2025 son reproducidos a los agentes en una cola de pruebas.',
    },
  ],
  nl: [
    {
      phrase: '(opnieuw aangeboden|nagespeeld|afgespeeld) (aan|voor) (de)? (medewerkers|behandelaars|planners|agenten|gebruikers)|testwachtrij|testbak',
      example: 'De dossiers van 2025 worden opnieuw aangeboden aan de behandelaars.',
    },
  ],
});

/**
 * The AI's output runs beside the real work and is not used in it ("die
 * KI-Entwürfe laufen parallel mit", "niet gebruikt in coachinggesprekken").
 * Read in the users section and `questions.organizational_fit`; a pilot
 * that says so for a first phase and then goes live (LIVE_PHASE) is in the work.
 */
export const PARALLEL_RUN = lexicon('parallel-run', {
  en: [
    { phrase: "(do not|don't|does not|doesn't) change (the way they work|how they work|their way of working)", example: 'The crews do not change the way they work.' },
    { phrase: '(in|on) a separate (test)? (environment|tablet|screen|system) (beside|next to|alongside)', example: 'Planners work in a separate test environment beside their own planning.' },
    { phrase: '(remains|stays|is still) the (one|version|record|sheet|plan) that (counts|is used|applies)', example: 'The paper sheet remains the one that counts during the pilot.' },
    { phrase: "(do not|don't|never) act on (them|it|the alerts|the suggestions)", example: 'The colleagues do not act on them.' },
    { phrase: '(logged|recorded|stored) (only)? for comparison', example: 'The optimised sequence is logged for comparison but not driven.' },
    { phrase: '(run|runs) … in parallel', example: 'Drivers run their usual paper order in parallel.' },
    { phrase: '(run|runs|running|ran) (in parallel|alongside|beside|next to)', example: 'The AI scores run alongside the normal QA scoring.' },
    {
      phrase: 'not (used|shared|shown|visible|passed on) (in|for|with|to) … (decisions|decision|coaching|appraisals|appraisal|release|agents|staff|customers|patients|the real|reviews)',
      example: 'Scores are not shared with agents or used in coaching.',
    },
    { phrase: '(compared|checked|matched) (afterwards|after the fact|retrospectively|later|after the shift)', example: 'Drafts are only compared afterwards.' },
    { phrase: '(separate|dedicated|side) (folder|inbox|mailbox|tab|queue) … (not|never) (sent|used|shown)', example: 'Drafts land in a separate folder and are never sent.' },
    { phrase: 'in parallel (to|with) the (usual|normal|regular|current|existing) …', example: 'Leads review the drafts in parallel with the usual reports.' },
    { phrase: '(keep|keeps) working (from|with|off) the (normal|usual|existing|current|old|regular)', example: 'Inspectors keep working from the normal assignment sheet during the pilot.' },
    { phrase: 'side by side (in|with|against)', example: 'Supervisors review the proposed routes side by side in the vendor portal each afternoon.' },
  ],
  de: [
    { phrase: '(ändern|ändert) (ihre|seine) arbeitsweise nicht', example: 'Die Kolonnen ändern ihre Arbeitsweise nicht.' },
    { phrase: 'in einer (separaten|eigenen|getrennten) (testumgebung|umgebung) neben', example: 'Die Planer arbeiten in einer separaten Testumgebung neben ihrer eigenen Planung.' },
    { phrase: '(bleibt|bleiben) (die|das|der) (maßgebliche|maßgebliches|maßgeblicher|gültige|gültiges|verbindliche|verbindliches)', example: 'Der Papierbogen bleibt der maßgebliche.' },
    { phrase: '(laufen|läuft|lief|liefen) … parallel', example: 'Die KI-Entwürfe laufen parallel mit.' },
    { phrase: '(zählt|zählen|gilt|gelten) (allein|nur|ausschließlich)', example: 'Für die Freigabe zählt allein der manuelle Bericht.' },
    // Not "nicht zur Leistungskontrolle genutzt": output kept from judging the staff is still used in the work.
    {
      phrase:
        'nicht (für|in|bei|zur|zum|an|mit) (die|den|das|der|dem)? (freigabe|entscheidung|entscheidungen|disposition|planung|einsatzplanung|steuerung|kunden|kundinnen|patienten|beratung|coaching|mitarbeitenden|agenten|fahrer|fahrerinnen|bescheid|bescheide) … (verwendet|genutzt|gezeigt|angezeigt|weitergegeben|eingesetzt|geteilt)',
      example: 'Die Bewertungen werden nicht für die Freigabe verwendet.',
    },
    { phrase: '(nachträglich|im nachhinein|hinterher) (verglichen|abgeglichen|ausgewertet)', example: 'Sie werden nur nachträglich verglichen.' },
    { phrase: 'parallel zu (den|dem|der) (üblichen|bisherigen|normalen|gewohnten|heutigen)', example: 'Die Leitung prüft die Entwürfe parallel zu den üblichen Berichten.' },
    {
      phrase: '(im tagesgeschäft|im alltag|im echtbetrieb|im regelbetrieb) (bleibt|bleiben) (der|die|das|es bei dem|es beim) (manuelle|manuellen|bisherige|bisherigen|heutige|heutigen)',
      example: 'Im Tagesgeschäft bleibt der manuelle Check.',
    },
    { phrase: 'parallel wie (gewohnt|bisher|heute|immer)', example: 'Die Disponentinnen planen parallel wie gewohnt und vergleichen erst danach.' },
    { phrase: '(vergleichen|vergleicht|verglichen) … erst (danach|hinterher|im nachhinein|nachträglich)', example: 'Sie vergleichen die Empfehlung erst danach.' },
  ],
  fr: [
    { phrase: '(ne changent|ne change) pas (leur|sa) (façon|manière) de travailler', example: 'Les équipes ne changent pas leur façon de travailler.' },
    { phrase: 'dans un environnement (de test)? (séparé|distinct) (à côté|en parallèle)', example: 'Les planificateurs travaillent dans un environnement de test séparé à côté de leur planning.' },
    { phrase: '(reste|restent) (celle|celui|ceux|celles) qui (fait foi|font foi|compte|comptent)', example: 'La fiche papier reste celle qui fait foi pendant le pilote.' },
    { phrase: '(tourne|tournent|fonctionne|fonctionnent|produit|produisent) en parallèle', example: "Les scores de l'IA tournent en parallèle de l'évaluation habituelle." },
    {
      phrase: "(ne sont|n'est|ne seront|ne sera) pas (utilisé|utilisés|utilisée|utilisées|partagé|partagés|partagées|montré|montrés|montrées|communiqué|communiqués|transmis|transmises)",
      example: 'Les scores ne sont pas partagés avec les conseillers.',
    },
    { phrase: "(seul|seule) (le|la|l') … (compte|fait foi)", example: 'Seul le rapport manuel fait foi.' },
    { phrase: '(comparé|comparés|comparée|comparées) (a posteriori|après coup|ensuite)', example: 'Les propositions sont comparées a posteriori.' },
    { phrase: '(dossier|répertoire|onglet|boîte) (à part|séparé|séparée|distinct|distincte)', example: 'Les e-mails générés sont déposés dans un dossier à part du CRM.' },
    { phrase: "(c'est|reste) toujours (le|la|l') … (actuel|actuelle|habituel|habituelle|manuel|manuelle) qui", example: "C'est toujours le modèle actuel qui part chez l'abonné." },
    {
      phrase: "en parallèle (des|du|de la|de l'|aux|au) … (habituels|habituel|habituelle|habituelles|actuels|actuel|actuelle|actuelles)",
      example: 'Les chefs relisent les projets en parallèle des rapports habituels.',
    },
    {
      phrase: 'continuent (de|à) travailler (avec|sur|à partir de|depuis) (le|la|les|leur|leurs) … (habituel|habituelle|habituels|habituelles|normal|normale|actuel|actuelle)',
      example: 'Les inspecteurs continuent de travailler avec la feuille de tournée habituelle.',
    },
  ],
  es: [
    { phrase: 'no (cambian|cambia|modifican|modifica) su (forma|manera|modo) de trabajar', example: 'Las brigadas no cambian su forma de trabajar.' },
    { phrase: '((en|con) una hoja (de cálculo)? aparte|fuera del (sistema|programa|erp) de)', example: 'Recibirán la propuesta en una hoja de cálculo aparte, fuera del sistema de pedidos.' },
    { phrase: '(en|con) una (tableta|pantalla|aplicación|herramienta) aparte', example: 'Revisan las propuestas en una tableta aparte al final del turno.' },
    { phrase: '(sigue|siguen) siendo (la|el|las|los) que (vale|valen|cuenta|cuentan)', example: 'La hoja de inspección en papel sigue siendo la que vale durante el piloto.' },
    { phrase: '(funciona|funcionan|corre|corren|se ejecuta|se ejecutan|genera|generan) en paralelo', example: 'Las propuestas se generan en paralelo, sin usarse.' },
    { phrase: 'no se (usan|utilizan|comparten|muestran|envían|aplican)', example: 'Las puntuaciones no se comparten con los agentes.' },
    { phrase: '(solo|sólo) cuenta', example: 'Para la liberación solo cuenta el informe manual.' },
    { phrase: '(comparan|comparamos|comparadas|comparados) (después|a posteriori|luego)', example: 'Las propuestas se comparan después.' },
    {
      phrase: 'en paralelo (a|con) (los|las|el|la) … (habituales|habitual|de siempre|actuales|actual|normales)',
      example: 'Revisarán los borradores en paralelo a los informes habituales durante el piloto.',
    },
    {
      phrase: '(siguen|sigue) trabajando con (el|la|los|las|su|sus) … (habitual|habituales|de siempre|normal|normales|actual|actuales)',
      example: 'Los inspectores siguen trabajando con la hoja de asignación habitual.',
    },
  ],
  nl: [
    { phrase: '(veranderen|verandert) (hun|zijn) (werkwijze|manier van werken) niet', example: 'De ploegen veranderen hun werkwijze niet.' },
    { phrase: '(in de pilot|tijdens de pilot|tijdens de proef) op de (gewone|gebruikelijke|normale) manier', example: 'De ontbijtploeg bereidt het buffet in de pilot op de gebruikelijke manier.' },
    { phrase: '(blijven|blijft) … op de (gewone|gebruikelijke|normale) manier', example: 'De echte routes blijven ze op de gewone manier maken.' },
    { phrase: '(in|op) een (aparte|afzonderlijke|losse) (testomgeving|omgeving|tablet|applicatie) naast', example: 'De planners werken in een aparte testomgeving naast hun eigen planning.' },
    { phrase: '(er)? achteraf naast', example: 'De voorgestelde routes leggen we er achteraf naast.' },
    { phrase: '(draaien|draait|lopen|loopt|draaien mee|draait mee) naast', example: 'De AI-scores draaien naast de gewone QA-beoordeling.' },
    { phrase: 'niet (gedeeld|gebruikt|getoond|ingezet|doorgegeven) (met|in|voor|bij|aan)', example: 'Ze worden niet gedeeld met agents.' },
    { phrase: '(ernaast|er naast) (gelegd|gezet|gehouden)', example: 'Het advies wordt alleen ernaast gelegd.' },
    { phrase: 'achteraf (vergeleken|vergelijken|naast elkaar gelegd)', example: 'Het advies wordt achteraf vergeleken.' },
    { phrase: '(telt|tellen|geldt) (alleen|uitsluitend|enkel)', example: 'Voor de vrijgave telt alleen het handmatige rapport.' },
    { phrase: 'parallel aan (de|het) (gewone|gebruikelijke|normale|huidige|bestaande)', example: 'De afdelingshoofden bekijken de concepten parallel aan de gewone rapporten.' },
    { phrase: 'werken (gewoon)? door (met|vanuit|op) (de|het|hun) (gewone|normale|huidige|bestaande|oude)', example: 'De inspecteurs werken gewoon door met de huidige planning.' },
  ],
});

/** A pilot that runs beside the work only for a first phase, then live ("2 weeks shadow, then live", "danach live"). */
export const LIVE_PHASE = lexicon('live-phase', {
  en: [{ phrase: '(live|go live|goes live|after shadow mode|shadow mode|shadow phase|shadow weeks)', example: 'Two weeks in shadow mode, then live in the queue.' }],
  de: [{ phrase: '(live|echtbetrieb|schattenbetrieb|shadow mode|schattenphase)', example: 'Zwei Wochen Schattenbetrieb, danach live.' }],
  fr: [{ phrase: '(en réel|live|en production|mode fantôme|shadow mode|à blanc)', example: 'Deux semaines à blanc, puis en réel.' }],
  es: [{ phrase: '(en real|en vivo|live|modo sombra|shadow mode)', example: 'Dos semanas en modo sombra, luego en real.' }],
  nl: [{ phrase: '(live|schaduwmodus|shadow mode|schaduwfase)', example: 'Twee weken shadow mode, daarna live.' }],
});

/**
 * A test of the connection before the pilot ("smoke-tested in the test
 * environment in December"): a test environment named in that sentence is
 * where the integration was tried, not where the users work.
 */
export const PRE_PILOT_TEST = lexicon('pre-pilot-test', {
  en: [
    {
      phrase: '(smoke-tested|smoke tested|smoke test|smoke tests|integration-tested|integration tested|integration test|integration tests|connection test|connectivity test|dry run|dry-run)',
      example: 'Integration was smoke-tested in the test environment in December.',
    },
    {
      phrase: '(was|were|has been|have been) (tested|checked|verified|validated|trialled) (in|on) the (test|staging|acceptance|uat) (environment|system|server)',
      example: 'The interface was tested in the staging environment before the pilot.',
    },
  ],
  de: [
    {
      phrase: '(auf|in) der (testumgebung|staging-umgebung|abnahmeumgebung|qs-umgebung) (getestet|geprüft|abgenommen|verprobt|erprobt)',
      example: 'Die Schnittstelle wurde im Dezember auf der Testumgebung geprüft.',
    },
    { phrase: '(smoke-test|smoketest|integrationstest|integrationstests|verbindungstest|anbindungstest|technische abnahme)', example: 'Der Integrationstest lief auf der Testumgebung.' },
  ],
  fr: [
    {
      phrase:
        '(testé|testée|testés|testées|vérifié|vérifiée|vérifiés|recetté|recettée|recettés|éprouvé|éprouvée) … (en recette|environnement de test|environnement de recette|préproduction|pré-production)',
      example: "L'interface a été testée en décembre dans l'environnement de recette.",
    },
    { phrase: "(test d'intégration|tests d'intégration|test de connexion|smoke test|test de fumée)", example: "Un test d'intégration a été fait dans l'environnement de test." },
  ],
  es: [
    {
      phrase: '(probado|probada|probados|probadas|verificado|verificada|verificados|validado|validada) … (entorno de pruebas|entorno de test|preproducción|pre-producción|staging)',
      example: 'La interfaz se ha probado en diciembre en el entorno de pruebas.',
    },
    { phrase: '(prueba de integración|pruebas de integración|prueba de conexión|prueba de humo|smoke test)', example: 'La prueba de integración se hizo en el entorno de pruebas.' },
  ],
  nl: [
    {
      phrase: '(in|op) de (testomgeving|acceptatieomgeving|stagingomgeving) (getest|beproefd|gecontroleerd|gevalideerd|uitgeprobeerd)',
      example: 'De koppeling is in december in de testomgeving beproefd.',
    },
    { phrase: '(integratietest|integratietests|koppeltest|koppeltests|verbindingstest|rooktest|smoketest)', example: 'De koppeltest is in de testomgeving gedaan.' },
  ],
});

/** The pilot itself, named: where a free-form note ("timeline:") speaks of how the pilot runs, not of its set-up. */
export const THE_PILOT = lexicon('the-pilot', {
  en: [{ phrase: '(pilot|pilots|poc|trial)', example: 'Pilot in the test environment with the orders from October.' }],
  de: [{ phrase: '(pilot|piloten|pilotphase|pilotbetrieb|poc)', example: 'Pilot in der Testumgebung mit den Bestellungen aus Oktober/November 2026.' }],
  fr: [{ phrase: '(pilote|poc|expérimentation)', example: "Pilote dans l'environnement de test avec les commandes d'octobre." }],
  es: [{ phrase: '(piloto|poc|prueba piloto)', example: 'Piloto en el entorno de pruebas con los pedidos de octubre.' }],
  nl: [{ phrase: '(pilot|proef|pilotfase|poc)', example: 'Pilot in de testomgeving met de bestellingen van oktober.' }],
});

/**
 * Results shown to the people who approve, not used by those who do the work:
 * "Presentación de resultados al comité", "Demo to the leadership team". As
 * the whole answer to how the POC tests adoption, it tests none.
 */
export const SHOWN_TO_STAKEHOLDERS = lexicon('shown-to-stakeholders', {
  en: [
    {
      phrase:
        '(demo|demos|demonstration|presentation|showcase|walkthrough|readout|read-out|results presented|results shown|findings presented) … (to|for|with|before|at) (the)? … (leadership|management|committee|board|steering group|steering committee|sponsor|sponsors|executives|directors|stakeholders)',
      example: 'Demo to the operations leadership team at the end of the POC.',
    },
  ],
  de: [
    {
      phrase:
        '(vorführung|präsentation|vorstellung|demo|ergebnisse werden präsentiert|ergebnisse werden vorgestellt) … (für|vor|im|in der|beim|der|dem|den) … (geschäftsleitung|geschäftsführung|lenkungsausschuss|vorstand|leitung|management|führungskreis|steuerkreis|gremium|ausschuss|sponsor|entscheider*)',
      example: 'Präsentation der Ergebnisse vor dem Lenkungsausschuss und eine Zufriedenheitsumfrage.',
    },
  ],
  fr: [
    {
      phrase:
        '(démonstration|présentation|restitution|démo|résultats présentés|résultats restitués) … (au|aux|à la|devant|pour) … (direction|comité|codir|comex|conseil|management|copil|sponsor|décideurs)',
      example: 'Présentation des résultats au comité de direction et enquête de satisfaction.',
    },
  ],
  es: [
    {
      phrase: '(demostración|presentación|demo|resultados presentados|resultados expuestos) … (a|al|a la|ante|para) … (dirección|comité|consejo|gerencia|junta|patronato|sponsor|responsables)',
      example: 'Presentación de resultados al comité de certificación y encuesta de satisfacción.',
    },
  ],
  nl: [
    {
      phrase:
        '(demonstratie|presentatie|demo|resultaten gepresenteerd|resultaten getoond) … (aan|voor|bij) … (directie|management|managementteam|stuurgroep|bestuur|raad|commissie|sponsor|leidinggevenden)',
      example: 'Presentatie van de resultaten aan het managementteam en een tevredenheidsenquête.',
    },
  ],
});

/**
 * The people whose work changes use it, and how much: what an answer about
 * adoption says beside a presentation ("Three planners use the optimiser for
 * ten weeks").
 */
export const PUT_TO_USE = lexicon('put-to-use', {
  en: [
    {
      phrase: '(use|uses|using|used|work with|works with|working with|adopt*|usage|uptake|acceptance|accept|accepted|override*|overrid*|rely on|relies on|switch off|turn off|kept|keep)',
      example: 'Three planners use the optimiser for ten weeks and note what they correct.',
    },
  ],
  de: [
    {
      phrase: '(nutzen|nutzt|nutzung|genutzt|verwenden|verwendet|verwendung|arbeiten mit|arbeitet mit|einsatz|eingesetzt|akzeptanz*|übernahme*|übernehmen|übernommen|überschreib*|anwend*)',
      example: 'Die Disponenten arbeiten acht Wochen mit den Vorschlägen; wir messen die Übernahmequote.',
    },
  ],
  fr: [
    {
      phrase: "(utilise|utilisent|utilisé|utilisée|utilisation|usage|travaillent avec|travaille avec|adopt*|acceptation|accepté|acceptées|acceptés|taux d'acceptation|corrig*|s'en servent|se servent)",
      example: "Trois planificateurs utilisent l'optimiseur pendant dix semaines et notent ce qu'ils doivent corriger.",
    },
  ],
  es: [
    {
      phrase: '(usan|usa|usará|usarán|uso|utilizan|utiliza|utilización|trabajarán con|trabajan con|trabaja con|adopción|aceptación|aceptan|aceptadas|aceptados|corrig*)',
      example: 'Los patólogos trabajarán con la lista priorizada durante doce semanas.',
    },
  ],
  nl: [
    {
      phrase: '(gebruiken|gebruikt|gebruik|werken met|werkt met|adoptie|acceptatie|geaccepteerd|overnemen|overgenomen|corrig*|aanpass*)',
      example: 'Drie planners werken tien weken met de voorstellen; we meten hoeveel ze overnemen.',
    },
  ],
});
