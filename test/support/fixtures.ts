import type {Schedule} from '../../src/hours/types.js';
import type {
  ContactKey,
  ContactRecord,
  Environment,
  PortalUser,
} from '../../src/record/types.js';

/** One case of the shared fixtures; see ../shared/fixtures/README.md. */
export interface FixtureCase {
  id: string;
  title: string;
  setting: {
    locale: 'en' | 'ko';
    environment: Environment;
    merchantIssues: boolean;
    platformName?: string;
    portalUsers: PortalUser[];
  };
  typed: Record<Exclude<ContactKey, 'operationalSupport'>, string> & {
    operationalSupport: Schedule[];
  };
  expect:
    | {valid: true; record: Omit<ContactRecord, 'version'>}
    | {valid: false; errors: ContactKey[]};
}

/**
 * The shared cases. They live outside the runner's root, so the runner's
 * config serves them at /fixtures/.
 */
export async function loadCases(): Promise<FixtureCase[]> {
  const response = await fetch('/fixtures/cases.json');
  if (!response.ok) {
    throw new Error(`Fixtures not served: ${response.status}`);
  }
  return (await response.json()) as FixtureCase[];
}
