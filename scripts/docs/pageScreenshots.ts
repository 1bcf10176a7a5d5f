/**
 * `npm run docs:screenshots`: renders examples/beispiel-gmbh.policy.yaml as the published page and takes
 * screenshots of it in Chromium: light and dark at desktop width, and light at phone width (390 px), into
 * docs/images/page-<name>.png; and the bilingual example's German and English pages side by side, into
 * docs/images/bilingual-{de,en}.png. Run after `npm run build`; the README shows them.
 */
import * as fs from 'fs';
import * as path from 'path';
import { createLanguageService } from '../../server/src/service/languageService';
import { renderPolicy } from '../../server/src/service/render';
import { PolicyDocument } from '../../server/src/service/text/policyDocument';
import { launchBrowser } from '../vscode/vscodeWeb';

const root = path.resolve(__dirname, '..', '..', '..');

/** The analysis of an example policy, as the preview and `render` see it. */
function analyzeExample(name: string) {
  const text = fs.readFileSync(path.join(root, 'examples', name), 'utf8');
  const document = PolicyDocument.create(`file:///${name}`, 'privacy-policy', 1, text);
  return createLanguageService({ locale: 'de' }).analyze(document);
}

interface Shot {
  readonly html: string;
  readonly width: number;
  readonly height: number;
  readonly colorScheme: 'light' | 'dark';
  /** An element to scroll into view first. */
  readonly scrollTo?: string;
  /** docs/images/<name>.png */
  readonly name: string;
}

/** Each page in a fresh browser context, into docs/images; the files written. */
async function takeScreenshots(shots: readonly Shot[]): Promise<string[]> {
  const browser = await launchBrowser();
  const written: string[] = [];
  try {
    for (const shot of shots) {
      const context = await browser.newContext({ viewport: { width: shot.width, height: shot.height }, colorScheme: shot.colorScheme });
      const page = await context.newPage();
      await page.setContent(shot.html);
      if (shot.scrollTo) await page.evaluate(`document.getElementById(${JSON.stringify(shot.scrollTo)})?.scrollIntoView()`);
      const target = path.join(root, 'docs', 'images', `${shot.name}.png`);
      await page.screenshot({ path: target });
      written.push(target);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return written;
}

export function takePageScreenshots(prefix = 'page'): Promise<string[]> {
  const html = renderPolicy(analyzeExample('beispiel-gmbh.policy.yaml'), {
    format: 'page',
    mode: process.env.PAGE_MODE === 'draft' ? 'draft' : 'publish',
  });
  return takeScreenshots([
    { name: `${prefix}-light`, html, width: 1100, height: 1400, colorScheme: 'light' },
    { name: `${prefix}-dark`, html, width: 1100, height: 1400, colorScheme: 'dark' },
    // The phone shot shows the part that used to overflow: the cookie table, as rows stacked on a phone.
    { name: `${prefix}-phone`, html, width: 390, height: 844, colorScheme: 'light', scrollTo: 'cookies' },
  ]);
}

/** The German and the English page of the bilingual example, at the same width, for the README. */
export function takeBilingualScreenshots(): Promise<string[]> {
  const analysis = analyzeExample('nordlicht-software.policy.yaml');
  return takeScreenshots(
    (['de', 'en'] as const).map((language) => ({
      name: `bilingual-${language}`,
      html: renderPolicy(analysis, { format: 'page', mode: 'publish', language }),
      width: 640,
      height: 1100,
      colorScheme: 'light' as const,
    })),
  );
}

if (require.main === module) {
  Promise.all([takePageScreenshots(process.argv[2]), takeBilingualScreenshots()])
    .then((lists) => lists.flat())
    .then(
    (files) => console.log(files.map((file) => `wrote ${path.relative(root, file)}`).join('\n')),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
