import {computed, createApp, shallowRef} from 'vue';
import {setLocale} from '../../src/index.js';
import type {
  ContactRecord,
  RecordCompleteDetail,
  SaveRequestDetail,
} from '../../src/index.js';
import {contactApi, portalUsers, words} from '../shared/portal-data.js';
import type {Locale} from '../shared/portal-data.js';
import '../shared/host.css';

// A Vue 3 host. Vue is told which tags are custom elements, so its template
// compiler leaves them to the browser; `.prop` binds objects as properties,
// and `@record-complete` listens for that exact event.

const ELEMENTS = new Set([
  'contact-info-modal',
  'contact-field',
  'support-hours-picker',
]);

const app = createApp({
  setup() {
    // Not deeply reactive: the elements get the plain record, not a proxy.
    const record = shallowRef<ContactRecord>();
    const locale = shallowRef<Locale>('en');
    const locked = computed(() => record.value === undefined);
    const text = computed(() => words[locale.value]);

    return {
      record,
      locale,
      locked,
      text,
      users: portalUsers,
      locales: ['ko', 'en'] as const,
      async switchLocale(next: Locale) {
        await setLocale(next);
        document.documentElement.lang = next;
        locale.value = next;
      },
      onSaveRequest(event: CustomEvent<SaveRequestDetail>) {
        event.detail.respondWith(contactApi.save(event.detail.record));
      },
      onRecordComplete(event: CustomEvent<RecordCompleteDetail>) {
        record.value = event.detail.record;
      },
    };
  },
  template: `
    <div class="host">
      <header class="host-header" :inert="locked">
        <h1>{{ text.title }}</h1>
        <p id="status" role="status">
          {{ locked ? text.locked : text.unlocked }}
        </p>
      </header>
      <main class="host-main" :inert="locked">
        <section v-if="record">
          <h2>{{ text.update }}</h2>
          <p>
            {{ text.publicContact }}:
            <output id="public-contact">{{ record.operationsPublic }}</output>
          </p>
          <contact-info-modal
            id="contact-page"
            mode="page"
            :portalUsers.prop="users"
            :value.prop="record"
            @save-request="onSaveRequest"
            @record-complete="onRecordComplete"
          ></contact-info-modal>
        </section>
      </main>
      <contact-info-modal
        id="gate"
        :open.prop="locked"
        environment="production"
        platform-name="Google"
        support-href="mailto:partner-support@platform.example"
        help-href="https://support.google.com/"
        :portalUsers.prop="users"
        @save-request="onSaveRequest"
        @record-complete="onRecordComplete"
      >
        <div v-if="locked" slot="actions" role="group" aria-label="Language / 언어">
          <button
            v-for="code in locales"
            :key="code"
            type="button"
            :lang="code"
            :data-locale="code"
            :aria-pressed="locale === code"
            @click="switchLocale(code)"
          >{{ code === 'ko' ? '한국어' : 'English' }}</button>
        </div>
      </contact-info-modal>
    </div>
  `,
});
app.config.compilerOptions.isCustomElement = (tag) => ELEMENTS.has(tag);
app.mount('#app');
