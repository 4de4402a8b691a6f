// Allowed by script-src 'self'; proves the page's own scripts run and records fill events.
window.__changes = 0;
document.addEventListener('change', () => { window.__changes += 1; });
document.documentElement.dataset.scripted = 'yes';
