// Portolan's DOM adapter, second half: applies a FillPlan computed by core (in the service
// worker) and undoes it. A classic script in the extension's isolated world, injected with
// chrome.scripting.executeScript after snapshot.js; it holds no wasm (a page's CSP may forbid
// it) and decides nothing: every entry says what to do, this file only knows how.
//
// Rules (DESIGN.md, "Fill rules"): never read or write a password's value; never submit; set
// values so React, Vue and Angular notice (the prototype's native setter, then bubbling
// `input` and `change`, then `blur`; `click()` for radios and checkboxes).
(() => {
  'use strict';
  if (globalThis.PortolanFill) return;

  /** Finds an element by a snapshot selector; ' >>> ' crosses into an open shadow root or a
   * same-origin frame. Returns null when any step is missing. */
  function find(selector) {
    const parts = String(selector).split(' >>> ');
    let root = document;
    for (let i = 0; i < parts.length; i += 1) {
      let el;
      try {
        el = root.querySelector(parts[i]);
      } catch {
        return null;
      }
      if (!el) return null;
      if (i === parts.length - 1) return el;
      if (el.shadowRoot) {
        root = el.shadowRoot;
      } else if (el.tagName === 'IFRAME' || el.tagName === 'FRAME') {
        try {
          root = el.contentDocument;
        } catch {
          return null;
        }
        if (!root) return null;
      } else {
        return null;
      }
    }
    return null;
  }

  const isPassword = (el) => el instanceof el.ownerDocument.defaultView.HTMLInputElement
    && String(el.type).toLowerCase() === 'password';

  /** The native setter of `prop` for this element's own class, so a framework's instance-level
   * property (React's value tracker) does not swallow the change. */
  function nativeSet(el, prop, value) {
    let proto = Object.getPrototypeOf(el);
    while (proto) {
      const desc = Object.getOwnPropertyDescriptor(proto, prop);
      if (desc && desc.set) {
        desc.set.call(el, value);
        return;
      }
      proto = Object.getPrototypeOf(proto);
    }
    el[prop] = value;
  }

  function announce(el) {
    const view = el.ownerDocument.defaultView;
    el.dispatchEvent(new view.Event('input', { bubbles: true, composed: true }));
    el.dispatchEvent(new view.Event('change', { bubbles: true }));
    el.dispatchEvent(new view.FocusEvent('blur'));
    el.dispatchEvent(new view.FocusEvent('focusout', { bubbles: true, composed: true }));
  }

  /** The radios of el's group, in document order (same name, same form or root). */
  function radioGroup(el) {
    if (!el.name) return [el];
    const scope = el.form || el.getRootNode();
    return Array.from(scope.querySelectorAll('input[type="radio"]'))
      .filter((r) => r.name === el.name && r.form === el.form);
  }

  // One state reader and writer per kind of change, so fill and undo are the same code.
  const kinds = {
    'set-value': {
      read: (el) => el.value,
      write: (el, v) => { nativeSet(el, 'value', v); announce(el); },
    },
    'select-option': {
      read: (el) => ({ index: el.selectedIndex, value: el.value }),
      write: (el, s) => {
        if (typeof s === 'string') {
          const i = Array.from(el.options).findIndex((o) => o.value === s);
          if (i < 0) return false;
          nativeSet(el, 'selectedIndex', i);
        } else {
          nativeSet(el, 'selectedIndex', s.index);
        }
        announce(el);
        return true;
      },
      show: (s) => (typeof s === 'string' ? s : s.value),
    },
    'set-checked': {
      read: (el) => el.checked,
      write: (el, v) => {
        if (el.checked !== v) el.click();
        // A page handler may cancel the click; the state is what the plan or undo says.
        if (el.checked !== v) { nativeSet(el, 'checked', v); announce(el); } else {
          el.dispatchEvent(new el.ownerDocument.defaultView.FocusEvent('blur'));
        }
      },
      show: (v) => String(v),
    },
    'click-radio': {
      read: (el) => radioGroup(el).find((r) => r.checked) || null,
      write: (el, target) => {
        if (target) {
          if (!target.checked) target.click();
          if (!target.checked) { nativeSet(target, 'checked', true); announce(target); }
        } else {
          // Undo to "none checked": no click can do that.
          for (const r of radioGroup(el)) {
            if (r.checked) { nativeSet(r, 'checked', false); announce(r); }
          }
        }
      },
      show: (r) => (r ? r.value : ''),
    },
  };

  // What a reply shows of a value is clipped (a page can hold megabytes in one field); the
  // journal keeps the whole value, so undo is exact.
  const SHOWN_CAP = 1000;
  const clipped = (s) => (typeof s === 'string' && s.length > SHOWN_CAP ? s.slice(0, SHOWN_CAP) : s);
  const show = (kind, state) => clipped(kinds[kind].show ? kinds[kind].show(state) : state);
  const same = (kind, a, b) => (kind === 'select-option' ? a.index === b.index : a === b);

  /** Undo journals, newest last; a fill that changed nothing pushes none. */
  const journals = [];

  /** Applies the plan's entries that carry an action and are not `keep`. Returns
   * `{filled:[{selector,before,after}], skipped:[{selector,reason}]}`. Every planned control's
   * state is read before the first write, so the journal also holds what the page's own
   * handlers changed among them (WBCE's port list sets its SSL list): undo restores both. */
  function apply(entries) {
    const filled = [];
    const skipped = [];
    const steps = [];
    const states = [];
    for (const entry of entries || []) {
      const action = entry && entry.action;
      if (!action || entry.status === 'keep') continue;
      const el = find(entry.selector);
      if (!el) { skipped.push({ selector: entry.selector, reason: 'not-found' }); continue; }
      if (isPassword(el)) { skipped.push({ selector: entry.selector, reason: 'password' }); continue; }
      if (el.disabled || el.readOnly) { skipped.push({ selector: entry.selector, reason: 'disabled' }); continue; }
      const kind = action.kind;
      const k = kinds[kind];
      if (!k) { skipped.push({ selector: entry.selector, reason: 'unknown-action' }); continue; }
      let subject = el;
      let next;
      if (kind === 'click-radio') {
        next = find(action.selector);
        if (!next || next.type !== 'radio') { skipped.push({ selector: entry.selector, reason: 'not-found' }); continue; }
        subject = next;
      } else {
        next = kind === 'set-checked' ? Boolean(action.checked) : String(action.value);
      }
      steps.push({ selector: entry.selector, subject, kind, next });
      if (!states.some((s) => s.el === subject && s.kind === kind)) {
        states.push({ selector: entry.selector, el: subject, kind, before: k.read(subject) });
      }
    }
    for (const { selector, subject, kind, next } of steps) {
      const k = kinds[kind];
      const before = k.read(subject);
      if (kind === 'select-option' && before.value === next) continue;
      if (kind !== 'select-option' && before === next) continue;
      if (k.write(subject, next) === false) {
        skipped.push({ selector, reason: 'no-such-option' });
        continue;
      }
      filled.push({ selector, before: show(kind, before), after: show(kind, k.read(subject)) });
    }
    const journal = states
      .map((s) => ({ ...s, after: kinds[s.kind].read(s.el) }))
      .filter((s) => !same(s.kind, s.before, s.after));
    if (journal.length) journals.push(journal);
    return { filled, skipped };
  }

  /** Restores exactly what the last fill changed, newest change first. A control the user has
   * edited since is left as the user made it. Which ones the user edited is read before the
   * first write: a page's own handler may change one control while undo restores another (SOY
   * Shop sets its port when its SSL switch changes), and that is no edit of the user's; a
   * second pass puts back what such a handler moved after it was restored. */
  function undo() {
    const journal = journals.pop() || [];
    const restored = [];
    const skipped = [];
    const todo = [];
    for (const j of journal.slice().reverse()) {
      const now = kinds[j.kind].read(j.el);
      if (!j.el.isConnected) { skipped.push({ selector: j.selector, reason: 'removed' }); continue; }
      if (!same(j.kind, now, j.after)) { skipped.push({ selector: j.selector, reason: 'edited-since' }); continue; }
      todo.push({ j, now });
    }
    for (const { j } of todo) kinds[j.kind].write(j.el, j.before);
    for (const { j } of todo) {
      const k = kinds[j.kind];
      if (!same(j.kind, k.read(j.el), j.before)) k.write(j.el, j.before);
    }
    for (const { j, now } of todo) {
      restored.push({ selector: j.selector, before: show(j.kind, now), after: show(j.kind, kinds[j.kind].read(j.el)) });
    }
    return { restored, skipped, remaining: journals.length };
  }

  // Dynamic pages (wizards, SPA routes): after the user has invoked Portolan here, tell the
  // extension when the set of controls changes, so an open popup re-scans.
  let observer = null;
  function watch() {
    if (observer) return;
    // The shape that matters: the route, how many controls exist and how many are shown.
    const count = () => {
      const all = document.querySelectorAll('input, select, textarea');
      let shown = 0;
      for (const el of all) if (el.getClientRects().length) shown += 1;
      return `${location.href}|${all.length}/${shown}`;
    };
    let last = count();
    let timer = 0;
    observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const now = count();
        if (now === last) return;
        last = now;
        chrome.runtime.sendMessage({ type: 'portolan/page-changed' }).catch(() => {});
      }, 200);
    });
    observer.observe(document.documentElement, {
      childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style', 'hidden'],
    });
  }

  /** How many controls the light DOM has, counted as the snapshot counts them (inputs other
   * than hidden/submit/button/file/image/reset, selects, textareas; a named radio group once;
   * radios with no name, which the snapshot groups by the element holding them, once in all).
   * Never more than the snapshot would hold (shadow roots and frames only add), so a count over
   * core's bound means core will refuse the page. */
  function countControls() {
    const SKIPPED = new Set(['hidden', 'submit', 'button', 'file', 'image', 'reset']);
    const groups = new Set();
    let n = 0;
    for (const el of document.querySelectorAll('input, select, textarea')) {
      if (el.tagName === 'INPUT') {
        const type = (el.getAttribute('type') || 'text').toLowerCase();
        if (SKIPPED.has(type)) continue;
        if (type === 'radio') {
          const key = el.name ? `${el.form ? Array.prototype.indexOf.call(document.forms, el.form) : ''}|${el.name}` : '';
          if (groups.has(key)) continue;
          groups.add(key);
        }
      }
      n += 1;
    }
    return n;
  }

  /** How many frames (iframe or frame elements) the scan could not read: another origin's, or
   * sandboxed ones. Their controls are not in the snapshot and are never filled; the popup says
   * so. Counts through open shadow roots and same-origin frames, as the snapshot walks. */
  function unreadFrames(root = document) {
    let n = 0;
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) n += unreadFrames(el.shadowRoot);
      if (el.tagName !== 'IFRAME' && el.tagName !== 'FRAME') continue;
      let doc = null;
      try {
        doc = el.contentDocument;
      } catch {
        doc = null;
      }
      n += doc && doc.documentElement ? unreadFrames(doc) : 1;
    }
    return n;
  }

  /** How many fills can still be undone in this document. */
  const undoable = () => journals.length;

  globalThis.PortolanFill = {
    find, apply, undo, watch, countControls, undoable, unreadFrames,
  };
})();
