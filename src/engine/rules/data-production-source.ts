import { code, Rule } from '../rule';

export const dataProductionSource: Rule = {
  meta: {
    id: 'POC040',
    name: 'data/production-source',
    title: 'The POC\'s data comes from the source production will use',
    dimension: 'technical_feasibility',
    severity: 'warning',
    rationale:
      'Data drawn from production\'s own source carries its mess: missing fields, odd formats, drift. If the pipeline cannot supply it yet, building that is part of the POC.',
  },
  check(ctx) {
    const path = ['data', 'production_source'];
    if (!ctx.expect(path, 'say (true or false) whether the data is drawn from the source production will use.')) return;
    if (ctx.plan.boolean(path) === false) {
      ctx.report({ path, message: `${code(path)} is false: results on data from another source say little about production. Draw the POC's data from production's source, or make building that feed part of the POC.` });
    }
  },
};
