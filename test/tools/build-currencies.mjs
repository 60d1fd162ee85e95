#!/usr/bin/env node
// Writes server/analysis/data/currencies.json, the ISO 4217 currencies that server/analysis/money.ts reads, from
// the world-countries package (ODbL 1.0): each code with its English name, its symbols and the countries that
// use it. Conventions of news copy that the package does not carry (US$, RMB, "dollar" meaning USD) are kept
// by hand in server/analysis/data/money-words.json.
//
//   node test/tools/build-currencies.mjs
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const countries = require('world-countries/countries.json');
const { version } = require('world-countries/package.json');

const currencies = {};
for (const country of countries) {
  for (const [code, { name, symbol }] of Object.entries(country.currencies ?? {})) {
    const entry = (currencies[code] ??= { name, symbols: [], countries: [] });
    // Symbols made of Latin letters alone (R, kr, Fr, Rs) are words too; money.ts takes them only from the hand list.
    if (symbol && !/^[\p{Script=Latin}.]+$/u.test(symbol) && !entry.symbols.includes(symbol)) entry.symbols.push(symbol);
    entry.countries.push(country.cca2);
  }
}
const sorted = Object.fromEntries(Object.keys(currencies).sort().map((code) => [code, currencies[code]]));
const out = { source: `world-countries ${version}`, currencies: sorted };
writeFileSync(join(root, 'server', 'analysis', 'data', 'currencies.json'), JSON.stringify(out) + '\n');
console.log(`currencies.json: ${Object.keys(sorted).length} currencies`);
