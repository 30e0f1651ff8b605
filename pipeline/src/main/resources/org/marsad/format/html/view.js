// The index rows come with their documents (the page is written as the run goes, and the index
// comes first): move them into the index table, in document order.
const index = document.querySelector('nav.index tbody');
document.querySelectorAll('template.index-row').forEach((row) => index.append(row.content));

// Clicking an actor in an article's side list marks that actor's mentions in the article; clicking again unmarks them.
document.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-actor]');
  if (!button) {
    return;
  }
  const on = button.getAttribute('aria-pressed') !== 'true';
  button.setAttribute('aria-pressed', String(on));
  const selector = '[data-entity="' + CSS.escape(button.dataset.actor) + '"]';
  button.closest('article').querySelectorAll(selector).forEach((mention) => mention.classList.toggle('selected', on));
});
