import type {StorybookConfig} from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {
    name: '@storybook/web-components-vite',
    options: {
      // The project's vite.config.ts serves the portal and builds the
      // library; Storybook needs neither.
      builder: {viteConfigPath: '.storybook/vite.config.ts'},
    },
  },
  // Telemetry off (the scripts also pass --disable-telemetry): the build
  // must not wait on a network that CI machines do not have.
  core: {disableTelemetry: true, disableWhatsNewNotifications: true},
  docs: {defaultName: 'Documentation'},
};

export default config;
