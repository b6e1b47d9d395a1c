/** The "this verdict is wrong" link: prefilled, and no catalogue text can leave its place in the URL. */
import { describe, expect, it } from 'vitest';
import { reportHref, reportText, type VerdictReportFields } from '../../src/site/report-link.ts';

const fields: VerdictReportFields = {
  tool: 'delete_bucket',
  server: 'S3 Server',
  version: '1.2.3',
  verdict: 'Destructive / critical',
  engineVersion: '0.1.0+rules.abcdef012345',
  page: 'https://atlas.example/servers/s3/delete-bucket/',
};

describe('the verdict report link', () => {
  it('fills an issue tracker template with the tool, server, version, verdict and engine', () => {
    const href = reportHref({ urlTemplate: 'https://tracker.example/issues/new?title={title}&body={body}&labels=verdict' }, fields)!;
    const url = new URL(href);
    expect(url.origin + url.pathname).toBe('https://tracker.example/issues/new');
    expect(url.searchParams.get('title')).toBe('Wrong verdict: delete_bucket on S3 Server');
    expect(url.searchParams.get('labels')).toBe('verdict');
    const body = url.searchParams.get('body')!;
    for (const part of [
      'Tool: delete_bucket',
      'Server: S3 Server 1.2.3',
      'Verdict: Destructive / critical',
      'Engine: 0.1.0+rules.abcdef012345',
      `Page: ${fields.page}`,
    ])
      expect(body).toContain(part);
  });

  it('writes a mail with the same subject and body when only an address is given', () => {
    const href = reportHref({ email: 'atlas@example.org' }, fields)!;
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.searchParams.get('subject')).toBe(reportText(fields).title);
    expect(url.searchParams.get('body')).toBe(reportText(fields).body);
  });

  it('keeps hostile names inside their parameter: no &, #, newline or quote escapes it', () => {
    const hostile = { ...fields, tool: 'x&labels=pwned#frag"\n<script>', server: 'a?b=c\u202Ed' };
    const href = reportHref({ urlTemplate: 'https://tracker.example/new?title={title}&server={server}' }, hostile)!;
    const url = new URL(href);
    expect([...url.searchParams.keys()]).toEqual(['title', 'server']);
    expect(url.hash).toBe('');
    expect(url.searchParams.get('title')).toContain('x&labels=pwned#frag" <script>');
    expect(url.searchParams.get('server')).toBe('a?b=c⟨U+202E⟩d');
    expect(href).not.toMatch(/[\s"<>]/);
  });

  it('cuts long names and gives no link without a place to report to', () => {
    expect(reportText({ ...fields, tool: 'x'.repeat(1000) }).title.length).toBeLessThan(260);
    expect(reportHref(undefined, fields)).toBeUndefined();
    expect(reportHref({}, fields)).toBeUndefined();
  });
});
