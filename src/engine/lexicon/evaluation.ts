// How a plan measures and analyses: offline model measures that are accuracy
// whatever a metric's `kind` says, and the words that break errors down by segment.
import { lexicon } from './lexicon';

/** A measure of the model on prepared data, not of the work. */
export const OFFLINE_MEASURE = lexicon('offline-measure', {
  en: [
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
  ],
  de: [
    { phrase: '(auf|an) (den)? (historischen|vergangenen) (daten|fällen|fahrten|aufträgen|touren)', example: 'Trefferquote auf den historischen Fahrten.' },
    { phrase: '(trefferquote|präzision|sensitivität|spezifität|f1-wert|f1-score)', example: 'Trefferquote auf dem Testdatensatz' },
    { phrase: '(testdatensatz|testdaten|testset|validierungsdatensatz|validierungsdaten|rückrechnung|backtest|offline-auswertung)', example: 'Fehlerquote im Backtest' },
  ],
  fr: [
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
  ],
  es: [
    { phrase: '(del|sobre el|en el|con el) histórico|(con|sobre) datos históricos', example: 'Acierto del modelo al clasificar a los socios morosos del histórico 2023-2025.' },
    { phrase: '(exhaustividad|sensibilidad|puntuación f1)', example: 'Exhaustividad en el conjunto de prueba' },
    { phrase: '(conjunto de prueba|conjunto de validación|datos de prueba|muestra de prueba|backtest|backtesting|evaluación offline)', example: 'Tasa de error en el conjunto de prueba' },
  ],
  nl: [
    { phrase: 'op (de)? (historische|eerdere) (ritten|data|gegevens|dossiers|gevallen|orders)', example: 'Percentage correct voorspelde rijtijden op de historische ritten van vorig schooljaar.' },
    { phrase: '(precisie|f1-score)', example: 'Precisie op de testset' },
    { phrase: '(testset|testdata|validatieset|validatiedata|backtest|offline evaluatie)', example: 'Foutpercentage in de backtest' },
  ],
});

/** Errors broken down by segment: "by carrier", "per region", "aufgeschlüsselt nach". */
export const BY_SEGMENT = lexicon('by-segment', {
  en: [{ phrase: '(by|per|segment|segments|segmented|broken down|breakdown|split|across|for each|each)', example: 'Errors broken down by carrier, region and exception type.' }],
  de: [{ phrase: '(nach|je|pro|aufgeschlüsselt|aufgeteilt|segment|segmente|getrennt nach|für jede|für jeden)', example: 'Fehler nach Sparte und Region aufgeschlüsselt.' }],
  fr: [{ phrase: '(par|selon|ventilé|ventilés|ventilées|ventilation|segment|segments|pour chaque)', example: 'Erreurs ventilées par type de sinistre.' }],
  es: [{ phrase: '(por|según|desglosado|desglosados|desglosadas|desglose|segmento|segmentos|para cada)', example: 'Errores desglosados por tipo de incidencia.' }],
  nl: [{ phrase: '(per|naar|uitgesplitst|opgesplitst|segment|segmenten|voor elk|voor elke)', example: 'Fouten uitgesplitst naar regio en producttype.' }],
});
