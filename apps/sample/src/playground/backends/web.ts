// "Browser": the shared logic runs here over @sharekit/web; the page's share button calls
// navigator.share, or opens the fallback sheet where there is none.
import { createShareController } from '@sharekit/core';
import { createWebAdapter } from '@sharekit/web';
import { createArticleApp, pageData } from '../../shared';
import type { BackendModule } from '../backend';
import { h, rememberFocus, replace } from '../dom';
import { articleView, noButton, renderLog, renderMatrix, userHeading } from '../view';

export const webBackend: BackendModule = {
  id: 'web',
  label: 'Browser (@sharekit/web)',
  versions: [],
  start({ articleId, changed }) {
    const adapter = createWebAdapter({
      // A shared link opens this playground at the article (the app route is not a web page here).
      resolveUrl: (path, win) => {
        const id = new URL(path, win.location.origin).searchParams.get('id') ?? '42';
        return new URL(`/?article=${encodeURIComponent(id)}`, win.location.origin);
      },
    });
    const controller = createShareController({ adapter });
    const app = createArticleApp({ controller, articleId, assetUrl: (path) => new URL(path, location.origin).href });
    // One share button for the backend's life: the sheet gives focus back to the element that
    // opened it, which a re-render in between (the outcome arriving) must not replace.
    const shareButton = h(
      'button',
      {
        class: 'share',
        testid: 'share-button',
        // Synchronous up to the platform call: navigator.share needs the click's activation.
        on: { click: () => void app.share('button') },
      },
      'Share this article',
    );
    app.subscribe(changed);
    void app.start();
    return {
      ready: true,
      version: '',
      error: null,
      render(ui) {
        const data = pageData(app.getView());
        const url = new URL(`/?article=${encodeURIComponent(data.articleId)}`, location.origin).href;
        replace(ui.phoneBar, h('span', { class: 'address', attrs: { title: url } }, url));
        // Before the new article takes the (reused) share button out of the page.
        const restoreFocus = rememberFocus(ui.screen);
        const button = data.canShareButton ? shareButton : noButton('This browser can neither share nor show a share sheet.');
        replace(ui.screen, articleView(data, button));
        restoreFocus();
        replace(ui.overlay);
        const can = (schema: string) => (controller.canIUse(schema) ? 'yes' : 'no');
        replace(
          ui.userPanel,
          userHeading(),
          h(
            'p',
            null,
            'The user is you: press the page’s share button. Where the browser has no navigator.share (desktop Chrome on Linux, Firefox), the fallback sheet opens: copy the link, a QR code for WeChat, intent links.',
          ),
          h(
            'ul',
            { class: 'facts' },
            h('li', null, `navigator.share (web.share): ${can('web.share')}`),
            h('li', null, `fallback sheet (web.sheet): ${can('web.sheet')}`),
            h('li', null, `clipboard (web.clipboard): ${can('web.clipboard')}`),
          ),
        );
        renderMatrix(ui, data, 'this browser');
        renderLog(ui, data.log, []);
      },
      dispose() {
        app.dispose();
        controller.dispose();
        adapter.closeSheet();
      },
    };
  },
};
