/**
 * What the server's type check sees of a plugin's admin half, which `quartet.config.ts` names
 * beside its server half: an opaque module (the server never loads it; the admin app checks it).
 * Mapped by `paths` in this package's tsconfig.json.
 */
declare const adminHalf: { readonly id: string };
export default adminHalf;
