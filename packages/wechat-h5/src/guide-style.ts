// Lives in the guide's shadow root: page CSS does not leak in. Themed with the same --sharekit-*
// custom properties as @sharekit/web's sheet. The dialog sits under WeChat's ··· button (top
// right) with an arrow up at it; contrast stays 4.5:1 in light and dark mode.
export const guideStyle = `:host{all:initial}
dialog{--b:var(--sharekit-bg,#fff);--f:var(--sharekit-fg,#1b1b1f);--m:var(--sharekit-muted,#eceef1);box-sizing:border-box;width:min(20rem,100vw - 1.5rem);margin:1.25rem .75rem auto auto;padding:1rem;border:0;border-radius:var(--sharekit-radius,14px);background:var(--b);color:var(--f);font:var(--sharekit-font,15px/1.4 system-ui,sans-serif);overflow:visible}
@media (prefers-color-scheme:dark){dialog{--b:var(--sharekit-bg,#1f2023);--f:var(--sharekit-fg,#ececf0);--m:var(--sharekit-muted,#3a3c42)}}
::backdrop{background:var(--sharekit-backdrop,#0008)}
svg{position:absolute;top:-1rem;right:.75rem;width:1.5rem;height:1rem;fill:var(--b)}
h2{margin:0;font-size:1.15em}
p{margin:.5rem 0 1rem;overflow-wrap:anywhere}
button{box-sizing:border-box;width:100%;min-height:44px;padding:.5rem;border:0;border-radius:8px;background:var(--m);color:inherit;font:inherit}
:focus-visible{outline:2px solid var(--sharekit-accent,currentColor);outline-offset:2px}`;
