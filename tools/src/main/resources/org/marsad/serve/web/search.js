// The search box: actor names suggested as the analyst types; Enter opens the chosen suggestion,
// or else the actors and documents that match the words typed.
import {actorHref, api, element, typeChip} from './dom.js';

const input = document.getElementById('q');
const list = document.getElementById('suggestions');
let asked = 0; // the latest suggestion request: answers to earlier ones (typed over since) are dropped
let timer;

input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(suggest, 150); // one request per pause in typing, not per key
});

async function suggest() {
  const q = input.value.trim();
  const mine = ++asked;
  if (!q) return closeSuggestions();
  const actors = await api('/v1/actors?limit=8&q=' + encodeURIComponent(q)).catch(() => []);
  if (mine !== asked) return;
  list.replaceChildren(...actors.map((actor, i) => element('li', null, {role: 'option', id: 'suggestion-' + i},
    element('a', actor.name, {href: actorHref(actor.id), tabindex: '-1'}), typeChip(actor.type),
    element('span', actor.mentions, {class: 'count'}))));
  list.hidden = actors.length === 0;
  input.setAttribute('aria-expanded', String(!list.hidden));
}

export function closeSuggestions() {
  clearTimeout(timer); // a pause in typing just before Enter must not bring the list back over the next view
  asked++;
  list.hidden = true;
  list.replaceChildren();
  input.setAttribute('aria-expanded', 'false');
  input.removeAttribute('aria-activedescendant');
}

function move(step) {
  const options = [...list.children];
  if (!options.length) return;
  const at = options.findIndex(option => option.getAttribute('aria-selected') === 'true');
  const next = (at + 1 + step + options.length + 1) % (options.length + 1) - 1; // -1: back in the box
  options.forEach((option, i) => option.setAttribute('aria-selected', String(i === next)));
  if (next < 0) input.removeAttribute('aria-activedescendant');
  else input.setAttribute('aria-activedescendant', options[next].id);
}

input.addEventListener('keydown', event => {
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    move(event.key === 'ArrowDown' ? 1 : -1);
  } else if (event.key === 'Escape') {
    closeSuggestions();
  }
});

// A click on a suggestion must not blur the box first (that would close the list under the pointer).
list.addEventListener('mousedown', event => event.preventDefault());

document.getElementById('search').addEventListener('submit', event => {
  event.preventDefault();
  const chosen = list.querySelector('[aria-selected="true"] a');
  location.hash = chosen ? chosen.getAttribute('href') : '#actors?' + new URLSearchParams({q: input.value.trim()});
  closeSuggestions();
});
