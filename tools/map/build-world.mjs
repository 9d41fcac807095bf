// Builds src/main/resources/map/world-110m.txt, the country outlines that /map draws, from Natural
// Earth's 1:110m countries (public domain) as packaged in the npm package world-atlas 2.0.2
// (countries-110m.json, TopoJSON, ISC licence), with topojson-client 3.1.0 (ISC licence).
// Run once, by hand, when the outlines should change; nothing is fetched when the portal runs:
//
//   mkdir /tmp/atlas && cd /tmp/atlas && npm pack world-atlas@2.0.2 topojson-client@3.1.0
//   for f in *.tgz; do mkdir "${f%.tgz}"; tar xzf "$f" -C "${f%.tgz}"; done
//   node /path/to/portal/tools/map/build-world.mjs /tmp/atlas > src/main/resources/map/world-110m.txt
//
// Projection: equirectangular, one SVG unit per degree: x = longitude + 180, y = 90 - latitude,
// so the whole world is the box 0 0 360 180. Each line of the output is one country's path data,
// its name first ("Italy<TAB>M...z", relative steps), rounded to 0.1 degree (about 11 km, finer than the 1:110m data).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const dir = process.argv[2];
const require = createRequire(import.meta.url);
const topojson = require(join(dir, 'topojson-client-3.1.0/package/dist/topojson-client.js'));
const world = JSON.parse(readFileSync(join(dir, 'world-atlas-2.0.2/package/countries-110m.json'), 'utf8'));
const countries = topojson.feature(world, world.objects.countries).features;

// Coordinates in tenths of a degree, as integers, so that relative steps add up exactly.
const tenths = ([lon, lat]) => [Math.round((lon + 180) * 10), Math.round((90 - lat) * 10)];
// "0.3" -> ".3", "-0.3" -> "-.3": the shortest SVG number.
const number = (t) => (t / 10).toString().replace(/^(-?)0\./, '$1.');
const pair = (x, y) => number(x) + (y < 0 ? '' : ' ') + number(y);

// A ring that crosses the antimeridian (Fiji, Chukotka) would draw a line across the whole map:
// its points on the far side are moved by 360 degrees, so that it continues past the edge and is cut there.
function unwrap(points) {
  const crosses = points.some((p, i) => i > 0 && Math.abs(p[0] - points[i - 1][0]) > 1800);
  if (!crosses) return points;
  const east = points.filter((p) => p[0] > 1800).length * 2 > points.length;
  return points.map(([x, y]) => (east && x < 1800 ? [x + 3600, y] : !east && x > 1800 ? [x - 3600, y] : [x, y]));
}

function ring(coordinates) {
  const points = [];
  for (const c of coordinates) {
    const p = tenths(c);
    const last = points[points.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) {
      points.push(p);
    }
  }
  if (points.length < 3) return '';
  const [first, ...rest] = unwrap(points);
  let d = 'M' + pair(first[0], first[1]) + 'l';
  let [x, y] = first;
  rest.forEach(([px, py], i) => {
    const step = pair(px - x, py - y);
    d += (i > 0 && !step.startsWith('-') ? ' ' : '') + step;
    [x, y] = [px, py];
  });
  return d + 'z';
}

function polygons(geometry) {
  if (geometry === null) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

const lines = [];
for (const country of countries) {
  // Antarctica is left out: no partner is there, and the map stops at 60 degrees south.
  if (country.properties.name === 'Antarctica') continue;
  const d = polygons(country.geometry).flatMap((rings) => rings.map(ring)).join('');
  if (d) {
    lines.push(`${country.properties.name}\t${d}`);
  }
}
process.stdout.write(lines.join('\n') + '\n');
