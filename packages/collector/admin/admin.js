// The station manager's first view: sign in with the admin token, read the figures, enrol a
// tablet. Plain DOM and textContent only, so the strict CSP the collector sends holds.
const API = new URL('../api/v1/', location.href);
const TOKEN_KEY = 'manyi-admin-token';
const $ = (id) => document.getElementById(id);
const percent = new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 1 });

// Per tab only, and never in a URL.
const token = () => sessionStorage.getItem(TOKEN_KEY);

async function api(path, init = {}) {
  const response = await fetch(new URL(path, API), {
    ...init,
    headers: { authorization: `Bearer ${token()}`, 'content-type': 'application/json', ...init.headers },
  });
  const body = await response.json().catch(() => ({}));
  if (response.status === 401) {
    signOut('令牌无效或已更换，请重新登录。');
    throw new Error('unauthorized');
  }
  if (!response.ok) throw new Error(body?.error?.message ?? `服务器返回 ${response.status}`);
  return body;
}

function showSignedIn(signedIn) {
  $('sign-in').hidden = signedIn;
  $('dashboard').hidden = !signedIn;
  $('sign-out').hidden = !signedIn;
}

function signOut(message = '') {
  sessionStorage.removeItem(TOKEN_KEY);
  $('sign-in-error').textContent = message;
  showSignedIn(false);
}

function row(cells, header = false) {
  const tr = document.createElement('tr');
  cells.forEach((value, i) => {
    const cell = document.createElement(header && i === 0 ? 'th' : 'td');
    if (header && i === 0) cell.scope = 'row';
    cell.textContent = value;
    tr.append(cell);
  });
  return tr;
}

function figures(label, g) {
  return [
    label,
    g.levels[5],
    g.levels[4],
    g.levels[3],
    g.levels[2],
    g.levels[1],
    g.total,
    g.goodReviewRate === null ? '—' : percent.format(g.goodReviewRate),
    g.badReviewCount,
  ].map(String);
}

async function loadStats() {
  const form = new FormData($('filters'));
  const query = new URLSearchParams();
  for (const [key, value] of form) if (value) query.set(key, String(value));
  $('stats-error').textContent = '';
  try {
    const [stats, station] = await Promise.all([
      api(`admin/stats?${query}`),
      api(`admin/stations/${encodeURIComponent(query.get('station'))}`),
    ]);
    // Windows by name; other groupings show their key as it is.
    const names = new Map(query.get('by') === 'window' ? station.windows.map((w) => [w.id, w.name]) : []);
    const body = $('stats').tBodies[0];
    body.replaceChildren(...stats.groups.map((g) => row(figures(names.get(g.key) ?? g.key ?? '（未指定）', g), true)));
    if (stats.groups.length === 0) body.replaceChildren(row(['该时段暂无评价']));
    $('stats').tFoot.replaceChildren(row(figures('全部', stats.overall), true));
  } catch (error) {
    if (error.message !== 'unauthorized') $('stats-error').textContent = error.message;
  }
}

$('sign-in').addEventListener('submit', async (event) => {
  event.preventDefault();
  sessionStorage.setItem(TOKEN_KEY, $('token').value.trim());
  $('token').value = '';
  showSignedIn(true);
  await loadStats();
});

$('filters').addEventListener('submit', (event) => {
  event.preventDefault();
  void loadStats();
});

$('sign-out').addEventListener('click', () => signOut());

$('new-code').addEventListener('click', async () => {
  const station = new FormData($('filters')).get('station');
  try {
    const { code, expiresAt } = await api(`admin/stations/${encodeURIComponent(station)}/enrollment-codes`, { method: 'POST' });
    $('code').textContent = `${code}（有效期至 ${new Date(expiresAt).toLocaleString('zh-CN')}）`;
  } catch (error) {
    if (error.message !== 'unauthorized') $('code').textContent = error.message;
  }
});

if (token()) {
  showSignedIn(true);
  void loadStats();
} else {
  showSignedIn(false);
}
