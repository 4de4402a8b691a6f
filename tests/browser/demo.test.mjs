// `cargo xtask run` headless, as CI runs it: the demo journey (xtask/demo.mjs) fills every demo
// form through the real extension, undoes exactly, checks the connection through the real native
// host, and writes its report and screenshots. This machine has no internet, so the check must
// say so honestly: every Gmail endpoint fails at DNS, with that explanation (and where the
// names do resolve, no probe may claim they did not).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lookup } from 'node:dns/promises';
import { ROOT } from './harness.mjs';

test('the headless demo fills, undoes, checks and writes its report', async () => {
  const out = mkdtempSync(join(tmpdir(), 'portolan-demo-'));
  try {
    execFileSync('node', [join(ROOT, 'xtask/demo.mjs'), '--out', out], { stdio: 'pipe', timeout: 180_000 });
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    assert.deepEqual(report.forms.map((f) => f.name), ['webmail', 'helpdesk', 'wordpress-smtp']);
    for (const form of report.forms) {
      assert.ok(form.changed.length >= 4, `${form.name}: ${JSON.stringify(form.changed)}`);
      assert.ok(form.passwordsUntouched, form.name);
      assert.ok(form.undoExact, form.name);
      const values = form.changed.map((c) => c.after);
      assert.ok(values.some((v) => v === 'imap.gmail.com' || v === 'smtp.gmail.com'), values.join());
      assert.ok(values.includes('jane.doe@gmail.com'), values.join());
    }
    const webmail = report.forms[0].changed;
    assert.equal(webmail.find((c) => c.name === 'imapPort')?.after, '993');
    assert.equal(webmail.find((c) => c.name === 'smtpPort')?.after, '465');

    assert.ok(!report.check.error, JSON.stringify(report.check));
    const targets = report.check.probes.map((p) => p.target).sort();
    assert.deepEqual(targets, ['imap.gmail.com:993', 'pop.gmail.com:995', 'smtp.gmail.com:465', 'smtp.gmail.com:587']);
    const online = await lookup('imap.gmail.com').then(() => true, () => false);
    for (const p of report.check.probes) {
      assert.ok(p.explanation.length > 20, JSON.stringify(p));
      if (online) {
        assert.notEqual(p.outcome, 'dns-failed', JSON.stringify(p));
      } else {
        assert.equal(p.outcome, 'dns-failed', JSON.stringify(p));
        assert.match(p.explanation, /did not resolve/);
      }
    }
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    assert.match(md, /Undo restored the form exactly: yes/);
    for (const shot of report.screenshots) assert.ok(existsSync(join(out, shot)), shot);
    assert.ok(report.screenshots.length >= 8);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
