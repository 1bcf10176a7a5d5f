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

export async function takePageScreenshots(prefix = 'page'): Promise<string[]> {
  const file = path.join(root, 'examples', 'beispiel-gmbh.policy.yaml');
  const service = createLanguageService({ locale: 'de' });
  const document = PolicyDocument.create('file:///beispiel-gmbh.policy.yaml', 'privacy-policy', 1, fs.readFileSync(file, 'utf8'));
  const html = renderPolicy(service.analyze(document), { format: 'page', mode: process.env.PAGE_MODE === 'draft' ? 'draft' : 'publish' });
  const browser = await launchBrowser();
  const written: string[] = [];
  try {
    const shots = [
      { name: 'light', width: 1100, height: 1400, colorScheme: 'light' as const },
      { name: 'dark', width: 1100, height: 1400, colorScheme: 'dark' as const },
      { name: 'phone', width: 390, height: 844, colorScheme: 'light' as const, scrollTo: 'cookies' },
    ];
    for (const shot of shots) {
      const context = await browser.newContext({ viewport: { width: shot.width, height: shot.height }, colorScheme: shot.colorScheme });
      const page = await context.newPage();
      await page.setContent(html);
      // The phone shot shows the part that used to overflow: the cookie table, as rows stacked on a phone.
      if ('scrollTo' in shot) await page.evaluate(`document.getElementById(${JSON.stringify(shot.scrollTo)})?.scrollIntoView()`);
      const target = path.join(root, 'docs', 'images', `${prefix}-${shot.name}.png`);
      await page.screenshot({ path: target });
      written.push(target);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return written;
}

/** The German and the English page of the bilingual example, at the same width, for the README. */
export async function takeBilingualScreenshots(): Promise<string[]> {
  const file = path.join(root, 'examples', 'nordlicht-software.policy.yaml');
  const service = createLanguageService({ locale: 'de' });
  const document = PolicyDocument.create('file:///nordlicht-software.policy.yaml', 'privacy-policy', 1, fs.readFileSync(file, 'utf8'));
  const analysis = service.analyze(document);
  const browser = await launchBrowser();
  const written: string[] = [];
  try {
    for (const language of ['de', 'en'] as const) {
      const context = await browser.newContext({ viewport: { width: 640, height: 1100 }, colorScheme: 'light' });
      const page = await context.newPage();
      await page.setContent(renderPolicy(analysis, { format: 'page', mode: 'publish', language }));
      const target = path.join(root, 'docs', 'images', `bilingual-${language}.png`);
      await page.screenshot({ path: target });
      written.push(target);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return written;
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
