// Runs before the elements (module scripts run in order, after parsing), so no violation they could
// cause goes unseen: counts every CSP or Trusted Types refusal on the page and names the last one.
const output = document.querySelector('#violations');
let count = 0;
document.addEventListener('securitypolicyviolation', (event) => {
  count++;
  output.value = `${count} — ${event.effectiveDirective}: ${event.blockedURI || event.sample}`;
  output.dataset.count = String(count);
});
