/**
 * The page a browser sees when single sign-on refuses it: it arrived by a redirect, so a JSON
 * error would be all it shows. Fixed sentences per code (zh-CN first, then English); nothing the
 * request carried is echoed into the markup.
 */
const SENTENCES: Record<string, [string, string]> = {
  'oidc-unmapped': [
    '您的统一身份认证账号未被授予满意系统的任何角色，请联系管理员开通。',
    'Your identity holds no role in Manyi; ask an admin.',
  ],
  'oidc-username': ['统一身份认证未提供可用的用户名，请联系管理员。', 'The identity provider sent no usable username; ask an admin.'],
  'oidc-name-taken': [
    '同名的本地账户已存在，且未与您的统一身份认证账号关联，请联系管理员。',
    'A local account of that name exists; ask an admin.',
  ],
  'oidc-scope-missing': [
    '为您配置的辖区或服务大厅在满意系统中不存在，请联系管理员。',
    'The region or station your role names does not exist; ask an admin.',
  ],
  'account-disabled': ['您的账户已被停用，请联系管理员。', 'Your account is disabled; ask an admin.'],
  'oidc-unavailable': ['暂时无法连接统一身份认证，请稍后再试。', 'The identity provider could not be reached; try again later.'],
};
const RETRY: [string, string] = [
  '登录未能完成（可能已超时或被篡改），请重新登录。',
  'The sign-in did not complete (it expired or was altered); start again.',
];

export function refusalPage(code: string): string {
  const [zh, en] = SENTENCES[code] ?? RETRY;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>登录未成功 · Sign-in refused</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.6">
<h1>登录未成功</h1><p>${zh}</p><p lang="en">${en}</p><p>错误代码 / code: <code>${code.replace(/[^a-z-]/g, '')}</code></p>
<p><a href="/admin/">返回登录页 / Back to sign-in</a></p>
</body></html>`;
}
