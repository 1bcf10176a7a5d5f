/**
 * The stylesheet of the rendered policy, inlined in both the preview and the exported file. Colours are
 * custom properties: the export uses the light and dark values below, the preview maps them to the VS Code
 * theme (media/preview.css), so light, dark and high-contrast themes all read well.
 */
export const policyStyles = `
:root {
  --pp-fg: #1f2328; --pp-bg: #ffffff; --pp-muted: #59636e; --pp-border: #d1d9e0; --pp-link: #0b5cad;
  --pp-gap-fg: #6b3d00; --pp-gap-bg: #fff1cc; --pp-gap-border: #d4a72c;
  --pp-apart-bg: #f3f6f9; --pp-apart-border: #0b5cad;
  --pp-font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; --pp-font-size: 16px;
}
@media (prefers-color-scheme: dark) {
  :root {
    --pp-fg: #e6edf3; --pp-bg: #0d1117; --pp-muted: #9198a1; --pp-border: #3d444d; --pp-link: #4493f8;
    --pp-gap-fg: #f2cc60; --pp-gap-bg: #3b2e0a; --pp-gap-border: #9e6a03;
    --pp-apart-bg: #161b22; --pp-apart-border: #4493f8;
  }
}
html { background: var(--pp-bg); }
body { margin: 0; padding: 0 24px 48px; color: var(--pp-fg); background: var(--pp-bg); font-family: var(--pp-font); font-size: var(--pp-font-size); line-height: 1.55; }
.policy { max-width: 46em; margin: 0 auto; }
h1 { font-size: 1.9em; margin: 1em 0 0.2em; line-height: 1.25; }
h2 { font-size: 1.35em; margin: 1.8em 0 0.5em; padding-bottom: 0.25em; border-bottom: 1px solid var(--pp-border); }
h3 { font-size: 1.1em; margin: 1.4em 0 0.4em; }
a { color: var(--pp-link); }
.stand { color: var(--pp-muted); margin: 0 0 1.5em; }
nav.toc ol, .gaps ol { padding-left: 1.4em; }
nav.toc li { margin: 0.1em 0; }
dl { margin: 0.5em 0 1em; }
dt { font-weight: 600; margin-top: 0.6em; }
dd { margin: 0.1em 0 0 1.2em; }
dd ul { margin: 0.2em 0; padding-left: 1.2em; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; }
th, td { border: 1px solid var(--pp-border); padding: 0.35em 0.6em; text-align: left; vertical-align: top; }
.gap { color: var(--pp-gap-fg); background: var(--pp-gap-bg); border: 1px dashed var(--pp-gap-border); border-radius: 3px; padding: 0 0.3em; font-weight: 600; }
.gaps { border: 1px solid var(--pp-gap-border); background: var(--pp-gap-bg); color: var(--pp-gap-fg); border-radius: 4px; padding: 0.4em 1em 0.6em; margin: 1em 0 1.5em; }
.gaps h2 { border: 0; margin: 0.4em 0; font-size: 1.05em; }
.gaps a { color: inherit; }
.set-apart { border-left: 4px solid var(--pp-apart-border); background: var(--pp-apart-bg); padding: 0.2em 1.2em 0.6em; margin: 1.5em 0; }
.set-apart p { font-weight: 600; }
.muted { color: var(--pp-muted); }
`;
