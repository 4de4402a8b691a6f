// A controlled React form (the shape of a helpdesk's "incoming mail" settings). The <pre>
// renders React's own state, so a test reads what React believes, not what the DOM shows.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

const initial = {
  email: '', protocol: 'pop3', inHost: '', inPort: '', inSecurity: 'none', inUser: '', inPassword: '',
  outHost: '', outPort: '', outSecurity: 'none', outAuth: false, outUser: '', outPassword: '',
};

function Field({ id, label, children }) {
  return (
    <div className="row">
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

function App() {
  const [s, set] = useState(initial);
  const bind = (key) => ({ id: key, name: key, value: s[key], onChange: (e) => set({ ...s, [key]: e.target.value }) });
  return (
    <form onSubmit={(e) => { e.preventDefault(); window.__submitted = true; }}>
      <h1>Mailbox settings</h1>
      <Field id="email" label="Email address"><input type="email" {...bind('email')} /></Field>
      <fieldset>
        <legend>Incoming mail server</legend>
        <Field id="protocol" label="Server type">
          <select {...bind('protocol')}><option value="pop3">POP3</option><option value="imap">IMAP</option></select>
        </Field>
        <Field id="inHost" label="Incoming server"><input type="text" {...bind('inHost')} /></Field>
        <Field id="inPort" label="Port"><input type="number" {...bind('inPort')} /></Field>
        <Field id="inSecurity" label="Encryption">
          <select {...bind('inSecurity')}>
            <option value="none">None</option><option value="ssl">SSL/TLS</option><option value="tls">STARTTLS</option>
          </select>
        </Field>
        <Field id="inUser" label="Username"><input type="text" {...bind('inUser')} /></Field>
        <Field id="inPassword" label="Password"><input type="password" {...bind('inPassword')} /></Field>
      </fieldset>
      <fieldset>
        <legend>Outgoing mail server (SMTP)</legend>
        <Field id="outHost" label="SMTP server"><input type="text" {...bind('outHost')} /></Field>
        <Field id="outPort" label="Port"><input type="number" {...bind('outPort')} /></Field>
        <div className="row" role="radiogroup" aria-label="Encryption">
          {['none', 'ssl', 'tls'].map((v) => (
            <label key={v}>
              <input type="radio" name="outSecurity" id={`outSecurity-${v}`} value={v}
                checked={s.outSecurity === v} onChange={() => set({ ...s, outSecurity: v })} />
              {{ none: 'None', ssl: 'SSL/TLS', tls: 'STARTTLS' }[v]}
            </label>
          ))}
        </div>
        <label className="row">
          <input type="checkbox" id="outAuth" name="outAuth" checked={s.outAuth}
            onChange={(e) => set({ ...s, outAuth: e.target.checked })} />
          My outgoing server requires authentication
        </label>
        <Field id="outUser" label="SMTP username"><input type="text" {...bind('outUser')} /></Field>
        <Field id="outPassword" label="SMTP password"><input type="password" {...bind('outPassword')} /></Field>
      </fieldset>
      <button type="submit">Save</button>
      <pre id="state">{JSON.stringify(s)}</pre>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<App />);
