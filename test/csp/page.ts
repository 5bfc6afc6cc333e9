// A host page under a strict Content-Security-Policy with Trusted Types
// enforced; every violation is reported to the test in the parent frame.
import '../../src/index.js';
import type {ContactInfoModal} from '../../src/index.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective}: ${event.blockedURI}`);
});

const modal = document.querySelector<ContactInfoModal>('#modal')!;
modal.portalUsers = [
  {email: 'minjun.kim@bareun.example', name: '<img src=x onerror=alert(1)>'},
  {email: 'seoyeon.lee@bareun.example', name: '이서연 <b>팀장</b>'},
];
modal.platformName = '<script>alert(1)</script>';
modal.supportHref = 'mailto:partner-support@platform.example';
modal.show();

Object.assign(window, {violations, ready: true});
