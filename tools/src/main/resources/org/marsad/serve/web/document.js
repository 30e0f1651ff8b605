// A document as published, right to left, its mentions highlighted in their type's colour, each
// one a link to its actor; beside it, the actors it names, most named first.
import {TYPES, actorHref, api, bar, byline, documentHref, element, section, typeChip} from './dom.js';

export async function showDocument(id) {
  const doc = await api('/v1/documents/' + encodeURIComponent(id));
  document.title = `${doc.title || doc.id} · مرصد`;
  const meta = element('p', null, {class: 'meta'}, byline(doc.publisher, doc.published));
  if (doc.parent) meta.append(' · ', element('a', 'الوثيقة الأصل', {href: documentHref(doc.parent)}));
  if (isWeb(doc.url)) meta.append(' · ', element('a', 'المصدر', {href: doc.url, rel: 'noopener noreferrer', target: '_blank'}));
  const text = element('div', null, {class: 'text', dir: 'rtl', lang: doc.lang || 'ar'}, ...highlighted(doc.text || '', doc.mentions));
  return [
    element('header', null, {class: 'title'}, element('h2', doc.title || doc.id), meta, typeShares(doc.mentions)),
    element('div', null, {class: 'body'}, text, actorsNamed(doc.mentions)),
  ];
}

/** Only web addresses become links: a javascript: address in a crawled record must not run on a click. */
function isWeb(url) {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * The text in pieces, plain strings between the mentions' links. Mention offsets count code points,
 * as the records do, while a JavaScript string counts UTF-16 units (two for an emoji): hence Array.from.
 */
function highlighted(text, mentions) {
  const chars = Array.from(text);
  const pieces = [];
  let at = 0;
  for (const m of mentions) {
    if (m.start < at || m.end > chars.length) continue; // an overlapping mention stays inside the one before
    pieces.push(chars.slice(at, m.start).join(''));
    const words = chars.slice(m.start, m.end).join('');
    const title = [m.actor_name, m.role, TYPES[m.type]].filter(Boolean).join(' · ');
    pieces.push(m.actor ? element('a', words, {class: 'm ' + m.type, href: actorHref(m.actor), title, 'data-actor': m.actor})
      : element('mark', words, {class: 'm ' + m.type, title}));
    at = m.end;
  }
  pieces.push(chars.slice(at).join(''));
  return pieces;
}

/** Each type's share of the document's mentions: a stacked bar, whose chips are also the highlights' legend. */
function typeShares(mentions) {
  const counts = Object.keys(TYPES).map(type => [type, mentions.filter(m => m.type === type).length]).filter(([, n]) => n);
  const stack = element('span', null, {class: 'stack', 'aria-hidden': 'true'}, ...counts.map(([type, n]) => {
    const part = element('span', null, {class: 'm ' + type});
    part.style.flexGrow = n;
    return part;
  }));
  return element('p', null, {class: 'types'}, stack, ...counts.map(([type, n]) => element('span', `${TYPES[type]} ${n}`, {class: 'chip ' + type})));
}

function actorsNamed(mentions) {
  const actors = new Map();
  for (const m of mentions.filter(m => m.actor)) {
    const seen = actors.get(m.actor) || {id: m.actor, name: m.actor_name || m.text, type: m.type, count: 0};
    seen.count++;
    actors.set(m.actor, seen);
  }
  const ranked = [...actors.values()].sort((a, b) => b.count - a.count);
  const max = ranked.length ? ranked[0].count : 1;
  return element('aside', null, {class: 'actors'}, section('الفاعلون فيها', element('ul', null, {},
    ...ranked.map(a => element('li', null, {}, element('a', a.name, {href: actorHref(a.id)}), typeChip(a.type),
      element('span', null, {class: 'count-bar'}, bar(a.count, max), element('span', a.count, {class: 'count'})))))));
}
