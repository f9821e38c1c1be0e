// A fallback a reviewer can picture names where a wrong or missing answer
// goes: back to today's way of working, a manual queue, a switch that turns
// the AI off. "The team will handle it" names nobody's procedure.
import { lexicon } from './lexicon';

/** Someone will deal with it, somehow: a fallback with no route. */
export const VAGUE_FALLBACK = lexicon('vague-fallback', {
  en: [
    { phrase: '(will know|knows|know) what to do', example: 'If anything fails, the operator will know what to do.' },
    { phrase: '(adjust|adjusts|fix|fixes|sort|sorts) (it|them) as (needed|required|necessary)', example: 'If the forecast is off, the manager adjusts it as needed.' },
    { phrase: '(stay|stays|remain|remains) (alert|vigilant|watchful)', example: 'Crews stay alert as they always have.' },
    { phrase: "(we|we'll|we will) (see|look at|decide) (together)? what (is|'s)? best", example: 'If in doubt, we see together what is best.' },
    { phrase: '(through|via|by|in) the (normal|usual|regular|existing) channels', example: 'Anything the system misses should still get picked up through the normal channels.' },
    { phrase: '(in doubt|if in doubt|when in doubt) … the team (decides|decide|will decide)', example: 'If in doubt, the team decides.' },
    { phrase: '(one way or another|one way or the other|some way or other)', example: 'Anything the system misses should still get picked up through the normal channels one way or another.' },
    { phrase: '(takes|take|has|have) a (quick|brief|short) look', example: 'If in doubt, the planner takes a quick look.' },
    { phrase: 'somehow (handled|dealt with|sorted out|corrected|processed|fixed)? (by hand|manually)?', example: 'Unclear cases are somehow handled by hand.' },
    { phrase: '(can|may|could) always (ask|request|check|look|listen|go back)', example: 'If anything looks off, the panel can always ask to hear more.' },
    {
      phrase: '((sorts|sort|sorting) (it|them) out|the usual way|based on (their|his|her) (own)? experience)',
      example: 'If a recipe does not come out right, the ink kitchen sorts it out the usual way.',
    },
    {
      phrase: '(someone|somebody) (from|in|on) the (team|desk|office|shift) (will)? (look|looks|have a look|take a look) at (it|them)',
      example: 'If the model is unsure, someone from the team will have a look at it.',
    },
    { phrase: '(someone|somebody) (will)? (look|looks|have a look|take a look|check|checks) (at it|at them|into it)', example: 'If in doubt, someone looks at it.' },
    {
      phrase: '(noted|logged|flagged|collected|reviewed|discussed|looked at|raised) … (at|in|during) the (weekly|monthly|fortnightly|next|quality|team) … (meeting|review|huddle|call|session)',
      example: 'Missed alarms are noted in the furnace log and discussed in the weekly furnace meeting.',
    },
    { phrase: 'when (there is|we have|they have|the team has) (time|capacity|availability)', example: 'Doubtful matches are reviewed when the team has time.' },
    { phrase: '(as appropriate|as they see fit|professional judgement|professional judgment|in the circumstances)', example: 'Wrong trays are handled as appropriate by the department.' },
    {
      phrase:
        '(collected|gathered|logged|noted|flagged|recorded) (and|,) … (discussed|reviewed|raised|fed back|gone through) (at|in|during) … (meeting|call|jour fixe|retro|retrospective|review|catch-up|stand-up)',
      example: 'Wrong proposals are flagged, collected and discussed at the weekly meeting with the vendor.',
    },
    { phrase: '(as and when|when it comes up|when they come up|if and when)', example: 'Anything the model cannot place is dealt with by the dock team as and when it comes up.' },
    { phrase: '(dealt with|handled|sorted out|picked up|taken care of) by the … (team|staff|crew|desk|colleagues)', example: 'It is dealt with by the dock team.' },
    {
      phrase:
        '(team|staff|agents|operators|ops|support|desk|crew|colleagues|someone|somebody|we) (will|would|can|shall|should)? (handle|handles|deal with|deals with|resolve|resolves|sort out|sorts out|fix|fixes|take care of|takes care of|pick up|picks up|look after|looks after|step in|steps in|jump in|jumps in)',
      example: 'If the model is wrong, the support team will handle it.',
    },
    { phrase: '(case by case|case-by-case|as needed|as required|ad hoc|on an ad-hoc basis)', example: 'Errors are handled case by case.' },
    { phrase: '(flagged|sent|reported|fed|passed) back to the (vendor|supplier|developers|data science team|model team)', example: 'Drafts with errors are flagged back to the vendor each week.' },
    { phrase: 'so (that)? the (model|prompts|model and prompts) … (can be|is|are|gets|get) (improved|retrained|tuned|updated)', example: 'So the model and prompts can be improved.' },
    {
      phrase: '(fix|solve|handle|deal with|address|sort out) (issues|problems|errors|them|it) as (they|it) (come|comes|arise|arises|occur|occurs|crop up)',
      example: "We'll fix issues as they come up during the pilot.",
    },
    {
      phrase: '(can|may) (always)? (override|overrule|ignore|discard|reject) (the|a|any|its)? (suggestion|suggestions|proposal|proposals|recommendation|recommendations|output)',
      example: 'Staff can always override the suggestion.',
    },
    { phrase: '(retraining|retrain|retrained|next model version|next version of the model)', example: 'Wrong records are marked so the vendor can take them into account when retraining.' },
    {
      phrase: '(model|tool|system|it) learns … (style|corrections|mistakes|as we go|over time|the more we use it)',
      example: 'The vendor says the model learns our style the more we use it, so misses should go down over the season.',
    },
    { phrase: '(misses|errors|mistakes|the error rate) (should|will) (go down|drop|fall|decrease) (over time|over the season|with use)?', example: 'Misses should go down over the season.' },
    {
      phrase: '(fed|put|sent) back (in|into the (optimiser|optimizer|solver|model)) … until it (finds|produces|gets)',
      example: "Clashes the optimiser can't clear are fed back in with relaxed soft constraints until it finds a solution.",
    },
    {
      phrase: '(go|goes|put|added|end up) (into|in) the … (audit|quality|qa|spot-check|spot check) sample',
      example: "Lines the assistant can't parse go into the quarterly manual audit sample as before.",
    },
    { phrase: '(in|for) the next (release|version|update)', example: 'The supplier uses those reports to tune the model in the next release.' },
    {
      phrase: '(reports|report|flags|flag|raises|raise) it (through|via) the usual (channel|channels|route)',
      example: 'The lawyer reports it through the usual channel and the case goes into the next retraining.',
    },
    {
      phrase: '(logged|recorded|noted|kept) (with their score)? so (that)? we can (tune|adjust|improve|recalibrate|retrain)',
      example: 'Low-confidence proposals are logged with their score so we can tune the threshold after the POC.',
    },
    { phrase: 'no (manual|fallback|backup) (route|process|procedure|step) (is)? (planned|foreseen|needed)', example: 'Prices are capped by a floor and a ceiling; no manual route is planned.' },
    {
      phrase: '(afterwards|after the fact|in hindsight) … (corrects|corrected|adjusts|adjusted) (it)? (in|at) the (next)? (weekly)? (review|meeting)',
      example: 'If the limit turns out wrong afterwards, the revenue manager corrects it in the next weekly review.',
    },
    { phrase: 'the model always (gives|returns|produces|outputs)', example: 'Not applicable: the model always gives a forecast.' },
    { phrase: 'without (staff|human|team|any human) intervention', example: 'The dose is rescheduled to the next round without staff intervention.' },
    { phrase: '(is|are|gets|get) (marked|flagged|labelled|labeled) as … in the report', example: 'The piece is marked as no estimate in the report.' },
    {
      phrase: '(the customer|customers|the student|students|the tenant|tenants) (can|may) (dispute|complain|challenge|appeal)',
      example: 'If an item is wrong, the student can challenge it through the deposit scheme.',
    },
    { phrase: '(is|are) (simply|just) (discarded|thrown away|dropped)', example: 'If the draft does not fit, it is simply discarded.' },
    {
      phrase: "(flag|flags|send|sends|report|reports|pass|passes|feed|feeds|refer|refers) (it|them) back to the (vendor|vendor's|supplier|supplier's|developers|data science team|model team)",
      example: "Where the recommendation looks wrong we flag it back to the vendor's data science team so the model can be retrained.",
    },
    {
      phrase: '(try|tries|retry|retries|call|calls|ring|rings) (again|back) (later|tomorrow|another day|next week)',
      example: "If the agent can't get through or the patient seems confused, it will try again later in the week.",
    },
    {
      phrase: '(takes|picks|uses|goes with|chooses) (its|the) (most likely|most probable|best|top) (class|guess|category|label|match|option)',
      example: 'In doubtful cases the model takes the most likely class.',
    },
    { phrase: '(best-guess|best guess) (team|queue|class|category|answer|match)', example: 'Where the model is unsure it still routes to its best-guess team.' },
    { phrase: '(can|may|will) (send|pass|forward|hand) it on', example: "The team receiving it can send it on if it isn't theirs." },
    { phrase: '(run|runs|put|sent|fed|passed|go|goes) (through|into) the model (again|a second time)', example: 'Doubtful parcels go through the model again with a stricter threshold.' },
  ],
  de: [
    { phrase: '(weiß|wissen) … was zu tun ist', example: 'Wenn etwas schiefgeht, weiß der Disponent, was zu tun ist.' },
    {
      phrase: '((bleiben|bleibt) (wachsam|aufmerksam)|(verlassen sich|verlässt sich|stützen sich|stützt sich) auf (ihre|seine) erfahrung)',
      example: 'Die Planer bleiben wachsam und verlassen sich auf ihre Erfahrung.',
    },
    {
      phrase: '(im zweifel|in zweifelsfällen|bei zweifeln) (entscheidet|entscheiden) (das team|wir|die kollegen|die kolleginnen) vor ort (wie bisher)?',
      example: 'Im Zweifel entscheidet das Team vor Ort, wie bisher.',
    },
    { phrase: '(findet|finden) … eine lösung', example: 'Für Anfragen ohne Vorschlag findet das Team wie bisher schon eine Lösung.' },
    { phrase: '(schauen|sehen|überlegen) wir (gemeinsam|zusammen)? … was (damit)? (passiert|am besten ist|zu tun ist)', example: 'Im Zweifel schauen wir gemeinsam, was damit passiert.' },
    { phrase: '(im zweifel|in zweifelsfällen|bei zweifeln) (entscheidet|entscheiden) (das team|wir|die kollegen|die kolleginnen)', example: 'Im Zweifel entscheidet das Team.' },
    { phrase: '(schaut|schauen|sieht|sehen) … (kurz|mal|noch mal|nochmal|kurz mal) (drüber|drauf|darauf|an)', example: 'Im Zweifel schaut sich der Disponent das kurz an.' },
    { phrase: 'irgendwie (manuell|händisch|von hand)?', example: 'Unklare Fälle werden irgendwie manuell nachbearbeitet.' },
    { phrase: '(schaut|schauen|guckt|gucken) … (drüber|darüber|drauf) $', example: 'Bei Unklarheiten schaut das Team noch mal drüber.' },
    { phrase: '(aus|nach|mit) (seiner|ihrer|eigener) erfahrung', example: 'Wo die Empfehlung nicht passt, steuert die Teamleitung aus ihrer Erfahrung nach.' },
    { phrase: '(schaut|guckt|sieht) (sich)? (jemand|einer|eine kollegin|ein kollege) (aus dem team)? … an', example: 'Wenn die KI unsicher ist, schaut sich jemand aus dem Team das an.' },
    { phrase: 'jemand … (an|drauf|darauf|nach) $', example: 'Im Zweifel schaut sich jemand das an.' },
    {
      phrase:
        '(in der|im|beim) (wöchentlichen|monatlichen|nächsten|regelmäßigen) … (besprechung|runde|qualitätsrunde|jour fixe|termin|meeting) … (besprochen|angeschaut|geprüft|aufgearbeitet|gesammelt)',
      example: 'Falsche Prognosen werden in der wöchentlichen Qualitätsrunde besprochen.',
    },
    {
      phrase: '(in der|im|beim) (wöchentlichen|monatlichen|vierteljährlichen|nächsten|regelmäßigen) (besprechung|runde|qualitätsrunde|jour fixe|termin|meeting|qualitätszirkel)',
      example: 'Zweifelsfälle sammeln wir und gehen sie in der monatlichen Qualitätsrunde mit dem Gutachterpartner durch.',
    },
    { phrase: '(nachtraining|nachtrainieren|neutraining|nächsten modellversion)', example: 'Fehlerhafte Einstufungen gehen ins Nachtraining des Anbieters.' },
    { phrase: '(schauen|sehen) wir uns … an und (justieren|korrigieren|passen) … (nach|an)', example: 'Fehler schauen wir uns gemeinsam an und justieren die Regeln nach.' },
    { phrase: '(schauen|sehen) wir uns … (im nachgang|hinterher|später|danach) … an', example: 'Wo das Modell danebenliegt, schauen wir uns das im Nachgang gemeinsam an.' },
    { phrase: '((passend|pragmatisch) (gelöst|behandelt|geklärt)|im team besprochen)', example: 'Unklare Fälle werden im Team besprochen und passend gelöst.' },
    { phrase: 'wenn (zeit|kapazität|kapazitäten) (ist|sind|vorhanden|frei|bleibt)', example: 'Zweifelsfälle werden geprüft, wenn Zeit ist.' },
    {
      phrase: '(angemessen|sachgerecht|nach ermessen|nach eigenem ermessen) (behandelt|bearbeitet|gelöst|berücksichtigt)',
      example: 'Fehlerhafte Vorschläge werden im Rahmen der üblichen Qualitätssicherung angemessen behandelt.',
    },
    {
      phrase: '(gesammelt|notiert|markiert|protokolliert|festgehalten) … (besprochen|ausgewertet|nachbesprochen|durchgegangen|jour fixe|regeltermin|wochenbesprechung)',
      example: 'Unplausible Vorschläge werden markiert, gesammelt und im wöchentlichen Jour fixe besprochen.',
    },
    {
      phrase: '(das|es|dies|den fehler|die fehler|sie) (wie gewohnt|wie immer|schon|dann|selbst)? (ab|auf) $',
      example: 'Sollte das Modell ausfallen, fangen die Kolleginnen in der Lohnbuchhaltung das wie gewohnt ab.',
    },
    { phrase: '(fangen|fängt) … ab', example: 'Dann fangen die Kolleginnen das wie gewohnt ab.' },
    { phrase: '(kümmert|kümmern|kümmere) sich … darum', example: 'Dann kümmert sich das Team im Rahmen der Schicht darum.' },
    { phrase: '(springt|springen|fängt|fangen) … (ein|auf|ab) $', example: 'Im Zweifel springt das Team ein.' },
    { phrase: '(fangen|fängt) … ab', example: 'Dann fangen die Kolleginnen das wie gewohnt ab.' },
    { phrase: '(im einzelfall|nach bedarf|situativ|von fall zu fall)', example: 'Fehler werden situativ gelöst.' },
    { phrase: '(modell|modells) … (nachtrainiert|verbessert|angepasst)', example: 'Fehler werden gesammelt, damit das Modell nachtrainiert wird.' },
    { phrase: '((kümmert|kümmern) sich (das|die) (team|kollegen|fachteam|fachabteilung)|darum kümmert sich|(lösen|beheben|klären) wir, wenn sie auftreten)', example: 'Darum kümmert sich das Team.' },
    { phrase: '(jederzeit übersteuern|(übersteuern|überstimmen|ignorieren|verwerfen) (können|kann)|das letzte wort)', example: 'Mitarbeitende können den Vorschlag jederzeit übersteuern.' },
    {
      phrase: '(lernt|lernen) … (mit|dazu|aus der korrektur|aus den korrekturen|aus fehlern)',
      example: 'Erkennt der Assistent das Teil nicht sicher, lernt er aus der Korrektur des Kollegen mit, so dass die Quote mit der Zeit von allein steigt.',
    },
    {
      phrase: '(mit der zeit|von allein|von selbst) (besser|steigt|sinkt|verbessert)|(steigt|sinkt|verbessert sich|wird besser) … (mit der zeit|von allein|von selbst)',
      example: 'Die Quote steigt mit der Zeit von allein.',
    },
    { phrase: '(im|mit dem|ins) nächsten (release|update|version)', example: 'Der Anbieter nutzt die Meldungen, um das Modell im nächsten Release nachzuschärfen.' },
    { phrase: '(in die|in der) … (stichprobe|qualitätsstichprobe|prüfstichprobe)', example: 'Nicht lesbare Zeilen gehen wie bisher in die quartalsweise Stichprobe.' },
    { phrase: '(meldet|melden) (es|das|dies) über den üblichen (weg|kanal)', example: 'Die Anwältin meldet es über den üblichen Weg, der Fall geht ins Nachtraining.' },
    {
      phrase: '(protokolliert|festgehalten|gesammelt) , (damit|um) … (schwelle|schwellenwert|modell) … (anpassen|anzupassen|nachschärfen|nachzuschärfen|justieren)',
      example: 'Unsichere Vorschläge werden protokolliert, damit wir die Schwelle nach dem POC anpassen können.',
    },
    { phrase: '(kein|keine) (manueller|manuelle) (weg|prozess|ablauf|rückfallebene) (vorgesehen|geplant)', example: 'Preise sind nach oben und unten gedeckelt; kein manueller Weg vorgesehen.' },
    { phrase: 'das modell (liefert|gibt) immer', example: 'Entfällt: das Modell liefert immer eine Prognose.' },
    { phrase: 'ohne (eingreifen|zutun) (des teams|des personals|der pflege)', example: 'Die Gabe wird ohne Eingreifen des Teams auf die nächste Runde verschoben.' },
    { phrase: '(wird|werden) im bericht als … (markiert|gekennzeichnet)', example: 'Die Arbeit wird im Bericht als ohne Schätzung markiert.' },
    {
      phrase: '(der kunde|die kundin|kunden) (kann|können) (widersprechen|reklamieren|sich beschweren)|(kann|können) (der kunde|die kundin|die kunden) (widersprechen|reklamieren|sich beschweren)',
      example: 'Ist die Bewertung falsch, kann der Kunde widersprechen.',
    },
    { phrase: '(wird|werden) (er|sie|es|der entwurf)? (eben|halt|einfach) verworfen', example: 'Wenn der Entwurf nicht passt, wird er eben verworfen.' },
    {
      phrase: '(versucht|versuchen|ruft|rufen) … (später|morgen|am nächsten tag|in der folgewoche) (noch einmal|erneut|wieder)',
      example: 'Erreicht der Agent niemanden, versucht er es später noch einmal.',
    },
    {
      phrase: '(nimmt|nehmen|wählt|wählen) … (wahrscheinlichste|wahrscheinlichsten|beste|besten) (klasse|kategorie|zuordnung|option)',
      example: 'Bei unsicheren Fällen nimmt das Modell die wahrscheinlichste Klasse.',
    },
    {
      phrase:
        '((der kunde|die kundin|kunden|der antragsteller|die betroffenen) (meldet|melden|beschwert|beschweren) sich|(meldet|melden|beschwert|beschweren) sich (der kunde|die kundin|die kunden|der antragsteller|die betroffenen))',
      example: 'Ist eine Sperre falsch, meldet sich der Kunde über die Hotline.',
    },
    { phrase: '(an das projektteam|an den anbieter|an den hersteller|an das data-science-team|an den dienstleister) gemeldet', example: 'Fehlerhafte Pläne werden an das Projektteam gemeldet.' },
    {
      phrase: '(mit dem|im|beim) nächsten (modellstand|modell-update|modellupdate|release|update) (korrigiert|behoben|verbessert)',
      example: 'Fehlerhafte Pläne werden mit dem nächsten Modellstand korrigiert.',
    },
    { phrase: '(noch einmal|erneut|nochmals) durch das modell', example: 'Unsichere Fälle laufen noch einmal durch das Modell.' },
  ],
  fr: [
    { phrase: "(saura|sauront|sait|savent) (quoi faire|ce qu'il faut faire)", example: "Si quelque chose ne va pas, l'opérateur saura quoi faire." },
    {
      phrase: "((s'appuient|s'appuie|en s'appuyant) sur (leur|son|sa) expérience|(restent|reste|resteront) vigilant*)",
      example: "Les horairistes restent vigilants et s'appuient sur leur expérience.",
    },
    {
      phrase: "(on voit|on regarde|nous voyons|nous regardons) (ensemble)? (ce qu'on en fait|ce qui est le mieux|ce qu'il faut faire)",
      example: "En cas de doute, on voit ensemble ce qu'on en fait.",
    },
    { phrase: "(en cas de doute|dans le doute) (,)? (l'équipe|on) (décide|tranche)", example: "En cas de doute, l'équipe décide." },
    { phrase: "(jette|jettent|jettera|jetteront) un (œil|oeil|coup d'œil|coup d'oeil)", example: 'En cas de doute, le planificateur jette un œil.' },
    { phrase: "(d'une manière ou d'une autre|tant bien que mal) (manuellement|à la main)?", example: 'Les cas douteux sont traités tant bien que mal.' },
    { phrase: "(à voir avec|c'est à voir|sera à voir|(s'organise|s'organisent) selon)", example: 'Si une fiche est mal lue : à voir avec le prestataire.' },
    { phrase: "(selon|sur la base de|d'après) (son|leur) expérience", example: "Si le conseil est faux, le chef d'équipe corrige selon son expérience." },
    { phrase: "(quelqu'un|une personne) de l'équipe (regardera|regarde|verra|jettera un œil)", example: "Si l'IA hésite, quelqu'un de l'équipe regardera." },
    { phrase: "quelqu'un (regarde|regardera|jette un œil|jettera un œil|vérifie|vérifiera)", example: "En cas de doute, quelqu'un regarde." },
    {
      phrase: '(lors du|lors de la|au|en) (point|réunion|revue|comité|séance) (qualité|hebdomadaire|mensuel|mensuelle|suivant|suivante)',
      example: 'Les prévisions aberrantes seront passées en revue lors du point qualité hebdomadaire.',
    },
    { phrase: '(réentraînement|réapprentissage|prochaine version du modèle)', example: 'Les erreurs sont signalées pour le réentraînement du modèle.' },
    { phrase: '(selon les disponibilités|quand (il y aura|on aura) du temps)', example: 'Les cas douteux sont repris selon les disponibilités.' },
    { phrase: '(au mieux|selon les usages|selon les pratiques de chaque)', example: 'Les dossiers douteux seront traités au mieux par les équipes, selon les usages en vigueur.' },
    { phrase: "(s'adapte|s'adaptent|s'adaptera|s'adapteront|s'arrange|s'arrangent) (selon|en fonction de|au cas)", example: "En cas de doute, l'équipe s'adapte selon la situation du moment." },
    {
      phrase:
        '(remontés|remontées|collectés|collectées|notés|notées|consignés|consignées|signalés|signalées) … (discutés|discutées|examinés|examinées|analysés|analysées|passés en revue|passées en revue) (en|lors)',
      example: 'Les erreurs sont remontées et discutées en réunion hebdomadaire avec le prestataire.',
    },
    { phrase: "s'en (occupe|occupera|occuperont|occupent|charge|chargera|chargeront|chargent)", example: "En cas d'erreur, l'équipe s'en chargera." },
    { phrase: '(gérera|géreront|réglera|régleront|résoudra|résoudront) (le|les|la|ça|cela)? (problème|problèmes|souci|soucis|cas)?', example: "L'équipe support résoudra les problèmes." },
    { phrase: '(au cas par cas|au besoin|selon les besoins)', example: 'Les erreurs sont traitées au cas par cas.' },
    {
      phrase: '((remonté|remontés|remontées|signalé|signalés|signalées) (au|aux) (éditeur|fournisseur|prestataire)|(améliorer|réentraîner) le modèle)',
      example: 'Les erreurs sont remontées au fournisseur pour améliorer le modèle.',
    },
    { phrase: "(corrigera|corrigerons|traitera|traiterons|réglera|réglerons) … au fil de l'eau", example: "On corrigera les problèmes au fil de l'eau." },
    { phrase: '(passer outre|garde la main|(peuvent|peut) (toujours)? (ignorer|écarter|rejeter) la proposition)', example: 'Les agents peuvent toujours passer outre la proposition.' },
    { phrase: '(apprend|apprendra|apprennent) … (corrections|erreurs|au fil|avec le temps|usage)', example: 'Le modèle apprend de nos corrections, les erreurs baisseront au fil de la saison.' },
    { phrase: '(prochaine|future) (version|release|mise à jour)', example: "Le fournisseur s'en sert pour ajuster le modèle dans la prochaine version." },
    { phrase: "(dans|à) l'échantillon … (contrôle|audit|qualité)", example: "Les lignes illisibles partent dans l'échantillon de contrôle trimestriel." },
    { phrase: '(le|la|les) (signale|signalent) par le canal habituel', example: "L'avocat le signale par le canal habituel et le cas part dans le prochain réentraînement." },
    {
      phrase: '(journalisés|journalisées|enregistrés|enregistrées|notés|notées|consignés|consignées) … (pour|afin de) (ajuster|régler|affiner|recalibrer)',
      example: 'Les propositions peu sûres sont journalisées avec leur score pour ajuster le seuil après le POC.',
    },
    { phrase: '(pas de|aucun) circuit (manuel|de secours|de repli) (prévu)?', example: 'Les prix sont bridés par un plancher et un plafond ; pas de circuit manuel prévu.' },
    { phrase: 'le modèle (donne|fournit|produit) toujours', example: 'Sans objet : le modèle donne toujours une prévision.' },
    { phrase: "sans intervention (de l'équipe|humaine|du personnel|des soignants)", example: "La dose est reprogrammée au passage suivant sans intervention de l'équipe." },
    { phrase: '(est|sont) (marqué|marquée|marqués|marquées|signalé|signalée) comme … dans le rapport', example: 'Le travail est marqué comme sans estimation dans le rapport.' },
    { phrase: '(le client|les clients) (peut|peuvent) (contester|réclamer)', example: "Si l'évaluation est fausse, le client peut contester en ligne." },
    {
      phrase: '(réessaie|réessaiera|réessaient|réessaieront|rappelle|rappellera|rappellent|rappelleront) (plus tard|le lendemain|un autre jour|la semaine suivante)',
      example: "Si le patient ne répond pas, l'agent rappellera plus tard.",
    },
    {
      phrase: '(retient|prend|choisit|retiennent|prennent|choisissent) la (classe|catégorie|option|affectation) la plus probable',
      example: 'En cas de doute, le modèle retient la classe la plus probable.',
    },
    {
      phrase: "(analysera|analyseront|analysées|analysés|examinera|examineront|examinées|étudiées) … (bilan|retour d'expérience|comité)",
      example: "Les prévisions aberrantes sont remontées à l'équipe data, qui les analysera lors du bilan de fin de pilote.",
    },
    { phrase: "(remontées|remontés|signalées|signalés|transmises|transmis) à l'équipe (data|projet|technique|informatique)", example: "Les prévisions aberrantes sont remontées à l'équipe data." },
    {
      phrase: '(le client|les clients|le demandeur|les intéressés) (le)? (signalera|signaleront|réclamera|réclameront|pourra contester|peut contester)',
      example: 'Si un blocage est injustifié, le client le signalera au service client.',
    },
    { phrase: "(réinjectés|réinjectées|réintégrés|réintégrées|reversés|reversées) dans (l'apprentissage|le modèle|l'entraînement)", example: "Les écarts seront réinjectés dans l'apprentissage." },
    { phrase: "le modèle (s'améliorera|va s'améliorer|apprendra)", example: "Les écarts sont réinjectés ; le modèle s'améliorera." },
    { phrase: '(repassent|repasse|repassés|repassées) (une seconde fois|une deuxième fois|encore)? dans le modèle', example: 'Les colis douteux repassent une seconde fois dans le modèle.' },
  ],
  es: [
    { phrase: '(sabrá|sabrán|sabe|saben) qué hacer', example: 'Si algo falla, el operador sabrá qué hacer.' },
    {
      phrase: '(se gestionará|se gestionarán|se resolverá|se resolverán|se tratará|se tratarán) según (proceda|corresponda|convenga)',
      example: 'Si la asignación no es viable, se gestionará según proceda en cada caso.',
    },
    {
      phrase: '(lo|la|los|las)? (ajustará|ajustarán|resolverá|resolverán|arreglará|arreglarán) según (convenga|haga falta)',
      example: 'Si la previsión falla, el encargado lo ajustará según convenga.',
    },
    { phrase: '((se apoyan|se apoya|se basan|se basa) en su experiencia|(permanecen|siguen) atentos)', example: 'Los planificadores siguen atentos y se apoyan en su experiencia.' },
    {
      phrase: '(se adaptará|se adaptarán|se adapta|se adaptan) (según el caso|sobre la marcha|a cada caso|a lo que haya)',
      example: 'El equipo de cocina se adaptará según el caso, como hace siempre.',
    },
    { phrase: '(conforme|según|a medida que) se (vayan|van) (presentando|produciendo|dando)', example: 'Los casos dudosos se atenderán conforme se vayan presentando.' },
    { phrase: '(vemos|miramos|decidimos) (juntos|entre todos)? (qué hacer|qué es lo mejor|qué hacemos)', example: 'Si hay dudas, vemos juntos qué hacer.' },
    { phrase: '(en caso de duda|si hay dudas|ante la duda) (,)? (decide|decidirá) el equipo', example: 'En caso de duda, decide el equipo.' },
    { phrase: '(echa|echan|echará|echarán) un (vistazo|ojo)', example: 'Si hay dudas, el jefe de turno le echa un vistazo.' },
    { phrase: '(de alguna manera|de algún modo|como se pueda) (a mano|manualmente)?', example: 'Los casos dudosos se resuelven de alguna manera.' },
    { phrase: '(según|en base a|con) su experiencia', example: 'Si la propuesta falla, el jefe de equipo corrige según su experiencia.' },
    { phrase: '(lo|la|los|las)? (mirará|revisará|mira|revisa|verá) alguien|ya se verá|se verá (qué|cómo) se hace', example: 'Si la IA no lo tiene claro, ya lo mirará alguien del equipo.' },
    { phrase: 'alguien (lo|la|los|las)? (mira|mirará|revisa|revisará|comprueba|comprobará)', example: 'Si hay dudas, alguien lo mira.' },
    { phrase: '(en la|durante la) (reunión|revisión) (semanal|mensual|de calidad|siguiente)', example: 'Las previsiones erróneas se comentan en la reunión semanal.' },
    { phrase: '(caso a caso|iremos viendo|ya veremos|ya lo veremos|confiamos en que)', example: 'Si el modelo se equivoca, ya lo iremos viendo caso a caso con el equipo.' },
    { phrase: '(reentrenamiento|reentrenar|siguientes versiones del modelo)', example: 'Los registros con errores se marcarán para que el proveedor los tenga en cuenta en el reentrenamiento.' },
    { phrase: 'cuando (haya|tengan|tenga) (disponibilidad|tiempo|hueco|ocasión)', example: 'Las propuestas dudosas se revisarán cuando haya disponibilidad en la oficina.' },
    { phrase: '(en cada caso|caso a caso) … cómo (proceder|actuar|seguir)', example: 'El equipo comercial valorará en cada caso cómo proceder con el cliente.' },
    {
      phrase:
        '(se recogen|se recopilan|se anotan|se registran|recogidos|recogidas|recopilados|recopiladas|anotados|anotadas) … (se comentan|se revisan|se analizan|comentados|comentadas|revisados|revisadas|analizados|analizadas) en (la|el) (reunión|comité)',
      example: 'Las propuestas erróneas se recogen y se comentan en la reunión semanal con el proveedor.',
    },
    {
      phrase: '(lo|los|la|las) (resolverá|resolverán|gestionará|gestionarán|solucionará|solucionarán|arreglará|arreglarán)',
      example: 'Si el asistente se equivoca, el equipo de atención lo resolverá.',
    },
    { phrase: '(se encargará|se encargarán|se ocupará|se ocuparán|se hará cargo|se harán cargo|se hace cargo)', example: 'El equipo se encargará de los errores.' },
    { phrase: '(caso por caso|según sea necesario|sobre la marcha)', example: 'Los errores se resuelven sobre la marcha.' },
    { phrase: '((se devuelven|se envían|se reportan) al proveedor|(mejorar|reentrenar) el modelo)', example: 'Los errores se envían al proveedor para mejorar el modelo.' },
    {
      phrase: '((se irá|iremos|se irán) (corrigiendo|resolviendo|arreglando)|sobre la marcha|(puede|pueden) (descartar|ignorar|rechazar) la propuesta)',
      example: 'El personal puede descartar la propuesta cuando quiera.',
    },
    { phrase: '(aprende|aprenderá|aprenden) … (correcciones|errores|uso|con el tiempo)', example: 'El modelo aprende de nuestras correcciones y los fallos bajarán con el tiempo.' },
    { phrase: '(próxima|siguiente) (versión|release|actualización)', example: 'El proveedor usa esos avisos para ajustar el modelo en la próxima versión.' },
    { phrase: '(a la|en la) muestra … (control|auditoría|calidad)', example: 'Las líneas ilegibles pasan a la muestra de control trimestral.' },
    { phrase: '(comunica|notifica|avisa|reporta) por el canal habitual', example: 'El letrado lo comunica por el canal habitual y el caso se incorpora al siguiente reentrenamiento.' },
    { phrase: '(se registran|se anotan|se guardan) … para (ajustar|afinar|recalibrar)', example: 'Las propuestas dudosas se registran con su puntuación para ajustar el umbral tras el POC.' },
    { phrase: '(no hay|sin|ningún) (circuito|proceso|procedimiento) manual (previsto)?', example: 'Los precios tienen suelo y techo; no hay circuito manual previsto.' },
    { phrase: '(no aplica|no procede) … (siempre|el modelo)|el modelo siempre (da|devuelve|produce|genera)', example: 'No aplica: el modelo siempre da una previsión.' },
    { phrase: 'sin intervención (del equipo|humana|del personal)', example: 'La dosis se reprograma en la siguiente ronda sin intervención del equipo.' },
    { phrase: '(queda|quedan) (marcado|marcada|marcados|marcadas) como … en el informe', example: 'El trabajo queda marcado como sin estimación en el informe.' },
    { phrase: '(el cliente|los clientes) (puede|pueden) (reclamar|recurrir|protestar)', example: 'Si la valoración es errónea, el cliente puede reclamar por la web.' },
    { phrase: '(vuelve a calcular|recalcula) … hasta que', example: 'Si no encaja, vuelve a calcular con las restricciones relajadas hasta que propone alguna habitación.' },
    {
      phrase: '(lo intenta|lo intentará|lo intentan|lo intentarán|vuelve a llamar|volverá a llamar) (de nuevo)? (más tarde|otro día|al día siguiente|la semana siguiente)',
      example: 'Si el paciente no contesta, el agente lo intentará de nuevo más tarde.',
    },
    { phrase: '(elige|toma|asigna|eligen|toman|asignan) la (clase|categoría|opción) más probable', example: 'En caso de duda, el modelo elige la clase más probable.' },
    {
      phrase: '(el cliente|los clientes|el interesado|los interesados|el usuario|los usuarios) (lo)? (comunicará|comunicarán|reclamará|reclamarán|avisará|avisarán|podrá reclamar|puede reclamar)',
      example: 'Si un bloqueo resulta improcedente, el cliente lo comunicará y se revisará su caso.',
    },
    { phrase: '(por|a través de) los canales (habituales|normales|de siempre)', example: 'El cliente lo comunicará por los canales habituales de atención.' },
    {
      phrase: '(pasan|vuelven a pasar|pasa|vuelve a pasar) (otra vez|de nuevo|una segunda vez)? por el modelo',
      example: 'Los envíos dudosos vuelven a pasar por el modelo con un umbral más estricto.',
    },
  ],
  nl: [
    { phrase: '(weet|weten) … wat (te doen|ze moeten doen|hij moet doen)', example: 'Als er iets misgaat, weet de operator wel wat te doen.' },
    { phrase: '((blijven|blijft) (alert|waakzaam|scherp)|(vertrouwen|vertrouwt|leunen|leunt) op (hun|zijn|haar) ervaring)', example: 'De planners blijven alert en vertrouwen op hun ervaring.' },
    { phrase: '(kijken|bekijken) we … wat we (doen|gaan doen)', example: 'Als de voorspelling er niet goed uitziet, kijken we wel even met het team wat we doen.' },
    { phrase: '(bekijken|bekijkt|kijken) (we)? … wat er (best|het best)? mee (gebeurt|moet|moet gebeuren)', example: 'Bij twijfel bekijken we samen wat er best mee gebeurt.' },
    { phrase: '(bij twijfel|in geval van twijfel) (beslist|besluit) het team', example: 'Bij twijfel beslist het team.' },
    { phrase: '(kijkt|kijken) … er (even|eens|nog even|nog eens) naar', example: 'Als het niet klopt, dan kijkt de planner er even naar.' },
    { phrase: '(op de een of andere manier|hoe dan ook) (handmatig|met de hand)?', example: 'Onduidelijke gevallen worden op de een of andere manier handmatig opgelost.' },
    { phrase: 'op basis van (zijn|haar|hun|eigen) ervaring', example: 'Waar het advies niet klopt, stuurt de teamleider bij op basis van zijn ervaring.' },
    { phrase: '(in|tijdens) het werkoverleg|stemmen (we|wij) … af $', example: 'Als het schema niet lekker loopt, stemmen we dat in het werkoverleg met elkaar af.' },
    { phrase: '(kijkt|kijken) iemand (er)? (even|eens|nog)? (naar|na)|(kijkt|kijken) iemand … (naar|na) $', example: 'Bij twijfel kijkt iemand er even naar.' },
    { phrase: '(kijkt|kijken) er iemand (naar|na)|iemand (kijkt|kijken) (ernaar|ernaar|er naar)', example: 'Bij twijfel kijkt er iemand naar.' },
    { phrase: '(in het|tijdens het) (wekelijks|wekelijkse|maandelijks|maandelijkse|volgende) (overleg|*overleg)', example: 'Gemiste alarmen worden besproken in het wekelijkse ovenoverleg.' },
    { phrase: '(als|wanneer) er (tijd|ruimte|capaciteit) is', example: 'Twijfelgevallen worden bekeken als er tijd is.' },
    { phrase: '(hertraining|hertrainen|bijtrainen|volgende modelversie)', example: 'Foute voorstellen worden gemarkeerd voor de hertraining.' },
    { phrase: 'passend (opgepakt|opgelost|behandeld|afgehandeld)', example: 'Afwijkingen worden in onderling overleg passend opgepakt.' },
    { phrase: '(verzameld|genoteerd|gemarkeerd|gelogd|bijgehouden) en … (besproken|geëvalueerd|doorgenomen)', example: 'Foute voorstellen worden verzameld en in het wekelijkse overleg besproken.' },
    { phrase: '(onderling overleg|goed overleg|in overleg) … (opgelost|geregeld|afgestemd|bekeken|opgepakt)', example: 'Waar het voorstel niet klopt, wordt dat in goed onderling overleg opgelost.' },
    { phrase: '(lost|lossen|pakt|pakken|vangt|vangen) … op $', example: 'Gaat het mis, dan lost het team het op.' },
    { phrase: '(wordt|worden) (opgelost|opgevangen|geregeld) $', example: 'Fouten worden opgevangen.' },
    { phrase: '(per geval|naar bevinden|van geval tot geval)', example: 'Fouten pakken we per geval aan.' },
    {
      phrase: '((teruggemeld|doorgestuurd) (aan|naar) de leverancier|(model|prompts) … (verbeterd|bijgetraind|hertraind))',
      example: 'Fouten worden teruggemeld aan de leverancier zodat het model verbeterd wordt.',
    },
    {
      phrase: '((lossen|pakken) we … op (als|wanneer)|gaandeweg|al doende|(kunnen|kan) het voorstel (gewoon)? (negeren|overrulen|naast zich neerleggen))',
      example: 'Medewerkers kunnen het voorstel gewoon negeren.',
    },
    { phrase: '(volgende|nieuwe) (release|versie|update)', example: 'De leverancier gebruikt die meldingen om het model in de volgende release bij te stellen.' },
    { phrase: '(model|het model) … (bij te stellen|bijgesteld|bijstellen)', example: 'Het model wordt op basis van de meldingen bijgesteld.' },
    { phrase: '(leert|leren) … (correcties|fouten|gebruik|mee)', example: 'Het model leert van onze correcties.' },
    { phrase: '(in de|naar de) … (steekproef|*steekproef)', example: 'Onleesbare regels gaan zoals nu in de kwartaalsteekproef.' },
    { phrase: '(meldt|melden) (het|dit) via het gebruikelijke kanaal', example: 'De advocaat meldt het via het gebruikelijke kanaal en het geval gaat mee in de volgende hertraining.' },
    {
      phrase: '(gelogd|vastgelegd|genoteerd) … (om|zodat) … (drempel|model) … (bij te stellen|af te stellen|aan te passen)',
      example: 'Onzekere voorstellen worden gelogd met hun score om de drempel na de POC bij te stellen.',
    },
    { phrase: '(geen|er is geen) (handmatige|manuele) (route|procedure|stap) (voorzien|gepland)?', example: 'Prijzen hebben een onder- en bovengrens; geen handmatige route voorzien.' },
    {
      phrase: '(achteraf|naderhand) … (bij in de|bijgestuurd|gecorrigeerd)',
      example: 'Het model bepaalt de limiet; als die achteraf verkeerd blijkt, stuurt de revenue manager bij in de volgende weekreview.',
    },
    { phrase: 'het model (geeft|levert|kent) altijd', example: 'N.v.t.: het model geeft altijd een voorspelling.' },
    { phrase: 'zonder tussenkomst (van het team|van een medewerker|van het personeel)', example: 'De dosis schuift zonder tussenkomst van het team naar de volgende ronde.' },
    { phrase: '(wordt|worden) in het rapport (gemarkeerd|aangemerkt) als', example: 'Het werk wordt in het rapport gemarkeerd als zonder schatting.' },
    {
      phrase: '(de klant|klanten) (kan|kunnen) (bezwaar maken|reclameren|klagen)|(kan|kunnen) (de klant|klanten) (bezwaar maken|reclameren|klagen)',
      example: 'Klopt de beoordeling niet, dan kan de klant bezwaar maken.',
    },
    {
      phrase: '(probeert|proberen|belt|bellen) … (later|morgen|een andere dag|de volgende dag) (opnieuw|nog eens|nogmaals)',
      example: 'Neemt de patiënt niet op, dan probeert de agent het later opnieuw.',
    },
    { phrase: '(kiest|kiezen|neemt|nemen) … (meest waarschijnlijke|beste) (klasse|categorie|optie|toewijzing)', example: 'Bij twijfel kiest het model de meest waarschijnlijke klasse.' },
    {
      phrase: '((de klant|klanten|de aanvrager|betrokkenen) (meldt|melden|klaagt|klagen)|(meldt|melden|klaagt|klagen) (de klant|de klanten|de aanvrager|betrokkenen))',
      example: 'Is een blokkade onterecht, dan meldt de klant zich bij de klantenservice.',
    },
    { phrase: '(nog een keer|nogmaals|opnieuw) door het model', example: 'Zendingen waar het model twijfelt gaan nog een keer door het model met een strengere drempel.' },
  ],
});

/** Where a wrong or missing answer goes: today's way, a manual queue, a switch, a default. */
export const FALLBACK_ROUTE = lexicon('fallback-route', {
  en: [
    {
      phrase: '(current|previous|existing|old|standard|default) (plan|schedule|rota|roster|list|price list|prices|tariff|programme|program|recipe|settings|timetable|setpoints|letter)',
      example: 'Without a proposal, the planner keeps the standard rota.',
    },
    {
      phrase: "(changes nothing|nothing changes|as (it|they|we|he|she) (does|do|did) today|as (it is|it's) done today)",
      example: 'If the audiologist rejects the draft, the empty template opens exactly as it does today.',
    },
    { phrase: "(manual|manually|by hand|as today|as before|as now|today's)", example: 'The agent writes the reply as today.' },
    {
      // "In line with existing practice" names no route: an adjective counts with the thing it qualifies.
      phrase: '(current|previous|existing|old|standard|usual) (process|procedure|form|queue|workflow|way|route|rules|template)',
      example: 'It goes through the existing procedure for exceptions.',
    },
    { phrase: '(queue|worklist|inbox|switch off|switched off|turn off|turned off|revert*|fall back|falls back|back to|escalat*|default)', example: 'It drops into the standard exception queue.' },
  ],
  de: [
    { phrase: '(standard*|regelbetrieb|liste|kurzliste|arbeitsliste|eingangsliste|postkorb)', example: 'Meldungen mit geringer Modellsicherheit gehen in die normale Eingangsliste.' },
    {
      phrase: '(heutige|heutigen|heutiger|heutiges|bisherige|bisherigen|bisheriger|bisheriges|unverändert|ändert nichts|ändert sich nichts)',
      example: 'Fällt das Modell aus, gilt die heutige Regeldosierung nach Durchfluss.',
    },
    { phrase: '(manuell|von hand|händisch|wie bisher|wie heute|standardprozess)', example: 'Die Sachbearbeitung prüft wie bisher.' },
    {
      // "Im Rahmen der üblichen Qualitätssicherung" names no route: an adjective counts with the way of working it qualifies.
      phrase:
        '(heutige|heutigen|bisherige|bisherigen|gewohnte|gewohnten|übliche|üblichen) (prozess|verfahren|weg|ablauf|bearbeitung|sachbearbeitung|warteschlange|arbeitskorb|vorgehen|routine|prüfung|erfassung)',
      example: 'Der Fall geht in die übliche Sachbearbeitung.',
    },
    { phrase: '(warteschlange|arbeitskorb|eingangskorb|abgeschaltet|abschalten|zurück|rückfall|eskal*|ausweichprozess|notfallprozess)', example: 'Die Meldung geht zurück in den Arbeitskorb.' },
  ],
  fr: [
    { phrase: "(standard|par défaut|s'applique|s'appliquent|ne change rien)", example: "Si la grille n'est pas publiée, la grille tarifaire standard s'applique." },
    { phrase: "(manuel|manuelle|manuellement|à la main|comme aujourd'hui|comme avant|habituel|habituelle|actuel|actuelle|circuit actuel)", example: "Le déclarant saisit comme aujourd'hui." },
    { phrase: '(file|corbeille|désactiv*|retour|revient|bascule|escalad*|remonte)', example: 'La demande remonte en tête de la file.' },
  ],
  es: [
    { phrase: '(estándar|por defecto|se aplica|se aplican|plantilla|no cambia nada)', example: 'Sin propuesta, se aplica el cuadrante estándar.' },
    { phrase: '(manual|manualmente|a mano|como hoy|como hasta ahora|habitual|actual|de siempre|normal)', example: 'El agente lo reubica a mano como hoy.' },
    { phrase: '(cola|bandeja|desactiv*|vuelta|vuelve|se escala|escalad*)', example: 'El caso vuelve a la cola de siempre.' },
  ],
  nl: [
    { phrase: '(standaard*|ongewijzigd|bestaande|vorige|werklijst|verandert (er)? niets)', example: 'Zonder voorstel geldt het standaardrooster.' },
    { phrase: '(handmatig|met de hand|zoals nu|zoals vroeger|zoals gebruikelijk|huidige|gewone|gebruikelijke)', example: 'De planner werkt zoals nu.' },
    { phrase: '(wachtrij|werkbak|werkvoorraad|uitgeschakeld|uitschakelen|terug|escal*)', example: 'De melding gaat terug naar de werkbak.' },
  ],
});
