import type { ReportSubcommand } from './report-cli-args';
import { compareSubcommand, drillSubcommand, form06Subcommand, publishSubcommand } from './report-cli';
import { lateDossiers, lateOfficials, lateSubcommandSummary, lateSubcommandUsage, notice } from './late-subcommands';

/**
 * The subcommands of `motcua report <name> …`. A new report adds itself with one entry here (its
 * module exports a ReportSubcommand built with the helpers of report-cli-args.ts).
 */
export const reportSubcommands: Record<string, ReportSubcommand> = {
  form06: form06Subcommand,
  drill: drillSubcommand,
  publish: publishSubcommand,
  compare: compareSubcommand,
  'late-officials': { usage: lateSubcommandUsage['late-officials'], summary: lateSubcommandSummary['late-officials'], run: lateOfficials },
  'late-dossiers': { usage: lateSubcommandUsage['late-dossiers'], summary: lateSubcommandSummary['late-dossiers'], run: lateDossiers },
  notice: { usage: lateSubcommandUsage.notice, summary: lateSubcommandSummary.notice, run: notice },
};
