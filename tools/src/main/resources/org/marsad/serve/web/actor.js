// An actor's page: who it is (names, roles, the knowledge base's fields), when it was named
// (the timeline), with whom (the network) and where (its top documents).
import {api, bar, byline, documentHref, element, section, typeChip} from './dom.js';
import {network, timeline} from './charts.js';

export async function showActor(id) {
  const actor = await api(`/v1/actors/${encodeURIComponent(id)}?top=12`);
  document.title = `${actor.name} · مرصد`;
  return [
    element('header', null, {class: 'title'}, element('h2', actor.name), typeChip(actor.type),
      actor.kb ? element('span', 'في قاعدة المعرفة', {class: 'chip kb'}) : '',
      actor.name_en ? element('p', actor.name_en, {class: 'en', lang: 'en', dir: 'ltr'}) : ''),
    element('div', null, {class: 'columns'}, facts(actor),
      section('الإشارات يوميًا', actor.timeline.length ? timeline(actor.timeline) : element('p', 'لا تواريخ لوثائقه.', {class: 'empty'}))),
    element('div', null, {class: 'columns'}, section('أهم الوثائق', topDocuments(actor.top_documents)),
      section('يُذكر مع', actor.co_mentioned.length ? network(actor, actor.co_mentioned) : element('p', 'لم يُذكر مع غيره.', {class: 'empty'}),
        element('p', 'عرض الخط بعدد الجمل التي تذكرهما معًا؛ المتقطع: في الوثيقة نفسها فقط.', {class: 'note'}))),
  ];
}

function facts(actor) {
  const rows = [['الإشارات', actor.mentions], ['الوثائق', actor.documents], ['أول ظهور', actor.first_seen],
    ['آخر ظهور', actor.last_seen], ['البلد', actor.kb_country], ['المنصب في قاعدة المعرفة', actor.kb_role],
    ['الأسماء', chips(actor.variants)], ['الأدوار', chips(actor.roles)], ['أسماء أخرى في قاعدة المعرفة', chips(actor.kb_aliases)]];
  return element('dl', null, {class: 'facts'}, ...rows.filter(([, value]) => value !== null && value !== undefined)
    .flatMap(([name, value]) => [element('dt', name), value instanceof Node ? value : element('dd', value)]));
}

function chips(values) {
  return values && values.length ? element('dd', null, {}, ...values.map(v => element('span', v, {class: 'chip'}))) : null;
}

function topDocuments(documents) {
  const max = Math.max(1, ...documents.map(d => d.mentions));
  return element('ol', null, {class: 'documents'}, ...documents.map(d => element('li', null, {},
    element('a', d.title || d.id, {href: documentHref(d.id)}),
    byline(d.publisher, d.published),
    element('span', null, {class: 'count-bar'}, bar(d.mentions, max), element('span', `${d.mentions} إشارة`, {class: 'count'})))));
}
