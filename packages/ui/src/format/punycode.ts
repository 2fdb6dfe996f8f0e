const base = 36;
const tMin = 1;
const tMax = 26;
const skew = 38;
const damp = 700;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / damp) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((base - tMin) * tMax) >> 1) {
    d = Math.floor(d / (base - tMin));
    k += base;
  }
  return k + Math.floor(((base - tMin + 1) * d) / (d + skew));
}

function digitOf(code: number): number {
  if (code >= 48 && code <= 57) return code - 22;
  if (code >= 65 && code <= 90) return code - 65;
  if (code >= 97 && code <= 122) return code - 97;
  return base;
}

/** One punycode label (without `xn--`) decoded per RFC 3492, or null when it is not valid punycode. */
function decodeLabel(input: string): string | null {
  const output: number[] = [];
  const split = input.lastIndexOf("-");
  for (let j = 0; j < Math.max(split, 0); j++) output.push(input.charCodeAt(j));
  let n = 128;
  let i = 0;
  let bias = 72;
  for (let index = split > 0 ? split + 1 : 0; index < input.length; ) {
    const oldI = i;
    for (let w = 1, k = base; ; k += base) {
      if (index >= input.length) return null;
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= base) return null;
      i += digit * w;
      const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
      if (digit < t) break;
      w *= base - t;
    }
    bias = adapt(i - oldI, output.length + 1, oldI === 0);
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    if (n > 0x10ffff) return null;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

/**
 * A domain name with its `xn--` labels shown in Unicode, as people read them; anything that
 * is not valid punycode stays as it was.
 *
 * @example domainToUnicode("xn--80aswg.xn--p1ai") // "сайт.рф"
 */
export function domainToUnicode(domain: string): string {
  return domain
    .split(".")
    .map((label) => (/^xn--/i.test(label) ? (decodeLabel(label.slice(4).toLowerCase()) ?? label) : label))
    .join(".");
}
