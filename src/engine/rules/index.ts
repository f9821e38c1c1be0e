// Every rule, in one list. Adding a rule: one file beside this one, one line here,
// a fixture pair in test/fixtures/rules/, and `npm run generate` for its docs.
import type { Rule } from '../rule';
import type { RuleMeta } from '../types';
import { missingSectionMeta } from './plan-missing-section';
import { placeholderMeta } from './plan-placeholder';
import { tooLargeMeta } from './plan-too-large';
import { unusedSuppressionMeta } from './plan-unused-suppression';
import { budgetIcebergRatio } from './budget-iceberg-ratio';
import { budgetProductionEstimate } from './budget-production-estimate';
import { budgetScoping } from './budget-scoping';
import { dataCurated } from './data-curated';
import { dataOwner } from './data-owner';
import { dataPipeline } from './data-pipeline';
import { dataProductionSource } from './data-production-source';
import { economicsReviewEconomics } from './economics-review-economics';
import { edgeCasesAffectedGroups } from './edge-cases-affected-groups';
import { edgeCasesFailureAnalysis } from './edge-cases-failure-analysis';
import { edgeCasesFallback } from './edge-cases-fallback';
import { governanceApprovalsAudit } from './governance-approvals-audit';
import { governancePeopleDecisionsReview } from './governance-people-decisions-review';
import { governanceReviewMinutes } from './governance-review-minutes';
import { hypothesisDecisionDate } from './hypothesis-decision-date';
import { hypothesisDecision } from './hypothesis-decision';
import { hypothesisDecisionWindow } from './hypothesis-decision-window';
import { hypothesisStatement } from './hypothesis-statement';
import { hypothesisKillCriteria } from './hypothesis-kill-criteria';
import { hypothesisSuccessCriteria } from './hypothesis-success-criteria';
import { integrationsExercised } from './integrations-exercised';
import { integrationsProductionSystemsExercised } from './integrations-production-systems-exercised';
import { integrationsNone } from './integrations-none';
import { integrationsOwner } from './integrations-owner';
import { metricsBaseline } from './metrics-baseline';
import { metricsProductionMetrics } from './metrics-production-metrics';
import { operationsCostLatency } from './operations-cost-latency';
import { outcomeDecisionOverdue } from './outcome-decision-overdue';
import { outcomeEvidence } from './outcome-evidence';
import { outcomeGoToProduction } from './outcome-go-to-production';
import { outcomeProductionGate } from './outcome-production-gate';
import { operationsVolumeReliability } from './operations-volume-reliability';
import { planOwner } from './plan-owner';
import { planTitle } from './plan-title';
import { productionPlanBudget } from './production-plan-budget';
import { productionPlanChangeManagement } from './production-plan-change-management';
import { productionPlanDataSources } from './production-plan-data-sources';
import { productionPlanExecutiveSponsor } from './production-plan-executive-sponsor';
import { productionPlanIntegrationPoints } from './production-plan-integration-points';
import { productionPlanOperations } from './production-plan-operations';
import { questionsOneOfThree } from './questions-one-of-three';
import { questionsOperationalViability } from './questions-operational-viability';
import { questionsOrganizationalFit } from './questions-organizational-fit';
import { questionsTechnicalFeasibility } from './questions-technical-feasibility';
import { schema } from './plan-schema';
import { syntax } from './plan-syntax';
import { unknownKey } from './plan-unknown-key';
import { usersInWorkflow } from './users-in-workflow';
import { usersPilotDuration } from './users-pilot-duration';
import { usersRealUser } from './users-real-user';
import { usersStakeholdersOnly } from './users-stakeholders-only';

export const ALL_RULES: readonly Rule[] = [
  budgetIcebergRatio,
  budgetProductionEstimate,
  budgetScoping,
  dataCurated,
  dataOwner,
  dataPipeline,
  dataProductionSource,
  economicsReviewEconomics,
  edgeCasesAffectedGroups,
  edgeCasesFailureAnalysis,
  edgeCasesFallback,
  governanceApprovalsAudit,
  governancePeopleDecisionsReview,
  governanceReviewMinutes,
  hypothesisDecisionDate,
  hypothesisDecision,
  hypothesisDecisionWindow,
  hypothesisStatement,
  hypothesisKillCriteria,
  hypothesisSuccessCriteria,
  integrationsExercised,
  integrationsProductionSystemsExercised,
  integrationsNone,
  integrationsOwner,
  metricsBaseline,
  metricsProductionMetrics,
  operationsCostLatency,
  operationsVolumeReliability,
  outcomeDecisionOverdue,
  outcomeEvidence,
  outcomeGoToProduction,
  outcomeProductionGate,
  planOwner,
  planTitle,
  productionPlanBudget,
  productionPlanChangeManagement,
  productionPlanDataSources,
  productionPlanExecutiveSponsor,
  productionPlanIntegrationPoints,
  productionPlanOperations,
  questionsOneOfThree,
  questionsOperationalViability,
  questionsOrganizationalFit,
  questionsTechnicalFeasibility,
  schema,
  syntax,
  unknownKey,
  usersInWorkflow,
  usersPilotDuration,
  usersRealUser,
  usersStakeholdersOnly,
].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1)); // ids are unique ASCII: code-unit order, no ICU collator at load

/** Rules the engine runs itself, around the others. */
export const ENGINE_RULES = {
  placeholder: placeholderMeta,
  tooLarge: tooLargeMeta,
  unusedSuppression: unusedSuppressionMeta,
  missingSection: missingSectionMeta,
} as const satisfies Record<string, RuleMeta>;

/** Every rule's metadata, by id order: for docs, SARIF and the settings UI. */
export const RULE_METAS: readonly RuleMeta[] = [...ALL_RULES.map((r) => r.meta), ...Object.values(ENGINE_RULES)].sort((a, b) => (a.id < b.id ? -1 : 1));
