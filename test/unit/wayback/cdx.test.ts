import { describe, expect, it } from 'vitest';
import { archiveEndpoints, captureUrl, cdxQueryUrl, parseCdx } from '../../../src/cli/wayback/cdx.ts';
import { parseYearMonth, periodOf, timestampMs } from '../../../src/cli/wayback/periods.ts';
import { selectCaptures } from '../../../src/cli/wayback/select.ts';

const U = 'https://example.com/signup';
const row = (ts: string, digest: string, mime = 'text/html', status = '200') => ({ timestamp: ts, original: U, mimetype: mime, statuscode: status, digest });

describe('CDX queries and answers', () => {
  it('asks the Wayback Machine and pywb layouts for JSON, status 200, collapsed digests and the date range', () => {
    const wb = archiveEndpoints('https://web.archive.org/web/');
    expect(wb).toEqual({ replay: 'https://web.archive.org/web', cdx: 'https://web.archive.org/cdx/search/cdx' });
    expect(archiveEndpoints('http://localhost:8080/my-coll').cdx).toBe('http://localhost:8080/my-coll/cdx');
    const q = new URL(cdxQueryUrl(wb, { url: `${U}?a=1`, from: '2019', to: '202403' }));
    expect(Object.fromEntries(q.searchParams)).toEqual({ url: `${U}?a=1`, output: 'json', filter: 'statuscode:200', collapse: 'digest', from: '2019', to: '202403' });
    expect(captureUrl(wb, { timestamp: '20190102030405', original: U })).toBe(`https://web.archive.org/web/20190102030405id_/${U}`);
  });

  it('reads the array answer, pywb lines and the plain-text answer, counting rows it cannot read', () => {
    const array = JSON.stringify([
      ['urlkey', 'timestamp', 'original', 'mimetype', 'statuscode', 'digest', 'length'],
      ['com,example)/signup', '20190102030405', U, 'text/html', '200', 'AAAA', '10'],
      ['com,example)/signup', '2019', U, 'text/html', '200', 'BBBB', '10'],
      ['com,example)/signup', '20190102030405', 'not a url', 'text/html', '200', 'CCCC', '10'],
    ]);
    expect(parseCdx(array)).toEqual({ captures: [row('20190102030405', 'AAAA')], malformed: 2 });
    const pywb = `{"urlkey":"k","timestamp":"20200101000000","url":"${U}","mime":"text/html","status":"200","digest":"sha1:X"}\n{"broken\n`;
    expect(parseCdx(pywb)).toEqual({ captures: [row('20200101000000', 'sha1:X')], malformed: 1 });
    expect(parseCdx(`k 20210101000000 ${U} text/html 200 DDDD 10\nshort line`)).toEqual({ captures: [row('20210101000000', 'DDDD')], malformed: 1 });
    expect(parseCdx('[]')).toEqual({ captures: [], malformed: 0 });
  });

  it('reads the good rows of a damaged array answer', () => {
    const damaged = `[["urlkey","timestamp","original","mimetype","statuscode","digest","length"],\n["k","20190102030405","${U}","text/html","200","AAAA","10"],\n["k","2019010203\n["k","20200102030405","${U}","text/html","200","BBBB","10"]]`;
    const answer = parseCdx(damaged);
    expect(answer.captures.map((c) => c.digest)).toEqual(['AAAA', 'BBBB']);
    expect(answer.malformed).toBe(1);
  });
});

describe('dates and selection', () => {
  it('parses YYYY and YYYYMM and refuses anything else', () => {
    expect(parseYearMonth('2019')).toBe('2019');
    expect(parseYearMonth('201903')).toBe('201903');
    expect(parseYearMonth('2019-03')).toBe('201903');
    for (const bad of ['19', '201913', '2019-3', 'soon', '20190301']) expect(parseYearMonth(bad)).toBeNull();
    expect(timestampMs('20190228235959')).toBe(Date.parse('2019-02-28T23:59:59Z'));
    expect(timestampMs('20190231000000')).toBeNull();
    expect(periodOf('20190815000000', 'quarter')).toBe('2019-Q3');
  });

  it('keeps the first capture of each period and of each other digest in it; leaves out non-200 and non-HTML', () => {
    const captures = [
      row('20190520000000', 'B'),
      row('20190501000000', 'A'),
      row('20190525000000', 'A'),
      row('20190601000000', 'A'),
      row('20190610000000', 'C', 'text/html', '302'),
      row('20190611000000', 'D', 'image/png'),
      row('20190612000000', 'E', 'unk'),
    ];
    const month = selectCaptures(captures, 'month');
    expect(month.chosen.map((c) => `${c.timestamp.slice(0, 8)}:${c.digest}`)).toEqual(['20190501:A', '20190520:B', '20190601:A', '20190612:E']);
    expect(month.notOk).toBe(1);
    expect(month.notHtml).toBe(1);
    expect(selectCaptures(captures, 'year').chosen.map((c) => c.digest)).toEqual(['A', 'B', 'E']);
  });
});
