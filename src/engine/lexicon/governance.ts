// What a plan says it records of each decision: an audit trail that opens by
// saying nothing is kept names no record, whatever else it goes on to say.
import { lexicon } from './lexicon';

/** Nothing is logged: "no logging during the pilot", "Pas de journalisation". */
export const NOTHING_LOGGED = lexicon('nothing-logged', {
  en: [
    { phrase: '(no|without) (logging|audit trail|audit log|decision log|log)', example: 'No logging of its own during the pilot; the drafts are deleted at the end of the test.' },
    { phrase: 'nothing (is|will be|gets) (logged|recorded|kept|stored)', example: 'Nothing is logged while the pilot runs.' },
  ],
  de: [
    {
      phrase: '(keine|ohne) (protokollierung|aufzeichnung|audit-trail|logdatei|protokolle|eigene protokollierung)',
      example: 'Keine eigene Protokollierung im Pilot; die Entwürfe werden am Ende gelöscht.',
    },
    { phrase: '(es)? (wird|werden) nichts (protokolliert|gespeichert|aufgezeichnet)', example: 'Es wird nichts protokolliert.' },
  ],
  fr: [
    {
      phrase: '(pas de|aucune|sans) (journalisation|traçabilité|trace|historique)',
      example: "Pas de journalisation propre à l'outil pendant le pilote ; les fiches sont supprimées à la fin du test.",
    },
    { phrase: "rien n'est (journalisé|enregistré|conservé|tracé)", example: "Rien n'est journalisé pendant le pilote." },
  ],
  es: [
    { phrase: '(sin|no hay|ningún|ninguna) (registro|trazabilidad|auditoría|log|traza)', example: 'No hay registro propio durante el piloto; las fichas se borran al final.' },
    { phrase: 'no se (registra|guarda|conserva|almacena) nada', example: 'No se registra nada durante el piloto.' },
  ],
  nl: [
    { phrase: '(geen|zonder) (logging|registratie|audittrail|audit trail|logboek|eigen logging)', example: 'Geen eigen logging tijdens de pilot; de concepten worden na de test gewist.' },
    { phrase: '(er)? (wordt|worden) niets (gelogd|vastgelegd|bewaard|opgeslagen)', example: 'Er wordt niets vastgelegd.' },
  ],
});
