// The strict-CSP page's status line: reports how many cards the widget
// rendered and every Content-Security-Policy violation, so a reader (and the
// browser test) sees at a glance that the policy and the widget get along.
const status = document.getElementById('csp-status');
const violations = [];

document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
  status.textContent = `CSP violation: ${violations.join('; ')}`;
  status.className = 'csp-status is-bad';
});

document.addEventListener('keyfigures-ready', (event) => {
  if (violations.length > 0) return;
  const report = event.detail.report;
  status.textContent =
    `Rendered ${report.cards.length} cards and ${report.flags.length} flags with no CSP violation.`;
  status.className = 'csp-status is-ok';
});

document.addEventListener('keyfigures-error', (event) => {
  status.textContent = `The widget reported an error: ${event.detail.message}`;
  status.className = 'csp-status is-bad';
});
