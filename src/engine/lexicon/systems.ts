// Products a plan names as the systems it integrates with. Names, not words:
// they read the same in every language.
import { lexicon } from './lexicon';

export const SYSTEM_NAME = lexicon('system-name', {
  en: [
    { phrase: '(opcenter|wonderware|camstar|aveva mes|plex mes)', example: 'Alarms are written to the MES (Siemens Opcenter).' },
    { phrase: '(stripe|adyen|paypal|mollie|worldpay|braintree|klarna|gocardless)', example: 'Payouts are held through Stripe Connect.' },
    { phrase: '(maximo|ifs applications|infor eam|hxgn eam|fiix|mainsaver)', example: 'Repair work orders go to Maximo (fleet maintenance).' },
    { phrase: '(servicenow|jira|zendesk|freshdesk|freshservice|remedy|topdesk|otrs)', example: 'Tickets are written back to ServiceNow.' },
    { phrase: '(sap|s/4hana|s4hana|sap ecc|oracle|netsuite|dynamics 365|microsoft dynamics|navision|odoo|epicor)', example: 'Orders are read from SAP.' },
    { phrase: '(salesforce|hubspot|pipedrive|zoho|siebel|pega)', example: 'Leads come from Salesforce.' },
    { phrase: '(workday|successfactors|personio|bamboohr|greenhouse|taleo|smartrecruiters)', example: 'Candidates are read from Workday.' },
    { phrase: '(guidewire|duck creek|sapiens|majesco)', example: 'Claims are read from Guidewire ClaimCenter.' },
    { phrase: '(epic|cerner|meditech|allscripts)', example: 'Triage notes are written to Epic.' },
    { phrase: '(temenos|finastra|avaloq|finacle|flexcube|mambu)', example: 'Loan data comes from Temenos.' },
    { phrase: '(sap ewm|manhattan|blue yonder|descartes|transporeon|project44)', example: 'Shipments are read from Manhattan WMS.' },
    { phrase: '(sharepoint|documentum|opentext|confluence|dropbox)', example: 'Contracts are read from SharePoint.' },
    { phrase: '(genesys|avaya|five9|twilio|talkdesk|nice cxone)', example: 'Calls are transcribed from Genesys.' },
  ],
  de: [],
  fr: [],
  es: [],
  nl: [],
});

// Words that say a named thing is a system (its kind, not which one). An item
// of `production_plan.integration_points` that says one of these, or a
// product's name, names a system the POC should exercise.
export const SYSTEM_KIND = lexicon('system-kind', {
  en: [
    { phrase: '(*system|*systems)', example: 'The field dispatch system receives the note.' },
    { phrase: '(application|app|api|portal|platform|software|module|tool|workbench|database|interface|gateway|payment gateway)', example: 'The order management API issues the refund.' },
    { phrase: '(erp|crm|wms|tms|lims|pms|ehr|epr|itsm|cms|clm|pim|dms|hris)', example: 'Orders are read from the WMS.' },
    { phrase: '(workflow|administration)', example: 'Cases go to the policy administration.' },
    { phrase: '(emr|epd|electronic health record|electronic patient record|patient record system)', example: 'The ward reads the EMR for discharge status.' },
    { phrase: '(feed|data feed|*feed)', example: 'Arrivals come from the Home Office Atlas/CID feed.' },
  ],
  de: [
    { phrase: '(*system|*systeme)', example: 'Der Auftrag geht an das Einsatzleitsystem.' },
    {
      phrase: '(anwendung|*anwendung|fachverfahren|portal|*portal|plattform|*plattform|datenbank|*datenbank|software|*software|modul|schnittstelle|*schnittstelle|*workflow|*gateway)',
      example: 'Die Fachanwendung Wohngeld erhält den Entwurf.',
    },
    { phrase: '(kis|elektronische patientenakte|patientenakte|pflegedokumentation)', example: 'Der Status wird aus dem KIS gelesen.' },
  ],
  fr: [
    {
      phrase: '(système|systèmes|application|appli|logiciel|progiciel|portail|plateforme|outil|module|interface|entrepôt de données|base de données|passerelle)',
      example: "L'application de programmation reçoit les dossiers.",
    },
    { phrase: '(dpi|dossier patient informatisé|dossier patient|dossier de soins informatisé|flux de données)', example: 'Le statut est lu dans le DPI.' },
  ],
  es: [
    {
      phrase: '(sistema|sistemas|aplicación|aplicativo|portal|plataforma|herramienta|módulo|software|gestor|base de datos|interfaz|pasarela)',
      example: 'La plataforma de reservas recibe la propuesta.',
    },
    { phrase: '(hce|historia clínica electrónica|historia clínica)', example: 'El estado se lee de la HCE.' },
  ],
  nl: [
    {
      phrase: '(*systeem|*systemen|applicatie|*applicatie|portaal|*portaal|platform|*platform|databank|*databank|koppeling|*koppeling|*administratie|module|*gateway)',
      example: 'Het contract wordt klaargezet in de huuradministratie.',
    },
    {
      phrase: '(epd|ecd|elektronisch patiëntendossier|elektronisch cliëntdossier|elektronisch cliëntendossier|patiëntendossier|cliëntdossier)',
      example: "De status 'gereed voor vervoer' komt uit het EPD.",
    },
  ],
});

/** What a compound ends in when it says "a system" ("schade|systeem", "Schaden|system"): its stem tells it apart. */
export const SYSTEM_ENDING = /(?:systeem|systemen|system|systeme|système|sistema|software|programma|programm|applicatie|anwendung|portaal|portal)$/;

/** A step production itself does by hand: "texte validé saisi dans le GEVA-Sco", "pasted into the portal". */
export const ENTERED_BY_HAND = lexicon('entered-by-hand', {
  en: [{ phrase: '(entered|pasted|keyed in|typed in|copied in) (into|in)', example: 'Validated text pasted into the MDPH portal' }],
  de: [{ phrase: '(eingegeben|eingetragen|eingefügt|erfasst|übertragen) (in|im)', example: 'Freigegebener Text eingetragen im Portal der Versorgungsbehörde' }],
  fr: [{ phrase: '(saisi|saisie|saisis|saisies|collé|collée|recopié|recopiée) (dans|sur)', example: 'Texte validé saisi dans le GEVA-Sco du portail MDPH' }],
  es: [{ phrase: '(introducido|introducida|pegado|pegada|tecleado|tecleada|grabado|grabada) en', example: 'Texto validado introducido en el portal de la administración' }],
  nl: [{ phrase: '(ingevoerd|geplakt|ingetypt|overgenomen) (in|op)', example: 'Goedgekeurde tekst ingevoerd in het portaal van de gemeente' }],
});

/**
 * Words that say what kind of thing a system is, not which one: two systems
 * are the same when they share a word that is not one of these, and a name is
 * told apart in running text by its other words.
 */
export const GENERIC_SYSTEM_WORDS: ReadonlySet<string> = new Set(
  'system systems software logiciel tool tools platform service services data database feed feeds api apis interface module read write both read_write lesen schreiben lecture écriture lectura escritura lezen schrijven the and for with from into via der die das und mit von für les des pour avec los las del para con het een van voor met tickets ticket queue queues vendor supplier anbieter fournisseur proveedor leverancier systeme anwendung fachanwendung fachverfahren plattform schnittstelle système systèmes application plateforme outil sistema sistemas aplicación plataforma herramienta systeem systemen applicatie platform koppeling'.split(
    ' ',
  ),
);

/**
 * Capitals that name a thing but not a system: a code in capitals
 * (PILOTAGE-CF, AMOS) in an integration point is a system's name otherwise.
 */
export const NOT_A_SYSTEM_CODE: ReadonlySet<string> = new Set([
  'KPI',
  'SLA',
  'GDPR',
  'DSGVO',
  'RGPD',
  'AVG',
  'ISO',
  'EUR',
  'USD',
  'GBP',
  'CHF',
  'FTE',
  'ROI',
  'PDF',
  'CSV',
  'XML',
  'JSON',
  'TBC',
  'TBD',
  'N/A',
  'POC',
  'MVP',
  'OCR',
  'LLM',
  'GPT',
]);

/**
 * What a system's abbreviation stands for, so "LIMS" in the production plan is
 * the "Laboratory information system" listed under `integrations`: the words
 * of its expansion that tell it from other systems.
 */
export const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  lims: ['laboratory', 'labor', 'laboratoire', 'laboratorio', 'laboratorium'],
  dms: ['document', 'documents', 'dokument', 'dokumentenmanagementsystem', 'dokumentenmanagement', 'documentaire', 'documental', 'documentbeheer', 'documentmanagementsysteem'],
  wms: ['warehouse', 'lager', 'entrepôt', 'almacén', 'magazijn'],
  tms: ['transport'],
  erp: ['enterprise', 'resource'],
  crm: ['customer', 'relationship', 'kunden', 'client', 'clientes', 'klant'],
  ehr: ['health', 'record', 'patient'],
  emr: ['medical', 'record', 'patient'],
  epr: ['patient', 'record'],
  epd: ['patiëntendossier', 'patiëntdossier'],
  ecd: ['cliëntdossier', 'cliëntendossier', 'zorgdossier'],
  kis: ['krankenhausinformationssystem', 'klinikinformationssystem'],
  dpi: ['dossier'],
  hce: ['historia'],
  epma: ['prescribing', 'medicines'],
  his: ['hospital', 'krankenhaus', 'hôpital', 'hospitalario', 'ziekenhuis'],
  pms: ['property'],
  hris: ['human', 'resources', 'personal'],
  itsm: ['service', 'management'],
  clm: ['contract', 'vertrag', 'contrat', 'contrato'],
  pim: ['product', 'produkt', 'produit', 'producto'],
  mes: ['manufacturing', 'execution', 'fertigung'],
  scada: ['supervisory', 'leitsystem'],
  cmms: ['maintenance', 'instandhaltung', 'maintenance', 'mantenimiento', 'onderhoud'],
};

/** An integration marked as exercised whose own notes say it is not: re-keyed by hand, not connected, sent nothing. */
export const NOT_EXERCISED = lexicon('not-exercised', {
  en: [
    {
      phrase: '((copied|pasted|transferred|keyed) … by hand|interface … (is|will be) built for production)',
      example: 'Summaries are copied into the file by hand; the interface itself is built for production.',
    },
    { phrase: 'interface (is|will be) (built|developed|added|connected) (once|after|when)', example: 'The interface is built once the pilot has proved the model.' },
    { phrase: '(key|keys|keyed|type|types|typed|enter|enters|entered) … (by hand|manually)', example: 'The planners key the work orders into SAP PM by hand.' },
    {
      phrase:
        '(re-keyed|rekeyed|re-keying|rekeying|re-typed|retyped|keyed in by hand|not connected|not integrated|no connection|no interface|sends nothing|receives nothing|stays manual|remains manual)',
      example: 'During the pilot, filing stays manual re-keying by the clerk.',
    },
    { phrase: '(writes|write|written|posts|posted|books|booked) (only)? (to|into|in) (a|the) (copy|sandbox|test|staging|uat)', example: 'The service writes only to a copy of the test client.' },
    { phrase: '(still|as before|as today) … (by hand|manually)', example: 'Dispatchers still create the real reports by hand.' },
    { phrase: '(simulated|simulating|simulate|mocked|stubbed)', example: 'The write-back to the ERP is simulated.' },
    { phrase: 'manually (entered|keyed|typed|copied|transferred|re-entered|posted) (into|in|to)', example: 'The accepted proposals are manually entered into SAP by the planner.' },
    { phrase: '(interface|integration|connection) (comes|follows|arrives) (with|at) (the)? (rollout|roll-out|go-live)', example: 'The interface comes with the rollout.' },
    { phrase: '(sandbox|staging) (instance|copy|tenant)|test (instance|copy|tenant|mailbox)', example: 'in_poc true, but it is the sandbox instance.' },
    { phrase: '(shadow run|shadow mode|in shadow)', example: 'Limit decreases run in shadow mode during the pilot.' },
    { phrase: '(mocked|stubbed|faked) (for the pilot|in the pilot|during the pilot)?', example: 'The write-back is mocked for the pilot and actions are keyed in by hand.' },
    {
      phrase: '(key|keys|keyed|type|types|typed|enter|enters|entered|copy|copies|copied) … (themselves|ourselves|yourself|by themselves)',
      example: 'For the trial the desk keys the approved draft into Adpoint themselves.',
    },
    { phrase: '(in|on) a (separate|standalone|stand-alone) test (environment|system|instance)', example: 'Clerks work afterwards in a separate test environment, beside the normal declaration flow.' },
  ],
  de: [
    {
      phrase: '(nicht angebunden|keine anbindung|keine schnittstelle|bleibt manuell|händisch übertragen|manuell übertragen|abgetippt|wird nichts übergeben)',
      example: 'Im Pilot bleibt die Meldung manuell; das Portal ist nicht angebunden.',
    },
    {
      phrase: '(schreibt|schreiben|bucht|buchen|legt|legen) (nur|lediglich|ausschließlich) in (den|das|die|eine|einen|ein) (testmandant*|testsystem|testinstanz|kopie|sandbox|qs-system|q-system)',
      example: 'Der Dienst schreibt nur in den Testmandanten.',
    },
    { phrase: '(weiterhin|nach wie vor|wie bisher) (von hand|händisch|manuell)', example: 'Die Disponenten legen die echte Meldung weiterhin von Hand in SAP PM an.' },
    { phrase: '(simuliert|simulieren|nachgestellt)', example: 'Das Zurückschreiben wird simuliert.' },
    { phrase: '(von hand|händisch|manuell) … (übertragen|übernommen|eingetragen|eingegeben|eingepflegt|eingetippt)', example: 'Die Vorschläge werden von Hand ins SAP übertragen.' },
    { phrase: '(trägt|tragen|gibt|geben|tippt|tippen|pflegt|pflegen) … (von hand|händisch|manuell) ein', example: 'Im POC trägt der Sachbearbeiter die Reserve von Hand ein.' },
    { phrase: 'schnittstelle (kommt|folgt) (erst)? (mit dem|beim|nach dem|zum) (rollout|roll-out|go-live|produktivstart|produktivbetrieb)', example: 'Die Schnittstelle kommt mit dem Rollout.' },
    { phrase: '(testpostfach|test-postfach|testkopie)', example: 'Die Aufträge gehen im Pilot an ein Testpostfach.' },
    { phrase: '(schattenbetrieb|im schatten)', example: 'Limitkürzungen laufen im Pilot im Schattenbetrieb.' },
    { phrase: '(tippen|tippt|übertragen|überträgt|tragen|trägt) … selbst (ein|ins|in)', example: 'Im Pilot tippt das Team den freigegebenen Entwurf selbst ins Buchungssystem ein.' },
    { phrase: 'in einer (separaten|eigenen|getrennten) testumgebung', example: 'Die Sachbearbeiter arbeiten nachträglich in einer separaten Testumgebung.' },
  ],
  fr: [
    { phrase: '(on ne touche pas|nous ne touchons pas) (à|au|aux)', example: 'On ne touche pas à Opera pendant le pilote.' },
    { phrase: '(recopient|recopie|ressaisissent|ressaisit|resaisissent|resaisit) … (à la main|manuellement)', example: 'Les RM recopient à la main les prix validés dans Opera.' },
    {
      phrase: "((recopié|recopiée|recopiés|recopiées|reporté|reportée|reportés|reportées) à la main|(n'est pas|ne sera pas) (ouverte|ouvert|branchée|branché|activée|activé) avant)",
      example: 'Les conclusions sont recopiées à la main dans Vault.',
    },
    {
      phrase: "(n'est prévue qu'après|n'est prévu qu'après|ne sera branchée qu'après|ne sera branché qu'après)",
      example: "La connexion EDI n'est prévue qu'après le pilote ; les auxiliaires ressaisissent la proposition.",
    },
    {
      phrase: "(ressaisi*|pas connecté|non connecté|pas d'interface|aucune interface|reste manuel|reste manuelle|ne leur transmet rien|ne transmet rien)",
      example: 'Le dépôt se fait par ressaisie manuelle du gestionnaire ; le modèle ne leur transmet rien.',
    },
    {
      phrase: '(écrit|écrivent|enregistre|enregistrent) (uniquement|seulement) dans (la|le|une|un) (copie|recette|bac à sable|environnement de test)',
      example: 'Le service écrit uniquement dans une copie de recette.',
    },
    { phrase: "(toujours|comme aujourd'hui) (à la main|manuellement)", example: 'Les agents saisissent toujours à la main la déclaration réelle.' },
    {
      phrase: "(simulé|simulée|simulés|simulées|rejoué|rejouée|rejoués|rejouées|pas de connexion|aucune connexion|pas d'écriture)",
      example: "Les déclarations sont rejouées à partir d'un export ; pas de connexion directe.",
    },
    { phrase: '(saisi|saisie|saisis|saisies|copié|copiée|copiés|copiées) (manuellement|à la main) dans', example: 'Les ordres retenus sont saisis manuellement dans Maximo.' },
    { phrase: '(recopié|recopiée|recopiés|recopiées) dans', example: "Les propositions validées sont recopiées dans SAP par l'assistante." },
    {
      phrase: "(l'interface|la connexion|l'intégration|une interface|interface|connexion|intégration) (viendra|arrive|arrivera|suivra) (avec le|au|lors du) (déploiement|passage en production)",
      example: "L'interface viendra avec le déploiement.",
    },
    { phrase: '(boîte de test|boîte mail de test|instance de test|copie de test)', example: 'Les ordres partent vers une boîte mail de test pendant le pilote.' },
    { phrase: '(en mode fantôme|en mode ombre|en parallèle sans écriture)', example: 'Les baisses de plafond tournent en mode fantôme pendant le pilote.' },
    { phrase: '(saisit|saisissent|ressaisit|recopie|recopient) … (eux-mêmes|elle-même|lui-même|elles-mêmes)', example: 'Pendant le pilote, le service saisit lui-même le texte validé dans Adpoint.' },
    { phrase: 'dans un environnement de test (séparé|distinct|à part)', example: 'Les déclarants travaillent après coup dans un environnement de test séparé.' },
  ],
  es: [
    { phrase: '(hace|hacen|realiza|realizan|graba|graban) (la|el|las|los) … a mano', example: 'Un agente hace la reserva a mano al final del turno.' },
    { phrase: '(se copian|se pasan|se teclean|se introducen|se transcriben) a mano', example: 'Las propuestas aceptadas se copian a mano en SAP MM.' },
    { phrase: '(se anotan|se apuntan|se copian|se registran) en (una|la) hoja', example: 'Las órdenes propuestas se anotan en una hoja Excel compartida.' },
    {
      phrase: '(se vuelve a teclear|se reintroduce|reintroducción manual|no está conectado|no conectado|sin conexión|sin interfaz|sigue siendo manual|no se envía nada)',
      example: 'Durante el piloto el alta sigue siendo manual; el portal no está conectado.',
    },
    {
      phrase: '(escribe|escriben|graba|graban) (solo|sólo|únicamente) en (el|la|una|un) (copia|entorno de pruebas|sandbox|mandante de pruebas)',
      example: 'El servicio escribe solo en una copia del entorno de pruebas.',
    },
    { phrase: '(siguen|sigue|seguirán|seguirá) … (a mano|manualmente)', example: 'Los técnicos siguen creando el aviso real a mano.' },
    { phrase: '(se simula|se simulan|simulado|simulada|simulados|simuladas|simulando)', example: 'La escritura al ERP se simula volcando un fichero Excel.' },
    { phrase: '(se introducen|se registran|se meten|se cargan|se pasan|se copian) manualmente', example: 'Las órdenes aceptadas se introducen manualmente en el ERP.' },
    { phrase: '(interfaz|integración|conexión) (llegará|vendrá|llega|viene) (con el|en el) (despliegue|paso a producción)', example: 'La interfaz llegará con el despliegue.' },
    { phrase: '(buzón de prueba|buzón de pruebas|instancia de prueba|instancia de pruebas|copia de prueba)', example: 'Durante el piloto las órdenes van a un buzón de pruebas.' },
    { phrase: '(en modo sombra|en sombra|en paralelo sin escritura)', example: 'Las rebajas de límite funcionan en modo sombra durante el piloto.' },
    { phrase: '(copia|copian|pasa|pasan|teclea|teclean) … a mano', example: 'El planificador copia las recogidas a mano desde un Excel.' },
    {
      phrase: '(teclea|teclean|introduce|introducen|copia|copian) … (ellos mismos|ella misma|él mismo|ellas mismas)',
      example: 'Durante el piloto la mesa introduce ella misma el borrador aprobado en Adpoint.',
    },
    {
      phrase: '(la conexión|la integración|la interfaz|el conector) (con|a) … se (hará|hace|construirá|desarrollará) (en|tras|después|cuando)',
      example: 'La conexión con la GMAO se hará en fase 2; en el piloto el panel es independiente.',
    },
    { phrase: '(el panel|la herramienta|la aplicación) es independiente', example: 'En el piloto el panel es independiente.' },
    { phrase: 'en un entorno de pruebas (aparte|separado|independiente)', example: 'Los agentes trabajan después en un entorno de pruebas aparte.' },
  ],
  nl: [
    {
      phrase: '(koppeling|interface|verbinding) … (bij de uitrol|na de pilot|later|pas bij) (gebouwd|gerealiseerd|gemaakt|aangelegd)',
      example: 'De koppeling met Maximo wordt bij de uitrol gebouwd.',
    },
    { phrase: '(met de hand over|handmatig over) (uit|in|naar)', example: "De planners nemen de ETA's met de hand over uit HaMIS in een gedeeld werkblad." },
    {
      phrase: '(overgetypt|overtypen|niet gekoppeld|geen koppeling|blijft handmatig|wordt niets doorgegeven)',
      example: 'Tijdens de pilot blijft de aangifte handmatig; het portaal is niet gekoppeld.',
    },
    {
      phrase: '(schrijft|schrijven|boekt|boeken) (alleen|uitsluitend|enkel) (naar|in) (de|een|het) (kopie|testomgeving|sandbox|testmandant|testsysteem)',
      example: 'De dienst schrijft alleen naar een kopie van de testomgeving.',
    },
    { phrase: '(nog steeds|nog altijd|zoals nu) (met de hand|handmatig)', example: 'De planners maken de echte melding nog steeds met de hand aan.' },
    { phrase: '(gesimuleerd|simuleren|nagebootst)', example: 'Het terugschrijven wordt gesimuleerd op een testkopie.' },
    { phrase: '(met de hand|handmatig) … (ingevoerd|overgenomen|ingetikt|ingetypt|ingeboekt)', example: 'De geaccepteerde voorstellen worden met de hand in SAP ingevoerd.' },
    { phrase: '(koppeling|interface) (komt|volgt) (met|bij) de (uitrol|livegang)', example: 'De koppeling komt met de uitrol.' },
    {
      phrase: '(testmailbox|test-mailbox|testomgeving van de aannemer)|(zet|zetten) … zelf over',
      example: 'Tot die er is gaan de opdrachten in de pilot naar een testmailbox en zet BOR ze zelf over.',
    },
    { phrase: '(schaduwdraai|in schaduwmodus|schaduwmodus)', example: 'De limietverlagingen draaien tijdens de pilot in schaduwmodus.' },
    { phrase: '(overgetikt|overtikken|overtikt)|de echte koppeling (bouwt|komt|volgt)', example: 'De klasse wordt door de laborant overgetikt; de echte koppeling bouwt de leverancier daarna.' },
    { phrase: '(typt|typen|voert|voeren|zet|zetten) … zelf (in|over)', example: 'Tijdens de proef voert de redactie het goedgekeurde concept zelf in.' },
    { phrase: '(in|op) een (aparte|afzonderlijke|losse) testomgeving', example: 'De declaranten werken achteraf in een aparte testomgeving, naast de gewone aangiftestroom.' },
  ],
});

/**
 * An item of `production_plan.integration_points` that points back, with a
 * possessive, to a module of a system already named ("display in its planning
 * module", "affichage dans son module planning"): a part of that system, not
 * another one. An item that also names a product is still read as that product.
 */
export const REFERS_BACK = lexicon('refers-back', {
  en: [
    { phrase: '(via|through|over|using) the existing (interface|integration|connection|link|connector|interfaces)', example: 'Class on the weighbridge ticket, via the existing interface.' },
    {
      phrase: '(in|into|to|via|through|from|on|onto) (its|their) (own)? (planning)? (module|modules|screen|screens|app|interface|dashboard|view|tab|menu)',
      example: 'Display of the forecast in its planning module.',
    },
  ],
  de: [
    {
      phrase: '(über|via|mit) (die|der) (bestehende|bestehenden|vorhandene|vorhandenen) (schnittstelle|anbindung|schnittstellen|kopplung)',
      example: 'Klasse auf dem Wiegeschein, über die bestehende Schnittstelle.',
    },
    {
      phrase: '(in|im|an|über|aus|auf) (seinem|seinen|seiner|seine|ihrem|ihren|ihrer|dessen|deren) (*modul|modul|oberfläche|ansicht|maske|bildschirm|app|dashboard)',
      example: 'Anzeige der Prognose in seinem Planungsmodul.',
    },
  ],
  fr: [
    {
      phrase: "(via|par|avec) (l'interface|la liaison|la connexion|le connecteur|les interfaces) (existante|existant|existantes|existants)",
      example: "Classe sur le bon de pesée, via l'interface existante.",
    },
    {
      phrase: '(dans|vers|sur|par|via|depuis) (son|sa|ses|leur|leurs) (module|modules|écran|écrans|interface|application|tableau de bord|vue|onglet)',
      example: 'Affichage de la prévision dans son module planning.',
    },
  ],
  es: [
    {
      phrase: '(mediante|a través de|por|con) (la|el|las) (interfaz|integración|conexión|conector|interfaces) (existente|existentes|actual)',
      example: 'Clase en el ticket de báscula, mediante la interfaz existente.',
    },
    {
      phrase: '(en|a|desde|hacia|con|por|mediante) (su|sus) (módulo|módulos|pantalla|pantallas|interfaz|aplicación|panel|vista|pestaña)',
      example: 'Visualización de la previsión en su módulo de planificación.',
    },
  ],
  nl: [
    { phrase: '(via|met|over) de (bestaande|huidige) (koppeling|koppelingen|interface|verbinding)', example: 'Klasse op de weegbon, via de bestaande koppeling.' },
    {
      phrase: '(in|naar|uit|via|op) (zijn|haar|hun) (*module|module|scherm|schermen|interface|app|dashboard|overzicht|tabblad)',
      example: 'Weergave van de prognose in zijn planningsmodule.',
    },
  ],
});
