/** What the importer returns: a design (when one could be built) and a report on every input. */
import type { MessageId } from '../i18n/en';
import type { MessageParams } from '../i18n/format';
import type { Design } from '../model/design';

/**
 * `mapped`: became part of the design; `kept`: kept verbatim in the design's baseline (what the
 * cluster runs now); `ignored`: valid, but has no place in a design; `rejected`: Calico (or
 * Kubernetes) would refuse it, or it cannot be read, so nothing in it was used; `assumed`: a value
 * the file does not state, filled in (or guessed) so the design is complete.
 */
export type ImportSeverity = 'mapped' | 'kept' | 'ignored' | 'rejected' | 'assumed';

/** One input of importFiles: a file (or the pasted text, or stdin) and its name for the report. */
export interface ImportFile {
  name: string;
  text: string;
}

export interface ImportOptions {
  /**
   * The interface name of the nodes when no HostEndpoint names one (e.g. `eth0`); without it the
   * importer assumes one and says so.
   */
  defaultInterface?: string;
}

export interface ImportItem {
  severity: ImportSeverity;
  /** The file's name; absent for a single pasted text, and for what is about the whole input. */
  file?: string;
  /** 1-based line in the file; 0 for the file (or the input) as a whole. */
  line: number;
  kind?: string;
  name?: string;
  /** Field path inside the resource, e.g. `spec.ingress[0]`. */
  path?: string;
  messageId: MessageId;
  params: MessageParams;
}

export interface ImportReport {
  items: ImportItem[];
}

export interface ImportResult {
  design: Design | undefined;
  report: ImportReport;
}
