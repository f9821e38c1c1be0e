// How a hypothesis and its kill criteria are worded: whether they decide
// anything, and whether a kill criterion can fire.
import { lexicon } from './lexicon';
import { MONTH_NAMES } from './units';

/** "Let's see if AI can do X": a statement or decision that commits to nothing. */
export const DECIDES_NOTHING = lexicon('decides-nothing', {
  en: [
    { phrase: 'decide (on)? (the)? (scope|extent|size) of (the)? (rollout|roll-out|deployment|next phase)', example: 'Decide the scope of the rollout once the results are analysed.' },
    {
      phrase: '(see|seeing) (if|whether) (a|an|the|our) (llm|ai|model|tool|assistant|chatbot|agent|system|language model|algorithm|copilot)',
      example: 'See whether an LLM can draft first replies to wedding enquiries.',
    },
    { phrase: '(explore|explores|exploring|see|look at|find out) (to what extent|how far|in what ways|in which ways)', example: 'Explore to what extent AI could help our technicians.' },
    { phrase: '(will|shall|would|we will|we would) discuss … (how|whether)', example: 'We will discuss with the committee how the ranking could be used.' },
    { phrase: '(explore|explores|exploring) … (whether|if)', example: 'Explore, together with the caterer, whether the forecast could be extended.' },
    {
      phrase: 'subject to … (appetite|how the numbers look|the mood|priorities at the time|the board at the time)',
      example: 'Subject to how the numbers look and the appetite of the board at the time.',
    },
    { phrase: "(will|would|shall|we'll|we will then) consider", example: 'If the pilot goes well we will consider extending the approach.' },
    { phrase: '(could|might|may) (consider|look at|explore|think about)', example: 'If the results are convincing, we might consider extending it.' },
    { phrase: '(explore|explores|exploring) (whether|if|how|the (potential|possibility|feasibility|options))', example: 'Explore whether AI can classify shipping exceptions.' },
    { phrase: '(see|seeing) (if|whether|how) (ai|a model|the model|genai|llms|it|we)', example: "Let's see if AI can classify shipping exceptions." },
    { phrase: "let's see", example: "Let's see what the model can do." },
    {
      phrase: '(evaluate|evaluated|assess|assessed|investigate|investigated|explore|explored|understand|gauge) the (potential|possibilities|opportunity|value) of',
      example: 'Evaluate the potential of generative AI for claims.',
    },
    { phrase: 'the (potential|possibility|value) of … will be (evaluated|assessed|explored|studied|considered)', example: 'The potential of extending it will be evaluated.' },
    { phrase: '(find out|learn|understand) (whether|if) (ai|a model|the model|genai|llms)', example: 'Find out whether AI can help the desk.' },
    { phrase: '(get|gain) a (feel|sense|first impression) (for|of)', example: 'Get a feel for what LLMs can do.' },
    { phrase: '(decide|discuss|agree|define) (on )?(the )?next steps', example: 'Decide on next steps after the demo.' },
    { phrase: '(consider|explore) (a )?(possible |potential )?(rollout|roll-out|next steps|options)', example: 'Consider a rollout if the results look good.' },
    { phrase: '(evaluate|assess) (further|the results and decide)', example: 'Evaluate further.' },
    { phrase: '(whether|if) to (continue|proceed|go ahead|carry on|extend|keep going)', example: 'Take stock with the board on whether to continue.' },
    // Only the bare stock-taking: "fund the rollout and report back quarterly" commits to something.
    { phrase: 'take stock', example: 'Take stock with the board after the pilot.' },
    { phrase: '(discuss|discusses|discussed|debate|debates|talk about|talks about) … (whether|whether or not)', example: 'The steering group discusses whether the tool should be used more widely.' },
    {
      phrase:
        '((mainly|primarily|largely|mostly) about (building|gaining|learning|understanding)|(build|building|gain|gaining) (internal)? (understanding|experience|familiarity|knowledge) (of|with|about))',
      example: 'The pilot is mainly about building internal understanding of what ML can do.',
    },
  ],
  de: [
    { phrase: 'über (den|die) (umfang|ausmaß|reichweite) (der|des) (einführung|rollouts|ausrollens) … entscheiden', example: 'Über den Umfang der Einführung wollen wir nach dem Pilot entscheiden.' },
    { phrase: '(ausloten|erkunden|schauen|herausfinden) , (inwieweit|inwiefern|wie weit)', example: 'Wir wollen ausloten, inwieweit KI die Disposition unterstützen kann.' },
    { phrase: '(werden|würden) (wir)? … (erwägen|in erwägung ziehen|überlegen)', example: 'Bei Erfolg werden wir eine Ausweitung auf weitere Standorte erwägen.' },
    { phrase: '(könnten|könnte) … (erwägen|prüfen|überlegen|ins auge fassen)', example: 'Bei guten Ergebnissen könnten wir eine Ausweitung erwägen.' },
    { phrase: '(ausloten|erkunden|sondieren|herausfinden|schauen|sehen|testen) , ob', example: 'Wir wollen ausloten, ob KI Schadenmeldungen klassifizieren kann.' },
    { phrase: '(ausloten|erkunden|sondieren|herausfinden|schauen|sehen) ob', example: 'Schauen ob KI das kann.' },
    { phrase: '(mal sehen|mal schauen|wir schauen mal)', example: 'Mal sehen, was die KI kann.' },
    { phrase: '(bespricht|besprechen|diskutiert|diskutieren|berät|beraten|erörtert|erörtern) … ob', example: 'Danach bespricht die Geschäftsleitung, ob und in welcher Form es weitergeht.' },
    { phrase: 'ob und (wie|in welcher form|in welchem umfang)', example: 'Wir klären, ob und wie das Tool ausgerollt wird.' },
    { phrase: '(potenzial|potential|möglichkeiten) (von|der|des) … (ausloten|erkunden|bewerten|evaluieren|untersuchen)', example: 'Potenzial von KI in der Disposition ausloten.' },
    { phrase: '(das|ein) (potenzial|potential) (ausloten|erkunden|bewerten|evaluieren)', example: 'Das Potenzial ausloten.' },
    { phrase: '(über )?(nächste|weitere) schritte (beraten|entscheiden|diskutieren|besprechen|abstimmen)', example: 'Über nächste Schritte beraten.' },
    {
      phrase: '(ob … (fortgesetzt|weitergemacht|weitergeführt|weiterverfolgt) wird|über die fortsetzung (beraten|entscheiden|sprechen)|bilanz ziehen)',
      example: 'Der Lenkungskreis berät, ob das Projekt fortgesetzt wird.',
    },
    { phrase: '(ausloten|erfahrungen … (sammeln|gewinnen)|(erste)? einblicke gewinnen)', example: 'Wir wollen ausloten, welches Potenzial KI bietet.' },
    { phrase: '(ausloten|erkunden|herausfinden|schauen|sehen) , (was|wie viel|wieviel|welchen nutzen)', example: 'Wir wollen herausfinden, was KI beim Zuordnen von Fundsachen leisten kann.' },
  ],
  fr: [
    { phrase: "décider (de l'ampleur|du périmètre|de la portée|de la suite) (du|de la)? (déploiement|généralisation)?", example: 'Décider du périmètre du déploiement une fois les résultats connus.' },
    { phrase: "(explorer|voir|regarder|découvrir) (dans quelle mesure|jusqu'où|en quoi|de quelle manière)", example: "Explorer dans quelle mesure l'IA pourrait aider nos techniciens." },
    { phrase: '(envisagerons|envisagera|envisageront|étudierons la possibilité|réfléchirons à)', example: 'Si le pilote est concluant, nous envisagerons une extension.' },
    { phrase: '(pourrions|pourrait|pourraient|pourrons) (envisager|étudier|réfléchir)', example: "Si les résultats sont concluants, nous pourrions envisager d'étendre la notation." },
    { phrase: '(explorer|voir|vérifier|découvrir|regarder) si', example: "Voir si l'IA peut trier les réclamations." },
    {
      phrase: "(discute|discutera|discuteront|débattra|débattront|échangera|échangeront) … (si|de l'opportunité|sur l'opportunité)",
      example: "Le comité discutera ensuite de l'opportunité d'un déploiement.",
    },
    { phrase: 'si et (comment|sous quelle forme|dans quelle mesure)', example: "La direction verra si et comment étendre l'outil." },
    { phrase: "(explor*|évalu*|étudi*|mesur*) (le potentiel|les possibilités|l'intérêt|l'opportunité)", example: "Explorer le potentiel de l'IA générative." },
    { phrase: '(décider|discuter|définir) (des|les) (prochaines|suites|étapes suivantes)', example: 'Discuter des prochaines étapes.' },
    {
      phrase: "(faire (le|un) point|dresser un bilan|l'(opportunité|intérêt) de (poursuivre|continuer)|s'il faut (poursuivre|continuer)|s'il convient de (poursuivre|continuer))",
      example: "Faire le point avec le conseil sur l'opportunité de poursuivre.",
    },
    {
      phrase: '((explorer|identifier) les (apports|potentialités|possibilités|opportunités)|monter en compétence|mieux comprendre les usages)',
      example: "Explorer les apports possibles de l'IA générative.",
    },
  ],
  es: [
    {
      phrase: 'decidir (el alcance|la extensión|el siguiente paso|los siguientes pasos|cómo seguir|cómo continuar)',
      example: 'Decidir el alcance del despliegue una vez analizados los resultados del piloto.',
    },
    { phrase: '(explorar|ver|averiguar|descubrir) (en qué medida|hasta qué punto|de qué manera)', example: 'Explorar en qué medida la IA podría ayudar a los técnicos.' },
    { phrase: '(consideraremos|consideraríamos|estudiaremos la posibilidad|nos plantearemos)', example: 'Si el piloto sale bien, consideraremos extenderlo a otras delegaciones.' },
    { phrase: '(siguientes|próximos) pasos', example: 'La dirección valorará cuáles serían los siguientes pasos.' },
    { phrase: '(posible|eventual) (extensión|ampliación|despliegue)', example: 'El alcance de una posible extensión.' },
    { phrase: '(explorar|ver|averiguar|comprobar) si', example: 'Ver si la IA puede clasificar las incidencias.' },
    { phrase: '(discutirá|discutirán|debatirá|debatirán|comentará|comentarán|hablará|hablarán) … si', example: 'El comité debatirá después si se extiende la herramienta.' },
    { phrase: 'si y (cómo|de qué forma|en qué medida)', example: 'Dirección valorará si y cómo se amplía.' },
    { phrase: '(explor*|evalu*|estudi*|analiz*) (el potencial|las posibilidades|la viabilidad)', example: 'Con los resultados se evaluará el potencial de extender la solución.' },
    { phrase: '(decidir|discutir|definir) (los )?(próximos|siguientes) pasos', example: 'Decidir los próximos pasos tras la demo.' },
    { phrase: '(si (continuar|seguir|proseguir)|sobre la continuidad|hacer balance)', example: 'El comité decidirá si continuar.' },
    {
      phrase: '(evaluaremos|evaluará|evaluarán|estudiaremos|analizaremos|exploraremos) … (el potencial|las posibilidades|la viabilidad|el interés)',
      example: 'Con los resultados, evaluaremos con Riesgos el potencial de la herramienta.',
    },
    { phrase: '(decidiremos|decidirá|decidirán|definiremos|acordaremos) (los )?(próximos|siguientes) pasos', example: 'Decidiremos los siguientes pasos.' },
    { phrase: '(aprender (más)? (sobre|acerca de)|ganar experiencia|adquirir experiencia|coger experiencia)', example: 'El piloto busca sobre todo aprender sobre el uso de modelos predictivos.' },
  ],
  nl: [
    { phrase: '(besluiten|beslissen) over de (omvang|reikwijdte|schaal) van de (uitrol|invoering)', example: 'Besluiten over de omvang van de uitrol na de pilot.' },
    { phrase: '(verkennen|kijken|uitzoeken|ontdekken) (in hoeverre|hoe ver|op welke manier)', example: 'Verkennen in hoeverre AI de planners kan helpen.' },
    { phrase: '(zullen|zouden) (we)? … (overwegen|in overweging nemen)', example: 'Als de pilot goed gaat, zullen we een uitbreiding overwegen.' },
    { phrase: '(zouden|kunnen) … (overwegen|bekijken)', example: 'Bij goede resultaten zouden we een uitbreiding kunnen overwegen.' },
    { phrase: '(verkennen|kijken|uitzoeken|onderzoeken|nagaan) of', example: 'Kijken of AI de meldingen kan sorteren.' },
    { phrase: '(bespreekt|bespreken|overlegt|overleggen|praat|praten) … of', example: 'Het MT bespreekt daarna of de score breder wordt ingezet.' },
    { phrase: 'of en (hoe|in welke vorm|in welke mate)', example: 'Het MT bekijkt of en in welke vorm de score breder wordt ingezet.' },
    { phrase: '(het potentieel|de mogelijkheden) (van|voor) … (verkennen|onderzoeken|bekijken|evalueren)', example: 'Het potentieel van AI verkennen.' },
    { phrase: '(verkennen|onderzoeken|evalueren) (van )?(het potentieel|de mogelijkheden)', example: 'Verkennen van het potentieel.' },
    { phrase: 'volgende stappen (bespreken|bepalen|beslissen)', example: 'Daarna volgende stappen bespreken.' },
    { phrase: '(of … (doorgaan|voortzetten|doorgezet) |over (de )?voortzetting|de balans opmaken)', example: 'De stuurgroep bekijkt of we doorgaan.' },
    { phrase: '(ervaring (op)? (te)? (doen|opdoen)|inzichten opdoen|inzicht krijgen in|leren wat)', example: 'De pilot is vooral bedoeld om ervaring op te doen.' },
  ],
});

/**
 * What a decision that commits does on a go or a no-go: roll out, fund,
 * switch on, replace, stop. A decision with none of these and no date or
 * quarter ("present the findings to the board") decides nothing.
 */
export const COMMITS = lexicon('commits', {
  en: [
    {
      phrase:
        '((roll|rolls) … out|(to|for|across) all (the)? … (managers|agents|staff|sites|stores|branches|teams|users|clerks|advisers|advisors|offices|schools|depots|listings|categories)|make … available (to|for) all|publish*)',
      example: 'Roll the drafting assistant out to all 14 OH case managers across the council.',
    },
    { phrase: '(move (all|the|every) … (to|onto)|renegotiat*)', example: 'On a go we move all 14 schools to ordering three days ahead and renegotiate the tolerance clause.' },
    { phrase: '(equip|equips|reassign*|sign the contract|order the|place the order)', example: 'On a go we equip lines 1 and 2 and reassign two cabin posts.' },
    { phrase: '(take|takes|taken|bring|brings) … into … (process|operations|daily work|regular service)', example: 'On a go we take the classification into the returns process.' },
    {
      phrase:
        '(integrat*|roll out|rolls out|rolled out|rollout|roll-out|deploy*|fund|funds|funded|finance*|switch* on|turn* on|enable*|activat*|go live|goes live|go-live|extend*|expand*|scale*|replace*|retire*|introduc*|implement*|adopt*|install*|migrat*|launch*|procure*|purchase*|buy|buys|licen*|contract with|sign|signs|stop|stops|stopped|kill|end|ends|terminat*|discontinu*|decommission*|abandon*|shut down|wind down|switch*|move|moves|becomes the standard|standard tool|budget is released|released)',
      example: 'On a go we replace the rules-based step with the scored queue.',
    },
    {
      phrase: '(all|every) … (are|will be|get) (equipped|fitted|connected|switched over)|becomes part of the (release|approval|standard)? (process|workflow|procedure)',
      example: 'If it goes ahead, all 9 packing stations are equipped and the camera check becomes part of the release process.',
    },
  ],
  de: [
    {
      phrase: '(werden|wird) alle … (ausgestattet|ausgerüstet|angebunden|umgestellt)|wird … (teil|bestandteil) des',
      example: 'Bei Erfolg werden alle 9 Packplätze ausgestattet und die Kameraprüfung wird Bestandteil des Freigabeprozesses.',
    },
    {
      phrase: '(für alle (neuen)?|in allen|auf alle|allen … zur verfügung stellen|bereitstellen für alle)',
      example: 'Vorprüfung für alle neuen Inserate in den Kategorien Mode, Elektronik und Tiere.',
    },
    { phrase: '(stellen … (alle|die) … um|nachverhandeln|neu verhandeln)', example: 'Bei Erfolg stellen wir alle 14 Schulen auf Bestellung drei Tage vorher um und verhandeln die Klausel nach.' },
    { phrase: '(ausstatten|ausrüsten|statten … aus|rüsten … aus|umbesetzen)', example: 'Bei Erfolg rüsten wir Linie 1 und 2 aus und besetzen zwei Kabinenplätze um.' },
    { phrase: '(übernehmen|übernommen|übernimmt|überführen|überführt)', example: 'Klassifikation für alle Retouren in den Retourenprozess übernehmen.' },
    {
      phrase:
        '(integrier*|rollout|roll-out|ausroll*|einführ*|führen … ein|eingeführt|finanzier*|freigeschaltet|freischalt*|schalten … frei|aktivier*|go-live|regelbetrieb|ersetz*|ausgeweitet|ausweit*|erweiter*|umgestellt|umstell*|stellen … um|implementier*|beschaff*|abbruch|abbrechen|abgebrochen|beend*|einstell*|gestoppt|stoppen|standard|setzen … ein|eingesetzt|arbeitet … mit)',
      example: 'Werden die Kriterien erreicht, führen wir die Vorsortierung in allen Regionen ein.',
    },
    { phrase: '(kaufen|gekauft|beauftragen|beauftragt|lizenz|lizenzen)', example: 'Bei Erfolg beauftragen wir den Anbieter mit dem Rollout.' },
    // A separable verb's particle closes a long clause: "schalten wir die Einstufung in allen 14 Praxen … frei".
    {
      phrase: '(schalten|schaltet|führen|führt|rollen|rollt|stellen|stellt|setzen|setzt|weiten|weitet|binden|bindet) … … (frei|ein|aus|um) $',
      example: 'Bei Erfolg schalten wir die Einstufung in allen 14 Praxen des Verbunds als Vorschlag im Anfrage-Eingang von Vetera frei.',
    },
    { phrase: '(lizenzier*|eingebunden|einbind*|in betrieb (genommen|nehmen)|übernehmen … in den betrieb)', example: 'Bei Erfolg wird das Modul lizenziert und in NetLine/Crew eingebunden.' },
  ],
  fr: [
    { phrase: '((à|pour) (tous|toutes) les|dans (tous|toutes) les|mettre … à disposition|publier)', example: "Mettre l'assistant à disposition de tous les conseillers des quatre régions." },
    {
      phrase: "((passer|passons|passe) (les|le|la|l'ensemble des|tous les|toutes les)|renégoci*)",
      example: 'Passer les 14 écoles en commande à J-3 sur prévision, et renégocier la clause de tolérance.',
    },
    {
      phrase: '(équiper|équipons|équipe|équipée|équipées|réaffect*|signer|signons|signe|commander|commandons)',
      example: 'Équiper la ligne 1 et la ligne 2 en série et réaffecter deux postes de cabine.',
    },
    {
      phrase: '(reprendre|reprise|reprend|reprenons) … (dans|au) (le|la)? (processus|circuit|fonctionnement)',
      example: 'En cas de succès, reprendre la classification dans le processus des retours.',
    },
    {
      phrase:
        '(déploi*|déploy*|généralis*|financ*|activ*|étend*|étendu*|extension|remplac*|mise en production|mis en production|mise en service|adopt*|install*|intègr*|arrêt*|abandon*|stopp*|mettre fin|met fin|devient|deviendra|standard|bascul*|engagé)',
      example: "Si les critères sont atteints, l'assistant est déployé dans les 14 hôtels.",
    },
    { phrase: '(achet*|achat|contractualis*|souscri*|licence|licences)', example: 'En cas de succès, nous achetons la licence pour les trois sites.' },
    {
      phrase: '(tous|toutes) les … (seront|sont) (équipés|équipées|raccordés|raccordées|basculés|basculées)|devient (partie|une étape) (du|de la)',
      example: "En cas de succès, tous les postes d'emballage seront équipés et le contrôle devient une étape du processus de libération.",
    },
  ],
  es: [
    { phrase: '((a|para|en) (todos|todas) (los|las)|poner a disposición|publicar|publicamos)', example: 'Publicar la previsión en los 23 paneles de mensaje variable y en la app.' },
    { phrase: '(pasar (las|los|todas las|todos los) … a|renegoci*)', example: 'Pasar las 14 escuelas a pedido con tres días de antelación y renegociar la cláusula.' },
    { phrase: '(equipar|equipamos|reasign*|firmar|firmamos)', example: 'Si se cumplen los criterios, equipamos las líneas 1 y 2 y reasignamos dos puestos.' },
    { phrase: '(incorpor*|pasar al proceso|pasa al proceso)', example: 'Si se cumplen los criterios, incorporamos la clasificación al proceso de devoluciones.' },
    {
      phrase:
        '(integra|integran|integrar*|integrad*|integrará*|despleg*|despliega*|despliegue|extiend*|extender*|extensión|financ*|activ*|implant*|implement*|sustitu*|reemplaz*|adopt*|instal*|para|paramos|parar|se para|detien*|deten*|cancel*|abandon*|cierra|cerramos|se cierra|pasa a ser|estándar|producción)',
      example: 'Si se cumplen los criterios, activamos los resúmenes para los 420 agentes.',
    },
    { phrase: '(compramos|comprar|contratamos|contratar|contrata|licencia|licencias|adquiri*|adquisición)', example: 'Si se cumplen los criterios, contratamos la licencia para toda la red.' },
    {
      phrase: '(se equipan|se equiparán|se conectan|se conectarán) (todos|todas)|pasa a formar parte (del|de la)',
      example: 'Si sale bien, se equiparán todos los puestos y la revisión pasa a formar parte del proceso de liberación.',
    },
  ],
  nl: [
    { phrase: '((voor|aan|in|bij) alle|beschikbaar (maken|stellen)|publiceren)', example: "Samenvattingsfunctie beschikbaar maken voor alle adviseurs in de vier noordelijke regio's." },
    { phrase: '(overstappen|heronderhandel*|zetten … over)', example: 'Bij succes zetten we alle 14 scholen over op bestellen drie dagen vooraf en heronderhandelen we de clausule.' },
    { phrase: '(uitrusten|rusten … uit|herplaats*|tekenen|ondertekenen)', example: 'Bij succes rusten we lijn 1 en 2 uit en herplaatsen we twee posten.' },
    { phrase: '(overnemen|overgenomen|neemt … over|nemen … over)', example: 'Bij succes nemen we de classificatie over in het retourproces.' },
    {
      phrase:
        '(integreren|integreert|geïntegreerd|opgenomen|opnemen|uitrol*|rollen … uit|uitgerold|invoer*|voeren … in|ingevoerd|financier*|activer*|zetten … aan|aangezet|breiden … uit|uitgebreid|uitbreid*|vervang*|vervangt|installer*|installeren|implementer*|in gebruik|ingezet|zetten … in|stoppen|stopt|gestopt|beëindig*|bieden … aan|standaard|live)',
      example: 'Als de criteria gehaald worden, rollen we het uit naar alle vestigingen.',
    },
    { phrase: '(aanschaf*|schaffen … aan|inkopen|ingekocht|contracteren|gecontracteerd|licentie|licenties)', example: 'Bij succes schaffen we de licentie aan voor alle regio’s.' },
    {
      phrase: '(worden|wordt) alle … (uitgerust|voorzien|aangesloten|omgezet|overgezet|ingericht)|wordt … onderdeel van',
      example: 'Bij een go worden alle 9 inpakstations van de CSA uitgerust en wordt de camera-check onderdeel van het vrijgaveproces.',
    },
  ],
});

/** A year, a quarter or a half-year in a decision ("Q2 2027", "T3", "H1"): a commitment has a when. */
export const DATED = /(?<![\p{L}\p{N}])(?:20\d\d|[QTH][1-4]|[1-4]Q|KW\s?\d{1,2})(?![\p{L}\p{N}])/u;

/** A reaction that is not a stop: "reconsider", "reassess", "review the approach". */
export const SOFT_REACTION = lexicon('soft-reaction', {
  en: [
    { phrase: '(reconsider*|reassess*|re-assess*|revisit*|re-evaluat*|reevaluat*|rethink*|review the (approach|plan|scope))', example: 'Reconsider if results are poor.' },
    { phrase: '(discuss|talk about) (next steps|options|the way forward)', example: 'Discuss options if the pilot disappoints.' },
    {
      phrase: '(sit down|get together|meet) … (decide|discuss|see) (how|whether|what) (to proceed|to continue|we proceed|we continue|happens next|next)',
      example: 'If it disappoints we sit down with the depots to see how to proceed.',
    },
    {
      phrase: '(extend|extended|extending) the (pilot|poc|trial)|whether the (pilot|poc|trial) (is|gets) (adjusted|extended)',
      example: 'If the cure rate stays below 55% after week 6, the steering group decides whether the pilot is adjusted or extended.',
    },
    { phrase: '(take|takes|taking) it back to the (steering group|board|committee)', example: 'If the numbers disappoint, we take it back to the steering group.' },
    { phrase: '(look at|see|work out|review) what needs (changing|to change|fixing|adjusting)', example: "We'll sit down with the vendor and look at what needs changing before going further." },
  ],
  de: [
    { phrase: '(überdenk*|neu bewert*|überprüfen|hinterfragen|diskutieren|neu entscheiden)', example: 'Wir werden das Vorhaben überdenken, wenn die Ergebnisse enttäuschen.' },
    { phrase: '(ob und wie|wie) es weitergeht', example: 'Dann setzen wir uns zusammen und schauen gemeinsam, ob und wie es weitergeht.' },
    { phrase: '(bewerten|beurteilen|betrachten) … neu', example: 'Wenn die Fehlbestellquote nicht spürbar gesunken ist, bewerten wir das Projekt gemeinsam mit dem Anbieter neu.' },
    {
      phrase: '(verlängern|verlängert|nachsteuern|nachgesteuert)',
      example: 'Liegt die Quote nach Woche 6 unter 55 %, entscheidet der Lenkungskreis, ob der Pilot nachgesteuert oder verlängert wird.',
    },
    {
      phrase: '(entscheiden|beraten|sprechen) über das weitere vorgehen|über das weitere vorgehen (entscheiden|beraten|sprechen)',
      example: 'Wir bewerten das im Lenkungskreis und entscheiden über das weitere Vorgehen.',
    },
    { phrase: '(schauen|prüfen|besprechen) … was (geändert|angepasst|nachgebessert) werden muss', example: 'Wir setzen uns mit dem Anbieter zusammen und schauen, was geändert werden muss.' },
  ],
  fr: [
    { phrase: '(reconsidér*|réévalu*|revoir|reverrons|reverra|rediscut*|repenser|repenserons|réexamin*)', example: 'Réévaluer si les résultats sont décevants.' },
    { phrase: '(la suite à donner|comment poursuivre|comment continuer|faire le point sur la suite)', example: 'Nous nous réunirons avec les centres pour décider de la suite à donner.' },
    { phrase: '(prolonger|prolongé|prolongation|réajuster|réajusté)', example: 'Si le taux reste sous 55 % en semaine 6, le comité décide si le pilote est réajusté ou prolongé.' },
    {
      phrase: "(voir|verrons|verra|regarder|regarderons|examiner|examinerons) … ce qu'il faut (changer|modifier|ajuster|corriger)",
      example: "Nous verrons avec l'éditeur ce qu'il faut changer avant d'aller plus loin.",
    },
  ],
  es: [
    { phrase: '(valorará|valorarán|valoraremos|valorar) … si (merece|vale) la pena|si merece la pena seguir', example: 'El comité técnico valorará en septiembre si merece la pena seguir.' },
    { phrase: '(reconsider*|reevalu*|revisar|revisaremos|revisará|replante*|repensar|repensaremos)', example: 'Replantear si los resultados no convencen.' },
    { phrase: '(cómo seguir|cómo continuar|cómo proceder|si seguimos|si continuamos)', example: 'Nos sentaremos con las delegaciones para ver cómo seguir.' },
    {
      phrase: '(prorrogar|prorroga|ampliar el piloto|alargar el piloto|reajustar|reajusta)',
      example: 'Si la tasa sigue por debajo del 55 % en la semana 6, el comité decide si se reajusta o se prorroga el piloto.',
    },
    { phrase: '(ver|mirar|revisar) qué hay que (cambiar|ajustar|corregir)', example: 'Nos sentaremos con el proveedor a ver qué hay que cambiar.' },
  ],
  nl: [
    { phrase: '(heroverweg*|herbeoordel*|herzien|opnieuw bekijken|bespreken)', example: 'Heroverwegen als de resultaten tegenvallen.' },
    { phrase: '(hoe (we)? verder (gaan)?|of (we)? doorgaan|om de tafel)', example: 'Dan gaan we met de vestigingen om de tafel en kijken hoe we verder gaan.' },
    { phrase: '(bespreekt|bijgestuurd|bijsturen|verlengd|verlengen)', example: 'Blijft de cure rate na week 6 onder de 55 %, dan bespreekt de stuurgroep of de pilot wordt bijgestuurd of verlengd.' },
    { phrase: '(kijken|bekijken|bespreken) wat er (moet veranderen|anders moet|aangepast moet worden)', example: 'We gaan met de leverancier kijken wat er moet veranderen.' },
  ],
});

/**
 * A condition that turns on how someone feels, not on a measured result
 * ("if leadership is not comfortable", "wenn die Ausschüsse nicht überzeugt
 * sind"): with no threshold beside it, a kill criterion that cannot fire.
 */
export const JUDGEMENT_CALL = lexicon('judgement-call', {
  en: [
    { phrase: "whether (it is|it's|it was|the effort is) worth (it|the effort|the while|doing)", example: 'After eight weeks we sit down and look at whether it is worth it.' },
    {
      phrase: "(isn't|aren't|is not|are not|still not|still aren't|still isn't) good enough|not (reliable|good) enough (for|to)",
      example: "If by the end of week 6 the suggestions still aren't good enough for the team to rely on, we stop.",
    },
    { phrase: "(does not|doesn't|do not|don't|fails to|fail to) convince|(not convincing|unconvincing)", example: 'If detection does not convince the quality board by September, we reconsider.' },
    {
      phrase: '(not|insufficiently) (improved|progressed|fallen|risen|dropped) (enough|sufficiently)|not (improved|progressed) (enough|sufficiently)|(insufficient|not enough) (progress|improvement)',
      example: 'If the fill rate has not improved enough by the end of the pilot, we reassess.',
    },
    {
      phrase:
        "(not|isn't|aren't|no longer) (comfortable|happy|satisfied|convinced|confident|persuaded)|(unhappy|dissatisfied|uncomfortable|unconvinced|lose confidence|loses confidence|lack confidence)",
      example: 'We stop if Compliance leadership is not comfortable with the quality at the end of the pilot.',
    },
    {
      phrase: 'not (noticeably|significantly|markedly|meaningfully|visibly|clearly|substantially) (improved|fallen|dropped|risen|better|lower|higher|gone down|gone up)',
      example: 'If the error rate has not noticeably dropped by the end of the pilot, we stop.',
    },
    {
      phrase: '(fall|falls|fell) short of (expectations|our expectations)|(below|under) (expectations|our expectations)',
      example: 'If results fall short of expectations, the steering group decides how to proceed.',
    },
    { phrase: '(finding|find|finds|found) it (useful|helpful|valuable|worthwhile|worth using)', example: "If the associates aren't finding it useful by the end of the pilot, we reconsider." },
  ],
  de: [
    { phrase: 'ob sich (der aufwand|es|das|die sache) (lohnt|gelohnt hat|rechnet)', example: 'Nach acht Wochen schauen wir gemeinsam, ob sich der Aufwand lohnt.' },
    { phrase: '(überzeugt|überzeugen) … nicht|nicht überzeugend', example: 'Überzeugt die Erkennung bis September nicht, bewerten wir neu.' },
    {
      phrase: '(nicht|zu wenig) (ausreichend|genug|hinreichend) (verbessert|gesunken|gestiegen|entwickelt)|(unzureichend|nicht ausreichend)',
      example: 'Hat sich die Auslastung am Ende des Piloten nicht ausreichend verbessert, überdenken wir das Vorhaben.',
    },
    {
      phrase: '(nicht|nicht mehr) (überzeugt|zufrieden|einverstanden)|(unzufrieden|nicht genug vertrauen|kein vertrauen|zu wenig vertrauen)',
      example: 'Abbruch, wenn die Prüfungsausschüsse am Ende des Piloten nicht überzeugt sind.',
    },
    {
      phrase: 'nicht (spürbar|merklich|deutlich|wesentlich|nennenswert|sichtbar|erkennbar) (gesunken|gestiegen|verbessert|zurückgegangen|besser|geringer|weniger)',
      example: 'Wenn die Fehlbestellquote nach der Erntesaison nicht spürbar gesunken ist, stoppen wir.',
    },
    {
      phrase: 'hinter den erwartungen (zurück|zurückbleiben|zurückbleibt|zurückgeblieben)|unter den erwartungen',
      example: 'Falls die Ergebnisse hinter den Erwartungen zurückbleiben, bewerten wir das im Lenkungskreis.',
    },
    { phrase: '(nützlich|hilfreich|sinnvoll|brauchbar) (finden|fanden|findet)', example: 'Wenn die Zahnärzte es am Ende des Piloten nicht nützlich finden, überdenken wir das.' },
  ],
  fr: [
    { phrase: "si (ça|cela|l'effort) (vaut|valait) (le coup|la peine)", example: 'Après huit semaines, on regarde ensemble si cela vaut la peine.' },
    {
      phrase: '(ne convainc pas|ne convainquent pas|pas convaincant|pas convaincante|peu convaincant|peu convaincante)',
      example: 'Si la détection ne convainc pas en septembre, le comité réévaluera.',
    },
    {
      phrase: '(pas|insuffisamment) (suffisamment|assez)? (progressé|amélioré|évolué|baissé|diminué|augmenté)|(pas suffisamment|insuffisant|insuffisante|insuffisants|insuffisantes)',
      example: "Si, au terme du pilote, le taux de remplissage n'a pas suffisamment progressé, nous réévaluerons l'intérêt de poursuivre.",
    },
    {
      phrase: "(pas|plus) (convaincus|convaincu|convaincue|convaincues|satisfaits|satisfait|satisfaites|à l'aise)|(insatisfaits|insatisfaites|peu convaincus|manque de confiance)",
      example: 'Arrêt si les chefs de damage ne sont pas convaincus.',
    },
    {
      phrase: 'pas (sensiblement|nettement|significativement|visiblement|réellement) (baissé|diminué|amélioré|progressé|augmenté|reculé)',
      example: "Si le taux d'erreur n'a pas sensiblement baissé à la fin du pilote, on arrête.",
    },
    { phrase: '(en deçà|en dessous) des attentes|(inférieurs|inférieures) aux attentes', example: 'Si les résultats sont en deçà des attentes, le comité décidera de la suite.' },
    {
      phrase: "(trouvent|trouve|trouvaient) (pas)? (l'outil|cela|ça|le|la|les)? (utile|utiles|pertinent|pertinents)",
      example: "Si les praticiens ne trouvent pas l'outil utile en fin de pilote, on revoit le projet.",
    },
  ],
  es: [
    { phrase: 'si (vale|merece|valió|mereció) la pena', example: 'A las ocho semanas vemos juntos si merece la pena.' },
    {
      phrase: 'no (termina|terminan|acaba|acaban) de convencer|no (convence|convencen)',
      example: 'Si la detección no termina de convencer, el comité valorará en septiembre si merece la pena seguir.',
    },
    {
      phrase: 'no (ha|han)? (mejorado|progresado|avanzado|bajado|subido) (lo)? (suficiente|bastante)|(insuficiente|insuficientes|no lo suficiente)',
      example: 'Si al cierre del piloto la ocupación no ha mejorado lo suficiente, lo replantearemos.',
    },
    {
      phrase: 'no (están|está|quedan|queda)? (convencidos|convencido|convencidas|satisfechos|satisfecho|satisfechas|cómodos|conformes)|(falta de confianza|poca confianza|insatisfechos)',
      example: 'Paramos si los jefes de sección no están convencidos.',
    },
    {
      phrase: 'no (ha|han)? (bajado|mejorado|disminuido|aumentado|caído) (notablemente|sensiblemente|claramente|significativamente)',
      example: 'Si la tasa de errores no ha bajado notablemente al final del piloto, paramos.',
    },
    {
      phrase: 'por debajo de (las|nuestras) expectativas|no (cumplen|cumple|alcanzan|alcanza) (las|nuestras) expectativas',
      example: 'Si los resultados quedan por debajo de las expectativas, el comité decidirá.',
    },
    {
      phrase: '(les resulta|le resulta|les parece|le parece|lo encuentran|lo ven) (útil|de utilidad|práctico)',
      example: 'Si a los dentistas no les resulta útil al final del piloto, lo replanteamos.',
    },
  ],
  nl: [
    { phrase: 'of het (de moeite)? (waard is|loont|oplevert)', example: 'Na acht weken kijken we samen of het de moeite waard is.' },
    { phrase: '(niet goed|slecht|onvoldoende) mee uit de voeten', example: 'Als de medewerkers er aan het eind van de pilot niet goed mee uit de voeten kunnen, stoppen we ermee.' },
    { phrase: '(overtuigt|overtuigen) (niet|onvoldoende)|(niet|onvoldoende) (overtuigt|overtuigen|overtuigend)', example: 'Als de detectie in september niet overtuigt, heroverwegen we.' },
    {
      phrase: '(niet|onvoldoende) (genoeg)? (verbeterd|gedaald|gestegen|vooruitgegaan)|onvoldoende (verbetering|vooruitgang)',
      example: 'Als de bezetting na afloop van de pilot onvoldoende verbeterd is, heroverwegen we het.',
    },
    { phrase: 'niet (overtuigd|tevreden|comfortabel)|(onvoldoende|te weinig|geen) vertrouwen|ontevreden', example: 'Stoppen als er na de pilot onvoldoende vertrouwen is.' },
    {
      phrase: 'niet (merkbaar|duidelijk|wezenlijk|noemenswaardig|zichtbaar|aantoonbaar) (gedaald|verbeterd|gestegen|beter|lager|minder)',
      example: 'Als het foutpercentage na de pilot niet merkbaar gedaald is, stoppen we.',
    },
    { phrase: '(onder de|beneden de) (verwachting|verwachtingen)|achterblijven bij de verwachtingen', example: 'Als de resultaten achterblijven bij de verwachtingen, beslist de stuurgroep.' },
    { phrase: '(nuttig|handig|bruikbaar|zinvol) (vinden|vindt|vonden)', example: 'Als de tandartsen het aan het eind van de pilot niet nuttig vinden, heroverwegen we het.' },
  ],
});

/** A threshold in words: more or fewer than, above, below ("fewer than half", "mehr als"). */
export const THRESHOLD_WORD = lexicon('threshold-word', {
  en: [{ phrase: '(fewer than|more than|less than|below|above|under|over|exceed*|at least|at most)', example: 'Stop if fewer than half of the agents use it.' }],
  de: [{ phrase: '(weniger als|mehr als|unter|über|überschreit*|unterschreit*|mindestens|höchstens)', example: 'Abbruch, wenn weniger als die Hälfte es nutzt.' }],
  fr: [{ phrase: '(moins de|plus de|moins que|plus que|sous|dépasse*|inférieur*|supérieur*|au moins|au plus)', example: "Arrêt si moins de la moitié des agents l'utilisent." }],
  es: [{ phrase: '(menos de|más de|menos que|más que|por debajo|por encima|supera*|inferior*|superior*|al menos|como mínimo|como máximo)', example: 'Cancelar si menos de la mitad lo usa.' }],
  nl: [{ phrase: '(minder dan|meer dan|onder|boven|overschrijd*|ten minste|minstens|hoogstens|maximaal)', example: 'Stoppen als minder dan de helft het gebruikt.' }],
});

/** The effort ends: the word a real kill criterion has. */
export const STOP = lexicon('stop', {
  en: [
    {
      phrase: "(stop*|kill*|end (it|the|this|our)|ends|ended|cancel*|halt*|abandon*|terminat*|discontinu*|shut down|wind down|no-go|no go|not proceed|do not proceed|don't proceed)",
      example: 'Stop if misroutes exceed 40 per 1,000 after week 3.',
    },
  ],
  de: [
    {
      phrase: '(abbrechen|abbruch|stoppen|gestoppt|einstellen|eingestellt|beenden|beendet|nicht weiterverfolgen|kein go|no-go)',
      example: 'Abbruch, wenn die Fehlerquote nach vier Wochen über 5 % liegt.',
    },
  ],
  fr: [{ phrase: '(arrêt|arrêter|arrêté|abandon|abandonner|abandonné|stopper|mettre fin|fin du projet|no-go)', example: "Arrêt si le taux d'erreur dépasse 5 % en semaine 4." }],
  es: [{ phrase: '(detener|parar|cancelar|abandonar|suspender|finalizar|se cancela|se detiene|no-go)', example: 'Cancelar si la tasa de error supera el 5 % en la semana 4.' }],
  nl: [{ phrase: '(stoppen|stopzetten|beëindigen|afbreken|staken|no-go)', example: 'Stoppen als de foutmarge na week 4 boven 5 % ligt.' }],
});

/** A number written out: a threshold or a time without digits. */
export const NUMBER_WORD = lexicon('number-word', {
  en: [
    {
      phrase: '(zero|none|nil|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|half|double|twice|a third|a quarter)',
      example: 'Stop if fewer than half of the agents use it.',
    },
    { phrase: '(halved|halve|halving|doubled|double|tripled)', example: 'Porter time on emergency top-up runs halved.' },
  ],
  de: [
    {
      phrase: '(null|keine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|fünfzig|hundert|hälfte|doppelt|drittel|viertel)',
      example: 'Abbruch, wenn weniger als die Hälfte es nutzt.',
    },
    { phrase: '(halbiert|halbieren|verdoppelt|verdoppeln)', example: 'Die Zeit für Notfahrten wird halbiert.' },
  ],
  fr: [
    {
      phrase: '(zéro|aucun|aucune|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt|trente|cinquante|cent|moitié|double|tiers|quart)',
      example: 'Arrêt si moins de la moitié des agents l’utilisent.',
    },
    { phrase: '(divisé par deux|divisée par deux|réduit de moitié|réduite de moitié|doublé|doublée)', example: "Temps des tournées d'urgence divisé par deux." },
  ],
  es: [
    {
      phrase: '(cero|ninguno|ninguna|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|veinte|treinta|cincuenta|cien|mitad|doble|tercio|cuarto)',
      example: 'Cancelar si menos de la mitad lo usa.',
    },
    { phrase: '(reducido a la mitad|reducida a la mitad|se reduce a la mitad|duplicado|duplicada)', example: 'Tiempo de reposiciones urgentes reducido a la mitad.' },
  ],
  nl: [
    { phrase: '(nul|geen|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|vijftig|honderd|helft|dubbel|derde|kwart)', example: 'Stoppen als minder dan de helft het gebruikt.' },
    { phrase: '(gehalveerd|halveren|verdubbeld|verdubbelen)', example: 'De tijd voor spoedritten wordt gehalveerd.' },
  ],
});

/** When a kill criterion is read: a point in time without digits. */
export const POINT_IN_TIME = lexicon('point-in-time', {
  en: [
    {
      phrase: '(on|in|for|over) the first (two|three|four|five|ten)? … (vacancies|rounds|batches|cycles|campaigns|intakes|cohorts|fixtures)',
      example: 'Stop if, on the first two vacancies, the panel finds two recordings it would have invited.',
    },
    {
      phrase: '((at|after|on) the (close|completion|conclusion) of the (pilot|poc|trial)|on completion of the (pilot|poc|trial)|after the (pilot|poc|trial) (ends|closes|is complete|has ended))',
      example: 'Stop if more than 30% of audits find nothing, at the close of the pilot.',
    },
    {
      phrase: '(cycle|cycles|checkpoint|check 1|check 2|check 3|after the (first|second|third|fourth|fifth|tenth|last))',
      example: 'Stop after the second billing cycle if re-issued bills have not fallen by 15%.',
    },
    {
      phrase: '(week|weeks|month|months|day|days|quarter|sprint|(end|midpoint|middle|halfway point) of the (pilot|poc|trial)|mid-pilot|by the decision date)',
      example: 'Stop if the desk does not use it by the end of the pilot.',
    },
    {
      phrase: '((january|february|march|april|june|july|august|september|october|november|december)|(in|by|end of|until|before|after) may)',
      example: 'We end the pilot on 30 April if fewer than 8 nurses use it.',
    },
    {
      phrase: '(across|over|within|during|after) the (first|next) … (fixtures|matches|games|weeks|shifts|events|days|months|runs|batches|cycles)',
      example: 'We stop if, across the first six home fixtures, more than 1 in 20 reports is wrong.',
    },
    {
      phrase:
        '(after|by) the (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twelfth|twentieth|fiftieth|hundredth) (tender|tenders|case|cases|batch|batches|run|runs|shipment|shipments|round|rounds|cycle|cycles|report|reports|file|files|order|orders)',
      example: 'Stop if MAPE on the pilot tenders is above 9% after the sixth tender priced.',
    },
  ],
  de: [
    {
      phrase: '((nach|zum|bei) abschluss (der|des) …|nach (dem|der) (pilot|piloten|pilotphase|pilotbetrieb)|am ende (der|des) (pilot*|poc|erprobung|testphase))',
      example: 'Liegt der Anteil nach Abschluss der Pilotprüfungen über 30 %, wird nicht weiterverfolgt.',
    },
    {
      phrase: '(*woche|*wochen|*tagen|abrechnungslauf|abrechnungsläufe|zwischenauswertung|nach (dem|der) (ersten|zweiten|dritten|vierten|fünften|zehnten|letzten))',
      example: 'Abbruch, wenn nach vier Pilotwochen mehr als 15 % korrigiert werden.',
    },
    {
      phrase: '(woche|wochen|monat|monate|monaten|tag|tagen|quartal|pilotende|ende des (piloten|pilots|poc)|zwischenbilanz|entscheidungstermin)',
      example: 'Abbruch, wenn bis Pilotende keine Verbesserung messbar ist.',
    },
    { phrase: `(${MONTH_NAMES.de})`, example: 'Wir beenden den Pilot zum 30. April.' },
    {
      phrase: 'nach (dem|der) (ersten|zweiten|dritten|vierten|fünften|sechsten|zehnten|zwanzigsten|fünfzigsten|hundertsten) (angebot|ausschreibung|fall|lauf|lieferung|runde|charge|bericht|auftrag)',
      example: 'Abbruch, wenn die Abweichung nach der sechsten Ausschreibung über 9 % liegt.',
    },
  ],
  fr: [
    {
      phrase: "((à l'issue|au terme|à la fin|à la clôture) (du|de la|des) (pilote|poc|expérimentation|test|phase pilote)|après le pilote)",
      example: "Arrêt si plus de 30 % des contrôles sont sans suite à l'issue du pilote.",
    },
    {
      phrase: "(*semaine|point d'étape|premier cycle|après (le|la) (premier|première|deuxième|second|seconde|troisième|quatrième|dernier|dernière))",
      example: "Arrêt si plus de 5 % d'erreurs au point d'étape.",
    },
    { phrase: '(semaine|semaines|mois|jour|jours|trimestre|fin du (pilote|poc)|mi-parcours|date de décision)', example: "Arrêt si rien n'est mesurable à mi-parcours." },
    { phrase: '(janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre)', example: "Arrêt au 30 avril si moins de 8 infirmières l'utilisent." },
    {
      phrase: "après (le|la) (premier|première|deuxième|troisième|quatrième|cinquième|sixième|dixième|vingtième|cinquantième|centième) (appel d'offres|dossier|lot|tournée|campagne|rapport|commande)",
      example: "Arrêt si l'écart dépasse 9 % après le sixième appel d'offres.",
    },
  ],
  es: [
    {
      phrase: '((al término|al cierre|al finalizar|tras finalizar|al acabar) (el|la|del|de la)? (piloto|poc|prueba)|tras el piloto)',
      example: 'Se abandona si más del 30 % no aporta nada al cierre del piloto.',
    },
    {
      phrase:
        '(ciclo|ciclos|corte|tras los primeros|tras las primeras|(tras|después de) (el|la) (primer|primera|segundo|segunda|tercer|tercera|último|última)|después (del|de la) (primer|primera|segundo|segunda|tercer|tercera|último|última))',
      example: 'Se abandona si más del 30 % se reescriben tras los primeros 500 casos.',
    },
    { phrase: '(semana|semanas|mes|meses|día|días|trimestre|final del (piloto|poc)|mitad del piloto|fecha de decisión)', example: 'Cancelar si al final del piloto no mejora.' },
    { phrase: `(${MONTH_NAMES.es})`, example: 'Paramos el 30 de abril si menos de 8 enfermeras lo usan.' },
    {
      phrase:
        '(tras|después de) (el|la) (primer|primera|segunda|segundo|tercer|tercera|cuarta|cuarto|quinta|quinto|sexta|sexto|décima|décimo|vigésima|vigésimo) (licitación|caso|lote|ronda|campaña|informe|pedido)',
      example: 'Se abandona si el error supera el 9 % tras la sexta licitación.',
    },
  ],
  nl: [
    {
      phrase: '((na afloop|aan het eind|aan het einde|na afronding|bij afronding) van (de|het) (pilot|poc|proef|test)|na de pilot)',
      example: 'Stoppen als na afloop van de pilot meer dan 30 % niets oplevert.',
    },
    { phrase: '(*week|*weken|tussenevaluatie|na (de|het) (eerste|tweede|derde|vierde|vijfde|laatste))', example: 'Stoppen als na drie pilotweken meer dan 10 % fout gaat.' },
    { phrase: '(week|weken|maand|maanden|dag|dagen|kwartaal|einde van de (pilot|poc)|halverwege|beslisdatum)', example: 'Stoppen als er halverwege geen verbetering is.' },
    { phrase: '(januari|februari|maart|april|juni|juli|augustus|september|oktober|november|december)', example: 'We beëindigen de pilot op 30 april.' },
    {
      phrase: 'na de (eerste|tweede|derde|vierde|vijfde|zesde|tiende|twintigste|vijftigste|honderdste) (aanbesteding|offerte|zaak|batch|ronde|levering|rapport|order)',
      example: 'Stoppen als de afwijking na de zesde aanbesteding boven 9 % ligt.',
    },
  ],
});

/**
 * A threshold stated as a comparison with today or a bound: what a guardrail
 * criterion says ("no increase in complaints", "at least the baseline").
 */
export const COMPARISON = lexicon('comparison', {
  en: [
    { phrase: '(no|not an|without) (increase|rise|drop|decrease|decline|deterioration|regression)', example: 'No increase in customer complaints.' },
    { phrase: '(no|not) (worse|lower|higher|slower|greater|larger|bigger|wider) than', example: 'No worse than today.' },
    { phrase: '(at least|at most|no more than|no less than|not more than|not less than|equal to or (better|lower|higher)|on par with|in line with)', example: 'At least the baseline.' },
    {
      phrase: "(better|worse|lower|higher|faster|slower|below|above|under|over|exceeds|exceed) (than )?(today|today's|the baseline|baseline|the manual|manual|current|the current)",
      example: 'Stop if the error rate is worse than today.',
    },
    { phrase: '(unchanged|stays the same|remains stable|no change|not deteriorate|as today|same as today|as now)', example: 'Complaint rate unchanged.' },
    { phrase: '(no|not) (more|fewer|less|longer) (complaints|errors|calls|escalations|incidents)? than (today|now|before|the baseline|current|at present)', example: 'No more complaints than today.' },
    { phrase: "(<=|<|>=|>) (today|today's|now|current|the current|baseline|the baseline)", example: "Shift swaps requested after publication: <= today's." },
  ],
  de: [
    { phrase: '(kein|keine) (anstieg|zunahme|verschlechterung|rückgang) (der|des|bei|von|im|in)', example: 'Kein Anstieg der Beschwerden.' },
    { phrase: '(kein|keine) (anstieg|zunahme|verschlechterung|rückgang)', example: 'Beschwerdequote: keine Verschlechterung.' },
    { phrase: '(nicht schlechter|nicht langsamer|nicht höher|nicht niedriger|nicht größer|nicht kleiner|nicht geringer|nicht breiter) als', example: 'Nicht schlechter als heute.' },
    { phrase: '(nicht mehr|nicht weniger|nicht öfter|nicht häufiger|nicht länger) als', example: 'Beschwerden: nicht mehr als heute.' },
    { phrase: '(wie heute|wie bisher|auf heutigem niveau|auf dem heutigen niveau)', example: 'Rückfragen der Werkstätten wie heute.' },
    { phrase: '(mindestens|höchstens|maximal|minimal|gleich oder besser|auf dem niveau von|unverändert|gleichbleibend)', example: 'Mindestens auf dem heutigen Niveau.' },
    { phrase: '(schlechter|besser|niedriger|höher|unter|über) (als )?(heute|dem heutigen|der baseline|dem ausgangswert|dem manuellen)', example: 'Abbruch, wenn die Fehlerquote höher als heute ist.' },
    { phrase: '(<=|<|>=|>) (heute|dem heutigen|der heutigen|dem ausgangswert|der baseline)', example: 'Tauschwünsche nach Veröffentlichung: <= heute.' },
  ],
  fr: [
    {
      phrase: "(pas|non) (supérieur|supérieure|supérieurs|inférieur|inférieure|pire|plus élevé|plus élevée|plus bas|plus basse) (à|au|aux|que|qu')",
      example: 'Impayés à 90 jours : pas supérieur au taux actuel.',
    },
    { phrase: '(pas de|aucune|sans) (hausse|augmentation|dégradation|baisse) (des|du|de la|de)', example: 'Pas de hausse des réclamations.' },
    { phrase: '(pas de|aucune|sans) (hausse|augmentation|dégradation|baisse)', example: 'Réclamations : aucune dégradation.' },
    { phrase: "(pas d'augmentation|pas d'aggravation|pas de détérioration|aucune augmentation|comme aujourd'hui)", example: "Pas d'augmentation par rapport aux magasins témoins." },
    { phrase: "(pas pire|pas moins bon|pas plus lent) (que|qu'aujourd'hui|qu'avant|qu'actuellement)", example: "Pas pire qu'aujourd'hui." },
    { phrase: "(pas plus|pas moins|pas davantage|jamais plus) (que|qu'aujourd'hui|qu'avant|qu'actuellement|de)", example: "Réclamations : pas plus qu'aujourd'hui." },
    { phrase: "(ne dépasse pas|ne dépassant pas|sans dépasser) (le niveau|la référence|le taux|l'actuel|le nombre)", example: 'Un taux de réclamation qui ne dépasse pas le niveau actuel.' },
    { phrase: '(au moins|au plus|au maximum|au minimum|inchangé|inchangée|stable|égal ou meilleur)', example: 'Au moins le niveau actuel.' },
    {
      phrase: "(inférieur|supérieur|pire|meilleur) (à|au|qu'|que) (aujourd'hui|la référence|l'actuel|le niveau actuel|la baseline)",
      example: "Arrêt si le taux d'erreur est supérieur à la référence.",
    },
    {
      phrase: "(<=|<|>=|>) (à)? (aujourd'hui|ceux d'aujourd'hui|celles d'aujourd'hui|l'actuel|l'actuelle|la référence)",
      example: "Échanges de postes demandés après publication : <= ceux d'aujourd'hui.",
    },
  ],
  es: [
    { phrase: '(sin|ningún|ninguna) (aumento|incremento|empeoramiento|deterioro|descenso)', example: 'Sin aumento de las reclamaciones.' },
    { phrase: '(no peor|no más lento|no inferior|no mayor|no superior) (que|a)', example: 'No peor que hoy.' },
    { phrase: '(no más|no menos|nunca más) (que|de)', example: 'Reclamaciones: no más que hoy.' },
    { phrase: '(igual que hoy|como hoy|lo mismo que hoy|sin superar|que no supere)', example: 'Llamadas de los talleres: igual que hoy.' },
    { phrase: '(al menos|como máximo|como mínimo|igual o mejor|sin cambios|estable)', example: 'Al menos el nivel actual.' },
    { phrase: '(peor|mejor|inferior|superior|por debajo|por encima) (que|a|de) (hoy|la línea base|el proceso actual|lo actual|el manual)', example: 'Cancelar si el error es peor que hoy.' },
    { phrase: '(<=|<|>=|>) (los|las|el|la|lo) (de hoy|actuales|actual)', example: 'Cambios de turno pedidos tras publicar el cuadrante: <= los de hoy.' },
  ],
  nl: [
    { phrase: '(geen) (stijging|toename|verslechtering|daling) (van|in|bij)', example: 'Geen stijging van het aantal klachten.' },
    { phrase: '(geen) (stijging|toename|verslechtering|daling)', example: 'Klachten: geen verslechtering.' },
    { phrase: '(niet slechter|niet trager|niet hoger|niet lager|niet groter|niet breder) dan', example: 'Niet slechter dan vandaag.' },
    { phrase: '(niet meer|niet minder|niet vaker|niet langer) dan', example: 'Klachten: niet meer dan nu.' },
    { phrase: '(zoals nu|zoals vandaag|op het huidige niveau|gelijk aan nu)', example: 'Terugbelverzoeken op het huidige niveau.' },
    { phrase: '(minstens|ten minste|hoogstens|maximaal|minimaal|gelijk of beter|ongewijzigd|stabiel)', example: 'Minstens het huidige niveau.' },
    { phrase: '(slechter|beter|lager|hoger|onder|boven) (dan )?(vandaag|de baseline|het huidige|de nulmeting|handmatig)', example: 'Stoppen als de fouten hoger dan vandaag zijn.' },
    { phrase: '(<=|<|>=|>) (vandaag|nu|het huidige|de huidige|de nulmeting)', example: 'Ruilverzoeken na publicatie: <= nu.' },
  ],
});

/** The pilot's own span as the time a threshold is judged in ("durante el piloto"): enough to say when, not a threshold. */
export const PILOT_SPAN = lexicon('pilot-span', {
  en: [
    { phrase: 'in the (pilot|poc|trial|pilot phase|pilot period)', example: 'Stop if more than 15 % of complaints are misrouted in the pilot phase.' },
    { phrase: '(during|over|throughout|within|in the course of) the (pilot|poc|trial)', example: 'Stop if more than 30 % of drafts are rewritten during the pilot.' },
    { phrase: '(after|at the end of|by the end of) the (pilot|poc|trial)', example: 'Stop if after the pilot fewer than 20% of proposed requests are accepted.' },
  ],
  de: [
    {
      phrase: '(in der|in dem|im) (pilotphase|testphase|pilotzeitraum|piloten|pilot|pilotbetrieb)',
      example: 'Abbruch, wenn in der Pilotphase mehr als 15 % der Beschwerden falsch weitergeleitet werden.',
    },
    { phrase: '(im verlauf|während|im laufe) (des|der) (piloten|pilots|pilotphase|testphase)', example: 'Abbruch, wenn während des Piloten mehr als 5 % falsch sind.' },
    { phrase: '(nach dem|nach den|am ende des|zum ende des) (pilot|piloten|pilots|poc|test|tests)', example: 'Abbruch, wenn nach dem Piloten weniger als 20 % übernommen werden.' },
  ],
  fr: [
    { phrase: '(dans|sur) (le|la) (pilote|phase pilote|période pilote|période de test)', example: 'Arrêt si plus de 15 % des plaintes sont mal orientées sur la période pilote.' },
    { phrase: '(pendant|durant|au cours du|au cours de la) (le)? (pilote|phase pilote|poc)', example: 'Arrêt si plus de 5 % d’erreurs pendant le pilote.' },
    { phrase: '(après le|à la fin du|en fin de) (pilote|poc|test)', example: 'Arrêt si après le pilote moins de 20 % des propositions sont acceptées.' },
  ],
  es: [
    { phrase: 'en (el|la) (piloto|fase piloto|periodo piloto|período piloto|fase de prueba)', example: 'Se abandona si más del 15 % se deriva mal en la fase piloto.' },
    { phrase: '(durante|a lo largo del|en el transcurso del) (el)? (piloto|poc)', example: 'Se abandona si más del 30 % se reescriben durante el piloto.' },
    { phrase: '(tras el|después del|al final del|al terminar el) (piloto|poc)', example: 'Se abandona si tras el piloto se acepta menos del 20 %.' },
  ],
  nl: [
    { phrase: 'in de (pilot|proef|pilotfase|proefperiode|pilotperiode)', example: 'Stoppen als in de pilotfase meer dan 15 % verkeerd wordt doorgestuurd.' },
    { phrase: '(tijdens|gedurende|in de loop van) de (pilot|proef|poc)', example: 'Stoppen als tijdens de pilot meer dan 10 % fout gaat.' },
    { phrase: '(na de|aan het einde van de|aan het eind van de|bij het einde van de) (pilot|proef|poc)', example: 'Stoppen als na de pilot minder dan 20 % wordt overgenomen.' },
  ],
});

/**
 * A gain with no size ("noticeably better than today"): beside a comparison it
 * names no threshold, so a success criterion saying only that cannot fail.
 */
export const UNSIZED_GAIN = lexicon('unsized-gain', {
  en: [
    {
      phrase: '(noticeably|significantly|clearly|markedly|visibly|substantially|considerably|much|meaningfully|measurably|a lot) (better|lower|higher|faster|fewer|less|more|shorter|improved)',
      example: 'Noticeably better than today.',
    },
  ],
  de: [{ phrase: '(spürbar|deutlich|merklich|signifikant|wesentlich|erheblich|klar) (besser|niedriger|höher|schneller|weniger|mehr|kürzer|verbessert)', example: 'Deutlich besser als heute.' }],
  fr: [
    {
      phrase: '(nettement|sensiblement|significativement|clairement|visiblement|notablement) (meilleur|meilleure|meilleurs|meilleures|inférieur|supérieur|plus|moins|amélioré)',
      example: "Nettement meilleur qu'aujourd'hui.",
    },
  ],
  es: [{ phrase: '(notablemente|claramente|significativamente|sensiblemente|visiblemente) (mejor|mejores|inferior|superior|más|menos|mejorado)', example: 'Claramente mejor que hoy.' }],
  nl: [{ phrase: '(merkbaar|duidelijk|aanzienlijk|significant|beduidend|flink) (beter|lager|hoger|sneller|minder|meer|korter|verbeterd)', example: 'Duidelijk beter dan nu.' }],
});
