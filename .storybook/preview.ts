import {html} from 'lit';
import type {Decorator, Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import {setLocale} from '../src/localization/locale.js';
import '../src/index.js';

// Autodocs read attributes, properties, events, slots, parts and CSS
// properties from the manifest, which the analyzer builds from the
// source's doc comments.
setCustomElementsManifest(manifest);

/**
 * Wraps every story in the theme of the toolbar. The elements draw with
 * system colours, so `color-scheme` alone turns them dark; the page behind
 * follows so that contrast is judged against what a host would show.
 */
const withTheme: Decorator = (story, {globals}) => {
  const scheme = globals.theme === 'dark' ? 'dark' : 'light';
  document.documentElement.style.colorScheme = scheme;
  document.body.style.background = 'Canvas';
  document.body.style.color = 'CanvasText';
  return html`<div class="story-theme" style="color-scheme: ${scheme}">
    ${story()}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          {value: 'en', title: 'English'},
          {value: 'ko', title: '한국어'},
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Light or dark page',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          {value: 'light', title: 'Light'},
          {value: 'dark', title: 'Dark'},
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {locale: 'en', theme: 'light'},
  // Loaders run before every render, also when the toolbar changes a
  // global: the locale is loaded before the story draws, so no story shows
  // a moment of the other language.
  loaders: [
    async ({globals}) => {
      const locale = globals.locale === 'ko' ? 'ko' : 'en';
      document.documentElement.lang = locale;
      await setLocale(locale);
      return {};
    },
  ],
  decorators: [withTheme],
  parameters: {
    layout: 'padded',
    controls: {expanded: true, sort: 'requiredFirst'},
    a11y: {test: 'error'},
    docs: {toc: true},
  },
};

export default preview;
