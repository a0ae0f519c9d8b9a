/** The share link of a design: this page's address with the design in the fragment. */
import type { Design } from '../../model/design';
import { encodeDesign } from '../../permalink/permalink';

/** `location` without its fragment, `#`, and the encoded design. */
export function shareLinkOf(design: Design, href: string = window.location.href): string {
  const hash = href.indexOf('#');
  return `${hash >= 0 ? href.slice(0, hash) : href}#${encodeDesign(design)}`;
}
