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

/** The young generation's size, in KiB, past which it stops growing: two 4 MiB semi-spaces. */
export const YOUNG_GENERATION_CAP_KIB = 8192;

/**
 * A check to call after each plan that stops the young generation growing
 * once it reaches two 4 MiB semi-spaces (V8 doubles it up to 16 MiB each).
 * Its maximum is fixed when the heap is set up, before any code of ours runs
 * (`--max-semi-space-size` set now does nothing), but whether it grows is
 * read at each collection, so a growth factor of 1 set here caps it where it
 * stands. From the start it would keep it at 1 MiB, which cost 17% more time
 * over 5,000 plans; at 4 MiB it saved 8.5 MiB of 84 over 200 plans for 1 to 4%
 * more CPU time (paired runs on a busy machine), and nothing over 5,000.
 * Nothing with POC_READINESS_V8_FLAGS=off.
 */
export function youngGenerationCap(env: NodeJS.ProcessEnv): () => void {
  if (env.POC_READINESS_V8_FLAGS === 'off') return () => undefined;
  let capped = false;
  return () => {
    if (capped) return;
    const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    if (young && young.space_size >= YOUNG_GENERATION_CAP_KIB * 1024) {
      v8.setFlagsFromString('--semi-space-growth-factor=1');
      capped = true;
    }
  };
}
