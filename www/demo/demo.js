// Demo forms: no form here sends anything. Submitting shows what would have been sent, minus
// passwords (never echoed), so a person trying the extension sees the filled values.
for (const form of document.querySelectorAll('form')) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const shown = [];
    for (const control of form.elements) {
      if (!control.name || control.type === 'password' || control.type === 'submit') continue;
      if ((control.type === 'radio' || control.type === 'checkbox') && !control.checked) continue;
      shown.push(`${control.name} = ${control.value}`);
    }
    const status = form.querySelector('.demo-result');
    if (status) status.textContent = `Demo only, nothing was sent. The form holds: ${shown.join('; ')}`;
  });
}
