// The analyst web app: every text goes into the page through textContent, never as HTML.
const view = document.getElementById('view');

async function api(path) {
  const response = await fetch(path);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error);
  return body;
}

function element(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  return node;
}

async function showActors(q) {
  const actors = await api('/v1/actors?limit=50' + (q ? '&q=' + encodeURIComponent(q) : ''));
  view.replaceChildren(element('h2', 'الفاعلون'), ...actors.map(a =>
    element('a', `${a.name} (${a.mentions})`, {class: 'actor', href: '#actor/' + encodeURIComponent(a.id)})));
}

document.getElementById('search').addEventListener('submit', event => {
  event.preventDefault();
  showActors(document.getElementById('q').value);
});
showActors('');
