import { describe, expect, it } from 'vitest';
import { base64ToBytes, base64UrlToBytes, bytesToBase64, bytesToBase64Url, bytesToHex } from './base64-bytes';

const allBytes = Uint8Array.from({ length: 256 }, (_, index) => index);

describe('base64 without Buffer', () => {
  it('round-trips every byte value, standard and URL-safe', () => {
    expect(base64ToBytes(bytesToBase64(allBytes))).toEqual(allBytes);
    expect(base64UrlToBytes(bytesToBase64Url(allBytes))).toEqual(allBytes);
    expect(bytesToBase64Url(allBytes)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each([
    ['a stray character', 'QUJD*'],
    ['a missing character', 'QUJDRA='],
    ['whitespace inside', 'QUJD RA=='],
    ['URL-safe letters in standard base64', 'ab-_'],
    ['unused bits set (a second spelling of the same bytes)', 'QR=='],
  ])('refuses %s', (_case, text) => expect(base64ToBytes(text)).toBeUndefined());

  it('refuses impossible URL-safe lengths and characters', () => {
    expect(base64UrlToBytes('abcde')).toBeUndefined();
    expect(base64UrlToBytes('ab+/')).toBeUndefined();
  });

  it('writes hex', () => expect(bytesToHex(Uint8Array.of(0, 15, 255))).toBe('000fff'));
});
