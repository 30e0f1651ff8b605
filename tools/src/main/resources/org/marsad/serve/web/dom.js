// What every view builds its page with. Data reaches the page only through textContent and
// setAttribute, never as HTML: names, titles and texts come from crawled news and may hold markup.
const SVG = 'http://www.w3.org/2000/svg';

export const TYPES = {PERSON: 'شخص', ORGANIZATION: 'منظمة', LOCATION: 'مكان', MISC: 'أخرى'};

export async function api(path) {
  const response = await fetch(path);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error);
  return body;
}

/** An element with text (strings and numbers only: null and undefined leave it empty), attributes and children. */
export function element(tag, text, attributes = {}, ...children) {
  return build(document.createElement(tag), text, attributes, children);
}

export function svgElement(tag, attributes = {}, text) {
  return build(document.createElementNS(SVG, tag), text, attributes, []);
}

function build(node, text, attributes, children) {
  if (text !== undefined && text !== null) node.textContent = String(text);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, String(value)));
  node.append(...children);
  return node;
}

export const actorHref = id => '#actor/' + encodeURIComponent(id);
export const documentHref = id => '#document/' + encodeURIComponent(id);

/** A coloured chip naming an entity type, the same colours as its highlights. */
export function typeChip(type) {
  return element('span', TYPES[type] || type, {class: 'chip ' + type});
}

/** A bar of a number's share of the largest, for lists an analyst scans rather than reads. */
export function bar(value, max) {
  const fill = element('span', null, {class: 'fill'});
  fill.style.width = (100 * value / Math.max(1, max)).toFixed(1) + '%';
  return element('span', null, {class: 'bar', 'aria-hidden': 'true'}, fill);
}

/** Publisher and date, the date kept left to right (in a right-to-left line its digits would swap round). */
export function byline(publisher, published) {
  const line = element('span', publisher, {class: 'meta'});
  if (publisher && published) line.append(' · ');
  if (published) line.append(element('bdi', published, {dir: 'ltr'}));
  return line;
}

export function section(title, ...children) {
  return element('section', null, {}, element('h3', title), ...children);
}

/** What went wrong, in the server's words (English) after the app's own (Arabic). */
export function problem(error) {
  return element('p', 'تعذّر عرض هذه الصفحة: ', {class: 'problem', role: 'alert'}, element('bdi', error.message, {lang: 'en'}));
}
