import { describe, expect, it } from 'vitest';
import { runCli } from './testing/run-cli';

const run = (...args: string[]) => runCli('match', ...args);

describe('factsandwich match', () => {
  it('ranks entries with reasons', async () => {
    const { code, stdout } = await run('Asylum seekers in 4 star hotels with free iPhones while pensioners freeze #StopTheBoats');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^1\. asylum-luxury-support \(confidence 0\.\d\d\): /);
    expect(stdout).toMatch(/matched because: .*'4 star hotels', 'free iPhones'/);
  });

  it('prints JSON with --json and --top', async () => {
    const { code, stdout } = await run('--json', '--top', '2', 'immigrants take our jobs and drive down wages');
    const { matches } = JSON.parse(stdout) as {
      matches: { id: string; score: number; myth: string; topics: string[]; reasons: { terms: string[] } }[];
    };
    expect(code).toBe(0);
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.length).toBeLessThanOrEqual(2);
    expect(Object.keys(matches[0]!).sort()).toEqual(['confidence', 'id', 'myth', 'reasons', 'score', 'status', 'topics']);
    expect(matches[0]!.topics.some((topic) => topic === 'jobs' || topic === 'wages')).toBe(true);
  });

  it('offers vetted entries only, as the side panel does, unless --unvetted is given', { timeout: 60_000 }, async () => {
    // The starter library holds this myth's entry in review.
    const post = 'Britain is the soft touch of Europe, we take more asylum seekers than anyone';
    const byDefault = await run(post);
    expect(byDefault.stdout).not.toContain('uk-most-asylum-seekers-in-europe');
    expect(byDefault.stdout).toContain('One entry that is not yet vetted matches: add --unvetted to see it.');
    const onRequest = await run('--unvetted', post);
    expect(onRequest.stdout).toMatch(/^1\. uk-most-asylum-seekers-in-europe \[in-review, not vetted\] \(confidence 0\.\d\d\): /);
    expect(onRequest.stdout).not.toContain('add --unvetted');
  });

  it('says when an entry is about another country than the post, as the side panel does', { timeout: 60_000 }, async () => {
    // Pounds say Britain; the starter library's Irish entry on weekly payments still matches.
    const post = 'Migrants get £45 a week and free housing while our pensioners freeze';
    const { stdout } = await run('--top', '10', post);
    expect(stdout).toMatch(/\d+\. ie-asylum-seekers-social-housing .*\n {3}about Ireland — another country than the post's\n/);
    expect(stdout).not.toMatch(/uk-refugees-vs-pensioners .*\n {3}about /);
    const { matches } = JSON.parse((await run('--json', '--top', '10', post)).stdout) as {
      matches: { id: string; otherCountry?: string }[];
    };
    expect(matches.find((match) => match.id === 'ie-asylum-seekers-social-housing')?.otherCountry).toBe('Ireland');
    expect(matches.find((match) => match.id === 'uk-refugees-vs-pensioners')).not.toHaveProperty('otherCountry');
  });

  it('exits 0 with an empty list when nothing matches', async () => {
    const { code, stdout } = await run('--json', 'Train cancelled AGAIN. Third time this week!!');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ matches: [] });
  });

  it('exits 2 for a missing file or a bad --top', { timeout: 60_000 }, async () => {
    expect(await run('--file', 'nope.txt')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('cannot read the post file "nope.txt"'),
    });
    expect(await run('--top', 'zero', 'text')).toMatchObject({ code: 2, stderr: expect.stringContaining('--top must be a whole number') });
  });
});
