/**
 * An outlet described as data: shared code looks names, hosts and known furniture up here and never
 * branches on an outlet's name.
 */
export interface OutletRecord {
  /** Canonical display name, e.g. `الحياة`. */
  readonly name: string;
  /** Other spellings printed on its pages (Arabic and Latin); a line that is only one of these is a site name. */
  readonly aliases: readonly string[];
  /** Host names without `www.`; a URL on one of these (or a subdomain) belongs to the outlet. */
  readonly hosts: readonly string[];
  /** Lines known to be furniture on this outlet's pages, compared after `key()`. */
  readonly furniture: readonly string[];
}

export const outletRecord = (r: Partial<OutletRecord> & Pick<OutletRecord, 'name'>): OutletRecord => ({
  aliases: [],
  hosts: [],
  furniture: [],
  ...r,
});
