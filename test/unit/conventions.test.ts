// Keeps the layers pointing one way and the settings, the rule list, package.json and the README in step.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { ALL_RULES } from '../../server/rules';
import { DEFAULT_SETTINGS } from '../../server/service/settings';

const ROOT = path.resolve(__dirname, '../../..');

function sourceFiles(folder: string): string[] {
  const dir = path.join(ROOT, folder);
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(path.join(folder, name));
    return name.endsWith('.ts') ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/g)].map((match) => match[1]);
}

/** Which folders under server/ a file's relative imports reach. */
function reachedLayers(file: string): string[] {
  return importsOf(file)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => path.relative(path.join(ROOT, 'server'), path.resolve(path.dirname(file), spec)).split(path.sep)[0]);
}

describe('layers point one way: analysis ← rules ← service ← {lsp, cli}', () => {
  const allowed: Record<string, string[]> = {
    analysis: ['analysis'],
    rules: ['analysis', 'rules'],
    service: ['analysis', 'rules', 'service'],
    lsp: ['analysis', 'rules', 'service', 'lsp'],
    cli: ['analysis', 'rules', 'service', 'cli'],
  };
  for (const [layer, may] of Object.entries(allowed)) {
    it(`${layer}/ imports only from ${may.join(', ')}`, () => {
      for (const file of sourceFiles(path.join('server', layer))) {
        for (const reached of reachedLayers(file)) assert.ok(may.includes(reached), `${path.relative(ROOT, file)} imports from ${reached}/`);
      }
    });
  }

  it('analysis/ is pure: no file system, no protocol', () => {
    for (const file of sourceFiles('server/analysis')) {
      for (const spec of importsOf(file)) assert.ok(!/^(node:)?fs|^vscode/.test(spec), `${path.relative(ROOT, file)} imports ${spec}`);
    }
  });

  it('only lsp/ imports vscode-languageserver, only client/ imports vscode', () => {
    for (const folder of ['server/analysis', 'server/rules', 'server/service', 'server/cli']) {
      for (const file of sourceFiles(folder)) {
        for (const spec of importsOf(file)) assert.ok(!/^vscode-languageserver(\/|$)/.test(spec), `${path.relative(ROOT, file)} imports ${spec}`);
      }
    }
    for (const file of sourceFiles('server')) assert.ok(!importsOf(file).includes('vscode'), `${path.relative(ROOT, file)} imports vscode`);
  });
});

describe('settings, rules, package.json and README agree', () => {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const properties: Record<string, { default: unknown; description: string }> = manifest.contributes.configuration.properties;
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

  it('every server setting is contributed with the same default', () => {
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
      if (key === 'rules') continue;
      assert.deepEqual(properties[`articleLens.${key}`]?.default, value, `articleLens.${key}`);
    }
  });

  it('every rule has a setting whose default and description are the rule’s own', () => {
    for (const rule of ALL_RULES) {
      const property = properties[`articleLens.rules.${rule.id}`];
      assert.ok(property, `articleLens.rules.${rule.id} missing from package.json`);
      assert.equal(property.default, rule.defaultSeverity);
      assert.equal(property.description, rule.description);
      assert.equal(DEFAULT_SETTINGS.rules[rule.id], rule.defaultSeverity);
    }
  });

  it('package.json contributes no setting the server does not know (besides the client’s trace)', () => {
    const known = new Set([
      ...Object.keys(DEFAULT_SETTINGS).filter((key) => key !== 'rules').map((key) => `articleLens.${key}`),
      ...ALL_RULES.map((rule) => `articleLens.rules.${rule.id}`),
      'articleLens.trace.server',
    ]);
    for (const key of Object.keys(properties)) assert.ok(known.has(key), `${key} is not a server setting`);
  });

  it('rules are alphabetical, ids carry a known prefix, and each has a test file of its name', () => {
    const ids = ALL_RULES.map((rule) => rule.id);
    assert.deepEqual(ids, [...ids].sort());
    for (const id of ids) {
      assert.match(id, /^(entity|quote|money|style|page)-[a-z-]+$/);
      assert.ok(existsSync(path.join(ROOT, 'server', 'rules', `${id}.ts`)), `server/rules/${id}.ts`);
      assert.ok(existsSync(path.join(ROOT, 'test', 'unit', `${id}.test.ts`)), `test/unit/${id}.test.ts`);
    }
  });

  it('the README rule table lists every rule with its severity and description', () => {
    for (const rule of ALL_RULES) {
      assert.ok(readme.includes(`| \`${rule.id}\` | ${rule.defaultSeverity} | ${rule.description} |`), `README row for ${rule.id}`);
    }
    const rows = readme.match(/^\| `[a-z]+-[a-z-]+` \|/gm) ?? [];
    assert.equal(rows.length, ALL_RULES.length, 'README lists a rule that does not exist');
  });

  it('the README documents every setting', () => {
    for (const key of Object.keys(properties)) assert.ok(readme.includes(`\`${key}\``), `README mentions ${key}`);
  });
});
