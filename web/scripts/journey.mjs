// A browser journey through every admin screen against a running backend, asserting that each
// action really lands (the UI, then the API). Usage: build, start `vite preview`, seed, then
//   node scripts/journey.mjs
// Env: KZ_BASE (http://localhost:4173), KZ_COMPANY, KZ_USER, KZ_PASS, CHROMIUM.
import { chromium } from 'playwright-core'

const base = process.env.KZ_BASE ?? 'http://localhost:4173'
const company = process.env.KZ_COMPANY ?? 'tyh'
const username = process.env.KZ_USER ?? 'admin'
const password = process.env.KZ_PASS ?? 'Admin1234'
const stamp = Date.now().toString(36).slice(-5)

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
})
const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
await context.addInitScript(() => {
  if (!localStorage.getItem('kezhi.locale')) {
    localStorage.setItem('kezhi.locale', 'zh-CN')
    localStorage.setItem('kezhi.locale.explicit', '1')
  }
})
const page = await context.newPage()
const problems = []
page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
page.on('console', (m) => {
  if (m.type() === 'error' && !/401 \(Unauthorized\)|409 \(Conflict\)|400 \(Bad Request\)/.test(m.text())) problems.push(`console: ${m.text()}`)
})

const tid = (id) => page.locator(`[data-testid="${id}"]`)
const field = (id) => page.locator(`input[data-testid="${id}"], textarea[data-testid="${id}"], [data-testid="${id}"] input`).first()
const menuItem = (id) => page.locator(`.el-dropdown-menu:visible [data-testid="${id}"]`)
const toast = () => page.locator('.el-message').last()
let step = 0
async function check(name, fn) {
  step += 1
  try {
    await fn()
    console.log(`ok ${step} ${name}`)
  } catch (e) {
    console.log(`FAIL ${step} ${name}: ${e.message.split('\n')[0]}`)
    const messages = await page.locator('.el-message, .el-message-box').allInnerTexts().catch(() => [])
    if (messages.length) console.log('  on screen:', messages.join(' | '))
    await page.screenshot({ path: `/tmp/kz-web-shots/journey-fail-${step}.png` })
    throw e
  }
}
const expectText = async (locator, text) => {
  await locator.filter({ hasText: text }).first().waitFor({ timeout: 8000 })
}
const api = async (path, init = {}) =>
  page.evaluate(async ([p, i]) => {
    const xsrf = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='))?.split('=')[1]
    const r = await fetch(p, { ...i, headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': xsrf ?? '', ...(i.headers ?? {}) } })
    return { status: r.status, body: r.status === 204 ? null : await r.json().catch(() => null) }
  }, [path, init])
const rowOf = (testid) => page.locator('.el-table__body-wrapper tr', { has: page.locator(`[data-testid="${testid}"]`) })
async function rowAction(rowTestId, action) {
  const index = await page.locator('.el-table__body-wrapper tr').evaluateAll(
    (rows, id) => rows.findIndex((r) => r.querySelector(`[data-testid="${id}"]`)),
    rowTestId,
  )
  await page.locator('.el-table__fixed-right .el-table__body tr, .el-table__body-wrapper tr').nth(index).locator('[data-testid="user-more"]').first().click()
  await menuItem(action).click()
}

try {
  await check('deep link sends to sign-in and keeps the target', async () => {
    await page.goto(`${base}/admin/users`)
    await tid('login-username').waitFor()
    if (new URL(page.url()).searchParams.get('redirect') !== '/admin/users') throw new Error(page.url())
  })

  await check('wrong password shows the server message', async () => {
    if (await tid('login-company').isVisible()) await field('login-company').fill(company)
    await field('login-username').fill(username)
    await field('login-password').fill('wrong-password-1')
    await tid('login-submit').click()
    await tid('login-error').waitFor()
  })

  await check('repeated failures lock the name; the lockout message is shown as the server words it', async () => {
    const ghost = `ghost${stamp}`
    await field('login-username').fill(ghost)
    let last = ''
    for (let i = 0; i < 6; i += 1) {
      await field('login-password').fill(`bad-${i}-password`)
      const answered = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login'))
      await tid('login-submit').click()
      const response = await answered
      last = (await response.json()).detail
    }
    const shown = await tid('login-error').innerText()
    if (shown.trim() !== last.trim()) throw new Error(`shown "${shown}" but server said "${last}"`)
    console.log(`   lockout message: ${shown}`)
    await field('login-username').fill(username)
  })

  await check('sign in lands on the intended page', async () => {
    await field('login-password').fill(password)
    await tid('login-submit').click()
    await page.waitForURL('**/admin/users')
    await tid('user-table').waitFor()
  })

  await check('language switch to English and back, saved to the profile', async () => {
    await tid('lang-switch').click()
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/me/locale'))
    await menuItem('lang-en-US').click()
    await expectText(tid('page-title'), 'Users')
    if ((await saved).status() !== 204) throw new Error('locale not saved')
    const me = await api('/api/v1/auth/me')
    if (me.body.locale !== 'en-US') throw new Error(`profile locale ${me.body.locale}`)
    await tid('lang-switch').click()
    await menuItem('lang-zh-CN').click()
    await expectText(tid('page-title'), '用户')
  })

  const login = `e2e${stamp}`
  await check('create a user in the drawer', async () => {
    await tid('user-create').click()
    await field('user-form-username').fill(login)
    await field('user-form-display-name').fill(`测试${stamp}`)
    await field('user-form-password').fill('Passw0rd9')
    await field('user-form-mobile').fill('13912345678')
    await field('user-form-email').fill(`${login}@example.cn`)
    await tid('user-form-save').click()
    await tid(`user-row-${login}`).waitFor()
  })

  await check('a duplicate username shows the server error under the field', async () => {
    await tid('user-create').click()
    await field('user-form-username').fill(login)
    await field('user-form-display-name').fill('重复')
    await field('user-form-password').fill('Passw0rd9')
    await tid('user-form-save').click()
    await page.locator('[data-testid="user-drawer"] .el-form-item.is-error').first().waitFor()
    const text = await page.locator('[data-testid="user-drawer"] .el-form-item__error').first().innerText()
    if (!text) throw new Error('no field error')
    await tid('user-form-cancel').click()
  })

  await check('edit the profile', async () => {
    await rowOf(`user-row-${login}`).waitFor()
    const index = await page.locator('.el-table__body-wrapper tr').evaluateAll((rows, id) => rows.findIndex((r) => r.querySelector(`[data-testid="${id}"]`)), `user-row-${login}`)
    await page.locator('.el-table__body-wrapper tr').nth(index).locator('[data-testid="user-edit"]').click()
    await field('user-form-job-title').fill('测试工程师')
    await tid('user-form-save').click()
    await expectText(rowOf(`user-row-${login}`), '测试工程师')
  })

  await check('a stale version shows the conflict dialog and reloads', async () => {
    const list = await api(`/api/v1/users?q=${login}`)
    const user = list.body.items[0]
    await api(`/api/v1/users/${user.id}`, { method: 'PATCH', headers: { 'If-Match': `"${user.version}"` }, body: JSON.stringify({ jobTitle: '别人改的' }) })
    await rowAction(`user-row-${login}`, 'user-action-disable')
    await tid('confirm-ok').click()
    await tid('conflict-reload').click()
    await expectText(rowOf(`user-row-${login}`), '别人改的')
  })

  await check('move to another department with a superior', async () => {
    await rowAction(`user-row-${login}`, 'user-action-move')
    await tid('user-move-department').locator('.el-select__wrapper').click()
    await page.locator('.el-tree-node__content:visible', { hasText: '北京办事处' }).first().click()
    await tid('user-move-superior').click()
    await page.locator('.el-select-dropdown__item:visible', { hasText: '张伟' }).first().click()
    await tid('user-move-save').click()
    await expectText(rowOf(`user-row-${login}`), '北京办事处')
    await expectText(rowOf(`user-row-${login}`), '张伟')
  })

  await check('assign roles', async () => {
    await rowAction(`user-row-${login}`, 'user-action-roles')
    await page.locator('[data-testid="user-roles-dialog"] .el-checkbox', { hasText: '销售代表' }).click()
    await tid('user-roles-save').click()
    await expectText(rowOf(`user-row-${login}`), '销售代表')
  })

  await check('reset the password', async () => {
    await rowAction(`user-row-${login}`, 'user-action-password')
    await field('user-password-new').fill('Newpass123')
    await field('user-password-confirm').fill('Newpass123')
    await tid('user-password-save').click()
    await tid('user-password-dialog').waitFor({ state: 'hidden' })
  })

  await check('disable, then mark as left', async () => {
    await rowAction(`user-row-${login}`, 'user-action-disable')
    await tid('confirm-ok').click()
    await expectText(rowOf(`user-row-${login}`), '已停用')
    await rowAction(`user-row-${login}`, 'user-action-leave')
    await tid('confirm-ok').click()
    await expectText(rowOf(`user-row-${login}`), '离职')
  })

  await check('history drawer shows the changes', async () => {
    await rowAction(`user-row-${login}`, 'user-action-history')
    await tid('history-entry').first().waitFor()
    const count = await tid('history-entry').count()
    if (count < 4) throw new Error(`only ${count} entries`)
    await page.keyboard.press('Escape')
  })

  await check('filter by status and keyword', async () => {
    await field('user-filter-q').fill(login)
    await tid('user-filter-search').click()
    await tid(`user-row-${login}`).waitFor()
    await page.waitForFunction(() => document.querySelectorAll('.el-table__body-wrapper tr').length === 1, null,
      { timeout: 8000 }).catch(async () => {
      throw new Error(`${await page.locator('.el-table__body-wrapper tr').count()} rows`)
    })
    await tid('user-filter-reset').click()
  })

  await check('delete the user, then restore it from the recycle bin', async () => {
    await rowAction(`user-row-${login}`, 'user-action-delete')
    await tid('confirm-ok').click()
    await tid(`user-row-${login}`).waitFor({ state: 'detached' })
    await tid('menu-recycle-bin').click()
    await tid('recycle-table').waitFor()
    const row = page.locator('.el-table__body-wrapper tr', { hasText: login })
    await row.waitFor()
    const index = await page.locator('.el-table__body-wrapper tr').evaluateAll((rows, l) => rows.findIndex((r) => r.textContent.includes(l)), login)
    await page.locator('.el-table__fixed-right .el-table__body tr, .el-table__body-wrapper tr').nth(index).locator('[data-testid="recycle-restore"]').first().click()
    await tid('confirm-ok').click()
    await row.waitFor({ state: 'detached' })
    await tid('menu-users').click()
    await tid(`user-row-${login}`).waitFor()
  })

  const deptName = `测试部${stamp}`
  await check('create, rename, move, disable and delete a department', async () => {
    await tid('menu-departments').click()
    await tid('department-tree').waitFor()
    await page.locator('.el-tree-node__content', { hasText: '华东大区' }).first().click()
    await tid('department-create').click()
    await field('department-name').fill(deptName)
    await tid('department-save').click()
    await expectText(tid('department-tree'), deptName)
    const node = page.locator('.el-tree-node__content', { hasText: deptName }).first()
    await node.locator('[data-testid^="department-actions-"]').click()
    await menuItem('department-action-edit').click()
    await field('department-name').fill(`${deptName}改`)
    await tid('department-save').click()
    await expectText(tid('department-tree'), `${deptName}改`)
    const renamed = page.locator('.el-tree-node__content', { hasText: `${deptName}改` }).first()
    await renamed.locator('[data-testid^="department-actions-"]').click()
    await menuItem('department-action-move').click()
    await tid('department-move-parent').locator('.el-select__wrapper').click()
    await page.locator('.el-select-dropdown:visible .el-tree-node__content', { hasText: '华北大区' }).first().click()
    await tid('department-move-save').click()
    await tid('department-move-dialog').waitFor({ state: 'hidden' })
    const parent = await api('/api/v1/departments')
    const moved = parent.body.find((d) => d.name === `${deptName}改`)
    const north = parent.body.find((d) => d.name === '华北大区')
    if (moved.parentId !== north.id) throw new Error('not moved')
    await renamed.locator('[data-testid^="department-actions-"]').click()
    await menuItem('department-action-toggle').click()
    await tid('confirm-ok').click()
    await expectText(renamed, '停用')
    await renamed.locator('[data-testid^="department-actions-"]').click()
    await menuItem('department-action-delete').click()
    await tid('confirm-ok').click()
    await renamed.waitFor({ state: 'detached' })
  })

  const roleName = `测试角色${stamp}`
  await check('create a role with the matrix and a field policy, then edit it', async () => {
    await tid('menu-roles').click()
    await tid('role-create').click()
    await tid('permission-matrix').waitFor()
    await field('role-name').fill(roleName)
    await tid('perm-user-VIEW').click()
    await page.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: '本部门及下属部门' }).click()
    await tid('perm-role-VIEW').click()
    await page.locator('[data-testid="policy-user-mobile"] .el-radio-button', { hasText: '隐藏' }).click()
    await tid('role-save').click()
    await expectText(tid('role-table'), roleName)
    const roles = await api('/api/v1/roles?size=200')
    const role = roles.body.items.find((r) => r.name === roleName)
    const grants = role.permissions.map((g) => `${g.module}:${g.operation}:${g.scope}`).sort()
    if (grants.join() !== 'role:VIEW:ALL,user:VIEW:DEPARTMENT_TREE') throw new Error(grants.join())
    if (role.fieldPolicies[0]?.policy !== 'HIDDEN') throw new Error('policy not saved')
    await page.locator(`[data-testid="role-row-${role.id}"]`).click()
    await tid('perm-row-user').click()
    await page.locator('.el-dropdown-menu:visible li', { hasText: '全部' }).first().click()
    await tid('role-save').click()
    await tid('role-table').waitFor()
    const after = await api(`/api/v1/roles/${role.id}`)
    if (!after.body.permissions.some((g) => g.module === 'user' && g.operation === 'EXPORT' && g.scope === 'ALL')) throw new Error('row not set')
  })

  await check('delete the role', async () => {
    await page.locator('.el-table__body-wrapper tr', { hasText: roleName }).locator('[data-testid="role-delete"]').first().click()
    await tid('confirm-ok').click()
    await page.locator('.el-table__body-wrapper tr', { hasText: roleName }).waitFor({ state: 'detached' })
  })

  const code = `e2e_${stamp}`
  await check('add, edit, disable and delete a dictionary value', async () => {
    await tid('menu-dictionaries').click()
    await tid('dict-type-customer_source').click()
    await tid('dict-item-create').click()
    await field('dict-item-code').fill(code)
    await field('dict-item-label').fill('展会')
    await field('dict-item-label-en').fill('Trade fair')
    await tid('dict-item-save').click()
    await tid(`dict-item-row-${code}`).waitFor()
    const row = () => page.locator('.el-table__body-wrapper tr', { has: page.locator(`[data-testid="dict-item-row-${code}"]`) })
    const index = async () => page.locator('.el-table__body-wrapper tr').evaluateAll((rows, c) => rows.findIndex((r) => r.querySelector(`[data-testid="dict-item-row-${c}"]`)), code)
    const actions = async () => page.locator('.el-table__fixed-right .el-table__body tr, .el-table__body-wrapper tr').nth(await index())
    await (await actions()).locator('[data-testid="dict-item-edit"]').first().click()
    await field('dict-item-label').fill('展会营销')
    await tid('dict-item-save').click()
    await expectText(row(), '展会营销')
    await (await actions()).locator('[data-testid="dict-item-toggle"]').first().click()
    await tid('confirm-ok').click()
    await expectText(row(), '停用')
    await (await actions()).locator('[data-testid="dict-item-delete"]').first().click()
    await tid('confirm-ok').click()
    await tid(`dict-item-row-${code}`).waitFor({ state: 'detached' })
  })

  await check('company settings: a bad allowlist shows the server error, a good change saves', async () => {
    await tid('menu-company').click()
    await field('company-ip-allowlist').fill('not-an-ip')
    await tid('company-save').click()
    await page.locator('.el-form-item.is-error').first().waitFor()
    await field('company-ip-allowlist').fill('')
    await tid('company-retention').locator('input').fill('45')
    await tid('company-save').click()
    await toast().waitFor()
    const company = await api('/api/v1/company')
    if (company.body.recycleRetentionDays !== 45) throw new Error(JSON.stringify(company.body))
  })

  await check('login history filters by result', async () => {
    await tid('menu-login-history').click()
    await tid('login-history-table').waitFor()
    await tid('login-filter-result').click()
    await page.locator('.el-select-dropdown__item:visible', { hasText: '密码错误' }).click()
    await page.locator('[data-testid="login-result"]', { hasText: '密码错误' }).first().waitFor()
  })

  await check('create and revoke an API token; the secret is shown once', async () => {
    await tid('user-menu').click()
    await menuItem('user-menu-tokens').click()
    await tid('token-create').click()
    await field('token-name').fill(`e2e ${stamp}`)
    await tid('token-create-save').click()
    const secret = await field('token-secret').inputValue()
    if (!secret.startsWith('kz_')) throw new Error(secret)
    await tid('token-secret-done').click()
    const row = page.locator('.el-table__body-wrapper tr', { hasText: `e2e ${stamp}` })
    await row.waitFor()
    const index = await page.locator('.el-table__body-wrapper tr').evaluateAll((rows, n) => rows.findIndex((r) => r.textContent.includes(n)), `e2e ${stamp}`)
    await page.locator('.el-table__fixed-right .el-table__body tr, .el-table__body-wrapper tr').nth(index).locator('[data-testid="token-revoke"]').first().click()
    await tid('confirm-ok').click()
    await expectText(row, '已吊销')
  })

  await check('change my own password and change it back', async () => {
    await page.locator('.el-tabs__item', { hasText: '修改密码' }).click()
    await field('me-current-password').fill('wrong-one-1')
    await field('me-new-password').fill('Another123')
    await field('me-confirm-password').fill('Another123')
    await tid('me-password-save').click()
    await page.locator('.el-form-item.is-error, .el-message--error').first().waitFor()
    await field('me-current-password').fill(password)
    const changed = page.waitForResponse((r) => r.url().endsWith('/api/v1/me/password'))
    await tid('me-password-save').click()
    if ((await changed).status() !== 204) throw new Error('password not changed')
    const back = await api('/api/v1/me/password', { method: 'PUT', body: JSON.stringify({ currentPassword: 'Another123', newPassword: password }) })
    if (back.status !== 204) throw new Error(`change back: ${back.status}`)
  })

  const customer = `旅程客户${stamp}`
  const customerPhone = `139${String(Date.now()).slice(-8)}`
  let customerId = 0
  await check('create a customer in the drawer; the same phone again shows the duplicate warning', async () => {
    await tid('menu-customers').click()
    await tid('customer-create').click()
    await field('customer-form-name').fill(customer)
    await field('customer-form-phone').fill(customerPhone)
    await tid('customer-form-save').click()
    await page.locator('[data-testid="customer-link"]', { hasText: customer }).first().waitFor()
    const found = await api(`/api/v1/customers?q=${encodeURIComponent(customer)}`)
    customerId = found.body.items.find((c) => c.name === customer)?.id
    if (!customerId) throw new Error('customer not found through the API')
    await tid('customer-create').click()
    await field('customer-form-name').fill(`${customer}重复`)
    await field('customer-form-phone').fill(customerPhone)
    await tid('customer-form-save').click()
    await expectText(tid('customer-duplicates'), customer)
    await tid('customer-form-cancel').click()
  })

  await check('customer 360: add a contact and a follow-up', async () => {
    await page.locator('[data-testid="customer-link"]', { hasText: customer }).first().click()
    await expectText(tid('customer-name'), customer)
    await tid('customer-tab-contacts').click()
    await tid('contact-create').click()
    await field('contact-form-name').fill('王联系')
    await field('contact-form-mobile').fill('13987654321')
    await tid('contact-form-save').click()
    await tid('contact-row-王联系').waitFor()
    await tid('customer-tab-follow-ups').click()
    await tid('follow-up-create').click()
    await tid('follow-up-form-type').click()
    await page.locator('.el-select-dropdown:visible .el-select-dropdown__item').first().click()
    await field('follow-up-form-content').fill('电话沟通投放计划')
    await tid('follow-up-form-save').click()
    await expectText(tid('follow-up-content'), '电话沟通投放计划')
    const followUps = await api(`/api/v1/customers/${customerId}/follow-ups`)
    if (followUps.body.items.length !== 1) throw new Error(`follow-ups: ${followUps.body.items.length}`)
  })

  await check('return the customer to the pool, then claim it back on the pool page', async () => {
    await tid('customer-action-return').click()
    await field('customer-batch-reason').fill('暂无需求')
    await tid('customer-batch-run').click()
    await tid('confirm-ok').click()
    await tid('customer-in-pool').waitFor()
    await tid('menu-customer-pools').click()
    const row = page.locator('.el-table__body-wrapper tr', { has: page.locator('[data-testid="pool-customer"]', { hasText: customer }) })
    await row.waitFor()
    await row.locator('.el-checkbox').first().click()
    await tid('pool-claim').click()
    await tid('confirm-ok').click()
    await row.waitFor({ state: 'detached' })
    const back = await api(`/api/v1/customers/${customerId}`)
    if (!back.body.customer.ownerId) throw new Error('still in the pool')
  })

  await check('save the customer list as a view and pin it to the home page', async () => {
    await tid('menu-customers').click()
    await field('customer-filter-q').fill(customer)
    await tid('customer-filter-search').click()
    await tid('customer-view-actions').click()
    await menuItem('customer-view-save').click()
    await field('save-view-name').fill(`视图${stamp}`)
    await tid('save-view-pin').click()
    await tid('save-view-save').click()
    await expectText(tid('customer-views'), `视图${stamp}`)
    await tid('menu-home').click()
    await expectText(tid('home-pinned-views'), `视图${stamp}`)
  })

  await check('sign out', async () => {
    await tid('user-menu').click()
    await menuItem('logout').click()
    await tid('confirm-ok').click()
    await tid('login-username').waitFor()
  })

  await check('a sales rep sees only what the role allows', async () => {
    await field('login-username').fill('lina')
    await field('login-password').fill('Passw0rd1')
    await tid('login-submit').click()
    await tid('home-welcome').waitFor()
    const items = await page.locator('[data-testid="side-menu"] [data-testid^="menu-"]').evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-testid')).filter((id) => !id.startsWith('menu-group')),
    )
    if (items.join() !== 'menu-home,menu-departments,menu-users,menu-dictionaries') throw new Error(items.join())
    await tid('menu-users').click()
    await tid('user-table').waitFor()
    if (await tid('user-create').count()) throw new Error('create button shown')
    if (await tid('user-edit').count()) throw new Error('edit button shown')
    await page.goto(`${base}/admin/roles`)
    await tid('forbidden').waitFor()
    await tid('user-menu').click()
    await menuItem('logout').click()
    await tid('confirm-ok').click()
    await tid('login-username').waitFor()
  })
} finally {
  await browser.close()
  if (problems.length) {
    console.log('browser problems:')
    for (const p of problems) console.log(' ', p)
  }
}
