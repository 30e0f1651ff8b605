// The actors list with its filters (type, publisher, date range) and, for words searched, the
// documents whose text holds them. The filters live in the address, so a filtered list can be shared.
import {TYPES, actorHref, api, bar, byline, documentHref, element, section, typeChip} from './dom.js';

const PAGE = 50;
let publishers; // asked once: the corpus does not change under a running server

export async function showActors(params) {
  const q = params.get('q') || '';
  document.getElementById('q').value = q;
  publishers ||= api('/v1/publishers').catch(error => {
    publishers = null; // asked again on the next view, not failed for good
    throw error;
  });
  const query = new URLSearchParams([...params].filter(([, value]) => value));
  const [actors, choices, documents] = await Promise.all([actorPage(query, 0), publishers,
    q ? api('/v1/search?limit=20&q=' + encodeURIComponent(q)) : null]);
  const views = [filters(params, choices), actorSection(query, actors)];
  if (documents) views.push(documentSection(documents));
  return views;
}

const actorPage = (query, offset) => api(`/v1/actors?limit=${PAGE}&offset=${offset}&${query}`);

function filters(params, choices) {
  const form = element('form', null, {id: 'filters', class: 'filters'},
    labelled('النوع', select('type', params.get('type'), [['', 'كل الأنواع'], ...Object.entries(TYPES)])),
    labelled('الناشر', select('publisher', params.get('publisher'),
      [['', 'كل الناشرين'], ...choices.map(p => [p.publisher, `${p.publisher} (${p.documents})`])])),
    labelled('من', element('input', null, {type: 'date', name: 'from', value: params.get('from') || ''})),
    labelled('إلى', element('input', null, {type: 'date', name: 'to', value: params.get('to') || ''})));
  // Any change lists again: the form's values, with the words searched, become the address.
  form.addEventListener('change', () => {
    const next = new URLSearchParams(new FormData(form));
    if (params.get('q')) next.set('q', params.get('q'));
    location.hash = '#actors?' + new URLSearchParams([...next].filter(([, value]) => value));
  });
  form.addEventListener('submit', event => event.preventDefault());
  return form;
}

function labelled(text, control) {
  return element('label', null, {}, element('span', text), control);
}

function select(name, chosen, options) {
  return element('select', null, {name}, ...options.map(([value, text]) => {
    const option = element('option', text, {value});
    option.selected = value === (chosen || '');
    return option;
  }));
}

function actorSection(query, actors) {
  if (!actors.length) return section('الفاعلون', element('p', 'لا فاعلين بهذه الشروط.', {class: 'empty'}));
  const max = actors[0].mentions; // the list comes ranked by mentions: the first is the largest bar
  const body = element('tbody');
  const rows = list => body.append(...list.map(actor => element('tr', null, {class: 'actor-row'},
    element('td', null, {}, element('a', actor.name, {href: actorHref(actor.id)}),
      actor.name_en ? element('span', actor.name_en, {class: 'en', lang: 'en', dir: 'ltr'}) : ''),
    element('td', null, {}, typeChip(actor.type)),
    element('td', null, {class: 'number'}, element('span', actor.mentions), bar(actor.mentions, max)),
    element('td', actor.documents, {class: 'number'}))));
  rows(actors);
  const table = element('table', null, {class: 'actors'}, element('thead', null, {}, element('tr', null, {},
    element('th', 'الاسم'), element('th', 'النوع'), element('th', 'الإشارات'), element('th', 'الوثائق'))), body);
  const views = [table];
  if (actors.length === PAGE) {
    let offset = PAGE;
    const more = element('button', 'المزيد', {type: 'button', class: 'more'});
    more.addEventListener('click', async () => {
      more.disabled = true; // one page at a time, however often it is clicked
      const next = await actorPage(query, offset).finally(() => more.disabled = false);
      offset += next.length;
      rows(next);
      more.hidden = next.length < PAGE;
    });
    views.push(more);
  }
  return section('الفاعلون', ...views);
}

function documentSection(documents) {
  if (!documents.length) return section('الوثائق', element('p', 'لا وثائق تحوي هذا النص.', {class: 'empty'}));
  return section('الوثائق', element('ol', null, {class: 'documents'}, ...documents.map(d => element('li', null, {},
    element('a', d.title || d.id, {href: documentHref(d.id)}),
    byline(d.publisher, d.published),
    element('p', d.snippet, {class: 'snippet'})))));
}
