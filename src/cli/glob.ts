// Glob patterns in path arguments (`plans/**/*.poc.yaml`, `q?.poc.yml`)
// without a dependency: walk from the pattern's fixed prefix and keep what a
// regular expression made from the pattern matches.

export function isGlob(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

/** The directory part before the first segment with a wildcard: `plans/2026` for `plans/2026/**\/*.yaml`. */
export function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const firstWild = segments.findIndex(isGlob);
  return segments.slice(0, firstWild).join('/');
}

/** `**` crosses directories, `*` and `?` stay within one segment. */
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}
