// A single-page wizard: step 2's fields appear only after "Next", as SPAs render them.
document.getElementById('next').addEventListener('click', () => {
  document.getElementById('step2').innerHTML = `
    <fieldset><legend>SMTP server</legend>
      <label for="smtp_host">SMTP host</label><input id="smtp_host" name="smtp_host">
      <label for="smtp_port">SMTP port</label><input id="smtp_port" name="smtp_port" type="number">
      <label for="smtp_user">SMTP username</label><input id="smtp_user" name="smtp_user">
      <label for="smtp_pass">SMTP password</label><input id="smtp_pass" name="smtp_pass" type="password">
    </fieldset>`;
});
