// Lives in the sheet's shadow root: nothing leaks out, page CSS does not leak in. Theme it with
// --sharekit-* custom properties, which inherit into the shadow tree. The defaults keep 4.5:1
// text contrast in light and dark mode; the QR code stays black on white for scanners.
export const sheetStyle = `:host{all:initial}
dialog{--b:var(--sharekit-bg,#fff);--f:var(--sharekit-fg,#1b1b1f);--m:var(--sharekit-muted,#eceef1);box-sizing:border-box;width:min(24rem,100vw - 1.5rem);padding:1rem;border:0;border-radius:var(--sharekit-radius,14px);background:var(--b);color:var(--f);font:var(--sharekit-font,15px/1.4 system-ui,sans-serif)}
@media (prefers-color-scheme:dark){dialog{--b:var(--sharekit-bg,#1f2023);--f:var(--sharekit-fg,#ececf0);--m:var(--sharekit-muted,#3a3c42)}}
::backdrop{background:var(--sharekit-backdrop,#0008)}
h2{margin:0 3rem 0 0;font-size:1.15em}
p{margin:.5rem 0;overflow-wrap:anywhere}
.u{opacity:.8;font-size:.9em}
img,svg{display:block;max-width:100%;max-height:13rem;margin:auto;border-radius:8px}
ul button{display:flex;flex-direction:column;align-items:center;justify-content:center;gap:.2em}
.i{flex:none;width:1.2em;height:1.2em;margin:0;border-radius:0;fill:currentColor}
ul{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(6rem,1fr));gap:.5rem}
a{display:flex;align-items:center;justify-content:center;text-decoration:none}
.a{display:grid;grid-template-columns:1fr 1fr;gap:.5rem;margin-top:.5rem}
a,button,input{box-sizing:border-box;width:100%;min-height:44px;padding:.5rem;border:0;border-radius:8px;background:var(--m);color:inherit;font:inherit}
:focus-visible{outline:2px solid var(--sharekit-accent,currentColor);outline-offset:2px}
.x{position:absolute;top:.5rem;right:.5rem;width:44px;background:none;font-size:1.5em}`;
