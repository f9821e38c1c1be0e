// Products a plan names as the systems it integrates with. Names, not words:
// they read the same in every language.
import { lexicon } from './lexicon';

export const SYSTEM_NAME = lexicon('system-name', {
  en: [
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
