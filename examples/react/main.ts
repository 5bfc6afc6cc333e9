import {StrictMode, createElement as h, useState} from 'react';
import type {ReactNode} from 'react';
import {createRoot} from 'react-dom/client';
import {setLocale} from '../../src/index.js';
import type {
  ContactRecord,
  RecordCompleteDetail,
  SaveRequestDetail,
} from '../../src/index.js';
import {contactApi, portalUsers, words} from '../shared/portal-data.js';
import type {Locale} from '../shared/portal-data.js';
import '../shared/host.css';

// A React 19 host, written without JSX so that it runs from plain
// TypeScript. React 19 sets a custom element's known properties as
// properties (`portalUsers`, `value`, `open`) and turns `on<event>` props
// into listeners for that exact event name (`onrecord-complete`).

function LanguageSwitch(props: {
  locale: Locale;
  onSwitch: (locale: Locale) => void;
}): ReactNode {
  return h(
    'div',
    {slot: 'actions', role: 'group', 'aria-label': 'Language / 언어'},
    (['ko', 'en'] as const).map((locale) =>
      h(
        'button',
        {
          key: locale,
          type: 'button',
          lang: locale,
          'data-locale': locale,
          'aria-pressed': props.locale === locale,
          onClick: () => props.onSwitch(locale),
        },
        locale === 'ko' ? '한국어' : 'English'
      )
    )
  );
}

function Portal(): ReactNode {
  const [record, setRecord] = useState<ContactRecord | undefined>();
  const [locale, setLocaleState] = useState<Locale>('en');
  const locked = record === undefined;
  const text = words[locale];

  const switchLocale = async (next: Locale) => {
    await setLocale(next);
    document.documentElement.lang = next;
    setLocaleState(next);
  };
  const onSaveRequest = (event: CustomEvent<SaveRequestDetail>) =>
    event.detail.respondWith(contactApi.save(event.detail.record));
  const onRecordComplete = (event: CustomEvent<RecordCompleteDetail>) =>
    setRecord(event.detail.record);

  return h(
    'div',
    {className: 'host'},
    h(
      'header',
      {className: 'host-header', inert: locked},
      h('h1', null, text.title),
      h(
        'p',
        {id: 'status', role: 'status'},
        locked ? text.locked : text.unlocked
      )
    ),
    h(
      'main',
      {className: 'host-main', inert: locked},
      record &&
        h(
          'section',
          null,
          h('h2', null, text.update),
          h(
            'p',
            null,
            `${text.publicContact}: `,
            h('output', {id: 'public-contact'}, record.operationsPublic)
          ),
          h('contact-info-modal', {
            id: 'contact-page',
            mode: 'page',
            portalUsers,
            value: record,
            'onsave-request': onSaveRequest,
            'onrecord-complete': onRecordComplete,
          })
        )
    ),
    h(
      'contact-info-modal',
      {
        id: 'gate',
        open: locked,
        environment: 'production',
        platformName: 'Google',
        supportHref: 'mailto:partner-support@platform.example',
        helpHref: 'https://support.google.com/',
        portalUsers,
        'onsave-request': onSaveRequest,
        'onrecord-complete': onRecordComplete,
      },
      locked && h(LanguageSwitch, {locale, onSwitch: switchLocale})
    )
  );
}

createRoot(document.querySelector('#root')!).render(
  h(StrictMode, null, h(Portal))
);
