// The board of one role: a column per stage of its plan, a card per application, and on each card
// only the buttons that the API's allowedActions lists for the signed-in user. Every write sends
// the version the board read (If-Match) and an Idempotency-Key; a stale board says so.
'use strict';

const board = (() => {
  const roleId = new URLSearchParams(location.search).get('role') || 'fde-sf';
  let credentials = sessionStorage.getItem('hirekit.credentials');

  // Actions a click can take, and what each sends. Scorecards, references, offer terms and
  // un-hires need a form of their own: they go through the API (docs/service.md).
  const CLICKS = {
    advance: () => ({}),
    move: (target) => ({ target }),
    skip: (target, reason) => ({ reason }),
    skip_to: (target, reason) => ({ target, reason }),
    reject: (target, reason) => ({ side: 'we_rejected', code: reason }),
    withdraw: (target, reason) => ({ reason }),
    reopen: (target, reason) => ({ target, reason }),
    hire: (target) => ({ opening: target }),
    migrate: () => ({}),
    // To another open role, at the first stage of its plan; the card then leaves this board.
    transfer: (target, reason) => ({ role: target, reason }),
    submit_offer_for_approval: () => ({}),
    approve_offer: () => ({}),
    decline_offer_approval: (target, reason) => ({ reason }),
    extend_offer: () => ({}),
    accept_offer: () => ({}),
    decline_offer: (target, reason) => ({ reason }),
    rescind_offer: (target, reason) => ({ reason }),
    expire_offer: () => ({}),
  };
  const NEEDS_REASON = new Set(['skip', 'skip_to', 'reject', 'withdraw', 'reopen', 'transfer',
    'decline_offer_approval', 'decline_offer', 'rescind_offer']);
  const LABELS = { skip_to: 'skip to', submit_offer_for_approval: 'submit offer',
    decline_offer_approval: 'decline approval' };

  const $ = (id) => document.getElementById(id);

  function say(text, kind, withReload) {
    const box = $('message');
    box.textContent = text;
    box.className = kind || '';
    box.hidden = false;
    if (withReload) {
      const again = document.createElement('button');
      again.type = 'button';
      again.textContent = 'Reload the board';
      again.addEventListener('click', () => { quiet(); load(); });
      box.appendChild(again);
    }
  }

  function quiet() {
    $('message').hidden = true;
  }

  async function call(method, path, body, headers) {
    const response = await fetch(path, {
      method,
      headers: Object.assign({
        'Authorization': 'Basic ' + credentials,
        'Accept': 'application/json, application/problem+json',
        // Spring Security answers 401 without a browser prompt for such requests.
        'X-Requested-With': 'XMLHttpRequest',
      }, body === undefined ? {} : { 'Content-Type': 'application/json' }, headers || {}),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
    return { status: response.status, json };
  }

  async function signIn(event) {
    event.preventDefault();
    credentials = btoa($('username').value + ':' + $('password').value);
    const me = await call('GET', '/api/me');
    if (me.status !== 200) {
      credentials = null;
      sessionStorage.removeItem('hirekit.credentials');
      say(me.status === 401 ? 'Wrong user name or password.' : 'Sign-in failed (' + me.status + ').',
        'error');
      return;
    }
    sessionStorage.setItem('hirekit.credentials', credentials);
    quiet();
    await start(me.json);
  }

  function signOut() {
    credentials = null;
    sessionStorage.removeItem('hirekit.credentials');
    location.reload();
  }

  async function start(me) {
    $('who').textContent = 'Signed in as ' + describe(me);
    $('sign-in').hidden = true;
    $('sign-out').hidden = false;
    $('board').hidden = false;
    await load();
  }

  function describe(me) {
    if (!me) return '';
    if (me.candidate) return 'candidate ' + me.candidate;
    const roles = (me.roles || []).join(', ');
    return (me.member || me.kind || '') + (roles ? ' (' + roles + ')' : '');
  }

  async function load() {
    const [role, pipeline] = await Promise.all([
      call('GET', '/api/roles/' + encodeURIComponent(roleId)),
      call('GET', '/api/roles/' + encodeURIComponent(roleId) + '/applications'),
    ]);
    if (pipeline.status !== 200) {
      say(problem(pipeline, 'The board could not be loaded'), 'error');
      return;
    }
    // A role document keeps its posting in its history: the last drafted or revised one holds.
    const postings = role.status === 200 && role.json && role.json.role
      ? (role.json.role.history || []).filter((e) => e.posting) : [];
    const title = postings.length
      ? postings[postings.length - 1].posting.title + ' (' + roleId + ')' : roleId;
    $('role-title').textContent = title;
    render(pipeline.json);
  }

  function render(pipeline) {
    const columns = $('columns');
    columns.replaceChildren();
    for (const stage of pipeline.stages || []) {
      columns.appendChild(column(stage.name, stage.stage, stage.applications || []));
    }
    columns.appendChild(column('Not in process', '', pipeline.elsewhere || []));
  }

  function column(name, stageId, cards) {
    const section = document.createElement('section');
    section.className = 'column';
    section.dataset.stage = stageId;
    const heading = document.createElement('h3');
    heading.textContent = name;
    const count = document.createElement('span');
    count.textContent = String(cards.length);
    heading.appendChild(count);
    section.appendChild(heading);
    cards.forEach((c) => section.appendChild(card(c)));
    return section;
  }

  function card(application) {
    const article = document.createElement('article');
    article.className = 'card';
    article.dataset.application = application.id;
    article.dataset.version = application.version;

    const id = document.createElement('div');
    id.className = 'id';
    id.textContent = application.id;
    article.appendChild(id);

    const meta = document.createElement('div');
    meta.className = 'meta';
    const status = document.createElement('span');
    status.className = 'status ' + application.status;
    status.dataset.test = 'status';
    status.textContent = application.status;
    meta.append(status, ' ' + application.candidateId + ' · ' + age(application.since));
    article.appendChild(meta);

    if (application.offer) {
      article.appendChild(offer(application.offer));
    }

    const allowed = (application.allowedActions || []).filter((a) => CLICKS[a.action]);
    if (allowed.some((a) => NEEDS_REASON.has(a.action))) {
      const reason = document.createElement('input');
      reason.className = 'reason';
      reason.placeholder = 'reason (for reject, withdraw, skip...)';
      reason.dataset.test = 'reason';
      article.appendChild(reason);
    }
    const actions = document.createElement('div');
    actions.className = 'actions';
    for (const entry of allowed) {
      const targets = entry.targets && entry.targets.length ? entry.targets : [undefined];
      for (const target of targets) {
        actions.appendChild(button(application, entry.action, target, article));
      }
    }
    article.appendChild(actions);
    return article;
  }

  function offer(o) {
    const panel = document.createElement('div');
    panel.className = 'offer';
    panel.dataset.test = 'offer';
    const approved = (o.approvals || []).length;
    const needed = o.approvalsNeeded || 0;
    const line = document.createElement('div');
    line.textContent = 'Offer ' + o.id + ' v' + o.version + ': ' + o.status
      + (needed ? ' · approvals ' + approved + ' of ' + needed : '');
    panel.appendChild(line);
    if (needed) {
      const bar = document.createElement('progress');
      bar.max = needed;
      bar.value = Math.min(approved, needed);
      panel.appendChild(bar);
      const who = document.createElement('div');
      who.className = 'meta';
      who.textContent = (o.approvers || []).map((a) =>
        a + ((o.approvals || []).includes(a) ? ' ✓' : '')).join(', ');
      panel.appendChild(who);
    }
    return panel;
  }

  function button(application, action, target, article) {
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.action = action;
    if (target !== undefined) b.dataset.target = target;
    b.textContent = (LABELS[action] || action.replace(/_/g, ' ')) + (target ? ' → ' + target : '');
    b.addEventListener('click', () => act(application, action, target, article));
    return b;
  }

  async function act(application, action, target, article) {
    const input = article.querySelector('input.reason');
    const reason = input ? input.value.trim() : '';
    if (NEEDS_REASON.has(action) && !reason) {
      say('Write a reason on the card first: ' + action.replace(/_/g, ' ') + ' needs one.');
      return;
    }
    const result = await call('POST',
      '/api/applications/' + encodeURIComponent(application.id) + '/actions/' + action,
      CLICKS[action](target, reason),
      { 'If-Match': '"' + application.version + '"', 'Idempotency-Key': key() });
    if (result.status === 200 || result.status === 201) {
      quiet();
      await load();
    } else if (result.status === 412) {
      say('This board is out of date: ' + application.id + ' changed since the board was loaded,'
        + ' so nothing was done. Reload to see it as it is now.', 'error', true);
    } else if (result.status === 401) {
      say('Your sign-in is no longer valid. Sign in again.', 'error');
    } else {
      say(problem(result, 'Refused'), 'error', result.status === 409);
    }
  }

  function problem(result, fallback) {
    const p = result.json || {};
    return (p.title || fallback) + (p.detail ? ': ' + p.detail : '') + ' (' + result.status + ')';
  }

  function key() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return String(Date.now()) + '-' + Math.random().toString(16).slice(2);
  }

  function age(since) {
    if (!since) return '';
    const seconds = Math.max(0, (Date.now() - Date.parse(since)) / 1000);
    const days = Math.floor(seconds / 86400);
    const hours = Math.floor((seconds % 86400) / 3600);
    const minutes = Math.floor((seconds % 3600) / 60);
    return 'in stage ' + (days ? days + ' d ' + hours + ' h' : hours ? hours + ' h ' + minutes
      + ' min' : minutes + ' min');
  }

  async function boot() {
    $('sign-in').addEventListener('submit', signIn);
    $('sign-out').addEventListener('click', signOut);
    if (credentials) {
      const me = await call('GET', '/api/me');
      if (me.status === 200) {
        await start(me.json);
        return;
      }
      credentials = null;
      sessionStorage.removeItem('hirekit.credentials');
    }
  }

  return { boot };
})();

board.boot();
