/**
 * Where Lectern creates its Trusted Types policies (docs/security.md). Under the CSP's
 * `require-trusted-types-for 'script'` the DOM's sinks accept only typed values, and the CSP's
 * `trusted-types` directive (server/security-headers.ts) names exactly the policies below, so no other
 * code, and no library, can create one. Each owner keeps its policy to itself and says what it lets
 * through: `lectern-html` (src/lib/sanitize-html.ts), `lectern-sw` (src/offline/register-service-worker.ts),
 * `lectern-jsonld` (src/components/json-ld.tsx).
 */

export const TRUSTED_TYPES_POLICY_NAMES = ['lectern-html', 'lectern-sw', 'lectern-jsonld'] as const;

export type TrustedTypesPolicyName = (typeof TRUSTED_TYPES_POLICY_NAMES)[number];

/** What a policy vouches for; each rule throws for input it does not. */
export type TrustedTypesRules = {
  createHTML?(input: string): string;
  createScript?(input: string): string;
  createScriptURL?(input: string): string;
};

type PolicyFactory = { createPolicy(name: string, rules: TrustedTypesRules): unknown };

/**
 * The policy `name`, created on first use and kept: null where the browser has no Trusted Types (the
 * DOM then takes strings), or where creating it failed (a CSP `trusted-types` directive that does not
 * name it: the sinks then refuse what its owner hands them). `P` is the owner's view of the policy.
 */
export function trustedTypesPolicy<P>(
  name: TrustedTypesPolicyName,
  rules: TrustedTypesRules,
): () => P | null {
  let policy: P | null | undefined;
  return () => {
    if (policy !== undefined) return policy;
    const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
    try {
      policy = (factory?.createPolicy(name, rules) as P | undefined) ?? null;
    } catch {
      policy = null;
    }
    return policy;
  };
}
