// Runtime V8 flags for a CLI process, set before the first lint. A check is a
// short-lived process whose time goes mostly to code V8 has not optimised
// yet; a larger interrupt budget (4× Node 20's default of 67,584) makes it
// tier functions up later, after more feedback, which measured 15% less wall
// and 20% less CPU over 200 plans (scripts/bench-cli.mjs reports both ways).
// V8 flags are "use with care": POC_READINESS_V8_FLAGS=off sets none.
import * as v8 from 'v8';

export const V8_FLAGS: readonly string[] = ['--interrupt-budget=270336'];

/** The flags this run sets: none when the environment switches them off. */
export function v8FlagsFor(env: NodeJS.ProcessEnv): readonly string[] {
  return env.POC_READINESS_V8_FLAGS === 'off' ? [] : V8_FLAGS;
}

/** Sets them in this process (the CLI's own, never a host that imports the engine). */
export function setV8Flags(env: NodeJS.ProcessEnv): void {
  for (const flag of v8FlagsFor(env)) v8.setFlagsFromString(flag);
}
