/** What the importer returns: a design (when one could be built) and a report on every input. */
import type { MessageId } from '../i18n/en';
import type { MessageParams } from '../i18n/format';
import type { Design } from '../model/design';

/**
 * `mapped`: became part of the design; `ignored`: valid, but has no place in a design;
 * `rejected`: Calico (or Kubernetes) would refuse it, so nothing in it was used; `assumed`: a value
 * the file does not state, filled in (or guessed) so the design is complete.
 */
export type ImportSeverity = 'mapped' | 'ignored' | 'rejected' | 'assumed';

export interface ImportItem {
  severity: ImportSeverity;
  /** 1-based line in the YAML text; 0 for the file as a whole. */
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

/** Choices the user makes for what a file cannot say. */
export interface ImportOptions {
  /**
   * The interface a node's address is put on when no HostEndpoint names its interfaces (a
   * cluster dump does not say); `eth0` when not given.
   */
  defaultInterface?: string;
}
