// A value that defers: the answer is pushed to after the POC, to someone
// else's confirmation, or to the results. In a gate element, the decision or
// the kill criteria, such a value is not written, wherever the words sit.
import { lexicon } from './lexicon';

const PP = '(agreed|defined|decided|determined|confirmed|clarified|discussed|scoped|estimated|named|nominated|appointed|identified|worked out|sorted out|finalised|finalized|planned|sized|costed|assigned|approved|specified|fixed|set)';

export const DEFERRAL = lexicon('deferral', {
  en: [
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
    { phrase: '(open (point|question|item|issue)|undecided|pending|(still|currently|as yet) (unclear|unknown|open))', example: 'Data sources: open point.' },
    { phrase: '(we will|we\'ll|let\'s) (see|decide|discuss|find out) (afterwards|after|later|then)', example: 'We will see afterwards.' },
    { phrase: '(decide|decided|decision) (afterwards|after the (poc|pilot))', example: 'Decide afterwards.' },
    { phrase: 'next steps (to be|will be) (discussed|defined|agreed)', example: 'Next steps to be discussed.' },
  ],
  de: [
    { phrase: '(wird|werden) … (später|nach dem (poc|piloten|pilot)|nach abschluss|im anschluss) … (festgelegt|definiert|entschieden|geklärt|benannt|bestimmt|vereinbart|abgestimmt|ermittelt|geplant)', example: 'Das Budget wird nach dem Pilot mit dem Controlling festgelegt.' },
    { phrase: '(zu klären|zu definieren|festzulegen|abzustimmen|zu bestimmen|zu benennen)', example: 'Sponsor: noch zu klären.' },
    { phrase: '(noch offen|noch unklar|noch nicht (festgelegt|definiert|entschieden|bekannt|benannt|geklärt)|steht noch aus|offener punkt)', example: 'Betriebsmodell noch offen.' },
    { phrase: '(abhängig|je nach) (vom|von den|dem|den) (ergebnis|ergebnissen|pilotergebnis|pilotergebnissen)', example: 'Budget abhängig vom Ergebnis.' },
    { phrase: '(später|danach) $', example: 'Schulungskonzept folgt später.' },
    { phrase: '(zu einem späteren zeitpunkt|in (phase|stufe) (2|zwei|ii)|in einer späteren phase)', example: 'Integration in Phase 2.' },
    { phrase: 'sobald … (ergebnisse|pilotergebnisse|resultate|erkenntnisse) (vorliegen|bekannt sind|feststehen)', example: 'Die Höhe legen wir fest, sobald die Pilotergebnisse vorliegen.' },
    { phrase: 'nach (vorliegen|auswertung) der (ergebnisse|pilotergebnisse)', example: 'Budget nach Vorliegen der Ergebnisse.' },
    { phrase: 'je nachdem , (wie|was|ob)', example: 'Schulung je nachdem, wie der Pilot läuft.' },
    { phrase: '(entscheidung|entscheiden) … (nach dem (pilot|piloten|poc)|danach|im anschluss)', example: 'Entscheidung wird nach dem Pilot getroffen.' },
    { phrase: '(wird nachgereicht|folgt später|folgt noch)', example: 'Der Sponsor wird nachgereicht.' },
    { phrase: '(zweite|zweiten|nächste|nächsten|spätere|späteren) (phase|stufe|ausbaustufe)', example: 'Schulung in der zweiten Phase.' },
    { phrase: '(verschoben|vertagt) (auf|bis)', example: 'Das Change Management wird verschoben auf die Einführung.' },
  ],
  fr: [
    { phrase: '(à|a) (définir|déterminer|confirmer|préciser|valider|arbitrer|décider|clarifier|chiffrer|arrêter|fixer|négocier)', example: 'Budget de production à définir selon les résultats.' },
    { phrase: '(une fois|après) (le|la|les|l\') … (évalué|évaluée|évalués|évaluées|analysé|analysée|analysés|terminé|terminée|dressé|connu|connus|connue)', example: 'Budget à arrêter une fois la campagne évaluée.' },
    { phrase: '(deuxième|seconde|prochaine|future) (phase|étape|vague)', example: 'Conduite du changement en deuxième phase.' },
    { phrase: '(reporté|reportée|reportés|repoussé|repoussée) (à|au|après)', example: 'Formation reportée au déploiement.' },
    { phrase: '(selon les|en fonction des|suivant les) (résultats|conclusions)', example: 'Le budget sera fixé en fonction des résultats.' },
    { phrase: '(plus tard|ultérieurement|en phase (2|deux)|dans une (phase|étape) ultérieure|à venir)', example: 'Intégration SAP ultérieurement.' },
    { phrase: '(selon|en fonction de) (la façon dont|la manière dont|comment) … (pilote|poc|test)', example: 'Formation selon la façon dont le pilote se déroule.' },
    { phrase: '(une fois|dès que|lorsque) … (résultats|conclusions|enseignements) (connus|disponibles|seront connus|seront disponibles)', example: 'Budget fixé une fois les résultats connus.' },
    { phrase: 'selon les (enseignements|leçons|retours)', example: 'Selon les enseignements du pilote, les suites seront étudiées.' },
    { phrase: '(suites|prochaines étapes|étapes suivantes) … (seront|sera) (étudiées|étudiées|discutées|définies|examinées|décidées)', example: 'Les suites à donner seront étudiées avec la direction.' },
    { phrase: '(non encore|pas encore) (défini|définie|décidé|décidée|connu|connue|désigné|désignée|fixé|fixée)', example: 'Sponsor pas encore désigné.' },
    { phrase: '(point ouvert|question ouverte|en attente|encore inconnu|encore inconnue)', example: 'Sources de données : point ouvert.' },
    { phrase: '(sera|seront) (défini|définie|définis|décidé|décidée|décidés|fixé|fixée|désigné|désignée|précisé|précisés) (plus tard|après|ultérieurement|en fonction)', example: 'Le budget sera défini plus tard.' },
  ],
  es: [
    { phrase: '(por|a) (definir|determinar|confirmar|concretar|decidir|acordar|aclarar)', example: 'Presupuesto por definir.' },
    { phrase: '(pendiente|pendientes)', example: 'Patrocinador pendiente de confirmar.' },
    { phrase: '(según|dependiendo de|en función de) los resultados', example: 'Presupuesto según los resultados del piloto.' },
    { phrase: '(más adelante|más tarde|posteriormente|en fase (2|dos)|en la fase (2|dos)|en una fase posterior)', example: 'Integración con SAP más adelante.' },
    { phrase: '(dependiendo de|según) cómo … (piloto|poc|prueba)', example: 'Formación dependiendo de cómo vaya el piloto.' },
    { phrase: '(cuando|una vez|en cuanto) … (resultados|conclusiones) (estén disponibles|se conozcan|sean conocidos)', example: 'Presupuesto a fijar cuando los resultados estén disponibles.' },
    { phrase: '(se|será|serán) (definirá|decidirá|acordará|determinará|definido|definida|decidido|decidida) … (más adelante|después|tras el piloto)', example: 'Se definirá más adelante.' },
    { phrase: '(aún|todavía) no (definido|definida|decidido|decidida|conocido|confirmado|confirmada)', example: 'Responsable aún no definido.' },
    { phrase: 'se (definirá|definirán|decidirá|decidirán|acordará|acordarán|concretará|concretarán|determinará|determinarán|fijará|fijarán|estudiará|estudiarán)', example: 'Se definirán con el equipo de sistemas.' },
    { phrase: '(cuando|una vez|en cuanto) … (resultados|conclusiones|cifras|datos) … (estén|se conozcan|sean conocidos|lleguen|haya)', example: 'Se fijará cuando los resultados del piloto estén disponibles.' },
    { phrase: '(cuando|una vez) (estén|se conozcan|tengamos|tengan) … (resultados|conclusiones|cifras|números|datos)', example: 'Lo cerraremos cuando tengamos los números del piloto.' },
    { phrase: '(segunda|siguiente|próxima|posterior) (fase|etapa|ola)', example: 'La gestión del cambio pasa a una segunda fase.' },
    { phrase: '(se aplaza|se aplazan|aplazado|aplazada|pospuesto|pospuesta)', example: 'La formación se aplaza al despliegue.' },
  ],
  nl: [
    { phrase: '(nog te|nader te) (bepalen|beslissen|definiëren|bevestigen|benoemen|regelen)', example: 'Budget nog te bepalen.' },
    { phrase: '(n.t.b.|ntb|n.n.b.|nnb)', example: 'Sponsor: n.t.b.' },
    { phrase: 'afhankelijk van … (uitkomst|uitkomsten|resultaten|resultaat)', example: 'Budget afhankelijk van de resultaten.' },
    { phrase: '(later|achteraf) $', example: 'Opleiding volgt later.' },
    { phrase: '(op een later moment|in fase (2|twee)|in een latere fase)', example: 'Koppeling met SAP in fase 2.' },
    { phrase: 'zodra … (resultaten|uitkomsten) (bekend|binnen|beschikbaar) (zijn)?', example: 'Budget vaststellen zodra de resultaten bekend zijn.' },
    { phrase: '(nog (open|onbekend|onduidelijk|niet bekend|niet bepaald|niet besloten)|open punt)', example: 'Beheer: nog open.' },
    { phrase: '(wordt|worden) … (later|na de pilot|na de poc|achteraf) … (bepaald|besloten|vastgesteld|benoemd|geregeld|uitgewerkt|ingevuld)', example: 'Wordt later samen met de praktijkmanagers uitgewerkt.' },
    { phrase: 'afhankelijk van hoe', example: 'Opleiding afhankelijk van hoe de pilot verloopt.' },
    { phrase: '(tweede|volgende|latere) (fase|stap|golf)', example: 'Opleiding in de tweede fase.' },
    { phrase: '(uitgesteld|doorgeschoven) (tot|naar)', example: 'Verandermanagement uitgesteld tot de uitrol.' },
  ],
});

/**
 * The words in `text` that defer it, or undefined. A value that ends in a
 * question mark asks instead of answering, so it defers too.
 */
export function deferralIn(text: string): string | undefined {
  const found = DEFERRAL.find(text);
  if (found) return found;
  const t = text.trim();
  if (t.endsWith('?')) {
    const question = t.split(/(?<=[.!;])\s+/).pop() ?? t;
    return question.length > 60 ? '…' + question.slice(-59) : question;
  }
  return undefined;
}
