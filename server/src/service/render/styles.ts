/**
 * The stylesheet of the rendered policy. Every rule is scoped under `.privacy-policy` (the article), so the
 * same rules serve the standalone page, the preview and the fragment a site embeds in its own page. Colours
 * are custom properties: the page uses the light and dark values below, the preview maps them to the VS Code
 * theme (media/preview.css). The policy fits a 360 px screen without sideways scrolling (long words break,
 * tables turn into stacked rows), and prints as a clean document.
 */
import { POLICY_CLASS } from './pageHtml';

const scope = `.${POLICY_CLASS}`;

/** Rules for the policy itself, scoped under its article. */
export const policyStyles = `
${scope} {
  --pp-fg: #1f2328; --pp-bg: #ffffff; --pp-muted: #59636e; --pp-border: #d1d9e0; --pp-link: #0b5cad;
  --pp-gap-fg: #6b3d00; --pp-gap-bg: #fff1cc; --pp-gap-border: #d4a72c;
  --pp-apart-bg: #f3f6f9; --pp-apart-border: #0b5cad;
  --pp-font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; --pp-font-size: 16px;
  max-width: 46em; margin: 0 auto; color: var(--pp-fg); font-family: var(--pp-font); font-size: var(--pp-font-size);
  line-height: 1.55; overflow-wrap: anywhere; hyphens: auto;
}
@media (prefers-color-scheme: dark) {
  ${scope} {
    --pp-fg: #e6edf3; --pp-bg: #0d1117; --pp-muted: #9198a1; --pp-border: #3d444d; --pp-link: #4493f8;
    --pp-gap-fg: #f2cc60; --pp-gap-bg: #3b2e0a; --pp-gap-border: #9e6a03;
    --pp-apart-bg: #161b22; --pp-apart-border: #4493f8;
  }
}
${scope} h1 { font-size: 1.9em; margin: 1em 0 0.2em; line-height: 1.25; }
${scope} h2 { font-size: 1.35em; margin: 1.8em 0 0.5em; padding-bottom: 0.25em; border-bottom: 1px solid var(--pp-border); line-height: 1.3; }
${scope} h3 { font-size: 1.1em; margin: 1.4em 0 0.4em; line-height: 1.3; }
${scope} a { color: var(--pp-link); }
${scope} .stand { color: var(--pp-muted); margin: 0 0 1.5em; }
${scope} nav.toc ol, ${scope} .gaps ol { padding-left: 1.4em; }
${scope} nav.toc li { margin: 0.1em 0; }
${scope} ul { padding-left: 1.2em; }
${scope} li { margin: 0.25em 0; }
${scope} dl { margin: 0.5em 0 1em; }
${scope} dt { font-weight: 600; margin-top: 0.6em; }
${scope} dd { margin: 0.1em 0 0 1.2em; }
${scope} dd > p { margin: 0.1em 0; }
${scope} dd ul { margin: 0.2em 0; }
${scope} .table { margin: 0.5em 0 1em; }
${scope} table { border-collapse: collapse; width: 100%; }
${scope} th, ${scope} td { border: 1px solid var(--pp-border); padding: 0.35em 0.6em; text-align: left; vertical-align: top; }
${scope} .gap { color: var(--pp-gap-fg); background: var(--pp-gap-bg); border: 1px dashed var(--pp-gap-border); border-radius: 3px; padding: 0 0.3em; font-weight: 600; }
${scope} .gaps, ${scope} .draft-note { border: 1px solid var(--pp-gap-border); background: var(--pp-gap-bg); color: var(--pp-gap-fg); border-radius: 4px; padding: 0.4em 1em 0.6em; margin: 1em 0 1.5em; }
${scope} .draft-note { font-weight: 600; }
${scope} .gaps h2 { border: 0; margin: 0.4em 0; font-size: 1.05em; }
${scope} .gaps a { color: inherit; }
${scope} .apart { border-left: 4px solid var(--pp-apart-border); background: var(--pp-apart-bg); padding: 0.2em 1.2em 0.6em; margin: 1.5em 0; }
${scope} .apart p { font-weight: 600; }
${scope} .muted { color: var(--pp-muted); }
@media (max-width: 40em) {
  ${scope} table, ${scope} thead, ${scope} tbody, ${scope} tr, ${scope} th, ${scope} td { display: block; }
  ${scope} thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  ${scope} tr { border: 1px solid var(--pp-border); border-radius: 4px; margin: 0 0 0.8em; padding: 0.3em 0; }
  ${scope} td { border: 0; padding: 0.15em 0.6em; }
  ${scope} td::before { content: attr(data-label) ": "; font-weight: 600; }
  ${scope} dd { margin-left: 0.6em; }
}
@media print {
  ${scope} { max-width: none; font-size: 11pt; color: #000; }
  ${scope} a { color: inherit; text-decoration: none; }
  ${scope} a[href^="https:"]::after { content: " (" attr(href) ")"; font-size: 0.9em; }
  ${scope} nav.toc, ${scope} .gaps { display: none; }
  ${scope} h2, ${scope} h3 { break-after: avoid; }
  ${scope} tr, ${scope} .apart { break-inside: avoid; }
  ${scope} .apart { background: none; }
}
`;

/** Rules for a standalone page around the article: the page's own background and margins. */
export const standalonePageStyles = `
html { background: #ffffff; }
body { margin: 0; padding: 0 24px 48px; }
@media (prefers-color-scheme: dark) { html { background: #0d1117; } }
@media (max-width: 40em) { body { padding: 0 16px 32px; } }
@media print { html { background: none; } body { padding: 0; } }
`;
