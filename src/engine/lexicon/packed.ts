// The lexicons' phrases, packed: the bundles (scripts/bundles.mjs) replace
// this module with every phrase of src/engine/lexicon, deflated and in base64,
// and each phrase in the lexicon files with its number in that table. The
// compiled sources (out/, which the tests run) keep their phrases inline, and
// this is empty.
export const PACKED: string | undefined = undefined;
