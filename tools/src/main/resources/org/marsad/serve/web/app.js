// The analyst web app: one page, its views named by the address's fragment so that every view can
// be bookmarked and the browser's back button works: #actors?q=…&type=…, #actor/ID, #document/ID.
import {problem} from './dom.js';
import {closeSuggestions} from './search.js';
import {showActors} from './actors.js';
import {showActor} from './actor.js';
import {showDocument} from './document.js';

const view = document.getElementById('view');
let shown = 0; // the latest route: a slow answer for a view the analyst has left is dropped

async function route() {
  closeSuggestions();
  const mine = ++shown;
  document.title = 'مرصد · Marsad'; // a view with a subject of its own names it
  const hash = location.hash.slice(1);
  const slash = hash.indexOf('/');
  const [name, argument] = slash < 0 ? [hash, ''] : [hash.slice(0, slash), decodeURIComponent(hash.slice(slash + 1))];
  view.setAttribute('aria-busy', 'true');
  try {
    const children = name === 'actor' ? await showActor(argument)
      : name === 'document' ? await showDocument(argument)
      : await showActors(new URLSearchParams(hash.replace(/^actors\??/, '')));
    if (mine === shown) {
      view.replaceChildren(...children);
      window.scrollTo(0, 0);
    }
  } catch (error) {
    if (mine === shown) view.replaceChildren(problem(error));
  } finally {
    if (mine === shown) view.removeAttribute('aria-busy');
  }
}

window.addEventListener('hashchange', route);
route();
