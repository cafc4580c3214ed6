// Third-party frames and scripts of payment processors and identity-verification vendors, recognised
// by origin. The page reports which origins its frames and scripts come from (never their content);
// the catalog says whose they are.
import type { VendorHit } from '../report.ts';

export interface VendorLike {
  id: string;
  role: VendorHit['role'];
}

export type VendorLookup = (originOrUrl: string) => VendorLike | null | undefined;

const hitKey = (h: VendorHit) => `${h.vendorId}|${h.role}|${h.via}|${h.origin}`;

/** Vendor hits for the page's frame and script origins, without repeats, frames first. */
export function vendorHitsFromOrigins(
  origins: { frameOrigins: readonly string[]; scriptOrigins: readonly string[] },
  lookup: VendorLookup,
): VendorHit[] {
  const out: VendorHit[] = [];
  const seen = new Set<string>();
  const add = (origin: string, via: VendorHit['via']) => {
    let vendor: VendorLike | null | undefined;
    try {
      vendor = lookup(origin);
    } catch {
      vendor = null;
    }
    if (!vendor) return;
    const hit: VendorHit = { vendorId: vendor.id, role: vendor.role, origin, via };
    if (seen.has(hitKey(hit))) return;
    seen.add(hitKey(hit));
    out.push(hit);
  };
  for (const o of origins.frameOrigins) add(o, 'frame');
  for (const o of origins.scriptOrigins) add(o, 'script');
  return out;
}

/** The analysis's own vendor hits plus those found by origin, without repeats. */
export function mergeVendorHits(a: readonly VendorHit[], b: readonly VendorHit[]): VendorHit[] {
  const seen = new Set<string>();
  return [...a, ...b].filter((h) => {
    const k = hitKey(h);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
