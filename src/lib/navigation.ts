/**
 * The site's nine sections, grouped the way residents look for them: notices; events (calendar,
 * performances, sports); the civility school; services (libraries, communities, venues). The
 * phone menu and the desktop bar both draw this one list.
 */
import type { UiKey } from '../i18n/index.ts';

export interface NavLink {
  href: string;
  label: UiKey;
}
export interface NavGroup {
  /** a group's heading; none for a section that stands alone */
  label?: UiKey;
  links: NavLink[];
}

export const NAV_GROUPS: readonly NavGroup[] = [
  { links: [{ href: '/', label: 'nav.home' }] },
  { links: [{ href: '/notices/', label: 'nav.notices' }] },
  {
    label: 'nav.groupEvents',
    links: [
      { href: '/calendar/', label: 'nav.calendar' },
      { href: '/performances/', label: 'nav.performances' },
      { href: '/sports/', label: 'nav.sports' },
    ],
  },
  { links: [{ href: '/school/', label: 'nav.school' }] },
  {
    label: 'nav.groupServices',
    links: [
      { href: '/library/', label: 'nav.library' },
      { href: '/communities/', label: 'nav.communities' },
      { href: '/venues/', label: 'nav.venues' },
    ],
  },
];

/** Whether `href` (without language prefix) is the section of `pathname` (also without it). */
export function isCurrentSection(href: string, pathname: string): boolean {
  return href === '/' ? pathname === '/' : pathname.startsWith(href);
}
