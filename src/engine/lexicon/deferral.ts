// A value that defers: the answer is pushed to after the POC, to someone
// else's confirmation, or to the results. In a gate element, the decision or
// the kill criteria, such a value is not written, wherever the words sit.
import { isNegation, lexicon, negated, SENTENCE_END } from './lexicon';

const PP =
  '(worked up|drawn up|fleshed out|agreed|defined|decided|determined|confirmed|clarified|discussed|scoped|estimated|named|nominated|appointed|identified|worked out|sorted out|settled|resolved|finalised|finalized|planned|sized|costed|assigned|allocated|approved|specified|fixed|set)';

export const DEFERRAL = lexicon('deferral', {
  en: [
    { phrase: '(follows|will follow|comes) after the (pilot|poc|trial)', example: 'Change management follows after the pilot.' },
    { phrase: '(to be|still to be|yet to be) (requested|obtained|asked for|collected|fetched|pulled) (from|of|by)', example: 'Baseline to be requested from the contact-centre reporting team.' },
    {
      phrase: '(subject to|depending on|depends on|dependent on) how … (settles|settle|turns out|turn out|develops|develop|evolves|evolve|goes|works out)',
      example: 'The harbour office picks up monitoring, subject to how staffing settles after the season.',
    },
    { phrase: `to be ${PP}`, example: 'Production budget to be agreed once the pilot results are in.' },
    { phrase: `will be ${PP} (later|afterwards|after the|once the|following the|based on|depending on)`, example: 'The sponsor will be named after the pilot.' },
    { phrase: `${PP} … (after|once|following) the (poc|pilot|results|outcome|evaluation|trial)`, example: 'Operations model decided after the POC.' },
    { phrase: '(tbc|tbd|tba|t.b.c.|t.b.d.)', example: 'Executive sponsor: TBC by finance.' },
    { phrase: 'will be (defined|decided|determined|agreed|confirmed|clarified|worked out|scoped|estimated|nominated|appointed)', example: 'Integration points will be defined with IT.' },
    { phrase: '(postponed|deferred|pushed back|pushed out) (to|until|into)', example: 'Change management postponed to the rollout.' },
    { phrase: '(depending|dependent|depends|contingent|conditional) (on|upon) … (outcome|outcomes|results|result|findings|success)', example: 'Rollout budget depending on the outcome.' },
    { phrase: 'based on the … (outcome|results|findings)', example: 'Budget set based on the results.' },
    { phrase: 'once the … (results|outcome|findings) (are|is) (in|known|available|clear)', example: 'Once the results are in we will know.' },
    { phrase: '(phase (2|two|ii)|second phase|next phase|later phase|later stage|subsequent phase)', example: 'Integration with SAP in phase 2.' },
    { phrase: '(later|later on|afterwards) $', example: 'Change management later.' },
    { phrase: '(at a later (date|stage|point)|in due course|down the line|in the future)', example: 'Sponsor to follow in due course.' },
    { phrase: '(depending|dependent|based) on … (lessons learned|learnings|lessons)', example: 'Next steps depending on the lessons learned.' },
    { phrase: '(depending|depends) on how the (pilot|poc|trial|test) (goes|turns out|performs|went)', example: 'Training plan depending on how the pilot goes.' },
    { phrase: '(post-poc|post-pilot)', example: 'Operations model post-POC.' },
    { phrase: '(not yet|still to be|yet to be) (known|decided|defined|agreed|clear|confirmed|determined|identified|named)', example: 'Sponsor not yet decided.' },
    { phrase: '(open (point|question|item|issue)|undecided|(still|currently|as yet) (unclear|unknown|open|pending))', example: 'Data sources: open point.' },
    // "Pending claims are routed..." is a queue, not a deferral: pending defers only before what it waits for, or alone.
    {
      phrase:
        '(pending|awaiting|subject to) … (approval|confirmation|sign-off|signoff|agreement|input|decision|the (results|outcome|pilot|poc|decision|approval|budget round)|budget approval|funding)',
      example: 'Change management approach pending HR input.',
    },
    { phrase: 'pending $', example: 'Executive sponsor: pending.' },
    { phrase: '(yet to be|still to be|remains to be|remain to be)', example: 'Integration points are yet to be mapped.' },
    {
      phrase:
        '(not yet been|not yet|not been) (known|decided|defined|agreed|clear|confirmed|determined|identified|named|nominated|appointed|approved|secured|chosen|selected|found|mapped|scoped|sized|costed|planned|started|settled|finalised|finalized|signed off|set|fixed|specified|assigned|allocated)',
      example: 'The owner has not yet been named.',
    },
    {
      phrase: '(still|currently)? (under discussion|being discussed|being worked out|being defined|being clarified|being negotiated|being sought|being scoped|in discussion)',
      example: 'Operations: support model still under discussion with the service desk.',
    },
    { phrase: '(to follow|will follow|follows later) $', example: 'Decision: go/no-go by the board, criteria to follow.' },
    { phrase: 'in a (later|follow-up|future|subsequent|separate|further) (meeting|session|workshop|review|round)', example: 'The board discusses in a follow-up meeting whether to scale it.' },
    { phrase: '(when we get there|cross that bridge|figure it out later|figure that out later)', example: 'We will figure out the hand-over to IT when we get there.' },
    {
      phrase: '(to be|will be) (revisited|reconsidered|re-evaluated|looked at again|secured|negotiated|drafted|written up|sourced)',
      example: 'Integration out of scope for now, to be revisited after the POC.',
    },
    {
      phrase:
        '(depends|depending|dependent|contingent|conditional|hinges) (on|upon) … (negotiations|negotiation|approval|confirmation|sign-off|go-ahead|budget round|funding decision|decision of|whether|how much)',
      example: 'Budget: depends on licence negotiations which have not started.',
    },
    { phrase: "(we will|we'll|let's) (see|decide|discuss|find out) (afterwards|after|later|then)", example: 'We will see afterwards.' },
    { phrase: '(decide|decided|decision) (afterwards|after the (poc|pilot))', example: 'Decide afterwards.' },
    { phrase: 'next steps (to be|will be) (discussed|defined|agreed)', example: 'Next steps to be discussed.' },
    {
      phrase: 'once the (pilot|poc|trial) has (shown|proven|proved|demonstrated) (its)? (value|worth|results|benefit)',
      example: 'Group finance to confirm the figure and the cost centre once the pilot has shown value.',
    },
    { phrase: "(we'll|we will|will) (pick|choose|decide|set|fix|confirm) … once", example: "We'll pick the plan tier once bookings are in." },
    { phrase: '(depends on|depending on|dependent on|subject to) how (many|much)', example: 'Depends on how many weddings we book for 2027.' },
    { phrase: 'once (we have|there is|we get) (a|the) (go|go-ahead|green light|decision|approval)', example: 'Training is planned with crewing once there is a go.' },
    { phrase: 'once we (see|have|know|get) the … (results|outcome|findings)', example: 'Underwriter briefing pack to be put together once we see the pilot results.' },
    { phrase: 'when we see how (well)? … (goes|works|performs|went)', example: 'We set the amount when we see how well the POC goes.' },
    { phrase: 'once (the)? (pilot|poc|trial)? (results|outcome|findings) (are|is) (in|known|available|clear)', example: 'Funding request to be prepared once pilot results are known.' },
    { phrase: "(we'll see|we will see|we'll work it out|we will work it out|we'll decide|we will decide) (with|when|at|once|after)", example: "We'll see with IT when the pilot starts." },
  ],
  de: [
    { phrase: '(danach|später|dann|anschließend) offen', example: 'Leitung Vermittlung (vorübergehend), danach offen.' },
    { phrase: '(folgt|folgen|kommt) nach (dem|der) (pilot|piloten|pilotphase)', example: 'Die Schulung folgt nach dem Pilot.' },
    { phrase: '(noch)? (bei|von) … (zu erfragen|anzufragen|einzuholen|zu besorgen)|(noch)? (zu erfragen|anzufragen|einzuholen)', example: 'Ausgangswert: noch beim Controlling zu erfragen.' },
    {
      phrase:
        '(nach der (pilotphase|testphase|pilotierung|erprobung)|nach dem (pilot|piloten|poc|pilotbetrieb)|nach abschluss (des|der) (piloten|pilots|pilotphase|poc)) … (festgelegt|festgesetzt|bestimmt|entschieden|geklärt|vereinbart|abgestimmt|beziffert|definiert)',
      example: 'Das Budget, dessen Höhe nach der Pilotphase mit dem Controlling festgelegt wird.',
    },
    {
      phrase:
        '(wird|werden) … (später|nach dem (poc|piloten|pilot|pilotbetrieb|test)|nach der (pilotphase|testphase|pilotierung|erprobung|auswertung)|nach abschluss|im anschluss) … (festgelegt|definiert|entschieden|geklärt|benannt|bestimmt|vereinbart|abgestimmt|ermittelt|geplant)',
      example: 'Das Budget wird nach dem Pilot mit dem Controlling festgelegt.',
    },
    { phrase: '(zu klären|zu definieren|festzulegen|abzustimmen|zu bestimmen|zu benennen)', example: 'Sponsor: noch zu klären.' },
    { phrase: '(noch offen|noch unklar|noch nicht (festgelegt|definiert|entschieden|bekannt|benannt|geklärt)|steht noch aus|offener punkt)', example: 'Betriebsmodell noch offen.' },
    { phrase: '(abhängig|je nach) (vom|von den|dem|den) (ergebnis|ergebnissen|pilotergebnis|pilotergebnissen)', example: 'Budget abhängig vom Ergebnis.' },
    { phrase: '(später|danach) $', example: 'Schulungskonzept folgt später.' },
    { phrase: '(zu einem späteren zeitpunkt|in (phase|stufe) (2|zwei|ii)|in einer späteren phase)', example: 'Integration in Phase 2.' },
    { phrase: 'sobald … (ergebnisse|pilotergebnisse|resultate|erkenntnisse) (vorliegen|bekannt sind|feststehen)', example: 'Die Höhe legen wir fest, sobald die Pilotergebnisse vorliegen.' },
    { phrase: 'nach (vorliegen|auswertung) der (ergebnisse|*ergebnisse)', example: 'Schulungskonzept und Abstimmung mit dem Personalrat erfolgen nach Vorliegen der POC-Ergebnisse.' },
    { phrase: 'je nachdem , (wie|was|ob)', example: 'Schulung je nachdem, wie der Pilot läuft.' },
    { phrase: '(entscheidung|entscheiden) … (nach dem (pilot|piloten|poc)|danach|im anschluss)', example: 'Entscheidung wird nach dem Pilot getroffen.' },
    { phrase: '(wird nachgereicht|folgt später|folgt noch)', example: 'Der Sponsor wird nachgereicht.' },
    { phrase: '(zweite|zweiten|nächste|nächsten|spätere|späteren) (phase|stufe|ausbaustufe)', example: 'Schulung in der zweiten Phase.' },
    { phrase: '(verschoben|vertagt) (auf|bis)', example: 'Das Change Management wird verschoben auf die Einführung.' },
    {
      phrase:
        '(noch nicht|nicht abschließend) (fest|final|klar|entschieden|festgelegt|definiert|bekannt|benannt|geklärt|vereinbart|abgestimmt|beschlossen|genehmigt|freigegeben|budgetiert|beauftragt|gefunden|bestimmt|geplant|terminiert|gesichert)',
      example: 'Das Betriebsmodell steht noch nicht fest.',
    },
    {
      phrase:
        '(wird|werden|muss|müssen|ist|sind) noch … (gesucht|geklärt|festgelegt|definiert|abgestimmt|benannt|bestimmt|entschieden|ermittelt|vereinbart|beschlossen|erstellt|erarbeitet|ausgearbeitet|konzipiert|geplant|beziffert|gefunden|verhandelt|offen|unklar|zu klären)',
      example: 'Schnittstellen müssen noch mit dem Hersteller abgestimmt werden.',
    },
    { phrase: '(in klärung|in abstimmung|in prüfung|in verhandlung|wird geprüft) $', example: 'Sponsor: in Klärung.' },
    {
      phrase: 'in einer (späteren|weiteren|separaten|gesonderten|folgenden) (sitzung|runde|besprechung|abstimmung|lenkungskreissitzung)',
      example: 'Der Lenkungskreis bespricht in einer späteren Sitzung, ob es weitergeht.',
    },
    {
      phrase: '(hängt|hängen) … (vom|von den|von der) (ergebnis|ergebnissen|pilotergebnis|pilotergebnissen|erfolg|ausgang|verhandlungen|freigabe|entscheidung)',
      example: 'Die Finanzierung hängt vom Ergebnis des Piloten ab.',
    },
    { phrase: '(hängt davon ab|abhängig davon) , wie (viele|viel)', example: 'Das Budget hängt davon ab, wie viele Aufträge wir 2027 bekommen.' },
    { phrase: 'sobald (es)? (ein|das|grünes)? (go|okay|ok|licht|freigabe|entscheidung) (gibt|da ist|vorliegt)', example: 'Die Schulung planen wir, sobald es ein Go gibt.' },
    { phrase: 'wenn wir sehen , wie … (läuft|laufen|gelaufen ist|funktioniert)', example: 'Die Höhe legen wir fest, wenn wir sehen, wie gut der POC läuft.' },
    { phrase: '(benennung|festlegung|entscheidung) erfolgt nach (auswertung|abschluss) (des|der) (piloten|pilots|pilotphase|tests)', example: 'Die Benennung erfolgt nach Auswertung des Pilots.' },
    { phrase: '(klären wir|besprechen wir|sehen wir|schauen wir|entscheiden wir|regeln wir) (mit|beim|zum|wenn|später|nach)', example: 'Klären wir mit der IT zum Pilotstart.' },
  ],
  fr: [
    { phrase: '(suivra|suivront|viendra) après le pilote', example: 'La conduite du changement suivra après le pilote.' },
    { phrase: "(à|a) (demander|obtenir|récupérer|collecter|réclamer) (au|à la|aux|à l'|auprès)", example: "Durée moyenne : à demander au pilotage des centres d'appels." },
    { phrase: '(à|a) (caler|ajuster|affiner|trancher|reprendre|consolider) (avec|par|au vu|selon|en fonction)', example: 'Enveloppe à caler avec la DAF au vu du bilan du pilote.' },
    {
      phrase:
        '(à|a) (définir|déterminer|confirmer|préciser|valider|arbitrer|décider|clarifier|chiffrer|arrêter|fixer|négocier|désigner|identifier|trouver|formaliser|rédiger|cadrer|nommer|étudier|consolider)',
      example: 'Budget de production à définir selon les résultats.',
    },
    { phrase: '(reste|restent|restant) à (construire|organiser|planifier|concevoir|mettre en place|écrire|bâtir|monter)', example: 'La conduite du changement reste à construire avec les RH.' },
    { phrase: 'à construire avec', example: 'Conduite du changement : à construire avec les RH.' },
    {
      phrase: "en cours (d'identification|de définition|de discussion|d'arbitrage|de validation|de chiffrage|d'étude|de désignation|de cadrage|de négociation|de recrutement|de réflexion)",
      example: "Sponsor : en cours d'identification.",
    },
    { phrase: "(lors d'une|dans une|en) (réunion|séance|instance|revue) (ultérieure|future|à venir|de suivi)", example: "Le comité en discutera lors d'une réunion ultérieure." },
    { phrase: '(dans un (second|deuxième) temps|le moment venu|en temps voulu)', example: "L'intégration au SI sera étudiée dans un second temps." },
    {
      phrase: '(dépend|dépendra|dépendent|dépendront|dépendant) (de|des|du) … (résultats|conclusions|bilan|pilote|retours|arbitrages|négociations|validation)',
      example: 'Le financement du déploiement dépendra des résultats obtenus.',
    },
    {
      phrase:
        '(pas encore|non encore|pas encore été) (arrêté|arrêtée|tranché|tranchée|validé|validée|identifié|identifiée|trouvé|trouvée|chiffré|chiffrée|budgété|budgétée|nommé|nommée|choisi|choisie|planifié|planifiée)',
      example: "Le budget n'est pas encore validé.",
    },
    {
      phrase: "(une fois|après) (le|la|les|l') … (évalué|évaluée|évalués|évaluées|analysé|analysée|analysés|terminé|terminée|dressé|connu|connus|connue)",
      example: 'Budget à arrêter une fois la campagne évaluée.',
    },
    { phrase: '(deuxième|seconde|prochaine|future) (phase|étape|vague)', example: 'Conduite du changement en deuxième phase.' },
    { phrase: '(reporté|reportée|reportés|repoussé|repoussée) (à|au|après)', example: 'Formation reportée au déploiement.' },
    { phrase: '(selon les|en fonction des|suivant les) (résultats|conclusions)', example: 'Le budget sera fixé en fonction des résultats.' },
    {
      phrase: "(plus tard|ultérieurement|en phase (2|deux)|(dans|lors d'|pour) une (phase|étape) ultérieure|à venir)",
      example: "L'exploitation sera confiée au prestataire retenu lors d'une phase ultérieure.",
    },
    { phrase: '(selon|en fonction de) (la façon dont|la manière dont|comment) … (pilote|poc|test)', example: 'Formation selon la façon dont le pilote se déroule.' },
    { phrase: '(une fois|dès que|lorsque) … (résultats|conclusions|enseignements) (connus|disponibles|seront connus|seront disponibles)', example: 'Budget fixé une fois les résultats connus.' },
    { phrase: 'selon les (enseignements|leçons|retours)', example: 'Selon les enseignements du pilote, les suites seront étudiées.' },
    {
      phrase: '(suites|prochaines étapes|étapes suivantes) … (seront|sera) (étudiées|étudiées|discutées|définies|examinées|décidées)',
      example: 'Les suites à donner seront étudiées avec la direction.',
    },
    { phrase: '(non encore|pas encore) (défini|définie|décidé|décidée|connu|connue|désigné|désignée|fixé|fixée)', example: 'Sponsor pas encore désigné.' },
    { phrase: '(point ouvert|question ouverte|en attente|encore inconnu|encore inconnue)', example: 'Sources de données : point ouvert.' },
    {
      phrase: '(sera|seront) (défini|définie|définis|décidé|décidée|décidés|fixé|fixée|désigné|désignée|précisé|précisés) (plus tard|après|ultérieurement|en fonction)',
      example: 'Le budget sera défini plus tard.',
    },
    { phrase: '(dépend|dépendra|selon) (du nombre|de la quantité|combien)', example: 'Le budget dépendra du nombre de mariages réservés pour 2027.' },
    { phrase: "dès (qu'il y aura|que nous aurons|qu'on aura) (un|le) (feu vert|go|accord)", example: "La formation sera planifiée dès qu'il y aura un feu vert." },
    { phrase: 'quand (nous verrons|on verra) (comment|si) … (fonctionne|marche|se passe)', example: 'Le montant sera fixé quand on verra comment le pilote se passe.' },
    {
      phrase: '((on voit|on en parle|on regarde) (avec|quand|plus tard)|(on verra|on en parlera|on regardera|on tranchera|on décidera) (avec|au|lors|quand|plus tard|en))',
      example: 'On voit avec la DSI au démarrage du pilote.',
    },
    { phrase: 'à voir (avec|au|lors|quand|selon|en fonction)', example: 'Responsable du flux : à voir avec la DSI.' },
  ],
  es: [
    { phrase: '(por|a) (designar|nombrar|determinar|concretar)', example: 'Patrocinador: por designar.' },
    { phrase: '(vendrá|vendrán|seguirá) (tras|después de) el piloto', example: 'La formación vendrá tras el piloto.' },
    {
      phrase: '(lo)? (decidiremos|decidirá|veremos|definiremos|acordaremos|concretaremos|cerraremos) … (cuando|una vez) (veamos|tengamos|conozcamos) (los)? (resultados|datos|conclusiones)',
      example: 'Lo decidiremos con el proveedor y con Sistemas cuando veamos los resultados del piloto.',
    },
    { phrase: '(por|a|pendiente de) (pedir|solicitar|obtener|recabar) (al|a la|a los|a las)', example: 'Línea base: por pedir al equipo de control de gestión.' },
    { phrase: '(por|a) (definir|determinar|confirmar|concretar|decidir|acordar|aclarar)', example: 'Presupuesto por definir.' },
    { phrase: '(pendiente|pendientes) (de|del|hasta)', example: 'Patrocinador pendiente de confirmar.' },
    { phrase: '(pendiente|pendientes) $', example: 'Patrocinador: pendiente.' },
    { phrase: 'sin (confirmar|definir|asignar|designar|decidir|concretar|cerrar|aprobar|determinar|presupuestar|nombrar)', example: 'Patrocinador aún sin confirmar.' },
    {
      phrase:
        '(aún|todavía) (no|por|sin) (está|están|hay|se ha|se han|tenemos)? (definido|definida|decidido|decidida|cerrado|cerrada|claro|clara|aprobado|aprobada|asignado|asignada|identificado|identificada)',
      example: 'El presupuesto todavía no está cerrado.',
    },
    {
      phrase: '(depende|dependerá|dependen|dependerán) (de|del) … (resultados|resultado|piloto|conclusiones|evaluación|negociación|negociaciones|aprobación)',
      example: 'La financiación dependerá de los resultados.',
    },
    {
      phrase: '(se abordará|se abordarán|se verá|se verán|se estudiará|se estudiarán|se analizará|se analizarán) … (más adelante|después|posteriormente|en su momento|tras el piloto|en una fase)',
      example: 'La integración con el ERP se abordará en una fase posterior.',
    },
    { phrase: 'en una (reunión|sesión|revisión) (posterior|futura|de seguimiento|aparte)', example: 'El comité lo tratará en una reunión posterior.' },
    { phrase: '(en su momento|en estudio|en discusión|en negociación) $', example: 'Los criterios de parada se acordarán con negocio en su momento.' },
    { phrase: '(según|dependiendo de|en función de) los resultados', example: 'Presupuesto según los resultados del piloto.' },
    { phrase: '(más adelante|más tarde|posteriormente|en fase (2|dos)|en la fase (2|dos)|en una fase posterior)', example: 'Integración con SAP más adelante.' },
    { phrase: '(dependiendo de|según) cómo … (piloto|poc|prueba)', example: 'Formación dependiendo de cómo vaya el piloto.' },
    { phrase: '(cuando|una vez|en cuanto) … (resultados|conclusiones) (estén disponibles|se conozcan|sean conocidos)', example: 'Presupuesto a fijar cuando los resultados estén disponibles.' },
    { phrase: '(se|será|serán) (definirá|decidirá|acordará|determinará|definido|definida|decidido|decidida) … (más adelante|después|tras el piloto)', example: 'Se definirá más adelante.' },
    { phrase: '(aún|todavía) no (definido|definida|decidido|decidida|conocido|confirmado|confirmada)', example: 'Responsable aún no definido.' },
    {
      phrase: 'se (definirá|definirán|decidirá|decidirán|acordará|acordarán|concretará|concretarán|determinará|determinarán|fijará|fijarán|estudiará|estudiarán)',
      example: 'Se definirán con el equipo de sistemas.',
    },
    {
      phrase: '(cuando|una vez|en cuanto) … (resultados|conclusiones|cifras|datos) … (estén|se conozcan|sean conocidos|lleguen|haya)',
      example: 'Se fijará cuando los resultados del piloto estén disponibles.',
    },
    { phrase: '(cuando|una vez) (estén|se conozcan|tengamos|tengan) … (resultados|conclusiones|cifras|números|datos)', example: 'Lo cerraremos cuando tengamos los números del piloto.' },
    { phrase: '(segunda|siguiente|próxima|posterior) (fase|etapa|ola)', example: 'La gestión del cambio pasa a una segunda fase.' },
    { phrase: '(se aplaza|se aplazan|aplazado|aplazada|pospuesto|pospuesta)', example: 'La formación se aplaza al despliegue.' },
    { phrase: '(depende|dependerá|según) (de)? (cuántos|cuántas|cuánto)', example: 'El presupuesto depende de cuántas bodas reservemos para 2027.' },
    { phrase: 'en cuanto (haya|tengamos) (luz verde|el visto bueno|el go|una decisión)', example: 'La formación se planificará en cuanto haya luz verde.' },
    { phrase: 'cuando veamos (cómo|qué tal) … (funciona|va|sale)', example: 'El importe lo fijamos cuando veamos qué tal va el piloto.' },
    {
      phrase:
        '((lo vemos|lo hablamos|lo miramos|lo cerramos|lo decidimos) (con|cuando|más adelante)|(lo veremos|lo hablaremos|lo miraremos|lo cerraremos|lo decidiremos) (con|cuando|más adelante|al|en))',
      example: 'Lo vemos con IT cuando arranque el piloto.',
    },
  ],
  nl: [
    { phrase: 'nog (aan te wijzen|te benoemen|te bepalen|niet benoemd)', example: 'Opdrachtgever: nog aan te wijzen.' },
    {
      phrase: '(hangt|hangen) af van de (pilotresultaten|resultaten|uitkomsten|uitkomst)|nog te meten|(stellen|leggen) we … vast na (de|het) (pilot|proef|poc)',
      example: 'Hoogte en dekking stellen we vast na de pilot.',
    },
    { phrase: '(bekijken|bepalen|beslissen|regelen|bespreken) (we)? na (de|het) (pilot|proef|poc)', example: 'Wie het model straks beheert, bekijken we na de pilot samen met de leverancier.' },
    {
      phrase: 'zodra (duidelijk|bekend) is (of|wat|hoe)|(volgt|volgen|komt|komen) na de (pilot|proef|poc)',
      example: 'Training van de ovenisten pakken we op zodra duidelijk is of het iets oplevert.',
    },
    { phrase: '(nog)? (op te vragen|na te vragen|aan te vragen) (bij)?', example: 'Nulmeting: nog op te vragen bij de afdeling rapportage.' },
    {
      phrase: '(wordt|worden|zal|zullen) (nog)? nader (worden)? (bepaald|uitgewerkt|ingevuld|vastgesteld|afgestemd|gedefinieerd)',
      example: 'De stopcriteria worden nader bepaald na de eerste evaluatie.',
    },
    { phrase: '(wordt|worden) (uitgewerkt|bepaald|vastgesteld|ingevuld|geregeld|uitgewerkt) (zodra|wanneer|als|na)', example: 'Wordt uitgewerkt zodra duidelijk is welke teams ermee gaan werken.' },
    { phrase: '(nog te|nader te) (bepalen|beslissen|definiëren|bevestigen|benoemen|regelen)', example: 'Budget nog te bepalen.' },
    { phrase: '(n.t.b.|ntb|n.n.b.|nnb)', example: 'Sponsor: n.t.b.' },
    { phrase: 'afhankelijk van … (uitkomst|uitkomsten|resultaten|resultaat)', example: 'Budget afhankelijk van de resultaten.' },
    { phrase: '(later|achteraf) $', example: 'Opleiding volgt later.' },
    { phrase: '(op een later moment|in fase (2|twee)|in een latere fase)', example: 'Koppeling met SAP in fase 2.' },
    { phrase: 'zodra … (resultaten|uitkomsten) (bekend|binnen|beschikbaar) (zijn)?', example: 'Budget vaststellen zodra de resultaten bekend zijn.' },
    { phrase: '(nog (open|onbekend|onduidelijk|niet bekend|niet bepaald|niet besloten)|open punt)', example: 'Beheer: nog open.' },
    {
      phrase: '(wordt|worden) … (later|na de pilot|na de poc|achteraf) … (bepaald|besloten|vastgesteld|benoemd|geregeld|uitgewerkt|ingevuld)',
      example: 'Wordt later samen met de praktijkmanagers uitgewerkt.',
    },
    { phrase: 'afhankelijk van hoe', example: 'Opleiding afhankelijk van hoe de pilot verloopt.' },
    { phrase: '(tweede|volgende|latere) (fase|stap|golf)', example: 'Opleiding in de tweede fase.' },
    { phrase: '(uitgesteld|doorgeschoven) (tot|naar)', example: 'Verandermanagement uitgesteld tot de uitrol.' },
    {
      phrase: '(nader|nog) (uit te werken|in te vullen|af te stemmen|te vinden|te benoemen|te bespreken|te kiezen|te regelen|te bepalen|te beslissen)',
      example: 'Verandermanagement: nader uit te werken met HR.',
    },
    {
      phrase: '(moet|moeten|wordt|worden) nog … (gevonden|bepaald|besloten|vastgesteld|benoemd|geregeld|uitgewerkt|ingevuld|afgestemd|gezocht|aangewezen|gekozen|geselecteerd|begroot|onderhandeld)',
      example: 'Een sponsor moet nog worden gevonden.',
    },
    { phrase: '(hangt|hangen) … af van … (uitkomst|uitkomsten|resultaten|resultaat|pilot|evaluatie|onderhandelingen|goedkeuring)', example: 'Financiering van de uitrol hangt af van de uitkomsten.' },
    { phrase: '(in overleg|in onderzoek|wordt onderzocht|te zijner tijd) $', example: 'Beheer: in overleg.' },
    { phrase: 'in een (volgend|later|nader|apart|vervolg) (overleg|gesprek|sessie|stuurgroepoverleg)', example: 'Het MT bespreekt in een volgend overleg of de score breder wordt ingezet.' },
    { phrase: '(te zijner tijd|buiten (de)? scope van de (poc|pilot))', example: 'Beheer valt buiten scope van de POC en wordt te zijner tijd belegd.' },
    { phrase: '(hangt af van|afhankelijk van) hoeveel', example: 'Het budget hangt af van hoeveel bruiloften we voor 2027 boeken.' },
    { phrase: 'zodra er (een)? (go|akkoord|besluit|groen licht|definitief besluit) is', example: 'De training plannen we samen met crewing zodra er een go is.' },
    { phrase: 'als we zien hoe (goed)? … (loopt|werkt|verloopt)', example: 'Het bedrag bepalen we als we zien hoe goed de pilot loopt.' },
    { phrase: '(bedrag|hoogte) volgt (uit|na)', example: 'Uit het marketingbudget Loyalty 2027, bedrag volgt uit de business case.' },
    { phrase: '(bekijken we|zien we|regelen we|beslissen we|bespreken we) (met|wanneer|later)', example: 'Dat bekijken we met IT bij de start van de pilot.' },
  ],
});

/**
 * A verb that leaves something to be settled later ("will be sized", "seront
 * arrêtés", "cerraremos"). Alone it is only the future: with a point after the
 * results in the same sentence (AFTER_THE_RESULTS) it defers. "Decide" is not
 * among them: "after the pilot the board decides: roll out if ..." commits.
 */
export const SETTLED_LATER = lexicon('settled-later', {
  en: [
    { phrase: "(will|we'll|shall) sort out", example: 'We will sort out training and the new shift pattern once we have seen the pilot results.' },
    { phrase: '(follows|will follow|will come) from the (scoping|study|assessment|analysis|business case)', example: 'The estimate follows from the scoping after the POC.' },
    {
      phrase:
        '(will|shall) (be)? (agreed|agree|defined|define|determined|determine|settled|settle|assigned|assign|allocated|allocate|resolved|resolve|sized|size|worked out|work out|set|fixed|fix|confirmed|confirm|clarified|clarify|finalised|finalized|finalise|finalize|discussed|discuss|planned|plan|drawn up|draw up|developed|designed|costed|estimated|scoped|scope|nominated|nominate|appointed|appoint|named|identified|chosen|selected|mapped|written|agreed on)',
      example: 'The year-two uplift will be sized once we know the licence model.',
    },
    {
      phrase:
        "(we will|we'll|we shall|we plan to|we expect to|we intend to) (agree|define|work out|settle|size|set|fix|confirm|clarify|finalise|finalize|plan|scope|look at|revisit|nominate|appoint|name|find|identify|choose|select|pick|map|assess)",
      example: 'On a licence basis we will agree with the CFO once the pilot has reported.',
    },
  ],
  de: [
    { phrase: '(ergibt sich|ergeben sich) aus (dem|der|den)', example: 'Die Schätzung ergibt sich aus der Feinplanung nach dem Pilot.' },
    {
      phrase:
        '(wird|werden) … (festgelegt|definiert|geklärt|bestimmt|vereinbart|abgestimmt|erarbeitet|ausgearbeitet|konzipiert|entwickelt|geplant|beziffert|kalkuliert|festgesetzt|zugeordnet|verortet|entschieden|erstellt|benannt|gesucht|ausgewählt)',
      example: 'Das Kommunikationskonzept wird nach Auswertung des Piloten erarbeitet.',
    },
    { phrase: '(legen|klären|erarbeiten|vereinbaren|bestimmen|stimmen|planen|verhandeln|regeln|besprechen|definieren) wir', example: 'Die Schulung planen wir nach dem Piloten.' },
    // German puts the verb last in a subordinate clause ("…, die wir erst festlegen, wenn …", "…, die erst nach dem Pilot geklärt werden").
    {
      phrase:
        '(festlegen|festgelegt|klären|geklärt|verhandeln|verhandelt|abstimmen|abgestimmt|vereinbaren|vereinbart|definieren|definiert|erarbeiten|erarbeitet|ausarbeiten|ausgearbeitet|benennen|benannt|regeln|geregelt|besprechen|besprochen|beziffern|beziffert)',
      example: 'Schulungen, deren Umfang wir erst festlegen, wenn die Rückmeldungen ausgewertet sind.',
    },
    { phrase: '(wird|werden) … (beantragt|eingeplant|bereitgestellt|freigegeben|bewilligt)', example: 'Die Mittel für den Rollout werden nach Auswertung des Piloten im Verwaltungsrat beantragt.' },
  ],
  fr: [
    { phrase: '(découlera|découleront|découle|découlent|résultera|résulteront) (de|du|des)', example: "L'estimation découlera du cadrage après le pilote." },
    {
      phrase: '(chiffrera|chiffreront|définira|définiront|fixera|fixeront|arrêtera|arrêteront|précisera|préciseront|arbitrera|arbitreront|validera|valideront|désignera|désigneront)',
      example: "Un montant que la direction financière ne chiffrera qu'après le bilan.",
    },
    {
      phrase:
        '(sera|seront) (arrêté|arrêtés|arrêtée|arrêtées|défini|définis|définie|définies|fixé|fixés|fixée|fixées|précisé|précisés|précisée|précisées|établi|établis|établie|établies|élaboré|élaborés|élaborée|élaborées|chiffré|chiffrés|chiffrée|chiffrées|étudié|étudiés|étudiée|étudiées|discuté|discutés|discutée|discutées|arbitré|arbitrés|arbitrée|arbitrées|négocié|négociés|négociée|négociées|construit|construits|construite|construites|organisé|organisés|organisée|organisées|calé|calés|calée|calées|désigné|désignée|désignés|nommé|nommée|identifié|identifiée)',
      example: "Le format et le calendrier seront arrêtés à l'issue du pilote.",
    },
    {
      phrase:
        '(étant|restant|reste|restent|sera|seront) (à)? (arrêté|arrêtée|arrêtés|arrêter|défini|définie|définis|définir|fixé|fixée|fixés|fixer|déterminé|déterminée|déterminer|décidé|décidée|décider)',
      example: 'Le montant définitif étant arrêté au vu du bilan du pilote.',
    },
    {
      phrase: '(nous|on) (définirons|définira|fixerons|fixera|arrêterons|arrêtera|verrons|verra|étudierons|étudiera|préciserons|précisera|organiserons|organisera|calerons|calera)',
      example: 'Nous fixerons le budget une fois le bilan du pilote dressé.',
    },
  ],
  es: [
    { phrase: '(saldrá|saldrán|resultará|resultarán|se derivará|se derivarán) (de|del)', example: 'La estimación saldrá del análisis tras el piloto.' },
    {
      phrase: '(ajustará|ajustarán|revisará|revisarán|recalculará|recalcularán|concretará|concretarán)',
      example: 'La cifra definitiva se ajustará con Hacienda a la vista de lo que arroje el piloto.',
    },
    {
      phrase:
        '(definirá|definirán|acordará|acordarán|fijará|fijarán|concretará|concretarán|cerrará|cerrarán|estudiará|estudiarán|determinará|determinarán|establecerá|establecerán|diseñará|diseñarán|planificará|planificarán|designará|designarán|nombrará|nombrarán|abordará|abordarán)',
      example: 'El presupuesto se fijará tras el piloto.',
    },
    {
      phrase: '(cerraremos|definiremos|acordaremos|fijaremos|concretaremos|veremos|estudiaremos|determinaremos|estableceremos|diseñaremos|planificaremos|lo vemos)',
      example: 'Lo cerraremos con Operaciones cuando veamos cuántas alertas genera.',
    },
    {
      phrase: '(será|serán) (definido|definida|definidos|definidas|acordado|acordada|acordados|fijado|fijada|fijados|cerrado|cerrada|concretado|concretada|establecido|establecida)',
      example: 'El formato será definido tras el piloto.',
    },
  ],
  nl: [
    { phrase: '(uitwerking|invulling|uit te werken)', example: 'Fase 2: uitwerking nadat de pilot is geëvalueerd.' },
    { phrase: '(volgt|volgen|zal volgen) uit (de|het)', example: 'Volgt uit de scoping na de POC.' },
    {
      phrase:
        '(wordt|worden|zal|zullen) … (bepaald|vastgesteld|afgestemd|uitgewerkt|ingevuld|geregeld|gedefinieerd|opgesteld|begroot|bekeken|besproken|uitgezocht|belegd|toegewezen|beslist|besloten|aangewezen|benoemd|gekozen)',
      example: 'Het budget wordt na de pilot met financiën vastgesteld.',
    },
    { phrase: '(nemen|bepalen|regelen|stemmen|werken) we', example: 'Het besluit nemen we nadat de resultaten zijn besproken.' },
  ],
});

/** A point after the results: with a SETTLED_LATER verb in the same sentence, the answer waits for the POC. */
export const AFTER_THE_RESULTS = lexicon('after-the-results', {
  en: [
    { phrase: 'after the (first|interim|initial|mid-pilot) (evaluation|review|assessment|readout)', example: 'The stop criteria will be defined after the first evaluation.' },
    { phrase: '(after|following) (a|the) (successful|positive) (poc|pilot|trial|test)', example: 'The sponsor will be named after a successful pilot.' },
    { phrase: '(based on|in light of|from) the … (measured|observed|seen) (in|during) the (pilot|poc|trial)', example: 'Running costs will be set based on the volumes measured in the pilot.' },
    {
      phrase: '(after|once|when|following|at the end of|in light of) (the)? (pilot|poc|trial|results|outcome|evaluation|findings|campaign)',
      example: 'We will agree the scope once the pilot has reported.',
    },
    { phrase: '(once|when|after) we (know|have|see|understand|learn)', example: 'The uplift will be sized once we know the licence model.' },
    {
      phrase: '(if|once|when) the (pilot|poc|trial|model|solution|tool) (goes well|succeeds|is successful|works|has proven|proves|is positive|has been successful)',
      example: 'We will nominate someone from IT operations if the pilot goes well.',
    },
    { phrase: 'after the first (week|weeks|month|months|sprint|sprints|wave|phase)', example: 'Kill criteria will be set together with the business after the first month.' },
  ],
  de: [
    { phrase: 'nach der (ersten)? (auswertung|*auswertung|evaluation|evaluierung|bewertung|zwischenauswertung)', example: 'Die Abbruchkriterien werden nach der ersten Auswertung festgelegt.' },
    {
      phrase: 'nach (erfolgreichem|positivem|einem erfolgreichen|einem positiven|dem erfolgreichen) (poc|pilot|piloten|pilotbetrieb|test|abschluss)',
      example: 'Wird nach erfolgreichem POC durch die Geschäftsführung benannt.',
    },
    { phrase: 'im anschluss an (die|den|das) (pilot*|auswertung*|evaluation*|erprobung*|testphase)', example: 'Schulungen, deren Umfang wir im Anschluss an die Pilotauswertung festlegen.' },
    { phrase: 'anhand (der|des) … (pilot*|ergebnis*|gemessen*)', example: 'Die Betriebskosten wird der Vorstand anhand der im Pilot gemessenen Volumina festlegen.' },
    {
      phrase: 'nach (auswertung|abschluss|ende|vorliegen|bewertung|prüfung) (des|der) (piloten|pilots|pilotphase|poc|ergebnisse|tests|erprobung)',
      example: 'Wird nach Auswertung des Piloten erarbeitet.',
    },
    { phrase: '(nach dem|im anschluss an den|am ende des) (pilot|piloten|pilots|poc|test|tests)', example: 'Die Schulung planen wir nach dem Piloten.' },
    {
      phrase: '(wenn|falls|sobald) (der|die|das) (pilot|piloten|poc|test|lösung|modell) (erfolgreich|positiv|gut) … (ist|verläuft|läuft|war)',
      example: 'Ein Betreiber wird benannt, wenn der Pilot erfolgreich ist.',
    },
    { phrase: 'sobald (wir)? … (wissen|vorliegen|bekannt|feststeht|feststehen|kennen)', example: 'Das Budget wird festgelegt, sobald wir die Lizenzkosten kennen.' },
    {
      phrase: '(wenn|nachdem|falls) (der|die|das|wir) … (abgeschlossen|ausgewertet|beendet|vorbei|bewertet|vorliegen|vorliegt|feststehen|feststeht|bekannt|kennen|wissen)',
      example: 'Umfang und SLA verhandeln wir, wenn der Pilot abgeschlossen ist.',
    },
    { phrase: 'erst (nach|wenn|sobald|im anschluss|am ende|nachdem)', example: 'Rufbereitschaft wird erst nach dem Pilot mit dem Betriebsrat geklärt.' },
    { phrase: 'sobald (der|die|das) (pilot|poc|test|erprobung) (durch|vorbei|abgeschlossen|beendet|ausgewertet) ist', example: 'Das klären wir mit der IT, sobald der Pilot durch ist.' },
  ],
  fr: [
    {
      phrase: "(après la première (évaluation|revue|analyse)|après la revue intermédiaire|après l'évaluation intermédiaire|après l'analyse intermédiaire)",
      example: "Les critères d'arrêt seront fixés après la première évaluation.",
    },
    { phrase: "(après (un|le)|à l'issue d'un|à l'issue du) (poc|pilote|test) (réussi|concluant|positif)", example: 'Le sponsor sera désigné après un pilote concluant.' },
    {
      phrase: "(qu'après|qu'à l'issue|qu'une fois|que lorsque|qu'au vu) (avoir|le|la|les|l'|du|des|de|pris)?",
      example: "Un montant que la direction financière ne chiffrera qu'après avoir pris connaissance du bilan du pilote.",
    },
    {
      phrase: "(à l'issue|au terme|à la fin|après|au vu|à la lumière|en fin) (du|de la|des|de l') (pilote|poc|test|expérimentation|résultats|bilan|campagne|évaluation)",
      example: "Seront arrêtés à l'issue du pilote.",
    },
    {
      phrase: "(une fois|dès que|quand|lorsque) (le|la|les|l'|nous|on) … (pilote|poc|bilan|résultats|saurons|aurons|verrons|connaîtrons)",
      example: 'Nous fixerons le budget une fois le bilan du pilote dressé.',
    },
    {
      phrase: '(si|lorsque|quand|une fois que) le (pilote|poc|test) (est concluant|est positif|réussit|a fait ses preuves|fonctionne)',
      example: 'Un responsable sera désigné si le pilote est concluant.',
    },
  ],
  es: [
    {
      phrase: '((tras|después de) la primera (evaluación|revisión)|(tras|después de) la (evaluación|revisión) intermedia)',
      example: 'Los criterios de parada se definirán tras la primera evaluación.',
    },
    { phrase: '(tras|después de) (un|el) (poc|piloto|test|ensayo) (exitoso|con éxito|positivo|satisfactorio)', example: 'El patrocinador se nombrará tras un piloto exitoso.' },
    { phrase: 'a la vista de lo que (arroje|dé|muestre|salga|den|muestren)', example: 'La cifra se ajustará a la vista de lo que arroje el piloto.' },
    {
      phrase: '(una vez|tras) (cerrada|cerrado|terminada|terminado|finalizada|finalizado|concluida|concluido) (la|el) (fase|piloto|prueba|poc)',
      example: 'Que el comité fijará una vez cerrada la fase piloto.',
    },
    { phrase: '(no|hasta) … (hasta que|hasta después|hasta el final|hasta conocer|hasta ver)', example: 'El importe no se fijará hasta conocer el balance del piloto.' },
    { phrase: '(si|cuando|una vez que) el (piloto|poc) (sale bien|funciona|tiene éxito|es positivo|es un éxito)', example: 'Se designará un responsable si el piloto sale bien.' },
    { phrase: '(tras|después de|al final de|al terminar|a la vista de|al cierre de) (el|la|los|las)? (piloto|poc|prueba|resultados|evaluación)', example: 'El presupuesto se fijará tras el piloto.' },
    { phrase: '(cuando|una vez que|en cuanto) (veamos|sepamos|tengamos|conozcamos|termine|acabe|finalice|se conozca|se conozcan)', example: 'Lo cerraremos cuando veamos cuántas alertas genera.' },
  ],
  nl: [
    {
      phrase: 'nadat (de|het) (pilot|poc|proef|evaluatie) (is|zijn)? (geëvalueerd|afgerond|beoordeeld|voorbij|afgelopen)',
      example: 'Uitwerking samen met het opleidingsbureau nadat de pilot is geëvalueerd.',
    },
    { phrase: 'na de (eerste|tussentijdse|eerste tussentijdse)? evaluatie', example: 'De criteria worden vastgesteld na de eerste evaluatie.' },
    { phrase: 'na (een|de) (succesvolle|geslaagde|positieve) (poc|pilot|proef|test)', example: 'De sponsor wordt benoemd na een succesvolle pilot.' },
    { phrase: 'pas (na|nadat|als|wanneer|zodra|bij)', example: 'Het budget wordt pas na de evaluatie bepaald.' },
    {
      phrase: '(na|aan het eind van|na afloop van|na afronding van|naar aanleiding van) (de|het) (pilot|poc|proef|test|resultaten|evaluatie|uitkomsten)',
      example: 'Het budget wordt na de pilot vastgesteld.',
    },
    { phrase: '(nadat|zodra|wanneer) … (besproken|bekend|geëvalueerd|afgerond|beschikbaar|binnen|weten)', example: 'Het besluit nemen we nadat de resultaten zijn besproken.' },
    { phrase: '(als|indien|zodra) de (pilot|poc|proef) (slaagt|succesvol is|goed verloopt|positief is)', example: 'Een beheerder wordt aangewezen als de pilot slaagt.' },
  ],
});

/**
 * What goes on after the POC rather than waiting for it ("kept afterwards",
 * "weiter betrieben"): a deferral word inside it does not defer.
 */
export const CONTINUES_AFTER = lexicon('continues-after', {
  en: [
    { phrase: '(kept|maintained|retained|run|operated|used|continues|continue|stays|remains|supported) (afterwards|later|after the (poc|pilot))', example: 'Built in weeks 1-2 and kept afterwards.' },
  ],
  de: [{ phrase: '(danach|später|nach dem (pilot|piloten|poc)) (weiter|weiterhin) (betrieben|genutzt|gepflegt)', example: 'Die Strecke wird danach weiter betrieben.' }],
  fr: [
    {
      phrase: '(conservé|conservée|conservés|maintenu|maintenue|maintenus|exploité|exploitée) (ensuite|après|par la suite|au-delà du pilote)',
      example: 'Le flux est construit pendant le POC et conservé ensuite.',
    },
  ],
  es: [{ phrase: '(se mantiene|se conserva|sigue) (después|luego|tras el piloto)', example: 'El flujo se construye en el POC y se mantiene después.' }],
  nl: [{ phrase: '(blijft|blijven) (daarna|later|na de pilot) (bestaan|draaien|in gebruik)', example: 'De koppeling blijft daarna draaien.' }],
});

/** Words that look like a deferral and are not: a later step of the rollout itself, a slope ("la pendiente de la curva"). */
export const NOT_A_DEFERRAL = lexicon('not-a-deferral', {
  en: [
    { phrase: '(read|pulled|fetched|taken|exported|reported) from … later', example: 'Billing reports read from PilotDesk later, no new link needed.' },
    { phrase: '(unassigned|unanswered|unhandled) (for|after) (more than|over)', example: 'We stop if an urgent claim stays unassigned for more than 2 hours.' },
    {
      phrase: '(no later than|not later than|at the latest|(a|one|two|three|four|five|ten|fifteen|1|2|3|4|5|7|10|14|15|24|48) (minutes|hours|days|weeks|months|day|hour|week|month) later)',
      example: 'The planner restores the standard grid no later than the day before.',
    },
    {
      phrase: 'not a (number|threshold|criterion|limit|figure) … (renegotiate|revisit|reconsider|rediscuss|revise|renegotiated|revisited|reconsidered|move|change)',
      example: 'It is not a threshold that will be reconsidered later.',
    },
    {
      phrase: 'not a (number|threshold|criterion|limit|figure) (we|to be|to) (renegotiate|revisit|reconsider|rediscuss|revise|renegotiated|revisited|reconsidered) (later|afterwards|at the end)?',
      example: 'This is not a number we renegotiate later.',
    },
    { phrase: 'not (to be|up for) (revisited|reopened|renegotiated|rediscussed|discussed|debated)', example: 'A threshold agreed with the Claims Director now, not to be revisited at the end.' },
    { phrase: '(phase|stage|wave) (2|two|ii|3|three) of the (rollout|roll-out|deployment|implementation|go-live)', example: 'The second site follows in phase 2 of the rollout.' },
    {
      phrase: '(already|has already|have already) (committed|approved|signed off|secured|allocated|validated|funded) … (phase 2|phase two)',
      example: 'The director has already committed the Phase 2 rollout budget.',
    },
    { phrase: '(and|then|plus) , later ,', example: 'PMS read; flags into the stewardship dashboard and, later, a prompt in the PMS at the point of dispensing.' },
    { phrase: '(postponed|deferred|pushed back) (because of|due to)', example: 'Stop if more than 15% of appointments are postponed because of the new schedule.' },
  ],
  de: [
    { phrase: '(*job|*lauf|*schritt|*export|*import|*abgleich) danach', example: 'Nächtliche Replikation nach Snowflake, Feature-Job danach.' },
    {
      phrase: '((einen|eine|zwei|drei|vier|fünf|zehn|1|2|3|4|5|7|10|14|24|48) (minuten|stunden|tage|tag|wochen|woche|monate|monat) später)',
      example: 'Der Rückruf erfolgt zwei Stunden später durch die Pflegekraft.',
    },
    { phrase: 'nicht erst (nach|wenn|sobald|am ende)', example: 'Das wird nicht erst nach der Auswertung am Ende festgelegt, sondern gilt ab Woche 1.' },
    {
      phrase: '(kein|keine) (schwellenwert|wert|kriterium|grenze|zahl) , (den|das|die) (wir)? (später|danach|am ende)? (neu verhandeln|nachverhandeln|überdenken|neu diskutieren)',
      example: 'Das ist kein Schwellenwert, den wir später neu verhandeln.',
    },
    { phrase: 'nicht (neu|erneut|nochmals)? (zu verhandeln|zu diskutieren|verhandelbar|zu klären)', example: 'Die Schwelle ist jetzt vereinbart und nicht erneut zu verhandeln.' },
    { phrase: '(phase|stufe|welle) (2|zwei|ii|3|drei) (der|des) (einführung|rollouts|ausrollens|umsetzung)', example: 'Der zweite Standort folgt in Phase 2 der Einführung.' },
    { phrase: '(und|dann) , später ,', example: 'Lesen aus dem PVS, Hinweise ins Dashboard und, später, ein Hinweis direkt im PVS.' },
    { phrase: '(danach|später) als', example: 'Abzug per SQL-Export durch das DWH-Team, danach als Parquet in die Analytics-Sandbox.' },
  ],
  fr: [
    {
      phrase: '(au plus tard|(un|deux|trois|quatre|cinq|dix|quinze|1|2|3|4|5|7|10|14|15|24|48) (minutes|heures|jours|semaines|mois|jour|heure|semaine) plus tard)',
      example: 'La chargée de planification rétablit la grille standard au plus tard la veille à 14 h.',
    },
    { phrase: '(mise|mis|mises|placé|placée|placés|placées) en attente (au|dans|sur|à)', example: 'La bobine est mise en attente au parc de contrôle.' },
    {
      phrase:
        'pas (un|une) (seuil|critère|limite|valeur|chiffre) … (rediscuter|revoir|renégocier|rediscuté|revu|renégocié|rediscutera|reverra|renégociera|rediscuterons|reverrons|renégocierons) (plus tard|ensuite|à la fin|une fois les résultats connus|au vu des résultats)?',
      example: "Ce n'est pas un seuil que l'on rediscutera plus tard.",
    },
    { phrase: 'pas … à (rediscuter|revoir|renégocier|rouvrir)', example: "Il ne s'agit pas d'un seuil à rediscuter en comité." },
    { phrase: '(phase|étape|vague) (2|deux|3|trois) du (déploiement|lancement)', example: 'Le second site suit en phase 2 du déploiement.' },
    { phrase: 'déjà (validé|approuvé|engagé|voté|financé) … (phase 2|phase deux)', example: 'Elle a déjà validé le financement de la phase 2.' },
    { phrase: '(et|puis) , plus tard ,', example: 'Lecture du logiciel de gestion, alertes dans le tableau de bord et, plus tard, une invite dans le logiciel.' },
    {
      phrase: "(reporté|reportée|reportés|reportées|repoussé|repoussée|repoussés|repoussées) à cause (du|de la|des|de l')",
      example: 'On arrête si plus de 15 % des rendez-vous de pose sont reportés à cause du nouveau planning.',
    },
  ],
  es: [
    { phrase: 'sin (asignar|atender|responder|revisar|tramitar) (más de|durante|por más de|en más de)', example: 'Paramos si algún parte urgente se queda sin asignar más de 2 horas.' },
    {
      phrase: '(a más tardar|como muy tarde|(un|una|dos|tres|cuatro|cinco|diez|quince|1|2|3|4|5|7|10|14|15|24|48) (minutos|horas|días|semanas|meses|día|hora|semana) (más tarde|después))',
      example: 'La coordinadora restablece el cuadrante a más tardar el día anterior.',
    },
    {
      phrase: 'no (es|se trata de) (un|una) (umbral|criterio|límite|valor|cifra) … (reconsiderar|revisar|renegociar|discutir|rediscutir) (más adelante|después|luego|al final)?',
      example: 'No se trata de un umbral que se vaya a reconsiderar más adelante.',
    },
    { phrase: '(bandeja|cola|lista|buzón) de (avisos|solicitudes|casos|peticiones|tareas)? pendientes', example: 'La solicitud vuelve a la bandeja de pendientes del técnico.' },
    {
      phrase: 'no es (un|una) (umbral|criterio|límite|valor|cifra) (para|a|que) (reconsiderar|revisar|renegociar|discutir|rediscutir) (más adelante|después|luego|al final)?',
      example: 'No es un umbral para reconsiderar más adelante.',
    },
    { phrase: 'no (se)? (revisará|renegociará|reabrirá|volverá a discutir)', example: 'El umbral se fija ahora y no se revisará al final.' },
    { phrase: '(fase|etapa|ola) (2|dos|3|tres) (del|de la) (despliegue|implantación|lanzamiento)', example: 'La segunda planta entra en la fase 2 del despliegue.' },
    { phrase: '(la|una|esa|cuya|de la) pendiente', example: 'Si la pendiente de la curva se sale del margen, pasa a manual.' },
    { phrase: '(y|luego) , más adelante ,', example: 'Lectura del sistema de gestión, avisos en el panel y, más adelante, un aviso en el propio sistema.' },
  ],
  nl: [
    { phrase: '((een|één|twee|drie|vier|vijf|tien|1|2|3|4|5|7|10|14|24|48) (minuten|uur|dagen|dag|weken|week|maanden|maand) later)', example: 'De planner belt de klant twee dagen later terug.' },
    { phrase: '(tweede|derde|volgende) (stap|fase) van de (uitrol|invoering|implementatie)', example: 'De tweede stap van de uitrol (posten buiten de regio) krijgt een eigen plan en budget.' },
    {
      phrase: 'geen (drempel|grens|criterium|getal) (die|dat|om) (we)? (later|achteraf)? (heronderhandelen|heroverwegen|opnieuw bespreken|bijstellen)',
      example: 'Dit is geen drempel die we later heronderhandelen.',
    },
    { phrase: 'niet (opnieuw)? (ter discussie|te heronderhandelen|te herzien)', example: 'De drempel staat nu vast en komt niet opnieuw ter discussie.' },
    { phrase: '(fase|stap|golf) (2|twee|3|drie) van de (uitrol|invoering|implementatie)', example: 'De tweede vestiging volgt in fase 2 van de uitrol.' },
    { phrase: '(en|daarna) , later ,', example: 'Lezen uit het praktijksysteem, meldingen in het dashboard en, later, een melding in het systeem zelf.' },
  ],
});

/**
 * The words in `text` that defer it, or undefined: a deferral phrase (not
 * inside something that goes on after the POC), a verb that settles later
 * beside a point after the results in one sentence, or a question.
 */
export function deferralIn(text: string): string | undefined {
  // Words that go on after the pilot, and words in quotes: a queue called « à rédiger » or a status "pending" is a name, not a deferral.
  const continuing = [...CONTINUES_AFTER.matches(text), ...NOT_A_DEFERRAL.matches(text), ...quotedNames(text)];
  const inside = (m: Span) => continuing.some((c) => covers(c, m));
  // "This is not a number we renegotiate later", "no es un umbral para reconsiderar más adelante": a negated deferral defers nothing.
  const found = DEFERRAL.matches(text).find((m) => !inside(m) && !negated(text, m));
  if (found) return found.text;
  // "wordt de vacature ... niet ingevuld": the verb itself negated is a commitment, not a question left open.
  const verbNegated = (m: Span) => {
    const words = m.text.split(/\s+/);
    return words.length > 1 && isNegation(words[words.length - 2]);
  };
  // Read as far as the lexicons read, so a huge value costs no more than a long one.
  for (const sentence of text.slice(0, 4000).split(SENTENCE_END)) {
    const settled = SETTLED_LATER.matches(sentence).find((m) => !negated(sentence, m) && !verbNegated(m))?.text;
    // "nicht erst nach der Auswertung zu verhandeln" says the opposite.
    const after = settled && AFTER_THE_RESULTS.matches(sentence).find((m) => !negated(sentence, m))?.text;
    if (settled && after) return `${settled} … ${after}`;
  }
  const t = text.trim();
  if (t.endsWith('?')) {
    const question = t.split(/(?<=[.!;])\s+/).pop() ?? t;
    return question.length > 60 ? '…' + question.slice(-59) : question;
  }
  return undefined;
}

type Span = { index: number; text: string };

/** Whether `c` covers `m`: they overlap, or `m` follows right after it ("not a threshold we intend to renegotiate | once the results are in"). */
const covers = (c: Span, m: Span) => m.index <= c.index + c.text.length + 2 && c.index <= m.index + m.text.length;

/** A short span in quotation marks inside a value (« … », “ … ”, „ … “, " … "): the name of a queue, a status, a form. */
const QUOTED = /«[^»\n]{1,60}»|“[^”\n]{1,60}”|„[^“”\n]{1,60}[“”]|"[^"\n]{1,60}"/g;

function quotedNames(text: string): Span[] {
  return [...text.slice(0, 4000).matchAll(QUOTED)].map((m) => ({ index: m.index ?? 0, text: m[0] }));
}

/**
 * An answer to one of the three questions that pushes it out of the POC:
 * "tested later", "in a later phase", "after the pilot". "Later" and "in
 * production" alone are ordinary words ("the agents who later process it",
 * "measured in production systems"): they count after a verb of answering
 * that ends the clause, or as the whole answer (QUESTION_DEFERRED_WHOLE).
 */
export const QUESTION_DEFERRAL = lexicon('question-deferral', {
  en: [
    { phrase: 'after (the|this)? poc', example: 'Volumes will be looked at after the POC.' },
    { phrase: 'post-poc', example: 'Post-POC.' },
    { phrase: 'out of (the)? scope', example: 'Cost is out of scope.' },
    { phrase: '(not (in|part of|covered in|covered by) (the|this)? poc|outside (the|this)? poc)', example: 'Latency is not part of the POC.' },
    { phrase: '(in|for|until|to) (a|the)? (later|next|future|second|subsequent) (phase|stage|iteration|release)', example: 'Adoption will be checked in a later phase.' },
    { phrase: '(in|for|until|to) phase (2|two|ii)', example: 'Integration in phase 2.' },
    { phrase: '(future work|tbd later)', example: 'Future work.' },
    { phrase: '(deferred|postponed) $', example: 'Cost per item: deferred.' },
    { phrase: '(deferred|postponed) (to|until) (the)? (rollout|roll-out|next phase|production|go-live|launch|phase 2|later)', example: 'Postponed until the rollout.' },
    {
      phrase:
        '(answered|tested|checked|assessed|addressed|handled|looked at|dealt with|covered|evaluated|validated|verified|revisited|decided|determined|worked out|figured out) (only)? (later|later on|in production|after (the|this)? (poc|pilot|go-live|rollout|launch)) $',
      example: 'Peak load will be tested later.',
    },
    {
      phrase:
        "(to be|will|will be|shall|can|we'll|we’ll|it'll|it’ll|they'll|they’ll) (see|decide|decided|determine|determined|figure|figured|work|worked|sort|sorted|look|looked|revisit|revisited) … later (on)? $",
      example: "We'll figure out the volumes later.",
    },
    { phrase: '(details|answer|plan|specifics|more) to follow', example: 'Details to follow.' },
  ],
  de: [
    {
      phrase: '(im anschluss an den (piloten|pilot|poc)|(gesondert|separat) (untersucht|geprüft|betrachtet|bewertet))',
      example: 'Kosten und Antwortzeiten werden im Anschluss an den Piloten gesondert untersucht.',
    },
    {
      phrase: '(in|für) (einer|eine|die|der)? (späteren|spätere|nächsten|nächste|zweiten|zweite|folgenden|weiteren) (phase|stufe|ausbaustufe|iteration)',
      example: 'Die Last wird in einer späteren Phase geprüft.',
    },
    { phrase: 'nach dem (poc|pilot|piloten|go-live|rollout)', example: 'Die Kosten betrachten wir nach dem Piloten.' },
    { phrase: '(außerhalb des|nicht teil des|nicht bestandteil des) (poc|piloten|pilots)', example: 'Die Latenz ist nicht Teil des POC.' },
    { phrase: '(erst)? im (produktivbetrieb|echtbetrieb|regelbetrieb) (geprüft|getestet|bewertet|untersucht|betrachtet|gemessen)', example: 'Das Volumen wird erst im Produktivbetrieb geprüft.' },
    { phrase: '(wird|werden) (später|erst später|danach) (geprüft|getestet|bewertet|untersucht|betrachtet|gemessen)', example: 'Die Akzeptanz wird später geprüft.' },
  ],
  fr: [
    { phrase: "(dans|lors d'|pour|en) (une)? (phase|étape) (ultérieure|suivante|2|deux)", example: 'Les volumes seront étudiés dans une phase ultérieure.' },
    { phrase: 'après le (poc|pilote)', example: 'Le coût sera évalué après le pilote.' },
    { phrase: 'hors (du)? (périmètre|poc|pilote)', example: 'La latence est hors périmètre.' },
    {
      phrase:
        '(sera|seront) (testé|testés|testée|testées|évalué|évalués|évaluée|évaluées|vérifié|vérifiés|vérifiée|vérifiées|étudié|étudiés|étudiée|étudiées|analysé|analysés|analysée|analysées|mesuré|mesurés|mesurée|mesurées) (plus tard|ultérieurement|en production)',
      example: "L'adoption sera mesurée plus tard.",
    },
  ],
  es: [
    { phrase: '(en|para) una (fase|etapa) (posterior|siguiente|futura)', example: 'El volumen se analizará en una fase posterior.' },
    { phrase: 'después del (poc|piloto)', example: 'Los costes se verán después del piloto.' },
    { phrase: 'fuera del (alcance|poc|piloto)', example: 'La latencia queda fuera del alcance.' },
    {
      phrase:
        '(analizará|analizarán|probará|probarán|evaluará|evaluarán|validará|validarán|medirá|medirán|estudiará|estudiarán|comprobará|comprobarán) (más adelante|posteriormente|en producción|tras el piloto)',
      example: 'La adopción se medirá más adelante.',
    },
  ],
  nl: [
    { phrase: '(in|voor) een (latere|volgende|tweede) (fase|stap)', example: 'Het volume bekijken we in een latere fase.' },
    { phrase: 'na de (poc|pilot)', example: 'De kosten bekijken we na de pilot.' },
    { phrase: 'buiten (de)? (scope|pilot|poc)', example: 'Latentie valt buiten de scope.' },
    { phrase: '(wordt|worden) (later|pas later|in productie) (getest|bekeken|beoordeeld|onderzocht|gemeten|gevalideerd)', example: 'De adoptie wordt later gemeten.' },
  ],
});

/** The whole answer, or all of it before a condition: "Later.", "In production, once it is live.", "To follow." */
export const QUESTION_DEFERRED_WHOLE = lexicon('question-deferred-whole', {
  en: [{ phrase: '(later|later on|in production|only in production|to follow|next phase)', example: 'Later.' }],
  de: [{ phrase: '(später|danach|im produktivbetrieb|nächste phase|folgt)', example: 'Später.' }],
  fr: [{ phrase: '(plus tard|ultérieurement|en production|phase suivante|à suivre)', example: 'Plus tard.' }],
  es: [{ phrase: '(más adelante|más tarde|en producción|siguiente fase)', example: 'Más adelante.' }],
  nl: [{ phrase: '(later|in productie|volgende fase|volgt)', example: 'Later.' }],
});

/** A step inside the POC that sounds like a later one: "in the next phase of the pilot". */
export const WITHIN_THE_POC = lexicon('within-the-poc', {
  en: [
    { phrase: '(phase|stage|iteration|release) (2|two|ii|3|three)? of (the|this)? (poc|pilot)', example: 'Adoption is checked in the second phase of the pilot.' },
    { phrase: '(ask|asks|survey|surveys|interview|interviews) … (after|at the end of) the (pilot|poc|trial)', example: 'We ask the therapists after the pilot whether the order made sense.' },
  ],
  de: [
    { phrase: '(phase|stufe) (2|zwei|3|drei)? (des|im) (pilots|piloten|poc)', example: 'Die Akzeptanz prüfen wir in der zweiten Phase des Piloten.' },
    { phrase: '(fragen|befragen|interviewen) … nach dem (pilot|piloten|poc)', example: 'Wir fragen die Therapeut:innen nach dem Pilot, ob die Reihenfolge plausibel war.' },
  ],
  fr: [
    { phrase: '(phase|étape) (2|deux|3|trois)? du (pilote|poc)', example: "L'adoption est mesurée dans la deuxième phase du pilote." },
    {
      phrase: '(interrogeons|interrogerons|interroge|sondons|sonderons|demandons|demanderons) … après le (pilote|poc)',
      example: "Nous interrogeons les kinés après le pilote sur la pertinence de l'ordre.",
    },
  ],
  es: [
    { phrase: '(fase|etapa) (2|dos|3|tres)? del (piloto|poc)', example: 'La adopción se mide en la segunda fase del piloto.' },
    {
      phrase: '(preguntamos|preguntaremos|encuestamos|encuestaremos|entrevistamos|entrevistaremos) … después del (piloto|poc)',
      example: 'Preguntamos a los fisioterapeutas después del piloto si el orden era razonable.',
    },
  ],
  nl: [
    { phrase: '(fase|stap) (2|twee|3|drie)? van de (pilot|poc)', example: 'De adoptie meten we in de tweede fase van de pilot.' },
    { phrase: '(vragen|ondervragen|interviewen|bevragen) … na de (pilot|poc|proef)', example: 'We vragen de fysiotherapeuten na de pilot of de volgorde klopte.' },
  ],
});

const WHOLE_ENDS = /^\s*(?:$|[.;!?)]|,?\s*(?:once|when|after|if|until|sobald|wenn|nachdem|une fois|quand|dès que|cuando|una vez|en cuanto|zodra|als|wanneer)(?![\p{L}\p{N}]))/iu;

/** The words that push a question's answer out of the POC, e.g. "tested later", or undefined. */
export function questionDeferralIn(answer: string): string | undefined {
  // The whole answer: nothing before it, and after it only the end, a stop, or a condition ("In production, once it is live").
  const whole = QUESTION_DEFERRED_WHOLE.matches(answer).find((m) => answer.slice(0, m.index).trim() === '' && WHOLE_ENDS.test(answer.slice(m.index + m.text.length)));
  if (whole) return whole.text.trim();
  const within = WITHIN_THE_POC.matches(answer);
  const found = QUESTION_DEFERRAL.matches(answer).find((m) => !within.some((c) => m.index <= c.index + c.text.length && c.index <= m.index + m.text.length));
  return found?.text.trim();
}

/** Whether `m` lies in words that only look like a deferral ("no se trata de un umbral que se vaya a reconsiderar"). */
export function inNotADeferral(text: string, m: Span): boolean {
  return NOT_A_DEFERRAL.matches(text).some((c) => covers(c, m));
}
