// The playground: the sample's article page on a backend of your choice (backends/: one module
// per platform). This file builds the frame, keeps the URL in step with the choice, and hands the
// panels to the running backend.
import './style.css';
import { articlePath } from '../shared';
import type { BackendModule, PlaygroundUi, RunningBackend } from './backend';
import { backends } from './backends';
import { h, replace } from './dom';
import { readLocation, versionOf } from './versions';

const start = readLocation(location.search, backends);
let running: RunningBackend | undefined;
// Bumped on every backend switch: answers for an older backend are dropped.
let generation = 0;

// ---- the static frame -------------------------------------------------------------------------

const backendSelect = h(
  'select',
  { testid: 'backend', attrs: { id: 'backend' } },
  ...backends.map((b) => h('option', { attrs: { value: b.id } }, b.label)),
);
const versionSelect = h('select', { testid: 'version', attrs: { id: 'version' } });
/** The version list of the selected backend (none for the browsers and Baidu, whose runtimes are backends of their own). */
function offerVersions(backend: BackendModule, version: string | undefined): void {
  replace(versionSelect, ...backend.versions.map((v) => h('option', { attrs: { value: v } }, v)));
  versionSelect.value = version ?? '';
  versionSelect.disabled = backend.versions.length === 0;
}
backendSelect.value = start.backend.id;
offerVersions(start.backend, start.version);

const ui: PlaygroundUi = {
  phoneBar: h('div', { class: 'bar' }),
  screen: h('div', { class: 'screen', testid: 'screen' }),
  overlay: h('div', { class: 'overlay' }),
  userPanel: h('section', { class: 'panel', testid: 'user', attrs: { 'aria-labelledby': 'user-h' } }),
  matrixPanel: h('section', { class: 'panel', testid: 'matrix', attrs: { 'aria-labelledby': 'matrix-h' } }),
  logPanel: h('section', { class: 'panel', attrs: { 'aria-labelledby': 'log-h' } }),
};
const phone = h('section', { class: 'phone', testid: 'phone', attrs: { 'aria-label': 'The article page' } }, ui.phoneBar, ui.screen, ui.overlay);
const banner = h('div', { class: 'banner', testid: 'error', attrs: { role: 'alert' } });

document.getElementById('app')!.append(
  h(
    'header',
    null,
    h('h1', null, 'sharekit playground'),
    h(
      'div',
      { class: 'switch' },
      h('label', { attrs: { for: 'backend' } }, 'Backend'),
      backendSelect,
      h('label', { attrs: { for: 'version' } }, 'Base library'),
      versionSelect,
    ),
  ),
  banner,
  h('main', null, phone, h('div', { class: 'side' }, ui.userPanel, ui.matrixPanel, ui.logPanel)),
);

const selected = () => backends.find((b) => b.id === backendSelect.value) ?? backends[0]!;

backendSelect.addEventListener('change', () => {
  const backend = selected();
  offerVersions(backend, versionOf(backend, undefined));
  switchBackend(backend, versionSelect.value || undefined);
});
versionSelect.addEventListener('change', () => switchBackend(selected(), versionSelect.value));

// ---- switching and rendering ------------------------------------------------------------------

function teardown(): void {
  running?.dispose();
  running = undefined;
}

function switchBackend(backend: BackendModule, version: string | undefined): void {
  const mine = ++generation;
  teardown();
  const params = new URLSearchParams({ backend: backend.id, ...(version !== undefined && { version }) });
  if (start.articleId !== '42') params.set('article', start.articleId);
  history.replaceState(null, '', `?${params}`);
  running = backend.start({ version, articleId: start.articleId, changed: () => mine === generation && render() });
  render();
}

function render(): void {
  const error = running?.error ?? null;
  replace(banner, error);
  banner.hidden = error === null;
  phone.dataset.backend = backendSelect.value;
  // For tests and assistive tech alike: is the page settled, and on which version?
  phone.setAttribute('aria-busy', String(!running?.ready));
  phone.dataset.version = running?.version ?? '';
  running?.render(ui);
}

// Keyboard: Esc closes the platform's open panel or picker, like its back gesture.
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && running?.escape?.()) event.preventDefault();
});
window.addEventListener('pagehide', teardown);

switchBackend(start.backend, start.version);
// The route a card opens, for the curious: the same on every target.
document.title = `sharekit playground · ${articlePath(start.articleId)}`;
