#!/usr/bin/env node
// Writes server/analysis/data/countries.json, the compact gazetteer that server/analysis/places.ts reads, from the
// world-countries package (ODbL 1.0) plus the hand-kept server/analysis/data/place-extras.json.
//
//   node test/tools/build-gazetteer.mjs
//
// The package is 2 MB of JSON (translations, phone prefixes, borders); the article analysis needs names only, so
// each country keeps its common and official name, the spellings news copy uses, its demonyms and its capitals.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = join(root, 'server', 'analysis', 'data');
const countries = require('world-countries/countries.json');
const { version } = require('world-countries/package.json');
const extras = JSON.parse(readFileSync(join(dataDir, 'place-extras.json'), 'utf8'));

const codesUsedAsNames = new Set(extras.codesUsedAsNames);
const isCode = (name) => /^[A-Z]{2,5}$/.test(name);
// "US" → "U.S.", "USA" → "U.S.A.": news copy writes the codes it uses as names with stops as often as without.
const dotted = (code) => code.split('').join('.') + '.';
// Latin letters (with diacritics), spaces, hyphens, apostrophes and stops: drops 中华人民共和国 (a detection concern,
// not a lookup key) and ISO's inverted forms ("Korea, Republic of").
const isPlainName = (name) => /^[\p{Script=Latin}' ’.\-()]+$/u.test(name) && !name.includes(',');

/** Adds a name and, for a code news uses as a name, its dotted form; other bare codes (IT, IN, SA) are skipped. */
function addName(names, name) {
  if (isCode(name)) {
    if (!codesUsedAsNames.has(name)) return;
    names.add(name);
    names.add(dotted(name));
  } else if (isPlainName(name)) {
    names.add(name);
  }
}

/**
 * "Washington D.C." → ["Washington", "Washington D.C.", "Washington, D.C."]: news says "Washington", and the
 * canonical name should be the one an article uses. Other capitals stay a plain string.
 */
function capitalEntry(capital) {
  const match = /^(.+?),? ((?:\p{Lu}\.){2,})$/u.exec(capital);
  if (!match) return capital;
  return [match[1], `${match[1]} ${match[2]}`, `${match[1]}, ${match[2]}`];
}

// A demonym the package gives to several territories belongs to the one UN member among them ("American": the United
// States, not the Northern Mariana Islands); with no single member ("Dominican", "Congolese") it names no country.
// place-extras.json overrides both.
const claimedDemonyms = new Map();
const owners = new Map();
for (const country of countries) {
  const eng = country.demonyms?.eng;
  for (const d of new Set([eng?.m, eng?.f].filter(Boolean))) owners.set(d, [...(owners.get(d) ?? []), country]);
}
for (const [demonym, list] of owners) {
  const members = list.filter((c) => c.unMember);
  const owner = list.length === 1 ? list[0] : members.length === 1 ? members[0] : undefined;
  claimedDemonyms.set(demonym, owner?.name.common ?? null);
}
for (const [country, demonyms] of Object.entries(extras.demonyms)) for (const d of demonyms) claimedDemonyms.set(d, country);

const out = [];
const seenNames = new Map();
for (const country of countries) {
  const name = country.name.common;
  const names = new Set();
  for (const alt of [country.name.official, ...country.altSpellings, ...(extras.names[name] ?? [])]) addName(names, alt);
  names.delete(name);
  const demonyms = new Set();
  const eng = country.demonyms?.eng;
  for (const d of [eng?.m, eng?.f, ...(extras.demonyms[name] ?? [])]) {
    if (d && claimedDemonyms.get(d) === name) demonyms.add(d);
  }
  for (const n of [name, ...names]) {
    if (seenNames.has(n)) console.warn(`"${n}" names both ${seenNames.get(n)} and ${name}; the first wins`);
    else seenNames.set(n, name);
  }
  const entry = { name, alt: [...names] };
  if (demonyms.size > 0) entry.demonyms = [...demonyms];
  if (country.capital?.length) entry.capitals = country.capital.map(capitalEntry);
  out.push(entry);
}
out.sort((a, b) => a.name.localeCompare(b.name));

for (const name of Object.keys(extras.names)) {
  if (!out.some((c) => c.name === name)) throw new Error(`place-extras.json names "${name}", which world-countries does not have`);
}

// One country per line: small diffs when the package is updated, and still compact.
const header = {
  $source: `world-countries ${version} (mledoze/countries), ODbL 1.0, https://opendatacommons.org/licenses/odbl/1.0/; with additions from place-extras.json`,
  $generated: 'node test/tools/build-gazetteer.mjs (do not edit by hand)',
};
const body = out.map((c) => '    ' + JSON.stringify(c)).join(',\n');
const json = `{\n${Object.entries(header).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`).join('\n')}\n  "countries": [\n${body}\n  ]\n}\n`;
const target = join(dataDir, 'countries.json');
writeFileSync(target, json);
console.log(`${out.length} countries, ${(json.length / 1024).toFixed(1)} KB → server/analysis/data/countries.json`);
