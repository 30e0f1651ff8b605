// The actor page's pictures, drawn as SVG here (no chart library: the app ships in the jar as is).
// Time runs left to right, as the dates' own digits do; the SVGs are laid out left to right for that.
import {TYPES, actorHref, svgElement} from './dom.js';

const DAY = 86_400_000;

/** Mentions per day, one bar a day from the first day to the last (days without mentions left empty). */
export function timeline(points) {
  const [width, height, left, bottom, top] = [720, 190, 34, 26, 14];
  const first = Date.parse(points[0].day);
  const days = Math.round((Date.parse(points.at(-1).day) - first) / DAY) + 1;
  const max = Math.max(...points.map(p => p.mentions));
  const step = (width - left - 8) / days;
  const y = n => top + (height - top - bottom) * (1 - n / max);
  const chart = svgElement('svg', {class: 'timeline', viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': `الإشارات يوميًا من ${points[0].day} إلى ${points.at(-1).day}`});
  chart.append(svgElement('line', {class: 'axis', x1: left, x2: width, y1: y(0), y2: y(0)}),
    svgElement('text', {x: left - 6, y: y(max) + 4, 'text-anchor': 'end'}, max),
    svgElement('text', {x: left - 6, y: y(0), 'text-anchor': 'end'}, 0));
  for (const point of points) {
    const x = left + step * Math.round((Date.parse(point.day) - first) / DAY);
    const rect = svgElement('rect', {class: 'day', x: x + step * 0.1, y: y(point.mentions),
      width: Math.max(1, step * 0.8), height: y(0) - y(point.mentions)});
    rect.append(svgElement('title', {}, `${point.day}: ${point.mentions}`));
    chart.append(rect);
  }
  const labels = days > 2 ? [0, Math.floor((days - 1) / 2), days - 1] : [...Array(days).keys()];
  for (const day of labels) {
    const label = new Date(first + day * DAY).toISOString().slice(0, 10);
    chart.append(svgElement('text', {x: left + step * (day + 0.5), y: height - 6, 'text-anchor': 'middle'}, label));
  }
  return chart;
}

/**
 * The actor in the middle, the actors named with it around; an edge's width grows with the sentences
 * naming both (dashed where they share documents only). Every node links to its actor.
 */
export function network(actor, others) {
  const [width, height, radius] = [720, 400, 150];
  const [cx, cy] = [width / 2, height / 2];
  const max = Math.max(1, ...others.map(o => o.sentences));
  const chart = svgElement('svg', {class: 'network', viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': 'شبكة الفاعلين المذكورين معًا'});
  const at = others.map((_, i) => -Math.PI / 2 + 2 * Math.PI * i / others.length);
  others.forEach((other, i) => {
    const edge = svgElement('line', {class: other.sentences ? 'edge' : 'edge documents-only', x1: cx, y1: cy,
      x2: cx + radius * Math.cos(at[i]), y2: cy + radius * Math.sin(at[i]), 'stroke-width': 1 + 7 * other.sentences / max});
    edge.append(svgElement('title', {}, `${other.name}: ${other.sentences} جملة، ${other.documents} وثيقة`));
    chart.append(edge);
  });
  others.forEach((other, i) => chart.append(node(other, cx + radius * Math.cos(at[i]), cy + radius * Math.sin(at[i]), 16, at[i])));
  chart.append(node(actor, cx, cy, 28, Math.PI / 2, 'center'));
  return chart;
}

/** A node with its name outside the ring, on the side away from the centre. */
function node(actor, x, y, r, angle, extra = '') {
  const link = svgElement('a', {href: actorHref(actor.id), class: ('node ' + extra).trim(), 'data-actor': actor.id});
  const cos = Math.cos(angle);
  const anchor = Math.abs(cos) < 0.3 ? 'middle' : cos > 0 ? 'start' : 'end';
  const title = svgElement('title', {}, `${actor.name} (${TYPES[actor.type] || actor.type})`);
  link.append(title, svgElement('circle', {class: actor.type, cx: x, cy: y, r}),
    svgElement('text', {x: x + (r + 6) * cos, y: y + (r + 10) * Math.sin(angle) + 4, 'text-anchor': anchor}, actor.name));
  return link;
}
