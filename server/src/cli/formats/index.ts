import type { Format } from '../arguments';
import type { LintReport } from '../report';
import { formatCompact } from './compact';
import { formatJson } from './json';
import { formatPretty } from './pretty';
import { formatSarif } from './sarif';

export function formatReport(report: LintReport, format: Format, color: boolean): string {
  switch (format) {
    case 'pretty':
      return formatPretty(report, color);
    case 'compact':
      return formatCompact(report);
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report);
  }
}
