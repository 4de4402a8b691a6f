// The same settings form in Vue 3 with v-model (text, number, select, radio, checkbox). The
// <pre> renders Vue's reactive state.
import { createApp, reactive } from 'vue/dist/vue.esm-bundler.js';

createApp({
  setup() {
    const s = reactive({
      email: '', protocol: 'pop3', inHost: '', inPort: '', inSecurity: 'none', inUser: '', inPassword: '',
      outHost: '', outPort: '', outSecurity: 'none', outAuth: false, outUser: '', outPassword: '',
    });
    return { s, submit: () => { window.__submitted = true; } };
  },
  template: `
    <form @submit.prevent="submit">
      <h1>Mailbox settings</h1>
      <div class="row"><label for="email">Email address</label><input id="email" name="email" type="email" v-model="s.email"></div>
      <fieldset>
        <legend>Incoming mail server</legend>
        <div class="row"><label for="protocol">Server type</label>
          <select id="protocol" name="protocol" v-model="s.protocol"><option value="pop3">POP3</option><option value="imap">IMAP</option></select></div>
        <div class="row"><label for="inHost">Incoming server</label><input id="inHost" name="inHost" type="text" v-model="s.inHost"></div>
        <div class="row"><label for="inPort">Port</label><input id="inPort" name="inPort" type="number" v-model="s.inPort"></div>
        <div class="row"><label for="inSecurity">Encryption</label>
          <select id="inSecurity" name="inSecurity" v-model="s.inSecurity">
            <option value="none">None</option><option value="ssl">SSL/TLS</option><option value="tls">STARTTLS</option>
          </select></div>
        <div class="row"><label for="inUser">Username</label><input id="inUser" name="inUser" type="text" v-model="s.inUser"></div>
        <div class="row"><label for="inPassword">Password</label><input id="inPassword" name="inPassword" type="password" v-model="s.inPassword"></div>
      </fieldset>
      <fieldset>
        <legend>Outgoing mail server (SMTP)</legend>
        <div class="row"><label for="outHost">SMTP server</label><input id="outHost" name="outHost" type="text" v-model="s.outHost"></div>
        <div class="row"><label for="outPort">Port</label><input id="outPort" name="outPort" type="number" v-model="s.outPort"></div>
        <div class="row" role="radiogroup" aria-label="Encryption">
          <label><input type="radio" id="outSecurity-none" name="outSecurity" value="none" v-model="s.outSecurity">None</label>
          <label><input type="radio" id="outSecurity-ssl" name="outSecurity" value="ssl" v-model="s.outSecurity">SSL/TLS</label>
          <label><input type="radio" id="outSecurity-tls" name="outSecurity" value="tls" v-model="s.outSecurity">STARTTLS</label>
        </div>
        <label class="row"><input type="checkbox" id="outAuth" name="outAuth" v-model="s.outAuth"> My outgoing server requires authentication</label>
        <div class="row"><label for="outUser">SMTP username</label><input id="outUser" name="outUser" type="text" v-model="s.outUser"></div>
        <div class="row"><label for="outPassword">SMTP password</label><input id="outPassword" name="outPassword" type="password" v-model="s.outPassword"></div>
      </fieldset>
      <button type="submit">Save</button>
      <pre id="state">{{ JSON.stringify(s) }}</pre>
    </form>`,
}).mount('#root');
