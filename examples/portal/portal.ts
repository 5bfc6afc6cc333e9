import {setLocale, supportedLocale} from '../../src/localization/locale.js';
import '../../src/index.js';
import type {
  ContactInfoModal,
  ContactSettings,
  PortalUser,
} from '../../src/index.js';
import {localRecordStore} from './record-store.js';

// What a real host gets from its own session: the account's settings and
// its users. Colleagues granted access in the demo are kept in this
// browser, as a server would keep them.
const USERS_KEY = 'demo-portal:granted-users';
const portalUsers: PortalUser[] = [
  {email: 'minjun.kim@bareun.example', name: '김민준'},
  {email: 'seoyeon.lee@bareun.example', name: '이서연'},
  {email: 'jihoon.park@bareun.example', name: '박지훈'},
  ...grantedUsers(),
];

const settings: ContactSettings = {
  environment: 'production',
  merchantIssues: false,
  portalUsers,
};
const store = localRecordStore(settings);
const gate = document.querySelector<ContactInfoModal>('#gate')!;
const page = document.querySelector<ContactInfoModal>('#contact-page')!;
const locked = [
  document.querySelector<HTMLElement>('#nav')!,
  document.querySelector<HTMLElement>('#content')!,
];

// The portal's own words; the elements bring theirs.
const words = {
  en: {
    dashboard: 'Dashboard',
    bookings: 'Bookings',
    configuration: 'Configuration',
    contactInformation: 'Contact information',
    welcome: 'Welcome to the partner portal',
    dashboardText: "Your integration's bookings and status appear here.",
    bookingsText: 'No bookings yet.',
    saved: 'Contact information saved.',
    leave: 'Leave without saving your changes to the contact information?',
  },
  ko: {
    dashboard: '대시보드',
    bookings: '예약',
    configuration: '구성',
    contactInformation: '연락처 정보',
    welcome: '파트너 포털에 오신 것을 환영합니다',
    dashboardText: '통합의 예약 현황과 상태가 여기에 표시됩니다.',
    bookingsText: '아직 예약이 없습니다.',
    saved: '연락처 정보를 저장했습니다.',
    leave: '연락처 정보의 변경 사항을 저장하지 않고 나갈까요?',
  },
} as const;

type Locale = keyof typeof words;
let locale: Locale = supportedLocale(
  new URLSearchParams(location.search).get('lang') ??
    localStorage.getItem('demo-portal:locale') ??
    navigator.language
);

async function switchLocale(next: Locale): Promise<void> {
  locale = next;
  localStorage.setItem('demo-portal:locale', next);
  document.documentElement.lang = next;
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent =
      words[next][element.dataset.i18n as keyof typeof words.en];
  }
  for (const button of document.querySelectorAll('[data-locale]')) {
    button.setAttribute(
      'aria-pressed',
      String(button.getAttribute('data-locale') === next)
    );
  }
  await setLocale(next);
}

const languageSwitch = document.querySelector<HTMLElement>('.language')!;
const topbar = languageSwitch.parentElement!;

/**
 * Locks or unlocks the portal. While locked, the language switch moves
 * into the modal's header: everything outside the modal is inert, and a
 * person must still be able to read the form in their language.
 */
function setLocked(isLocked: boolean): void {
  for (const element of locked) element.inert = isLocked;
  if (isLocked) {
    languageSwitch.slot = 'actions';
    gate.append(languageSwitch);
  } else {
    languageSwitch.removeAttribute('slot');
    topbar.append(languageSwitch);
  }
}

function showView(): void {
  const view = location.hash.startsWith('#/configuration/contact')
    ? 'contact'
    : location.hash.startsWith('#/bookings')
      ? 'bookings'
      : 'dashboard';
  for (const section of document.querySelectorAll<HTMLElement>(
    'main [data-view]'
  )) {
    section.hidden = section.dataset.view !== view;
  }
  for (const link of document.querySelectorAll('#nav [data-view]')) {
    if (link.getAttribute('data-view') === view)
      link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

function configure(element: ContactInfoModal): void {
  element.environment = settings.environment;
  element.merchantIssues = settings.merchantIssues;
  element.portalUsers = settings.portalUsers;
  element.addEventListener('save-request', (event) => {
    event.detail.respondWith(store.save(event.detail.record));
  });
  element.addEventListener('access-request', (event) => {
    event.detail.respondWith(grantAccess(event.detail.email));
  });
}

/** What the portal's server would do: the colleague joins the account. */
async function grantAccess(email: string): Promise<void> {
  const user = {email, name: email.slice(0, email.lastIndexOf('@'))};
  settings.portalUsers = [...settings.portalUsers, user];
  // A new array, for the elements to see the change.
  gate.portalUsers = page.portalUsers = settings.portalUsers;
  const granted = [...grantedUsers(), user];
  localStorage.setItem(USERS_KEY, JSON.stringify(granted));
}

function grantedUsers(): PortalUser[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(USERS_KEY) ?? '[]');
    return Array.isArray(stored) ? (stored as PortalUser[]) : [];
  } catch {
    return [];
  }
}

async function start(): Promise<void> {
  for (const button of document.querySelectorAll<HTMLButtonElement>(
    '[data-locale]'
  )) {
    button.addEventListener('click', () =>
      switchLocale(button.dataset.locale as Locale)
    );
  }
  addEventListener('hashchange', showView);
  // Leaving the update page inside the portal asks first, as the element
  // does for leaving the whole page.
  document.querySelector('#nav')!.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    const leaving = link && link.getAttribute('data-view') !== 'contact';
    if (leaving && page.checkVisibility() && page.hasUnsavedChanges) {
      if (!confirm(words[locale].leave)) event.preventDefault();
    }
  });
  showView();
  configure(gate);
  configure(page);
  await switchLocale(locale);

  page.addEventListener('record-complete', (event) => {
    page.value = event.detail.record;
    document.querySelector('#saved')!.textContent = words[locale].saved;
  });

  const record = await store.load();
  page.value = record;
  if (record) return;

  setLocked(true);
  gate.addEventListener('record-complete', (event) => {
    page.value = event.detail.record;
    setLocked(false);
  });
  gate.show();
}

void start();
