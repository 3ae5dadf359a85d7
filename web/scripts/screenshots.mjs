// Takes screenshots of the main screens in both languages with Debian's Chromium.
// Usage: npm run build && npx vite preview &   then   node scripts/screenshots.mjs
// Env: KZ_BASE (default http://localhost:4173), KZ_COMPANY, KZ_USER, KZ_PASS, KZ_SHOTS (output folder),
//      CHROMIUM (default /usr/bin/chromium). No browser is downloaded.
import { mkdirSync } from 'node:fs'
import { chromium } from 'playwright-core'

const base = process.env.KZ_BASE ?? 'http://localhost:4173'
const out = process.env.KZ_SHOTS ?? '/tmp/kz-web-shots'
const company = process.env.KZ_COMPANY ?? 'tyh'
const username = process.env.KZ_USER ?? 'admin'
const password = process.env.KZ_PASS ?? 'Admin1234'
mkdirSync(out, { recursive: true })

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
})
const problems = []

async function run(locale) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale })
  await context.addInitScript((l) => {
    localStorage.setItem('kezhi.locale', l)
    localStorage.setItem('kezhi.locale.explicit', '1')
  }, locale)
  const page = await context.newPage()
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`[${locale}] console.${m.type()}: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`[${locale}] pageerror: ${e.message}`))
  const tid = (id) => page.locator(`[data-testid="${id}"]`)
  // el-input puts the data-testid on the native <input> itself
  const field = (id) => page.locator(`input[data-testid="${id}"], textarea[data-testid="${id}"], [data-testid="${id}"] input`).first()
  // The shell scrolls inside <main>, so a "full page" shot is taken with a taller window.
  const shot = async (name, tall = false) => {
    if (tall) await page.setViewportSize({ width: 1440, height: 1500 })
    await page.waitForTimeout(400)
    await page.screenshot({ path: `${out}/${locale}-${name}.png` })
    if (tall) await page.setViewportSize({ width: 1440, height: 900 })
    console.log(`${locale}-${name}.png`)
  }
  const settle = async () => {
    await page.waitForLoadState('networkidle')
    await page.waitForFunction(() => !document.querySelector('.el-loading-mask'), null, { timeout: 10000 }).catch(() => undefined)
  }

  await page.goto(`${base}/admin/users`)
  await tid('login-username').waitFor()
  await settle()
  await shot('01-login')
  if (await tid('login-company').isVisible()) await field('login-company').fill(company)
  await field('login-username').fill(username)
  await field('login-password').fill(password)
  await tid('login-submit').click()
  await page.waitForURL('**/admin/users')
  await tid('user-table').waitFor()
  await settle()
  await shot('03-users')

  await tid('user-create').click()
  await tid('user-form-username').waitFor()
  await settle()
  await shot('04-user-drawer')
  // Client-side validation as the user types, then close.
  await field('user-form-username').fill('x')
  await field('user-form-email').fill('not-an-email')
  await tid('user-form-save').click()
  await shot('04b-user-drawer-validation')
  await tid('user-form-cancel').click()

  // Row actions: find the row by its name cell, then use that row's buttons.
  const rowIndex = (testId) =>
    page.locator('.el-table__body-wrapper tr').evaluateAll((rows, id) => rows.findIndex((r) => r.querySelector(`[data-testid="${id}"]`)), testId)
  const row = async (testId) => page.locator('.el-table__body-wrapper tr').nth(await rowIndex(testId))
  await tid('user-row-liuyang').waitFor()
  await (await row('user-row-liuyang')).locator('[data-testid="user-edit"]').click()
  await field('user-form-display-name').waitFor()
  await settle()
  await shot('05-user-edit-drawer')
  await tid('user-form-cancel').click()
  await page.waitForTimeout(300)
  await (await row('user-row-liuyang')).locator('[data-testid="user-more"]').click()
  await page.locator('.el-dropdown-menu:visible [data-testid="user-action-history"]').click()
  await tid('history-drawer').waitFor()
  await settle()
  await shot('06-user-history')
  await page.keyboard.press('Escape')

  await page.goto(`${base}/`)
  await tid('home-welcome').waitFor()
  await settle()
  await shot('02-home')

  await page.goto(`${base}/admin/roles`)
  await tid('role-table').waitFor()
  await settle()
  await shot('07-roles')
  await page.getByText('销售经理').first().click()
  await tid('permission-matrix').waitFor()
  await settle()
  await shot('08-role-matrix', true)
  await page.goto(`${base}/admin/roles`)
  await settle()
  await page.getByText(locale === 'zh-CN' ? '系统管理员' : 'Administrator').first().click().catch(() => undefined)
  await settle()
  await shot('08b-role-builtin')

  await page.goto(`${base}/admin/departments`)
  await tid('department-tree').waitFor()
  await settle()
  await page.getByText('北京办事处').first().click()
  await settle()
  await shot('09-departments')
  await page.locator('[data-testid^="department-actions-"]').nth(1).click()
  await page.locator('.el-dropdown-menu:visible [data-testid="department-action-move"]').click()
  await tid('department-move-parent').waitFor()
  await page.waitForTimeout(300)
  await tid('department-move-parent').locator('.el-select__wrapper').click()
  await shot('10-department-move')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')

  await page.goto(`${base}/admin/recycle-bin`)
  await tid('recycle-table').waitFor()
  await settle()
  await shot('11-recycle-bin')
  await page.locator('[data-testid="recycle-purge"]').first().click()
  await tid('confirm-ok').waitFor()
  await shot('12-purge-confirm')
  await tid('confirm-cancel').click()

  for (const [path, name, id] of [
    ['/admin/dictionaries', '13-dictionaries', 'dict-type-list'],
    ['/admin/login-history', '14-login-history', 'login-history-table'],
    ['/admin/company', '15-company', 'company-name'],
    ['/me?tab=tokens', '16-me-tokens', 'token-table'],
    ['/me?tab=password', '17-me-password', 'me-current-password'],
    ['/customers', '18-customers', 'customer-table'],
    ['/customer-pools', '19-customer-pools', 'page-title'],
    ['/contacts', '20-contacts', 'contacts-table'],
    ['/follow-ups', '21-follow-ups', 'follow-up-filters'],
    ['/customers/analysis', '22-customer-analysis', 'analysis-by'],
  ]) {
    await page.goto(`${base}${path}`)
    await tid(id).waitFor()
    await settle()
    await shot(name)
  }

  await page.goto(`${base}/customers`)
  const first = page.locator('[data-testid="customer-link"]').first()
  if (await first.count()) {
    await first.click()
    await tid('customer-header').waitFor()
    await settle()
    await shot('23-customer-360')
  }

  await tid('user-menu').click()
  await page.locator('.el-dropdown-menu:visible [data-testid="logout"]').click()
  await tid('confirm-ok').click()
  await tid('login-username').waitFor()
  await context.close()
}

try {
  for (const locale of ['zh-CN', 'en-US']) await run(locale)
} finally {
  await browser.close()
}
if (problems.length) {
  console.log('\nBrowser problems:')
  for (const p of problems) console.log(' ', p)
}
