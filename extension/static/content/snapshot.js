// Portolan's DOM adapter, part one: builds a FormSnapshot (core/src/form/snapshot.rs,
// docs/snapshot.schema.json) from what the page shows. Classic script, no modules, no
// dependencies. It reads; it never writes, and it never reads a password's value.
(function () {
  'use strict';

  var SKIPPED_TYPES = { hidden: 1, submit: 1, button: 1, file: 1, image: 1, reset: 1 };
  var TEXT_CAP = 200;
  // Attribute-sized strings (value, name, id, class tokens) are clipped too: a page can carry
  // megabytes in one attribute, and no mail setting is this long (tests/browser/hostile.test.mjs).
  var ATTR_CAP = 1000;
  var CLASS_CAP = 50;
  var CONTROL_QUERY = 'input, select, textarea';
  var CONTROL_TAGS = ['input', 'select', 'textarea'];
  var NAMELESS_RADIO = 'input[type=radio]:not([name]), input[type=radio][name=""]';
  var SKIP_TEXT_TAGS = { SCRIPT: 1, STYLE: 1, NOSCRIPT: 1, OPTION: 1, SELECT: 1, TEXTAREA: 1, TEMPLATE: 1 };
  var BLOCK_TAGS = { DIV: 1, P: 1, LI: 1, TR: 1, SECTION: 1, FIELDSET: 1, FORM: 1, DD: 1, DT: 1, TD: 1, TH: 1, UL: 1, OL: 1, TABLE: 1, TBODY: 1, ARTICLE: 1, MAIN: 1, BODY: 1 };
  // Headings are what 'h1, h2, h3, h4, h5, h6, [role="heading"], summary' selects: the elements
  // of these tag names (an HTML element's tagName is upper case, an SVG or MathML one's, such
  // as a <summary> inside <svg>, as written) and those of HEADING_ROLE (see walkRoot).
  var HEADING_TAGS = { H1: 1, H2: 1, H3: 1, H4: 1, H5: 1, H6: 1, SUMMARY: 1, h1: 1, h2: 1, h3: 1, h4: 1, h5: 1, h6: 1, summary: 1 };
  var HEADING_ROLE = '[role="heading"]';
  // The elements attachShadow() accepts (and declarative shadow roots attach to): these HTML
  // elements, named upper case in an HTML document and as written in an XML one, and custom
  // elements, whose names hold a '-' (no other element can hold a shadow root).
  var SHADOW_HOSTS = {};
  'article aside blockquote body div footer h1 h2 h3 h4 h5 h6 header main nav p section span'.split(' ').forEach(function (t) {
    SHADOW_HOSTS[t] = 1;
    SHADOW_HOSTS[t.toUpperCase()] = 1;
  });

  function clean(s, cap) {
    // Most attributes read (placeholder, title, aria-label) are absent: nothing to collapse.
    if (!s) return '';
    cap = cap || TEXT_CAP;
    s = String(s);
    // Only the start can survive the cap: collapsing a megabyte of text to keep 200 characters
    // is wasted work (unless the start is nearly all whitespace, which no caption is).
    if (s.length > 64 * cap) s = s.slice(0, 64 * cap);
    s = s.replace(/\s+/g, ' ').trim();
    return s.length > cap ? s.slice(0, cap) : s;
  }

  function clip(s) {
    s = String(s || '');
    return s.length > ATTR_CAP ? s.slice(0, ATTR_CAP) : s;
  }

  // Whether element `el`, of tag name `tag` (read by the caller), is a control described.
  function isControl(el, tag) {
    if (tag === 'SELECT' || tag === 'TEXTAREA') return true;
    if (tag !== 'INPUT') return false;
    return !SKIPPED_TYPES[(el.getAttribute('type') || 'text').toLowerCase()];
  }

  // Whether an element is or holds a control. Rows, cells and siblings are asked about for
  // every control near them, so instead of a query per element, each root (walkRoot) marks
  // the ancestors of its controls once per build: the same answer as the element's own
  // querySelectorAll, which finds neither the controls of a shadow root or frame inside it
  // (marked by their own root's pass, up to that root only) nor the element itself.
  // One set holds both, the controls and the elements holding one.
  // The same pass counts the names of the root's input, select and textarea elements (all of
  // them, hidden ones too) for namesOf.
  var holders;
  function markHolders(root) {
    var names = new Map();
    controlNames.set(root, names);
    // One query per tag (see markPanels): the order the controls are marked in does not matter.
    for (var t = 0; t < CONTROL_TAGS.length; t++) {
      var found = root.querySelectorAll(CONTROL_TAGS[t]);
      var counts = new Map();
      names.set(CONTROL_TAGS[t], counts);
      for (var i = 0, n = found.length; i < n; i++) {
        var el = found[i];
        var name = el.getAttribute('name');
        if (name !== null) counts.set(name, (counts.get(name) || 0) + 1);
        if (!isControl(el, el.tagName)) continue;
        // The controls themselves too: every control of the root is among those found.
        holders.add(el);
        // An ancestor already marked has had its own ancestors marked too. parentElement
        // stops where parentNode reaches the root (a Document or ShadowRoot, no element).
        for (var p = el.parentElement; p && !holders.has(p); p = p.parentElement) holders.add(p);
      }
    }
  }
  // `el` is an element.
  function isOrHoldsControl(el) {
    return holders.has(el);
  }

  // How many input, select and textarea elements (hidden ones included) an element holds,
  // counted once per element and build (a table cell is asked about by each of its controls).
  var controlCounts;
  function controlCount(el) {
    var n = controlCounts.get(el);
    if (n === undefined) controlCounts.set(el, n = el.querySelectorAll(CONTROL_QUERY).length);
    return n;
  }

  // The nearest inclusive ancestor of each kind the questions about a control need: its
  // el.closest('td, th'), ('table'), ('label'), ('dd'), ('fieldset'), ('form'), (TAB_PANEL) and
  // (STEP_PANEL). Every control asks for them, and closest() matches a selector against each
  // ancestor each time; here each element's answers are read once per build and shared with
  // all the elements below it, so controls sharing ancestors climb them once. Kinds come from
  // tag names (those the type selectors match: upper case for HTML elements, as written for
  // SVG or MathML ones) and from the panels each root lists once (markPanels).
  var KIND_OF_TAG = new Map([['TD', 'cell'], ['TH', 'cell'], ['TABLE', 'table'], ['LABEL', 'label'], ['DD', 'dd'], ['FIELDSET', 'fieldset'], ['FORM', 'form'],
    ['td', 'cell'], ['th', 'cell'], ['table', 'table'], ['label', 'label'], ['dd', 'dd'], ['fieldset', 'fieldset'], ['form', 'form']]);
  // Each element climbed gets a record: { el, tag (its tagName), parent (its parentElement's
  // record, or null), up (its nearest inclusive ancestor of each kind), and what the selectors
  // climbing through it read, each once when first asked: type (the tag name lower-cased),
  // local (its localName), id }. The text lookups and the selectors around a control climb the
  // same few ancestors (leftText, aboveText, belowText, the table's row and cell,
  // localSelector): through the records, each element's parent and tag name are read from the
  // DOM once per build.
  var NO_ANCESTORS = {};
  var ancestryCache;
  function infoOf(el) {
    var rec = ancestryCache.get(el);
    if (rec) return rec;
    var climbed = [];
    for (var cur = el; cur && !(rec = ancestryCache.get(cur)); cur = cur.parentElement) climbed.push(cur);
    rec = rec || null;
    var known = rec ? rec.up : NO_ANCESTORS;
    // From the top down, each element inherits its parent's answers, its own kind replaced.
    for (var i = climbed.length - 1; i >= 0; i--) {
      var c = climbed[i];
      var tag = c.tagName;
      var own = KIND_OF_TAG.get(tag);
      var panel = panelKinds.get(c);
      if (own || panel) {
        var copy = {};
        for (var k in known) copy[k] = known[k];
        if (own) copy[own] = c;
        if (panel & TAB) copy.tab = c;
        if (panel & STEP) copy.step = c;
        known = copy;
      }
      rec = { el: c, tag: tag, parent: rec, up: known, type: null, local: null, id: null };
      ancestryCache.set(c, rec);
    }
    return rec;
  }
  function closestOf(el, kind) {
    return infoOf(el).up[kind] || null;
  }
  // el.parentElement.closest(...) for a kind: null for an element without parent.
  function closestAbove(el, kind) {
    var parent = infoOf(el).parent;
    return parent ? parent.up[kind] || null : null;
  }

  // A root's tab panels ('[role="tabpanel"]') and wizard steps ('.tab-pane, [data-step], .step,
  // .wizard-step'), listed once per root and build, one simple selector per query: Chromium
  // answers a lone class or attribute selector by a fast path, a selector list matching each
  // element against each selector about five times slower.
  var TAB_PANEL = '[role="tabpanel"]';
  var STEP_PANELS = ['.tab-pane', '[data-step]', '.step', '.wizard-step'];
  // Each panel's kinds, one lookup per element climbed: TAB | STEP.
  var TAB = 1;
  var STEP = 2;
  var panelKinds;
  function markPanels(root) {
    addKind(root.querySelectorAll(TAB_PANEL), TAB);
    for (var i = 0; i < STEP_PANELS.length; i++) addKind(root.querySelectorAll(STEP_PANELS[i]), STEP);
  }
  function addKind(list, kind) {
    for (var i = 0, n = list.length; i < n; i++) panelKinds.set(list[i], (panelKinds.get(list[i]) || 0) | kind);
  }

  // Visible text of a node, skipping scripts, option lists and controls.
  // The text a person reads in `node`. A descendant that is itself not displayed (a tooltip or
  // help bubble shown on hover) is not part of it; `node` may sit in a hidden wizard step and
  // still be read, since its hiding comes from an ancestor.
  // Within one build, a node's text and an element's display are read once: many controls
  // share a row, a table or a heading (reset by build(): the page may change between builds).
  var textCache;
  var displayCache;
  function textOf(node) {
    var cached = textCache.get(node);
    if (cached !== undefined) return cached;
    var text = readText(node);
    textCache.set(node, text);
    return text;
  }
  // `node` is an element (every caller's is).
  function readText(node) {
    var out = [];
    textInto(node, node, out);
    return clean(out.join(' '));
  }

  // Adds the text pieces of element `el` (`node` or under it) to `out`, up to 51 of them. Each
  // node's type, tag name and first child are read once (every read is a call into the DOM).
  function textInto(el, node, out) {
    var tag = el.tagName;
    if (SKIP_TEXT_TAGS[tag] || tag === 'INPUT') return;
    var c = el.firstChild;
    if (!c) return;
    var type = c.nodeType;
    if (el !== node) {
      // An element holding no text node adds no text whether shown or not: no style read for
      // it (icons, <br>, <img>, icon links: most of the elements met on the largest fixture).
      // `node` itself is not looked at: its display is not read, and its walk finds no text
      // where there is none.
      if (type !== 3 && holdsNoText(el, c)) return;
      if (notDisplayed(el)) return;
    }
    for (;;) {
      if (type === 3) out.push(c.nodeValue);
      else if (type === 1) textInto(c, node, out);
      c = c.nextSibling;
      if (!c || out.length > 50) return;
      type = c.nodeType;
    }
  }

  // Whether an element's subtree holds no text node, looked for among its first 8 nodes only
  // (bounded, and cheaper than a style read): false when unsure. `first` is its first child.
  function holdsNoText(el, first) {
    var n = first;
    for (var seen = 0; n; seen++) {
      if (n.nodeType === 3 || seen === 8) return false;
      if (n.firstChild) { n = n.firstChild; continue; }
      while (n !== el && !n.nextSibling) n = n.parentNode;
      if (n === el) return true;
      n = n.nextSibling;
    }
    return true;
  }

  function notDisplayed(el) {
    return el.hidden || displayNone(el);
  }

  // Whether an element's computed display is none (its `hidden` attribute aside: a page's CSS
  // may show a hidden element).
  function displayNone(el) {
    var cached = displayCache.get(el);
    if (cached !== undefined) return cached;
    var view = el.ownerDocument && el.ownerDocument.defaultView;
    var none = !!view && view.getComputedStyle(el).display === 'none';
    displayCache.set(el, none);
    return none;
  }

  function cssEscape(s) {
    return (typeof CSS !== 'undefined' && CSS.escape) ? CSS.escape(s) : String(s).replace(/[^a-zA-Z0-9_-]/g, '\\$&');
  }

  // The elements `sel` selects in `root` (null for a selector the browser refuses), found once
  // per root and build.
  var selectorMatches;
  function matchesOf(root, sel) {
    var known = selectorMatches.get(root);
    if (!known) selectorMatches.set(root, known = new Map());
    var found = known.get(sel);
    if (found === undefined) {
      try {
        found = root.querySelectorAll(sel);
      } catch (e) { found = null; }
      known.set(sel, found);
    }
    return found;
  }

  // Whether `sel` selects just `el` in `root`.
  function uniqueIn(root, sel, el) {
    var found = matchesOf(root, sel);
    return !!found && found.length === 1 && found[0] === el;
  }

  // Whether '#' + id selects just `el` in `root`, from the elements of each id counted once per
  // root and build instead of a query per control and per ancestor. Left to the query: quirks
  // mode (ids match case-insensitively there), an id holding a NUL or a surrogate (the CSS
  // parser reads either as U+FFFD, so the selector misses), an `id` that is no string (a
  // form's names its control called "id") and a browser without CSS.escape.
  // The first few ids of a build are asked of the browser all the same: a lone id selector is
  // answered from the page's id map, without the walk over the whole root counting takes
  // (most pages ask about a handful of ids). Past ID_QUERIES, or once counted, by the counts.
  var idCounts;
  var ID_QUERIES = 16;
  var idQueries = 0;
  var ODD_ID = /[\0\uD800-\uDFFF]/;
  function uniqueId(root, id, el) {
    var doc = root.ownerDocument || root;
    if (typeof id !== 'string' || ODD_ID.test(id) || doc.compatMode === 'BackCompat' || typeof CSS === 'undefined' || !CSS.escape) {
      return uniqueIn(root, '#' + cssEscape(id), el);
    }
    var counts = idCounts.get(root);
    if (!counts) {
      if (idQueries < ID_QUERIES) {
        idQueries++;
        return uniqueIn(root, '#' + CSS.escape(id), el);
      }
      counts = new Map();
      var all = root.querySelectorAll('[id]');
      for (var i = 0, n = all.length; i < n; i++) {
        var key = all[i].getAttribute('id');
        counts.set(key, (counts.get(key) || 0) + 1);
      }
      idCounts.set(root, counts);
    }
    return counts.get(id) === 1;
  }

  // How many elements of a (lower-cased) tag name carry a name in `root`: a Map per tag name
  // of the counts by name, built once per root and build (no key string built per element).
  // A control's tag has its counts from markHolders (which a root's controls come after);
  // another tag's (a frame's, a shadow host's) come from one query for every named element.
  var nameCounts;
  var controlNames;
  function namesOf(root, tag) {
    var controls = controlNames.get(root);
    if (controls && controls.has(tag)) return controls.get(tag);
    var byTag = nameCounts.get(root);
    if (!byTag) {
      byTag = new Map();
      var named = root.querySelectorAll('[name]');
      var lastTag = '';
      var counts = null;
      for (var i = 0, n = named.length; i < n; i++) {
        var t = named[i].tagName;
        // Controls of one tag come in runs: the lower-cased name is looked up once per run.
        if (t !== lastTag || !counts) {
          lastTag = t;
          var lower = t.toLowerCase();
          counts = byTag.get(lower);
          if (!counts) byTag.set(lower, counts = new Map());
        }
        var key = named[i].getAttribute('name');
        counts.set(key, (counts.get(key) || 0) + 1);
      }
      nameCounts.set(root, byTag);
    }
    return byTag.get(tag);
  }

  // A string quoted for an attribute selector's value.
  function quoted(s) {
    if (s.indexOf('\\') >= 0) s = s.replace(/\\/g, '\\\\');
    if (s.indexOf('"') >= 0) s = s.replace(/"/g, '\\"');
    return '"' + s + '"';
  }

  // An element's place among its siblings of its tag name (`:nth-of-type`), once per build:
  // the places of all its siblings are counted together, in one pass over them (the controls
  // of a long list each ask about their own row).
  var nthCache;
  function nthOfType(el) {
    var n = nthCache.get(el);
    if (n === undefined) {
      var parent = el.parentNode;
      if (!parent) {
        n = 1;
        nthCache.set(el, n);
      } else {
        var counts = new Map();
        for (var s = parent.firstElementChild; s; s = s.nextElementSibling) {
          var tag = s.tagName;
          var k = (counts.get(tag) || 0) + 1;
          counts.set(tag, k);
          nthCache.set(s, k);
        }
        n = nthCache.get(el);
      }
    }
    return n;
  }

  function typeOf(rec) {
    if (rec.type === null) rec.type = rec.tag.toLowerCase();
    return rec.type;
  }
  function localOf(rec) {
    if (rec.local === null) rec.local = rec.el.localName;
    return rec.local;
  }
  function idOf(rec) {
    if (rec.id === null) rec.id = rec.el.id;
    return rec.id;
  }

  // What a chain of steps selects in `root`: { found, tops, next, parents }, found once per
  // root and build and shared by the controls built alike, which climb through the same chains
  // ('input:nth-of-type(1)', 'div:nth-of-type(2) > input:nth-of-type(1)'). tops[i] is the
  // record (infoOf) of found[i]'s ancestor at the chain's last step (distinct: two elements
  // with the same ancestor there would be one). The first step (firstStep) is a query for its
  // selector; a step up (stepUp) selects those of the chain's elements whose ancestor one
  // level higher is an element of that type and place. The browser is not asked to match the
  // whole chain again for each of them (on a page of many controls built alike, that matching
  // was most of the scan), and the chain's elements are grouped by what is above them once
  // (grow), not walked again for each step asked about: on Artalk's page of 126 controls
  // without ids or names, the climbs through records instead of the DOM and the grouping took
  // a tenth off the scan (docs/BENCHMARKS.md, "The largest fixture in CI, tenth round").
  var firstSteps;
  function firstStep(root, sel) {
    var known = firstSteps.get(root);
    if (!known) firstSteps.set(root, known = new Map());
    var hit = known.get(sel);
    if (hit === undefined) {
      var all = matchesOf(root, sel);
      // A selector the browser refuses (null) stays refused, as matchesOf's null did.
      hit = null;
      if (all) {
        var found = [];
        var tops = [];
        for (var i = 0, n = all.length; i < n; i++) {
          found.push(all[i]);
          tops.push(infoOf(all[i]));
        }
        hit = { found: found, tops: tops, next: null, parents: null };
      }
      known.set(sel, hit);
    }
    return hit;
  }
  // A chain that selects nothing (NOTHING, shared) is never grown: it stays empty.
  function stepUp(prev, type, n) {
    if (!prev.found.length) return NOTHING;
    if (!prev.next) grow(prev);
    var byPlace = prev.next.get(type);
    return (byPlace && byPlace.get(n)) || NOTHING;
  }
  var NOTHING = { found: [], tops: [], next: null, parents: null };
  // Groups a chain's elements by their tops' parent elements: by its type and place (`next`,
  // localName -> place -> the longer chain), and by the element itself (`parents`, its record
  // -> the index of the one element whose top it is the parent of, or -1 for more than one).
  // A top whose parent is no element (the root) starts no longer chain.
  function grow(step) {
    var next = new Map();
    var parents = new Map();
    var found = step.found;
    var tops = step.tops;
    for (var i = 0, m = tops.length; i < m; i++) {
      var up = tops[i].parent;
      if (!up) continue;
      var seen = parents.get(up);
      parents.set(up, seen === undefined ? i : -1);
      var type = localOf(up);
      var byPlace = next.get(type);
      if (!byPlace) next.set(type, byPlace = new Map());
      var n = nthOfType(up.el);
      var longer = byPlace.get(n);
      if (!longer) byPlace.set(n, longer = { found: [], tops: [], next: null, parents: null });
      longer.found.push(found[i]);
      longer.tops.push(up);
    }
    step.next = next;
    step.parents = parents;
  }
  // Whether '#id > ' + the chain of `step` selects just `el`, `parent` being the record of the
  // one element of that id in the root: whether `el` is the one element of the chain whose top
  // is a child of it.
  function onlyUnder(step, parent, el) {
    if (!step.found.length) return false;
    if (!step.parents) grow(step);
    var i = step.parents.get(parent);
    return i !== undefined && i >= 0 && step.found[i] === el;
  }

  // A selector unique within `root` (a Document or ShadowRoot).
  function localSelector(el, root) {
    var tag = el.tagName.toLowerCase();
    var id = el.id;
    if (id && id.length <= ATTR_CAP) {
      if (uniqueId(root, id, el)) return '#' + cssEscape(id);
    }
    var name = el.getAttribute('name');
    if (name && name.length <= ATTR_CAP) {
      var byName = tag + '[name=' + quoted(name) + ']';
      // Elements of this tag and name in `root`, counted once per root instead of a query
      // over the whole page for each control.
      var named = namesOf(root, tag);
      if (named && named.get(name) === 1) return byName;
      if (el.type === 'radio' && el.value && el.value.length <= ATTR_CAP) {
        var byValue = byName + '[value=' + quoted(el.value) + ']';
        if (uniqueIn(root, byValue, el)) return byValue;
      }
    }
    var parts = [];
    // Up through the records of `el` and its ancestors, to the root's top element (whose
    // parent is the root: no element).
    var rec = infoOf(el);
    // What the steps so far select (null once the browser refused the first).
    var step = null;
    for (; rec; rec = rec.parent) {
      var cur = rec.el;
      var curId = cur === el ? '' : idOf(rec);
      if (curId && curId.length <= ATTR_CAP && uniqueId(root, curId, cur)) {
        parts.unshift('#' + cssEscape(curId));
        if (step ? onlyUnder(step, rec, el) : uniqueIn(root, parts.join(' > '), el)) return parts.join(' > ');
        parts.shift();
      }
      var n = nthOfType(cur);
      var type = typeOf(rec);
      parts.unshift(type + ':nth-of-type(' + n + ')');
      step = cur === el ? firstStep(root, parts[0]) : step && stepUp(step, type, n);
      if (step && step.found.length === 1 && step.found[0] === el) return parts.join(' > ');
    }
    return parts.join(' > ');
  }

  // label[for] elements of a root by the id they point at, built once per root.
  var labelIndex;
  function labelsFor(root, id) {
    var index = labelIndex.get(root);
    if (!index) {
      index = new Map();
      var all = root.querySelectorAll('label[for]');
      for (var i = 0; i < all.length; i++) {
        var key = all[i].htmlFor;
        if (!index.has(key)) index.set(key, []);
        index.get(key).push(all[i]);
      }
      labelIndex.set(root, index);
    }
    return index.get(id) || [];
  }

  // `face` is listBoxFace(el) when the caller has it already.
  function labelTexts(el, root, face) {
    var out = [];
    var id = el.id;
    if (id) {
      var ls = labelsFor(root, id);
      for (var i = 0; i < ls.length; i++) out.push(textOf(ls[i]));
    }
    var wrap = closestAbove(el, 'label');
    if (wrap && out.indexOf(textOf(wrap)) < 0) out.push(textOf(wrap));
    var by = labelledBy(el, root);
    if (by) out.push(by);
    var caption = faceCaption(el, root, face === undefined ? listBoxFace(el) : face);
    if (caption && out.indexOf(caption) < 0) out.push(caption);
    var slotted = slottedCaption(el);
    if (slotted && out.indexOf(slotted) < 0) out.push(slotted);
    return out.filter(function (s) { return s; });
  }

  // A hidden input that only carries the value of a drawn list box (Material UI's Select: a
  // `role="combobox"` or `aria-haspopup="listbox"` element, then the input, hidden from
  // assistive technology) is named as that face is: its aria-labelledby, less the face itself
  // (whose text is the current choice), or its aria-label.
  function faceCaption(el, root, face) {
    return face ? labelledBy(face, root) || clean(attr(face, 'aria-label')) : '';
  }

  // The drawn list box a hidden input carries the value of, or null.
  function listBoxFace(el) {
    if (el.getAttribute('aria-hidden') !== 'true') return null;
    var face = el.previousElementSibling;
    return face && (face.getAttribute('role') === 'combobox' || face.getAttribute('aria-haspopup') === 'listbox') ? face : null;
  }

  // The text of the elements an element's aria-labelledby names, less the element itself (a
  // list box names itself to read out its current choice).
  function labelledBy(el, root) {
    var by = el.getAttribute('aria-labelledby');
    if (!by) return '';
    var ids = by.split(/\s+/);
    var parts = [];
    for (var i = 0; i < ids.length; i++) {
      if (!ids[i] || ids[i] === el.id) continue;
      var ref = root.getElementById ? root.getElementById(ids[i]) : root.querySelector('#' + cssEscape(ids[i]));
      if (ref) parts.push(textOf(ref));
    }
    return clean(parts.join(' '));
  }

  // A control slotted into a custom element whose own shadow root draws the caption beside
  // the slot (Lit / PatternFly form rows such as authentik's <ak-form-element-horizontal>):
  // the last label before the slot in that shadow root, when the element holds one control.
  function slottedCaption(el) {
    // Only a child of an open shadow root's host has an assigned slot, and the control's
    // ancestors have all been met (walkRoot goes in document order): no host met, no slot.
    if (!hostSeen) return '';
    var cur = el;
    for (var depth = 0; cur && depth < 4; depth++, cur = cur.parentElement) {
      var slot = cur.assignedSlot;
      if (!slot) continue;
      var host = cur.parentElement;
      if (!host || host.querySelectorAll(CONTROL_QUERY).length !== 1) return '';
      var labels = slot.getRootNode().querySelectorAll('label');
      var best = '';
      for (var i = 0; i < labels.length && i < 20; i++) {
        // 4: DOCUMENT_POSITION_FOLLOWING, the slot comes after the label.
        if (!labels[i].querySelector('slot') && (labels[i].compareDocumentPosition(slot) & 4)) best = textOf(labels[i]);
      }
      return best;
    }
    return '';
  }

  // The elements the text around a control is not looked for beyond (upper case: HTML ones).
  var STOP_TAGS = { FORM: 1, BODY: 1, FIELDSET: 1 };

  // Text of previous siblings on the same line, climbing inline parents.
  function leftText(el) {
    var rec = infoOf(el);
    for (var depth = 0; depth < 3 && rec; depth++) {
      var cur = rec.el;
      var parts = [];
      for (var s = cur.previousSibling; s; s = s.previousSibling) {
        var type = s.nodeType;
        var tag = type === 1 ? s.tagName : '';
        // "( ) Default  (o) SMTP server [____]": the choice right before a text box names it.
        if (!parts.length && tag === 'LABEL' && isTextBox(el) && choiceOnly(s)) { parts.unshift(textOf(s)); break; }
        if (type === 1 && (isOrHoldsControl(s) || tag === 'BR')) break;
        if (type === 1 && BLOCK_TAGS[tag] && parts.length) break;
        var t = type === 3 ? clean(s.nodeValue) : (type === 1 && !SKIP_TEXT_TAGS[tag] ? textOf(s) : '');
        if (t) parts.unshift(t);
      }
      if (parts.length) return clean(parts.join(' '));
      rec = rec.parent;
      if (!rec || STOP_TAGS[rec.tag] === 1) break;
    }
    return '';
  }

  // Text right of the control: its following siblings, or the next table cell when the
  // control sits alone in its cell (hint columns such as Discuz!'s "tips" cells).
  function isTextBox(el) {
    return el.tagName === 'INPUT' && /^(text|email|url|number|)$/.test((el.getAttribute('type') || '').toLowerCase());
  }

  // A label holding just one radio or checkbox.
  function choiceOnly(label) {
    var inputs = label.querySelectorAll(CONTROL_QUERY);
    return inputs.length === 1 && (inputs[0].type === 'radio' || inputs[0].type === 'checkbox');
  }

  function rightText(el) {
    var own = siblingsRight(el);
    if (own) return own;
    var cell = closestAbove(el, 'cell');
    if (cell && controlCount(cell) === 1) {
      var next = cell.nextElementSibling;
      if (next && !isOrHoldsControl(next)) return textOf(next);
    }
    return '';
  }

  function siblingsRight(el) {
    var parts = [];
    for (var s = el.nextSibling; s && parts.length < 4; s = s.nextSibling) {
      var type = s.nodeType;
      var tag = type === 1 ? s.tagName : '';
      if (type === 1 && (isOrHoldsControl(s) || tag === 'BR' || BLOCK_TAGS[tag])) break;
      var t = type === 3 ? clean(s.nodeValue) : (type === 1 && !SKIP_TEXT_TAGS[tag] ? textOf(s) : '');
      if (t) parts.push(t);
    }
    return clean(parts.join(' '));
  }

  // Text of the nearest block above: the previous element sibling of the control's row.
  // Four levels of layout are climbed; a wrapper with nothing before it (Element UI's
  // `.el-input-number > .el-input > input` inside `.input-container`) is no level of its own.
  function aboveText(el) {
    var rec = infoOf(el);
    for (var depth = 0, climbs = 0; depth < 4 && rec && climbs < 10; climbs++) {
      var prev = rec.el.previousElementSibling;
      if (prev) depth++;
      for (var s = prev; s; s = s.previousElementSibling) {
        if (isOrHoldsControl(s)) return '';
        var t = textOf(s);
        if (t) return t;
      }
      rec = rec.parent;
      if (!rec || STOP_TAGS[rec.tag] === 1) break;
    }
    return '';
  }

  // Help text under the control: the next sibling block of the control or of its wrapper.
  function belowText(el) {
    var rec = infoOf(el);
    var parts = [];
    for (var depth = 0; depth < 3 && rec; depth++) {
      for (var s = rec.el.nextElementSibling; s && parts.length < 2; s = s.nextElementSibling) {
        if (isOrHoldsControl(s)) return clean(parts.join(' '), 2 * TEXT_CAP);
        var t = textOf(s);
        if (t) parts.push(t);
      }
      if (parts.length) return clean(parts.join(' '), 2 * TEXT_CAP);
      rec = rec.parent;
      if (!rec || STOP_TAGS[rec.tag] === 1) break;
      if (rec.tag === 'TD') {
        // The last row's control: a note right under the table is below it too (vtiger's
        // "the server name may take ssl://host:465" under its settings table).
        var table = rec.up.table || null;
        var last = table ? lastRowOf(table) : null;
        if (!last || !rec.parent || last !== rec.parent.el) break;
        rec = infoOf(table);
      }
    }
    return '';
  }

  // A table's last row (table.rows counts them all on each read), read once per table and
  // build; null when it has none or is no HTML table.
  var lastRows;
  function lastRowOf(table) {
    var last = lastRows.get(table);
    if (last === undefined) {
      var rows = table.rows;
      last = rows && rows.length ? rows[rows.length - 1] : null;
      lastRows.set(table, last);
    }
    return last;
  }

  // The text last seen above a row of a table in a column: that of the nearest cell starting
  // in that column in a row above, holding no control and some text. Looked for upward only
  // in the columns asked about, each row's answer kept per column, so a table is read once at
  // most (table layouts stay linear) and the cells no control is captioned by (a footer row's
  // buttons, a column of links) are not read at all.
  var tableInfo;
  function columnTextAbove(table, row, col) {
    var t = tableInfo.get(table);
    if (!t) {
      // The collections and their lengths are read once (the page does not change during a build).
      var rows = table.rows;
      var at = new Map();
      for (var r = 0, nr = rows.length; r < nr; r++) at.set(rows[r], r);
      t = { rows: rows, at: at, starts: [], seen: [] };
      tableInfo.set(table, t);
    }
    var i = t.at.get(row);
    if (i === undefined) return '';
    // Up from the row above to a row whose answer is known or whose cell gives it.
    var passed = [];
    var text = '';
    for (var j = i - 1; j >= 0; j--) {
      var seen = t.seen[j];
      if (seen && seen.has(col)) { text = seen.get(col); break; }
      passed.push(j);
      var cell = cellStarting(t, j, col);
      if (cell && !isOrHoldsControl(cell)) {
        var txt = textOf(cell);
        if (txt) { text = txt; break; }
      }
    }
    for (var k = 0; k < passed.length; k++) {
      if (!t.seen[passed[k]]) t.seen[passed[k]] = new Map();
      t.seen[passed[k]].set(col, text);
    }
    return text;
  }

  // The cell of row `j` starting in column `col` (its cells' spans added up), or undefined.
  function cellStarting(t, j, col) {
    var starts = t.starts[j];
    if (!starts) {
      starts = t.starts[j] = new Map();
      var cells = t.rows[j].cells;
      for (var k = 0, nc = cells.length, x = 0; k < nc; k++) {
        var cc = cells[k];
        starts.set(x, cc);
        x += cc.colSpan || 1;
      }
    }
    return starts.get(col);
  }

  function tableHeaders(el) {
    var cell = closestOf(el, 'cell');
    if (!cell) return { column: '', row: '' };
    var cellRec = infoOf(cell);
    var row = cellRec.parent ? cellRec.parent.el : null;
    var table = cellRec.up.table || null;
    var col = 0;
    for (var c = row.firstElementChild; c && c !== cell; c = c.nextElementSibling) col += c.colSpan || 1;
    var column = table ? columnTextAbove(table, row, col) : '';
    var first = row.firstElementChild;
    var rowHeader = first && first !== cell && !isOrHoldsControl(first) ? textOf(first) : '';
    return { column: column, row: rowHeader };
  }

  // A <dd>'s term, looked for once per <dd> and build (its controls share it).
  var terms;
  function termText(el) {
    var dd = closestOf(el, 'dd');
    if (!dd) return '';
    var term = terms.get(dd);
    if (term === undefined) {
      term = '';
      for (var s = dd.previousElementSibling; s; s = s.previousElementSibling) if (s.tagName === 'DT') { term = textOf(s); break; }
      terms.set(dd, term);
    }
    return term;
  }

  // A heading's level, read once per heading and build (every control looks back at the
  // headings before it): null for a <summary>.
  var headingLevels;
  function headingLevel(h) {
    var lv = headingLevels.get(h);
    if (lv === undefined) {
      var tag = h.tagName;
      var m = /^H([1-6])$/.exec(tag);
      lv = m ? +m[1] : tag === 'SUMMARY' ? null : +(h.getAttribute('aria-level') || 2);
      headingLevels.set(h, lv);
    }
    return lv;
  }

  function headingsBefore(el, headings) {
    var out = [];
    var level = 7;
    // `headings` holds the headings met so far in document order (see walkRoot), so every one
    // precedes `el`; looking back at most 60 keeps huge pages linear.
    for (var i = headings.length - 1; i >= 0 && i >= headings.length - 60 && out.length < 3; i--) {
      var h = headings[i];
      if (h.contains(el)) continue;
      var lv = headingLevel(h);
      // A <summary> captions its <details> only: the innermost level.
      if (lv === null) {
        if (!h.parentElement.contains(el)) continue;
        lv = 6;
      }
      if (lv >= level) continue;
      var t = textOf(h);
      if (!t) continue;
      out.push(t);
      level = lv;
    }
    return out;
  }

  // A panel's caption depends on the panel alone: read once per panel and build.
  var panelCaptions;
  function panelOf(el) {
    return closestOf(el, 'tab') || closestOf(el, 'step');
  }

  function tabCaption(el, root) {
    var panel = panelOf(el);
    if (!panel) return '';
    var caption = panelCaptions.get(panel);
    if (caption === undefined) panelCaptions.set(panel, caption = panelCaption(panel, root));
    return caption;
  }
  function panelCaption(panel, root) {
    var by = panel.getAttribute('aria-labelledby');
    if (by) {
      var ref = root.getElementById ? root.getElementById(by) : null;
      if (ref) return textOf(ref);
    }
    var t = panel.getAttribute('aria-label') || panel.getAttribute('data-title') || panel.getAttribute('title');
    if (t) return clean(t);
    if (panel.id) {
      var tab = root.querySelector('[aria-controls="' + panel.id + '"], a[href="#' + panel.id + '"]');
      if (tab) return textOf(tab);
    }
    return '';
  }

  function visible(el) {
    // A control in a tab panel or wizard step not displayed has no box, as everything under a
    // display: none does: checkVisibility() would say false. The panel's display is read once
    // per build for all its controls (most of a tabbed settings page sits in hidden tabs).
    var panel = panelOf(el);
    if (panel && displayNone(panel)) return false;
    if (typeof el.checkVisibility === 'function') {
      if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
    } else if (!el.getClientRects().length) return false;
    // A radio or checkbox styled to nothing (a custom switch drawn by its label) still counts.
    if (el.type === 'radio' || el.type === 'checkbox') return true;
    var r = el.getBoundingClientRect();
    return r.width >= 1 && r.height >= 1;
  }

  function attr(el, name) { return el.getAttribute(name) || ''; }

  // An attribute's value clipped, or null when absent (getAttribute's null: no hasAttribute call).
  function orNull(v) { return v === null ? null : clip(v); }

  // An element's class tokens as its classList holds them (split on ASCII whitespace, the
  // first of equal tokens kept, at most CLASS_CAP), from one attribute read: indexing a
  // DOMTokenList is a slow generic access. The scan stops at the cap (1 MB class attributes).
  // Controls built alike share their class attribute: its tokens are read once per string and
  // build, each control getting its own copy (attribute-sized strings only: a megabyte-long
  // key would be hashed and compared whole).
  var CLASS_TOKEN = /[^\t\n\f\r ]+/g;
  var classLists;
  function classesOf(el) {
    var s = el.getAttribute('class');
    if (!s) return [];
    if (s.length > ATTR_CAP) return classTokensOf(s);
    var known = classLists.get(s);
    if (!known) classLists.set(s, known = classTokensOf(s));
    return known.slice();
  }
  function classTokensOf(s) {
    var out = [];
    var seen = new Set();
    CLASS_TOKEN.lastIndex = 0;
    for (var m; out.length < CLASS_CAP && (m = CLASS_TOKEN.exec(s));) {
      if (!seen.has(m[0])) { seen.add(m[0]); out.push(clip(m[0])); }
    }
    return out;
  }

  // A form's own attributes, read with getAttribute: `form.id` or `form.classList` return a
  // control named "id" or "classList" inside the form (named-property shadowing).
  function classTokens(el) {
    var seen = {};
    return attr(el, 'class').split(/\s+/).filter(function (t) { return t && !seen[t] && (seen[t] = true); }).slice(0, CLASS_CAP).map(clip);
  }

  // A form's part of the context, read once per form and build (a form holds many controls);
  // each control gets its own copy.
  var formCache;
  function formContext(form) {
    if (!form) return { id: '', name: '', action: '', classes: [] };
    var f = formCache.get(form);
    if (!f) formCache.set(form, f = { id: clip(attr(form, 'id')), name: clip(attr(form, 'name')), action: clip(attr(form, 'action')), classes: classTokens(form) });
    return { id: f.id, name: f.name, action: f.action, classes: f.classes.slice() };
  }

  function numberOrNull(v) {
    var n = parseInt(v, 10);
    return isNaN(n) || n < 0 ? null : n;
  }

  function radioText(r, root) {
    var l = labelTexts(r, root);
    return l.length ? l[0] : rightText(r);
  }

  function describe(el, root, prefix, frameSel, shadow, headings) {
    var tag = el.tagName.toLowerCase();
    var kind = tag === 'select' ? (el.multiple ? 'select-multiple' : 'select-one') : tag === 'textarea' ? 'textarea' : (attr(el, 'type') || 'text').toLowerCase();
    // Such a hidden input's neighbours are its face's: the text right before it is the face's
    // current choice ("SMTP", "User defined"), not a caption.
    var face = listBoxFace(el);
    var at = face || el;
    var nearby = tableHeaders(at);
    var form = el.form || closestOf(el, 'form');
    var password = kind === 'password';
    var c = {
      selector: prefix + localSelector(el, root),
      tag: tag,
      type: kind,
      name: clip(attr(el, 'name')),
      id: clip(el.id),
      classes: classesOf(el),
      autocomplete: clip(attr(el, 'autocomplete')).toLowerCase(),
      placeholder: clean(attr(el, 'placeholder')),
      ariaLabel: clean(attr(el, 'aria-label')),
      title: clean(attr(el, 'title')),
      labels: labelTexts(el, root, face),
      nearby: { left: leftText(at), above: aboveText(at), columnHeader: nearby.column, rowHeader: nearby.row, term: termText(at), right: rightText(at), below: belowText(at) },
      context: {
        legends: legends(el),
        headings: headingsBefore(el, headings),
        tab: tabCaption(el, root),
        form: formContext(form),
        shadow: shadow,
        frame: frameSel
      },
      options: [],
      caption: '',
      visible: visible(el),
      disabled: !!el.disabled,
      readonly: !!el.readOnly,
      value: password || kind === 'checkbox' || kind === 'radio' ? '' : clip(el.value),
      checked: kind === 'checkbox' ? !!el.checked : false,
      maxLength: el.maxLength > 0 ? el.maxLength : null,
      min: orNull(el.getAttribute('min')),
      max: orNull(el.getAttribute('max'))
    };
    if (tag === 'select') {
      var opts = el.options;
      for (var i = 0, n = opts.length; i < n; i++) {
        var o = opts[i];
        c.options.push({ value: clip(o.value), text: clean(o.text), selected: !!o.selected, selector: '' });
      }
    }
    if (kind === 'checkbox') c.caption = c.labels[0] || rightText(el) || leftText(el);
    return c;
  }

  function legends(el) {
    var out = [];
    for (var f = closestOf(el, 'fieldset'); f; f = closestAbove(f, 'fieldset')) {
      var lg = f.querySelector(':scope > legend');
      if (lg) out.push(textOf(lg));
    }
    return out;
  }

  function sameOriginDoc(frame) {
    try { return frame.contentDocument && frame.contentDocument.documentElement ? frame.contentDocument : null; } catch (e) { return null; }
  }

  // Whether an element with an open shadow root has been met in this build (slottedCaption).
  var hostSeen = false;

  // Walks one root (Document or ShadowRoot) in document order, descending into open shadow
  // roots and same-origin frames where they sit.
  function walkRoot(root, prefix, frameSel, shadow, out, limit, outer) {
    var headings = [];
    var radios = {};
    var all = root.querySelectorAll('*');
    // Headings are found by tag name as `all` is walked, and those of HEADING_ROLE listed once:
    // that list comes in document order as `all` does, so each is met as the next one listed
    // (matching the whole selector list against every element costs more; see markPanels).
    var roleHeadings = root.querySelectorAll(HEADING_ROLE);
    var r = 0;
    var nextRole = roleHeadings[0];
    // The root's passes, before its first control is read about and before the first selector
    // in it (a selector climbs through the records infoOf keeps, which must know the root's
    // panels): a root holding no control, shadow root or same-origin frame is spared them.
    var marked = false;
    function mark() {
      markHolders(root);
      markPanels(root);
      marked = true;
    }
    // The list's length is read once: each read is a call into the DOM.
    for (var i = 0, n = all.length; i < n && out.length < limit; i++) {
      var el = all[i];
      var tag = el.tagName;
      if (el === nextRole) { headings.push(el); nextRole = roleHeadings[++r]; } else if (HEADING_TAGS[tag] === 1) headings.push(el);
      if ((tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') && isControl(el, tag)) {
        if (!marked) mark();
        if (el.type === 'radio') {
          var key = radioKey(el, root);
          var group = key && radios[key];
          var option = { value: clip(el.value), text: radioText(el, root), selected: !!el.checked, selector: prefix + localSelector(el, root) };
          if (group) { group.options.push(option); group.__radios.push(el); continue; }
          var c = describe(el, root, prefix, frameSel, shadow, headings);
          Object.defineProperty(c, '__radios', { value: [el], enumerable: false });
          if (!c.context.headings.length && outer) c.context.headings = outer.slice();
          c.options.push(option);
          c.value = el.checked ? clip(el.value) : '';
          if (key) radios[key] = c;
          out.push(c);
          continue;
        }
        var d = describe(el, root, prefix, frameSel, shadow, headings);
        if (!d.context.headings.length && outer) d.context.headings = outer.slice();
        out.push(d);
      }
      // Only the elements a shadow root can be attached to are asked for theirs.
      var shadowRoot = (SHADOW_HOSTS[tag] === 1 || tag.indexOf('-') > 0) ? el.shadowRoot : null;
      if (shadowRoot) {
        hostSeen = true;
        if (!marked) mark();
        walkRoot(shadowRoot, prefix + localSelector(el, root) + ' >>> ', frameSel, true, out, limit, headingsBefore(el, headings));
      }
      if (tag === 'IFRAME' || tag === 'FRAME') {
        var doc = sameOriginDoc(el);
        if (doc) {
          if (!marked) mark();
          var fsel = prefix + localSelector(el, root);
          walkRoot(doc, fsel + ' >>> ', fsel, shadow, out, limit, headingsBefore(el, headings));
        }
      }
    }
    for (var k in radios) {
      var g = radios[k];
      for (var j = 0; j < g.options.length; j++) if (g.options[j].selected) g.value = g.options[j].value;
      captionGroup(g, root);
    }
  }

  // The group a radio belongs to: its form and name, as the browser groups them. A radio with no
  // name (Element UI's el-radio, OrangeHRM's oxd-radio: the framework, not the browser, keeps one
  // checked) joins the other nameless radios of the nearest element holding more than one; a
  // lone one is a group of its own.
  var boxKeys;
  var boxCount = 0;
  function radioKey(el, root) {
    if (el.name) return (el.form ? 'f' + indexOfForm(root, el.form) : '') + '|' + el.name;
    for (var box = el.parentElement, depth = 0; box && depth < 6 && box.tagName !== 'BODY'; box = box.parentElement, depth++) {
      if (box.querySelectorAll(NAMELESS_RADIO).length < 2) continue;
      if (!boxKeys.has(box)) boxKeys.set(box, 'box' + boxCount++);
      return boxKeys.get(box);
    }
    return null;
  }

  // A radio group is captioned by its container, not by its first radio's own label ("No"):
  // the labels and nearby text of the smallest element holding every radio of the group.
  function captionGroup(c, root) {
    var radios = c.__radios;
    if (radios.length < 2) return;
    var box = radios[0].parentElement;
    while (box && !radios.every(function (r) { return box.contains(r); })) box = box.parentElement;
    if (!box) return;
    var labels = [];
    if (radios[0].id) {
      var own = labelsFor(root, radios[0].id);
      for (var o = 0; o < own.length; o++) if (!box.contains(own[o]) && textOf(own[o])) labels.push(textOf(own[o]));
    }
    for (var cur = box, depth = 0; cur && depth < 3 && !labels.length; cur = cur.parentElement, depth++) {
      if (cur.tagName === 'FORM' || cur.tagName === 'BODY') break;
      var by = cur.getAttribute('aria-labelledby');
      if (by) {
        var parts = by.split(/\s+/).map(function (id) { var r = root.getElementById ? root.getElementById(id) : null; return r ? textOf(r) : ''; });
        if (clean(parts.join(' '))) labels.push(clean(parts.join(' ')));
      }
      if (cur.getAttribute('aria-label')) labels.push(clean(cur.getAttribute('aria-label')));
      if (cur.id) {
        var ls = labelsFor(root, cur.id);
        for (var i = 0; i < ls.length; i++) if (textOf(ls[i])) labels.push(textOf(ls[i]));
      }
      if (cur.tagName === 'FIELDSET' && depth < 2) {
        var lg = cur.querySelector(':scope > legend');
        if (lg && textOf(lg)) labels.push(textOf(lg));
      }
    }
    c.labels = labels;
    var headers = tableHeaders(box);
    c.nearby = { left: leftText(box), above: aboveText(box), columnHeader: headers.column, rowHeader: headers.row, term: termText(box), right: '', below: belowText(box) };
  }

  // A form's position among its root's forms (radio groups are keyed by it), the forms listed
  // once per root and build.
  var formLists;
  function indexOfForm(root, form) {
    var forms = formLists.get(root);
    if (!forms) {
      forms = Array.prototype.slice.call(root.querySelectorAll('form'));
      formLists.set(root, forms);
    }
    return forms.indexOf(form);
  }

  // The per-build caches: fresh at the start of each build (the page may have changed since
  // the last one), and dropped at its end so no element is held between builds. Plain Maps and
  // Sets, not weak ones: they live for one build only, and weak collections cost the garbage
  // collector extra work (ephemeron tables) on every element they hold.
  function resetCaches() {
    labelIndex = new Map();
    tableInfo = new Map();
    textCache = new Map();
    displayCache = new Map();
    formLists = new Map();
    boxKeys = new Map();
    nameCounts = new Map();
    controlNames = new Map();
    holders = new Set();
    controlCounts = new Map();
    panelKinds = new Map();
    ancestryCache = new Map();
    formCache = new Map();
    idCounts = new Map();
    selectorMatches = new Map();
    firstSteps = new Map();
    nthCache = new Map();
    panelCaptions = new Map();
    lastRows = new Map();
    classLists = new Map();
    headingLevels = new Map();
    terms = new Map();
  }

  // A control leaves out what is empty: a property whose value is '', false, null, [] or an
  // object with nothing left in it, which core reads as that empty value
  // (docs/snapshot.schema.json). Most of a control is empty, and the service worker's
  // JSON.stringify and core's reading of the text are as long as the text is. Array items keep
  // their place (an option left all empty is {}).
  // Written out for describe's shape, key by key in its order, rather than enumerating each
  // object's keys: a generic pass (for-in, then a keyed store into a fresh object) met objects
  // of five shapes at one store, and V8 compiled it, threw the code away on the next shape
  // ("wrong map") and compiled it again, about once per build in a loop of builds
  // (docs/BENCHMARKS.md, "The largest fixture in CI, fifth round"). A key of the schema this
  // list forgets fails tests/browser/snapshots.test.mjs ("keeps every property").
  function some(v) { return v !== '' && v !== false && v !== null; }
  function compactControl(c) {
    var out = {};
    if (some(c.selector)) out.selector = c.selector;
    if (some(c.tag)) out.tag = c.tag;
    if (some(c.type)) out.type = c.type;
    if (some(c.name)) out.name = c.name;
    if (some(c.id)) out.id = c.id;
    if (c.classes.length) out.classes = c.classes;
    if (some(c.autocomplete)) out.autocomplete = c.autocomplete;
    if (some(c.placeholder)) out.placeholder = c.placeholder;
    if (some(c.ariaLabel)) out.ariaLabel = c.ariaLabel;
    if (some(c.title)) out.title = c.title;
    if (c.labels.length) out.labels = c.labels;
    var nearby = compactNearby(c.nearby);
    if (nearby) out.nearby = nearby;
    var context = compactContext(c.context);
    if (context) out.context = context;
    if (c.options.length) out.options = c.options.map(compactOption);
    if (some(c.caption)) out.caption = c.caption;
    if (some(c.visible)) out.visible = c.visible;
    if (some(c.disabled)) out.disabled = c.disabled;
    if (some(c.readonly)) out.readonly = c.readonly;
    if (some(c.value)) out.value = c.value;
    if (some(c.checked)) out.checked = c.checked;
    if (some(c.maxLength)) out.maxLength = c.maxLength;
    if (some(c.min)) out.min = c.min;
    if (some(c.max)) out.max = c.max;
    return out;
  }
  function compactNearby(n) {
    var out = null;
    if (some(n.left)) (out || (out = {})).left = n.left;
    if (some(n.above)) (out || (out = {})).above = n.above;
    if (some(n.columnHeader)) (out || (out = {})).columnHeader = n.columnHeader;
    if (some(n.rowHeader)) (out || (out = {})).rowHeader = n.rowHeader;
    if (some(n.term)) (out || (out = {})).term = n.term;
    if (some(n.right)) (out || (out = {})).right = n.right;
    if (some(n.below)) (out || (out = {})).below = n.below;
    return out;
  }
  function compactContext(x) {
    var out = null;
    if (x.legends.length) (out || (out = {})).legends = x.legends;
    if (x.headings.length) (out || (out = {})).headings = x.headings;
    if (some(x.tab)) (out || (out = {})).tab = x.tab;
    var f = x.form;
    var form = null;
    if (some(f.id)) (form || (form = {})).id = f.id;
    if (some(f.name)) (form || (form = {})).name = f.name;
    if (some(f.action)) (form || (form = {})).action = f.action;
    if (f.classes.length) (form || (form = {})).classes = f.classes;
    if (form) (out || (out = {})).form = form;
    if (some(x.shadow)) (out || (out = {})).shadow = x.shadow;
    if (some(x.frame)) (out || (out = {})).frame = x.frame;
    return out;
  }
  function compactOption(o) {
    var out = {};
    if (some(o.value)) out.value = o.value;
    if (some(o.text)) out.text = o.text;
    if (some(o.selected)) out.selected = o.selected;
    if (some(o.selector)) out.selector = o.selector;
    return out;
  }

  function build(doc, options) {
    doc = doc || document;
    var limit = (options && options.limit) || 5000;
    resetCaches();
    hostSeen = false;
    idQueries = 0;
    var controls = [];
    try {
      walkRoot(doc, '', '', false, controls, limit, null);
    } finally {
      resetCaches();
    }
    for (var i = 0; i < controls.length; i++) controls[i] = compactControl(controls[i]);
    return {
      url: String(doc.location ? doc.location.href : ''),
      lang: clean(doc.documentElement ? doc.documentElement.getAttribute('lang') : '').toLowerCase(),
      title: clean(doc.title),
      controls: controls
    };
  }

  globalThis.PortolanSnapshot = { build: build };
})();
