// twitter-text rejects a link when a domain label, converted to ASCII, is empty or longer than 63
// characters (lib/idna.js, via punycode.js 1.4.1's toASCII). Only the length matters here, so this
// runs RFC 3492's encoder and counts its output instead of building it.

const base = 36;
const tMin = 1;
const tMax = 26;
const skew = 38;
const damp = 700;
const separators = /[\u3002\uFF0E\uFF61]/;
const needsEncoding = /[^\x20-\x7E]/;

/** Length of `punycode.toASCII(label)`: dots of other scripts split it further, like punycode.js. */
export function asciiLabelLength(label: string): number {
  if (!separators.test(label)) return encodedLength(label);
  return label.split(separators).reduce((sum, part, index) => sum + encodedLength(part) + (index > 0 ? 1 : 0), 0);
}

function encodedLength(label: string): number {
  if (!needsEncoding.test(label)) return label.length;
  const codePoints = Array.from(label, (char) => char.codePointAt(0)!);
  const basicLength = codePoints.filter((codePoint) => codePoint < 0x80).length;
  let length = 4 + basicLength + (basicLength > 0 ? 1 : 0); // "xn--", the basic code points, "-"
  let handled = basicLength;
  let n = 128;
  let delta = 0;
  let bias = 72;
  while (handled < codePoints.length) {
    let next = Infinity;
    for (const codePoint of codePoints) if (codePoint >= n && codePoint < next) next = codePoint;
    delta += (next - n) * (handled + 1);
    n = next;
    for (const codePoint of codePoints) {
      if (codePoint < n) delta++;
      if (codePoint !== n) continue;
      let q = delta;
      for (let k = base; ; k += base) {
        const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
        if (q < t) break;
        length++;
        q = Math.floor((q - t) / (base - t));
      }
      length++;
      bias = adapt(delta, handled + 1, handled === basicLength);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return length;
}

function adapt(delta: number, points: number, first: boolean): number {
  let scaled = first ? Math.floor(delta / damp) : delta >> 1;
  scaled += Math.floor(scaled / points);
  let k = 0;
  for (; scaled > ((base - tMin) * tMax) >> 1; k += base) scaled = Math.floor(scaled / (base - tMin));
  return Math.floor(k + ((base - tMin + 1) * scaled) / (scaled + skew));
}
